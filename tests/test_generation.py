"""The generation API: seeds per row, streaming, attributions, timing, and refusals of bad input."""

import warnings

import numpy as np
import pytest

from composer import Composer
from tests.synthetic_rewards import TARGET


@pytest.fixture(scope="module")
def composer(trained_bank):
    return Composer(trained_bank, device="cpu", trust_reward_code=True)


PROMPTS = ["river stone", "open the door now", "warm lake"]


def test_a_row_gives_the_same_text_alone_or_in_a_batch(composer):
    mixes = [{}, {"fruit_q": 3.0}, {"fruit_v": -2.0, "fruit_q": 1.0}]
    together = composer.generate(PROMPTS, mixes, seed=[5, 6, 7], max_new_tokens=10)
    for prompt, mix, seed, result in zip(PROMPTS, mixes, [5, 6, 7], together):
        alone = composer.generate([prompt], mix, seed=seed, max_new_tokens=10)[0]
        assert alone.token_ids == result.token_ids and alone.text == result.text


def test_zero_weights_are_plain_base_sampling(composer):
    base = composer.generate(PROMPTS, {}, strategy="base", seed=3, max_new_tokens=10)
    zero = composer.generate(PROMPTS, {"fruit_q": 0.0, "fruit_v": 0.0}, strategy="vas", seed=3, max_new_tokens=10)
    assert [r.token_ids for r in base] == [r.token_ids for r in zero]
    assert all(r.timing["value_forwards_per_token"] == 0 for r in zero)  # nothing ran


def test_results_carry_scores_objective_and_timing(composer):
    result = composer.generate(["river stone"], {"fruit_q": 2.0}, seed=1, max_new_tokens=10)[0]
    mu, sigma = composer.normaliser("fruit_q")
    assert result.scores["fruit_q"] == pytest.approx(sum(w in TARGET for w in result.text.split()) / max(1, len(result.text.split())))
    assert result.normalised_scores["fruit_q"] == pytest.approx((result.scores["fruit_q"] - mu) / sigma)
    assert result.objective == pytest.approx(2.0 * result.normalised_scores["fruit_q"])
    assert result.timing["tokens_per_second"] > 0 and result.timing["value_forwards_per_token"] > 0
    assert 0.0 <= composer.percentile("fruit_q", result.scores["fruit_q"]) <= 100.0
    assert result.to_dict()["value_weights"] == {"fruit_q": 2.0}


def test_attributions_name_the_value_model_that_pushed_each_token(composer):
    results = composer.generate(PROMPTS * 4, {"fruit_q": 4.0}, seed=list(range(12)), max_new_tokens=10, attributions=True)
    pushes = {True: [], False: []}
    for result in results:
        assert len(result.attributions) == len(result.token_ids)
        for item in result.attributions:
            assert set(item.contributions) == {"fruit_q"}
            pushes[item.token.strip() in TARGET].append(item.contributions["fruit_q"])
    assert np.mean(pushes[True]) > np.mean(pushes[False]) + 0.5  # fruits were pushed up more than the rest


def test_streaming_yields_growing_text_then_the_result(composer):
    events = list(composer.stream("river stone", value_weights={"fruit_q": 2.0}, seed=4, max_new_tokens=10))
    assert events[-1].result is not None and all(e.result is None for e in events[:-1])
    texts = [e.text for e in events[:-1]]
    assert len(texts) >= 2 and all(b.startswith(a) for a, b in zip(texts, texts[1:]))
    same = composer.generate(["river stone"], {"fruit_q": 2.0}, seed=4, max_new_tokens=10)[0]
    assert events[-1].result.text == same.text
    assert events[-2].text.strip() == same.text.strip()  # what was streamed is what was returned


def test_best_of_n_returns_the_best_candidate(composer):
    results = composer.generate(PROMPTS, {"fruit_q": 1.0}, strategy="bon", best_of=6, seed=2, max_new_tokens=10)
    for prompt, result in zip(PROMPTS, results):
        candidates = [composer.generate([prompt], {"fruit_q": 1.0}, strategy="base", seed=2 + j * 1_000_003, max_new_tokens=10)[0]
                      for j in range(6)]
        assert result.objective == pytest.approx(max(c.objective for c in candidates))
        assert result.timing["best_of"] == 6 and result.strategy == "bon"


def test_an_over_long_prompt_is_cut_from_the_left_with_a_warning(composer):
    long_prompt = " ".join(["river"] * 400)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = composer.generate([long_prompt, "lake"], {}, max_new_tokens=8)
    assert result[0].warnings and "cut from the left" in result[0].warnings[0] and not result[1].warnings
    assert any("cut from the left" in str(w.message) for w in caught)


@pytest.mark.parametrize("call, message", [
    (dict(prompts=["river", "  "]), "prompt 1 is empty"),
    (dict(prompts=["river"], value_weights={"tastiness": 1.0}), "unknown value model 'tastiness'; known: fruit_q, fruit_v"),
    (dict(prompts=["river"], value_weights={"fruit_q": float("nan")}), "weight of 'fruit_q' must be a finite number"),
    (dict(prompts=["river"], value_weights={"fruit_q": "2"}), "must be a finite number"),
    (dict(prompts=["river"], strategy="beam"), "strategy 'beam' is not one of base, vas, bon"),
    (dict(prompts=["river"], max_new_tokens=0), "max_new_tokens must be a positive integer"),
    (dict(prompts=["river"], max_new_tokens=8, min_new_tokens=9), "min_new_tokens must be a whole number from 0 to max_new_tokens (8.. got 9"),
    (dict(prompts=["river"], min_new_tokens=-1), "min_new_tokens must be a whole number from 0"),
    (dict(prompts=["river"], min_new_tokens="5"), "min_new_tokens must be a whole number from 0 .* got '5'"),
    (dict(prompts=["river"], temperature=-1.0), "temperature must be a number >= 0"),
    (dict(prompts=["river"], value_weights=[{}, {}]), "2 weight mappings for 1 prompts"),
    (dict(prompts=[]), "no prompts"),
])
def test_bad_input_gets_a_clear_error(composer, call, message):
    with pytest.raises(ValueError, match=message.replace("(", r"\(")):
        composer.generate(**call)


def test_greedy_decoding_is_deterministic(composer):
    first = composer.generate(PROMPTS, {"fruit_q": 1.0}, temperature=0.0, seed=1, max_new_tokens=8)
    second = composer.generate(PROMPTS, {"fruit_q": 1.0}, temperature=0.0, seed=2, max_new_tokens=8)
    assert [r.token_ids for r in first] == [r.token_ids for r in second]
