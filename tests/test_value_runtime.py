"""Value models at decode time: the KV-cached, grouped path equals a plain forward per sequence."""

import pytest
import torch

from composer.stacked_adapters import StackedLinear
from composer.value_runtime import ValueSession, load_value_groups
from value_bank.bank import ValueBank
from value_bank.value_model import ValueModel, ValueModelConfig

KINDS = [("q_lora", "q", "lora"), ("v_lora", "v", "lora"), ("q_frozen", "q", "frozen"),
         ("v_full", "v", "full"), ("q_full", "q", "full"), ("v_frozen", "v", "frozen")]


@pytest.fixture(scope="module", params=["backbone_llama", "backbone_gpt2"])
def random_bank(request, tmp_path_factory, tiny_models, word_tokenizer):
    """Value models of every kind with random (non-zero) weights on one backbone family."""
    bank = ValueBank.create(tmp_path_factory.mktemp("bank") / "b", tiny_models["base_gpt2"], word_tokenizer)
    torch.manual_seed(0)
    for name, head, adaptation in KINDS:
        bank.add(name, random_value_model(tiny_models[request.param], head, adaptation), {"reward": "concision", "mu": 0.0, "sigma": 1.0})
    return bank


def random_value_model(backbone: str, head: str, adaptation: str) -> ValueModel:
    """A value model with random, non-zero head and LoRA weights (a full one's backbone perturbed), so it steers."""
    model = ValueModel.create(ValueModelConfig(backbone, head, adaptation, lora_rank=4))
    with torch.no_grad():
        for key, parameter in model.named_parameters():
            if "lora_B" in key or key.startswith("head"):
                parameter.normal_(0, 0.5)
            elif adaptation == "full":
                parameter.add_(torch.randn_like(parameter) * 0.05)
    return model


def reference_values(model: ValueModel, sequence: torch.Tensor, candidates: torch.Tensor) -> torch.Tensor:
    """Q(s, c) the slow way: a fresh, uncached forward over each sequence (and each candidate for v)."""
    with torch.no_grad():
        if model.config.head == "q":
            hidden = model.hidden_states(sequence[None], torch.ones_like(sequence)[None])[:, -1]
            return model.head.token_values(hidden, candidates[None])[0]
        extended = torch.cat([sequence.expand(len(candidates), -1), candidates[:, None]], dim=1)
        return model.head.state_value(model.hidden_states(extended, torch.ones_like(extended))[:, -1])


def test_cached_grouped_values_equal_uncached_forwards(random_bank):
    names = random_bank.names
    groups = load_value_groups(random_bank, names, torch.device("cpu"), torch.float32)
    assert len(groups) == 3  # one shared group (LoRA + frozen), two fully fine-tuned models
    references = {name: random_bank.load_value_model(name) for name in names}
    torch.manual_seed(1)
    B, P, k = 3, 6, 5
    ids = torch.randint(4, 50, (B, P))
    mask = torch.ones(B, P, dtype=torch.long)
    mask[1, :2] = 0  # left padding of different lengths
    mask[2, :4] = 0
    session = ValueSession(groups, mask, names)
    for _ in range(4):
        candidates = torch.randint(4, 50, (B, k))
        values = session.candidate_values(ids, candidates)  # (B, K, k)
        for row in range(B):
            real = ids[row][mask[row].bool()]
            for index, name in enumerate(names):
                torch.testing.assert_close(values[row, index], reference_values(references[name], real, candidates[row]),
                                           atol=1e-4, rtol=1e-4, msg=f"{name}, row {row}")
        ids = torch.cat([ids, torch.randint(4, 50, (B, 1))], dim=1)
        mask = torch.cat([mask, torch.ones(B, 1, dtype=torch.long)], dim=1)
    assert session.forwards == 4 * 3  # one forward per group per step, whatever the number of models and k


def test_a_session_runs_only_the_models_it_is_asked_for(random_bank):
    groups = load_value_groups(random_bank, random_bank.names, torch.device("cpu"), torch.float32)
    ids, mask = torch.randint(4, 50, (2, 5)), torch.ones(2, 5, dtype=torch.long)
    candidates = torch.randint(4, 50, (2, 3))
    full = ValueSession(groups, mask, random_bank.names).candidate_values(ids, candidates)
    subset = ValueSession(groups, mask, ["v_frozen", "q_lora"])
    values = subset.candidate_values(ids, candidates)
    torch.testing.assert_close(values[:, 0], full[:, random_bank.names.index("v_frozen")])
    torch.testing.assert_close(values[:, 1], full[:, random_bank.names.index("q_lora")])
    assert subset.forwards == 1  # both live on the shared backbone
    with pytest.raises(KeyError, match="not loaded"):
        ValueSession(groups, mask, ["nope"])


def test_stacked_adapters_replace_every_lora_layer(random_bank):
    groups = load_value_groups(random_bank, random_bank.names, torch.device("cpu"), torch.float32)
    shared = next(g for g in groups if g.adapters)
    assert shared.adapters == ["q_lora", "v_lora", "__base__"]
    assert shared.stacked and all(isinstance(layer, StackedLinear) for layer in shared.stacked)
    assert not any("lora" in name for name, _ in shared.backbone.named_parameters())


@pytest.mark.parametrize("table_positions", [4096, 6])
def test_one_token_steps_of_a_llama_backbone_skip_transformers_and_give_its_values(table_positions, tiny_models, word_tokenizer,
                                                                                  tmp_path, monkeypatch):
    """``composer/llama_step.py``: q-head steps of a Llama backbone (LoRA blocks, a frozen block, a subset of them,
    left padding) run as plain ops on fused weights and give the values transformers' forward gives, with the
    rotary table or (texts longer than it) without."""
    monkeypatch.setattr("composer.llama_step.ROTARY_TABLE_POSITIONS", table_positions)
    bank = ValueBank.create(tmp_path / "bank", tiny_models["base_gpt2"], word_tokenizer)
    torch.manual_seed(0)
    for name, adaptation in (("polite", "lora"), ("brief", "lora"), ("warm", "lora"), ("frozen", "frozen")):
        bank.add(name, random_value_model(tiny_models["backbone_llama"], "q", adaptation), {"reward": "concision", "mu": 0.0, "sigma": 1.0})
    fast = load_value_groups(bank, bank.names, torch.device("cpu"), torch.float32)
    slow = load_value_groups(bank, bank.names, torch.device("cpu"), torch.float32)
    assert len(fast) == 1 and fast[0].fast_step is not None
    slow[0].fast_step = None
    calls = []
    step = fast[0].fast_step
    fast[0].fast_step = lambda *args: calls.append(args[4]) or step(*args)
    torch.manual_seed(1)
    B, P, k = 3, 5, 6
    ids = torch.randint(4, 50, (B, P))
    mask = torch.ones(B, P, dtype=torch.long)
    mask[0, :3] = 0
    names = ["warm", "frozen", "polite"]  # three of the four blocks, not in block order
    sessions = [ValueSession(groups, mask, names) for groups in (fast, slow)]
    for _ in range(5):
        candidates = torch.randint(4, 50, (B, k))
        fast_values, slow_values = (session.candidate_values(ids, candidates) for session in sessions)
        torch.testing.assert_close(fast_values, slow_values, atol=1e-5, rtol=1e-5)
        ids = torch.cat([ids, torch.randint(4, 50, (B, 1))], dim=1)
    assert fast[0].adapters == ["brief", "polite", "warm", "__base__"]
    assert len(calls) == 4 and all(list(blocks) == [1, 2, 3] for blocks in calls)  # every step after the prompt
    unpadded = ValueSession(fast, torch.ones(1, 4, dtype=torch.long), names)
    for length in (4, 5):
        torch.testing.assert_close(unpadded.candidate_values(ids[1:2, :length], ids[1:2, :k]),
                                   ValueSession(slow, torch.ones(1, length, dtype=torch.long), names).candidate_values(ids[1:2, :length], ids[1:2, :k]),
                                   atol=1e-5, rtol=1e-5)


def _norm_that_fails(x, weight, eps):
    raise RuntimeError("a layout the fast step does not know")


@pytest.mark.parametrize("norm", [lambda x, weight, eps: weight * x, _norm_that_fails], ids=["differs", "fails"])
def test_a_fast_step_that_does_not_reproduce_transformers_is_never_used(norm, tiny_models, word_tokenizer, tmp_path, monkeypatch):
    bank = ValueBank.create(tmp_path / "bank", tiny_models["base_gpt2"], word_tokenizer)
    bank.add("q", random_value_model(tiny_models["backbone_llama"], "q", "lora"), {"reward": "concision", "mu": 0.0, "sigma": 1.0})
    monkeypatch.setattr("composer.llama_step._norm", norm)  # a family whose norm differs, or that the step cannot run
    groups = load_value_groups(bank, ["q"], torch.device("cpu"), torch.float32)
    assert groups[0].fast_step is None
    ids = torch.randint(4, 50, (1, 4))
    session = ValueSession(groups, torch.ones(1, 4, dtype=torch.long), ["q"])
    session.candidate_values(ids, ids)
    session.candidate_values(torch.cat([ids, ids[:, :1]], 1), ids)  # transformers' forward serves the one-token step


def test_a_backbone_too_large_for_call_overhead_to_matter_keeps_transformers_forward(tiny_models, word_tokenizer, tmp_path, monkeypatch):
    bank = ValueBank.create(tmp_path / "bank", tiny_models["base_gpt2"], word_tokenizer)
    bank.add("q", random_value_model(tiny_models["backbone_llama"], "q", "lora"), {"reward": "concision", "mu": 0.0, "sigma": 1.0})
    assert load_value_groups(bank, ["q"], torch.device("cpu"), torch.float32)[0].fast_step is not None
    monkeypatch.setattr("composer.llama_step.MAX_PARAMETERS", 1000)  # the tiny backbone counts as large
    assert load_value_groups(bank, ["q"], torch.device("cpu"), torch.float32)[0].fast_step is None


def test_the_fast_step_keeps_only_the_latest_fused_selections(tiny_models, word_tokenizer, tmp_path, monkeypatch):
    """Mixes that use other blocks evict older fusions (FUSED_SELECTIONS) and come back right."""
    monkeypatch.setattr("composer.llama_step.FUSED_SELECTIONS", 1)
    bank = ValueBank.create(tmp_path / "bank", tiny_models["base_gpt2"], word_tokenizer)
    torch.manual_seed(0)
    for name in ("polite", "warm"):
        bank.add(name, random_value_model(tiny_models["backbone_llama"], "q", "lora"), {"reward": "concision", "mu": 0.0, "sigma": 1.0})
    fast = load_value_groups(bank, bank.names, torch.device("cpu"), torch.float32)
    slow = load_value_groups(bank, bank.names, torch.device("cpu"), torch.float32)
    slow[0].fast_step = None
    ids, candidates = torch.randint(4, 50, (1, 6)), torch.randint(4, 50, (1, 5))
    for names in (["polite"], ["warm"], ["polite", "warm"], ["polite"]):
        values = []
        for groups in (fast, slow):
            session = ValueSession(groups, torch.ones(1, 5, dtype=torch.long), names)
            session.candidate_values(ids[:, :5], candidates)
            values.append(session.candidate_values(ids, candidates))  # the one-token step
        torch.testing.assert_close(values[0], values[1], atol=1e-5, rtol=1e-5)
        assert len(fast[0].fast_step._fused) == 1
