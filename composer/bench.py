"""``composer bench``: decode time of each strategy relative to plain base sampling, in one run.

For batch sizes 1 and 8, the median wall time of generating ``max_new_tokens`` tokens with:

- ``base``: plain sampling (the reference, ratio 1.0),
- ``vas q x1`` and ``vas q x3``: one and three value models with the vocabulary (``q``) head,
- ``vas v x1 (k=20)``: one value model with the scalar (``v``) head, k candidates per step,
- ``bon4`` and ``bon16``: Best-of-N (N base samples; reward scoring included),

plus peak memory over each configuration (measured on the warm-up run). With ``--base-url`` (an
endpoint serving the bank's base model, e.g. ``vllm serve``) the same rounds also time the API-only
base: ``api base`` (the server samples, one request), ``api vas, no values`` (one request per row
per token, sampling from the returned top-k) and ``api vas q x1`` / ``q x3`` (the value models
local), all as ratios to the in-process base of the same run. Configurations are timed
round-robin, ``repeats`` times each, and the median is reported. Speed does not depend on trained weights, so the value
models are fresh LoRA adapters (random heads) on the bank's own value backbone (or, with
``--synthetic`` or without a bank, random models of the demo's sizes); the table reports both sizes.
Every configuration generates exactly ``max_new_tokens`` tokens (end-of-sequence is ignored),
so the ratios compare equal work.

>>> table = bench(BenchConfig(bank="banks/demo", repeats=3))   # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import statistics
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import torch

from composer.api_base import API_KEY_ENV, base_url_options
from composer.generation import Composer
from value_bank.bank import ValueBank
from value_bank.locations import shipped_demo_bank
from value_bank.runtime import resolve_device
from value_bank.scratch import count_parameters, new_causal_lm, train_tokenizer
from value_bank.value_model import ValueModel, ValueModelConfig

PROMPTS = ["How do I keep basil alive on a windowsill?", "What is a good way to start running?",
           "Can you explain how to budget for a trip?", "Any tips for learning chess openings?",
           "How should I clean a cast iron pan?", "What's the best way to revise for an exam?",
           "How do I fix a squeaky door?", "How do I back up my phone?"]

# The synthetic bench's random models have the demo bank's sizes: vas_demo/build.py's DemoConfig defaults, copied
# here because composer does not import the demo build (tests/test_dependencies.py checks that they still agree).
DEMO_VOCAB_SIZE = 4096
DEMO_CONTEXT = 256
DEMO_BASE = {"hidden_size": 256, "layers": 3, "heads": 4}
DEMO_BACKBONE = {"hidden_size": 128, "layers": 3, "heads": 2}


@dataclass(frozen=True)
class BenchConfig:
    bank: str = ""  # empty: the shipped demo bank (value_bank/locations.py)
    synthetic: bool = False
    batch_sizes: tuple[int, ...] = (1, 8)
    max_new_tokens: int = 64
    top_k: int = 20
    repeats: int = 5
    device: str = "auto"
    dtype: str = "auto"
    base_url: str = ""  # also time the API-only base (composer/api_base.py): one request per row per token
    base_model: str = ""
    api: str = "completions"
    api_key_env: str = API_KEY_ENV


def bench(config: BenchConfig, progress: bool = True) -> dict:
    """Time every configuration; return ``{"meta": ..., "rows": [...]}`` with ratios to base."""
    config = dataclasses.replace(config, bank=config.bank or str(shipped_demo_bank()))
    with tempfile.TemporaryDirectory() as tmp:
        bank, meta = _bench_bank(config, Path(tmp))
        composer = Composer(bank, config.device, config.dtype, trust_reward_code=False)
        meta.update(device=str(composer.device), dtype=str(composer.dtype).replace("torch.", ""),
                    threads=torch.get_num_threads(), max_new_tokens=config.max_new_tokens, top_k=config.top_k)
        cases = [("base", "base", {}, 1, composer), ("vas q x1", "vas", {"q0": 1.0}, 1, composer),
                 ("vas q x3", "vas", {"q0": 1.0, "q1": 1.0, "q2": 1.0}, 1, composer),
                 (f"vas v x1 (k={config.top_k})", "vas", {"v0": 1.0}, 1, composer),
                 ("bon4", "bon", {"q0": 1.0}, 4, composer), ("bon16", "bon", {"q0": 1.0}, 16, composer)]
        if config.base_url:  # the same work with the base behind the endpoint, timed in the same rounds
            remote = Composer(bank, config.device, config.dtype, trust_reward_code=False, **base_url_options(config))
            meta.update(base_url=remote.api.url, base_model=config.base_model)
            cases += [("api base", "base", {}, 1, remote), ("api vas, no values", "vas", {}, 1, remote),
                      ("api vas q x1", "vas", {"q0": 1.0}, 1, remote), ("api vas q x3", "vas", {"q0": 1.0, "q1": 1.0, "q2": 1.0}, 1, remote)]
        rows = []
        for batch in config.batch_sizes:
            prompts = (PROMPTS * ((batch + len(PROMPTS) - 1) // len(PROMPTS)))[:batch]
            times = {label: [] for label, *_ in cases}
            peaks, forwards = {}, {}
            for label, strategy, weights, best_of, who in cases:  # warm-up: first-call allocations are not decode time
                with _peak_memory(composer.device) as peak:
                    forwards[label] = _generate_exactly(who, prompts, weights, strategy, best_of, config)
                peaks[label] = peak
            for _ in range(config.repeats):  # round-robin, so drift in machine speed hits every config alike
                for label, strategy, weights, best_of, who in cases:
                    start = time.perf_counter()
                    _generate_exactly(who, prompts, weights, strategy, best_of, config)
                    times[label].append(time.perf_counter() - start)
            base_time = statistics.median(times["base"])
            for label, *_ in cases:
                seconds = statistics.median(times[label])
                rows.append({"config": label, "batch": batch, "seconds": seconds, "ratio_to_base": seconds / base_time,
                             "ms_per_token": 1000 * seconds / config.max_new_tokens, "value_forwards_per_token": forwards[label],
                             "peak_memory_mb": peaks[label]["mb"]})
                if progress:
                    print(f"  {label:<18} batch {batch}: {seconds * 1000:8.1f} ms  ({seconds / base_time:.2f}x base)", flush=True)
    return {"meta": meta, "rows": rows}


def _generate_exactly(composer: Composer, prompts, weights, strategy, best_of, config: BenchConfig) -> float:
    """One generation of exactly max_new_tokens tokens; returns value forwards per token."""
    results = composer.generate(prompts, weights, strategy=strategy, best_of=best_of, max_new_tokens=config.max_new_tokens,
                                min_new_tokens=config.max_new_tokens, top_k=config.top_k, seed=0, score=strategy == "bon")
    return results[0].timing["value_forwards_per_token"]


@contextlib.contextmanager
def _peak_memory(device: torch.device):
    """Peak memory above the starting point: CUDA allocator stats, or sampled RSS on the CPU."""
    box = {"mb": 0.0}
    if device.type == "cuda":
        torch.cuda.synchronize()
        torch.cuda.reset_peak_memory_stats()
        start = torch.cuda.memory_allocated()
        yield box
        torch.cuda.synchronize()
        box["mb"] = (torch.cuda.max_memory_allocated() - start) / 2**20
        return
    stop, start, peak = threading.Event(), _rss(), [0]

    def sample():
        while not stop.is_set():
            peak[0] = max(peak[0], _rss())
            time.sleep(0.002)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    try:
        yield box
    finally:
        stop.set()
        thread.join()
        box["mb"] = max(0, max(peak[0], _rss()) - start) / 2**20


def _rss() -> int:
    with open(f"/proc/{os.getpid()}/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _bench_bank(config: BenchConfig, tmp: Path) -> tuple[ValueBank, dict]:
    """A throwaway bank: the real base and backbone (or random ones) with 3 q and 1 v LoRA value models."""
    from transformers import AutoModel, AutoTokenizer

    if config.synthetic or not Path(config.bank, "manifest.json").exists():
        tokenizer = _demo_sized_tokenizer()  # the demo's sizes, with random weights
        base = new_causal_lm(tokenizer, "llama", **DEMO_BASE, context=DEMO_CONTEXT)
        backbone = new_causal_lm(tokenizer, "llama", **DEMO_BACKBONE, context=DEMO_CONTEXT, seed=1)
        base_path, backbone_path = tmp / "base", tmp / "backbone"
        for model, path in ((base, base_path), (backbone, backbone_path)):
            model.save_pretrained(path)
            tokenizer.save_pretrained(path)
        source = "synthetic (random Llama models)"
    else:
        source_bank = ValueBank.open(config.bank)
        base_path = Path(source_bank.base)
        backbones = {source_bank.entry(n)["backbone"] for n in source_bank.names}
        if not backbones:
            raise ValueError(f"bank {config.bank} has no value models, so no value backbone to time; use --synthetic")
        from value_bank.value_model import resolve_backbone_path

        backbone_path = Path(resolve_backbone_path(sorted(backbones)[0], source_bank.root))
        tokenizer = AutoTokenizer.from_pretrained(base_path)
        source = f"bank {config.bank}"
    bank = ValueBank.create(tmp / "bank", str(base_path), tokenizer)
    torch.manual_seed(0)
    for name, head in (("q0", "q"), ("q1", "q"), ("q2", "q"), ("v0", "v")):
        model = ValueModel.create(ValueModelConfig(str(backbone_path), head, "lora", lora_rank=8))
        with torch.no_grad():
            model.head.proj.weight.normal_(0, 0.1)
        bank.add(name, model, {"reward": "concision", "mu": 0.5, "sigma": 0.2})
    from transformers import AutoModelForCausalLM

    base_params = count_parameters(AutoModelForCausalLM.from_pretrained(str(base_path), use_safetensors=True))
    backbone_params = count_parameters(AutoModel.from_pretrained(str(backbone_path), use_safetensors=True))
    return bank, {"source": source, "base_parameters": base_params, "value_backbone_parameters": backbone_params,
                  "backbone_to_base": backbone_params / base_params, "device_requested": str(resolve_device(config.device))}


def _demo_sized_tokenizer():
    """The shipped demo bank's tokenizer when it is there, else a byte-level BPE trained on the bench's prompts and
    filled up with unused tokens: either way ``DEMO_VOCAB_SIZE`` tokens, so the random models have the demo's sizes."""
    from transformers import AutoTokenizer

    shipped = shipped_demo_bank() / "base"
    if (shipped / "tokenizer.json").is_file():
        tokenizer = AutoTokenizer.from_pretrained(shipped)
    else:
        tokenizer = train_tokenizer(PROMPTS * 4, vocab_size=DEMO_VOCAB_SIZE)
        tokenizer.add_tokens([f"<|unused{i}|>" for i in range(DEMO_VOCAB_SIZE - len(tokenizer))])
    tokenizer.padding_side = "left"
    if len(tokenizer) != DEMO_VOCAB_SIZE:
        raise ValueError(f"the synthetic bench needs a tokenizer of {DEMO_VOCAB_SIZE} tokens, {shipped}'s has {len(tokenizer)}")
    return tokenizer


def format_table(result: dict) -> str:
    meta = result["meta"]
    lines = [f"VAS Composer bench: {meta['source']}; base {meta['base_parameters'] / 1e6:.2f} M parameters, value backbone "
             f"{meta['value_backbone_parameters'] / 1e6:.2f} M ({meta['backbone_to_base']:.0%} of base); {meta['device']} "
             f"{meta['dtype']}, {meta['threads']} threads; {meta['max_new_tokens']} new tokens, top-k {meta['top_k']}",
             f"{'config':<18} {'batch':>5} {'ms':>9} {'x base':>7} {'ms/token':>9} {'value fwd/token':>16} {'peak MB':>8}"]
    for row in result["rows"]:
        lines.append(f"{row['config']:<18} {row['batch']:>5} {row['seconds'] * 1000:>9.1f} {row['ratio_to_base']:>7.2f} "
                     f"{row['ms_per_token']:>9.2f} {row['value_forwards_per_token']:>16.2f} {row['peak_memory_mb']:>8.1f}")
    return "\n".join(lines)
