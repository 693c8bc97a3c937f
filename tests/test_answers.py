"""Does it answer the question? The eval's relevance, on-topic, repeats and distinct-text columns, and the demo corpus's exact topic check."""

import json

import pytest
import numpy as np
import pandas as pd

from composer.__main__ import main as composer_main
from composer.evaluate import ON_TOPIC_RELEVANCE
from value_bank.builtin_rewards import content_relevance_scores, repetition_scores, without_question_words
from vas_demo import corpus as C


def test_eval_reports_relevance_on_topic_share_and_distinct_texts_at_one_seed(trained_bank, tmp_path, capsys):
    prompts = tmp_path / "prompts.txt"
    # The same prompt twice: at one seed it must give the same text, so distinct texts < prompts.
    prompts.write_text("river stone\nriver stone\nwarm lake\nopen door\n")
    out = tmp_path / "eval"
    assert composer_main(["eval", "--bank", str(trained_bank), "--prompts", str(prompts), "--runs", "base", "vas:fruit_q=4",
                          "--samples-per-prompt", "2", "--max-new-tokens", "8", "--out", str(out), "--trust-reward-code",
                          "--device", "cpu", "--seed", "5"]) == 0
    printed = capsys.readouterr().out
    assert all(column in printed for column in ("on_topic_mean", "content_on_topic_mean", "repeats_mean", "distinct_texts")), printed
    summary = pd.read_csv(out / "summary.csv")
    records = [json.loads(line) for line in (out / "generations.jsonl").read_text().splitlines()]
    one_seed = [json.loads(line) for line in (out / "one_seed.jsonl").read_text().splitlines()]
    for _, row in summary.iterrows():
        mine = [r for r in records if r["run"] == row["run"]]
        relevance = np.array([r["relevance"] for r in mine])
        assert abs(row["relevance_mean"] - relevance.mean()) < 1e-9
        assert abs(row["on_topic_mean"] - (relevance >= ON_TOPIC_RELEVANCE).mean()) < 1e-9
        content = content_relevance_scores([r["prompt"] for r in mine], [r["text"] for r in mine])
        assert np.allclose([r["content_relevance"] for r in mine], content, atol=1e-6)
        assert abs(row["content_on_topic_mean"] - (content >= ON_TOPIC_RELEVANCE).mean()) < 1e-9
        assert row["repeats_mean"] == (repetition_scores([r["text"] for r in mine]) > 0).mean()
        # Every answer has its own seed, the same in every run: seed + j * prompts + i.
        assert sorted(r["seed"] for r in mine) == list(range(5, 5 + 8))
        assert {(r["prompt_index"], r["sample_index"], r["seed"]) for r in mine} == \
            {(r["prompt_index"], r["sample_index"], r["seed"]) for r in records if r["run"] == summary["run"][0]}
        # The one-seed pass: all four prompts at seed 5; the copied prompt gives the copied text.
        texts = [r["text"] for r in one_seed if r["run"] == row["run"]]
        assert [r["seed"] for r in one_seed if r["run"] == row["run"]] == [5, 5, 5, 5]
        assert texts[0] == texts[1] and row["prompts"] == 4 and row["distinct_texts"] == len(set(texts)) <= 3


def test_eval_refuses_a_seed_that_leaves_too_few_seeds(trained_bank, tmp_path, capsys):
    prompts = tmp_path / "prompts.txt"
    prompts.write_text("river stone\nwarm lake\n")
    code = composer_main(["eval", "--bank", str(trained_bank), "--prompts", str(prompts), "--runs", "base", "--seed", "2147483647",
                          "--max-new-tokens", "4", "--out", str(tmp_path / "eval"), "--trust-reward-code", "--device", "cpu"])
    err = capsys.readouterr().err
    assert code == 2 and "seed 2147483647" in err and "2147483647" in err and "Traceback" not in err
    assert not (tmp_path / "eval").exists()


def test_exact_topic_check_agrees_with_the_corpus_labels():
    records = [r for r in C.generate_corpus(1500, seed=7, split="heldout") if not r["topic"].startswith("open:")]
    share = {}
    for label in C.LABELS["helpfulness"]:
        checks = [C.on_topic(r["prompt"], r["response"]) for r in records if r["helpfulness"] == label]
        assert None not in checks
        share[label] = sum(checks) / len(checks)
    assert share["helpful"] > 0.95, share
    assert max(share["vague"], share["evasive"], share["off_topic"]) < 0.06, share


def test_exact_topic_check_catches_a_drift_to_another_topic():
    prompt = "How do I cook rice on the stove?"
    assert C.trace_topics("Rinse the rice in cold water until the water runs clear. Roll your clothes instead of folding them.") \
        == ["cooking", "travel"]
    assert C.on_topic(prompt, "To cook rice, rinse the rice in cold water until the water runs clear.") is True
    assert C.on_topic(prompt, "Rinse the rice in cold water. Roll your clothes instead of folding them.") is False
    assert C.on_topic(prompt, "Bloody hell, whatever.") is False
    assert C.on_topic("What is the capital of France?", "Paris.") is None  # not a corpus prompt: nothing to trace


def test_the_app_opens_on_the_helpful_assistant_persona_and_the_card_measures_that_mix():
    from composer.mixes import parse_mix
    from ui.mix_view import OPENING_PERSONA, opening_mix, opening_temperature
    from ui.presets import BUILTIN_PERSONAS
    from vas_demo.build import DemoConfig

    persona = next(p for p in BUILTIN_PERSONAS if p.name == OPENING_PERSONA)
    demo = ["helpfulness", "harmlessness", "positivity", "concision"]
    assert opening_mix(demo) == persona.weights != {}
    assert opening_mix(["fruit_q"]) == {} and opening_temperature(["fruit_q"]) == 1.0  # another bank: weights 0, temperature 1
    # The demo card measures exactly what the app opens on: the mix and the temperature; every built-in persona samples at it.
    assert parse_mix(DemoConfig().opening_mix) == persona.weights
    assert opening_temperature(demo) == DemoConfig().temperature == persona.decoding.temperature
    assert {p.decoding.temperature for p in BUILTIN_PERSONAS} == {DemoConfig().temperature}


def test_the_shipped_demo_answers_the_apps_default_prompt_on_topic_at_the_opening_mix():
    """The first thing a visitor sees: the default prompt, the opening mix, seeds 0-3 (the app starts at 0)."""
    from composer import Composer
    from ui.mix_view import DEFAULT_PROMPT, opening_mix, opening_temperature
    from value_bank.builtin_rewards import relevance_scores
    from value_bank.locations import shipped_demo_bank

    composer = Composer(str(shipped_demo_bank()), device="cpu", dtype="float32")
    results = composer.generate([DEFAULT_PROMPT] * 4, opening_mix(composer.value_names), seed=[0, 1, 2, 3], score=False,
                                temperature=opening_temperature(composer.value_names))
    relevance = relevance_scores([DEFAULT_PROMPT] * 4, [r.text for r in results])
    assert relevance[0] >= 0.3 and (relevance >= 0.3).mean() >= 0.75, [r.text for r in results]


def test_check_base_reports_on_topic_share_fluency_and_the_exact_check(tiny_models):
    from vas_demo.check_base import check_base

    report = check_base(tiny_models["base_llama"], questions=3, max_new_tokens=6)
    for name in ("everyday", "heldout"):
        part = report[name]
        assert part["questions"] == 3 and 0 <= part["on_topic"] <= 1 and part["own_nll_per_token"] > 0
        assert 1 <= part["distinct_texts"] <= 3 and len(part["samples"]) == 3
    assert report["everyday"]["exact_topic"] is None and report["heldout"]["exact_topic"] is not None  # only corpus prompts trace


def test_check_base_samples_at_the_temperature_it_is_given(tiny_models, capsys):
    from vas_demo.check_base import check_base, main

    cold = check_base(tiny_models["base_llama"], questions=3, max_new_tokens=6, temperature=0.05)
    hot = check_base(tiny_models["base_llama"], questions=3, max_new_tokens=6, temperature=20.0)
    assert cold["everyday"]["temperature"] == 0.05 and hot["everyday"]["temperature"] == 20.0
    # A near-greedy sampler keeps to the base's likeliest tokens; a hot one wanders (the tiny base: 3.4 against 3.9 nats).
    for name in ("everyday", "heldout"):
        assert hot[name]["own_nll_per_token"] > cold[name]["own_nll_per_token"] + 0.2
    for bad in ("0", "-1", "nan"):
        with pytest.raises(SystemExit) as exit_info:
            main([tiny_models["base_llama"], "--temperature", bad])
        assert exit_info.value.code == 2 and f"--temperature must be positive, got {float(bad)}" in capsys.readouterr().err


def test_the_terse_expert_persona_is_short_and_civil_on_the_shipped_demo():
    """Concision alone steers the demo to its rude brush-offs; the persona's harmlessness weight must keep it civil."""
    from composer import Composer
    from ui.presets import BUILTIN_PERSONAS
    from value_bank.locations import shipped_demo_bank

    composer = Composer(str(shipped_demo_bank()), device="cpu", dtype="float32")
    prompts = C.heldout_prompts(16, seed=0)
    personas = {p.name: p for p in BUILTIN_PERSONAS}
    runs = {name: composer.generate(prompts, personas[name].weights, seed=list(range(16)), temperature=personas[name].decoding.temperature)
            for name in ("Terse expert", "Helpful assistant")}
    terse, helpful = runs["Terse expert"], runs["Helpful assistant"]
    assert np.mean([r.scores["harmlessness"] for r in terse]) >= 0.85, [r.text for r in terse]
    assert np.mean([len(r.token_ids) for r in terse]) < 0.75 * np.mean([len(r.token_ids) for r in helpful])
    assert np.mean([r.scores["helpfulness"] for r in terse]) > 0.2  # still an answer, not a brush-off


def test_masking_the_question_words_tells_a_restatement_from_an_answer():
    # The measure's reason to exist: relevance alone passes an answer that restates its question and then talks
    # about something else; with the question's words masked only what the answer adds is scored.
    question = "How can I stop my shoes from smelling?"
    restated = "To stop your shoes from smelling, shift your sleep by an hour a day before you leave."
    answered = "Let them dry out, wash the insoles and sprinkle baking soda inside overnight to absorb the odour."
    assert without_question_words(question, restated).startswith("To ___ your ___ ___ ___,")
    relevance = dict(zip(("restated", "answered"), content_relevance_scores([question] * 2, [restated, answered])))
    assert relevance["answered"] >= ON_TOPIC_RELEVANCE > relevance["restated"], relevance
    assert without_question_words("Why do shoes smell?", "Shoes smell.") == "___ ___."  # any case
    # On the demo corpus's labelled held-out answers it separates helpful answers from the rest (400 rows here: 61 % against 3-12 %).
    records = C.generate_corpus(400, seed=5, split="heldout")
    content = content_relevance_scores([r["prompt"] for r in records], [r["response"] for r in records])
    share = {label: float(np.mean([c >= ON_TOPIC_RELEVANCE for c, r in zip(content, records) if r["helpfulness"] == label]))
             for label in C.LABELS["helpfulness"]}
    assert share["helpful"] > 0.45 and max(share[k] for k in share if k != "helpful") < 0.2, share
