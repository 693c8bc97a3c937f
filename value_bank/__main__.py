"""``python -m value_bank``: sample from a base model, train value models, manage banks.

    python -m value_bank sample  --base MODEL --prompts prompts.txt --out runs/samples --rewards helpfulness
    python -m value_bank train   --samples runs/samples --reward helpfulness --bank banks/mine --backbone SMALL_MODEL
    python -m value_bank list    --bank banks/mine
    python -m value_bank inspect --bank banks/mine --name helpfulness
    python -m value_bank remove  --bank banks/mine --name helpfulness
    python -m value_bank add     --bank banks/mine --source banks/other --name helpfulness
    python -m value_bank record-checksums --bank banks/mine
    python -m value_bank upgrade banks/mine        # a schema-1 bank to schema 2 (LoRA value models as peft adapters)
    python -m value_bank score   --samples runs/samples --rewards rm=hf:./my-reward-model
    python -m value_bank rewards
    python -m value_bank demo build [--tiny] [--force]    # runs python -m vas_demo build (a process of its own)
"""

from __future__ import annotations

import argparse
import json
import sys

from value_bank.config_io import add_config_arguments, config_from_namespace, run_command

SAMPLE_HELP = {
    "base": "base model: a hub id or a local folder (causal LM, safetensors)",
    "prompts": "prompt file: .txt (one per line) or .jsonl (a 'prompt' field per line)",
    "out": "output folder for parquet parts; rerun the same command to resume",
    "num_samples": "responses per prompt",
    "top_k_logprobs": "base log-probabilities kept per response token",
    "chunk_size": "prompts per part file (the unit of resuming)",
    "rewards": "rewards to score: built-in names, hf:<model>, py:<module>:<fn>, optionally NAME=SPEC",
    "engine": "transformers, or vllm: vLLM's offline engine samples (here if it imports, else in $VAS_VLLM_PYTHON); same files",
    "explore_samples": "more responses per prompt that each take, once, a plausible token the base would not (teaches the "
                       "value models the candidates the decode rule weighs; transformers engine)",
}
TRAIN_HELP = {
    "samples": "folder written by `sample`",
    "reward": "reward column to fit (a NAME scored at sampling time, or NAME=SPEC to score it now)",
    "bank": "bank folder (created if missing)",
    "backbone": "value backbone: hub id or local folder; must share the base model's tokenizer",
    "name": "value model name in the bank (default: the reward name)",
    "head": "q (a value per vocabulary token) or v (scalar, candidates scored in one forward)",
    "adaptation": "lora, frozen or full (how the backbone is trained)",
    "lam": "TD(lambda) lambda: 1 = Monte Carlo, 0 = one-step TD",
    "consistency_weight": "q head only: weight of E_pi0[Q(s, .)] ~ V(s)",
    "overwrite": "replace a value model of the same name",
}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["demo"]:  # everything after "demo", --help included, is the demo build's own command line
        return run_demo(argv[1:])
    from value_bank.sampling import SamplingConfig
    from value_bank.train import TrainConfig

    parser = argparse.ArgumentParser(prog="python -m value_bank", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    sample = commands.add_parser("sample", help="sample responses from a base model and score them")
    add_config_arguments(sample, SamplingConfig, SAMPLE_HELP)
    train = commands.add_parser("train", help="train one value model into a bank (TD(lambda))")
    add_config_arguments(train, TrainConfig, TRAIN_HELP)
    for name, text in [("list", "list the value models of a bank"), ("inspect", "show a value model's card"),
                       ("remove", "remove a value model from a bank")]:
        sub = commands.add_parser(name, help=text)
        sub.add_argument("--bank", required=True)
        if name != "list":
            sub.add_argument("--name", required=True)
        sub.add_argument("--json", action="store_true", help="machine-readable output")
    add = commands.add_parser("add", help="copy a value model from another bank (same tokenizer)")
    add.add_argument("--bank", required=True)
    add.add_argument("--source", required=True, help="the other bank")
    add.add_argument("--name", required=True)
    add.add_argument("--as", dest="new_name", default=None, help="name in this bank (default: the same)")
    add.add_argument("--overwrite", action="store_true")
    record = commands.add_parser("record-checksums", help="record the sha256 of the base's and backbones' weights files "
                                 "in the manifest (banks built before they were kept), so later loads check them")
    record.add_argument("--bank", required=True)
    upgrade = commands.add_parser("upgrade", help="convert a bank to the current schema in place (schema 1 -> 2: each LoRA "
                                  "value model becomes a peft adapter folder); tensors unchanged, nothing retrained")
    upgrade.add_argument("bank", nargs="?", help="the bank folder")
    upgrade.add_argument("--bank", dest="bank_option", default=None, help=argparse.SUPPRESS)  # like the other commands
    score = commands.add_parser("score", help="add reward columns to existing samples")
    score.add_argument("--samples", required=True)
    score.add_argument("--rewards", nargs="+", required=True)
    commands.add_parser("rewards", help="list the built-in rewards")
    _add_demo_parser(commands)
    return run_command(_run, parser.parse_args(argv))


def _add_demo_parser(commands) -> None:
    # Listed for --help only: main() hands "demo ..." to run_demo before parsing.
    commands.add_parser("demo", help="build the embedded demo bank from scratch: runs `python -m vas_demo ...` "
                        "(try `python -m value_bank demo build --help`)")


def run_demo(rest: list[str]) -> int:
    """``python -m value_bank demo ARGS`` runs ``python -m vas_demo ARGS`` in a process of its own and returns its exit status.

    The demo build (package ``vas_demo``) imports value_bank and composer; value_bank imports neither, so it
    starts the build as a command. The child finds ``vas_demo`` beside this package, from any working directory.
    """
    import os
    import subprocess
    from pathlib import Path

    packages = str(Path(__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (packages, os.environ.get("PYTHONPATH", "")) if p)}
    return subprocess.run([sys.executable, "-m", "vas_demo", *rest], env=env).returncode


def _run(args) -> int:
    from value_bank.bank import ValueBank

    if args.command == "sample":
        from value_bank.sampling import SamplingConfig, sample

        print(sample(config_from_namespace(SamplingConfig, args)))
    elif args.command == "train":
        from value_bank.train import TrainConfig, train_value_model

        result = train_value_model(config_from_namespace(TrainConfig, args))
        print(f"stored {result.name!r} in {result.bank} (mu={result.mu:.4g}, sigma={result.sigma:.4g}, "
              f"dropped {result.dropped_nan_rewards} NaN rewards); validation: "
              + ", ".join(f"{k}={v:.4f}" for k, v in result.validation.items() if k != "epoch"))
    elif args.command == "list":
        bank = ValueBank.open(args.bank)
        rows = [{"name": n, **bank.entry(n)} for n in bank.names]
        if args.json:
            print(json.dumps({"base": bank.manifest["base"], "value_models": rows}, indent=2))
        else:
            print(f"bank {bank.root}: base {bank.manifest['base']['name_or_path']} (tokenizer {bank.fingerprint})")
            for row in rows:
                print(f"  {row['name']:<16} reward={row['reward']:<16} head={row['head']} adaptation={row['adaptation']}  {row['description']}")
            if not rows:
                print("  (no value models)")
    elif args.command == "inspect":
        bank = ValueBank.open(args.bank)
        card = {**bank.card(args.name), "config": bank.config(args.name).__dict__}
        if args.json:
            print(json.dumps(card, indent=2, default=str))
        else:
            for key in ("name", "reward", "description", "mu", "sigma", "created_at", "code_version"):
                print(f"{key:>14}: {card.get(key)}")
            print(f"{'config':>14}: {card['config']}")
            print(f"{'training':>14}: " + ", ".join(f"{k}={v}" for k, v in card.get("training", {}).items() if k not in ("config", "sampling")))
            print(f"{'validation':>14}: " + ", ".join(f"{k}={v:.4f}" for k, v in card.get("validation", {}).items()))
    elif args.command == "remove":
        ValueBank.open(args.bank).remove(args.name)
        print(f"removed {args.name!r} from {args.bank}")
    elif args.command == "add":
        target = ValueBank.open(args.bank).add_from(ValueBank.open(args.source), args.name, args.new_name, args.overwrite)
        print(f"added {target}")
    elif args.command == "record-checksums":
        files = ValueBank.open(args.bank).record_all_model_files()
        print(f"{args.bank}: sha256 recorded for " + (", ".join(files) or "no weights files inside the bank (base and backbones lie outside it)"))
    elif args.command == "upgrade":
        from value_bank.bank import SCHEMA_VERSION

        if (args.bank is None) == (args.bank_option is None):
            raise ValueError("give the bank folder once: python -m value_bank upgrade BANK")
        path = args.bank or args.bank_option
        bank = ValueBank.open(path)
        before = bank.manifest["schema_version"]
        converted = bank.upgrade()
        if before >= SCHEMA_VERSION:
            print(f"{path}: already schema {before}; nothing to do")
        else:
            print(f"{path}: upgraded from schema {before} to {SCHEMA_VERSION}; converted "
                  + (", ".join(converted) or "no value models"))
    elif args.command == "score":
        from value_bank.sampling import score_samples

        print("scored:", ", ".join(score_samples(args.samples, args.rewards)))
    elif args.command == "rewards":
        from value_bank.rewards import known_rewards

        for info in known_rewards().values():
            print(f"  {info.name:<14} range {info.value_range}  {info.description}")
        print("  hf:<model id or path>[?output=prob|logit]   a sequence-classification reward model")
        print("  py:<module>:<function>                       your own function(prompts, responses)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
