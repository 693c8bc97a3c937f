"""``python -m composer``: guided generation, evaluation and benchmark on a value bank.

    python -m composer generate --bank banks/demo --prompt "How do I fix a squeaky door?" --mix helpfulness=4,harmlessness=2
    python -m composer eval     --bank banks/demo --prompts heldout.txt --runs base vas:helpfulness=4 bon16:helpfulness=4
    python -m composer bench    --bank banks/demo

Mixes are NAME=WEIGHT lists (``helpfulness=4,positivity=-1``), each name once, each weight from
-100 to 100; a weight of 1 asks for one base standard deviation of that reward per unit of
log-probability. The bonus is added before temperature, so it is divided by the temperature like
the logits. Seeds go from 0 to 2147483647. Exit status: 0 done, 2 a bad argument or input file,
1 a failure while running (a corrupted bank, a full disk, out of memory).
"""

from __future__ import annotations

import argparse
import json
import sys

from composer.api_base import BASE_URL_HELP, add_base_url_arguments, base_url_options
from composer.mixes import MAX_WEIGHT
from value_bank.config_io import add_config_arguments, config_from_namespace, run_command


def main(argv: list[str] | None = None) -> int:
    from composer.bench import BenchConfig
    from composer.evaluate import EvalConfig
    from composer.serving_bench import ServeBenchConfig

    parser = argparse.ArgumentParser(prog="python -m composer", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    gen = commands.add_parser("generate", help="generate with a mix of value models")
    gen.add_argument("--bank", default="", help="value bank folder (default: the shipped demo bank)")
    source = gen.add_mutually_exclusive_group(required=True)
    source.add_argument("--prompt", action="append", help="a prompt (repeat for a batch)")
    source.add_argument("--prompts", help="prompt file (.txt, one per line, or .jsonl)")
    gen.add_argument("--mix", default="", help=f"weights, e.g. helpfulness=4,harmlessness=2, each from {-MAX_WEIGHT:g} to {MAX_WEIGHT:g} "
                     "(default: all 0)")
    gen.add_argument("--strategy", default="vas", choices=["base", "vas", "bon"])
    gen.add_argument("--best-of", type=int, default=4, help="N for --strategy bon")
    gen.add_argument("--max-new-tokens", type=int, default=64)
    gen.add_argument("--temperature", type=float, default=1.0, help="0 = greedy")
    gen.add_argument("--top-p", type=float, default=1.0)
    # 5 % is composer.guidance.PLAUSIBLE_RATIO, written out: importing it would load torch before every command's help
    gen.add_argument("--top-k", type=int, default=20, help="the base's top k tokens; those with at least 5%% of the top one's probability get a value bonus")
    gen.add_argument("--seed", type=int, default=0, help="0 to 2147483647 (default 0)")
    gen.add_argument("--attributions", action="store_true", help="per-token contribution of each value model")
    gen.add_argument("--json", action="store_true", help="print results as JSON")
    gen.add_argument("--device", default="auto")
    gen.add_argument("--dtype", default="auto")
    gen.add_argument("--trust-reward-code", action="store_true", help="allow py: reward specs from the bank's cards")
    add_base_url_arguments(gen)
    evaluate = commands.add_parser("eval", help="compare strategies and mixes on a prompt file")
    add_config_arguments(evaluate, EvalConfig, {"runs": f"runs: base[:MIX], vas:MIX, bonN[:MIX]; weights from {-MAX_WEIGHT:g} to {MAX_WEIGHT:g}", "out": "output folder", **BASE_URL_HELP})
    evaluate.add_argument("--json", action="store_true", help="print the summary as JSON")
    bench = commands.add_parser("bench", help="decode time of each strategy relative to base sampling")
    add_config_arguments(bench, BenchConfig, {"synthetic": "time random models of the demo's sizes instead of the bank's",
                                              **BASE_URL_HELP, "base_url": "also time the same cases with the base behind this "
                                              "endpoint (it must serve the bank's base model)"})
    bench.add_argument("--json", action="store_true", help="print the result as JSON")
    serve = commands.add_parser("serve-bench", help="many users at once: the vLLM plugin, plain vLLM and in process")
    add_config_arguments(serve, ServeBenchConfig, {"server": "a vLLM server running the bank in its plugin (composer/vllm_plugin.py)",
                                                   "plain_server": "the same base on vLLM without the plugin",
                                                   "requests": "requests per level, round and back end (0: twice the level, at least 8)",
                                                   "rounds": "turns of every back end at each level (ratios: the median of the rounds')",
                                                   "in_process": "also time the in-process composer"})
    serve.add_argument("--json", action="store_true", help="print the result as JSON")
    return run_command(_run, parser.parse_args(argv))


def _run(args) -> int:
    if args.command == "generate":
        from composer.generation import Composer
        from composer.mixes import parse_mix
        from value_bank.sampling import read_prompts

        from composer.seeded_sampling import check_seed

        weights, _ = parse_mix(args.mix), check_seed(args.seed)  # before the models load: a usage error is said at once
        prompts = args.prompt or read_prompts(args.prompts)
        from value_bank.locations import shipped_demo_bank

        composer = Composer(args.bank or str(shipped_demo_bank()), args.device, args.dtype, trust_reward_code=args.trust_reward_code,
                            **base_url_options(args))
        options = dict(strategy=args.strategy, best_of=args.best_of, max_new_tokens=args.max_new_tokens, temperature=args.temperature,
                       top_p=args.top_p, top_k=args.top_k, seed=args.seed, attributions=args.attributions)
        if len(prompts) == 1 and not args.json and args.strategy != "bon":
            results = [_print_streamed(composer.stream(prompts[0], value_weights=weights, **options), sys.stdout)]
        else:
            results = composer.generate(prompts, weights, **options)
        if args.json:
            print(json.dumps([r.to_dict() for r in results], indent=2))
        else:
            for result in results:
                if len(prompts) > 1:
                    print(f"> {result.prompt}\n{result.text}")
                for warning in result.warnings:
                    print(f"warning: {warning}", file=sys.stderr)
                print("  scores: " + ", ".join(f"{n}={v:.3f} ({result.normalised_scores[n]:+.2f} sd)" for n, v in result.scores.items())
                      + f"; objective {result.objective:+.2f}; {result.timing['tokens_per_second']:.0f} tokens/s")
    elif args.command == "eval":
        from composer.evaluate import EvalConfig, evaluate

        config = config_from_namespace(EvalConfig, args)
        summary = evaluate(config)
        if args.json:
            print(summary.to_json(orient="records", indent=2))
        else:
            columns = ["run"] + [c for c in summary.columns if c.endswith("_norm_mean")] + \
                      ["objective_mean", "on_topic_mean", "content_on_topic_mean", "repeats_mean", "distinct_texts", "nll_per_token_mean", "tokens_per_second"]
            print(summary[columns].round(3).to_string(index=False))
            print(f"wrote {config.out}/summary.csv, generations.jsonl, report.html")
    elif args.command == "bench":
        from composer.bench import BenchConfig, bench, format_table

        result = bench(config_from_namespace(BenchConfig, args), progress=not args.json)
        print(json.dumps(result, indent=2) if args.json else format_table(result))
    elif args.command == "serve-bench":
        from composer.serving_bench import ServeBenchConfig, format_serve_table, serve_bench

        result = serve_bench(config_from_namespace(ServeBenchConfig, args), progress=not args.json)
        print(json.dumps(result, indent=2) if args.json else format_serve_table(result))
    return 0


def _print_streamed(events, out):
    """Show the text as it grows on a terminal (one line, redrawn); a pipe or file gets the final text once.

    Each event carries the whole text so far, and a piece may change as more tokens arrive, so
    only a terminal, which can redraw, sees the partial texts. Returns the final result.
    """
    terminal, result = out.isatty(), None
    for event in events:
        if event.result is not None:
            result = event.result
        elif terminal:
            out.write(f"\r\x1b[K{event.text}")  # clear the line: a shorter text leaves no tail
            out.flush()
    out.write(("\r\x1b[K" if terminal else "") + result.text + "\n")
    return result


if __name__ == "__main__":
    sys.exit(main())
