"""composer: decode-time side of VAS Composer (guidance, strategies, generation API, eval, bench).

The decode rule is in ``composer/guidance.py``; the generation API in ``composer/generation.py``.
``Composer`` and friends are imported on first use, so the torch-free parts (``composer.mixes``:
the weight bound) load without torch, for the presets and the command lines' help.
"""

__all__ = ["Composer", "GenerationResult", "StreamEvent"]


def __getattr__(name: str):
    if name in __all__:
        from composer import generation

        return getattr(generation, name)
    raise AttributeError(f"module 'composer' has no attribute {name!r}")
