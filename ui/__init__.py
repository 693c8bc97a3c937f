"""ui: the Gradio app of VAS Composer (Blocks, plotly figures, presets storage); no model logic.

``build_app(composer, presets_dir)`` returns the ``gr.Blocks``; ``launch_app`` adds the bounded
queue and serves it (loopback only unless told otherwise). ``python app.py`` does both.
"""

import os

# Before gradio is imported anywhere: no telemetry, no version check; the app runs offline.
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")

from ui.blocks import build_app  # noqa: E402
from ui.server import launch_app  # noqa: E402

__all__ = ["build_app", "launch_app"]
