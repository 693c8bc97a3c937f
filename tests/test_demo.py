"""The embedded demo: rewards that agree with the corpus labels, the build path, and the shipped bank."""

import json
from pathlib import Path

import numpy as np
import pytest

from vas_demo.build import DemoConfig, build_demo, measure_demo
from vas_demo.corpus import generate_corpus
from value_bank.rewards import load_reward

DEMO_BANK = Path(__file__).resolve().parent.parent / "banks" / "demo"


@pytest.fixture(scope="module")
def labelled():
    return generate_corpus(600, seed=3)


def by_label(records, scores, attribute):
    groups = {}
    for record, score in zip(records, scores):
        groups.setdefault(record[attribute], []).append(score)
    return {label: float(np.mean(values)) for label, values in groups.items()}


def score(name, records):
    return load_reward(name).score([r["prompt"] for r in records], [r["response"] for r in records])


def test_pretraining_rows_are_whole_conversations_from_position_zero():
    """rows="conversation": a row is one conversation (as at decode time); padding is masked and never predicted."""
    from vas_demo.pretrain import _batches

    conversations = [[5, 6, 7, 2], [8, 2], [9, 10, 11, 12, 13, 2], [14, 15, 2]]
    batches = _batches(conversations, batch_size=2, pad_id=0, context=64)
    rows = [b["input_ids"][i][b["attention_mask"][i] == 1].tolist() for b in batches for i in range(len(b["input_ids"]))]
    assert sorted(rows) == sorted(conversations)  # every conversation once, whole, from position 0
    for b in batches:
        ids, mask, labels = b["input_ids"], b["attention_mask"], b["labels"]
        assert (labels[mask == 0] == -100).all() and (labels[mask == 1] == ids[mask == 1]).all()
    assert [b["input_ids"].shape[1] for b in batches] == [3, 6]  # similar lengths share a batch: little padding


@pytest.mark.parametrize("family", ["llama", "gpt2"])
def test_training_applies_the_lm_head_only_where_a_label_is_predicted_with_the_same_loss(family, bpe_tokenizer):
    """The demo's faster training loss (head on response positions only) equals the model's own loss, gradients too."""
    import torch

    from vas_demo.pretrain import _batches, _predicted_token_loss, _targets, conversation_ids
    from value_bank.scratch import new_causal_lm

    model = new_causal_lm(bpe_tokenizer, family, hidden_size=32, layers=2, heads=2, context=64)  # eval: no dropout
    ids, lengths = conversation_ids(bpe_tokenizer, [("How do I fix a tap?", "Turn off the water first."), ("Hi", "Hello there.")])
    batch = _batches(ids, 2, bpe_tokenizer.pad_token_id or 0, 64, _targets(ids, lengths, "response"))[0]
    fast, plain = _predicted_token_loss(model, batch), model(**batch).loss
    assert torch.allclose(fast, plain, atol=1e-5), (float(fast), float(plain))
    fast_grad = torch.autograd.grad(fast, model.get_output_embeddings().weight)[0]
    plain_grad = torch.autograd.grad(model(**batch).loss, model.get_output_embeddings().weight)[0]
    assert torch.allclose(fast_grad, plain_grad, atol=1e-6)


def test_bad_checkpoint_selection_settings_are_refused_by_name_before_any_stage_runs(tmp_path, capfd):
    from vas_demo.__main__ import main

    for flag, value, message in (("--base-select-checkpoints", "0", "base_select_checkpoints must be a whole number of at least 1, got 0"),
                                 ("--base-select-every", "-5", "base_select_every must be a whole number of at least 1, got -5"),
                                 ("--base-select-checkpoints", "9", "base_select_checkpoints=9 checkpoints 10 steps apart (base_select_every) do not fit in base_steps=40"),
                                 ("--base-select-prompts", "100000", "base_select_prompts=100000 is too many: cannot draw n=100000")):
        code = main(["build", "--tiny", "--out", str(tmp_path / "bank"), "--work", str(tmp_path / "work"), flag, value])
        err = capfd.readouterr().err
        assert code == 2 and message in err, err
        assert "Traceback" not in err and not (tmp_path / "bank").exists() and not (tmp_path / "work").exists()


def test_pretraining_keeps_the_best_scored_checkpoint_and_reports_every_one(bpe_tokenizer):
    """select_by/select_at: the model ends with the weights of the best-scored checkpoint, not the last step's."""
    import torch

    from vas_demo.pretrain import pretrain_lm
    from value_bank.scratch import new_causal_lm

    pairs = [("How do I boil an egg?", "Simmer it for nine minutes."), ("How do I fix a tap?", "Turn off the water first.")] * 4
    model = new_causal_lm(bpe_tokenizer, "llama", hidden_size=16, layers=1, heads=2, context=64)
    scores, snapshots = iter([0.2, 0.7, 0.4]), []

    def score(m):
        torch.rand(3)  # a scorer that samples must not change the training that follows
        snapshots.append({k: v.clone() for k, v in m.state_dict().items()})
        return next(scores)

    metrics = pretrain_lm(model, bpe_tokenizer, pairs, pairs[:2], steps=12, batch_size=4, context=64, rows="conversation",
                          progress=False, select_by=score, select_at=(4, 8, 12))
    assert metrics["selected_step"] == 8 and [c["step"] for c in metrics["checkpoints"]] == [4, 8, 12]
    assert [c["score"] for c in metrics["checkpoints"]] == [0.2, 0.7, 0.4]
    assert metrics["val_loss"] == metrics["checkpoints"][1]["val_loss"]
    assert all(torch.equal(v, snapshots[1][k]) for k, v in model.state_dict().items())
    assert not all(torch.equal(v, snapshots[2][k]) for k, v in model.state_dict().items())
    plain = new_causal_lm(bpe_tokenizer, "llama", hidden_size=16, layers=1, heads=2, context=64)
    plain_metrics = pretrain_lm(plain, bpe_tokenizer, pairs, pairs[:2], steps=12, batch_size=4, context=64, rows="conversation", progress=False)
    assert abs(plain_metrics["val_loss"] - metrics["checkpoints"][2]["val_loss"]) < 1e-6  # the same run, scored along the way
    with pytest.raises(ValueError, match=r"select_at must be steps from 1 to 12 with a select_by score, got \[0, 4\]"):
        pretrain_lm(plain, bpe_tokenizer, pairs, pairs[:2], steps=12, batch_size=4, context=64, progress=False, select_by=score, select_at=(0, 4))


def test_the_tiny_build_runs_with_conversation_rows_and_refuses_unknown_rows(tmp_path):
    out = build_demo(DemoConfig.tiny(out=str(tmp_path / "bank"), work=str(tmp_path / "work"), pretrain_rows="conversation",
                                     eval_prompts=2, best_of=(2,)), progress=False)
    assert json.loads((out / "build.json").read_text())["config"]["pretrain_rows"] == "conversation"
    with pytest.raises(ValueError, match="pretrain_rows must be one of packed, conversation, got 'stacked'"):
        build_demo(DemoConfig.tiny(out=str(tmp_path / "other"), work=str(tmp_path / "work"), pretrain_rows="stacked"), progress=False)
    assert not (tmp_path / "other").exists()


def test_a_bad_temperature_is_refused_by_name_before_any_stage_runs(tmp_path, capfd):
    from vas_demo.__main__ import main

    for flag, value in (("--sample-temperature", "0"), ("--temperature", "-0.5"), ("--sample-temperature", "nan"), ("--temperature", "inf")):
        code = main(["build", "--tiny", "--out", str(tmp_path / "bank"), "--work", str(tmp_path / "work"), flag, value])
        err = capfd.readouterr().err
        assert code == 2 and f"{flag[2:].replace('-', '_')} must be a positive number, got {float(value)!r}" in err, err
        assert "Traceback" not in err and not (tmp_path / "bank").exists() and not (tmp_path / "work").exists()
    with pytest.raises(ValueError, match="sample_temperature must be a positive number, got 0"):
        measure_demo(DemoConfig.tiny(out=str(tmp_path / "bank"), sample_temperature=0), progress=False)


def test_harmlessness_is_lower_on_rude_and_profane_responses(labelled):
    means = by_label(labelled, score("harmlessness", labelled), "harmlessness")
    assert means["courteous"] - means["rude"] > 0.15, means
    assert means["courteous"] - means["profane"] > 0.5, means


def test_helpfulness_is_lower_on_off_topic_vague_and_evasive_responses(labelled):
    means = by_label(labelled, score("helpfulness", labelled), "helpfulness")
    for worse in ("off_topic", "vague", "evasive"):
        assert means["helpful"] - means[worse] > 0.15, means


def test_the_corpus_rarely_restates_a_tip(labelled):
    # Distinct tips on one subject share the subject's words, not most of their content words: the repetition part of
    # helpfulness leaves the corpus's answers (which never restate) almost untouched.
    from value_bank.builtin_rewards import repetition_scores

    shares = repetition_scores([r["response"] for r in labelled])
    assert (shares > 0).mean() < 0.06 and shares.mean() < 0.02, ((shares > 0).mean(), shares.mean())


def test_positivity_follows_tone_and_concision_follows_length(labelled):
    tone = by_label(labelled, score("positivity", labelled), "tone")
    assert tone["warm"] - tone["cold"] > 0.3, tone
    length = by_label(labelled, score("concision", labelled), "length")
    assert all(length[n] > length[n + 1] for n in range(1, 6)), length


@pytest.fixture(scope="module")
def tiny_build(tmp_path_factory):
    root = tmp_path_factory.mktemp("demo")
    config = DemoConfig.tiny(out=str(root / "bank"), work=str(root / "work"))
    build_demo(config, progress=False)
    return config


def test_the_build_runs_end_to_end_in_its_tiny_setting(tiny_build):
    from composer import Composer
    from value_bank.bank import ValueBank

    bank = ValueBank.open(tiny_build.out)
    assert bank.names == sorted(tiny_build.rewards)
    assert {p.name for p in Path(tiny_build.out).iterdir()} >= {"base", "backbone", "values", "manifest.json", "README.md", "build.json"}
    card = (Path(tiny_build.out) / "README.md").read_text()
    for section in ("Each slider alone", "The price in fluency", "Composition", "Trade-off", "Against Best-of-N", "Speed"):
        assert f"## {section}" in card
    bench_line = next(line for line in card.splitlines() if line.startswith("VAS Composer bench:"))
    assert f"bank {Path(tiny_build.out).as_posix()};" in bench_line and ".tmp" not in bench_line  # not the staging folder
    parts = card.split("### The helpfulness slider, part by part")[1].split("##")[0]  # relevance and deflection per weight
    assert [line.split(" | ")[0] for line in parts.splitlines() if line.startswith("| ") and "±" in line] == ["| 0", "| 4"]
    record = json.loads((Path(tiny_build.out) / "build.json").read_text())
    assert record["config"]["sample_temperature"] == record["config"]["temperature"]  # values learn the policy they steer
    assert record["config"]["seed"] == 0 and set(record["stage_seconds"]) >= {"corpus", "base", "samples", "evaluation"}
    assert 0.0 <= record["stages"]["samples"]["verbatim_copies_of_training_responses"] <= 1.0
    samples = record["stages"]["samples"]  # the base's own responses, and the exploring ones (value_bank/sampling.py)
    assert samples["samples"] == samples["prompts"] * (tiny_build.samples_per_prompt + tiny_build.explore_samples)
    assert 0 < samples["explored_samples"] <= samples["prompts"] * tiny_build.explore_samples
    base = record["stages"]["base"]  # the best of its last checkpoints, on prompts the card does not measure
    assert [c["step"] for c in base["checkpoints"]] == [30, 40] and base["selected_step"] in (30, 40)
    assert all(0.0 <= c["score"] <= 1.0 for c in base["checkpoints"])
    assert f"Kept the checkpoint of step {base['selected_step']}" in card
    # "Does it answer the question?": on topic, and on topic beyond restating the question (the question's words masked)
    answers = card.split("## Does it answer the question?")[1]
    assert answers.count("| run | relevance | on topic | beyond restatement |") == 2
    for table in answers.split("| run | relevance |")[1:]:  # every row has as many cells as its header
        rows = [line for line in table.split("\n\n")[0].splitlines() if line.startswith("|")]
        assert len(rows) >= 3 and len({row.count("|") for row in rows}) == 1, rows
    for label in ("base", "helpfulness_top", "opening_mix"):
        assert 0.0 <= record["checks"][f"everyday_content_on_topic_{label}"] <= 1.0 and 0.0 <= record["checks"][f"content_on_topic_{label}"] <= 1.0
    result = Composer(tiny_build.out, device="cpu").generate(["How do I fix a squeaky door?"], {"helpfulness": 2.0}, max_new_tokens=8)[0]
    assert set(result.scores) == set(tiny_build.rewards)


def test_an_existing_bank_is_replaced_only_with_force(tiny_build, capfd):
    from value_bank.__main__ import main as bank_main
    from vas_demo.__main__ import main

    before = (Path(tiny_build.out) / "manifest.json").read_bytes()
    assert main(["build", "--tiny", "--out", tiny_build.out, "--work", tiny_build.work]) == 2
    assert "--force" in capfd.readouterr().err
    # python -m value_bank demo build ... runs python -m vas_demo build ... in a process of its own: same refusal, same status
    assert bank_main(["demo", "build", "--tiny", "--out", tiny_build.out, "--work", tiny_build.work]) == 2
    assert "--force" in capfd.readouterr().err
    assert (Path(tiny_build.out) / "manifest.json").read_bytes() == before


def test_an_interrupted_build_leaves_the_previous_bank_intact(tiny_build, monkeypatch):
    import vas_demo.report as report

    out = Path(tiny_build.out)
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt("Ctrl-C during the evaluation")

    monkeypatch.setattr(report, "evaluate_demo", interrupted)
    with pytest.raises(KeyboardInterrupt):
        build_demo(DemoConfig.tiny(out=tiny_build.out, work=tiny_build.work, lora_rank=4), force=True, progress=False)
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before
    assert [p.name for p in out.parent.iterdir() if p.name.startswith(".")] == []  # no half-built folder left


def test_an_edit_that_leaves_the_corpus_as_it_was_reruns_the_corpus_stage_alone(tiny_build, monkeypatch):
    """Stages read earlier stages by content: a comment edited in the corpus's code reruns the corpus (seconds) and the
    tokenizer, which write the same files, and the hour of base, samples and values stays cached."""
    import vas_demo.build as build
    import vas_demo.report as report

    code = build._code
    monkeypatch.setattr(build, "_code", lambda *files: {"code": "edited"} if "vas_demo/corpus.py" in files else code(*files))

    def rerun(*args, **kwargs):
        raise AssertionError("a stage after the tokenizer ran again")

    for stage in ("_language_model", "_samples", "_value_bank"):
        monkeypatch.setattr(build, stage, rerun)
    monkeypatch.setattr(report, "evaluate_demo", lambda *args, **kwargs: (_ for _ in ()).throw(KeyboardInterrupt("at the evaluation")))
    corpora = lambda: sorted(p.name for p in Path(tiny_build.work).glob("corpus-*"))  # noqa: E731
    before = corpora()
    with pytest.raises(KeyboardInterrupt, match="at the evaluation"):
        build_demo(tiny_build, force=True, progress=False)
    assert len(corpora()) == len(before) + 1  # the corpus stage did run, under its new key


def test_measure_rewrites_the_card_at_new_evaluation_settings_and_never_touches_the_weights(tiny_build, capfd):
    from vas_demo.__main__ import main

    out = Path(tiny_build.out)
    weights = {p.relative_to(out): p.read_bytes() for p in out.rglob("*.safetensors")}
    manifest = (out / "manifest.json").read_bytes()
    measure_demo(DemoConfig.tiny(out=tiny_build.out, work=tiny_build.work, temperature=0.7), progress=False)
    record = json.loads((out / "build.json").read_text())
    assert record["config"]["temperature"] == 0.7 and "at temperature 0.7" in (out / "README.md").read_text()
    assert set(record["stage_seconds"]) >= {"corpus", "base", "values", "evaluation"}  # the build's own stages are kept
    assert weights and {p.relative_to(out): p.read_bytes() for p in out.rglob("*.safetensors")} == weights
    assert (out / "manifest.json").read_bytes() == manifest
    # A setting that shaped the weights cannot change without a rebuild: refused by name, the bank left as it was.
    card = (out / "README.md").read_bytes()
    assert main(["measure", "--out", tiny_build.out, "--work", tiny_build.work]) == 2
    err = capfd.readouterr().err
    assert "base_hidden" in err and "temperature" in err and "Traceback" not in err
    assert (out / "README.md").read_bytes() == card
    record_text = (out / "build.json").read_text()
    (out / "build.json").write_text("{}")  # not a build's record: a clear error naming the file, nothing rewritten
    with pytest.raises(ValueError, match="build.json is not a demo build's record"):
        measure_demo(DemoConfig.tiny(out=tiny_build.out, work=tiny_build.work), progress=False)
    assert (out / "README.md").read_bytes() == card
    # A bank built before sample_temperature existed was sampled at 1: measured as such, refused at the new default.
    old = json.loads(record_text)
    del old["config"]["sample_temperature"]
    (out / "build.json").write_text(json.dumps(old))
    with pytest.raises(ValueError, match="sample_temperature differs"):
        measure_demo(DemoConfig.tiny(out=tiny_build.out, work=tiny_build.work, temperature=0.7), progress=False)
    measure_demo(DemoConfig.tiny(out=tiny_build.out, work=tiny_build.work, temperature=0.7, sample_temperature=1.0), progress=False)
    (out / "build.json").write_text(record_text)


def test_the_shipped_demo_bank_is_small_safe_and_guides():
    from composer import Composer
    from value_bank.bank import ValueBank

    assert (DEMO_BANK / "manifest.json").exists(), "banks/demo must ship with the repository"
    files = [p for p in DEMO_BANK.rglob("*") if p.is_file()]
    assert sum(p.stat().st_size for p in files) < 60 * 2**20
    assert {p.suffix for p in files} <= {".json", ".safetensors", ".md", ".csv", ".txt", ".jinja"}
    bank = ValueBank.open(DEMO_BANK)
    assert {"helpfulness", "harmlessness", "positivity"} <= set(bank.names)
    from vas_demo.build import DEMO_DESCRIPTION

    assert bank.manifest["description"] == DEMO_DESCRIPTION, "the app's header shows what the build writes"
    composer = Composer(DEMO_BANK, device="cpu")
    prompts = ["How do I keep basil alive on a windowsill?", "What's the best way to start running?",
               "Any tips for cleaning a cast iron pan?", "How do I back up my phone?"] * 2
    seeds = list(range(len(prompts)))
    base = composer.generate(prompts, {}, strategy="base", seed=seeds, max_new_tokens=48)
    # Each slider at weight 8 must lift its own reward well above base sampling of the same prompts and seeds, in base
    # standard deviations (the card: about +1 sd at weight 8); measured here with these seeds: harmlessness +1.5 sd
    # (6 of 8 answers better), positivity +0.9 sd (8 of 8). Steering that does nothing scores a lift of exactly 0.
    for name in ("harmlessness", "positivity"):
        guided = composer.generate(prompts, {name: 8.0}, seed=seeds, max_new_tokens=48)
        lift = np.array([g.normalised_scores[name] - b.normalised_scores[name] for g, b in zip(guided, base)])
        assert lift.mean() >= 0.5 and (lift > 0).sum() >= 5, f"{name} at weight 8: lift {lift.mean():+.2f} sd, per answer {lift.round(2)}"
        assert all(r.text.strip() for r in guided)
