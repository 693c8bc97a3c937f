"""``python -m vas_demo.check_base PATH``: does a base model answer the question? A minute's check.

Before spending an hour on value models, sample one answer from a candidate base (the build's
``runs/demo-build/base-*`` stage, or any causal LM folder with a chat template) for the first N
everyday questions (``everyday_questions.txt``) and N held-out corpus prompts, each with seed =
its index, and report: the share on topic (MiniLM relevance >= 0.3), mean relevance, the corpus's
exact topic check (held-out prompts only), distinct texts, and the base's NLL per token of its own
samples (fluency: the shipped base's is about 0.9 at temperature 1). ``--temperature`` samples at
another temperature (the demo's card and personas use 0.5); there is no top-k.

>>> report = check_base("runs/demo-build/base-d8094478323a", questions=40)   # doctest: +SKIP
>>> report["everyday"]["on_topic"]                                          # doctest: +SKIP
0.25
"""

from __future__ import annotations

import argparse
import json

import numpy as np
import torch


def check_base(path: str, questions: int = 40, max_new_tokens: int = 64, temperature: float = 1.0) -> dict:
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from composer.evaluate import ON_TOPIC_RELEVANCE
    from value_bank.builtin_rewards import relevance_scores
    from vas_demo.corpus import heldout_prompts, on_topic
    from vas_demo.report import EVERYDAY_QUESTIONS

    tokenizer = AutoTokenizer.from_pretrained(path)
    model = AutoModelForCausalLM.from_pretrained(path, dtype=torch.float32).eval()
    sets = {"everyday": EVERYDAY_QUESTIONS.read_text().splitlines()[:questions], "heldout": heldout_prompts(questions, seed=0)}
    report = {}
    for name, prompts in sets.items():
        texts, nll = sample_answers(model, tokenizer, prompts, max_new_tokens, temperature)
        relevance = relevance_scores(prompts, texts)
        exact = [c for c in (on_topic(p, t) for p, t in zip(prompts, texts)) if c is not None]
        report[name] = {"on_topic": float((relevance >= ON_TOPIC_RELEVANCE).mean()), "relevance": float(relevance.mean()),
                        "exact_topic": float(np.mean(exact)) if exact else None, "distinct_texts": len(set(texts)),
                        "questions": len(prompts), "temperature": temperature, "own_nll_per_token": float(np.mean(nll)),
                        "samples": [{"prompt": p, "text": t, "relevance": float(r)} for p, t, r in list(zip(prompts, texts, relevance))[:4]]}
    return report


def selection_score(model, tokenizer, prompts: list[str], max_new_tokens: int = 64, temperature: float = 0.5) -> float:
    """The share of ``prompts`` a model answers on topic (MiniLM relevance >= 0.3), one sampled answer each: what the
    build keeps its best base checkpoint by (``pretrain_lm``'s ``select_by``, on ``corpus.selection_prompts``).

    Scored on a bfloat16 copy, as the base is shipped: the on-topic rate turns on small differences of weights."""
    import copy

    from composer.evaluate import ON_TOPIC_RELEVANCE
    from value_bank.builtin_rewards import relevance_scores

    shipped = copy.deepcopy(model).to(torch.bfloat16).float().eval()
    texts, _ = sample_answers(shipped, tokenizer, prompts, max_new_tokens, temperature, fluency=False)
    return float((relevance_scores(prompts, texts) >= ON_TOPIC_RELEVANCE).mean())


def sample_answers(model, tokenizer, prompts: list[str], max_new_tokens: int = 64, temperature: float = 1.0,
                   fluency: bool = True) -> tuple[list[str], list[float]]:
    """One sampled answer per prompt (seed = its index, no top-k) and the model's NLL per token of each answer
    (an empty list with ``fluency=False``)."""
    from value_bank.prompting import format_prompt

    texts, nll = [], []
    for index, prompt in enumerate(prompts):
        ids = tokenizer(format_prompt(tokenizer, prompt), return_tensors="pt", add_special_tokens=False).input_ids.to(model.device)
        torch.manual_seed(index)
        with torch.no_grad():
            out = model.generate(ids, do_sample=True, top_k=0, temperature=temperature, max_new_tokens=max_new_tokens, pad_token_id=tokenizer.pad_token_id)
        texts.append(tokenizer.decode(out[0, ids.shape[1] :], skip_special_tokens=True))
        if not fluency:
            continue
        with torch.no_grad():
            logprobs = torch.log_softmax(model(out).logits[0, :-1].float(), -1).gather(-1, out[0, 1:, None])[:, 0]
        nll.append(float(-logprobs[ids.shape[1] - 1 :].mean()))
    return texts, nll


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m vas_demo.check_base", description=__doc__.split("\n\n")[0])
    parser.add_argument("path", help="a causal LM folder with a chat template (e.g. runs/demo-build/base-...)")
    parser.add_argument("--questions", type=int, default=40, help="questions from each set (default 40)")
    parser.add_argument("--temperature", type=float, default=1.0, help="sampling temperature (default 1; the demo's card uses 0.5)")
    args = parser.parse_args(argv)
    if not args.temperature > 0:
        parser.error(f"--temperature must be positive, got {args.temperature}")
    print(json.dumps(check_base(args.path, args.questions, temperature=args.temperature), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
