"""The whole page, top to bottom: a header, then the Mix, Presets, Compare and Sweep views.

The composer is loaded once (by ``app.py``) and shared; every event goes through one bounded
queue. Generate has a worker of its own (``concurrency_id="generate"``), compare and sweep share
another (``"batch"``), and the long work steps aside while a generate waits (``ui/scheduling.py``).

>>> demo = build_app(Composer("banks/demo"), "~/.config/vas-composer/presets")  # doctest: +SKIP
"""

from __future__ import annotations

import html
import re

import gradio as gr

from ui.compare_view import CompareView
from ui.controls import Limits
from ui.mix_view import MixView
from ui.presets import PresetStore
from ui.presets_view import PresetsView
from ui.sweep_view import SweepView

THEME = gr.themes.Soft(primary_hue="indigo", font=["ui-sans-serif", "system-ui", "sans-serif"],
                       font_mono=["ui-monospace", "SFMono-Regular", "monospace"])  # system fonts: nothing fetched
CSS = """
#header h1 { margin-bottom: 0; }
#header p { margin-top: 4px; color: var(--body-text-color-subdued); }
"""


def limits_for(composer) -> Limits:
    """Control ranges that fit the models: max new tokens leaves room for a prompt in the context."""
    context = int(getattr(composer, "context", 0) or 0)
    return Limits(max_new_tokens=max(1, min(256, context - 16)) if context > 32 else 256)


def header(composer) -> str:
    bank = getattr(composer, "bank", None)
    bank_name = html.escape(str(getattr(bank, "root", "bank")).rstrip("/").split("/")[-1])
    base = html.escape(str(getattr(bank, "base", "?")).rstrip("/").split("/")[-1])
    names = ", ".join(html.escape(n) for n in composer.value_names)
    # The bank's own description says what its base knows: the demo's base answers about its training subjects only,
    # and a visitor should read that before the first answer about another subject, not in the README.
    description = _markdown_text(str((getattr(bank, "manifest", None) or {}).get("description") or ""))
    return (f"# VAS Composer\nSteer a frozen language model with value models, at decode time. Bank **{bank_name}** "
            f"· base model **{base}** · value models: {names} · device {html.escape(str(getattr(composer, 'device', '?')))}"
            + (f"\n\n{description}" if description else ""))


def _markdown_text(text: str) -> str:
    """``text`` as one plain paragraph of Markdown: whitespace collapsed, Markdown and HTML punctuation backslash-escaped,
    so a bank's description cannot add headings, links, images (fetched by every visitor's browser) or HTML.

    >>> _markdown_text("Knows <b>cooking</b>\\n\\n# Big ![x](http://e/x.png)")
    'Knows \\\\<b\\\\>cooking\\\\</b\\\\> \\\\# Big \\\\!\\\\[x\\\\]\\\\(http://e/x.png\\\\)'
    """
    return re.sub(r"([\\`*_{}\[\]()#+\-!|<>&~])", r"\\\1", " ".join(text.split()))


def build_app(composer, presets_dir) -> gr.Blocks:
    """The Gradio Blocks for ``composer`` with presets stored in ``presets_dir`` (created on first save)."""
    store = PresetStore(presets_dir)
    mix = MixView(composer, limits_for(composer))
    presets = PresetsView(store, mix)
    compare = CompareView(store, mix)
    sweep = SweepView(mix)
    # delete_cache: exported presets and compare CSVs are copied into gradio's cache; drop them after an hour.
    with gr.Blocks(title="VAS Composer", analytics_enabled=False, delete_cache=(3600, 3600)) as demo:
        gr.Markdown(header(composer), elem_id="header")
        with gr.Tabs(elem_id="views"):
            with gr.Tab("Mix", id="mix", elem_id="tab-mix"):
                mix.build()
            with gr.Tab("Presets", id="presets", elem_id="tab-presets"):
                presets.build()
            with gr.Tab("Compare", id="compare", elem_id="tab-compare"):
                compare.build()
            with gr.Tab("Sweep", id="sweep", elem_id="tab-sweep"):
                sweep.build()
        presets.compare_picker = compare.picker
        mix.wire()
        presets.wire(demo)
        compare.wire()
        sweep.wire()
    return demo
