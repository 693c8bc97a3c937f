"""A relatedness prior on the helpfulness value model: words a pretrained encoder relates to the question (issue 9,
twenty-second session). Nothing learned; it asks whether knowledge from outside the corpus, added to the value, makes
the steered answers fit questions on subjects the value models never saw.

Runs ``composer eval`` on a bank with the helpfulness value model's values changed to

    Q'(s, a) = Q(s, a) + ALPHA * clip(z(x, a), 0, 3) * [a not yet in the response] * [a not in the prompt, if NOCOPY]

z(x, a): the cosine of all-MiniLM-L6-v2's embedding of the question (the prompt decoded, special tokens skipped) and of
token a's word (the token's text, stripped), standardised over the vocabulary's words (letters only, three or more)
for that question; other tokens get 0. ALPHA is in the value's units (standard deviations of the reward). With
QMODE=bow the question's vector is the mean of its own words' rows instead (no encoder call at decode time).

    PYTHONPATH=. python docs/experiments/relatedness_prior.py 0.25 0 runs/rel vas_demo/everyday_questions.txt "vas:helpfulness=8"

It works by wrapping ``ValueSession.candidate_values`` in this process only. A product version (``value_bank
relatedness``: the word table stored with the value model, the term added in process, over an API and in the vLLM
plugin) was built and measured the same, then removed: docs/experiments/data/relatedness_term.diff.
"""

from __future__ import annotations

import os
import sys

import numpy as np
import torch
from transformers import AutoTokenizer

import composer.value_runtime as value_runtime
from composer.evaluate import EvalConfig, evaluate
from value_bank.builtin_rewards import _minilm

REWARD = "helpfulness"
BANK = "banks/demo"
_values = value_runtime.ValueSession.candidate_values


def word_table(tokenizer) -> tuple[torch.Tensor, torch.Tensor]:
    """(V, 384) unit MiniLM rows of the vocabulary's words (zero elsewhere) and the (V,) mask of word tokens."""
    words = [tokenizer.decode([i]).strip() for i in range(len(tokenizer))]
    valid = np.array([w.isalpha() and len(w) >= 3 for w in words])
    table = np.zeros((len(words), 384), dtype=np.float32)
    rows = np.flatnonzero(valid)
    table[rows] = _minilm().encode([words[i] for i in rows], batch_size=256, normalize_embeddings=True)
    return torch.from_numpy(table), torch.from_numpy(valid)


def with_prior(alpha: float, nocopy: bool, bow: bool) -> None:
    tokenizer = AutoTokenizer.from_pretrained(f"{BANK}/base")
    table, words = word_table(tokenizer)

    def candidate_values(self, input_ids, candidates):
        q = _values(self, input_ids, candidates).clone()
        if not hasattr(self, "prior_table"):  # the first call: input_ids are the (left-padded) prompts
            self.prompt_length = input_ids.shape[1]
            prompts = [row[mask.bool()] for row, mask in zip(input_ids, self.prompt_mask)]
            if bow:
                question = torch.stack([table[ids[words[ids]]].mean(0) for ids in prompts])
            else:
                texts = [tokenizer.decode(ids.tolist(), skip_special_tokens=True).strip() for ids in prompts]
                question = torch.from_numpy(_minilm().encode(texts, normalize_embeddings=True))
            cosine = torch.nn.functional.normalize(question, dim=-1) @ table.T  # (B, V)
            of_words = cosine[:, words]
            z = (cosine - of_words.mean(1, keepdim=True)) / of_words.std(1, keepdim=True)
            prior = z.clamp(0, 3) * words
            if nocopy:
                for row, ids in enumerate(prompts):
                    prior[row, ids] = 0
            self.prior_table = prior
        said = input_ids[:, self.prompt_length:]
        unused = ~(candidates[:, :, None] == said[:, None, :]).any(-1)
        if REWARD in self.names:
            q[:, self.names.index(REWARD)] += alpha * torch.gather(self.prior_table, 1, candidates) * unused
        return q

    value_runtime.ValueSession.candidate_values = candidate_values


if __name__ == "__main__":
    alpha, nocopy, out, prompts, runs = float(sys.argv[1]), sys.argv[2] == "1", sys.argv[3], sys.argv[4], tuple(sys.argv[5:])
    bow = os.environ.get("QMODE") == "bow"
    with_prior(alpha, nocopy, bow)
    summary = evaluate(EvalConfig(bank=BANK, prompts=prompts, runs=runs, max_new_tokens=64, temperature=0.5, top_k=20,
                                  batch_size=16, seed=0, device="cpu", dtype="float32", out=out), progress=False)
    print(f"alpha {alpha}, nocopy {nocopy}, {'bag of words' if bow else 'MiniLM'} question, {prompts}")
    print(summary[["run", "helpfulness_norm_mean", "relevance_mean", "on_topic_mean", "content_on_topic_mean", "harmlessness_mean",
                   "objective_mean", "nll_per_token_mean"]].round(3).to_string(index=False))
