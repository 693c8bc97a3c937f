"""Runs and mixes as text, for the command line: ``vas:helpfulness=2,harmlessness=1``, ``bon16:helpfulness=1``.

A *mix* maps value-model names to weights; a *run* is a strategy with a mix. For ``base`` the mix
only says how the weighted objective is computed; ``bonN`` is Best-of-N with N samples. Every
weight lies within ``[-MAX_WEIGHT, MAX_WEIGHT]``: the composer refuses others, whatever sent them.

>>> parse_run("bon16:helpfulness=2,harmlessness=0.5")
Run(label='bon16:helpfulness=2,harmlessness=0.5', strategy='bon', best_of=16, weights={'helpfulness': 2.0, 'harmlessness': 0.5})
>>> parse_mix("helpfulness=-1.5")
{'helpfulness': -1.5}
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from numbers import Real
from typing import Mapping, Sequence

# A weight of 1 is one base standard deviation of the reward per unit of log-probability; past
# ~100 the bonus drowns the base model entirely, and 1e308 overflows the float32 logits to inf.
MAX_WEIGHT = 100.0
RUN_PATTERN = re.compile(r"^(base|vas|bon(\d+))(?::(.*))?$")


@dataclass(frozen=True)
class Run:
    label: str
    strategy: str
    best_of: int = 1
    weights: dict[str, float] = field(default_factory=dict)


def parse_mix(text: str) -> dict[str, float]:
    """``"a=1,b=-2"`` -> ``{"a": 1.0, "b": -2.0}``; bad items name themselves in the error."""
    weights: dict[str, float] = {}
    for item in filter(None, (part.strip() for part in (text or "").split(","))):
        name, sep, value = item.partition("=")
        try:
            number = float(value)
        except ValueError:
            number = math.nan
        if not sep or not name.strip() or not math.isfinite(number):
            raise ValueError(f"mix item {item!r} must look like NAME=NUMBER with a finite number (e.g. helpfulness=2)")
        if name.strip() in weights:
            raise ValueError(f"mix names {name.strip()!r} twice ({name.strip()}={weights[name.strip()]:g} and {item}); give each value model once")
        weights[name.strip()] = check_weight(name.strip(), number)
    return weights


def check_mix(mix: Mapping[str, object] | None, names: Sequence[str]) -> list[float]:
    """A mix's weights in ``names`` order (0 for a name it leaves out); an unknown name or a bad weight is a ValueError.

    >>> check_mix({"b": 2}, ["a", "b"])
    [0.0, 2.0]
    """
    row = [0.0] * len(names)
    for name, value in (mix or {}).items():
        if name not in names:
            raise ValueError(f"unknown value model {name!r}; known: {', '.join(names) or '(none)'}")
        row[list(names).index(name)] = check_weight(name, value)
    return row


def check_weight(name: str, value) -> float:
    """``value`` as a float, or a ValueError naming it and the allowed range."""
    if not isinstance(value, Real) or isinstance(value, bool) or not math.isfinite(value):
        raise ValueError(f"weight of {name!r} must be a finite number, got {value!r}")
    if abs(value) > MAX_WEIGHT:
        raise ValueError(f"weight of {name!r} is {float(value):g}; weights go from {-MAX_WEIGHT:g} to {MAX_WEIGHT:g}")
    return float(value)


def parse_run(text: str) -> Run:
    """``base``, ``vas:MIX`` or ``bonN:MIX``."""
    match = RUN_PATTERN.match(text.strip())
    if not match:
        raise ValueError(f"run {text!r} must be base[:MIX], vas:MIX or bonN[:MIX] (e.g. vas:helpfulness=2, bon16:helpfulness=2)")
    head, n, mix = match.groups()
    strategy = "bon" if n else head
    if strategy == "bon" and int(n) < 1:
        raise ValueError(f"run {text!r}: Best-of-N needs N >= 1")
    return Run(text.strip(), strategy, int(n) if n else 1, parse_mix(mix or ""))
