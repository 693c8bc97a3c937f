"""How far a fixed copy prior moves the helpfulness slider: an upper bound, not a product (issue 9, twenty-first session).

Runs ``composer eval`` on a bank with the helpfulness value model's values changed to

    Q'(s, a) = Q(s, a) + ALPHA * [a occurs in the prompt and not yet in the response]

for every candidate, so at weight w a candidate that repeats an unused prompt token (any token of the formatted
prompt: the question's words, function words and the chat template's tokens alike) gets w * ALPHA more logit
(centred with the others, under the same plausibility floor as the decode rule). ALPHA is in the value's units
(standard deviations of the reward). Nothing is learned: this asks how much of the everyday on-topic gap a
value model could close if it valued "take up the question's words" this much. It also prints the mean per-step
KL(pi || pi0) of the steered distribution from the base's (temperature applied), over every run of the call: each
step's mean over its batch rows, averaged over steps, rows that have already ended included (a rough scale, not a
per-token KL of the answers).

    PYTHONPATH=. python docs/experiments/copy_prior_ceiling.py 0.5 runs/copy-0.5 vas_demo/everyday_questions.txt "vas:helpfulness=8"

It works by wrapping ``ValueSession.candidate_values`` and ``ValueGuidance.__call__`` in this process only.
"""

from __future__ import annotations

import sys

import numpy as np
import torch

import composer.guidance as guidance
import composer.value_runtime as value_runtime
from composer.evaluate import EvalConfig, evaluate

REWARD = "helpfulness"
TEMPERATURE = 0.5  # the eval's, below: the composer divides the guided logits by it after the rule
_values, _guide = value_runtime.ValueSession.candidate_values, guidance.ValueGuidance.__call__
KL: list[float] = []


def with_copy_prior(alpha: float):
    def candidate_values(self, input_ids, candidates):
        q = _values(self, input_ids, candidates).clone()
        if not hasattr(self, "prompt_ids_for_prior"):
            self.prompt_ids_for_prior = input_ids  # the first call gets the (left-padded) prompts
        prompt = self.prompt_ids_for_prior
        said = input_ids[:, prompt.shape[1]:]
        in_prompt = ((candidates[:, :, None] == prompt[:, None, :]) & self.prompt_mask[:, None, :].to(prompt.device)).any(-1)
        repeats = in_prompt & ~(candidates[:, :, None] == said[:, None, :]).any(-1)
        if REWARD in self.names:
            q[:, self.names.index(REWARD)] += alpha * repeats.float()
        return q

    def guide(self, input_ids, scores):
        out = _guide(self, input_ids, scores)
        steered, base = torch.log_softmax(out.float() / TEMPERATURE, -1), torch.log_softmax(scores.float() / TEMPERATURE, -1)
        KL.append((steered.exp() * (steered - base)).sum(-1).mean().item())
        return out

    value_runtime.ValueSession.candidate_values = candidate_values
    guidance.ValueGuidance.__call__ = guide


if __name__ == "__main__":
    alpha, out, prompts, runs = float(sys.argv[1]), sys.argv[2], sys.argv[3], tuple(sys.argv[4:])
    with_copy_prior(alpha)
    summary = evaluate(EvalConfig(bank="banks/demo", prompts=prompts, runs=runs, max_new_tokens=64, temperature=TEMPERATURE, top_k=20,
                                  batch_size=16, seed=0, device="cpu", dtype="float32", out=out), progress=False)
    print(f"alpha {alpha}: mean per-step KL(pi || pi0) {np.mean(KL) if KL else 0.0:.3f}")
    print(summary[["run", "helpfulness_norm_mean", "on_topic_mean", "content_on_topic_mean", "harmlessness_mean", "objective_mean",
                   "nll_per_token_mean"]].round(3).to_string(index=False))
