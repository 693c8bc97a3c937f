"""composer: decode-time side of VAS Composer (guidance, strategies, generation API, eval, bench).

The decode rule is in ``composer/guidance.py``; the generation API in ``composer/generation.py``;
steering a model you loaded yourself (a ``LogitsProcessor`` for ``generate()``) in
``composer/steering.py``. These are imported on first use, so the torch-free parts
(``composer.mixes``: the weight bound) load without torch, for the presets and the command lines' help.

>>> import composer
>>> sorted(composer.__all__)
['Composer', 'GenerationResult', 'SteeringProcessor', 'StreamEvent', 'ValueSteering']
"""

_HOMES = {"Composer": "generation", "GenerationResult": "generation", "StreamEvent": "generation",
          "ValueSteering": "steering", "SteeringProcessor": "steering"}
__all__ = list(_HOMES)


def __getattr__(name: str):
    if name in _HOMES:
        import importlib

        return getattr(importlib.import_module(f"composer.{_HOMES[name]}"), name)
    raise AttributeError(f"module 'composer' has no attribute {name!r}")
