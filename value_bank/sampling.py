"""Sample responses from the frozen base model and store what training needs.

For each prompt, ``num_samples`` responses from the base model (temperature, top-p, max new
tokens, seed). Per response we keep the prompt and response token ids and, per response token, the
base model's top-k token ids and log-probabilities (of the sampling distribution: temperature
applied, before top-p), so training never has to run the base model again; and each reward's raw
score in a column ``reward/NAME``.

Exploration (``explore_samples``): a value model is trained only on the tokens that samples took, but the decode rule
asks it about every candidate the base finds plausible, and where the base is nearly sure (copying the question's
subject into "To fix a leaking tap, ...") its samples almost never show the other candidates: their values are
guesses, and at a high weight a guess outvotes the base ("To learn to juggle three bother"). So each prompt can get
``explore_samples`` more responses that each, once, take a token the base would not: at each step where more than one
candidate is plausible (top-k, probability at least ``PLAUSIBLE_RATIO`` times the top token's: the decode rule's own
candidates, composer/guidance.py), with probability ``EXPLORE_RATE`` until it has happened, the token is drawn
uniformly from the plausible candidates other than the most likely one; the rest of the response is the base's. The
column ``explored_step`` says where (-1: no token was forced; an exploring response that found no step keeps -1 and
training leaves it out). Training (value_bank/train.py) learns from such a response only from that step on, where it
is a sample of ``Q(s, a)`` under the base policy; rewards are normalised, and models validated, on the base's own
samples only. The explorer draws from the same random stream as sampling, so with exploring responses the base's
own responses differ from a run without them at the same seed (each is still a sample of the base).

The output is a folder of parquet parts, one per chunk of prompts, each written atomically, plus
``meta.json`` with the settings. Chunk ``c`` is sampled with seed ``(seed, c)``, so an interrupted
run resumes where it stopped and gives the same data as an uninterrupted one.

>>> import tempfile
>>> from value_bank.locations import shipped_demo_bank
>>> folder = Path(tempfile.mkdtemp())
>>> _ = (folder / "prompts.txt").write_text("How do I boil an egg?\\n")
>>> config = SamplingConfig(base=str(shipped_demo_bank() / "base"), prompts=str(folder / "prompts.txt"), out=str(folder / "samples"),
...                         num_samples=2, max_new_tokens=8, rewards=("concision",), device="cpu")
>>> frame = read_samples(sample(config, progress=False))
>>> frame.columns[:4].tolist(), len(frame), "reward/concision" in frame
(['prompt_index', 'sample_index', 'prompt', 'response'], 2, True)
"""

from __future__ import annotations

import io
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np
import pandas as pd
import torch
from transformers import LogitsProcessor, LogitsProcessorList

from value_bank.bank import tokenizer_fingerprint
from value_bank.config_io import config_from_dict, config_to_dict
from value_bank.files import atomic_write_bytes, atomic_write_text
from value_bank.prompting import encode_prompts, left_pad
from value_bank.rewards import Reward, load_reward, parse_reward_arg
from value_bank.runtime import context_length, load_causal_lm, load_tokenizer

META_FILE = "meta.json"
EXPLORED_STEP = "explored_step"
# The decode rule's plausibility floor (composer/guidance.py PLAUSIBLE_RATIO; value_bank does not import composer,
# tests/test_dependencies.py checks that the two agree) and how often a hesitant step of an exploring response explores.
PLAUSIBLE_RATIO = 0.05
EXPLORE_RATE = 0.125
REWARD_PREFIX = "reward/"
ENGINES = ("transformers", "vllm")


@dataclass(frozen=True)
class SamplingConfig:
    """Settings of one sampling run (all of them recorded in ``meta.json``)."""

    base: str
    prompts: str
    out: str
    num_samples: int = 4
    max_new_tokens: int = 64
    temperature: float = 1.0
    top_p: float = 1.0
    top_k_logprobs: int = 20
    batch_size: int = 32
    chunk_size: int = 64
    seed: int = 0
    rewards: tuple[str, ...] = ()
    device: str = "auto"
    dtype: str = "auto"
    engine: str = "transformers"  # or "vllm": vLLM's offline engine (value_bank/vllm_sampling.py), the same files
    explore_samples: int = 0  # more responses per prompt, each taking one plausible token the base would not (see above)

    def __post_init__(self):
        if self.engine not in ENGINES:
            raise ValueError(f"engine {self.engine!r} is not one of {', '.join(ENGINES)}")
        for name in ("num_samples", "max_new_tokens", "top_k_logprobs", "batch_size", "chunk_size"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1, got {getattr(self, name)}")
        if self.explore_samples < 0:
            raise ValueError(f"explore_samples must be 0 or more, got {self.explore_samples}")
        if self.explore_samples and self.engine != "transformers":
            raise ValueError("explore_samples needs --engine transformers (the vLLM engine samples ordinary responses only)")
        if not self.temperature > 0:
            raise ValueError(f"temperature must be > 0, got {self.temperature}")
        if not 0 < self.top_p <= 1:
            raise ValueError(f"top_p must be in (0, 1], got {self.top_p}")


def read_prompts(path: str | Path) -> list[str]:
    """Prompts from a ``.txt`` file (one per line) or a ``.jsonl`` file (a ``prompt`` field per line)."""
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"prompt file {path} does not exist")
    lines = [line for line in path.read_text().splitlines() if line.strip()]
    if path.suffix == ".jsonl":
        prompts = []
        for number, line in enumerate(lines, 1):
            record = json.loads(line)
            if not isinstance(record, dict) or not isinstance(record.get("prompt"), str):
                raise ValueError(f"{path}:{number}: each line must be a JSON object with a string 'prompt'")
            prompts.append(record["prompt"])
    else:
        prompts = lines
    if not prompts:
        raise ValueError(f"prompt file {path} has no prompts")
    return prompts


class TopKRecorder(LogitsProcessor):
    """Records the top-k log-probabilities of each step's sampling distribution; changes nothing."""

    def __init__(self, k: int, temperature: float):
        self.k, self.temperature, self.steps = k, temperature, []

    def __call__(self, input_ids: torch.Tensor, scores: torch.Tensor) -> torch.Tensor:
        logprobs = torch.log_softmax(scores.float() / self.temperature, dim=-1)  # (B, V)
        top = logprobs.topk(self.k, dim=-1)
        self.steps.append((top.indices.cpu(), top.values.cpu()))
        return scores


class Explorer(LogitsProcessor):
    """Makes the exploring rows take, once, a plausible token other than the most likely one (module docstring)."""

    def __init__(self, exploring: torch.Tensor, top_k: int):
        self.pending, self.top_k = exploring.clone(), top_k  # (B,) rows that have yet to explore
        self.explored_step = torch.full(exploring.shape, -1, dtype=torch.long)
        self.step = 0

    def __call__(self, input_ids: torch.Tensor, scores: torch.Tensor) -> torch.Tensor:
        step, self.step = self.step, self.step + 1
        if not self.pending.any():
            return scores
        top = scores.float().topk(min(self.top_k, scores.shape[-1]), dim=-1)
        others = top.values[:, 1:] >= top.values[:, :1] + math.log(PLAUSIBLE_RATIO)  # (B, k-1) plausible, not the top
        pending = self.pending.to(scores.device)
        now = pending & others.any(-1) & (torch.rand(scores.shape[0], device=scores.device) < EXPLORE_RATE)
        if not now.any():
            return scores
        pick = torch.multinomial(others.float().clamp(min=1e-12), 1)[:, 0] + 1  # uniform among the plausible others
        forced = top.indices.gather(1, pick[:, None])[:, 0]  # (B,)
        scores = scores.clone()
        rows = now.nonzero()[:, 0]
        scores[rows] = -math.inf
        scores[rows, forced[rows]] = 0.0
        self.pending &= ~now.cpu()
        self.explored_step[now.cpu()] = step
        return scores


def sample(config: SamplingConfig, progress: bool = True) -> Path:
    """Run (or resume) sampling; returns the output folder."""
    from tqdm.auto import tqdm

    out = Path(config.out)
    prompts = read_prompts(config.prompts)
    named_rewards = [parse_reward_arg(arg) for arg in config.rewards]
    if config.engine == "vllm":
        from value_bank.vllm_sampling import check_vllm_settings

        check_vllm_settings(config)
        from transformers import AutoConfig

        model, tokenizer = None, load_tokenizer(config.base)  # vLLM loads the weights, in its own process
        context = context_length(AutoConfig.from_pretrained(config.base))
    else:
        model, tokenizer = load_causal_lm(config.base, config.device, config.dtype)
        context = context_length(model.config)
    meta = {"config": config_to_dict(config), "tokenizer_fingerprint": tokenizer_fingerprint(tokenizer),
            "rewards": {name: spec for name, spec in named_rewards}, "num_prompts": len(prompts)}
    _check_resume(out, meta)
    # Everything that can refuse these settings runs before meta.json is written: a run that stops on a bad
    # reward or length must not leave a folder whose recorded settings then refuse the corrected rerun.
    max_prompt = context - config.max_new_tokens
    if max_prompt < 1:
        raise ValueError(f"max_new_tokens {config.max_new_tokens} leaves no room for a prompt: the base's context is "
                         f"{context} tokens; choose max_new_tokens below {context}")
    rewards = [load_reward(spec, name) for name, spec in named_rewards]
    out.mkdir(parents=True, exist_ok=True)
    atomic_write_text(out / META_FILE, json.dumps(meta, indent=2) + "\n")
    chunks = range(0, len(prompts), config.chunk_size)
    if config.engine == "vllm":  # one vLLM engine samples every chunk still missing, then each is scored here
        from value_bank.vllm_sampling import raw_chunk_path, sample_chunks_with_vllm

        missing = {c: (start, prompts[start : start + config.chunk_size]) for c, start in enumerate(chunks)
                   if not (out / f"part-{c:05d}.parquet").exists()}
        sample_chunks_with_vllm(config, {c: (start, chunk, encode_prompts(tokenizer, chunk, max_prompt).ids)
                                         for c, (start, chunk) in missing.items()}, out)
    bar = tqdm(total=len(prompts), desc="sampling" if config.engine == "transformers" else "scoring", unit="prompt", disable=not progress)
    for chunk_index, start in enumerate(chunks):
        part = out / f"part-{chunk_index:05d}.parquet"
        chunk = prompts[start : start + config.chunk_size]
        if not part.exists():
            if config.engine == "vllm":
                raw = raw_chunk_path(out, chunk_index)
                frame = _frame_from_vllm(json.loads(raw.read_text()), tokenizer)
            else:
                torch.manual_seed(config.seed * 1_000_003 + chunk_index)
                frame = _sample_chunk(model, tokenizer, chunk, start, config, max_prompt)
            frame = _add_scores(frame, rewards)
            _write_parquet(frame, part)
            if config.engine == "vllm":
                raw.unlink()
        bar.update(len(chunk))
    bar.close()
    return out


def _frame_from_vllm(records: list[dict], tokenizer) -> pd.DataFrame:
    """The vLLM worker's records in the transformers path's columns and types (value_bank/vllm_sampling.py)."""
    rows = []
    for record in records:
        ids = record["response_ids"]
        rows.append({"prompt_index": record["prompt_index"], "sample_index": record["sample_index"], "prompt": record["prompt"],
                     "response": tokenizer.decode(ids, skip_special_tokens=True), "prompt_ids": record["prompt_ids"],
                     "response_ids": ids, "topk_ids": record["topk_ids"],
                     "topk_logprobs": np.asarray(record["topk_logprobs"], dtype=np.float32).reshape(len(ids), -1).tolist(),
                     "finished": record["finished"], EXPLORED_STEP: -1})
    return pd.DataFrame.from_records(rows)


def _check_resume(out: Path, meta: dict) -> None:
    if not (out / META_FILE).exists():
        return
    old = json.loads((out / META_FILE).read_text())
    defaults = config_to_dict(SamplingConfig(base="", prompts="", out=""))  # a setting added since: its default then
    changed = sorted(k for k in meta["config"] if k not in ("device", "out")
                     and old.get("config", {}).get(k, defaults.get(k)) != meta["config"][k])
    if changed or old.get("tokenizer_fingerprint") != meta["tokenizer_fingerprint"]:
        raise ValueError(
            f"{out} holds samples made with other settings ({', '.join(changed) or 'tokenizer'} differ); "
            "resume with the same settings, or choose a new --out folder"
        )


@torch.no_grad()
def _sample_chunk(model, tokenizer, prompts: Sequence[str], offset: int, config: SamplingConfig, max_prompt: int) -> pd.DataFrame:
    encoded = encode_prompts(tokenizer, prompts, max_prompt)
    rows = [(i, s) for i in range(len(prompts)) for s in range(config.num_samples + config.explore_samples)]
    records = []
    for start in range(0, len(rows), config.batch_size):
        batch = rows[start : start + config.batch_size]
        input_ids, attention_mask = left_pad([encoded.ids[i] for i, _ in batch], tokenizer.pad_token_id, model.device)
        recorder = TopKRecorder(config.top_k_logprobs, config.temperature)
        # the recorder sees the base's own distribution; the explorer (after it) may then force a token
        explorer = Explorer(torch.tensor([s >= config.num_samples for _, s in batch]), config.top_k_logprobs)
        sequences = model.generate(
            input_ids=input_ids, attention_mask=attention_mask, do_sample=True, temperature=config.temperature,
            top_p=config.top_p, top_k=0, max_new_tokens=config.max_new_tokens, pad_token_id=tokenizer.pad_token_id,
            eos_token_id=tokenizer.eos_token_id, logits_processor=LogitsProcessorList([recorder, explorer] if config.explore_samples else [recorder]),
        )
        generated = sequences[:, input_ids.shape[1]:].cpu()  # (B, T)
        top_ids = torch.stack([ids for ids, _ in recorder.steps], 1)  # (B, T, k)
        top_logprobs = torch.stack([lp for _, lp in recorder.steps], 1)  # (B, T, k)
        for row, (i, s) in enumerate(batch):
            ids = generated[row].tolist()
            length = ids.index(tokenizer.eos_token_id) + 1 if tokenizer.eos_token_id in ids else len(ids)
            records.append({
                "prompt_index": offset + i, "sample_index": s, "prompt": prompts[i],
                "response": tokenizer.decode(ids[:length], skip_special_tokens=True),
                "prompt_ids": encoded.ids[i], "response_ids": ids[:length],
                "topk_ids": top_ids[row, :length].tolist(),
                "topk_logprobs": top_logprobs[row, :length].numpy().astype(np.float32).tolist(),
                "finished": ids[length - 1] == tokenizer.eos_token_id,
                EXPLORED_STEP: int(explorer.explored_step[row]) if int(explorer.explored_step[row]) < length else -1,
            })
    return pd.DataFrame.from_records(records)


def _add_scores(frame: pd.DataFrame, rewards: Sequence[Reward]) -> pd.DataFrame:
    for reward in rewards:
        frame[REWARD_PREFIX + reward.name] = reward.score(frame["prompt"].tolist(), frame["response"].tolist())
    return frame


def _write_parquet(frame: pd.DataFrame, path: Path) -> None:
    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False)
    atomic_write_bytes(path, buffer.getvalue())


def read_samples(out: str | Path) -> pd.DataFrame:
    """All parts of a sampling folder as one frame, in prompt order."""
    out = Path(out)
    parts = sorted(out.glob("part-*.parquet"))
    if not parts:
        raise FileNotFoundError(f"no samples in {out} (expected part-*.parquet files from `python -m value_bank sample`)")
    return pd.concat([pd.read_parquet(p) for p in parts], ignore_index=True)


def read_meta(out: str | Path) -> dict:
    path = Path(out) / META_FILE
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing; is {out} a folder written by `python -m value_bank sample`?")
    return json.loads(path.read_text())


def sampling_config(out: str | Path) -> SamplingConfig:
    return config_from_dict(SamplingConfig, read_meta(out)["config"], where=str(Path(out) / META_FILE))


def score_samples(out: str | Path, reward_args: Sequence[str], progress: bool = True) -> list[str]:
    """Add (or refresh) ``reward/NAME`` columns in every part, atomically per part; returns the names."""
    from tqdm.auto import tqdm

    out = Path(out)
    named = [parse_reward_arg(arg) for arg in reward_args]
    rewards = [load_reward(spec, name) for name, spec in named]
    for part in tqdm(sorted(out.glob("part-*.parquet")), desc="scoring", disable=not progress):
        _write_parquet(_add_scores(pd.read_parquet(part), rewards), part)
    meta = read_meta(out)
    meta["rewards"].update({name: spec for name, spec in named})
    atomic_write_text(out / META_FILE, json.dumps(meta, indent=2) + "\n")
    return [name for name, _ in named]
