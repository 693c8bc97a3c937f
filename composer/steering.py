"""Steer a model you loaded yourself: a bank's value models as a transformers ``LogitsProcessor``.

``ValueSteering`` loads a bank's value models once; ``processor(mix)`` builds, per call, a
``LogitsProcessor`` that adds the mix's value bonus (the decode rule of ``composer/guidance.py``)
inside ``model.generate()`` or ``pipeline("text-generation")``::

    from transformers import AutoModelForCausalLM, AutoTokenizer
    from composer import ValueSteering

    model = AutoModelForCausalLM.from_pretrained("banks/demo/base")
    tokenizer = AutoTokenizer.from_pretrained("banks/demo/base")
    steering = ValueSteering("banks/demo", tokenizer=tokenizer)
    chat = [{"role": "user", "content": "How do I fix a leaking tap?"}]
    inputs = tokenizer.apply_chat_template(chat, add_generation_prompt=True, return_dict=True, return_tensors="pt")
    out = model.generate(**inputs, do_sample=True, max_new_tokens=64,
                         logits_processor=[steering.processor({"helpfulness": 4, "harmlessness": 1})])

What the processor works out by itself, from the ``input_ids`` each step hands it:

- the prompt's padding: the leading pad tokens of each row (generation pads on the left), so
  left-padded batches and chat templates need nothing more (``attention_mask=`` overrides it);
- ``num_return_sequences``: a mix per prompt is repeated for each of its returned sequences;
- beam search: rows that changed place since the last step are found by their prefix, and the
  value models' KV caches follow them (``ValueSession.reorder_rows``);
- a new ``generate()`` call (a pipeline over several prompts, or the same processor passed again):
  a step that continues no row of the last one starts a fresh session. One processor serves one
  ``generate()`` at a time: build one per thread (it is cheap; the value models are shared).

transformers runs custom processors after its own logits processors (repetition penalty, ...) and
before its sampling warpers (temperature, top-k, top-p), which is where the project's own decode
puts the bonus too (``composer/generation.py``).
"""

from __future__ import annotations

from typing import Mapping, Sequence

import torch
from transformers import LogitsProcessor

from composer.guidance import ValueGuidance, check_top_k
from composer.mixes import check_mix
from composer.value_runtime import ValueSession, backbone_core, load_value_groups
from value_bank.bank import ValueBank
from value_bank.runtime import load_tokenizer, resolve_device, resolve_dtype

Mix = Mapping[str, float]


class ValueSteering:
    """A bank's value models, loaded once, for steering a model of the bank's base tokenizer.

    ``value_models`` loads a subset of the bank; ``tokenizer`` (the one you tokenise with) is
    checked against the bank's and gives the pad token; without it the bank's base tokenizer does.
    ``device`` and ``dtype`` are where the value models run ("auto": a GPU if there is one).
    """

    def __init__(self, bank: str | ValueBank, value_models: Sequence[str] | None = None, tokenizer=None,
                 device: str | torch.device = "auto", dtype: str | torch.dtype = "auto"):
        self.bank = bank if isinstance(bank, ValueBank) else ValueBank.open(bank)
        self.tokenizer = tokenizer if tokenizer is not None else load_tokenizer(self.bank.base)
        self.bank.check_tokenizer(self.tokenizer, source="the tokenizer given to ValueSteering" if tokenizer is not None else "the bank's base tokenizer")
        self.names = list(value_models) if value_models is not None else self.bank.names
        for name in self.names:
            self.bank.entry(name)  # an unknown name fails here, listing the known ones
        self.device = device if isinstance(device, torch.device) else resolve_device(device)
        self.dtype = dtype if isinstance(dtype, torch.dtype) else resolve_dtype(dtype, self.device)
        self.groups = load_value_groups(self.bank, self.names, self.device, self.dtype)
        self.vocab_size = min(_vocab_size(group.backbone) for group in self.groups) if self.groups else 0
        pad = self.tokenizer.pad_token_id if self.tokenizer.pad_token_id is not None else self.tokenizer.eos_token_id
        self.pad_token_id = pad
        # a BOS that is also the pad token: the last of a row's leading pads is its real first token
        self.pad_is_bos = pad is not None and pad == getattr(self.tokenizer, "bos_token_id", None)

    def processor(self, mix: Mix | Sequence[Mix] | None, top_k: int = 20,
                  attention_mask: torch.Tensor | None = None) -> "SteeringProcessor":
        """A ``LogitsProcessor`` for one mix ({name: weight}) for every prompt, or one mix per prompt.

        ``top_k``: how many of the base's best tokens may get a value bonus each step (the plausible ones, composer/guidance.py).
        ``attention_mask``: the prompt's mask, when its padding cannot be told from pad tokens.
        """
        mixes = [mix] if mix is None or isinstance(mix, Mapping) else list(mix)
        if not mixes:
            raise ValueError("no mix given; give one {name: weight} mapping, or one per prompt")
        for row, weights_of_row in enumerate(mixes):
            if weights_of_row is not None and not isinstance(weights_of_row, Mapping):
                raise TypeError(f"mix {row} is a {type(weights_of_row).__name__}; a mix maps value-model names to weights")
        weights = torch.tensor([check_mix(weights_of_row, self.names) for weights_of_row in mixes])
        check_top_k(top_k)  # here, not at the first step inside generate()
        return SteeringProcessor(self, weights, top_k, attention_mask, one_mix=len(mixes) == 1)


class SteeringProcessor(LogitsProcessor):
    """The value bonus of one mix inside ``generate()``; see the module docstring for what it handles."""

    def __init__(self, steering: ValueSteering, weights: torch.Tensor, top_k: int, attention_mask: torch.Tensor | None, one_mix: bool):
        self.steering, self.weights, self.top_k, self.one_mix = steering, weights, top_k, one_mix
        self.attention_mask = attention_mask
        active = [i for i in range(weights.shape[1]) if bool(weights[:, i].any())]
        self.active = [steering.names[i] for i in active]  # a value model at weight 0 everywhere costs nothing
        self.active_weights = weights[:, active]
        self.guidance: ValueGuidance | None = None
        self.seen: torch.Tensor | None = None  # the input_ids of the last step

    def __call__(self, input_ids: torch.LongTensor, scores: torch.FloatTensor) -> torch.FloatTensor:
        if not self.active:
            return scores  # every weight 0: the base logits, exactly
        if self.guidance is None or not self._continue(input_ids):
            self._start(input_ids, scores)
        self.seen = input_ids.detach().clone()
        return self.guidance(input_ids, scores)

    def _start(self, input_ids: torch.Tensor, scores: torch.Tensor) -> None:
        """A new generation: this call's input_ids are the prompts."""
        rows = input_ids.shape[0]
        vocab = self.steering.vocab_size
        if scores.shape[-1] > vocab:
            raise ValueError(f"the model scores {scores.shape[-1]} tokens but the value models read {vocab}; "
                             "steer a model with the bank's base tokenizer and vocabulary")
        weights = self.active_weights
        if not self.one_mix:
            if rows % len(weights):
                raise ValueError(f"{len(weights)} mixes for a batch of {rows} rows; give one mix, or one per prompt")
            weights = weights.repeat_interleave(rows // len(weights), dim=0)  # num_return_sequences / beams: rows per prompt
        else:
            weights = weights.expand(rows, -1)
        session = ValueSession(self.steering.groups, self._prompt_mask(input_ids), self.active)
        self.guidance = ValueGuidance(session, weights.contiguous(), self.top_k)
        self.attention_mask = None  # it described this prompt only

    def _prompt_mask(self, input_ids: torch.Tensor) -> torch.Tensor:
        if self.attention_mask is not None:
            mask = torch.as_tensor(self.attention_mask)
            if mask.shape == input_ids.shape:
                return mask.bool()
            if input_ids.shape[0] % mask.shape[0] == 0 and mask.shape[1] == input_ids.shape[1]:
                return mask.bool().repeat_interleave(input_ids.shape[0] // mask.shape[0], dim=0)
            raise ValueError(f"attention_mask has shape {tuple(mask.shape)} but the prompts are {tuple(input_ids.shape)}")
        pad = self.steering.pad_token_id
        if pad is None:
            return torch.ones_like(input_ids, dtype=torch.bool)
        real = (input_ids != pad).long().cummax(dim=1).values.bool()  # from the first non-pad token on
        if self.steering.pad_is_bos:  # the BOS just before the first real token is real too
            real = real | torch.nn.functional.pad(real[:, 1:], (0, 1))
        if not real.any(dim=1).all():
            raise ValueError("a prompt is only pad tokens; give some text to respond to")
        return real

    def _continue(self, input_ids: torch.Tensor) -> bool:
        """Whether this step continues the last one; reorders the caches when rows moved (beam search)."""
        seen = self.seen
        if input_ids.shape[1] <= seen.shape[1]:
            return False
        prefix = input_ids[:, : seen.shape[1]]
        if prefix.shape == seen.shape and torch.equal(prefix, seen.to(prefix.device)):
            return True
        same = (prefix[:, None, :] == seen.to(prefix.device)[None, :, :]).all(-1)  # (rows now, rows before)
        if not same.any(dim=1).all():
            return False  # some row continues nothing: a new generation
        rows = same.float().argmax(dim=1)
        self.guidance.session.reorder_rows(rows)
        self.guidance.value_weights = self.guidance.value_weights[rows.to(self.guidance.value_weights.device)]
        return True


def _vocab_size(backbone) -> int:
    return int(backbone_core(backbone).get_input_embeddings().weight.shape[0])
