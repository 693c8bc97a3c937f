"""Interactive generation goes first: long work (sweeps, compares) steps aside while a generate waits.

The models are shared and run one call at a time (the composer's lock). Gradio gives the Mix view's
generate a worker of its own (``concurrency_id="generate"``) and the long views another
(``"batch"``), so a generate never queues behind a sweep in Gradio's queue; this gate then holds the
sweep's next chunk while any generate is waiting or running. A generate waits at most for the one
chunk in flight, which is why sweeps run in chunks of ``CHUNK_GENERATIONS``: small enough to finish
in about a second on two CPU cores, big enough to keep most of the batching's speed.

>>> gate = ModelGate()
>>> with gate.interactive():
...     gate.waiting
1
"""

from __future__ import annotations

import contextlib
import threading
from typing import Iterator

CHUNK_GENERATIONS = 16  # rows (times Best-of-N copies) per model call in a sweep
# Long work goes on after this even if generates keep coming (or one was abandoned mid-stream and
# never said it ended): interactive use goes first, but cannot stop a sweep for good.
MAX_STEP_ASIDE_S = 30.0


class ModelGate:
    """Counts interactive calls; ``background()`` blocks until there are none."""

    def __init__(self):
        self._changed = threading.Condition()
        self.waiting = 0  # interactive calls waiting for or holding the models

    @contextlib.contextmanager
    def interactive(self) -> Iterator[None]:
        with self._changed:
            self.waiting += 1
        try:
            yield
        finally:
            with self._changed:
                self.waiting -= 1
                self._changed.notify_all()

    @contextlib.contextmanager
    def background(self) -> Iterator[None]:
        """Enter once no interactive call waits; a generate that arrives later waits for this block only."""
        with self._changed:
            self._changed.wait_for(lambda: self.waiting == 0, timeout=MAX_STEP_ASIDE_S)
        yield


def chunks(count: int, per_chunk: int) -> list[range]:
    """``range(count)`` cut into consecutive ranges of at most ``per_chunk``.

    >>> chunks(5, 2)
    [range(0, 2), range(2, 4), range(4, 5)]
    """
    per_chunk = max(1, per_chunk)
    return [range(start, min(start + per_chunk, count)) for start in range(0, count, per_chunk)]
