"""A slider whose typed-in number is held to the range it shows.

Gradio's slider has a box to type a number into. Typed 100 on a -8..8 slider, the box shows 8 but the
page keeps sending 100, and Gradio refuses that event and every later one ("Value 100 is greater than
maximum value 8.0") while the screen shows 8; a cleared box sends nothing, which fails inside Gradio
with a message meant for developers. This slider takes what the screen shows: a typed number outside
the range is clamped to it, and an empty box gets a message that names the slider and its range.

>>> Slider(-8, 8, label="helpfulness").preprocess(100)
8
>>> Slider(-8, 8, label="helpfulness").preprocess(-2.5)
-2.5
>>> Slider(-8, 8, label="helpfulness").get_block_name()  # drawn by the page as Gradio's own slider
'slider'
"""

from __future__ import annotations

import math

import gradio as gr

from gradio.events import Dependency

class Slider(gr.Slider):
    # No __init__ of its own: Gradio sends a component's constructor arguments to the page by its signature.
    is_template = True  # the page draws it with gr.Slider's front end (Gradio's rule for template components)

    def preprocess(self, payload: float | None) -> float:
        allowed = f"a number from {_number(self.minimum)} to {_number(self.maximum)}"
        if isinstance(payload, bool) or not isinstance(payload, (int, float)) or math.isnan(payload):
            raise gr.Error(f"{self.label or 'A slider'} is empty: type {allowed}, or drag the slider")
        if not self.minimum <= payload <= self.maximum:
            raise gr.Error(f"{self.label or 'A slider'} is {_number(payload)}: choose {allowed}")
        return super().preprocess(payload)
    from typing import Callable, Literal, Sequence, Any, TYPE_CHECKING
    from gradio.blocks import Block
    if TYPE_CHECKING:
        from gradio.components import Timer
        from gradio.components.base import Component


def _number(value: float) -> str:
    return f"{value:g}"