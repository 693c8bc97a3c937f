"""ui: the Gradio app of VAS Composer (Blocks, plotly figures, presets storage); no model logic.

``build_app(composer, presets_dir)`` returns the ``gr.Blocks``; ``launch_app`` adds the bounded
queue and serves it (loopback only unless told otherwise). ``python app.py`` does both.
"""

import os

# Before gradio (and huggingface_hub, which reads these once) is imported anywhere: no telemetry, no
# version check, no hub; the app runs offline on a local bank.
for key, value in (("GRADIO_ANALYTICS_ENABLED", "False"), ("HF_HUB_OFFLINE", "1"), ("TRANSFORMERS_OFFLINE", "1"),
                   ("HF_HUB_DISABLE_TELEMETRY", "1"), ("TOKENIZERS_PARALLELISM", "false")):
    os.environ.setdefault(key, value)

from ui.blocks import build_app  # noqa: E402
from ui.server import launch_app  # noqa: E402

__all__ = ["build_app", "launch_app"]
