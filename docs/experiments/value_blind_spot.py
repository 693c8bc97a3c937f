"""Does a value model still rank the answers that steering writes? (on-topic-base.md, twentieth session)

For each question: N answers of the plain base and N answers steered by MIX (temperature 0.5, top-20, each with its own
seed). Each answer is teacher-forced through VALUE_MODEL, whose Q of the token taken at step L - 1 is its estimate of the
answer's value after L tokens (an answer shorter than L contributes its last estimate); the answer's MiniLM relevance
to the question is what it should predict. Printed per policy: the Spearman correlation of the estimate with relevance over all answers and within each question (answers
centred on their question's mean), at several L. If steering finds answers the value model rates highly whatever their
relevance, the correlation holds for the base's answers and vanishes for the steered ones.

    python docs/experiments/value_blind_spot.py BANK QUESTIONS [MIX] [N] [VALUE_MODEL]
    python docs/experiments/value_blind_spot.py banks/demo vas_demo/everyday_questions.txt helpfulness=8 4 helpfulness
"""
import sys

import numpy as np
import torch
from scipy.stats import spearmanr

from composer.evaluate import ON_TOPIC_RELEVANCE
from composer.generation import Composer
from composer.mixes import parse_mix
from composer.value_runtime import ValueSession
from value_bank.builtin_rewards import relevance_scores
from value_bank.prompting import encode_prompts

STEPS = (4, 8, 16, 24)


def value_estimates(composer: Composer, name: str, prompt_ids: list[int], answer_ids: list[int]) -> list[float]:
    """Q(s_t, a_t) of each token the answer took, from value model ``name``."""
    ids = torch.tensor([prompt_ids + answer_ids])
    session = ValueSession(composer.groups, torch.ones(1, len(prompt_ids), dtype=torch.bool), [name])
    P = len(prompt_ids)
    with torch.inference_mode():
        return [float(session.candidate_values(ids[:, : P + t], ids[:, P + t : P + t + 1])[0, 0, 0]) for t in range(len(answer_ids))]


if __name__ == "__main__":
    bank, questions_file = sys.argv[1], sys.argv[2]
    mix = parse_mix(sys.argv[3]) if len(sys.argv) > 3 else {"helpfulness": 8.0}
    n = int(sys.argv[4]) if len(sys.argv) > 4 else 4
    name = sys.argv[5] if len(sys.argv) > 5 else "helpfulness"
    questions = [q for q in open(questions_file).read().splitlines() if q.strip()]
    composer = Composer(bank, "cpu", "float32")
    for label, weights in (("base", {}), ("steered " + ",".join(f"{k}={v:g}" for k, v in mix.items()), mix)):
        estimates, texts, owners = [], [], []
        for i, question in enumerate(questions):
            results = composer.generate([question] * n, weights, strategy="vas" if weights else "base", max_new_tokens=64,
                                        temperature=0.5, top_k=20, seed=[1000 * i + j for j in range(n)], score=False)
            prompt_ids = encode_prompts(composer.tokenizer, [question], composer.context - 64).ids[0]  # as generate() encodes it
            for result in results:
                if result.token_ids:
                    estimates.append(value_estimates(composer, name, prompt_ids, result.token_ids))
                    texts.append(result.text)
                    owners.append(i)
        relevance = relevance_scores([questions[i] for i in owners], texts)
        owners = np.array(owners)
        line = [f"{label}: {len(owners)} answers, on topic {np.mean(relevance >= ON_TOPIC_RELEVANCE):.0%}, relevance {relevance.mean():.3f}"]
        for L in STEPS:
            at_L = np.array([e[min(L, len(e)) - 1] for e in estimates])
            centred_q, centred_r = at_L.copy(), relevance.copy()
            for i in np.unique(owners):
                centred_q[owners == i] -= at_L[owners == i].mean()
                centred_r[owners == i] -= relevance[owners == i].mean()
            line.append(f"L={L}: rho {spearmanr(at_L, relevance)[0]:+.2f}, within question {spearmanr(centred_q, centred_r)[0]:+.2f}")
        print("\n  ".join(line), flush=True)
