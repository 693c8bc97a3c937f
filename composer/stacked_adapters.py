"""Several LoRA adapters on one backbone, run as one batched forward with merged, stacked weights.

At decode time each value model's LoRA adapter is fixed, so it can be merged into the weights:
``W_a = W + scale * B_a A_a``. A ``StackedLinear`` keeps one merged matrix per adapter (``W``
itself for a frozen value model) and multiplies block ``g`` of the rows by ``W_g`` in a single
``torch.bmm``. A forward over ``G`` blocks of ``B`` rows then costs one ordinary forward with
``G*B`` rows: no per-adapter Python loop, no hooks. Measured on two CPU cores with three
adapters on a 3-layer, 0.64 M-parameter backbone, one step took 4.4 ms with peft's
mixed-adapter batches (``adapter_names=``), 1.65 ms with a shared weight plus batched low-rank
products (two more ``bmm`` per layer), and 1.3 ms with merged, stacked weights: at these sizes
the cost is the number of ops, not the G copies of the weights.

Adapters are loaded with peft (its key names, its ``get_delta_weight``), then merged here.

>>> backbone = stack_adapters(peft_model, ["helpfulness", "harmlessness", "__base__"])  # doctest: +SKIP
>>> select_blocks(stacked_layers(backbone), (0, 2))  # the next forwards run blocks 0 and 2  # doctest: +SKIP
"""

from __future__ import annotations

from typing import Sequence

import torch
from torch import nn

BASE_ADAPTER = "__base__"  # a block with the backbone's own weights (a frozen value model)


class StackedLinear(nn.Module):
    """``y[g] = x[g] @ W[g] + b`` for each block ``g`` of rows (rows are block-major)."""

    def __init__(self, weights: torch.Tensor, bias: torch.Tensor | None):
        super().__init__()
        self.weights = nn.Parameter(weights, requires_grad=False)  # (G, in, out)
        self.bias = None if bias is None else nn.Parameter(bias.detach().clone(), requires_grad=False)  # (out,)
        self._selected: dict[tuple[int, ...], torch.Tensor] = {}
        self.active = tuple(range(weights.shape[0]))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        weights = self.weights if len(self.active) == self.weights.shape[0] else self._subset()
        G = weights.shape[0]
        shape = x.shape  # (G*B, ..., in)
        y = torch.bmm(x.reshape(G, -1, shape[-1]), weights)  # (G, B*..., out)
        y = y.reshape(*shape[:-1], weights.shape[-1])
        return y if self.bias is None else y + self.bias

    def _subset(self) -> torch.Tensor:
        if self.active not in self._selected:  # a few selections per app: keep each copy
            self._selected[self.active] = self.weights[list(self.active)].contiguous()
        return self._selected[self.active]


def stack_adapters(peft_model: nn.Module, adapters: Sequence[str]) -> nn.Module:
    """The backbone inside ``peft_model`` with every LoRA layer replaced by a ``StackedLinear``.

    Block ``g`` uses adapter ``adapters[g]`` merged into the base weight, or the base weight
    alone for ``BASE_ADAPTER`` (and for adapters that do not touch that layer).
    """
    from peft.tuners.lora import LoraLayer
    from transformers.pytorch_utils import Conv1D

    model = peft_model.get_base_model()
    for name, module in list(model.named_modules()):
        if not isinstance(module, LoraLayer):
            continue
        base = module.get_base_layer()
        if not isinstance(base, (nn.Linear, Conv1D)):
            raise NotImplementedError(f"LoRA on {name} ({type(base).__name__}): only Linear and Conv1D layers can be stacked")
        with torch.no_grad():
            blocks = []
            for adapter in adapters:
                weight = base.weight.float()
                if adapter != BASE_ADAPTER and adapter in module.lora_A:
                    weight = weight + module.get_delta_weight(adapter).float()
                blocks.append(weight.t() if isinstance(base, nn.Linear) else weight)  # (in, out): y = x @ W
            stacked = torch.stack(blocks).to(base.weight.dtype).contiguous()
        parent_name, _, child = name.rpartition(".")
        setattr(model.get_submodule(parent_name) if parent_name else model, child, StackedLinear(stacked, base.bias))
    return model


def stacked_layers(model: nn.Module) -> list[StackedLinear]:
    return [m for m in model.modules() if isinstance(m, StackedLinear)]


def select_blocks(layers: Sequence[StackedLinear], blocks: Sequence[int]) -> None:
    """Run only these blocks (in this order) in the next forwards of the model these layers belong to."""
    active = tuple(blocks)
    if layers and layers[0].active != active:
        for layer in layers:
            layer.active = active
