"""The Presets view: save the current mix under a name, load, rename, delete, list, import and export.

Every callback is a plain method with an ``api_name``; preset files live in ``PresetStore``'s
folder, so they outlive the app. Refusals (a bad name, a built-in persona) are messages, and a
broken preset file only costs a warning on the list.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import gradio as gr
import pandas as pd

from ui.controls import Decoding, describe_mix, mix_from_inputs, preset_to_controls
from ui.mix_view import MixView, click_reporting_on, user_error
from ui.presets import CURRENT_SLIDERS, Preset, PresetError, PresetStore

TABLE_COLUMNS = ["name", "kind", "description", "weights", "strategy", "max new tokens", "temperature", "top-k", "seed"]
SHOWN_SKIPS = 20  # skipped entries listed one by one; past that, a count


class PresetsView:
    def __init__(self, store: PresetStore, mix: MixView):
        self.store = store
        self.mix = mix
        self.compare_picker = None  # the compare view's multiselect, refreshed with ours

    # ---- callbacks -----------------------------------------------------------------------------
    def list_presets(self):
        """The presets table, both pickers' choices, and a warning for every preset file that was skipped."""
        return self._listing(None)

    def save_preset(self, name, description, strategy, best_of, max_new_tokens, temperature, top_k, seed, min_new_tokens=0, **weights):
        """Save the current sliders and decoding settings under ``name`` (replacing a saved preset of that name)."""
        try:
            decoding = Decoding.from_inputs(strategy, best_of, max_new_tokens, temperature, top_k, seed, min_new_tokens)
            preset = Preset(name=name if isinstance(name, str) else "", weights=mix_from_inputs(weights, self.mix.params),
                            description=(description or "").strip(), decoding=decoding)
            replaced = self.store.save(preset)
        except ValueError as error:  # PresetError is a ValueError
            raise user_error(error) from None
        saved = self.store.load(name)
        return self._listing(f"{'Updated' if replaced else 'Saved'} preset **{saved.name}** ({describe_mix(saved.weights)}).", select=saved.name)

    def load_preset(self, name):
        """Set the sliders and decoding controls from a preset; weights for value models this bank lacks are ignored (and named)."""
        try:
            preset = self.store.load(name or "")
        except PresetError as error:
            raise user_error(error) from None
        sliders, decoding, notes = preset_to_controls(preset, list(self.mix.composer.value_names), self.mix.limits)
        message = f"Loaded **{preset.name}** ({describe_mix({n: v for n, v in sliders.items() if v})})."
        if notes:
            message += "\n\n" + "\n\n".join(f"⚠️ {note[0].upper()}{note[1:]}." for note in notes)
            gr.Warning("; ".join(notes), title=f"Loaded {preset.name} with changes")
        slider_values = [sliders[name] for name in self.mix.params.values()]
        return (*slider_values, *decoding.kwargs().values(), preset.name, preset.description, message)

    def rename_preset(self, name, new_name):
        """Give a saved preset a new name."""
        try:
            renamed = self.store.rename(name or "", new_name if isinstance(new_name, str) else "")
        except PresetError as error:
            raise user_error(error) from None
        return self._listing(f"Renamed **{name}** to **{renamed.name}**.", select=renamed.name)

    def delete_preset(self, name):
        """Delete a saved preset (built-in personas stay)."""
        try:
            self.store.delete(name or "")
        except PresetError as error:
            raise user_error(error) from None
        return self._listing(f"Deleted **{name}**.", select=None)

    def import_presets(self, file):
        """Import presets from a JSON file (an export, or one preset); names that exist already are skipped."""
        if not file:
            raise gr.Error("Choose a JSON file to import first.")
        try:
            text = Path(file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:  # the OS's message names a server path: leave it out
            raise user_error(PresetError(f"cannot import {Path(file).name}: it is not readable UTF-8 text ({type(error).__name__})")) from None
        try:
            imported, skipped = self.store.import_json(text)
        except PresetError as error:
            raise user_error(PresetError(f"cannot import {Path(file).name}: {error}")) from None
        lines = [f"Imported {len(imported)} preset(s): {', '.join(imported) or 'none'}."]
        if skipped:
            lines.append(f"Not imported ({len(skipped)}):")
            lines += [f"⚠️ {s}" for s in skipped[:SHOWN_SKIPS]] + ([f"… and {len(skipped) - SHOWN_SKIPS} more"] if len(skipped) > SHOWN_SKIPS else [])
            gr.Warning("; ".join(skipped[:SHOWN_SKIPS]) + (f"; and {len(skipped) - SHOWN_SKIPS} more" if len(skipped) > SHOWN_SKIPS else ""),
                       title=f"{len(skipped)} preset(s) were not imported")
        return self._listing("\n\n".join(lines), select=imported[0] if imported else None)

    def export_presets(self):
        """All saved presets as one JSON file (built-in personas are not included)."""
        count = len([p for p in self.store.list()[0] if not p.builtin])
        path = Path(tempfile.mkdtemp(prefix="vas-presets-")) / "vas-composer-presets.json"
        path.write_text(self.store.export_json(), encoding="utf-8")
        return str(path), f"Exported {count} saved preset(s)."

    # ---- helpers -------------------------------------------------------------------------------
    def _listing(self, message: str | None, select: str | None | bool = False):
        presets, warnings = self.store.list()
        for warning in warnings:
            gr.Warning(warning, title="Preset file skipped")
        rows = [[p.name, "built-in" if p.builtin else "saved", p.description, describe_mix(p.weights), p.decoding.strategy,
                 p.decoding.max_new_tokens, p.decoding.temperature, p.decoding.top_k, p.decoding.seed] for p in presets]
        table = pd.DataFrame(rows, columns=TABLE_COLUMNS)
        choices = [(f"{p.name} (built-in)" if p.builtin else p.name, p.name) for p in presets]
        picker = gr.update(choices=choices) if select is False else gr.update(choices=choices, value=select)
        compare = gr.update(choices=[CURRENT_SLIDERS] + [p.name for p in presets])
        lines = ([message] if message else []) + [f"⚠️ {w}" for w in warnings]
        return "\n\n".join(lines) or f"{len(presets)} presets ({len(presets) - len(self.store.builtins)} saved).", table, picker, compare

    # ---- layout --------------------------------------------------------------------------------
    def build(self) -> None:
        # The folder is named on the server's console, not in the page: a page may be public (--share), a path is the server's.
        gr.Markdown("A preset is a mix (the weights) with its decoding settings. Saved presets are JSON files in the app's presets "
                    "folder (`--presets`); built-in personas are read-only (load one, then save it under a new name to change it).")
        with gr.Row(equal_height=False):
            with gr.Column():
                gr.Markdown("#### Save the current mix")
                self.name = gr.Textbox(label="Name", max_lines=1, elem_id="preset-name", placeholder="e.g. Friendly tutor")
                self.description = gr.Textbox(label="Description (optional)", max_lines=2, elem_id="preset-description")
                self.save_button = gr.Button("Save current mix", variant="primary", elem_id="preset-save")
            with gr.Column():
                gr.Markdown("#### Saved presets and personas")
                self.picker = gr.Dropdown(choices=[], label="Preset", elem_id="preset-picker", allow_custom_value=True)  # the store checks names
                with gr.Row():
                    self.load_button = gr.Button("Load into the sliders", variant="primary", elem_id="preset-load")
                    self.delete_button = gr.Button("Delete", variant="stop", elem_id="preset-delete")
                with gr.Row():
                    self.new_name = gr.Textbox(label="New name", max_lines=1, scale=3, elem_id="preset-new-name")
                    self.rename_button = gr.Button("Rename", scale=1, elem_id="preset-rename")
        self.status_md = gr.Markdown(label="Status", show_label=False, elem_id="preset-status")
        self.table = gr.Dataframe(headers=TABLE_COLUMNS, label="All presets", interactive=False, wrap=True, elem_id="preset-table")
        with gr.Accordion("Import and export (JSON)", open=False):
            with gr.Row():
                self.import_file = gr.File(label="Presets JSON to import", file_types=[".json"], type="filepath", elem_id="preset-import-file")
                with gr.Column():
                    self.import_button = gr.Button("Import", elem_id="preset-import")
                    self.export_button = gr.Button("Export saved presets", elem_id="preset-export")
                    self.export_file = gr.File(label="Exported presets", interactive=False, elem_id="preset-export-file")

    def wire(self, demo: gr.Blocks) -> None:
        listing = [self.status_md, self.table, self.picker, self.compare_picker]
        mix = self.mix
        demo.load(self.list_presets, outputs=listing, api_name="list_presets")
        actions = [(self.save_button, self.save_preset, [self.name, self.description, *mix.decoding_inputs], mix.sliders, "save_preset"),
                   (self.rename_button, self.rename_preset, [self.picker, self.new_name], None, "rename_preset"),
                   (self.delete_button, self.delete_preset, [self.picker], None, "delete_preset"),
                   (self.import_button, self.import_presets, [self.import_file], None, "import_presets")]
        for button, action, inputs, keyword_inputs, api_name in actions:
            click_reporting_on(button, self.status_md, action, inputs=inputs, inputs_kwargs=keyword_inputs, outputs=listing,
                               api_name=api_name)
        self.load_button.click(self.load_preset, inputs=[self.picker],
                               outputs=[*mix.sliders.values(), *mix.decoding_inputs, self.name, self.description, self.status_md],
                               api_name="load_preset")
        self.export_button.click(self.export_presets, outputs=[self.export_file, self.status_md], api_name="export_presets")
