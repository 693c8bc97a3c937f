"""Sample -> train -> compose on a reward with a known answer (the share of fruit words).

A random base model says fruit words about 8 times in 51; the value models learn which tokens are
fruits from the base model's own samples only, and guided decoding must raise the reward steadily
with the weight, for both heads, and clearly beat plain sampling; Best-of-N must beat it too.
"""

import numpy as np
import pytest

from composer import Composer
from tests.conftest import write_prompts

WEIGHTS = (0.0, 1.0, 2.0, 4.0)


@pytest.fixture(scope="module")
def composer(trained_bank):
    return Composer(trained_bank, device="cpu", trust_reward_code=True)


@pytest.fixture(scope="module")
def heldout_prompts(tmp_path_factory):
    path = write_prompts(tmp_path_factory.mktemp("heldout") / "heldout.txt", 48, seed=99)
    return path.read_text().splitlines()


def mean_reward(composer, prompts, strategy="vas", weights=None, best_of=4):
    results = composer.generate(prompts, weights or {}, strategy=strategy, best_of=best_of, max_new_tokens=12,
                                seed=list(range(len(prompts))))
    return np.array([r.scores["fruit_q"] for r in results])


@pytest.mark.parametrize("value_model", ["fruit_q", "fruit_v"])
def test_reward_rises_with_the_weight_and_beats_base(composer, heldout_prompts, value_model):
    base = mean_reward(composer, heldout_prompts, strategy="base")
    means = [mean_reward(composer, heldout_prompts, weights={value_model: w}).mean() for w in WEIGHTS]
    assert means[0] == pytest.approx(base.mean()), "weight 0 must be plain base sampling"
    assert all(a < b for a, b in zip(means, means[1:])), f"not monotonic over weights {WEIGHTS}: {means}"
    guided = mean_reward(composer, heldout_prompts, weights={value_model: 4.0})
    standard_error = np.sqrt(base.var(ddof=1) / len(base) + guided.var(ddof=1) / len(guided))
    assert guided.mean() - base.mean() > 4 * standard_error, (guided.mean(), base.mean(), standard_error)


def test_best_of_n_beats_base(composer, heldout_prompts):
    base = mean_reward(composer, heldout_prompts, strategy="base")
    best = mean_reward(composer, heldout_prompts, strategy="bon", weights={"fruit_q": 1.0}, best_of=8)
    assert best.mean() > base.mean() + 0.05
    assert (best >= base - 1e-12).all(), "candidate 0 of Best-of-N is the base sample itself, so no row can be worse"


def test_negative_weight_pushes_away(composer, heldout_prompts):
    base = mean_reward(composer, heldout_prompts, strategy="base").mean()
    assert mean_reward(composer, heldout_prompts, weights={"fruit_q": -4.0}).mean() < base


def test_validation_metrics_show_learning(trained_bank):
    from value_bank.bank import ValueBank

    bank = ValueBank.open(trained_bank)
    for name in bank.names:
        validation = bank.card(name)["validation"]
        assert validation["explained_variance"] > 0.05, (name, validation)
        assert validation["prompt_value_spearman"] == validation["prompt_value_spearman"]  # a number, not NaN
