"""composer: decode-time side of VAS Composer (guidance, strategies, generation API, eval, bench).

The decode rule is in ``composer/guidance.py``; the generation API in ``composer/generation.py``.
"""

from composer.generation import Composer, GenerationResult, StreamEvent

__all__ = ["Composer", "GenerationResult", "StreamEvent"]
