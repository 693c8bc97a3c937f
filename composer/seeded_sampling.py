"""Sampling where each row has its own seed, so a row's text never depends on its batch.

``generate()`` draws all rows of a batch from one random stream, so the same prompt and seed give
another text when the batch around it changes. Here every row gets its own ``torch.Generator``
and samples by the Gumbel-max trick: ``argmax(l + g)`` with ``g ~ Gumbel(0, 1)`` is a draw from
``softmax(l)``. The composer runs ``generate(do_sample=False)`` (greedy) with the processors of
``sampling_processors`` last in the list: temperature, top-p, then the per-row Gumbel noise.
Temperature 0 means greedy decoding.

>>> processors = sampling_processors(temperature=0.8, top_p=0.95, seeds=[1, 1, 2])
>>> [type(p).__name__ for p in processors]
['TemperatureLogitsWarper', 'TopPLogitsWarper', 'SeededGumbelSampler']
"""

from __future__ import annotations

from typing import Sequence

import numpy as np
import torch
from transformers import LogitsProcessor, TemperatureLogitsWarper, TopPLogitsWarper

# Seeds a user gives: 31 bits, the range every consumer (torch, numpy, presets) takes as is; the
# composer derives row seeds by adding small multiples, which stay far inside torch's 64 bits.
MAX_SEED = 2**31 - 1


def check_seed(value) -> int:
    """``value`` as an int, or a ValueError naming it and the allowed range (1.5 is not rounded, 2**64 not overflowed)."""
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or not 0 <= value <= MAX_SEED:
        raise ValueError(f"seed {value!r} must be a whole number from 0 to {MAX_SEED}")
    return int(value)


class SeededGumbelSampler(LogitsProcessor):
    """Adds Gumbel noise from each row's own generator; a greedy pick after it is a sample."""

    def __init__(self, seeds: Sequence[int], device: torch.device | str = "cpu"):
        self.device = torch.device(device)
        self.generators = [torch.Generator(device=self.device).manual_seed(int(s)) for s in seeds]

    def __call__(self, input_ids: torch.LongTensor, scores: torch.FloatTensor) -> torch.FloatTensor:
        if scores.shape[0] != len(self.generators):
            raise ValueError(f"{len(self.generators)} seeds for a batch of {scores.shape[0]} rows")
        tiny = torch.finfo(torch.float32).tiny
        uniform = torch.stack([torch.rand(scores.shape[-1], generator=g, device=self.device) for g in self.generators])
        gumbel = -torch.log(-torch.log(uniform.clamp(tiny, 1 - 1e-7)))  # (B, V)
        return scores + gumbel.to(scores.device, scores.dtype)


def sampling_processors(temperature: float, top_p: float, seeds: Sequence[int], device="cpu") -> list[LogitsProcessor]:
    """Temperature, top-p and per-row seeded sampling; an empty list means greedy decoding."""
    if not (isinstance(temperature, (int, float)) and temperature >= 0):
        raise ValueError(f"temperature must be a number >= 0 (0 = greedy), got {temperature!r}")
    if not (isinstance(top_p, (int, float)) and 0 < top_p <= 1):
        raise ValueError(f"top_p must be in (0, 1], got {top_p!r}")
    if temperature == 0:
        return []
    processors: list[LogitsProcessor] = [TemperatureLogitsWarper(float(temperature))]
    if top_p < 1:
        processors.append(TopPLogitsWarper(float(top_p)))
    processors.append(SeededGumbelSampler(seeds, device))
    return processors
