"""Best-of-K on the first sentence only (issue 9, twenty-second session): K base samples of an answer's first 24 tokens
(temperature 0.5), each cut after its first sentence, the one whose content (the question's words masked,
``content_relevance_scores``) MiniLM finds nearest the question kept; the rest written by the base or by the app's
opening mix, to 64 tokens in all. Asks whether choosing only where the answer goes (its first tip) buys what
Best-of-16 buys at a fraction of its samples. Writes a ``generations.jsonl`` that ``blind_read.py sheet`` reads as the
opening mix's run.

    mkdir -p runs && head -60 vas_demo/everyday_questions.txt > runs/everyday60.txt
    PYTHONPATH=. python docs/experiments/first_sentence_best_of.py 8 vas runs/everyday60.txt runs/first8
"""
import json
import sys
from pathlib import Path

import torch

from composer import Composer, ValueSteering
from value_bank.builtin_rewards import content_relevance_scores
from value_bank.prompting import encode_prompts

MIX = {"helpfulness": 4, "harmlessness": 1, "positivity": 2}
RUN = "vas:helpfulness=4,harmlessness=1,positivity=2"
K, cont, questions, out = int(sys.argv[1]), sys.argv[2], open(sys.argv[3]).read().splitlines(), Path(sys.argv[4])
comp = Composer("banks/demo", device="cpu", dtype="float32")
tok, model = comp.tokenizer, comp.model
steering = ValueSteering("banks/demo", tokenizer=tok, device="cpu", dtype="float32")
out.mkdir(parents=True, exist_ok=True)
rows, first_tokens, total_tokens = [], 0, 0
for i, q in enumerate(questions):
    drafts = comp.generate([q] * K, strategy="base", max_new_tokens=24, temperature=0.5, seed=[i + 1000 * j for j in range(K)], score=False)
    prefixes = []
    for d in drafts:
        ids = d.token_ids
        cut = next((t for t in range(1, len(ids) + 1) if tok.decode(ids[:t]).rstrip().endswith((".", "!", "?"))), len(ids))
        prefixes.append(ids[:cut])
        first_tokens += len(d.token_ids)
    texts = [tok.decode(p, skip_special_tokens=True) for p in prefixes]
    scores = content_relevance_scores([q] * K, texts)
    best = prefixes[int(scores.argmax())]
    prompt = encode_prompts(tok, [q], 200).ids[0]
    input_ids = torch.tensor([prompt + best])
    torch.manual_seed(i)
    with torch.no_grad():
        generated = model.generate(input_ids=input_ids, attention_mask=torch.ones_like(input_ids), do_sample=True, temperature=0.5, top_k=0,
                                   max_new_tokens=max(1, 64 - len(best)), pad_token_id=tok.pad_token_id, eos_token_id=tok.eos_token_id,
                                   logits_processor=[steering.processor(MIX)] if cont == "vas" else [])
    rest = generated[0, input_ids.shape[1]:].tolist()
    if tok.eos_token_id in rest:
        rest = rest[: rest.index(tok.eos_token_id)]
    total_tokens += len(rest)
    text = tok.decode(best + rest, skip_special_tokens=True)
    rows.append({"run": RUN, "prompt_index": i, "sample_index": 0, "prompt": q, "text": text, "first": texts[int(scores.argmax())]})
(out / "generations.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
print(f"K={K} continuation={cont}: {first_tokens / len(questions):.0f} draft tokens + {total_tokens / len(questions):.0f} continuation tokens per answer")
