"""Where does a steered run push an on-topic base answer away? (on-topic-base.md, nineteenth session)

For each question whose steered answer is off topic (MiniLM relevance < 0.3) and whose Best-of-N answer, from the
same base, is on topic: teacher-force the Best-of-N answer and compare, step by step, the base's and the steered
(one value model at WEIGHT, temperature 0.5, top-20, plausible candidates) probability of its tokens; report the step
of the largest push away and the steered favourite there.

    python -m composer eval --bank BANK --prompts QUESTIONS --runs "vas:helpfulness=8" "bon16:helpfulness=1" \\
        --temperature 0.5 --seed 0 --out runs/pushes
    python docs/experiments/where_steering_pushes.py BANK runs/pushes/generations.jsonl [VALUE_MODEL WEIGHT]
"""
import collections
import json
import sys

import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

from composer import ValueSteering
from composer.evaluate import ON_TOPIC_RELEVANCE
from composer.guidance import ValueGuidance
from composer.value_runtime import ValueSession
from value_bank.prompting import encode_prompts
from value_bank.runtime import context_length

if __name__ == "__main__":
    bank, generations = sys.argv[1], sys.argv[2]
    name, weight = (sys.argv[3], float(sys.argv[4])) if len(sys.argv) > 4 else ("helpfulness", 8.0)
    rows = [json.loads(line) for line in open(generations)]
    steered = {g["prompt"]: g for g in rows if g["strategy"] == "vas"}
    best = {g["prompt"]: g for g in rows if g["strategy"] == "bon"}
    tokenizer = AutoTokenizer.from_pretrained(f"{bank}/base")
    model = AutoModelForCausalLM.from_pretrained(f"{bank}/base", dtype=torch.float32).eval()
    steering = ValueSteering(bank, value_models=[name], tokenizer=tokenizer, device="cpu", dtype="float32")
    cases = [q for q in steered if steered[q]["relevance"] < ON_TOPIC_RELEVANCE <= best.get(q, {}).get("relevance", -1)]
    print(f"{len(cases)} questions: steered off topic, Best-of-N on topic")
    steps, early = collections.Counter(), 0
    with torch.no_grad():
        for q in cases:
            prompt = encode_prompts(tokenizer, [q], context_length(model.config)).ids[0]  # as generate() encodes it
            answer = best[q]["token_ids"]
            session = ValueSession(steering.groups, torch.ones(1, len(prompt), dtype=torch.bool), [name])
            rule = ValueGuidance(session, torch.tensor([[weight]]), top_k=20)  # the decode rule itself, fed the answer's prefixes
            pushes = []
            for t in range(min(len(answer), 24)):
                ids = torch.tensor([prompt + answer[:t]])
                logits = model(ids).logits[:, -1, :].float()
                guided = rule(ids, logits)
                base_lp = torch.log_softmax(logits / 0.5, -1)[0, answer[t]]
                guided_lp = torch.log_softmax(guided / 0.5, -1)[0, answer[t]]
                pushes.append((float(guided_lp - base_lp), t, float(base_lp.exp()), float(guided_lp.exp()), int(guided.argmax())))
            push, t, p_base, p_guided, top = min(pushes)
            steps[min(t, 10)] += 1
            early += t < 4
            print(f"\n{q}\n  on topic: {best[q]['text'][:110]!r}\n  steered:  {steered[q]['text'][:110]!r}\n"
                  f"  largest push at step {t}: {tokenizer.decode(answer[:t])!r} + {tokenizer.decode([answer[t]])!r} "
                  f"p {p_base:.2f} -> {p_guided:.2f} (steered favourite {tokenizer.decode([top])!r})")
    print("\nstep of the largest push (10: 10 or later):", sorted(steps.items()), f"; in the first four tokens: {early}/{len(cases)}")
