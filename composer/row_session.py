"""Value models for rows that come and go, each at its own length: the state of the vLLM plugin.

``ValueSession`` (composer/value_runtime.py) serves one ``generate()``: its rows start together and
grow by one token a step. Inside vLLM a batch row is a *slot*: a request arrives in a free slot
with its prompt (or, after preemption, its prompt and output so far), moves to another slot when
vLLM compacts the batch, and leaves when done, while the others keep going. ``RowValueSession``
keeps, per backbone group and layer, one key/value buffer of shape
``(blocks, slots, heads, capacity, head_dim)`` and per slot its own length:

- a step feeds each listed slot the tokens it has not seen (a whole prompt when it arrives, then
  one token); a query batch pads the shorter rows, writes each row's keys at its own offset, and a
  4D mask lets each query see only its own row's valid keys (padding writes land past the row's
  length, where the next real token overwrites them);
- a ``v`` head's k candidates ride along as k extra positions that see the prefix and themselves,
  as in ``ValueSession``; the length does not count them, so they are overwritten too;
- ``move`` / ``swap`` copy slots; ``reset`` forgets one (its next step feeds its whole history).

Every group runs all of its value models (all adapter blocks) for every listed slot, so a
request's weights pick which values it adds without any cache ever missing a step.

>>> session = RowValueSession(groups, names)                                     # doctest: +SKIP
>>> session.candidate_values([0, 3], [[5, 9, 2], [7]], candidates).shape          # doctest: +SKIP
torch.Size([2, 4, 20])
"""

from __future__ import annotations

from typing import Sequence

import torch
from transformers.cache_utils import Cache, DynamicLayer

from composer.stacked_adapters import select_blocks
from composer.value_runtime import UnsupportedBackboneError, ValueGroup, _cache_argument, backbone_core


class RowValueSession:
    """Per-slot value-model state for a batch whose rows arrive, move and leave independently."""

    def __init__(self, groups: list[ValueGroup], names: Sequence[str]):
        loaded = [m.name for g in groups for m in g.members]
        unknown = [n for n in names if n not in loaded]
        if unknown:
            raise KeyError(f"value model(s) {unknown} are not loaded; loaded: {loaded}")
        self.names = list(names)
        self.groups = [g for g in groups if any(m.name in self.names for m in g.members)]
        for group in self.groups:
            if group.attention.alibi:  # its positions come from a 2D mask, which cannot hold rows at their own lengths
                raise UnsupportedBackboneError(
                    f"value models {[m.name for m in group.members]} run on an ALiBi backbone "
                    f"({backbone_core(group.backbone).config.model_type}), "
                    "which the vLLM plugin cannot batch; steer with it in process (python -m composer) or use another backbone")
        self.buffers = [_RowBuffers(g) for g in self.groups]
        self.lengths: dict[int, int] = {}  # slot -> tokens in its caches
        self.forwards = 0
        self.context = min(g.context for g in self.groups)

    def seen(self, slot: int) -> int:
        return self.lengths.get(slot, 0)

    def reset(self, slot: int) -> None:
        """Forget a slot; its next step feeds its whole token history."""
        self.lengths.pop(slot, None)

    def rewind(self, slot: int, length: int) -> None:
        """Keep only the first ``length`` tokens of a slot (to recompute a state it has already seen)."""
        if length <= 0:
            self.lengths.pop(slot, None)
        else:
            self.lengths[slot] = min(length, self.seen(slot))

    def move(self, source: int, target: int) -> None:
        """The request in ``source`` now sits in ``target`` (``source`` becomes free)."""
        if source in self.lengths:
            for buffers in self.buffers:
                buffers.copy(source, target)
            self.lengths[target] = self.lengths.pop(source)
        else:
            self.lengths.pop(target, None)

    def swap(self, a: int, b: int) -> None:
        for buffers in self.buffers:
            buffers.swap(a, b)
        la, lb = self.lengths.pop(a, None), self.lengths.pop(b, None)
        if la is not None:
            self.lengths[b] = la
        if lb is not None:
            self.lengths[a] = lb

    @torch.inference_mode()
    def candidate_values(self, slots: Sequence[int], new_tokens: Sequence[Sequence[int]], candidates: torch.Tensor) -> torch.Tensor:
        """Feed each slot its unseen tokens (at least one each) -> Q (R, K, k) for ``candidates`` (R, k), K in ``names`` order.

        Rows that feed one token and rows that feed many (arrivals) run as two forwards, so one long
        prompt does not pad every other row to its length.
        """
        if any(len(t) == 0 for t in new_tokens):
            raise ValueError("every slot needs at least one new token (rewind one to recompute a state)")
        out = torch.empty(len(slots), len(self.names), candidates.shape[1], device=candidates.device)
        single = [i for i, t in enumerate(new_tokens) if len(t) == 1]
        many = [i for i, t in enumerate(new_tokens) if len(t) > 1]
        for part in (many, single):
            if part:
                values = self._step([slots[i] for i in part], [new_tokens[i] for i in part], candidates[part])
                out[part] = values
        return out

    def _step(self, slots: list[int], new_tokens: list[Sequence[int]], candidates: torch.Tensor) -> torch.Tensor:
        R = len(slots)
        lengths = torch.tensor([self.seen(s) for s in slots])
        counts = torch.tensor([len(t) for t in new_tokens])
        n = int(counts.max())
        if int((lengths + counts).max()) > self.context:
            raise ValueError(f"a row of {int((lengths + counts).max())} tokens is longer than the value models' context ({self.context})")
        query = torch.zeros(R, n, dtype=torch.long)
        for row, tokens in enumerate(new_tokens):
            query[row, : len(tokens)] = torch.as_tensor(list(tokens))
        values = {}
        for group, buffers in zip(self.groups, self.buffers):
            values.update(self._group_step(group, buffers, slots, query, lengths, counts, candidates))
            self.forwards += 1
        for slot, count in zip(slots, counts.tolist()):
            self.lengths[slot] = self.seen(slot) + count
        return torch.stack([values[name].to(candidates.device) for name in self.names], dim=1)  # (R, K, k)

    def _group_step(self, group: ValueGroup, buffers: "_RowBuffers", slots, query, lengths, counts, candidates) -> dict[str, torch.Tensor]:
        R, n = query.shape
        k = candidates.shape[1]
        G = buffers.blocks
        device = group.device
        extra = k if any(m.head.kind == "v" for m in group.members) else 0
        steps = torch.arange(n + extra)
        positions = torch.where(steps < n, lengths[:, None] + steps, (lengths + counts)[:, None].expand(R, n + extra))  # (R, n + extra)
        write = lengths[:, None] + steps  # (R, n + extra): each query's key slot; padding and candidates land past the length
        total = int(write.max()) + 1
        buffers.prepare(max(slots) + 1, total)
        ids = torch.cat([query, candidates.cpu()], 1) if extra else query
        keys = torch.arange(total)
        last_real = (lengths + counts - 1)[:, None, None]  # (R, 1, 1)
        own = write[:, :, None] == keys[None, None, :]  # (R, n + extra, total)
        causal = keys[None, None, :] <= write[:, :, None]
        allowed = torch.where((steps < n)[None, :, None], causal, keys[None, None, :] <= last_real) | own
        window = group.attention.window
        # a sliding layer sees the last ``window`` positions only; a candidate stands where the next token will
        where = torch.where((steps < n)[None, :], write, (lengths + counts)[:, None])[:, :, None]  # (R, n + extra, 1)
        windowed = (allowed & (keys[None, None, :] > where - window)) | own if window is not None else allowed
        additive = lambda a: torch.zeros(a.shape, dtype=group.dtype).masked_fill(~a, torch.finfo(group.dtype).min)[:, None].repeat(G, 1, 1, 1).to(device)  # noqa: E731
        if group.attention.mixed:  # sliding and full layers side by side: one mask per layer type
            mask = {"full_attention": additive(allowed), "sliding_attention": additive(windowed)}
        else:
            mask = additive(windowed)
        buffers.plan(slots, write, total, device)
        query, query_positions = ids.repeat(G, 1).to(device), positions.repeat(G, 1).to(device)  # block-major rows
        if group.fast_step is not None and n == 1 and not extra:  # one token a row, q heads: plain ops (composer/llama_step.py)
            hidden = group.fast_step(query, query_positions, mask, buffers.cache, list(range(G)), total)
        else:
            if group.adapters:
                select_blocks(group.stacked, list(range(G)))
            hidden = group.backbone(input_ids=query, attention_mask=mask, position_ids=query_positions, use_cache=True,
                                    **_cache_argument(group.backbone, buffers.cache)).last_hidden_state
        hidden = hidden.view(G, R, n + extra, -1)
        candidates = candidates.to(device)
        last = (counts - 1).to(device)
        out = {}
        for member in group.members:
            if member.name not in self.names:
                continue
            block_hidden = hidden[member.block]  # (R, n + extra, H)
            if member.head.kind == "q":
                state = block_hidden[torch.arange(R, device=device), last]  # (R, H): each row's last real token
                out[member.name] = member.head.token_values(state, candidates).float()
            else:
                out[member.name] = member.head.state_value(block_hidden[:, n:]).float()  # (R, k): V(s . c)
        return out


class _RowBuffers:
    """One group's key/value buffers, ``(blocks, slots, heads, capacity, head_dim)`` per layer, and the cache the model writes through."""

    def __init__(self, group: ValueGroup):
        core = backbone_core(group.backbone)
        self.blocks = len(group.adapters) if group.adapters else 1
        self.layers = [_RowLayer(self) for _ in range(core.config.num_hidden_layers)]
        self.cache = Cache(layers=self.layers)
        self.slots_in_plan: torch.Tensor | None = None
        self.in_order = False  # the planned slots are 0..R-1 in order: layers read a view of their buffers, no copy
        self.write: torch.Tensor | None = None
        self.total = 0

    def prepare(self, slots: int, total: int) -> None:
        for layer in self.layers:
            layer.grow(slots, total)

    def plan(self, slots: Sequence[int], write: torch.Tensor, total: int, device: torch.device) -> None:
        """What the next forward writes and reads, once for all its layers."""
        self.in_order = list(slots) == list(range(len(slots)))
        self.slots_in_plan, self.write, self.total = torch.tensor(list(slots), device=device), write.to(device), total

    def copy(self, source: int, target: int) -> None:
        for layer in self.layers:
            layer.copy(source, target)

    def swap(self, a: int, b: int) -> None:
        for layer in self.layers:
            layer.swap(a, b)


class _RowLayer(DynamicLayer):
    """A cache layer whose rows write at their own offsets (the plan of ``_RowBuffers``) and read their slot's keys.

    transformers' public caches append the same number of tokens to every row; rows of a vLLM batch
    are each at their own length, so this layer (on the ``DynamicLayer`` interface) places them.
    """

    def __init__(self, owner: _RowBuffers):
        super().__init__()
        self.owner = owner
        self._keys: torch.Tensor | None = None  # (G, S, h, C, d)
        self._values: torch.Tensor | None = None
        self._wanted = (0, 0)

    def grow(self, slots: int, total: int) -> None:
        self._wanted = (slots, total)
        if self._keys is not None and (slots > self._keys.shape[1] or total > self._keys.shape[3]):
            self._resize(max(slots, self._keys.shape[1]), max(total, self._keys.shape[3]))

    @torch.inference_mode()
    def _resize(self, slots: int, capacity: int) -> None:
        G, S, h, C, d = self._keys.shape
        slots, capacity = max(slots, 2 * S if slots > S else S), max(capacity, 2 * C if capacity > C else C)
        for name in ("_keys", "_values"):
            old = getattr(self, name)
            new = old.new_zeros(G, slots, h, capacity, d)
            new[:, :S, :, :C] = old
            setattr(self, name, new)

    def update(self, key_states: torch.Tensor, value_states: torch.Tensor, *args, **kwargs):
        owner = self.owner
        G = owner.blocks
        GR, h, q, d = key_states.shape
        R = GR // G
        if self._keys is None:
            slots, total = self._wanted
            self._keys = key_states.new_zeros(G, max(slots, 8), h, max(total, 64), d)
            self._values = value_states.new_zeros(G, max(slots, 8), h, max(total, 64), d)
        self.is_initialized, self.dtype, self.device = True, key_states.dtype, key_states.device
        slots, write = owner.slots_in_plan, owner.write  # (R,), (R, q)
        g = torch.arange(G, device=key_states.device)[:, None, None]  # (G, 1, 1)
        s = slots[None, :, None]  # (1, R, 1)
        p = write[None]  # (1, R, q)
        self._keys[g, s, :, p] = key_states.view(G, R, h, q, d).transpose(2, 3)  # (G, R, q, h, d)
        self._values[g, s, :, p] = value_states.view(G, R, h, q, d).transpose(2, 3)
        total = owner.total
        if owner.in_order:  # the common case: slots 0..R-1 in order: a view, no copy
            keys, values = self._keys[:, :R, :, :total], self._values[:, :R, :, :total]
        else:
            keys, values = self._keys[:, slots, :, :total], self._values[:, slots, :, :total]
        return keys.reshape(GR, h, total, d), values.reshape(GR, h, total, d)

    @torch.inference_mode()  # the buffers are inference tensors (made in a forward): edit them in the same mode
    def copy(self, source: int, target: int) -> None:
        if self._keys is not None and source < self._keys.shape[1]:
            if target >= self._keys.shape[1]:
                self._resize(target + 1, self._keys.shape[3])
            self._keys[:, target] = self._keys[:, source]
            self._values[:, target] = self._values[:, source]

    @torch.inference_mode()
    def swap(self, a: int, b: int) -> None:
        if self._keys is not None:
            top = max(a, b)
            if top >= self._keys.shape[1]:
                self._resize(top + 1, self._keys.shape[3])
            for tensor in (self._keys, self._values):
                tensor[:, [a, b]] = tensor[:, [b, a]]

    def get_seq_length(self) -> int:
        return self.owner.total

    def get_mask_sizes(self, *args, **kwargs):
        return self.owner.total, 0
