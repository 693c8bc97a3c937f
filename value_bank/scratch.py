"""Tokenizers and language models from scratch: for the tests, the benchmark and the demo bank.

``train_tokenizer`` trains a byte-level BPE tokenizer (Hugging Face ``tokenizers``) with a small
chat template; ``new_causal_lm`` builds a randomly initialised Llama- or GPT-2-style model from a
config. Nothing is downloaded.

>>> tokenizer = train_tokenizer(["hello world", "how are you?"] * 50, vocab_size=300)
>>> tokenizer.eos_token
'<|end|>'
>>> model = new_causal_lm(tokenizer, family="llama", hidden_size=32, layers=2, heads=2)
>>> model.config.vocab_size == len(tokenizer)
True
"""

from __future__ import annotations

from typing import Iterable

import torch

SPECIAL_TOKENS = ["<|end|>", "<|user|>", "<|assistant|>"]
CHAT_TEMPLATE = (
    "{% for message in messages %}<|{{ message['role'] }}|>\n{{ message['content'] }}\n{% endfor %}"
    "{% if add_generation_prompt %}<|assistant|>\n{% endif %}"
)
FAMILIES = ("llama", "gpt2")


def train_tokenizer(texts: Iterable[str], vocab_size: int = 4096, chat_template: bool = True):
    """A byte-level BPE tokenizer trained on ``texts``; ``<|end|>`` is both eos and pad."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    core = Tokenizer(models.BPE())
    core.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    core.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size, special_tokens=SPECIAL_TOKENS, show_progress=False,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
    )
    core.train_from_iterator(texts, trainer=trainer)
    tokenizer = PreTrainedTokenizerFast(tokenizer_object=core, eos_token="<|end|>", pad_token="<|end|>",
                                        additional_special_tokens=SPECIAL_TOKENS[1:])
    tokenizer.padding_side = "left"
    if chat_template:
        tokenizer.chat_template = CHAT_TEMPLATE
    return tokenizer


def new_causal_lm(tokenizer, family: str = "llama", hidden_size: int = 64, layers: int = 2, heads: int = 2,
                  context: int = 256, intermediate_size: int | None = None, seed: int = 0):
    """A randomly initialised causal LM sized for ``tokenizer`` (tied input/output embeddings)."""
    from transformers import AutoModelForCausalLM, GPT2Config, LlamaConfig

    if family not in FAMILIES:
        raise ValueError(f"family {family!r} is not one of {', '.join(FAMILIES)}")
    common = dict(vocab_size=len(tokenizer), eos_token_id=tokenizer.eos_token_id, bos_token_id=tokenizer.eos_token_id,
                  pad_token_id=tokenizer.pad_token_id, tie_word_embeddings=True)
    if family == "llama":
        config = LlamaConfig(hidden_size=hidden_size, num_hidden_layers=layers, num_attention_heads=heads,
                             num_key_value_heads=heads, intermediate_size=intermediate_size or int(hidden_size * 8 / 3),
                             max_position_embeddings=context, **common)
    else:
        config = GPT2Config(n_embd=hidden_size, n_layer=layers, n_head=heads, n_positions=context,
                            n_inner=intermediate_size, **common)
    torch.manual_seed(seed)
    return AutoModelForCausalLM.from_config(config).eval()


def count_parameters(model) -> int:
    """Parameters of a model, counting tied tensors once."""
    return sum(p.numel() for p in {id(p): p for p in model.parameters()}.values())
