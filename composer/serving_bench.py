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

The back ends take turns within each level, so slow drift of the machine hits all of them alike.

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
    requests: int = 0  # per level and back end; 0: 2 x the level, at least 8
    max_new_tokens: int = 64
    top_k: int = 20
    in_process: bool = True
    device: str = "cpu"
    dtype: str = "float32"

    def __post_init__(self):
        if not self.concurrency or any(c < 1 for c in self.concurrency):
            raise ValueError(f"concurrency levels must be positive, got {self.concurrency}")
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
    wall = time.perf_counter() - start
    return {"requests": requests, "tokens": int(sum(tokens)), "seconds": wall, "tokens_per_second": sum(tokens) / wall,
            "p50_latency_s": float(np.percentile(latencies, 50)), "p95_latency_s": float(np.percentile(latencies, 95)),
            "mean_tokens": statistics.mean(tokens)}


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
    levels = []
    for concurrency in config.concurrency:
        requests = config.requests or max(8, 2 * concurrency)
        row = {"concurrency": concurrency}
        for name, send in backends.items():
            row[name] = _run_level(send, concurrency, requests)
            if progress:
                print(f"  c={concurrency:>3} {name:>11}: {row[name]['tokens_per_second']:8.1f} tokens/s, "
                      f"p50 {row[name]['p50_latency_s']:.2f} s, p95 {row[name]['p95_latency_s']:.2f} s", flush=True)
        levels.append(row)
    client.close()
    return {"config": asdict(config), "levels": levels}


def format_serve_table(result: dict) -> str:
    names = [n for n in ("plugin", "plain vLLM", "in-process") if n in result["levels"][0]]
    head = "| concurrency | " + " | ".join(f"{n} tokens/s | {n} p50 / p95 s" for n in names)
    ratios = [r for r in ("plugin / plain", "plugin / in-process") if r.split(" / ")[1].replace("plain", "plain vLLM") in names]
    lines = [head + "".join(f" | {r}" for r in ratios) + " |", "|---" * (1 + 2 * len(names) + len(ratios)) + "|"]
    for row in result["levels"]:
        cells = [str(row["concurrency"])]
        for name in names:
            cells += [f"{row[name]['tokens_per_second']:.1f}", f"{row[name]['p50_latency_s']:.2f} / {row[name]['p95_latency_s']:.2f}"]
        for ratio in ratios:
            other = ratio.split(" / ")[1].replace("plain", "plain vLLM")
            cells.append(f"{row['plugin']['tokens_per_second'] / row[other]['tokens_per_second']:.2f}x")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)
