"""Issue 12 measurements: the API-only base against the in-process base, on the demo bank.

Start a server first (the README's command), then:

    python docs/experiments/api_base_check.py http://127.0.0.1:8000/v1 demo-base

1. With every weight 0, the server's top-20 candidates and log-probabilities against the
   in-process base's, at the last prompt token of 120 held-out prompts and after 8 and 24
   sampled answer tokens.
2. Each slider's lift at weight 8 (in base sd) on 60 held-out prompts, in process and through the API.
Bench numbers come from ``python -m composer bench --base-url URL --base-model NAME``.
"""

import sys

import numpy as np
import torch

from composer import Composer
from composer.evaluate import EvalConfig, evaluate
from vas_demo.corpus import heldout_prompts
from value_bank.prompting import format_prompt

url, name = sys.argv[1], sys.argv[2]
local = Composer("banks/demo", device="cpu", dtype="float32")
remote = Composer("banks/demo", device="cpu", dtype="float32", base_url=url, base_model=name)
prompts = heldout_prompts(120, seed=0)
tok = local.tokenizer
rows = []
for i, prompt in enumerate(prompts):
    ids = tok(format_prompt(tok, prompt), add_special_tokens=False).input_ids
    answer = local.generate([prompt], {}, strategy="base", seed=i, max_new_tokens=24, score=False)[0].token_ids
    rows += [ids, ids + answer[:8], ids + answer[:24]]
served = remote.api.top_logprobs(rows, 20)
diffs, same_sets = [], []
for ids, (top, lps) in zip(rows, served):
    with torch.no_grad():
        logprobs = torch.log_softmax(local.model(torch.tensor([ids])).logits[0, -1].float(), -1)
    diffs.append(float((logprobs[top] - torch.tensor(lps)).abs().max()))
    same_sets.append(set(top) == set(logprobs.topk(20).indices.tolist()))
print(f"top-20 log-probabilities, {len(rows)} states: max |diff| {max(diffs):.2e}, median {np.median(diffs):.2e}; "
      f"same top-20 set {np.mean(same_sets):.1%}")

with open("/tmp/api_check_prompts.txt", "w") as f:
    f.write("\n".join(prompts[:60]) + "\n")
runs = ("base",) + tuple(f"vas:{n}=8" for n in ("helpfulness", "harmlessness", "positivity", "concision"))
for label, composer in (("in process", local), ("API", remote)):
    summary = evaluate(EvalConfig(prompts="/tmp/api_check_prompts.txt", bank="banks/demo", runs=runs, out=f"/tmp/api_check_{label[:2]}",
                                  device="cpu", dtype="float32"), composer=composer, progress=False)
    base = summary.iloc[0]
    lifts = {r["run"].split(":")[1].split("=")[0]: (r[f"{r['run'].split(':')[1].split('=')[0]}_norm_mean"] - base[f"{r['run'].split(':')[1].split('=')[0]}_norm_mean"],
                                                     r[f"{r['run'].split(':')[1].split('=')[0]}_norm_se"]) for _, r in summary.iloc[1:].iterrows()}
    print(label, "lift at w=8 (base sd, ± se of the guided mean):", ", ".join(f"{k} {v:+.2f} ± {s:.2f}" for k, (v, s) in lifts.items()),
          f"| base on topic {base['on_topic_mean']:.0%}; s/run of 60: " + ", ".join(f"{s:.1f}" for s in summary["seconds"]))
