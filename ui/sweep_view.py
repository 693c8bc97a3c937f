"""The Sweep view: a grid of weights for one value model (or two), over a few prompts, with a progress bar.

Each grid point is batched over every prompt and sample (the same seeds at every point, so the
curves differ only by the weights), in chunks that let a waiting generate go first
(``ui/scheduling.py``); a row's text does not depend on its batch, so chunks change no result.
The plot shows every reward's mean normalised score against the weight; with two value models,
also the front of their two rewards.
"""

from __future__ import annotations

import math

import gradio as gr
import numpy as np
import pandas as pd

from ui.controls import SEED_MAX, WEIGHT_MAX, WEIGHT_MIN, Decoding, mix_from_inputs
from ui.figures import empty_chart, front_chart, sweep_chart
from ui.mix_view import REFUSALS, MixView, click_reporting_on, prompt_notice, user_error
from ui.scheduling import CHUNK_GENERATIONS, chunks
from ui.sliders import slider

NONE = "(none)"
DEFAULT_PROMPTS = "How do I keep a basil plant alive?\nWrite a short note to thank a colleague.\nWhat should I pack for a day hike?"
MAX_STEPS, MAX_PROMPTS, MAX_ROWS = 9, 16, 4000


def weight_grid(low: float, high: float, steps: int) -> list[float]:
    """``steps`` evenly spaced weights from ``low`` to ``high``, rounded for display."""
    return [round(float(w), 4) for w in np.linspace(low, high, steps)]


class SweepView:
    def __init__(self, mix: MixView):
        self.mix = mix

    # ---- callback ------------------------------------------------------------------------------
    def sweep(self, value_model, second_value_model, weight_min, weight_max, steps, prompts, samples, seed, keep_other_weights,
              strategy, best_of, max_new_tokens, temperature, top_k, min_new_tokens=0, progress=gr.Progress(), **weights):
        """Run the weight grid; returns the curves, the front (two value models) or a note, the table and a status line."""
        value_names = list(self.mix.composer.value_names)
        axes = [value_model] + ([second_value_model] if second_value_model not in (None, "", NONE) else [])
        try:
            for name in axes:
                if name not in value_names:
                    raise ValueError(f"unknown value model {name!r}; known: {', '.join(value_names)}")
            if len(set(axes)) != len(axes):
                raise ValueError("choose two different value models for a grid (or none as the second)")
            steps = int(steps)
            if not 2 <= steps <= MAX_STEPS:
                raise ValueError(f"steps must be between 2 and {MAX_STEPS}, got {steps}")
            low, high = float(weight_min), float(weight_max)
            if not (math.isfinite(low) and math.isfinite(high) and low < high):
                raise ValueError(f"the weight range must go from a lower to a higher number, got {weight_min} to {weight_max}")
            prompt_list = [line.strip() for line in (prompts or "").splitlines() if line.strip()]
            if not 1 <= len(prompt_list) <= MAX_PROMPTS:
                raise ValueError(f"give between 1 and {MAX_PROMPTS} prompts, one a line (got {len(prompt_list)})")
            samples = int(samples)
            decoding = Decoding.from_inputs(strategy, best_of, max_new_tokens, temperature, top_k, seed, min_new_tokens)
            base_mix = mix_from_inputs(weights, self.mix.params) if keep_other_weights else {}
        except (TypeError, ValueError) as error:
            raise user_error(error) from None
        grid = weight_grid(low, high, steps)
        points = [(a,) for a in grid] if len(axes) == 1 else [(a, b) for b in grid for a in grid]
        row_prompts = [p for p in prompt_list for _ in range(max(1, samples))]
        row_seeds = [decoding.seed + j for _ in prompt_list for j in range(max(1, samples))]
        if samples < 1 or len(points) * len(row_prompts) > MAX_ROWS:
            raise gr.Error(f"{len(points)} grid points x {len(row_prompts)} rows is too big a sweep (at most {MAX_ROWS} generations); "
                           "use fewer steps, prompts or samples (at least 1)")
        settings = decoding.kwargs()
        records = []
        for index, point in enumerate(progress.tqdm(points, desc="Sweeping weights")):
            mix = {n: w for n, w in base_mix.items() if n not in axes} | dict(zip(axes, point))
            copies = decoding.best_of if decoding.strategy == "bon" else 1
            results = []
            for part in chunks(len(row_prompts), CHUNK_GENERATIONS // copies):
                try:
                    with self.mix.gate.background():
                        results += self.mix.composer.generate([row_prompts[i] for i in part], mix, attributions=False,
                                                              **(settings | {"seed": [row_seeds[i] for i in part]}))
                except REFUSALS as error:
                    raise user_error(error) from None
            record = {f"w {name}": w for name, w in zip(axes, point)}
            for name in value_names:
                raw = np.array([r.scores[name] for r in results])
                z = np.array([r.normalised_scores[name] for r in results])
                record |= {f"{name} score": raw.mean(), f"{name} z": z.mean(),
                           f"{name} z se": z.std(ddof=1) / math.sqrt(len(z)) if len(z) > 1 else 0.0}
            records.append(record | {"rows": len(results)})
        table = pd.DataFrame.from_records(records).round(4)
        curves = sweep_chart(table, axes[0], axes[1] if len(axes) == 2 else None, value_names)
        front = front_chart(table, axes[0], axes[1]) if len(axes) == 2 else empty_chart("Choose a second value model to see the front of two rewards.")
        truncated = sorted({prompt_notice(w, "A prompt") for r in results for w in r.warnings})
        status = "\n\n".join([f"{len(points)} grid points x {len(row_prompts)} generations ({len(prompt_list)} prompts x "
                              f"{max(1, samples)} samples), strategy {decoding.strategy}."] + [f"⚠️ {w}" for w in truncated])
        return curves, front, table, status

    # ---- layout --------------------------------------------------------------------------------
    def build(self) -> None:
        names = list(self.mix.composer.value_names)
        gr.Markdown("Sweep the weight of one value model (or a grid over two) and see how every reward's mean moves. "
                    "Decoding settings come from the Mix view; the other weights are 0 unless you keep the current sliders.")
        with gr.Row(equal_height=False):
            with gr.Column():
                self.value_model = gr.Dropdown(names, value=names[0] if names else None, label="Value model (x axis)", elem_id="sweep-model")
                self.second = gr.Dropdown([NONE] + names, value=NONE, label="Second value model (for a grid)", elem_id="sweep-second")
                with gr.Row():
                    self.weight_min = gr.Number(value=0.0, minimum=WEIGHT_MIN, maximum=WEIGHT_MAX, label="From weight", elem_id="sweep-min")
                    self.weight_max = gr.Number(value=4.0, minimum=WEIGHT_MIN, maximum=WEIGHT_MAX, label="To weight", elem_id="sweep-max")
                    self.steps = slider(2, MAX_STEPS, value=3, step=1, label="Steps", elem_id="sweep-steps")
            with gr.Column():
                self.prompts = gr.Textbox(value=DEFAULT_PROMPTS, lines=4, max_lines=MAX_PROMPTS, label="Prompts (one a line)", elem_id="sweep-prompts")
                with gr.Row():
                    self.samples = slider(1, 8, value=2, step=1, label="Samples per prompt", elem_id="sweep-samples")
                    self.seed = gr.Number(value=0, minimum=0, maximum=SEED_MAX, label="First seed", elem_id="sweep-seed")
                self.keep = gr.Checkbox(value=False, label="Keep the other weights at the current sliders", elem_id="sweep-keep")
        self.button = gr.Button("Run sweep", variant="primary", elem_id="sweep-run")
        self.status_md = gr.Markdown(label="Status", show_label=False, elem_id="sweep-status")
        with gr.Row(equal_height=False):
            self.curves = gr.Plot(label="Mean score vs weight", elem_id="sweep-curves")
            self.front = gr.Plot(label="Front", elem_id="sweep-front")
        self.table = gr.Dataframe(label="Sweep results", interactive=False, elem_id="sweep-table")

    def wire(self) -> None:
        click_reporting_on(self.button, self.status_md, self.sweep,
                           inputs=[self.value_model, self.second, self.weight_min, self.weight_max, self.steps, self.prompts,
                                   self.samples, self.seed, self.keep, *self.mix.shared_decoding_inputs],
                           inputs_kwargs=self.mix.sliders, outputs=[self.curves, self.front, self.table, self.status_md],
                           api_name="sweep", concurrency_id="batch")
