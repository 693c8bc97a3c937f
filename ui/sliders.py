"""Sliders whose typed-in number is held, in the page, to the range they show.

Gradio's slider has a box to type a number into. Typed 100 on a -8..8 slider, the box shows 8 but the page
kept 100 and sent it with every later event, each refused ("Value 100 is greater than maximum value 8.0")
while the screen showed 8. Here a change of the box is clamped to the range in the browser (a
JavaScript-only event, no server round trip), so the page sends what it shows; a cleared box reads as 0,
held to the range. The server still refuses a value outside the range from any other caller (an API
client): Gradio's slider checks it.

(A subclass of ``gr.Slider`` would do this on the server instead, but Gradio writes a ``.pyi`` stub next to
the source file of every component class it sees defined: into the package's own folder, at import.)
"""

from __future__ import annotations

import gradio as gr


def slider(minimum: float, maximum: float, **kwargs) -> gr.Slider:
    """``gr.Slider(minimum, maximum, **kwargs)``, made inside a page, with its box clamped to the range in the browser."""
    made = gr.Slider(minimum, maximum, **kwargs)
    made.change(None, inputs=made, outputs=made, queue=False, show_progress="hidden",
                js=f"(v) => Math.min(Math.max((typeof v === 'number' && !isNaN(v)) ? v : 0, {minimum}), {maximum})")
    return made
