"""A slider whose typed-in number is held, in the page, to the range it shows; what the server is sent is checked.

Gradio's slider has a box to type a number into. Typed 100 on a -8..8 slider, the box shows 8 but the
page kept 100 and sent it with every later event, each refused ("Value 100 is greater than maximum value
8.0") while the screen showed 8; a cleared box sent nothing, which failed inside Gradio with a message
meant for developers. Here a change of the box is clamped to the range in the browser (a JavaScript-only
event: no server round trip), so the page sends what it shows; and the server still refuses a value
outside the range, or none, from any caller (an API client included) with a message that names the
slider and its range.

>>> Slider(-8, 8, label="helpfulness").preprocess(-2.5)
-2.5
>>> Slider(-8, 8, label="helpfulness").get_block_name()  # drawn by the page as Gradio's own slider
'slider'
"""

from __future__ import annotations

import math

import gradio as gr
from gradio.context import get_blocks_context


def slider(minimum: float, maximum: float, **kwargs) -> "Slider":
    """A ``Slider`` (``gr.Slider``'s arguments); inside a page, a change of its box is clamped to the range in the browser."""
    made = Slider(minimum, maximum, **kwargs)
    if get_blocks_context() is not None:
        made.change(None, inputs=made, outputs=made, queue=False, show_progress="hidden",
                    js=f"(v) => (typeof v === 'number' && !isNaN(v)) ? Math.min(Math.max(v, {minimum}), {maximum}) : v")
    return made


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


def _number(value: float) -> str:
    return f"{value:g}"
