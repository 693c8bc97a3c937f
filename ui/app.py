"""VAS Composer's web app: ``python app.py`` (or ``vas-composer-app`` once installed) serves the demo
bank on http://127.0.0.1:7860, offline.

    python app.py                              # banks/demo, loopback only
    python app.py --bank PATH --port 8000      # another bank, another port
    python app.py --auth me:secret             # ask for a login
    python app.py --share                      # a public gradio.live link (needs the internet; off by default)

Presets are JSON files in ``--presets`` (default ``$XDG_CONFIG_HOME/vas-composer/presets``, i.e.
``~/.config/vas-composer/presets``). Nothing read from disk executes code, except reward
functions named ``py:...`` in the bank's cards, and only with ``--trust-reward-code``.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

SERVER_CONCURRENCY = 16  # generations at once with --server (vLLM batches them); one at a time in process


def default_presets_dir() -> Path:
    config = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return config / "vas-composer" / "presets"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog=Path(sys.argv[0]).name or "app.py", description="VAS Composer: steer a frozen language model with value-model sliders.")
    parser.add_argument("--bank", default=None, help="the value bank to serve (default: the shipped demo bank)")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    parser.add_argument("--port", type=int, default=7860, help="port (default 7860)")
    parser.add_argument("--share", action="store_true", help="also publish a public gradio.live link (off by default)")
    parser.add_argument("--presets", default=str(default_presets_dir()), help="folder of preset JSON files (default: %(default)s)")
    parser.add_argument("--auth", default=None, metavar="USER:PASSWORD", help="require this login")
    parser.add_argument("--device", default="auto", help="cpu, cuda, mps or auto (default)")
    parser.add_argument("--dtype", default="auto", help="float32, bfloat16, float16 or auto (default)")
    parser.add_argument("--queue-size", type=int, default=16, help="most requests waiting at once; more are refused (default 16)")
    parser.add_argument("--trust-reward-code", action="store_true", help="allow the bank's py: reward specs to be imported (they run code)")
    from composer.api_base import add_base_url_arguments

    add_base_url_arguments(parser)
    args = parser.parse_args(argv)
    from ui.server import parse_auth

    try:
        args.auth = parse_auth(args.auth)
    except ValueError as error:
        parser.error(str(error))
    if args.queue_size < 1:
        parser.error("--queue-size must be at least 1")
    return args


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    from value_bank.locations import shipped_demo_bank

    args.bank = args.bank or str(shipped_demo_bank())
    if not Path(args.bank).is_dir():
        sys.exit(f"app.py: no bank at {args.bank}; build one (python -m value_bank ...) or pass --bank PATH")
    if args.share:
        print("app.py: --share publishes this app on a public gradio.live address", file=sys.stderr)
    from composer import Composer
    from ui import build_app, launch_app

    from composer.api_base import ApiError, base_url_options

    try:
        composer = Composer(args.bank, device=args.device, dtype=args.dtype, trust_reward_code=args.trust_reward_code,
                            **base_url_options(args))
    except (ApiError, ValueError) as error:
        sys.exit(f"app.py: {error}")
    demo = build_app(composer, args.presets)
    print(f"Presets are saved in {Path(args.presets).expanduser()}", flush=True)
    # With --server, vLLM batches concurrent users' generations; in process, the models take one call at a time.
    concurrency = SERVER_CONCURRENCY if composer.steering == "server" else 1
    launch_app(demo, host=args.host, port=args.port, share=args.share, auth=args.auth, queue_size=args.queue_size,
               concurrency=concurrency)


if __name__ == "__main__":
    main()
