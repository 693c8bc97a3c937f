"""The Mix view: a prompt, one slider per value model, decoding controls; the response streams in.

``generate`` is the one callback (api_name ``generate``): it streams the text as the composer
writes it, then sends the scores chart, the token view and the whole result as JSON. The Generate
button, Enter in the prompt and the release of any weight slider all call it.

The view opens on a built-in persona (``OPENING_PERSONA``), so the first answer a visitor reads
shows the product working; "Plain base model" sets every weight to 0 and generates again.
"""

from __future__ import annotations

import html
import re
import time

import gradio as gr

from composer.mixes import MAX_WEIGHT
from value_bank.config_io import RunFailure
from ui.controls import SEED_MAX, STRATEGY_CHOICES, WEIGHT_MAX, WEIGHT_MIN, WEIGHT_STEP, Decoding, Limits, describe_mix, mix_from_inputs, weight_params
from ui.figures import empty_chart, score_chart
from ui.presets import BUILTIN_PERSONAS
from ui.scheduling import ModelGate
from ui.sliders import slider
from ui.token_view import empty_view, token_view_html

DEFAULT_PROMPT = "How do I fix a leaking tap?"  # the demo answers it on topic (README: which questions it still misses)
OPENING_PERSONA = "Helpful assistant"  # the sliders' starting mix, when the bank has its value models
STREAM_INTERVAL_S = 0.04  # coalesce streamed pieces: at most ~25 page updates a second
STRATEGY_NAMES = dict((value, label) for label, value in STRATEGY_CHOICES)


# What a callback turns into a message on the page: a bad request (ValueError), or a run that failed for a
# reason outside the app (RunFailure: a base server that is down or answers 500, a corrupted bank file).
REFUSALS = (ValueError, RunFailure)


def user_error(error: Exception) -> gr.Error:
    """A message for the page (and for API clients), never a traceback; the server log gets one line (ui/server.py).

    The app stays up: the next request runs as usual (with a base server, once it answers again)."""
    title = "The model could not answer" if isinstance(error, RunFailure) else "Cannot do that"
    return gr.Error(html.escape(str(error), quote=False), title=title)


def click_reporting_on(button: gr.Button, status: gr.Markdown, action, **event) -> None:
    """``button.click(action, **event)`` whose progress and refusal badge sit on ``status`` alone.

    Gradio's default lays the "Error" badge of a refused action over every output (a preset table, a comparison's
    texts, a sweep's plots), and a dropdown under it stops taking clicks; on the status line the last results stay
    readable. The status is cleared in the page first (that listener is registered first, so it runs first): the
    badge never sits on top of the last action's success message. API callers still get the error."""
    button.click(None, outputs=status, js="() => ''", queue=False, show_progress="hidden")
    button.click(action, show_progress_on=status, **event)


def prompt_notice(warning: str, subject: str = "Your prompt") -> str:
    """A result's warning about its prompt ("the prompt has ..."), worded for the person who typed it."""
    return re.sub(r"^the prompt ", f"{subject} ", warning)


def check_prompt(prompt) -> str:
    if not isinstance(prompt, str) or not prompt.strip():
        raise gr.Error("The prompt is empty: write something for the model to respond to.", title="Empty prompt")
    return prompt


def _opening_persona(value_names):
    """``OPENING_PERSONA``, or None for a bank that lacks any of its value models."""
    persona = next(p for p in BUILTIN_PERSONAS if p.name == OPENING_PERSONA)
    return persona if set(persona.weights) <= set(value_names) else None


def opening_mix(value_names) -> dict[str, float]:
    """The weights the sliders start at: ``OPENING_PERSONA``'s, or all 0 for a bank that lacks any of its value models."""
    persona = _opening_persona(value_names)
    return dict(persona.weights) if persona else {}


def opening_temperature(value_names) -> float:
    """The temperature the page starts at: ``OPENING_PERSONA``'s when its mix applies, else the composer's default (1)."""
    persona = _opening_persona(value_names)
    return (persona.decoding if persona else Decoding()).temperature


class MixView:
    """Owns the prompt, the weight sliders and the decoding controls (the compare and sweep views read them)."""

    def __init__(self, composer, limits: Limits):
        self.composer = composer
        self.limits = limits
        self.params = weight_params(list(composer.value_names))  # API parameter -> value-model name
        self.gate = ModelGate()  # the compare and sweep views step aside while a generate waits
        self.opening = opening_mix(composer.value_names)
        self.opening_temperature = opening_temperature(composer.value_names)

    # ---- callback ------------------------------------------------------------------------------
    def generate(self, prompt, strategy, best_of, max_new_tokens, temperature, top_k, seed, min_new_tokens=0, **weights):
        """Stream a response for the prompt with the current mix; then its scores, token view and JSON."""
        check_prompt(prompt)
        try:
            decoding = Decoding.from_inputs(strategy, best_of, max_new_tokens, temperature, top_k, seed, min_new_tokens)
            mix = mix_from_inputs(weights, self.params)
        except ValueError as error:
            raise user_error(error) from None
        skip = gr.skip()
        yield "", f"_Generating with {describe_mix(mix)} …_", skip, skip, skip
        result, last = None, 0.0
        try:
            with self.gate.interactive():
                for event in self.composer.stream(prompt, value_weights=mix, attributions=True, **decoding.kwargs()):
                    if event.result is not None:
                        result = event.result
                    elif time.perf_counter() - last >= STREAM_INTERVAL_S:
                        last = time.perf_counter()
                        yield event.text, skip, skip, skip, skip
        except REFUSALS as error:
            raise user_error(error) from None
        notices = [prompt_notice(w) for w in result.warnings]
        for notice in notices:
            gr.Warning(notice, title="Prompt truncated")
        percentiles = {name: self.composer.percentile(name, raw) for name, raw in result.scores.items()}
        payload = result.to_dict() | {"percentiles": percentiles}
        yield (result.text, self.status(result, decoding, notices),
               score_chart(result.scores, result.normalised_scores, percentiles) if result.scores else empty_chart("no scores"),
               token_view_html(result.text, result.attributions, list(self.composer.value_names)), payload)

    @staticmethod
    def status(result, decoding: Decoding, notices: list[str]) -> str:
        timing = result.timing
        ended = "end of text" if result.finished else "max new tokens"
        line = (f"**{len(result.token_ids)} tokens** in {timing.get('seconds', 0):.2f} s "
                f"({timing.get('tokens_per_second', 0):.0f} tokens/s) · {STRATEGY_NAMES.get(decoding.strategy, decoding.strategy)}"
                f"{f' (N={decoding.best_of})' if decoding.strategy == 'bon' else ''} · seed {decoding.seed} · "
                f"{'scored against the mix' if decoding.strategy == 'base' else 'mix'}: {describe_mix(result.value_weights)} · "
                f"objective {result.objective:+.2f} · stopped at {ended}")  # the base ignores the weights; its objective uses them
        return "\n\n".join([line] + [f"⚠️ **Prompt truncated:** {n}" for n in notices])

    # ---- layout --------------------------------------------------------------------------------
    def build(self) -> None:
        limits = self.limits
        with gr.Row(equal_height=False):
            with gr.Column(scale=3):
                self.prompt = gr.Textbox(value=DEFAULT_PROMPT, label="Prompt", lines=3, max_lines=12, elem_id="prompt",
                                         placeholder="Write a prompt, then Generate (or release a slider)")
                with gr.Row():
                    self.generate_button = gr.Button("Generate", variant="primary", elem_id="generate", scale=3)
                    self.plain_button = gr.Button("Plain base model", elem_id="plain-base", scale=1)
                self.response = gr.Textbox(label="Response", lines=7, max_lines=20, interactive=False, elem_id="response", buttons=["copy"])
                self.status_md = gr.Markdown(label="Status", show_label=False, elem_id="mix-status")
                self.scores_plot = gr.Plot(label="Scores", elem_id="scores-plot")
                self.token_html = gr.HTML(value=empty_view("Generate to see which value model pushed each token."),
                                          label="Tokens", elem_id="token-view", padding=True, js_on_load=None)
            with gr.Column(scale=2):
                gr.Markdown("#### Value weights\nOne slider per value model: positive pulls toward its reward, negative pushes away "
                            "(1 = one base-model standard deviation of that reward per unit of log-probability). "
                            f"The sliders go from {WEIGHT_MIN:g} to {WEIGHT_MAX:g}; presets, the API and the command line take "
                            f"weights from {-MAX_WEIGHT:g} to {MAX_WEIGHT:g}."
                            + (f" The sliders start at the *{OPENING_PERSONA}* persona ({describe_mix(self.opening)}, temperature "
                               f"{self.opening_temperature:g}); "
                               "**Plain base model** sets every weight to 0." if self.opening else ""))
                self.sliders = {}
                for index, (param, name) in enumerate(self.params.items()):
                    self.sliders[param] = slider(WEIGHT_MIN, WEIGHT_MAX, value=self.opening.get(name, 0), step=WEIGHT_STEP, label=name,
                                                 info=self.composer.description(name) or None, elem_id=f"weight-{index}")
                with gr.Accordion("Decoding", open=True):
                    self.strategy = gr.Radio(STRATEGY_CHOICES, value="vas", label="Strategy", elem_id="strategy")
                    self.best_of = slider(1, limits.best_of, value=4, step=1, label="N (Best-of-N only)")
                    self.max_new_tokens = slider(1, limits.max_new_tokens, value=min(64, limits.max_new_tokens), step=1, label="Max new tokens")
                    self.temperature = slider(0.05, limits.temperature, value=self.opening_temperature, step=0.05, label="Temperature")
                    self.top_k = slider(1, limits.top_k, value=20, step=1, label="Top-k candidates",
                                        info="how many of the base model's top tokens may get a value bonus (those it finds plausible)")
                    self.seed = gr.Number(value=0, minimum=0, maximum=SEED_MAX, label="Seed", elem_id="seed")
                    self.min_new_tokens = slider(0, limits.max_new_tokens, value=0, step=1, label="Min new tokens",
                                                 info="hold off the end of text until this many tokens")
        with gr.Accordion("Result as JSON", open=False):
            self.result_json = gr.JSON(label="Result", elem_id="result-json")

    @property
    def decoding_inputs(self) -> list:
        """Every decoding control, in ``Decoding`` field order."""
        return [self.strategy, self.best_of, self.max_new_tokens, self.temperature, self.top_k, self.seed, self.min_new_tokens]

    @property
    def shared_decoding_inputs(self) -> list:
        """The decoding controls the compare and sweep views share (they have a seed of their own)."""
        return [self.strategy, self.best_of, self.max_new_tokens, self.temperature, self.top_k, self.min_new_tokens]

    def wire(self) -> None:
        gr.on([self.generate_button.click, self.prompt.submit, *[s.release for s in self.sliders.values()]],
              self.generate, inputs=[self.prompt, *self.decoding_inputs], inputs_kwargs=self.sliders,
              outputs=[self.response, self.status_md, self.scores_plot, self.token_html, self.result_json],
              api_name="generate", concurrency_id="generate", trigger_mode="always_last", show_progress="minimal")
        self.plain_button.click(lambda: [0] * len(self.sliders), outputs=list(self.sliders.values()), api_visibility="private",
                                queue=False).then(
            self.generate, inputs=[self.prompt, *self.decoding_inputs], inputs_kwargs=self.sliders,
            outputs=[self.response, self.status_md, self.scores_plot, self.token_html, self.result_json],
            api_visibility="private", concurrency_id="generate", show_progress="minimal")
