"""Tiny models, tokenizers and banks built in the tests: nothing is downloaded, ever.

- ``word_tokenizer``: a word-level tokenizer trained here on the synthetic vocabulary, so a
  random model's output is readable words and rewards on text are rewards on token ids.
- ``bpe_tokenizer``: a byte-level BPE tokenizer trained here (the kind the demo uses).
- ``tiny_models``: random GPT-2 and Llama models saved as local folders (safetensors + tokenizer).
- ``trained_bank``: sample -> score -> train (q and v heads) on the synthetic reward, once per run.
"""

from __future__ import annotations

import os
import random
import socket
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from tests.synthetic_rewards import WORDS  # noqa: E402

REWARD_SPEC = "py:tests.synthetic_rewards:target_fraction"


@pytest.fixture(autouse=True, scope="session")
def no_network():
    """Any attempt to open a non-loopback connection fails the test that made it."""
    real_connect = socket.socket.connect

    def guarded(self, address):
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(host, str) and not (host.startswith("127.") or host in ("localhost", "::1") or self.family == socket.AF_UNIX):
            raise RuntimeError(f"test tried to reach the network: {address}")
        return real_connect(self, address)

    socket.socket.connect = guarded
    yield
    socket.socket.connect = real_connect


def make_word_tokenizer():
    from tokenizers import Tokenizer, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    from value_bank.scratch import CHAT_TEMPLATE

    core = Tokenizer(models.WordLevel(unk_token="[UNK]"))
    core.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    specials = ["[UNK]", "<|end|>", "<|user|>", "<|assistant|>"]
    core.train_from_iterator([" ".join(WORDS)] * 3, trainers.WordLevelTrainer(special_tokens=specials, show_progress=False))
    tokenizer = PreTrainedTokenizerFast(tokenizer_object=core, eos_token="<|end|>", pad_token="<|end|>", unk_token="[UNK]",
                                        additional_special_tokens=specials[2:])
    tokenizer.chat_template = CHAT_TEMPLATE
    return tokenizer


@pytest.fixture(scope="session")
def word_tokenizer():
    return make_word_tokenizer()


@pytest.fixture(scope="session")
def bpe_tokenizer():
    from value_bank.scratch import train_tokenizer

    rng = random.Random(0)
    texts = [" ".join(rng.choice(WORDS) for _ in range(12)) + "." for _ in range(400)]
    return train_tokenizer(texts, vocab_size=400)


@pytest.fixture(scope="session")
def tiny_models(tmp_path_factory, word_tokenizer):
    """Folders of random models sharing the word tokenizer: a GPT-2 and a Llama base, a Llama and a GPT-2 backbone."""
    from value_bank.scratch import new_causal_lm

    root = tmp_path_factory.mktemp("models")
    specs = {"base_gpt2": ("gpt2", 32, 2, 0), "base_llama": ("llama", 32, 2, 1),
             "backbone_llama": ("llama", 16, 2, 2), "backbone_gpt2": ("gpt2", 16, 1, 3)}
    paths = {}
    for name, (family, hidden, layers, seed) in specs.items():
        model = new_causal_lm(word_tokenizer, family, hidden_size=hidden, layers=layers, heads=2, context=128, seed=seed)
        model.save_pretrained(root / name)
        word_tokenizer.save_pretrained(root / name)
        paths[name] = str(root / name)
    return paths


def write_prompts(path: Path, n: int, seed: int = 0) -> Path:
    rng = random.Random(seed)
    path.write_text("\n".join(" ".join(rng.choice(WORDS[8:]) for _ in range(rng.randint(2, 5))) for _ in range(n)) + "\n")
    return path


@pytest.fixture(scope="session")
def prompt_file(tmp_path_factory):
    return write_prompts(tmp_path_factory.mktemp("prompts") / "prompts.txt", 64)


@pytest.fixture(scope="session")
def samples_dir(tmp_path_factory, tiny_models, prompt_file):
    from value_bank.sampling import SamplingConfig, sample

    out = tmp_path_factory.mktemp("samples") / "samples"
    sample(SamplingConfig(base=tiny_models["base_gpt2"], prompts=str(prompt_file), out=str(out), num_samples=8,
                          max_new_tokens=12, chunk_size=16, seed=0, rewards=(f"fruit={REWARD_SPEC}",), device="cpu"), progress=False)
    return out


@pytest.fixture(scope="session")
def trained_bank(tmp_path_factory, tiny_models, samples_dir):
    """A bank with a q-head (LoRA) and a v-head (LoRA) value model for the fruit reward."""
    from value_bank.train import TrainConfig, train_value_model

    bank = tmp_path_factory.mktemp("banks") / "fruit"
    for name, head in (("fruit_q", "q"), ("fruit_v", "v")):
        train_value_model(TrainConfig(samples=str(samples_dir), reward="fruit", bank=str(bank), backbone=tiny_models["backbone_llama"],
                                      name=name, head=head, lora_rank=8, learning_rate=3e-3, max_epochs=12, patience=3,
                                      batch_size=32, device="cpu"), progress=False)
    return bank


@pytest.fixture(scope="session")
def plain_vllm():
    """A plain ``vllm serve`` of the demo base (no plugin) on loopback, shared by the tests marked vllm."""
    from tests.vllm_server import vllm_serve

    with vllm_serve() as url:
        yield url
