"""Latency through the client, as a user feels it: slider release -> first streamed text -> final scores.

Launches the app on a free loopback port, drives ``/generate`` with ``gradio_client`` as a slider
release does (the weight changes every run, the seed too), and prints the median and worst of
time-to-first-text and release-to-final-scores over the runs, as a table or ``--json``.

    python -m ui.latency --bank banks/demo --runs 10 --max-new-tokens 64
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import sys
import tempfile
import time

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def measure(url: str, value_name: str | None, prompt: str, runs: int = 10, max_new_tokens: int = 64, weight: float = 2.0,
            strategy: str = "vas", auth: tuple[str, str] | None = None, full_length: bool = True) -> dict:
    """Time ``runs`` streaming generate calls after one warm-up; returns per-run seconds and their summaries.

    ``full_length`` holds off the end of text (min new tokens = max new tokens), so every run writes
    exactly ``max_new_tokens`` tokens, as the latency target assumes.
    """
    from gradio_client import Client

    client = Client(url, verbose=False, auth=auth)
    first_text, final, tokens, generation = [], [], [], []
    for run in range(runs + 1):  # run 0 warms up (first calls load the reward, fill caches)
        weights = {value_name: weight * (1 if run % 2 else -1) * (1 + run % 3)} if value_name else {}
        start = time.perf_counter()
        job = client.submit(prompt, strategy, 4, max_new_tokens, 1.0, 20, run, max_new_tokens if full_length else 0, **weights,
                            api_name="/generate")
        first = None
        for output in job:
            if first is None and output and output[0]:
                first = time.perf_counter() - start
        outputs = job.outputs()
        done = time.perf_counter() - start
        result = outputs[-1][4] if outputs else None
        if not isinstance(result, dict) or "scores" not in result:
            raise RuntimeError(f"run {run}: no final result came back ({job.status()})")
        if run:
            first_text.append(first if first is not None else done)
            final.append(done)
            tokens.append(len(result["token_ids"]))
            generation.append(result["timing"].get("seconds", float("nan")))
    return {"runs": runs, "max_new_tokens": max_new_tokens, "strategy": strategy, "value_model": value_name,
            "first_text_s": first_text, "final_scores_s": final, "tokens": tokens,
            "first_text_median_s": statistics.median(first_text), "first_text_max_s": max(first_text),
            "final_scores_median_s": statistics.median(final), "final_scores_max_s": max(final),
            "tokens_median": statistics.median(tokens), "generation_s": generation, "generation_median_s": statistics.median(generation)}


def table(report: dict) -> str:
    rows = [("time to first streamed text", report["first_text_median_s"], report["first_text_max_s"]),
            ("slider release to final scores", report["final_scores_median_s"], report["final_scores_max_s"]),
            ("  of which the composer's generate", report["generation_median_s"], max(report["generation_s"]))]
    lines = [f"{report['runs']} runs, strategy {report['strategy']}, value model {report['value_model']}, "
             f"max_new_tokens {report['max_new_tokens']} (median {report['tokens_median']:g} tokens generated)",
             f"{'':34s} {'median':>8s} {'worst':>8s}"]
    lines += [f"{name:34s} {median:7.3f}s {worst:7.3f}s" for name, median, worst in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(prog="python -m ui.latency", description=__doc__.splitlines()[0])
    parser.add_argument("--bank", default="", help="value bank folder (default: the shipped demo bank)")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--max-new-tokens", type=int, default=64)
    parser.add_argument("--value-model", default=None, help="the slider to move (default: the bank's first value model)")
    parser.add_argument("--strategy", default="vas", choices=["base", "vas", "bon"])
    parser.add_argument("--prompt", default="How do I fix a leaking tap?")
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--trust-reward-code", action="store_true")
    parser.add_argument("--allow-early-stop", action="store_true", help="let a run end at end of text (default: exactly max new tokens)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    with contextlib.redirect_stdout(sys.stderr):  # stdout carries the report only (gradio prints as it closes)
        from composer import Composer
        from ui import build_app, launch_app
        from ui.server import free_port

        from value_bank.locations import shipped_demo_bank

        args.bank = args.bank or str(shipped_demo_bank())
        composer = Composer(args.bank, device=args.device, trust_reward_code=args.trust_reward_code)
        value_name = args.value_model or (composer.value_names[0] if composer.value_names else None)
        demo, url = launch_app(build_app(composer, tempfile.mkdtemp(prefix="vas-latency-presets-")), port=free_port(), block=False, quiet=True)
        try:
            report = measure(url, value_name, args.prompt, runs=args.runs, max_new_tokens=args.max_new_tokens, strategy=args.strategy,
                             full_length=not args.allow_early_stop)
        finally:
            demo.close()
    report["bank"] = args.bank
    report["threads"] = __import__("torch").get_num_threads()
    print(json.dumps(report, indent=2) if args.json else table(report), file=sys.stdout)
    return report


if __name__ == "__main__":
    main()
