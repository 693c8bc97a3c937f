"""Training: NaN rewards, constant rewards, refusals, and what the card records."""

import shutil

import pytest

from tests.conftest import REWARD_SPEC
from value_bank.bank import BankError, TokenizerMismatchError, ValueBank
from value_bank.sampling import read_samples, score_samples
from value_bank.train import TrainConfig, train_value_model


def config(samples, bank, backbone, **overrides):
    settings = dict(samples=str(samples), reward="fruit", bank=str(bank), backbone=backbone, max_epochs=2, device="cpu")
    return TrainConfig(**{**settings, **overrides})


def test_card_records_normalisation_metrics_and_settings(trained_bank, samples_dir):
    card = ValueBank.open(trained_bank).card("fruit_q")
    raw = read_samples(samples_dir)["reward/fruit"]
    training_prompts = card["training"]["train_prompts"]
    assert training_prompts + card["training"]["val_prompts"] == 64
    assert 0 < card["sigma"] and 0 < card["mu"] < 1 and abs(card["mu"] - raw.mean()) < 0.05
    assert set(card["validation"]) >= {"mse", "explained_variance", "prompt_value_spearman"}
    assert card["training"]["config"]["lam"] == 0.95 and card["reward"].startswith("py:")
    assert len(card["base_percentiles"]) == 101


def test_nan_rewards_are_dropped_and_counted(tmp_path, samples_dir, tiny_models):
    samples = tmp_path / "samples"
    shutil.copytree(samples_dir, samples)
    score_samples(samples, ["nanny=py:tests.synthetic_rewards:nan_every_third"], progress=False)
    expected = int(read_samples(samples)["reward/nanny"].isna().sum())
    assert expected > 0
    result = train_value_model(config(samples, tmp_path / "bank", tiny_models["backbone_llama"], reward="nanny"), progress=False)
    assert result.dropped_nan_rewards == expected
    assert ValueBank.open(tmp_path / "bank").card("nanny")["training"]["dropped_nan_rewards"] == expected


def test_a_constant_reward_has_nothing_to_learn(tmp_path, samples_dir, tiny_models):
    samples = tmp_path / "samples"
    shutil.copytree(samples_dir, samples)
    with pytest.raises(ValueError, match="constant"):
        train_value_model(config(samples, tmp_path / "bank", tiny_models["backbone_llama"], reward="flat=py:tests.synthetic_rewards:constant"), progress=False)
    assert not (tmp_path / "bank" / "values").exists()


def test_unknown_reward_name_lists_the_scored_ones(tmp_path, samples_dir, tiny_models):
    with pytest.raises(ValueError, match="no reward 'tastiness'.*fruit"):
        train_value_model(config(samples_dir, tmp_path / "bank", tiny_models["backbone_llama"], reward="tastiness"), progress=False)


def test_an_existing_value_model_is_not_replaced_silently(tmp_path, trained_bank, samples_dir, tiny_models):
    bank = tmp_path / "bank"
    shutil.copytree(trained_bank, bank)
    before = [(bank / "values" / "fruit_q" / f).read_bytes() for f in ("head.safetensors", "adapter_model.safetensors")]
    with pytest.raises(BankError, match="already has a value model 'fruit_q'.*--overwrite"):
        train_value_model(config(samples_dir, bank, tiny_models["backbone_llama"], name="fruit_q"), progress=False)
    assert [(bank / "values" / "fruit_q" / f).read_bytes() for f in ("head.safetensors", "adapter_model.safetensors")] == before


def test_a_bad_name_is_refused_before_training_and_writes_no_bank(tmp_path, samples_dir, tiny_models, monkeypatch):
    import value_bank.train as train

    def no_training(*args, **kwargs):
        raise AssertionError("the name must be refused before any training")

    monkeypatch.setattr(train.ValueModel, "create", no_training)
    with pytest.raises(ValueError, match="name '../escape' is not allowed"):
        train_value_model(config(samples_dir, tmp_path / "bank", tiny_models["backbone_llama"], name="../escape"), progress=False)
    assert not (tmp_path / "bank").exists()


def test_a_backbone_with_another_tokenizer_is_refused(tmp_path, samples_dir, bpe_tokenizer):
    from value_bank.scratch import new_causal_lm

    backbone = tmp_path / "bpe_backbone"
    new_causal_lm(bpe_tokenizer, "llama", 16, 1, 2).save_pretrained(backbone)
    bpe_tokenizer.save_pretrained(backbone)
    with pytest.raises(TokenizerMismatchError, match="vocab.*vocab"):
        train_value_model(config(samples_dir, tmp_path / "bank", str(backbone)), progress=False)


@pytest.mark.parametrize("field, value, message", [
    ("head", "w", "head 'w' is not one of"), ("adaptation", "qlora", "adaptation 'qlora'"),
    ("lam", 1.2, "lam"), ("val_fraction", 1.0, "val_fraction"), ("learning_rate", 0.0, "learning_rate"),
])
def test_bad_settings_are_refused(field, value, message):
    with pytest.raises(ValueError, match=message):
        TrainConfig(samples="s", reward="r", bank="b", backbone="m", **{field: value})


def test_an_exploring_response_trains_from_its_explored_step_on(tmp_path, tiny_models, prompt_file):
    """Before the explored step an exploring response's return is not the base policy's: no loss there (nor, for the
    consistency term, at the explored step itself). The reward's scale and validation come from the base's own samples."""
    import torch

    from value_bank.sampling import SamplingConfig, sample
    from value_bank.train import _collate, _loss, _split_by_prompt, _to_split

    out = tmp_path / "s"
    sample(SamplingConfig(base=tiny_models["base_llama"], prompts=str(prompt_file), out=str(out), num_samples=2, explore_samples=2,
                          max_new_tokens=10, rewards=(f"fruit={REWARD_SPEC}",), device="cpu"), progress=False)
    frame = read_samples(out)
    row = frame.index[frame["explored_step"] >= 3][0]
    split = _to_split(frame, "reward/fruit", 0.0, 1.0)
    batch = _collate(split, [int(row)], "cpu")
    steps = int(batch["response_lengths"][0])
    explored = int(frame.loc[row, "explored_step"])
    values = torch.full((1, steps), 5.0, requires_grad=True)  # far from any target: every trained step has a gradient
    expected = torch.full((1, steps), 5.0, requires_grad=True)
    mask = torch.ones(1, steps, dtype=torch.bool)
    model = lambda *args: (values, mask, expected)  # noqa: E731 (stands in for ValueModel.forward)
    _loss(model, batch, TrainConfig(samples="s", reward="fruit", bank="b", backbone="x", consistency_weight=1.0)).backward()
    assert (values.grad[0, :explored] == 0).all() and (values.grad[0, explored:] != 0).all()
    assert (expected.grad[0, : explored + 1] == 0).all() and (expected.grad[0, explored + 1 :] != 0).all()
    # a v head's entry t is V(s_t), one more than the response's tokens: V at the explored step stands before the forced token
    values = torch.full((1, steps + 1), 5.0, requires_grad=True)
    mask = torch.ones(1, steps + 1, dtype=torch.bool)
    model = lambda *args: (values, mask, None)  # noqa: E731
    _loss(model, batch, TrainConfig(samples="s", reward="fruit", bank="b", backbone="x", head="v")).backward()
    assert (values.grad[0, : explored + 1] == 0).all() and (values.grad[0, explored + 1 :] != 0).all()

    result = train_value_model(config(out, tmp_path / "bank", tiny_models["backbone_llama"]), progress=False)
    card = ValueBank.open(tmp_path / "bank").card("fruit")
    train_frame, _ = _split_by_prompt(frame, 0.1, 0)  # the split training makes (val_fraction 0.1, seed 0)
    own = train_frame[train_frame["sample_index"] < 2]
    explored = train_frame[train_frame["explored_step"] >= 0]  # an exploring response that never explored is left out
    assert card["training"]["explored_train_samples"] == len(explored) > 0
    assert card["training"]["train_samples"] == len(own) + len(explored)
    assert card["training"]["val_samples"] == 2 * card["training"]["val_prompts"]  # validated on the base's own samples
    assert result.mu == pytest.approx(float(own["reward/fruit"].mean())) and result.sigma == pytest.approx(float(own["reward/fruit"].std(ddof=0)))


def test_the_q_heads_gradient_is_the_same_run_to_run():
    """Repeated tokens' gradients sum in a fixed order: ``weight[tokens]``'s backward summed them in a thread-dependent
    order on CPU (value training differed run to run from the second epoch on); the head reads rows with F.embedding."""
    import torch

    from value_bank.value_model import ValueHead

    torch.manual_seed(0)
    head = ValueHead("q", 256, 4096)
    with torch.no_grad():
        for parameter in head.parameters():
            parameter.normal_(0, 0.1)
    tokens, hidden = torch.randint(0, 4096, (32, 64, 21)), torch.randn(32, 64, 256)

    def gradients():
        head.zero_grad(set_to_none=True)
        (head.token_values(hidden, tokens) ** 2).sum().backward()
        return [parameter.grad.clone() for parameter in head.parameters()]

    indexed = (head.proj.weight[tokens] @ hidden.unsqueeze(-1)).squeeze(-1) + head.proj.bias[tokens]  # the old reading
    assert torch.equal(head.token_values(hidden, tokens), indexed)  # the same forward
    first = gradients()
    for _ in range(3):
        assert all(torch.equal(a, b) for a, b in zip(first, gradients()))
