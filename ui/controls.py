"""What the controls mean: slider values to a mix, decoding controls to composer arguments, presets to controls.

Plain Python, no Gradio: the views call these, and the tests can too.

>>> params = weight_params(["helpfulness", "prompt"])
>>> params
{'helpfulness': 'helpfulness', 'w_prompt': 'prompt'}
>>> mix_from_inputs({"helpfulness": 2.0, "w_prompt": 0.0}, params)
{'helpfulness': 2.0}
>>> describe_mix({"helpfulness": 2.0, "harmlessness": -1})
'helpfulness +2, harmlessness -1'
"""

from __future__ import annotations

import keyword
import math
from dataclasses import dataclass, fields

from composer.mixes import MAX_WEIGHT
from ui.presets import DECODING_LIMITS, Decoding, Preset  # Decoding lives with the presets that store it

WEIGHT_MIN, WEIGHT_MAX, WEIGHT_STEP = -8.0, 8.0, 0.25  # the sliders' range, inside the composer's +-MAX_WEIGHT
SEED_MAX = DECODING_LIMITS["seed"][2]  # = composer.seeded_sampling.MAX_SEED (that module needs torch)
STRATEGY_CHOICES = [("Base model", "base"), ("VAS (value-guided)", "vas"), ("Best-of-N", "bon")]
DECODING_NAMES = tuple(field.name for field in fields(Decoding))
RESERVED = {"prompt", "mixes", "name", "description", *DECODING_NAMES}


def weight_params(value_names: list[str]) -> dict[str, str]:
    """API parameter name -> value-model name: the name itself where it is a safe identifier, else ``w_NAME``."""
    params = {}
    for index, name in enumerate(value_names):
        param = name if name.isidentifier() and not keyword.iskeyword(name) and name not in RESERVED else f"w_{name}"
        if not param.isidentifier() or param in params:
            param = f"w_{index}"
        params[param] = name
    return params


def mix_from_inputs(inputs: dict, params: dict[str, str]) -> dict[str, float]:
    """Slider values (keyed by API parameter) to a mix; zero weights are left out."""
    mix = {}
    for param, name in params.items():
        value = inputs.get(param, 0.0)
        value = 0.0 if value is None else float(value)
        if not math.isfinite(value) or abs(value) > MAX_WEIGHT:
            raise ValueError(f"weight of {name!r} must be a number from {-MAX_WEIGHT:g} to {MAX_WEIGHT:g}, got {value!r}")
        if value != 0.0:
            mix[name] = value
    return mix


def describe_mix(mix: dict[str, float]) -> str:
    return ", ".join(f"{name} {value:+g}" for name, value in mix.items() if value) or "all weights 0"


@dataclass(frozen=True)
class Limits:
    """The ranges of the controls, fixed when the page is built (max new tokens depends on the context)."""

    max_new_tokens: int = 256
    best_of: int = 16
    top_k: int = 50
    temperature: float = 2.0


def preset_to_controls(preset: Preset, value_names: list[str], limits: Limits) -> tuple[dict[str, float], Decoding, list[str]]:
    """Slider values for every value model, decoding settings, and notes on what was ignored or clipped."""
    notes = []
    ignored = [name for name in preset.weights if name not in value_names]
    if ignored:
        notes.append(f"ignored weights for value models this bank lacks: {', '.join(ignored)}")
    sliders = {}
    for name in value_names:
        value = float(preset.weights.get(name, 0.0))
        clipped = min(max(value, WEIGHT_MIN), WEIGHT_MAX)
        if clipped != value:
            notes.append(f"weight of {name} clipped from {value:g} to {clipped:g} (the sliders go from {WEIGHT_MIN:g} to {WEIGHT_MAX:g})")
        sliders[name] = clipped
    wanted = preset.decoding.kwargs()
    decoding = Decoding(strategy=wanted["strategy"], best_of=min(wanted["best_of"], limits.best_of),
                        max_new_tokens=min(wanted["max_new_tokens"], limits.max_new_tokens), temperature=min(wanted["temperature"], limits.temperature),
                        top_k=min(wanted["top_k"], limits.top_k), seed=wanted["seed"],
                        min_new_tokens=min(wanted["min_new_tokens"], limits.max_new_tokens))
    for key, value in decoding.kwargs().items():
        if value != wanted[key]:
            notes.append(f"{key.replace('_', ' ')} lowered from {wanted[key]} to {value}, the most this page allows")
    return sliders, decoding, notes
