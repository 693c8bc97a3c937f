"""``python -m vas_demo``: build the embedded demo bank (``banks/demo``) from a seed.

    python -m vas_demo build [--tiny] [--force] [--out banks/demo] [--work runs/demo-build] [--SETTING VALUE ...]
    python -m vas_demo measure [--out banks/demo] [--temperature 0.5 ...]   # the card again, same weights (minutes)
    python -m vas_demo.check_base PATH    # does a candidate base model answer the question? (a minute)

``python -m value_bank demo build ...`` runs this same command, in a process of its own (value_bank
never imports the demo build, which imports both value_bank and composer).
"""

from __future__ import annotations

import argparse
import dataclasses
import sys

from value_bank.config_io import add_config_arguments, config_from_namespace, run_command


def add_demo_arguments(parser) -> None:
    from vas_demo.build import DemoConfig

    commands = parser.add_subparsers(dest="demo_command", required=True)
    build = commands.add_parser("build", help="build banks/demo from scratch (about 85 minutes on two CPU cores without bf16)")
    add_config_arguments(build, DemoConfig, {"out": "where the bank goes", "work": "cache of finished stages (resumable)"})
    build.add_argument("--tiny", action="store_true", help="toy sizes: the same path in seconds")
    build.add_argument("--force", action="store_true", help="replace an existing bank at --out")
    measure = commands.add_parser("measure", help="measure a built bank again (its card and build.json) with other evaluation "
                                                  "settings; the weights stay as they are (about 15 minutes)")
    add_config_arguments(measure, DemoConfig, {"out": "the built bank to measure", "work": "where the evaluation's generations go"})


def run_demo_command(args) -> int:
    from vas_demo.build import DemoConfig, build_demo, measure_demo

    config = config_from_namespace(DemoConfig, args)
    if args.demo_command == "measure":
        out = measure_demo(config)
        print(f"measured {out} again; its card is {out / 'README.md'}")
        return 0
    if args.tiny:
        defaults = DemoConfig()
        explicit = {f.name: getattr(config, f.name) for f in dataclasses.fields(config) if getattr(config, f.name) != getattr(defaults, f.name)}
        config = DemoConfig.tiny(**explicit)
    out = build_demo(config, force=args.force)
    print(f"built {out}; its card is {out / 'README.md'}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m vas_demo", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_demo_arguments(parser)
    return run_command(run_demo_command, parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
