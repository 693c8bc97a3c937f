"""Every model family users bring, as a value backbone and as a base: decode-time values equal a plain forward.

Tiny random models of each family are built from configs (nothing downloaded). As value backbones
they carry value models of every head and adaptation kind (``KINDS``), and the cached, stacked,
left-padded decode-time values are compared with a fresh forward of each row's own text through
the family's own attention (its sliding window, softcapping, ALiBi), for texts longer than the
window. As bases they generate the same text in a left-padded batch as alone.
"""

import pytest
import torch

from composer.value_runtime import UnsupportedBackboneError, ValueSession, load_value_groups
from tests.test_value_runtime import KINDS, random_value_model, reference_values
from value_bank.bank import ValueBank

WINDOW = 4  # sliding windows shorter than the texts below


def family_config(family: str, tokenizer):
    import transformers as T

    ids = dict(vocab_size=len(tokenizer), pad_token_id=tokenizer.pad_token_id, eos_token_id=tokenizer.eos_token_id,
               bos_token_id=tokenizer.eos_token_id)
    small = dict(hidden_size=16, num_hidden_layers=2, num_attention_heads=2, num_key_value_heads=1, intermediate_size=32,
                 max_position_embeddings=64, **ids)
    configs = {
        "llama": lambda: T.LlamaConfig(**small),
        "qwen2": lambda: T.Qwen2Config(**small),
        "qwen2-window": lambda: T.Qwen2Config(**small, use_sliding_window=True, sliding_window=WINDOW, max_window_layers=1),
        "qwen3": lambda: T.Qwen3Config(**small, head_dim=8),
        "mistral-window": lambda: T.MistralConfig(**small, sliding_window=WINDOW),
        "gemma": lambda: T.GemmaConfig(**small, head_dim=8),
        "gemma2-window-softcap": lambda: T.Gemma2Config(**small, head_dim=8, sliding_window=WINDOW, query_pre_attn_scalar=8),
        "gemma3-window": lambda: T.Gemma3TextConfig(**small, head_dim=8, sliding_window=WINDOW, query_pre_attn_scalar=8,
                                                    layer_types=["sliding_attention", "full_attention"]),
        "phi3-window": lambda: T.Phi3Config(**small, sliding_window=WINDOW),
        "gpt2": lambda: T.GPT2Config(n_embd=16, n_layer=2, n_head=2, n_positions=64, **ids),
        "gpt-neox": lambda: T.GPTNeoXConfig(hidden_size=16, num_hidden_layers=2, num_attention_heads=2, intermediate_size=32,
                                            max_position_embeddings=64, **ids),
        "opt-projection": lambda: T.OPTConfig(hidden_size=16, word_embed_proj_dim=8, num_hidden_layers=2, num_attention_heads=2,
                                              ffn_dim=32, max_position_embeddings=64, **ids),
        "falcon-alibi": lambda: T.FalconConfig(hidden_size=16, num_hidden_layers=2, num_attention_heads=2, alibi=True, **ids),
        "bloom": lambda: T.BloomConfig(hidden_size=16, n_layer=2, n_head=2, **ids),
    }
    return configs[family]()


FAMILIES = ["llama", "qwen2", "qwen2-window", "qwen3", "mistral-window", "gemma", "gemma2-window-softcap", "gemma3-window",
            "phi3-window", "gpt2", "gpt-neox", "opt-projection", "falcon-alibi", "bloom"]
FAST_STEP = ("llama", "qwen2")  # Llama-shaped without a window: one-token steps skip transformers (composer/llama_step.py)
ALIBI = ("falcon-alibi", "bloom")  # a v head needs the candidates at one position: ALiBi's bias cannot take that


@pytest.fixture(scope="module")
def family_models(tmp_path_factory, word_tokenizer):
    from transformers import AutoModelForCausalLM

    root, paths = tmp_path_factory.mktemp("families"), {}
    for index, family in enumerate(FAMILIES):
        torch.manual_seed(index)
        model = AutoModelForCausalLM.from_config(family_config(family, word_tokenizer)).eval()
        model.save_pretrained(root / family)
        word_tokenizer.save_pretrained(root / family)
        paths[family] = str(root / family)
    return paths


@pytest.mark.parametrize("family", FAMILIES)
def test_decode_time_values_equal_a_plain_forward_beyond_the_window(family, family_models, tiny_models, word_tokenizer, tmp_path):
    bank = ValueBank.create(tmp_path / "bank", tiny_models["base_llama"], word_tokenizer)  # a base of another family
    torch.manual_seed(0)
    kinds = [kind for kind in KINDS if not (family in ALIBI and kind[1] == "v")]
    for name, head, adaptation in kinds:
        bank.add(name, random_value_model(family_models[family], head, adaptation), {"reward": "concision", "mu": 0.0, "sigma": 1.0})
    names = bank.names
    groups = load_value_groups(bank, names, torch.device("cpu"), torch.float32)
    assert all((group.fast_step is not None) == (family in FAST_STEP) for group in groups)
    references = {name: bank.load_value_model(name) for name in names}
    torch.manual_seed(1)
    B, P, k = 3, 6, 4
    ids = torch.randint(4, 40, (B, P))
    mask = torch.ones(B, P, dtype=torch.long)
    mask[1, :2] = 0  # left padding of different lengths
    mask[2, :3] = 0
    session = ValueSession(groups, mask, names)
    for step in range(5):  # the rows grow past the window of 4
        candidates = torch.randint(4, 40, (B, k))
        values = session.candidate_values(ids, candidates)
        for row in range(B):
            real = torch.cat([ids[row, :P][mask[row].bool()], ids[row, P:]])
            for index, name in enumerate(names):
                torch.testing.assert_close(values[row, index], reference_values(references[name], real, candidates[row]),
                                           atol=2e-4, rtol=2e-4, msg=f"{family}: {name}, row {row}, step {step}")
        ids = torch.cat([ids, torch.randint(4, 40, (B, 1))], dim=1)


@pytest.mark.parametrize("family", ALIBI)
def test_a_v_head_on_an_alibi_backbone_is_refused_at_load(family, family_models, tiny_models, word_tokenizer, tmp_path):
    bank = ValueBank.create(tmp_path / "bank", tiny_models["base_llama"], word_tokenizer)
    bank.add("v", random_value_model(family_models[family], "v", "lora"), {"reward": "concision", "mu": 0.0, "sigma": 1.0})
    with pytest.raises(UnsupportedBackboneError, match=r"value model 'v'.*ALiBi.*q head"):
        load_value_groups(bank, ["v"], torch.device("cpu"), torch.float32)


@pytest.mark.parametrize("family", FAMILIES)
def test_every_family_as_base_generates_the_same_text_alone_and_in_a_padded_batch(family, family_models, tiny_models, word_tokenizer, tmp_path):
    from composer import Composer

    bank = ValueBank.create(tmp_path / "bank", family_models[family], word_tokenizer)
    bank.add("q", random_value_model(tiny_models["backbone_llama"], "q", "lora"), {"reward": "concision", "mu": 0.0, "sigma": 1.0})
    composer = Composer(bank, device="cpu", dtype="float32")
    prompts = ["apple banana cherry grape lemon", "pear"]
    batch = composer.generate(prompts, {"q": 2.0}, max_new_tokens=8, seed=3, score=False)
    alone = [composer.generate([p], {"q": 2.0}, max_new_tokens=8, seed=3, score=False)[0] for p in prompts]
    assert [r.token_ids for r in batch] == [r.token_ids for r in alone]


def test_a_tokenizer_with_neither_pad_nor_eos_samples_and_generates(tmp_path, word_tokenizer):
    from tokenizers import Tokenizer
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    from composer import Composer
    from tests.conftest import write_prompts
    from value_bank.sampling import SamplingConfig, read_samples, sample

    core = Tokenizer.from_str(word_tokenizer.backend_tokenizer.to_str())
    core.no_padding()  # other tests padded with the shared tokenizer: its backend remembers a pad token
    core.no_truncation()
    bare = PreTrainedTokenizerFast(tokenizer_object=core)
    assert bare.pad_token is None and bare.eos_token is None
    LlamaForCausalLM(LlamaConfig(vocab_size=len(bare), hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                                 intermediate_size=32, max_position_embeddings=64)).save_pretrained(tmp_path / "base")
    bare.save_pretrained(tmp_path / "base")
    sample(SamplingConfig(base=str(tmp_path / "base"), prompts=str(write_prompts(tmp_path / "p.txt", 4)), out=str(tmp_path / "s"),
                          num_samples=2, max_new_tokens=4, seed=0, device="cpu"), progress=False)
    assert (read_samples(tmp_path / "s")["response_ids"].map(len) == 4).all()  # no eos: every response runs to the end
    bank = ValueBank.create(tmp_path / "bank", str(tmp_path / "base"), bare)
    results = Composer(bank, device="cpu").generate(["apple banana", "pear"], max_new_tokens=3, score=False)
    assert [len(r.token_ids) for r in results] == [3, 3] and not any(r.finished for r in results)


def test_a_backbone_shorter_than_the_samples_is_refused_before_training(samples_dir, word_tokenizer, tmp_path):
    from transformers import LlamaConfig, LlamaForCausalLM

    from value_bank.train import TrainConfig, train_value_model

    LlamaForCausalLM(LlamaConfig(vocab_size=len(word_tokenizer), hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                                 intermediate_size=32, max_position_embeddings=8)).save_pretrained(tmp_path / "short")
    word_tokenizer.save_pretrained(tmp_path / "short")
    with pytest.raises(ValueError, match=r"the samples reach \d+ tokens .* but backbone .*short reads at most 8"):
        train_value_model(TrainConfig(samples=str(samples_dir), reward="fruit", bank=str(tmp_path / "bank"),
                                      backbone=str(tmp_path / "short"), device="cpu"), progress=False)
    assert not (tmp_path / "bank").exists()


def test_a_relative_hf_reward_path_is_stored_absolute(tmp_path, monkeypatch):
    from value_bank.rewards import parse_reward_arg

    (tmp_path / "my-rm").mkdir()
    monkeypatch.chdir(tmp_path)
    assert parse_reward_arg("rm=hf:./my-rm") == ("rm", f"hf:{tmp_path / 'my-rm'}")
    assert parse_reward_arg("rm=hf:./my-rm?output=logit") == ("rm", f"hf:{tmp_path / 'my-rm'}?output=logit")
    assert parse_reward_arg("rm=hf:org/hub-model") == ("rm", "hf:org/hub-model")  # not a folder here: a hub id, as given


@pytest.mark.parametrize("family", ["mistral-window", "gemma2-window-softcap", "gemma3-window", "qwen2-window", "opt-projection"])
def test_the_vllm_plugins_row_session_honours_each_familys_attention(family, family_models, tiny_models, word_tokenizer, tmp_path):
    """Rows at their own lengths (composer/row_session.py), past the window: each equals a fresh forward of its own text."""
    from composer.row_session import RowValueSession

    bank = ValueBank.create(tmp_path / "bank", tiny_models["base_llama"], word_tokenizer)
    torch.manual_seed(0)
    for name, head, adaptation in (("q", "q", "lora"), ("v", "v", "lora")):
        bank.add(name, random_value_model(family_models[family], head, adaptation), {"reward": "concision", "mu": 0.0, "sigma": 1.0})
    groups = load_value_groups(bank, bank.names, torch.device("cpu"), torch.float32)
    references = {name: bank.load_value_model(name) for name in bank.names}
    session = RowValueSession(groups, bank.names)
    generator = torch.Generator().manual_seed(2)
    histories = {0: torch.randint(4, 40, (7,), generator=generator).tolist(), 1: torch.randint(4, 40, (2,), generator=generator).tolist()}
    new = {slot: list(history) for slot, history in histories.items()}
    for step in range(5):
        candidates = torch.randint(4, 40, (2, 3), generator=generator)
        values = session.candidate_values([0, 1], [new[0], new[1]], candidates)
        for slot in (0, 1):
            for index, name in enumerate(bank.names):
                torch.testing.assert_close(values[slot, index], reference_values(references[name], torch.tensor(histories[slot]), candidates[slot]),
                                           atol=2e-4, rtol=2e-4, msg=f"{family}: {name}, slot {slot}, step {step}")
        for slot in (0, 1):
            histories[slot].append(int(torch.randint(4, 40, (1,), generator=generator)))
            new[slot] = histories[slot][-1:]


def test_the_vllm_plugins_row_session_refuses_an_alibi_backbone(family_models, tiny_models, word_tokenizer, tmp_path):
    from composer.row_session import RowValueSession

    bank = ValueBank.create(tmp_path / "bank", tiny_models["base_llama"], word_tokenizer)
    bank.add("q", random_value_model(family_models["bloom"], "q", "lora"), {"reward": "concision", "mu": 0.0, "sigma": 1.0})
    with pytest.raises(UnsupportedBackboneError, match=r"ALiBi backbone \(bloom\), which the vLLM plugin cannot batch"):
        RowValueSession(load_value_groups(bank, ["q"], torch.device("cpu"), torch.float32), ["q"])
