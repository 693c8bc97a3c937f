"""The decode rule of Value Augmented Sampling, as a transformers ``LogitsProcessor``.

At each step, with base logits ``l`` and ``C`` the top-k tokens of ``l`` that the base finds
plausible (probability at least ``PLAUSIBLE_RATIO`` times the most likely token's):

    l'(a) = l(a) + sum_i w_i * (Q_i(s, a) - mean_{c in C} Q_i(s, c))    for a in C
    l'(a) = l(a)                                                        otherwise

so ``pi(a|s) ~ pi0(a|s) exp(sum_i w_i Q_i(s, a))`` on the candidates: the KL-regularised optimum
for the reward ``sum_i w_i r~_i`` (``r~`` = the reward standardised on base samples). Weights are
per row (a (B, K) matrix); negative weights push away from a reward; all-zero weights return the
base logits exactly. The composer puts temperature after this processor, so the bonus is divided
by the temperature too, like the base logits.

Why the plausibility floor: a value model learns Q only where the base's samples went, so its
values for tokens the base almost never writes are guesses, and a large weight turns a guess into
the choice. On the demo, at weight 8 the helpfulness value model replaced the question's own
subject, which the base copies with near certainty, by another ("if you want to remove yellow
leaves" for a question about duplicates). With the floor, a step where the base is sure keeps its
token, and the value models choose among what the base would plausibly write: the helpfulness
slider went from +0.77 to +1.07 sd at weight 8 and became monotonic, with the other sliders
unchanged (docs/experiments/on-topic-base.md, tenth session). The top token is always a candidate.
"Probability" is that of the scores this processor receives: in the composer, the base's logits
before temperature (at temperature T the floor is 0.05 ** (1 / T) in the sampled distribution); in
your own ``generate()`` (``ValueSteering``), whatever the processors before it made of them.

``Q_i`` comes from ``ValueSession.candidate_values`` (composer/value_runtime.py), which owns the
value models' KV caches; that is why a processor is single-use: build one per ``generate()``.

>>> processor = ValueGuidance(session, value_weights=torch.tensor([[2.0, 0.5]]), top_k=20)  # doctest: +SKIP
>>> model.generate(**inputs, logits_processor=LogitsProcessorList([processor]))               # doctest: +SKIP
"""

from __future__ import annotations

import math

import torch
from transformers import LogitsProcessor

# A candidate gets a value bonus only when the base gives it at least this share of the top token's probability.
PLAUSIBLE_RATIO = 0.05


def check_top_k(top_k) -> int:
    """``top_k`` (how many of the base's best tokens may get a bonus each step), or a ValueError naming it."""
    if not isinstance(top_k, int) or isinstance(top_k, bool) or top_k < 1:
        raise ValueError(f"top_k must be a positive integer (the number of candidate tokens), got {top_k!r}")
    return top_k


def plausible(scores: torch.Tensor, candidates: torch.Tensor) -> torch.Tensor:
    """(B, k) True where a candidate's base probability is at least ``PLAUSIBLE_RATIO`` x the top candidate's.

    ``scores`` are the base logits (B, V) (or log-probabilities: only differences count), ``candidates`` their top-k
    indices, best first.

    >>> plausible(torch.tensor([[2.0, 0.0, -2.0]]), torch.tensor([[0, 1, 2]])).tolist()
    [[True, True, False]]
    """
    chosen = scores.gather(-1, candidates).float()
    mask = chosen >= chosen[:, :1] + math.log(PLAUSIBLE_RATIO)
    mask[:, 0] = True  # the top token always (also when its logit is NaN: no division by an empty set)
    return mask


def centred_bonus(q: torch.Tensor, weights: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """(B, K, k) each value model's bonus ``w_i (Q_i(s, c) - mean of Q_i over the candidates in mask)``, 0 off the mask.

    ``q`` (B, K, k) values of the candidates, ``weights`` (B, K), ``mask`` (B, k) 1.0 for a candidate, 0.0 otherwise
    (at least one per row). The one place the rule's arithmetic lives: in process and in the vLLM plugin.
    """
    mask = mask[:, None, :]
    mean = (q * mask).sum(-1, keepdim=True) / mask.sum(-1, keepdim=True)
    return weights[:, :, None] * (q - mean) * mask


class ValueGuidance(LogitsProcessor):
    """Adds the weighted, centred value bonus of every value model to the plausible top-k base logits."""

    def __init__(self, session, value_weights: torch.Tensor, top_k: int = 20, recorder: "GuidanceRecorder | None" = None):
        check_top_k(top_k)
        if value_weights.ndim != 2 or value_weights.shape[1] != session.num_models:
            raise ValueError(
                f"value_weights must have shape (batch, {session.num_models}) for value models "
                f"{session.names}, got {tuple(value_weights.shape)}"
            )
        if not torch.isfinite(value_weights).all():
            raise ValueError(f"value_weights must be finite numbers, got {value_weights.tolist()}")
        self.session, self.top_k, self.recorder = session, top_k, recorder
        self.value_weights = value_weights.float()

    def __call__(self, input_ids: torch.LongTensor, scores: torch.FloatTensor) -> torch.FloatTensor:
        candidates = scores.topk(min(self.top_k, scores.shape[-1]), dim=-1).indices  # (B, k)  C_t
        q = self.session.candidate_values(input_ids, candidates)  # (B, K, k)  Q_i(s_t, c)
        mask = plausible(scores, candidates).to(q.device, q.dtype)  # (B, k)
        bonus = centred_bonus(q, self.value_weights.to(q.device), mask)  # (B, K, k)
        if self.recorder is not None:
            self.recorder.record(candidates, bonus)
        return scores.scatter_add(-1, candidates, bonus.sum(dim=1).to(scores.device, scores.dtype))  # a new tensor


class GuidanceRecorder:
    """Keeps each step's candidates and per-value-model bonus, to attribute the chosen tokens.

    >>> recorder = GuidanceRecorder()
    >>> recorder.record(torch.tensor([[5, 7]]), torch.tensor([[[0.5, -0.5]]]))
    >>> recorder.contributions(torch.tensor([[7]])).tolist()
    [[[-0.5]]]
    """

    def __init__(self):
        self.steps: list[tuple[torch.Tensor, torch.Tensor]] = []

    def record(self, candidates: torch.Tensor, bonus: torch.Tensor) -> None:
        self.steps.append((candidates.cpu(), bonus.detach().float().cpu()))

    def contributions(self, generated: torch.Tensor) -> torch.Tensor:
        """generated (B, T) chosen tokens -> (B, T, K): what each value model added to each one's logit.

        A token outside the step's candidates got no bonus (0).
        """
        B, T = generated.shape
        K = self.steps[0][1].shape[1] if self.steps else 0
        out = torch.zeros(B, T, K)
        for t, (candidates, bonus) in enumerate(self.steps[:T]):
            hit = candidates == generated[:, t : t + 1].cpu()  # (B, k)
            out[:, t] = (bonus * hit[:, None, :]).sum(-1)  # (B, K)
        return out
