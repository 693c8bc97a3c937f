"""Value models at decode time: loaded once, grouped by backbone, stepped with KV caches.

A bank's value models are grouped so that each backbone runs once per step:

- value models on the same frozen backbone, with or without their own LoRA adapter, form one
  group: one batched forward, a block of rows per adapter, with each adapter merged into
  stacked weights (``composer/stacked_adapters.py``; the backbone's own weights for frozen
  value models); each head reads its own block;
- a fully fine-tuned value model is a group of its own.

``ValueSession`` (one per ``generate()``) owns each group's KV cache. At every step it feeds the
tokens it has not seen yet (the whole prompt at the first step, then one token) and returns
``Q_i(s_t, c)`` for the candidates ``c``. The one-token steps of a Llama-shaped backbone run as
plain tensor ops on fused weights (``composer/llama_step.py``, checked against transformers'
forward at load); everything else runs the family's own transformers forward.

- ``q`` head: from the hidden state at ``s_t``, reading only the candidates' rows of the head;
- ``v`` head: ``V(s_t . c)``: the k candidates ride along in the same forward as k extra
  positions that see the prefix and themselves only (a 4D attention mask); their k cache
  entries are cropped afterwards. So a step costs one forward per group, whatever k is.

>>> groups = load_value_groups(bank, ["helpfulness", "harmlessness"], device, dtype)  # doctest: +SKIP
>>> session = ValueSession(groups, prompt_attention_mask, ["helpfulness", "harmlessness"])  # doctest: +SKIP
>>> session.candidate_values(input_ids, candidates).shape                             # doctest: +SKIP
torch.Size([1, 2, 20])
"""

from __future__ import annotations

import functools

from collections import defaultdict
from dataclasses import dataclass
from typing import Sequence

import torch
from torch import nn
from transformers.cache_utils import Cache, DynamicCache

from composer.llama_step import LlamaStep
from composer.stacked_adapters import BASE_ADAPTER, select_blocks, stack_adapters, stacked_layers
from value_bank.bank import ValueBank
from value_bank.value_model import ValueHead, load_backbone, resolve_backbone_path, split_weights



@dataclass
class ValueMember:
    name: str
    head: ValueHead
    block: int  # which block of rows (adapter) of the group's batch this model reads


class UnsupportedBackboneError(ValueError):
    """A value backbone whose attention the decode-time runtime cannot reproduce: refused at load, never wrong values."""


@dataclass(frozen=True)
class AttentionSpec:
    """What a family's attention needs from the masks the runtime builds (read from its config).

    ``window``: the sliding window of its sliding layers (None: none); ``mixed``: sliding and full
    layers side by side (Gemma-2/3, Qwen2 with a window), which take one mask per layer type;
    ``alibi``: positions come from a 2D padding mask (BLOOM, Falcon with ALiBi), not from ids;
    ``softcap``: attention logits are soft-capped (Gemma-2), which only eager attention does.
    """

    window: int | None = None
    mixed: bool = False
    alibi: bool = False
    softcap: bool = False

    @classmethod
    def of(cls, config) -> "AttentionSpec":
        layer_types = set(getattr(config, "layer_types", None) or [])
        unknown = layer_types - {"full_attention", "sliding_attention"}
        if unknown:
            raise UnsupportedBackboneError(f"{config.model_type} backbones have attention layers of type {sorted(unknown)}, "
                                           "which the value runtime cannot mask; use another backbone")
        window = getattr(config, "sliding_window", None)
        if layer_types:
            window = window if "sliding_attention" in layer_types else None
        elif getattr(config, "use_sliding_window", True) is False:
            window = None
        return cls(window=int(window) if window else None, mixed=len(layer_types) == 2,
                   alibi=config.model_type == "bloom" or bool(getattr(config, "alibi", False)),
                   softcap=getattr(config, "attn_logit_softcapping", None) is not None)


class ValueGroup:
    """Value models that share one backbone forward."""

    def __init__(self, backbone: nn.Module, members: list[ValueMember], adapters: list[str] | None):
        self.backbone, self.members, self.adapters = backbone, members, adapters
        self.stacked = stacked_layers(backbone)  # the layers whose active blocks a session selects
        self.context = _context(backbone)
        self.attention = AttentionSpec.of(backbone_core(backbone).config)
        parameter = next(backbone.parameters())
        self.device, self.dtype = parameter.device, parameter.dtype
        self.blocks = list(range(len(adapters))) if adapters else [0]
        self.fast_step = _checked_fast_step(self)  # None: every step runs transformers' forward


def load_value_groups(bank: ValueBank, names: Sequence[str], device: torch.device, dtype: torch.dtype) -> list[ValueGroup]:
    """Load the named value models of a bank, each backbone once."""
    shared: dict[str, list[tuple[str, object, dict]]] = defaultdict(list)
    groups = []
    for name in names:
        config, state = bank.load_weights(name)
        parts = split_weights(state, str(bank.value_dir(name)))
        path = resolve_backbone_path(config.backbone, bank.root)
        if config.adaptation == "full":
            backbone = _backbone(bank, path, device, dtype)
            backbone.load_state_dict(parts["backbone"])
            groups.append(ValueGroup(backbone, [ValueMember(name, _head(config, parts, backbone, device, dtype), 0)], None))
        else:
            shared[path].append((name, config, parts))
    for path, entries in shared.items():
        backbone = _backbone(bank, path, device, dtype)
        lora = [(name, config, parts) for name, config, parts in entries if config.adaptation == "lora"]
        adapters = None
        if lora:
            from peft import get_peft_model, set_peft_model_state_dict

            for index, (name, config, parts) in enumerate(lora):
                if index == 0:
                    backbone = get_peft_model(backbone, config.lora_config(backbone), adapter_name=name)
                else:
                    backbone.add_adapter(name, config.lora_config(backbone))
                set_peft_model_state_dict(backbone, parts["lora"], adapter_name=name)
            adapters = [name for name, _, _ in lora] + ([BASE_ADAPTER] if len(lora) < len(entries) else [])
            backbone = stack_adapters(backbone, adapters).to(device=device, dtype=dtype).eval()
        members = []
        for name, config, parts in entries:
            block = adapters.index(name if config.adaptation == "lora" else BASE_ADAPTER) if adapters else 0
            members.append(ValueMember(name, _head(config, parts, backbone, device, dtype), block))
        groups.append(ValueGroup(backbone, members, adapters))
    for group in groups:
        for member in group.members:
            if group.attention.alibi and member.head.kind == "v":
                raise UnsupportedBackboneError(
                    f"value model {member.name!r} has a v head on a {backbone_core(group.backbone).config.model_type} backbone: its ALiBi "
                    "attention takes positions from a 2D padding mask, which cannot place the k candidates of a step at one "
                    "position; train a q head on this backbone, or use a backbone with position ids")
    return groups


def _backbone(bank: ValueBank, path: str, device, dtype) -> nn.Module:
    """A backbone checked as the base is: its weights against the manifest, its tokenizer against the bank's."""
    bank.check_backbone_tokenizer(path)
    backbone = bank.load_model(path, lambda p: load_backbone(p, device, dtype), "value backbone")
    # The family's own attention as it loaded (BLOOM's sdpa path drifts from its eager one by 1e-3), except where our
    # masks need another: flash-attention takes no 4D mask; soft-capped logits (Gemma-2) are capped by eager attention only.
    if AttentionSpec.of(backbone.config).softcap:
        backbone.config._attn_implementation = "eager"
    elif backbone.config._attn_implementation not in ("sdpa", "eager"):
        backbone.config._attn_implementation = "sdpa"
    return backbone.eval().requires_grad_(False)


def backbone_core(backbone: nn.Module) -> nn.Module:
    """The transformers model under a backbone (the peft wrapper of LoRA value models, or the model itself)."""
    return backbone.get_base_model() if hasattr(backbone, "get_base_model") else backbone


def _head(config, parts: dict, backbone: nn.Module, device, dtype) -> ValueHead:
    rows, width = parts["head"]["weight"].shape  # the trained head's own size (OPT's output is narrower than its hidden size)
    head = ValueHead(config.head, width, rows)
    head.proj.load_state_dict(parts["head"])
    return head.to(device=device, dtype=dtype).eval().requires_grad_(False)


@functools.lru_cache(maxsize=None)
def _cache_keyword(model_class: type) -> str:
    """transformers 5.2x renamed the forward's ``past_key_values`` to ``cache`` (the old name warns until 5.40,
    and before the rename ``cache=`` is swallowed by ``**kwargs``: no cache, then a mask of the wrong
    size). Found on transformers 5.17, so ask the model's own signature."""
    import inspect

    return "cache" if "cache" in inspect.signature(model_class.forward).parameters else "past_key_values"


def _cache_argument(backbone: nn.Module, cache: Cache) -> dict:
    return {_cache_keyword(type(backbone_core(backbone))): cache}


def _context(backbone: nn.Module) -> int:
    from value_bank.runtime import context_length

    return context_length(backbone_core(backbone).config)


@dataclass
class _Plan:
    """What one group runs in a session: its members in use and the adapter blocks they read."""

    group: ValueGroup
    members: list[tuple[ValueMember, int]]  # (member, index of its block among ``blocks``)
    blocks: list[int]
    candidates_in_query: bool  # a v head needs the candidates as extra positions
    cache: Cache | None = None
    key_mask: torch.Tensor | None = None  # (G*B, seen) True on real tokens
    next_position: torch.Tensor | None = None  # (G*B,)


class ValueSession:
    """The per-generation state of the value models in use: KV caches, padding masks, positions.

    Only the groups, adapters and heads of ``names`` run (a value model whose weight is zero in
    every row costs nothing); values come back in the order of ``names``.
    """

    def __init__(self, groups: list[ValueGroup], prompt_attention_mask: torch.Tensor, names: Sequence[str]):
        loaded = [m.name for g in groups for m in g.members]
        unknown = [n for n in names if n not in loaded]
        if unknown:
            raise KeyError(f"value model(s) {unknown} are not loaded; loaded: {loaded}")
        self.names, self.num_models = list(names), len(names)
        self.plans = []
        for group in groups:
            members = [m for m in group.members if m.name in self.names]
            if members:
                blocks = sorted({m.block for m in members})
                self.plans.append(_Plan(group, [(m, blocks.index(m.block)) for m in members], blocks,
                                        any(m.head.kind == "v" for m in members)))
        self.prompt_mask = prompt_attention_mask.bool()  # (B, P)
        self.padded = not bool(self.prompt_mask.all())  # no padding: the one-token steps need no mask
        self.seen = 0  # tokens of input_ids already in the caches
        self.forwards = 0  # backbone forwards run (for the cost report)

    @torch.inference_mode()
    def candidate_values(self, input_ids: torch.Tensor, candidates: torch.Tensor) -> torch.Tensor:
        """input_ids (B, L) so far, candidates (B, k) -> Q (B, K, k), K in ``self.names`` order."""
        new = input_ids[:, self.seen :]  # (B, n): the whole prompt at first, then one token
        self.seen = input_ids.shape[1]
        values = {}
        for plan in self.plans:
            values.update(self._step(plan, new, candidates))
            self.forwards += 1
        return torch.stack([values[name] for name in self.names], dim=1)  # (B, K, k)

    def reorder_rows(self, rows: torch.Tensor) -> None:
        """Row r of the next step continues row ``rows[r]`` of the last one (beam search reorders and
        duplicates beams): every group's KV cache, padding mask and positions follow."""
        for plan in self.plans:
            if plan.cache is None:
                continue
            B = plan.key_mask.shape[0] // len(plan.blocks)
            rows_on = rows.to(plan.key_mask.device)
            # block-major rows: block g of the new batch reads block g of the old one
            index = torch.cat([g * B + rows_on for g in range(len(plan.blocks))])
            plan.cache.reorder_cache(index)
            plan.key_mask, plan.next_position = plan.key_mask[index], plan.next_position[index]
        self.prompt_mask = self.prompt_mask[rows.to(self.prompt_mask.device)]
        self.padded = not bool(self.prompt_mask.all())

    def _step(self, plan: _Plan, new: torch.Tensor, candidates: torch.Tensor) -> dict[str, torch.Tensor]:
        group = plan.group
        B, n = new.shape
        G, k = len(plan.blocks), candidates.shape[1]
        new, candidates = new.to(group.device), candidates.to(group.device)
        if plan.cache is None:  # first step: the prompt, left-padded
            plan.cache = DynamicCache()  # every layer keeps every key; the masks apply each family's window
            plan.key_mask = self.prompt_mask.to(group.device).repeat(G, 1)  # (G*B, n)
            positions = (plan.key_mask.long().cumsum(-1) - 1).clamp(min=0)  # padding does not count
        else:
            plan.key_mask = torch.cat([plan.key_mask, plan.key_mask.new_ones(G * B, n)], 1)
            positions = plan.next_position[:, None] + torch.arange(n, device=group.device)
        plan.next_position = positions[:, -1] + 1
        query, query_positions, extra = new.repeat(G, 1), positions, 0  # (G*B, n): block-major
        if plan.candidates_in_query:
            extra = k
            query = torch.cat([query, candidates.repeat(G, 1)], 1)  # (G*B, n + k)
            query_positions = torch.cat([positions, plan.next_position[:, None].expand(-1, k)], 1)
        if group.fast_step is not None and n == 1 and not extra:  # the common step, as plain tensor ops
            mask = _attention_mask(plan.key_mask, 1, 0, group.dtype) if self.padded else None
            hidden = group.fast_step(query, query_positions, mask, plan.cache, plan.blocks, self.seen)
        else:
            hidden = _backbone_forward(group, plan.blocks, query, plan.key_mask, n, extra, query_positions, plan.cache)
        if extra:
            plan.cache.crop(-extra)  # forget the candidates: only the chosen token stays
        hidden = hidden.view(G, B, n + extra, -1)  # (G, B, n + extra, H)
        out = {}
        for member, block in plan.members:
            if member.head.kind == "q":
                out[member.name] = member.head.token_values(hidden[block, :, n - 1], candidates).float()  # (B, k)
            else:
                out[member.name] = member.head.state_value(hidden[block, :, n:]).float()  # (B, k): V(s . c)
        return out


def _backbone_forward(group: ValueGroup, blocks: Sequence[int], query: torch.Tensor, key_mask: torch.Tensor, n: int, extra: int,
                      positions: torch.Tensor, cache: Cache) -> torch.Tensor:
    """The family's own transformers forward of ``query`` (n new tokens, then ``extra`` candidates) over ``cache``."""
    if group.adapters:
        select_blocks(group.stacked, blocks)
    return group.backbone(input_ids=query, **_mask_arguments(group.attention, key_mask, n, extra, group.dtype, positions),
                          use_cache=True, **_cache_argument(group.backbone, cache)).last_hidden_state


@torch.inference_mode()
def _checked_fast_step(group: ValueGroup) -> LlamaStep | None:
    """``LlamaStep`` for this group if its backbone is Llama-shaped, its attention needs no window, ALiBi or
    soft-capping, and a probe (two left-padded rows per block, a prompt then one token) gives the hidden states
    transformers gives; None otherwise."""
    spec = group.attention
    if spec.window is not None or spec.mixed or spec.alibi or spec.softcap:
        return None
    step = LlamaStep.of(backbone_core(group.backbone))
    if step is None:
        return None
    G, vocab = len(group.blocks), backbone_core(group.backbone).config.vocab_size
    prompt = ((torch.arange(10, device=group.device).view(2, 5) * 7 + 3) % vocab).repeat(G, 1)  # (G*2, 5)
    key_mask = torch.ones_like(prompt, dtype=torch.bool)
    key_mask[1::2, :2] = False  # every block's second row is left-padded
    positions = (key_mask.long().cumsum(-1) - 1).clamp(min=0)
    caches = [DynamicCache(), DynamicCache()]
    for cache in caches:
        _backbone_forward(group, group.blocks, prompt, key_mask, 5, 0, positions, cache)
    token, key_mask = prompt[:, -1:], torch.cat([key_mask, key_mask.new_ones(2 * G, 1)], 1)
    positions = positions[:, -1:] + 1
    expected = _backbone_forward(group, group.blocks, token, key_mask, 1, 0, positions, caches[0])
    try:
        got = step(token, positions, _attention_mask(key_mask, 1, 0, group.dtype), caches[1], group.blocks, 6)
    except Exception:  # noqa: BLE001 - a variant the fast step cannot run keeps transformers' forward, which loaded fine
        return None
    if got.shape != expected.shape:
        return None
    got, expected = got.float(), expected.float()
    if group.dtype == torch.float32:
        agrees = torch.allclose(got, expected, rtol=0, atol=1e-4 * max(1.0, float(expected.abs().max())))
    else:  # half precision rounds differently op by op: the error relative to the whole state, not to its largest element
        agrees = float((got - expected).norm() / expected.norm().clamp(min=1e-6)) < 1e-2
    return step if agrees else None


def _mask_arguments(attention: AttentionSpec, key_mask: torch.Tensor, n: int, extra: int, dtype: torch.dtype,
                    positions: torch.Tensor) -> dict:
    """The forward's ``attention_mask`` (and ``position_ids``) in the form the family's own attention takes.

    A prepared 4D mask is used by transformers as is (``masking_utils``); a family with sliding
    and full layers takes one per layer type; ALiBi families build their causal mask and position
    bias from the 2D padding mask themselves (no candidates ride along there: no v heads).
    """
    if attention.alibi:
        return {"attention_mask": key_mask.long()}
    full = _attention_mask(key_mask, n, extra, dtype, None if attention.mixed else attention.window)
    if attention.mixed:
        return {"attention_mask": {"full_attention": full, "sliding_attention": _attention_mask(key_mask, n, extra, dtype, attention.window)},
                "position_ids": positions}
    return {"attention_mask": full, "position_ids": positions}


def _attention_mask(key_mask: torch.Tensor, n: int, extra: int, dtype: torch.dtype, window: int | None = None) -> torch.Tensor:
    """Additive 4D mask (R, 1, n + extra, past + n + extra) for n new tokens and ``extra`` candidates.

    New tokens see the non-padding keys up to themselves (causal); each candidate sees every
    non-padding key of the prefix and itself, never another candidate. Each query also sees
    itself, so a padding query never has an empty row (its output is never read). With a sliding
    ``window``, a query at cache index i sees keys after i - window only, as transformers' own
    sliding masks do; a candidate stands where the next token will (index ``past + n``). Left
    padding comes first in every row, so windows over cache indices are windows over real tokens.
    """
    R, total = key_mask.shape  # total = past + n
    if n == 1 and extra == 0 and window is None:  # the common step: one new token, no candidates: padding only
        return torch.zeros(R, 1, 1, total, dtype=dtype, device=key_mask.device).masked_fill_(~key_mask[:, None, None, :], torch.finfo(dtype).min)
    past = total - n
    q = torch.arange(n + extra, device=key_mask.device)
    keys = torch.arange(total + extra, device=key_mask.device)
    visible = torch.cat([key_mask, torch.zeros(R, extra, dtype=torch.bool, device=key_mask.device)], 1)  # (R, total + extra)
    causal_limit = torch.where(q < n, past + q, total - 1)  # last prefix key each query may see
    allowed = visible[:, None, :] & (keys[None, None, :] <= causal_limit[None, :, None])  # (R, n + extra, total + extra)
    if window is not None:
        query_index = torch.where(q < n, past + q, total)  # where each query stands in the text
        allowed &= keys[None, None, :] > (query_index - window)[None, :, None]
    own = torch.where(q < n, past + q, total + (q - n))  # each query's own position
    allowed[:, q, own] = True
    return torch.zeros(allowed.shape, dtype=dtype, device=key_mask.device).masked_fill(~allowed, torch.finfo(dtype).min)[:, None]
