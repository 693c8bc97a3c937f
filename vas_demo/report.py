"""The demo bank's measured card: what each slider does, alone and together, and what it costs.

Everything is measured with ``composer eval`` on held-out prompts (never seen by the language
models or the value models), one sample per prompt, each with its own seed, the same seeds for every run:

- each slider alone at every weight of ``eval_weights``: its reward's mean, in raw units and in
  base standard deviations above base sampling, and the base NLL per token (the fluency price);
- a composite mix against base sampling, on every reward;
- a trade-off front between two rewards;
- the composite mix's objective for VAS and Best-of-N, with decode times;
- the speed of guided generation with every value model (64 tokens, batch 1), and the bench;
- whether the answers are about the question: MiniLM relevance, the share on topic, the share
  on topic beyond restatement (the question's words masked out of the answer: ``content_on_topic``), the corpus's
  exact topic check (``corpus.on_topic``) and distinct texts across prompts at one seed, on the
  held-out prompts and on everyday questions written outside the corpus's templates
  (``everyday_questions.txt``), for base sampling, the helpfulness slider and the app's opening mix.

>>> results = evaluate_demo(config, bank, {"base": {"val_loss": 0.8, ...}}, staging)   # doctest: +SKIP
>>> print(results["markdown"])                                                      # doctest: +SKIP
"""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path

import pandas as pd


def _runs(config, names: list[str]) -> dict[str, list[str]]:
    """The eval runs, grouped by the table they feed."""
    mix = config.composite_mix
    first, second = config.tradeoff
    top = max(config.eval_weights)
    front = [(top / 2, 0.0), (top / 2, top / 4), (top / 2, top / 2), (top / 4, top / 2), (0.0, top / 2)]
    return {
        "base": [f"base:{mix}"],
        "alone": [f"vas:{n}={w:g}" for n in names for w in config.eval_weights if w != 0],
        "composite": [f"vas:{mix}"] + [f"bon{n}:{mix}" for n in config.best_of],
        "front": [f"vas:{first}={a:g},{second}={b:g}" for a, b in front if a or b],
        "opening": [f"vas:{config.opening_mix}"],
    }


EVERYDAY_QUESTIONS = Path(__file__).resolve().parent / "everyday_questions.txt"


def everyday_runs(config) -> list[str]:
    return [f"base:{config.composite_mix}", f"vas:helpfulness={max(config.eval_weights):g}", f"vas:{config.opening_mix}"]


def evaluate_demo(config, bank, built: dict[str, dict], staging: Path, progress: bool = True) -> dict:
    """Run the evaluation on the staged bank; ``built`` holds each earlier stage's result (for the card's numbers)."""
    from composer.bench import BenchConfig, bench, format_table
    from composer.evaluate import EvalConfig, evaluate
    from composer.generation import Composer
    from vas_demo.corpus import heldout_prompts

    work = Path(config.work)
    prompts_file = work / "heldout_prompts.txt"
    prompts_file.write_text("\n".join(heldout_prompts(config.eval_prompts, seed=config.seed)) + "\n")
    composer = Composer(bank, device="cpu", dtype="float32")
    names = composer.value_names
    groups = _runs(config, names)
    runs = list(dict.fromkeys(run for group in groups.values() for run in group))
    # Both prompt sets are decoded alike: the same temperature, top-k, batches and seeds.
    decoding = dict(bank=str(staging), max_new_tokens=config.max_new_tokens, temperature=config.temperature, top_k=config.top_k,
                    batch_size=config.eval_batch_size, seed=config.seed, device="cpu")
    summary = evaluate(EvalConfig(prompts=str(prompts_file), runs=tuple(runs), out=str(work / "eval"), **decoding),
                       composer=composer, progress=progress)
    summary.to_csv(staging / "eval_summary.csv", index=False)
    generations = [json.loads(line) for line in (work / "eval" / "generations.jsonl").read_text().splitlines()]
    everyday_file = work / "everyday_questions.txt"
    everyday_file.write_text("\n".join(EVERYDAY_QUESTIONS.read_text().splitlines()[: config.everyday_prompts]) + "\n")
    everyday = evaluate(EvalConfig(prompts=str(everyday_file), runs=tuple(everyday_runs(config)), out=str(work / "eval-everyday"),
                                   **decoding), composer=composer, progress=progress)
    everyday.to_csv(staging / "eval_everyday.csv", index=False)
    everyday_generations = [json.loads(line) for line in (work / "eval-everyday" / "generations.jsonl").read_text().splitlines()]
    speed = _speed(composer, prompts_file.read_text().splitlines()[:5], config.max_new_tokens)
    bench_result = bench(BenchConfig(bank=str(staging), batch_sizes=(1, 8), max_new_tokens=config.max_new_tokens,
                                     top_k=config.top_k, repeats=3 if config.eval_prompts >= 50 else 1, device="cpu"), progress=progress)
    bench_result["meta"]["source"] = f"bank {Path(config.out).as_posix()}"  # where the bank will be, not the staging folder it was measured in
    checks = _checks(config, summary, names) | _answer_checks(config, summary, generations, everyday)
    markdown = _markdown(config, summary, names, groups, generations, speed, format_table(bench_result), checks, built)
    markdown += "\n" + "\n".join(_answers_section(config, summary, generations, everyday, everyday_generations))
    record = {"checks": checks, "speed_all_value_models_batch1": speed, "bench": bench_result}
    return {"markdown": markdown, "record": record}


def _speed(composer, prompts: list[str], tokens: int) -> dict:
    """Wall time of guided generation with every value model at weight 1: exactly ``tokens`` tokens, batch 1."""
    weights = {name: 1.0 for name in composer.value_names}
    composer.generate(prompts[:1], weights, max_new_tokens=tokens, min_new_tokens=tokens, score=False)  # warm-up
    times = []
    for index, prompt in enumerate(prompts):
        start = time.perf_counter()
        composer.generate([prompt], weights, max_new_tokens=tokens, min_new_tokens=tokens, seed=index, score=False)
        times.append(time.perf_counter() - start)
    return {"tokens": tokens, "median_seconds": statistics.median(times), "max_seconds": max(times), "runs": len(times)}


def _row(summary: pd.DataFrame, run: str) -> pd.Series:
    return summary.set_index("run").loc[run]


def _checks(config, summary: pd.DataFrame, names: list[str]) -> dict:
    """The demo's acceptance numbers, measured: monotonic sliders, lift at the top weight, NLL price."""
    base = _row(summary, f"base:{config.composite_mix}")
    out = {}
    weights = sorted(config.eval_weights)
    for name in names:
        means = [base[f"{name}_mean"] if w == 0 else _row(summary, f"vas:{name}={w:g}")[f"{name}_mean"] for w in weights]
        top = _row(summary, f"vas:{name}={weights[-1]:g}")
        nll4 = _row(summary, f"vas:{name}=4")["nll_per_token_mean"] if 4.0 in weights else None
        out[name] = {
            "means": means, "monotonic": bool(all(a < b for a, b in zip(means, means[1:]))),
            "lift_in_base_sd_at_top_weight": float(top[f"{name}_norm_mean"] - base[f"{name}_norm_mean"]),
            "nll_increase_at_weight_4": None if nll4 is None else float(nll4 - base["nll_per_token_mean"]),
        }
    composite = _row(summary, f"vas:{config.composite_mix}")
    mixed = [n.split("=")[0] for n in config.composite_mix.split(",")]
    out["composite_improves_all"] = bool(all(composite[f"{n}_mean"] > base[f"{n}_mean"] for n in mixed))
    out["vas_objective"] = float(composite["objective_mean"])
    for n in config.best_of:
        out[f"bon{n}_objective"] = float(_row(summary, f"bon{n}:{config.composite_mix}")["objective_mean"])
    return out


def _exact_share(generations: list[dict], run: str) -> tuple[float, float] | None:
    """Mean and standard error of the corpus's exact topic check over a run's answers (None: no corpus prompt)."""
    from composer.evaluate import mean_se
    from vas_demo.corpus import on_topic

    checks = [on_topic(g["prompt"], g["text"]) for g in generations if g["run"] == run]
    checks = [float(c) for c in checks if c is not None]
    return mean_se(checks) if checks else None


def _answer_checks(config, summary: pd.DataFrame, generations: list[dict], everyday: pd.DataFrame) -> dict:
    """The issue's numbers for "does it answer the question": on-topic shares and the relevance lift of the helpfulness slider."""
    base_run, top = f"base:{config.composite_mix}", f"vas:helpfulness={max(config.eval_weights):g}"
    base_relevance = [g["relevance"] for g in generations if g["run"] == base_run]
    sd = float(pd.Series(base_relevance).std()) or 1.0
    means = [_row(summary, base_run if w == 0 else f"vas:helpfulness={w:g}")["relevance_mean"] for w in sorted(config.eval_weights)]
    out = {"relevance_base_sd": sd, "relevance_by_helpfulness_weight": means,
           "relevance_monotonic": bool(all(a < b for a, b in zip(means, means[1:]))),
           "relevance_lift_in_base_sd_at_top_weight": float((means[-1] - means[0]) / sd)}
    for label, run in (("base", base_run), ("helpfulness_top", top), ("opening_mix", f"vas:{config.opening_mix}")):
        row = _row(summary, run)
        out[f"on_topic_{label}"] = float(row["on_topic_mean"])
        out[f"content_on_topic_{label}"] = float(row["content_on_topic_mean"])
        out[f"repeats_{label}"] = float(row["repeats_mean"])
        out[f"distinct_texts_{label}"] = [int(row["distinct_texts"]), int(row["prompts"])]
        exact = _exact_share(generations, run)
        out[f"exact_topic_{label}"] = None if exact is None else exact[0]
        out[f"everyday_on_topic_{label}"] = float(_row(everyday, run)["on_topic_mean"])
        out[f"everyday_content_on_topic_{label}"] = float(_row(everyday, run)["content_on_topic_mean"])
        out[f"everyday_repeats_{label}"] = float(_row(everyday, run)["repeats_mean"])
    return out


def _answers_section(config, summary, generations, everyday, everyday_generations) -> list[str]:
    """The card's "Does it answer the question?" tables and samples."""
    runs = [f"base:{config.composite_mix}"] + [f"vas:helpfulness={w:g}" for w in sorted(config.eval_weights) if w] + \
           [f"vas:{config.opening_mix}", f"vas:{config.composite_mix}"]
    label = lambda run: "base" if run.startswith("base:") else f"`{run[4:]}`"  # noqa: E731
    # The corpus figures in the text: docs/experiments/on-topic-base.md, twenty-first session (800 labelled held-out answers).
    lines = ["## Does it answer the question?", "",
             f"Relevance is the MiniLM cosine of question and answer; an answer is on topic when it is at least 0.3. Beyond "
             f"restatement: on topic with the question's own words masked out of the answer (an answer that restates the question "
             f"and then talks about something else passes \"on topic\" and fails this; the corpus's helpful answers pass it 60 % of "
             f"the time, its vague, evasive and off-topic ones 4-12 %). The exact check "
             f"traces every sentence of the answer to the corpus topic it came from: on topic when some sentence is from the "
             f"question's topic and none from another. Every answer has its own seed. Distinct texts: how many different answers "
             f"the run gave to the first {int(_row(summary, runs[0])['prompts'])} prompts all at one seed, as a person meets them "
             f"in the app. Repeats: the share of answers with a sentence that restates an earlier one. The app opens on "
             f"`{config.opening_mix}`.", "",
             f"**Held-out prompts** ({int(_row(summary, runs[0])['n'])}, never seen in training):", "",
             "| run | relevance | on topic | beyond restatement | exact topic check | repeats | distinct texts |", "|---|---|---|---|---|---|---|"]
    for run in runs:
        row, exact = _row(summary, run), _exact_share(generations, run)
        lines.append(f"| {label(run)} | {_fmt(row['relevance_mean'], row['relevance_se'])} | {_pct(row['on_topic_mean'], row['on_topic_se'])} "
                     f"| {_pct(row['content_on_topic_mean'], row['content_on_topic_se'])} "
                     f"| {'n/a' if exact is None else _pct(*exact)} | {_pct(row['repeats_mean'], row['repeats_se'])} "
                     f"| {int(row['distinct_texts'])} of {int(row['prompts'])} |")
    lines += ["", f"**Everyday questions** ({int(everyday['n'].iloc[0])} in `vas_demo/everyday_questions.txt`, written "
              "outside the corpus's templates, many on subjects the corpus never covers):", "",
              "| run | relevance | on topic | beyond restatement | repeats | distinct texts |", "|---|---|---|---|---|---|"]
    for run in everyday_runs(config):
        row = _row(everyday, run)
        lines.append(f"| {label(run)} | {_fmt(row['relevance_mean'], row['relevance_se'])} | {_pct(row['on_topic_mean'], row['on_topic_se'])} "
                     f"| {_pct(row['content_on_topic_mean'], row['content_on_topic_se'])} "
                     f"| {_pct(row['repeats_mean'], row['repeats_se'])} | {int(row['distinct_texts'])} of {int(row['prompts'])} |")
    lines += ["", "Everyday questions, unedited (the first six of the file, each at its own seed, the same in every run):", ""]
    by_run: dict[str, list[dict]] = {}
    for record in everyday_generations:
        if record["sample_index"] == 0:
            by_run.setdefault(record["run"], []).append(record)
    for index in range(min(6, len(by_run.get(everyday_runs(config)[0], [])))):
        lines += [f"**{by_run[everyday_runs(config)[0]][index]['prompt']}**", ""]
        for run in everyday_runs(config):
            record = by_run[run][index]
            lines.append(f"- {label(run)} (relevance {record['relevance']:.2f}): {record['text'].strip()}")
        lines.append("")
    return lines


def _pct(mean: float, se: float) -> str:
    return f"{100 * mean:.0f}% ± {100 * se:.0f}"


def _helpfulness_parts(config, generations: list[dict], base_run: str) -> list[str]:
    """The helpfulness slider's three parts (relevance, deflection, repetition) at each weight, on the same generations."""
    from composer.evaluate import mean_se
    from value_bank.builtin_rewards import deflection_scores

    lines = ["", "### The helpfulness slider, part by part", "",
             "`helpfulness` is relevance (MiniLM cosine of question and answer) minus deflection (similarity to stock "
             "non-answers) minus repetition (the share of sentences that restate an earlier one); the parts of the same "
             "generations, ± one standard error, and the share of answers with at least one restated sentence:", "",
             "| weight | relevance | deflection | repetition | answers that repeat |", "|---|---|---|---|---|"]
    for weight in sorted(config.eval_weights):
        run = base_run if weight == 0 else f"vas:helpfulness={weight:g}"
        records = [g for g in generations if g["run"] == run]
        if not records:
            continue
        relevance = [g["relevance"] for g in records]  # composer eval scored these two already
        repetition = [g["repetition"] for g in records]
        deflection = deflection_scores([g["text"] for g in records])
        lines.append(f"| {weight:g} | {_fmt(*mean_se(relevance))} | {_fmt(*mean_se(deflection))} | {_fmt(*mean_se(repetition))} "
                     f"| {_pct(*mean_se([r > 0 for r in repetition]))} |")
    return lines


def _fmt(mean: float, se: float, digits: int = 3) -> str:
    return f"{mean:.{digits}f} ± {se:.{digits}f}"


def _markdown(config, summary, names, groups, generations, speed, bench_table, checks, built: dict[str, dict]) -> str:
    base_run = f"base:{config.composite_mix}"
    base = _row(summary, base_run)
    weights = sorted(config.eval_weights)
    lines = ["## How it was built", "",
             f"`python -m vas_demo build` with seed {config.seed} (every setting is in `build.json`). "
             "Measured on held-out prompts that neither the language models nor the value models saw: "
             f"{int(base['n'])} prompts, one sample each at temperature {config.temperature:g}, each with its own seed, the same seeds "
             "for every run; ± is one standard error.", ""]
    if "corpus" in built:
        result = built["corpus"]
        lines += [f"- Corpus: {result['records']} synthetic conversations on {result['topics']} topics ({result['distinct_prompts']} "
                  f"distinct prompts, {result['distinct_responses']} distinct responses); {result['val_records']} held-out "
                  "conversations for the language models' validation loss."]
    for role in ("base", "backbone"):
        if role in built:
            result = built[role]
            lines += [f"- {'Base model' if role == 'base' else 'Value backbone'}: {result['family']}-style, {result['layers']} layers, "
                      f"hidden size {result['hidden']}, {result['parameters'] / 1e6:.2f} M parameters, trained from scratch on "
                      f"{result['train_tokens_seen'] / 1e6:.1f} M tokens; validation loss {result['val_loss']:.3f} nats/token "
                      f"(train {result['train_loss']:.3f})."]
            if result.get("checkpoints"):
                scores = ", ".join(f"{c['step']}: {100 * c['score']:.0f} %" for c in result["checkpoints"])
                lines += [f"  Kept the checkpoint of step {result['selected_step']}: the most on-topic answers (MiniLM relevance >= 0.3) to "
                          f"{2 * config.base_select_prompts} held-out prompts the card does not use (by step: {scores})."]
    if "samples" in built:
        result = built["samples"]
        explored = (f"; {result['explored_samples']} of the {result['prompts'] * config.explore_samples} exploring ones took, once, a "
                    "plausible token the base would not" if config.explore_samples else "")
        own = f"{config.samples_per_prompt} of the base's own + {config.explore_samples} exploring" if config.explore_samples else f"{config.samples_per_prompt}"
        lines += [f"- Base samples for the value models: {result['samples']} ({result['prompts']} train prompts × {own}, at temperature "
                  f"{config.sample_temperature:g}{explored}); {result['distinct_responses']} distinct responses; "
                  f"{100 * result['verbatim_copies_of_training_responses']:.1f}% are verbatim copies of a training response.", ""]
    lines += ["## Each slider alone", "",
              "Mean raw reward at each weight (the others at 0); in brackets, the change from base sampling in base "
              "standard deviations. Weight 0 is plain base sampling.", "",
              "| value model | " + " | ".join(f"w = {w:g}" for w in weights) + " | monotonic |",
              "|---|" + "---|" * (len(weights) + 1)]
    for name in names:
        cells = []
        for w in weights:
            row = base if w == 0 else _row(summary, f"vas:{name}={w:g}")
            lift = row[f"{name}_norm_mean"] - base[f"{name}_norm_mean"]
            cells.append(f"{row[f'{name}_mean']:.3f} ({lift:+.2f} sd)")
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {'yes' if checks[name]['monotonic'] else 'NO'} |")
    if "helpfulness" in names:
        lines += _helpfulness_parts(config, generations, base_run)
    lines += ["", "## The price in fluency", "",
              "The base model's negative log-likelihood per token of the guided outputs (nats; lower is more base-like).", "",
              "| value model | " + " | ".join(f"w = {w:g}" for w in weights) + " |", "|---|" + "---|" * len(weights)]
    for name in names:
        cells = [_fmt(*(_row(summary, base_run if w == 0 else f"vas:{name}={w:g}")[["nll_per_token_mean", "nll_per_token_se"]]), 2)
                 for w in weights]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    composite = _row(summary, f"vas:{config.composite_mix}")
    lines += ["", f"## Composition: `{config.composite_mix}`", "",
              "| reward | base | VAS mix | change (base sd) |", "|---|---|---|---|"]
    for name in names:
        lines.append(f"| {name} | {_fmt(base[f'{name}_mean'], base[f'{name}_se'])} | {_fmt(composite[f'{name}_mean'], composite[f'{name}_se'])} "
                     f"| {composite[f'{name}_norm_mean'] - base[f'{name}_norm_mean']:+.2f} |")
    first, second = config.tradeoff
    lines += ["", f"## Trade-off: {first} against {second}", "",
              f"| mix | {first} | {second} | base NLL / token |", "|---|---|---|---|",
              f"| base | {_fmt(base[f'{first}_mean'], base[f'{first}_se'])} | {_fmt(base[f'{second}_mean'], base[f'{second}_se'])} "
              f"| {base['nll_per_token_mean']:.2f} |"]
    for run in groups["front"]:
        row = _row(summary, run)
        lines.append(f"| `{run[4:]}` | {_fmt(row[f'{first}_mean'], row[f'{first}_se'])} | {_fmt(row[f'{second}_mean'], row[f'{second}_se'])} "
                     f"| {row['nll_per_token_mean']:.2f} |")
    lines += ["", "## Against Best-of-N", "",
              f"The weighted objective of `{config.composite_mix}` (sum of weight × normalised reward), and decode time "
              "(Best-of-N's includes its N reward calls).", "",
              "| strategy | objective | seconds per response | tokens / s | base NLL / token |", "|---|---|---|---|---|"]
    for run in [base_run] + groups["composite"]:
        row = _row(summary, run)
        label = run.split(":")[0]
        lines.append(f"| {label} | {_fmt(row['objective_mean'], row['objective_se'], 2)} | {row['seconds'] / row['n']:.3f} "
                     f"| {row['tokens_per_second']:.0f} | {row['nll_per_token_mean']:.2f} |")
    lines += ["", "## Speed", "",
              f"Guided generation of {speed['tokens']} tokens with every value model of the bank, batch 1, two CPU cores: "
              f"median {speed['median_seconds']:.2f} s (slowest {speed['max_seconds']:.2f} s over {speed['runs']} prompts).", "",
              "```", bench_table, "```", "", "## Samples", ""]
    by_run = {}
    for record in generations:
        by_run.setdefault(record["run"], []).append(record)
    show = [base_run, f"vas:{config.composite_mix}"] + [f"vas:{n}={weights[-1]:g}" for n in names]
    for index in range(min(2, len(by_run.get(base_run, [])))):
        lines.append(f"**{by_run[base_run][index]['prompt']}**")
        lines.append("")
        for run in show:
            if run in by_run:
                text = by_run[run][index]["text"].replace("\n", " ").strip()
                lines.append(f"- `{run}`: {text}")
        lines.append("")
    return "\n".join(lines)
