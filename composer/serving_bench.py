"""``composer serve-bench``: many users at once: the vLLM plugin, plain vLLM and the in-process composer, in one run.

At each concurrency level ``c`` (1, 8, 32 by default), ``c`` clients each send requests back to
back until ``requests`` have been answered; every request asks for exactly ``max_new_tokens``
tokens (``min_tokens`` = ``max_tokens``, so speed is not confounded by length) with a mix taken in
turn from ``MIXES`` (plain vLLM gets the same requests without the mix). Reported per back end and
level: throughput (generated tokens per second of wall time) and p50 / p95 request latency, and
the ratios the serving issue asks for (plugin over plain vLLM, plugin over in process).

- ``plugin``: ``--server URL``, a ``vllm serve`` with ``composer.vllm_plugin:ValueGuidanceProcessor``;
- ``plain``: ``--plain-server URL``, the same base on vLLM without the plugin (optional);
- ``in-process``: ``Composer(bank)`` in this process, one generation at a time, as the app without
  ``--server`` serves its users (skipped with ``--no-in-process``).

The back ends take turns within each level, ``rounds`` times (in a rotated order each round), so
the machine's drift hits all of them alike: on a shared two-core VM one back end's throughput moved
4x between runs minutes apart, which one turn each cannot tell from a real difference. Per back end
the report pools every round (tokens over seconds, percentiles over all requests); each ratio is the
median of the rounds' own ratios, each taken between turns minutes apart at most, with its range.

>>> result = serve_bench(ServeBenchConfig(server="http://127.0.0.1:8000/v1", plain_server="http://127.0.0.1:8001/v1"))  # doctest: +SKIP
>>> print(format_serve_table(result))                                                                                # doctest: +SKIP
"""

from __future__ import annotations

import statistics
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass

import numpy as np

MIXES = ["helpfulness=4,harmlessness=1", "positivity=8", "concision=8", "helpfulness=6,harmlessness=6,positivity=6",
         "harmlessness=4", "helpfulness=2,concision=-2"]
PROMPTS = ["How do I fix a leaking tap?", "What is a simple way to cook rice so it does not stick?",
           "How can I get my cat to stop scratching the couch?", "Any tips for learning chess openings?",
           "How do I keep basil alive on a windowsill?", "What should I pack for a weekend hike?"]


@dataclass(frozen=True)
class ServeBenchConfig:
    server: str  # the plugin's vLLM server, e.g. http://127.0.0.1:8000/v1
    plain_server: str = ""  # the same base on vLLM without the plugin
    bank: str = ""  # empty: the shipped demo bank
    model: str = ""  # the served model name (default: the only one the server lists)
    concurrency: tuple[int, ...] = (1, 8, 32)
    requests: int = 0  # per level, round and back end; 0: 2 x the level, at least 8
    rounds: int = 1  # turns of every back end at each level
    max_new_tokens: int = 64
    top_k: int = 20
    in_process: bool = True
    device: str = "cpu"
    dtype: str = "float32"

    def __post_init__(self):
        if not self.concurrency or any(c < 1 for c in self.concurrency):
            raise ValueError(f"concurrency levels must be positive, got {self.concurrency}")
        if self.rounds < 1:
            raise ValueError(f"rounds must be at least 1, got {self.rounds}")
        for name in ("requests", "max_new_tokens", "top_k"):
            if getattr(self, name) < (0 if name == "requests" else 1):
                raise ValueError(f"{name} must be {'0 or more' if name == 'requests' else 'at least 1'}, got {getattr(self, name)}")


def _served_model(client, url: str) -> str:
    models = [m["id"] for m in client.get(f"{url}/models").json().get("data", [])]
    if len(models) != 1:
        raise ValueError(f"the server at {url} serves {models}; name one with --model")
    return models[0]


def _http_backend(client, url: str, model: str, ids_of, steer: bool, config: ServeBenchConfig):
    def send(index: int) -> int:
        body = {"model": model, "prompt": ids_of(index), "max_tokens": config.max_new_tokens, "min_tokens": config.max_new_tokens,
                "temperature": 1.0, "seed": index, "return_tokens_as_token_ids": True, "logprobs": 0}
        if steer:
            body["vllm_xargs"] = {"value_weights": MIXES[index % len(MIXES)], "value_top_k": config.top_k}
        response = client.post(f"{url}/completions", json=body)
        response.raise_for_status()
        return len(response.json()["choices"][0]["logprobs"]["tokens"])
    return send


def _run_level(send, concurrency: int, requests: int) -> dict:
    """One turn of one back end: ``concurrency`` clients send ``requests`` in all; its tokens, seconds and latencies."""
    latencies, tokens = [], []
    lock, counter = threading.Lock(), iter(range(requests))

    def client() -> None:
        while True:
            with lock:
                index = next(counter, None)
            if index is None:
                return
            start = time.perf_counter()
            tokens.append(send(index))
            latencies.append(time.perf_counter() - start)

    start = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        for future in [pool.submit(client) for _ in range(concurrency)]:
            future.result()
    return {"tokens": tokens, "latencies": latencies, "seconds": time.perf_counter() - start}


def _summary(turns: list[dict]) -> dict:
    """A back end's turns at one level, pooled."""
    tokens = [t for turn in turns for t in turn["tokens"]]
    latencies = [t for turn in turns for t in turn["latencies"]]
    seconds = sum(turn["seconds"] for turn in turns)
    return {"requests": len(tokens), "tokens": int(sum(tokens)), "seconds": seconds, "tokens_per_second": sum(tokens) / seconds,
            "p50_latency_s": float(np.percentile(latencies, 50)), "p95_latency_s": float(np.percentile(latencies, 95)),
            "mean_tokens": statistics.mean(tokens), "rounds_tokens_per_second": [_throughput(turn) for turn in turns]}


def _throughput(turn: dict) -> float:
    return sum(turn["tokens"]) / turn["seconds"]


RATIOS = {"plugin / plain": ("plugin", "plain vLLM"), "plugin / in-process": ("plugin", "in-process")}


def run_levels(backends: dict, concurrency: tuple[int, ...], requests: int, rounds: int, progress: bool = False) -> list[dict]:
    """Every back end (name -> send(index) -> tokens) at every level, taking turns ``rounds`` times; see the module docstring."""
    levels, names = [], list(backends)
    for level in concurrency:
        count = requests or max(8, 2 * level)
        turns: dict[str, list[dict]] = {name: [] for name in names}
        for round_index in range(rounds):
            for name in names[round_index % len(names):] + names[: round_index % len(names)]:  # rotated: no back end always first
                turns[name].append(_run_level(backends[name], level, count))
                if progress:
                    print(f"  c={level:>3} round {round_index + 1} {name:>11}: {_throughput(turns[name][-1]):8.1f} tokens/s", flush=True)
        row = {"concurrency": level, **{name: _summary(turns[name]) for name in names}}
        for ratio, (top, bottom) in RATIOS.items():
            if top in row and bottom in row:
                each = [a / b for a, b in zip(row[top]["rounds_tokens_per_second"], row[bottom]["rounds_tokens_per_second"])]
                row[ratio] = {"median": statistics.median(each), "min": min(each), "max": max(each)}
        levels.append(row)
    return levels


def serve_bench(config: ServeBenchConfig, progress: bool = True) -> dict:
    """Time each backend at each concurrency level; a server that cannot be reached or answers with an error is
    one clear ``ApiError`` (the command line's one-line error), not a traceback."""
    import httpx

    from composer.api_base import ApiError

    try:
        return _serve_bench(config, progress)
    except httpx.HTTPError as error:
        where = f" at {error.request.url.scheme}://{error.request.url.netloc.decode()}" if _has_request(error) else ""
        raise ApiError(f"the server{where} failed the benchmark ({type(error).__name__}: {error})") from None


def _has_request(error) -> bool:
    try:
        return error.request is not None
    except RuntimeError:  # httpx raises when an error carries no request
        return False


def _serve_bench(config: ServeBenchConfig, progress: bool) -> dict:
    import httpx

    from composer.api_base import check_base_url
    from composer.mixes import parse_mix
    from value_bank.bank import ValueBank
    from value_bank.locations import shipped_demo_bank
    from value_bank.prompting import encode_prompts
    from value_bank.runtime import load_tokenizer

    bank_path = config.bank or str(shipped_demo_bank())
    bank = ValueBank.open(bank_path)
    tokenizer = load_tokenizer(bank.base)
    ids = encode_prompts(tokenizer, PROMPTS, 128).ids
    ids_of = lambda index: ids[index % len(ids)]  # noqa: E731
    client = httpx.Client(timeout=600, limits=httpx.Limits(max_connections=max(config.concurrency) + 4))
    backends = {}
    url = check_base_url(config.server)
    backends["plugin"] = _http_backend(client, url, config.model or _served_model(client, url), ids_of, True, config)
    if config.plain_server:
        plain = check_base_url(config.plain_server)
        backends["plain vLLM"] = _http_backend(client, plain, config.model or _served_model(client, plain), ids_of, False, config)
    if config.in_process:
        from composer.generation import Composer

        composer = Composer(bank_path, config.device, config.dtype)
        composer.generate([PROMPTS[0]], parse_mix(MIXES[0]), max_new_tokens=2, score=False)  # warm-up

        def in_process(index: int) -> int:
            result = composer.generate([PROMPTS[index % len(PROMPTS)]], parse_mix(MIXES[index % len(MIXES)]), seed=index, top_k=config.top_k,
                                       max_new_tokens=config.max_new_tokens, min_new_tokens=config.max_new_tokens, score=False)[0]
            return len(result.token_ids) + result.finished
        backends["in-process"] = in_process
    for send in backends.values():
        send(0)  # warm-up: first-request costs (compilation, caches) are not any level's
    levels = run_levels(backends, config.concurrency, config.requests, config.rounds, progress)
    client.close()
    return {"config": asdict(config), "levels": levels}


def format_serve_table(result: dict) -> str:
    names = [n for n in ("plugin", "plain vLLM", "in-process") if n in result["levels"][0]]
    head = "| concurrency | " + " | ".join(f"{n} tokens/s | {n} p50 / p95 s" for n in names)
    ratios = [r for r in RATIOS if r in result["levels"][0]]
    lines = [head + "".join(f" | {r}" for r in ratios) + " |", "|---" * (1 + 2 * len(names) + len(ratios)) + "|"]
    for row in result["levels"]:
        cells = [str(row["concurrency"])]
        for name in names:
            cells += [f"{row[name]['tokens_per_second']:.1f}", f"{row[name]['p50_latency_s']:.2f} / {row[name]['p95_latency_s']:.2f}"]
        for ratio in ratios:
            r = row[ratio]
            spread = f" ({r['min']:.2f}-{r['max']:.2f})" if r["min"] != r["max"] else ""
            cells.append(f"{r['median']:.2f}x{spread}")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)
