"""The Compare view: two to four mixes (presets or the current sliders), one prompt, one seed, one batched call.

Each mix contributes only its weights; every row shares the decoding settings of the Mix view and
the seed given here, so the columns differ only by the weights (row i equals a single generate
call with mix i and the same seed). Output: the texts side by side, a scores table (also as CSV)
and grouped bars.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import gradio as gr
import pandas as pd

from ui.controls import SEED_MAX, Decoding, describe_mix, mix_from_inputs
from ui.figures import compare_chart
from ui.mix_view import DEFAULT_PROMPT, REFUSALS, MixView, check_prompt, click_reporting_on, prompt_notice, user_error
from ui.presets import CURRENT_SLIDERS, PresetStore

MAX_MIXES = 4
TEXT_CHARS = 48  # characters of each response shown in the table's cells


def display_table(table: pd.DataFrame) -> pd.DataFrame:
    """The scores table as the page shows it: scores and z to 2 decimals, percentiles whole."""
    shown = table.copy()
    for column in shown.columns:
        if column.endswith(" pct"):
            shown[column] = shown[column].round(0)
        elif pd.api.types.is_float_dtype(shown[column]):
            shown[column] = shown[column].round(2)
    return shown


class CompareView:
    def __init__(self, store: PresetStore, mix: MixView):
        self.store = store
        self.mix = mix

    # ---- callback ------------------------------------------------------------------------------
    def compare(self, prompt, mixes, seed, strategy, best_of, max_new_tokens, temperature, top_k, min_new_tokens=0, **weights):
        """Generate for every chosen mix in one batched call; texts side by side, a scores table, bars and a CSV."""
        check_prompt(prompt)
        mixes = [mixes] if isinstance(mixes, str) else list(mixes or [])
        twice = sorted({m for m in mixes if mixes.count(m) > 1})
        if twice:
            raise gr.Error(f"{' and '.join(repr(m) for m in twice)} {'is' if len(twice) == 1 else 'are'} chosen twice: the columns would be "
                           "the same. Choose two to four different mixes.")
        if not 2 <= len(mixes) <= MAX_MIXES:
            raise gr.Error(f"Choose two to four different mixes (you chose {len(mixes)}).")
        value_names = list(self.mix.composer.value_names)
        try:
            decoding = Decoding.from_inputs(strategy, best_of, max_new_tokens, temperature, top_k, seed, min_new_tokens)
            rows, notes = [], []
            for label in mixes:
                if label == CURRENT_SLIDERS:
                    rows.append(mix_from_inputs(weights, self.mix.params))
                    continue
                preset = self.store.load(label)
                ignored = [n for n in preset.weights if n not in value_names]
                if ignored:
                    notes.append(f"{label}: ignored weights for value models this bank lacks: {', '.join(ignored)}")
                rows.append({n: w for n, w in preset.weights.items() if n in value_names})
            with self.mix.gate.background():  # a few rows: one call, after any waiting generate
                results = self.mix.composer.generate([prompt] * len(rows), rows, attributions=False, **decoding.kwargs())
        except REFUSALS as error:  # also PresetError: an unknown preset name
            raise user_error(error) from None
        notes += sorted({prompt_notice(w, "The prompt") for r in results for w in r.warnings})
        for note in notes:
            gr.Warning(note)
        table = self.table(mixes, results, value_names)
        csv_path = Path(tempfile.mkdtemp(prefix="vas-compare-")) / "compare.csv"
        table.to_csv(csv_path, index=False)  # the CSV keeps 4 decimals for analysis; the page shows what a reader can take in
        boxes = [gr.update(value=r.text, label=f"{m}: {describe_mix(r.value_weights)}", visible=True) for m, r in zip(mixes, results)]
        boxes += [gr.update(value="", visible=False)] * (MAX_MIXES - len(boxes))
        seconds = results[0].timing.get("seconds", 0.0) if results else 0.0
        status = "\n\n".join([f"{len(results)} mixes in one batched call ({seconds:.2f} s), seed {decoding.seed}, "
                              f"strategy {decoding.strategy}."] + [f"⚠️ {n}" for n in notes])
        return (*boxes, display_table(table), compare_chart(table, value_names), str(csv_path), status)

    def table(self, mixes: list[str], results, value_names: list[str]) -> pd.DataFrame:
        records = []
        for label, result in zip(mixes, results):
            record = {"mix": label, "weights": describe_mix(result.value_weights)}
            for name in value_names:
                pct = self.mix.composer.percentile(name, result.scores[name])
                record |= {f"{name} score": result.scores[name], f"{name} z": result.normalised_scores[name],
                           f"{name} pct": float("nan") if pct is None else pct}
            record |= {"objective": result.objective, "tokens": len(result.token_ids), "text": result.text}
            records.append(record)
        return pd.DataFrame.from_records(records).round(4)

    # ---- layout --------------------------------------------------------------------------------
    def build(self) -> None:
        gr.Markdown("Pick two to four mixes: saved presets, personas, or the current sliders. All of them run on one prompt and "
                    "one seed in a single batched call, with the decoding settings of the Mix view, so they differ only by the weights.")
        with gr.Row(equal_height=False):
            with gr.Column(scale=3):
                self.prompt = gr.Textbox(value=DEFAULT_PROMPT, label="Prompt", lines=2, max_lines=8, elem_id="compare-prompt")
            with gr.Column(scale=2):
                # Opens on the current sliders against the plain base, so the first click of Compare shows what steering does.
                plain = [name for name, preset in self.store.builtins.items() if not preset.weights][:1]
                self.picker = gr.Dropdown(choices=[CURRENT_SLIDERS, *self.store.builtins], value=[CURRENT_SLIDERS, *plain],
                                          multiselect=True, max_choices=MAX_MIXES,
                                          allow_custom_value=True, label="Mixes (2 to 4)", elem_id="compare-mixes")
                with gr.Row():
                    self.seed = gr.Number(value=0, minimum=0, maximum=SEED_MAX, label="Seed", elem_id="compare-seed", scale=1)
                    self.button = gr.Button("Compare", variant="primary", elem_id="compare-run", scale=1)
        self.status_md = gr.Markdown(label="Status", show_label=False, elem_id="compare-status")
        with gr.Row(equal_height=True):
            self.texts = [gr.Textbox(label=f"Mix {i + 1}", lines=6, max_lines=16, interactive=False, visible=i < 2,
                                     elem_id=f"compare-text-{i}") for i in range(MAX_MIXES)]
        self.plot = gr.Plot(label="Scores by mix", elem_id="compare-plot")
        # wrap=False: columns widen to fit their headers ("concision z" never breaks mid-word); long texts are cut
        # in the cell (a click shows all) and are in full in the boxes above and in the CSV.
        self.table_df = gr.Dataframe(label="Scores", interactive=False, wrap=False, max_chars=TEXT_CHARS, elem_id="compare-table")
        self.csv = gr.File(label="Scores as CSV", interactive=False, elem_id="compare-csv")

    def wire(self) -> None:
        click_reporting_on(self.button, self.status_md, self.compare,
                           inputs=[self.prompt, self.picker, self.seed, *self.mix.shared_decoding_inputs], inputs_kwargs=self.mix.sliders,
                           outputs=[*self.texts, self.table_df, self.plot, self.csv, self.status_md], api_name="compare", concurrency_id="batch")
