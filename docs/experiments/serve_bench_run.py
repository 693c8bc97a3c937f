"""Start plain vLLM and vLLM with the VAS plugin on the demo base (loopback), run ``composer serve-bench``, stop both.

    .venv/bin/python docs/experiments/serve_bench_run.py [--concurrency 1 8 32] [--rounds 3] [--out runs/serve-bench.json]

Needs the vLLM environment of ``.ci/vllm-env``. The numbers in the README's "Serve it on vLLM"
come from this script on a quiet machine (nothing else running: two cores are easily shared).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

if __name__ == "__main__":
    from composer.serving_bench import ServeBenchConfig, format_serve_table, serve_bench
    from tests.vllm_server import DEMO_BASE, vllm_serve

    parser = argparse.ArgumentParser()
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 8, 32])
    parser.add_argument("--requests", type=int, default=0)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--max-new-tokens", type=int, default=64)
    parser.add_argument("--out", default="runs/serve-bench.json")
    args = parser.parse_args()
    plugin = ("--logits-processors", "composer.vllm_plugin:ValueGuidanceProcessor")
    with vllm_serve(DEMO_BASE) as plain, vllm_serve(DEMO_BASE, *plugin, env={"VAS_BANK": str(ROOT / "banks" / "demo")}) as steered:
        result = serve_bench(ServeBenchConfig(server=steered, plain_server=plain, concurrency=tuple(args.concurrency),
                                              requests=args.requests, rounds=args.rounds, max_new_tokens=args.max_new_tokens))
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n")
    print(format_serve_table(result))
