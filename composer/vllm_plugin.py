"""The value bank inside vLLM: a v1 logits processor that applies the decode rule per request.

    VAS_BANK=banks/demo vllm serve banks/demo/base --logits-processors composer.vllm_plugin:ValueGuidanceProcessor

Each request picks its own mix in ``SamplingParams.extra_args`` (over HTTP: ``vllm_xargs``):

- ``value_weights``: ``{"helpfulness": 4}`` from Python; over HTTP, where ``vllm_xargs`` holds only
  flat values, the string ``"helpfulness=4,harmlessness=1"`` (the CLI's mix) or a JSON object as a
  string. Unknown names, weights that are not finite or beyond ±100 are refused (HTTP 400).
- ``value_top_k``: how many of the base's top tokens may get a bonus (default 20; the plausible ones).

A request without weights, or with every weight 0, is left exactly as vLLM would sample it. The
rule is the one of composer/guidance.py, applied before temperature as in process:
``l'(a) = l(a) + sum_i w_i (Q_i(s, a) - mean_{c in C} Q_i(s, c))`` for the top-k tokens ``C`` with at
least ``PLAUSIBLE_RATIO`` of the top token's probability.

State follows vLLM's persistent batch (``update_state``): a steered request's value-model caches
live in its batch row (composer/row_session.py); removed rows are forgotten, moved and swapped rows
take their caches along, and an added row (a new request, or a preempted one coming back with its
output so far) is fed its whole token history at its first step. A call that brings no new token
(chunked prefill) recomputes the last state. All steered rows run as one batched forward per
value backbone per step.

The bank is named by the environment variable ``VAS_BANK`` (a bank folder; its tokenizer must be
the served model's). Loading it executes no code: safetensors and JSON.
"""

from __future__ import annotations

import functools
import json
import logging
import math
import os
from dataclasses import dataclass

import torch
from vllm import SamplingParams
from vllm.v1.sample.logits_processor import BatchUpdate, LogitsProcessor, MoveDirectionality

from composer.guidance import centred_bonus, plausible
from composer.mixes import check_mix, parse_mix
from composer.row_session import RowValueSession
from composer.value_runtime import backbone_core, load_value_groups
from value_bank.bank import ValueBank

BANK_ENV = "VAS_BANK"
DEFAULT_TOP_K = 20
MAX_TOP_K = 1000
KNOWN_KEYS = ("value_weights", "value_top_k")

log = logging.getLogger("vas_composer.vllm")


@functools.lru_cache(maxsize=4)
def _bank(path: str) -> ValueBank:
    return ValueBank.open(path)


def bank_from_environment() -> ValueBank:
    path = os.environ.get(BANK_ENV, "")
    if not path:
        raise RuntimeError(f"set {BANK_ENV} to the value bank to serve (a folder with manifest.json), e.g. {BANK_ENV}=banks/demo")
    return _bank(path)


@dataclass(frozen=True)
class RequestMix:
    weights: tuple[float, ...]  # one per value model, in the bank's order
    top_k: int


def request_mix(extra_args: dict | None, names: list[str]) -> RequestMix | None:
    """A request's mix from its ``extra_args``, or None when it is not steered; a ValueError names any bad value."""
    extra_args = extra_args or {}
    unknown = [key for key in extra_args if key.startswith("value_") and key not in KNOWN_KEYS]
    if unknown:
        raise ValueError(f"unknown VAS argument(s) {unknown}; known: {', '.join(KNOWN_KEYS)}")
    raw = extra_args.get("value_weights")
    if isinstance(raw, str):
        text = raw.strip()
        if text.startswith("{"):
            try:
                raw = json.loads(text)
            except json.JSONDecodeError as error:
                raise ValueError(f"value_weights {raw!r} is not a JSON object ({error.msg}); or give NAME=WEIGHT,...") from None
        else:
            raw = parse_mix(text)
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise ValueError(f"value_weights must map value-model names to weights (e.g. \"helpfulness=4\"), got {raw!r}")
    weights = check_mix(raw, names)
    top_k = extra_args.get("value_top_k", DEFAULT_TOP_K)
    if isinstance(top_k, float) and math.isfinite(top_k) and top_k == int(top_k):
        top_k = int(top_k)
    if isinstance(top_k, bool) or not isinstance(top_k, int) or not 1 <= top_k <= MAX_TOP_K:
        raise ValueError(f"value_top_k must be a whole number from 1 to {MAX_TOP_K} (candidate tokens), got {top_k!r}")
    if not any(weights):
        return None
    return RequestMix(tuple(weights), top_k)


@dataclass
class _Row:
    mix: RequestMix
    prompt: list[int]
    output: list[int]  # vLLM's own list of the request's output tokens: it grows as the request runs


class ValueGuidanceProcessor(LogitsProcessor):
    """Value Augmented Sampling with per-request weights, inside vLLM's sampler."""

    @classmethod
    def validate_params(cls, sampling_params: SamplingParams):
        request_mix(sampling_params.extra_args, bank_from_environment().names)

    def __init__(self, vllm_config, device: torch.device, is_pin_memory: bool):
        from value_bank.runtime import resolve_dtype

        bank = bank_from_environment()
        tokenizer_path = vllm_config.model_config.tokenizer
        try:
            from transformers import AutoTokenizer

            tokenizer = AutoTokenizer.from_pretrained(tokenizer_path)
        except Exception as error:  # noqa: BLE001 - say which check could not run, then go on
            log.warning("could not load the served tokenizer to check it against the bank (%s)", type(error).__name__)
        else:
            bank.check_tokenizer(tokenizer, "the served model's tokenizer")
        self.names = bank.names
        dtype = resolve_dtype("auto", device)
        self.session = RowValueSession(load_value_groups(bank, self.names, device, dtype), self.names)
        self.value_vocab = min(backbone_core(g.backbone).config.vocab_size for g in self.session.groups)
        self.rows: dict[int, _Row] = {}
        self.device = device
        log.info("VAS value bank %s on %s (%s): %s", bank.root.name, device, dtype, ", ".join(self.names))

    def is_argmax_invariant(self) -> bool:
        return False  # the bonus changes which token is most likely: greedy decoding is steered too

    def update_state(self, batch_update: BatchUpdate | None) -> None:
        if batch_update is None:
            return
        for index in batch_update.removed:
            self.rows.pop(index, None)
            self.session.reset(index)
        for index, params, prompt, output in batch_update.added:
            self.session.reset(index)  # a new request, or a preempted one back: rebuilt from its tokens
            mix = request_mix(params.extra_args, self.names) if params is not None else None
            if mix is not None and prompt is None:
                log.warning("a steered request came with prompt embeddings, not token ids: it runs unsteered")
                mix = None
            if mix is None:
                self.rows.pop(index, None)
            else:
                self.rows[index] = _Row(mix, prompt, output)
        for a, b, direction in batch_update.moved:
            if direction == MoveDirectionality.SWAP:
                row_a, row_b = self.rows.pop(a, None), self.rows.pop(b, None)
                if row_a is not None:
                    self.rows[b] = row_a
                if row_b is not None:
                    self.rows[a] = row_b
                self.session.swap(a, b)
            else:
                row = self.rows.pop(a, None)
                self.rows.pop(b, None)
                if row is not None:
                    self.rows[b] = row
                self.session.move(a, b)

    def apply(self, logits: torch.Tensor) -> torch.Tensor:
        if not self.rows:
            return logits
        slots, new_tokens = [], []
        for slot in sorted(self.rows):
            row = self.rows[slot]
            known = len(row.output)
            while known and row.output[known - 1] < 0:  # async scheduling's placeholder for a token still on its way
                known -= 1
            length = len(row.prompt) + known  # the state s_t: the prompt and the output so far
            if length > self.session.context:
                log.warning("a steered request passed the value models' context (%d tokens): it goes on unsteered", self.session.context)
                del self.rows[slot]
                self.session.reset(slot)
                continue
            seen = self.session.seen(slot)
            if seen >= length:  # no new token since the last call (chunked prefill): recompute the last state
                seen = length - 1
                self.session.rewind(slot, seen)
            slots.append(slot)
            new_tokens.append(row.prompt[seen:] + list(row.output[max(0, seen - len(row.prompt)) : known]))
        if not slots:
            return logits
        index = torch.tensor(slots, device=logits.device)
        top_k = torch.tensor([self.rows[s].mix.top_k for s in slots], device=logits.device)
        weights = torch.tensor([self.rows[s].mix.weights for s in slots], device=logits.device)  # (R, K)
        rows = logits[index, : self.value_vocab]  # (R, V)
        k = int(top_k.max())
        candidates = rows.topk(min(k, rows.shape[-1]), dim=-1).indices  # (R, k): C_t, best first
        q = self.session.candidate_values(slots, new_tokens, candidates)  # (R, K, k): Q_i(s_t, c)
        valid = (torch.arange(candidates.shape[1], device=logits.device)[None, :] < top_k[:, None])  # (R, k): a row's own top-k
        valid = (valid & plausible(rows, candidates)).float()  # ... that the base finds plausible (the top token always)
        bonus = centred_bonus(q, weights, valid).sum(1)  # (R, k)
        logits[index] = logits[index].scatter_add(-1, candidates, bonus.to(logits.dtype))
        return logits
