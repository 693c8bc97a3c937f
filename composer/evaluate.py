"""``composer eval``: what each strategy and mix buys, on a prompt file, in one table.

For every run (``base``, ``vas:MIX``, ``bonN:MIX``) and every prompt x sample (sample ``j`` of
prompt ``i`` is drawn with its own seed, ``seed + j * prompts + i``, the same in every run: runs are
compared on common random numbers, and no two answers share one, so a share over prompts is a
mean of independent draws, not one draw of a common opening):

- per reward, the mean and standard error of the raw and normalised score,
- whether it answers the question: the MiniLM relevance of question and answer, the share of
  answers on topic (relevance >= ``ON_TOPIC_RELEVANCE``), the share still on topic with the question's own
  words masked out of the answer (``content_on_topic``: an answer that restates its question and then
  talks about something else passes the first and fails this one; of the demo corpus's labelled
  held-out answers, helpful ones pass it 60 % of the time, vague 12 %, evasive 6 %, off-topic 4 %), and, from a second, small pass over the
  first ``ONE_SEED_PROMPTS`` prompts all at seed ``seed`` (as a person meets them in the app), how
  many distinct texts the run gave (a base that ignores the question gives one text to all),
- whether it says each thing once: the share of answers with a sentence that restates an earlier
  one (``value_bank.builtin_rewards.repetition_scores``),
- the weighted objective ``sum_i w_i r~_i`` of the run's mix,
- the base model's negative log-likelihood per token of the outputs (the price paid in fluency),
- tokens per second, and value-model forwards per generated token.

Writes ``summary.csv``, ``generations.jsonl``, ``one_seed.jsonl`` (the one-seed pass) and
``report.html`` (plotly, self-contained).

>>> summary = evaluate(EvalConfig(bank="banks/demo", prompts="heldout.txt", runs=("base", "vas:helpfulness=4")))  # doctest: +SKIP
>>> summary[["run", "helpfulness_mean", "nll_per_token_mean"]]                                                  # doctest: +SKIP
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np
import pandas as pd
import torch

from composer.api_base import API_KEY_ENV, base_url_options
from composer.generation import Composer
from composer.mixes import Run, parse_run
from composer.seeded_sampling import MAX_SEED
from value_bank.builtin_rewards import relevance_and_content_scores, repetition_scores
from value_bank.files import atomic_write_text
from value_bank.locations import shipped_demo_bank
from value_bank.prompting import encode_prompts, left_pad
from value_bank.sampling import read_prompts


ON_TOPIC_RELEVANCE = 0.3  # MiniLM cosine of question and answer: the demo corpus's helpful answers 0.96 above it, off-topic 0.03
ONE_SEED_PROMPTS = 16  # the distinct-texts pass: enough prompts to tell "one text for all" from answers, at a small share of the cost


def sample_seed(seed: int, prompt_index: int, sample_index: int, prompts: int) -> int:
    """The seed of sample ``sample_index`` of prompt ``prompt_index``: distinct for every answer of a run, equal across runs."""
    return seed + sample_index * prompts + prompt_index


@dataclass(frozen=True)
class EvalConfig:
    prompts: str
    bank: str = ""  # empty: the shipped demo bank (value_bank/locations.py)
    runs: tuple[str, ...] = ("base",)
    samples_per_prompt: int = 1
    max_prompts: int = 0
    max_new_tokens: int = 64
    temperature: float = 1.0
    top_p: float = 1.0
    top_k: int = 20
    batch_size: int = 16
    seed: int = 0
    out: str = "runs/eval"
    device: str = "auto"
    dtype: str = "auto"
    trust_reward_code: bool = False
    base_url: str = ""  # an OpenAI-compatible endpoint serving the bank's base (composer/api_base.py)
    server: str = ""  # a vLLM server running the bank in its plugin (composer/vllm_plugin.py): generation runs there
    base_model: str = ""
    api: str = "completions"
    api_key_env: str = API_KEY_ENV

    def __post_init__(self):
        for name in ("samples_per_prompt", "max_new_tokens", "top_k", "batch_size"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1, got {getattr(self, name)}")
        if not self.runs:
            raise ValueError("give at least one run (base, vas:MIX, bonN:MIX)")
        for run in self.runs:
            parse_run(run)


def evaluate(config: EvalConfig, composer: Composer | None = None, progress: bool = True) -> pd.DataFrame:
    """Run every configured run over the prompts; write the CSV, JSONL and HTML report; return the summary."""
    from tqdm.auto import tqdm

    config = dataclasses.replace(config, bank=config.bank or str(shipped_demo_bank()))
    composer = composer or Composer(config.bank, config.device, config.dtype, trust_reward_code=config.trust_reward_code,
                                    **base_url_options(config))
    prompts = read_prompts(config.prompts)
    prompts = prompts[: config.max_prompts] if config.max_prompts else prompts
    runs = [parse_run(r) for r in config.runs]
    for run in runs:
        composer.weight_matrix(run.weights, 1)  # unknown names fail before any work
    if config.seed + config.samples_per_prompt * len(prompts) - 1 > MAX_SEED:
        raise ValueError(f"seed {config.seed} leaves too few seeds for {config.samples_per_prompt} samples of {len(prompts)} prompts "
                         f"(each answer gets its own; the largest is {MAX_SEED})")
    rows = [(i, j) for i in range(len(prompts)) for j in range(config.samples_per_prompt)]
    one_seed = list(range(min(ONE_SEED_PROMPTS, len(prompts))))
    composer.generate(prompts[:1], {}, max_new_tokens=2, score=True)  # warm-up: first-call costs are not any run's
    records, one_seed_records, summaries = [], [], []
    bar = tqdm(total=len(runs) * (len(rows) + len(one_seed)), desc="evaluating", unit="response", disable=not progress)
    for run in runs:
        run_records, seconds = [], 0.0
        for start in range(0, len(rows), config.batch_size):
            batch = rows[start : start + config.batch_size]
            results = composer.generate(
                [prompts[i] for i, _ in batch], run.weights, strategy=run.strategy, best_of=run.best_of,
                max_new_tokens=config.max_new_tokens, temperature=config.temperature, top_p=config.top_p,
                top_k=config.top_k, seed=[sample_seed(config.seed, i, j, len(prompts)) for i, j in batch],
            )
            seconds += results[0].timing["seconds"]
            nll = base_nll(composer, [r.prompt for r in results], [r.token_ids + ([composer.tokenizer.eos_token_id] if r.finished else []) for r in results])
            for (i, j), result, value in zip(batch, results, nll):
                run_records.append({"run": run.label, "prompt_index": i, "sample_index": j, "nll_per_token": float(value),
                                    **result.to_dict()})
            bar.update(len(batch))
        asked, answers = [r["prompt"] for r in run_records], [r["text"] for r in run_records]
        relevance, content = relevance_and_content_scores(asked, answers)
        repetition = repetition_scores(answers)
        for record, value, beyond, repeated in zip(run_records, relevance, content, repetition):
            record["relevance"], record["content_relevance"], record["repetition"] = float(value), float(beyond), float(repeated)
        texts = []
        for start in range(0, len(one_seed), config.batch_size):  # every prompt at one seed, as a person meets them in the app
            batch = one_seed[start : start + config.batch_size]
            results = composer.generate(
                [prompts[i] for i in batch], run.weights, strategy=run.strategy, best_of=run.best_of,
                max_new_tokens=config.max_new_tokens, temperature=config.temperature, top_p=config.top_p,
                top_k=config.top_k, seed=config.seed, score=False,
            )
            texts += [r.text for r in results]
            one_seed_records += [{"run": run.label, "prompt_index": i, "prompt": r.prompt, "seed": r.seed, "text": r.text}
                                 for i, r in zip(batch, results)]
            bar.update(len(batch))
        summaries.append(_summarise(run, run_records, composer.value_names, seconds) | {"distinct_texts": len(set(texts)), "prompts": len(texts)})
        records.extend(run_records)
    bar.close()
    summary = pd.DataFrame(summaries)
    out = Path(config.out)
    out.mkdir(parents=True, exist_ok=True)
    atomic_write_text(out / "summary.csv", summary.to_csv(index=False))
    atomic_write_text(out / "generations.jsonl", "".join(json.dumps(r, default=float) + "\n" for r in records))
    atomic_write_text(out / "one_seed.jsonl", "".join(json.dumps(r) + "\n" for r in one_seed_records))
    atomic_write_text(out / "report.html", report_html(summary, composer.value_names, title=f"VAS Composer eval: {config.bank}"))
    return summary


@torch.no_grad()
def base_nll(composer: Composer, prompts: Sequence[str], responses: Sequence[Sequence[int]]) -> np.ndarray:
    """Mean negative log-likelihood per response token under the base model (temperature 1)."""
    encoded = encode_prompts(composer.tokenizer, prompts, composer.context - max(1, max(len(r) for r in responses)))
    sequences = [p + list(r) for p, r in zip(encoded.ids, responses)]
    if composer.api is not None:  # the server's log-probabilities of the prompt it is sent back (echo)
        rows = composer.api.sequence_logprobs(sequences)
        return np.array([-float(np.mean(values[len(values) - len(r):])) if len(r) else 0.0 for values, r in zip(rows, responses)])
    ids, mask = left_pad(sequences, composer.tokenizer.pad_token_id, composer.device)
    logprobs = torch.log_softmax(composer.model(input_ids=ids, attention_mask=mask).logits.float(), dim=-1)  # (B, L, V)
    token_logprobs = logprobs[:, :-1].gather(-1, ids[:, 1:, None])[..., 0]  # (B, L-1): log p(x_{j+1} | x_<=j)
    out = np.zeros(len(sequences))
    for row, response in enumerate(responses):
        n = len(response)
        out[row] = float(-token_logprobs[row, ids.shape[1] - 1 - n :].mean()) if n else 0.0
    return out


def mean_se(values) -> tuple[float, float]:
    """The mean and its standard error (0 for a single value)."""
    values = np.asarray(values, dtype=np.float64)
    return float(values.mean()), float(values.std(ddof=1) / np.sqrt(len(values))) if len(values) > 1 else 0.0


def _summarise(run: Run, records: list[dict], names: Sequence[str], seconds: float) -> dict:
    row = {"run": run.label, "strategy": run.strategy, "best_of": run.best_of,
           "mix": ",".join(f"{k}={v:g}" for k, v in run.weights.items()), "n": len(records)}
    for name in names:
        row[f"{name}_mean"], row[f"{name}_se"] = mean_se([r["scores"][name] for r in records])
        row[f"{name}_norm_mean"], row[f"{name}_norm_se"] = mean_se([r["normalised_scores"][name] for r in records])
    row["objective_mean"], row["objective_se"] = mean_se([r["objective"] for r in records])
    row["relevance_mean"], row["relevance_se"] = mean_se([r["relevance"] for r in records])
    row["on_topic_mean"], row["on_topic_se"] = mean_se([float(r["relevance"] >= ON_TOPIC_RELEVANCE) for r in records])
    # on topic beyond restating the question: relevance with the question's words masked out of the answer
    row["content_on_topic_mean"], row["content_on_topic_se"] = mean_se([float(r["content_relevance"] >= ON_TOPIC_RELEVANCE) for r in records])
    row["repeats_mean"], row["repeats_se"] = mean_se([float(r["repetition"] > 0) for r in records])  # answers that restate
    row["nll_per_token_mean"], row["nll_per_token_se"] = mean_se([r["nll_per_token"] for r in records])
    tokens = sum(len(r["token_ids"]) + r["finished"] for r in records)
    row["tokens_per_second"] = tokens / max(seconds, 1e-9)
    row["seconds"] = seconds
    row["mean_new_tokens"] = tokens / len(records)
    row["value_forwards_per_token"] = float(np.mean([r["timing"]["value_forwards_per_token"] for r in records]))
    return row


def report_html(summary: pd.DataFrame, names: Sequence[str], title: str = "VAS Composer eval") -> str:
    """A self-contained plotly report: normalised rewards, objective, fluency and speed per run."""
    import plotly.graph_objects as go
    from plotly.subplots import make_subplots

    panels = [(f"{n} (normalised)", f"{n}_norm") for n in names] + [("objective", "objective"), ("base NLL / token", "nll_per_token")]
    cols = 3
    fig = make_subplots(rows=(len(panels) + 1 + cols - 1) // cols, cols=cols, subplot_titles=[p[0] for p in panels] + ["tokens / second"])
    for index, (label, key) in enumerate(panels):
        fig.add_trace(go.Bar(x=summary["run"], y=summary[f"{key}_mean"], error_y={"type": "data", "array": summary[f"{key}_se"]},
                             name=label, showlegend=False), row=index // cols + 1, col=index % cols + 1)
    index = len(panels)
    fig.add_trace(go.Bar(x=summary["run"], y=summary["tokens_per_second"], name="tokens/s", showlegend=False),
                  row=index // cols + 1, col=index % cols + 1)
    fig.update_layout(title=title, height=360 * ((len(panels) + cols) // cols), template="plotly_white")
    table = summary.round(4).to_html(index=False, border=0)
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"{fig.to_html(full_html=False, include_plotlyjs=True)}<h2>Summary</h2>{table}</body></html>")
