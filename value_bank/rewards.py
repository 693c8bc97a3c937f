"""Rewards: the contract, and the registry that turns a spec string into a scorer.

A reward is anything with ``score(prompts, responses) -> np.ndarray`` (one float per pair),
batched, deterministic and offline. A *spec* names one:

- a built-in name (``helpfulness``, ``relevance``, ``harmlessness``, ``positivity``, ``concision``; see
  ``builtin_rewards.py`` and ``known_rewards()``),
- ``hf:<model id or local path>``: a sequence-classification reward model that reads the
  (prompt, response) pair. A one-label model gives its logit; a two-label model gives the
  probability of label 1 by default, or its logit margin with ``?output=logit``
  (``hf:./my-rm?output=logit``),
- ``py:<module>:<function>``: your own ``function(prompts, responses)``. Importing a module runs
  its code, so a ``py:`` spec read from a bank's card needs ``allow_code=True``.

On the command line ``NAME=SPEC`` gives a reward a name of your choosing (``rm=hf:./rm``).

>>> reward = load_reward("py:value_bank.rewards:_demo_length")
>>> reward.score(["Hi?"], ["Hello there"]).tolist()
[2.0]
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

NAME_PATTERN = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$")
ScoreFn = Callable[[Sequence[str], Sequence[str]], "np.ndarray | Sequence[float]"]


@dataclass(frozen=True)
class BuiltinReward:
    """A registered built-in: how to build it and what it measures (shown in the UI and --help)."""

    name: str
    description: str
    value_range: tuple[float, float]
    factory: Callable[[], ScoreFn]


_BUILTINS: dict[str, BuiltinReward] = {}


def register_builtin(name: str, description: str, value_range: tuple[float, float]):
    """Decorator that registers a factory ``() -> score_fn`` under a built-in name."""

    def decorate(factory: Callable[[], ScoreFn]) -> Callable[[], ScoreFn]:
        check_name(name)
        _BUILTINS[name] = BuiltinReward(name, description, value_range, factory)
        return factory

    return decorate


def known_rewards() -> dict[str, BuiltinReward]:
    """The built-in rewards by name (importing them registers them; their models load lazily)."""
    from value_bank import builtin_rewards  # noqa: F401  (registers on import)

    return dict(sorted(_BUILTINS.items()))


class Reward:
    """A named scorer that checks what its function returns.

    >>> Reward("len", "py:x:y", lambda p, r: [len(x) for x in r]).score(["q"], ["abc"]).tolist()
    [3.0]
    """

    def __init__(self, name: str, spec: str, fn: ScoreFn, description: str = ""):
        self.name, self.spec, self._fn, self.description = name, spec, fn, description

    def score(self, prompts: Sequence[str], responses: Sequence[str]) -> np.ndarray:
        if len(prompts) != len(responses):
            raise ValueError(f"reward {self.name!r}: {len(prompts)} prompts but {len(responses)} responses")
        if not len(prompts):
            return np.zeros(0, dtype=np.float64)
        values = np.asarray(self._fn(list(prompts), list(responses)), dtype=np.float64)
        if values.shape != (len(prompts),):
            raise ValueError(
                f"reward {self.name!r} ({self.spec}) returned shape {values.shape}; "
                f"a reward must return one float per pair, shape ({len(prompts)},)"
            )
        return values

    def __repr__(self) -> str:
        return f"Reward({self.name!r}, {self.spec!r})"


def check_name(name: str) -> str:
    if not NAME_PATTERN.match(name or ""):
        raise ValueError(
            f"name {name!r} is not allowed: use 1-64 letters, digits, '_', '.', '-', "
            "not starting with '.' or '-' (names become folder names in a bank)"
        )
    return name


def default_name(spec: str) -> str:
    """The name a spec gets when none is given: the built-in name, the model folder, or the function."""
    if spec.startswith("hf:"):
        base = spec[3:].split("?")[0].rstrip("/").split("/")[-1]
        return re.sub(r"[^A-Za-z0-9_.-]", "_", base).lstrip(".-") or "hf_reward"
    if spec.startswith("py:"):
        return spec.rsplit(":", 1)[-1]
    return spec


def parse_reward_arg(arg: str) -> tuple[str, str]:
    """``"NAME=SPEC"`` or ``"SPEC"`` -> ``(name, spec)``.

    >>> parse_reward_arg("rm=hf:./my-rm")
    ('rm', 'hf:./my-rm')
    """
    name, sep, spec = arg.partition("=")
    if sep and not name.startswith(("hf:", "py:")):
        return check_name(name), _absolute_hf_path(spec)
    return check_name(default_name(arg)), _absolute_hf_path(arg)


def _absolute_hf_path(spec: str) -> str:
    """``hf:./my-rm`` -> ``hf:/abs/path/my-rm`` when the folder exists here: cards and sample folders store the
    spec, and a relative path would point elsewhere (or at the hub) when the bank is used from another folder."""
    if not spec.startswith("hf:"):
        return spec
    path, sep, query = spec[3:].partition("?")
    return f"hf:{Path(path).resolve()}{sep}{query}" if path and Path(path).exists() else spec


def load_reward(spec: str, name: str | None = None, *, allow_code: bool = True, device: str = "auto") -> Reward:
    """Resolve a spec into a ``Reward``. Unknown specs raise ``ValueError`` listing what is known."""
    name = check_name(name or default_name(spec))
    if spec.startswith("hf:"):
        from value_bank.hf_reward import HFRewardModel

        path, _, query = spec[3:].partition("?")
        options = dict(item.split("=", 1) for item in query.split("&") if "=" in item)
        unknown = set(options) - {"output"}
        if unknown or (query and not options):
            raise ValueError(f"reward spec {spec!r}: unknown option(s) {sorted(unknown) or query!r}; allowed: output=prob|logit")
        model = HFRewardModel(path, output=options.get("output", "auto"), device=device)
        return Reward(name, spec, model, f"reward model {path}")
    if spec.startswith("py:"):
        parts = spec[3:].split(":")
        if len(parts) != 2 or not all(parts):
            raise ValueError(f"reward spec {spec!r} must look like py:<module>:<function>")
        if not allow_code:
            raise PermissionError(
                f"reward spec {spec!r} imports and runs Python code; it was read from a file, so it is only "
                "loaded when you trust that file (allow_code=True, --trust-reward-code on the command line)"
            )
        module_name, function_name = parts
        try:
            fn = getattr(importlib.import_module(module_name), function_name)
        except (ImportError, AttributeError) as error:
            raise ValueError(f"reward spec {spec!r}: cannot import {function_name!r} from {module_name!r}: {error}") from error
        if not callable(fn):
            raise ValueError(f"reward spec {spec!r}: {module_name}.{function_name} is not callable")
        return Reward(name, spec, fn, (fn.__doc__ or "").strip().split("\n")[0])
    builtins = known_rewards()
    if spec in builtins:
        info = builtins[spec]
        return Reward(name, spec, info.factory(), info.description)
    raise ValueError(
        f"unknown reward spec {spec!r}; known built-ins: {', '.join(builtins) or '(none)'}; "
        "or hf:<model id or path>, or py:<module>:<function>"
    )


def _demo_length(prompts: Sequence[str], responses: Sequence[str]) -> list[float]:
    """Number of words of the response (used by the docstring example)."""
    return [float(len(r.split())) for r in responses]
