"""One decode step of a Llama-family value backbone, as plain tensor ops on fused weights.

At batch 1 on a CPU, a small value backbone's step is mostly call overhead, not arithmetic:
transformers' forward builds masks and position embeddings, runs output-capturing and
deprecation wrappers, and calls a dozen modules per layer. This step does the same math in
about 25 ops per layer: per block of rows (one per adapter, ``composer/stacked_adapters.py``)
the q, k and v projections are one ``bmm`` on weights concatenated once, gate and up another;
rotary cos/sin come from a table computed once and rotate q and k together; attention is
``scaled_dot_product_attention`` over the session's own ``DynamicCache``, so cropping and
reordering the cache work as before. Measured on two CPU cores (the demo's value backbone,
three LoRA value models, one new token, best of 15 runs of 40 steps): 1.4 ms a step against
2.5 ms through transformers (``composer bench`` has the end-to-end ratios).

It runs only where it is the same computation:

- the common step (one new token, no candidates riding along: ``q`` heads) with no sliding
  window, ALiBi or soft-capping (``ValueSession`` and the vLLM plugin's ``RowValueSession``
  decide; the keys go through their cache's ``update``, whatever layout it keeps);
- a small backbone (at most ``MAX_PARAMETERS``, its stacked adapters included) whose every layer
  has Llama's parts (q/k/v/o projections without q/k norms, a gated SiLU MLP without biases, RMS
  norms) and rotary positions: Llama, and Mistral and Qwen2 without a window;
- after it reproduced the family's own forward on a probe at load (``value_runtime``), so a
  family that differs from Llama in a way the checks above miss keeps transformers' forward
  instead of getting wrong values.

Its fused weights are copies made for the backbone as it is when first used: a step belongs to one
loaded backbone on one device and dtype (as ``ValueGroup`` holds it), and keeps the fusions of the
last ``FUSED_SELECTIONS`` block selections (each a copy of the selected blocks' weights; a layer
without adapters is kept once, not per block).

>>> step = LlamaStep.of(backbone_core(group.backbone))  # None when the backbone is not Llama-shaped  # doctest: +SKIP
>>> hidden = step(ids, positions, attention_mask, cache, blocks=(0, 2), length=9)  # (rows, 1, hidden)  # doctest: +SKIP
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from typing import Sequence

import torch
import torch.nn.functional as F
from torch import nn

from composer.stacked_adapters import StackedLinear
from value_bank.scratch import count_parameters

LLAMA_SHAPED = ("llama", "mistral", "qwen2")  # same decoder layer; their windows are refused by the caller
ROTARY_TABLE_POSITIONS = 4096  # cos/sin kept for this many positions (4 MB at head_dim 128); beyond, computed per step
# Call overhead dominates only small backbones; on a large one the fused copies would add to the weights' memory for
# a step whose time is arithmetic anyway, so it keeps transformers' forward.
MAX_PARAMETERS = 100_000_000
FUSED_SELECTIONS = 4  # block selections whose fused weights are kept (a few mixes per app)


@dataclass
class _Layer:
    qkv: torch.Tensor  # (G, hidden, q + k + v)
    qkv_bias: torch.Tensor | None
    out: torch.Tensor  # (G, q, hidden)
    out_bias: torch.Tensor | None
    gate_up: torch.Tensor  # (G, hidden, 2 * intermediate)
    down: torch.Tensor  # (G, intermediate, hidden)
    input_norm: torch.Tensor
    post_norm: torch.Tensor
    input_eps: float
    post_eps: float
    scaling: float  # the attention's own 1/sqrt(head_dim) (or its config's)


class LlamaStep:
    """The decoder of one backbone (a transformers ``LlamaModel``-like core), one token at a time."""

    def __init__(self, core: nn.Module):
        config = core.config
        self.core = core
        self.heads, self.kv_heads = config.num_attention_heads, config.num_key_value_heads
        self.head_dim = getattr(config, "head_dim", None) or config.hidden_size // self.heads
        self.layers = core.layers[: config.num_hidden_layers]  # as the family's forward runs them
        # Fixed rotary frequencies ("default" rope): the family's own cos/sin for every position, computed once
        self._rotary_table = None
        if getattr(core.rotary_emb, "rope_type", None) == "default":
            parameter = next(core.parameters())
            positions = torch.arange(min(config.max_position_embeddings, ROTARY_TABLE_POSITIONS), device=parameter.device)[None]
            with torch.no_grad():
                cos, sin = core.rotary_emb(torch.zeros(1, dtype=parameter.dtype, device=parameter.device), positions)
            self._rotary_table = (cos[0], sin[0])  # (positions, head_dim)
        self._fused: OrderedDict[tuple[int, ...], list[_Layer]] = OrderedDict()

    @classmethod
    def of(cls, core: nn.Module) -> "LlamaStep | None":
        """A step for this backbone, or None when its layers are not Llama's (the caller uses transformers)."""
        config = core.config
        if config.model_type not in LLAMA_SHAPED or getattr(config, "hidden_act", None) != "silu":
            return None
        if count_parameters(core) > MAX_PARAMETERS:
            return None
        if not all(hasattr(core, part) for part in ("embed_tokens", "rotary_emb", "norm", "layers")):
            return None
        for layer in core.layers[: config.num_hidden_layers]:
            attention, mlp = getattr(layer, "self_attn", None), getattr(layer, "mlp", None)
            if attention is None or mlp is None or hasattr(attention, "q_norm") or hasattr(attention, "k_norm"):
                return None
            linears = [getattr(attention, n, None) for n in ("q_proj", "k_proj", "v_proj", "o_proj")]
            linears += [getattr(mlp, n, None) for n in ("gate_proj", "up_proj", "down_proj")]
            if not all(isinstance(m, (nn.Linear, StackedLinear)) for m in linears):
                return None
            if any(getattr(mlp, n).bias is not None for n in ("gate_proj", "up_proj", "down_proj")):
                return None
            norms = (getattr(layer, "input_layernorm", None), getattr(layer, "post_attention_layernorm", None))
            if not all(hasattr(n, "variance_epsilon") and hasattr(n, "weight") for n in norms):
                return None
        return cls(core)

    def __call__(self, ids: torch.Tensor, positions: torch.Tensor, attention_mask: torch.Tensor | None, cache,
                 blocks: Sequence[int], length: int) -> torch.Tensor:
        """ids (R, 1), positions (R, 1), attention_mask None or additive (R, 1, 1, keys) -> last hidden (R, 1, H).

        Rows are block-major (``len(blocks)`` blocks of R / len(blocks) rows), as ``ValueSession`` lays them out;
        ``length`` bounds the positions (the longest row so far, padding included).
        """
        layers = self._layers(tuple(blocks))
        G, R = len(blocks), ids.shape[0]
        hidden = self.core.embed_tokens(ids)  # (R, 1, H)
        cos, sin = self._rotary(hidden, positions, length)  # (R, 1, 1, head_dim)
        heads, kv_heads, d = self.heads, self.kv_heads, self.head_dim
        for index, layer in enumerate(layers):
            qkv = _blocked(_norm(hidden, layer.input_norm, layer.input_eps), layer.qkv, layer.qkv_bias, G)  # (R, 1, (heads + 2 kv_heads) d)
            qk = qkv[..., : (heads + kv_heads) * d].view(R, 1, heads + kv_heads, d)
            qk = qk * cos + torch.cat((-qk[..., d // 2 :], qk[..., : d // 2]), dim=-1) * sin  # rotary on q and k at once
            q, k = qk[:, :, :heads].transpose(1, 2), qk[:, :, heads:].transpose(1, 2)
            v = qkv[..., (heads + kv_heads) * d :].view(R, 1, kv_heads, d).transpose(1, 2)
            k, v = cache.update(k, v, index)
            attended = F.scaled_dot_product_attention(q, k, v, attn_mask=attention_mask, scale=layer.scaling, enable_gqa=kv_heads != heads)
            hidden = hidden + _blocked(attended.transpose(1, 2).reshape(R, 1, heads * d), layer.out, layer.out_bias, G)
            gate, up = _blocked(_norm(hidden, layer.post_norm, layer.post_eps), layer.gate_up, None, G).chunk(2, dim=-1)
            hidden = hidden + _blocked(F.silu(gate) * up, layer.down, None, G)
        return _norm(hidden, self.core.norm.weight, self.core.norm.variance_epsilon)

    def _rotary(self, like: torch.Tensor, positions: torch.Tensor, length: int) -> tuple[torch.Tensor, torch.Tensor]:
        """cos and sin at ``positions`` (R, 1), shaped (R, 1, 1, head_dim) to broadcast over heads."""
        if self._rotary_table is None or length > len(self._rotary_table[0]):
            cos, sin = self.core.rotary_emb(like, positions)  # rotary that depends on the length (dynamic), or a long text
        else:
            cos, sin = self._rotary_table[0][positions], self._rotary_table[1][positions]
        return cos[:, :, None], sin[:, :, None]

    def _layers(self, blocks: tuple[int, ...]) -> list[_Layer]:
        if blocks in self._fused:
            self._fused.move_to_end(blocks)
        else:  # a few block selections per app: fuse each once, keep the latest few
            self._fused[blocks] = [self._fuse(layer, blocks) for layer in self.layers]
            if len(self._fused) > FUSED_SELECTIONS:
                self._fused.popitem(last=False)
        return self._fused[blocks]

    def _fuse(self, layer: nn.Module, blocks: tuple[int, ...]) -> _Layer:
        attention, mlp = layer.self_attn, layer.mlp
        qkv = (attention.q_proj, attention.k_proj, attention.v_proj)
        qkv_weights = _joined(list(qkv), blocks)
        qkv_bias = None  # Qwen2 has q/k/v biases, Llama none; a missing one among present ones is zero
        if any(m.bias is not None for m in qkv):
            qkv_bias = torch.cat([m.bias if m.bias is not None else qkv_weights.new_zeros(_out_features(m)) for m in qkv])
        return _Layer(qkv=qkv_weights, qkv_bias=qkv_bias,
                      out=_joined([attention.o_proj], blocks), out_bias=attention.o_proj.bias,
                      gate_up=_joined([mlp.gate_proj, mlp.up_proj], blocks), down=_joined([mlp.down_proj], blocks),
                      input_norm=layer.input_layernorm.weight, post_norm=layer.post_attention_layernorm.weight,
                      input_eps=layer.input_layernorm.variance_epsilon, post_eps=layer.post_attention_layernorm.variance_epsilon,
                      scaling=getattr(attention, "scaling", self.head_dim**-0.5))


def _joined(linears: list[nn.Module], blocks: tuple[int, ...]) -> torch.Tensor:
    """The linears' matrices side by side, (G, in, sum of outs) for the selected blocks, or (1, in, ...) when none
    has adapters (one copy that every block shares)."""
    if not any(isinstance(m, StackedLinear) for m in linears):
        return torch.cat([m.weight.t() for m in linears], dim=-1)[None].contiguous()
    return torch.cat([m.weights[list(blocks)] if isinstance(m, StackedLinear) else m.weight.t()[None].expand(len(blocks), -1, -1)
                      for m in linears], dim=-1).contiguous()


def _out_features(linear: nn.Module) -> int:
    return linear.weights.shape[-1] if isinstance(linear, StackedLinear) else linear.weight.shape[0]


def _norm(x: torch.Tensor, weight: torch.Tensor, eps: float) -> torch.Tensor:
    # LlamaRMSNorm's own ops (F.rms_norm is slower at these sizes on a CPU): float32 statistics, cast back, then scale
    y = x.float()
    return weight * (y * torch.rsqrt(y.pow(2).mean(-1, keepdim=True) + eps)).to(x.dtype)


def _blocked(x: torch.Tensor, weights: torch.Tensor, bias: torch.Tensor | None, G: int) -> torch.Tensor:
    """x (R, 1, in) with rows block-major -> (R, 1, out): block g of the rows times weights[g] (or the one shared matrix)."""
    y = torch.matmul(x.reshape(G, -1, x.shape[-1]), weights).reshape(*x.shape[:-1], weights.shape[-1])
    return y if bias is None else y + bias
