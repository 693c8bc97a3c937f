"""The value model: a causal-LM backbone (frozen, LoRA or fully trained) plus a value head.

Two heads (DESIGN.md section 1):

- ``q``: a linear map from the hidden state at ``s_t`` to ``Q(s_t, a)`` for every token ``a`` of
  the vocabulary, like an LM head: one forward gives the values of all candidates.
- ``v``: a scalar ``V(s)``; the value of a candidate is ``Q(s_t, c) = V(s_t . c)``, one more
  position per candidate (the composer scores all candidates of a step in one forward).

Both are trained on the same chain of values along a sampled response (``forward``):
``Q(s_t, y_t)`` for each response token; the ``v`` head also has ``V(s_1)`` at the end of the
prompt. Heads start at zero, so an untrained value model leaves the base logits as they are.

On disk (``save_pretrained``): ``config.json`` (``ValueModelConfig``) and ``model.safetensors``
holding ``head.*`` plus ``lora.*`` (peft's adapter keys) or ``backbone.*`` (full fine-tuning);
the frozen backbone itself is referenced by name or path, never copied.

>>> config = ValueModelConfig(backbone="path/to/backbone", head="q", adaptation="lora")
>>> config.head
'q'
"""

from __future__ import annotations

import dataclasses
import warnings
from dataclasses import dataclass
from pathlib import Path

import torch
from torch import nn

from value_bank.config_io import load_config, save_config

# peft reads a property transformers 5 deprecated; the warning is theirs, and it printed on every command.
warnings.filterwarnings("ignore", message=r"`is_gradient_checkpointing` is deprecated", category=FutureWarning)

HEADS = ("q", "v")
ADAPTATIONS = ("lora", "frozen", "full")
CONFIG_FILE, WEIGHTS_FILE = "config.json", "model.safetensors"


@dataclass(frozen=True)
class ValueModelConfig:
    """What a value model is made of. ``backbone`` is a hub id or a path (relative to the bank)."""

    backbone: str
    head: str = "q"
    adaptation: str = "lora"
    lora_rank: int = 16
    lora_alpha: float = 32.0
    lora_target_modules: str = "all-linear"
    hidden_size: int = 0
    vocab_size: int = 0

    def __post_init__(self):
        if self.head not in HEADS:
            raise ValueError(f"head {self.head!r} is not one of {HEADS}")
        if self.adaptation not in ADAPTATIONS:
            raise ValueError(f"adaptation {self.adaptation!r} is not one of {ADAPTATIONS}")
        if self.lora_rank < 1:
            raise ValueError(f"lora_rank {self.lora_rank} must be at least 1")

    def lora_config(self, backbone: nn.Module):
        """peft's LoraConfig for this backbone (GPT-2's Conv1D layers store their weights transposed)."""
        from peft import LoraConfig
        from transformers.pytorch_utils import Conv1D

        targets = self.lora_target_modules
        return LoraConfig(
            r=self.lora_rank, lora_alpha=self.lora_alpha, lora_dropout=0.0,
            target_modules=targets if targets == "all-linear" else [t.strip() for t in targets.split(",")],
            fan_in_fan_out=any(isinstance(m, Conv1D) for m in backbone.modules()),
        )


class ValueHead(nn.Module):
    """``q``: hidden -> a value per vocabulary token; ``v``: hidden -> one value. Zero-initialised."""

    def __init__(self, kind: str, hidden_size: int, vocab_size: int):
        super().__init__()
        self.kind = kind
        self.proj = nn.Linear(hidden_size, vocab_size if kind == "q" else 1)
        nn.init.zeros_(self.proj.weight)
        nn.init.zeros_(self.proj.bias)

    def token_values(self, hidden: torch.Tensor, tokens: torch.Tensor) -> torch.Tensor:
        """``q`` head: Q(s, a) for the given tokens only. hidden (..., H), tokens (..., k) -> (..., k)."""
        rows = self.proj.weight[tokens]  # (..., k, H): a gather beats a full-vocabulary matmul
        return (rows @ hidden.unsqueeze(-1)).squeeze(-1) + self.proj.bias[tokens]

    def state_value(self, hidden: torch.Tensor) -> torch.Tensor:
        """``v`` head: V(s). hidden (..., H) -> (...)."""
        return self.proj(hidden).squeeze(-1)


def load_backbone(name_or_path: str | Path, device: torch.device | str = "cpu", dtype: torch.dtype = torch.float32):
    """The transformer body of a causal LM (``AutoModel``: no LM head), from safetensors only."""
    from transformers import AutoModel

    return AutoModel.from_pretrained(str(name_or_path), dtype=dtype, use_safetensors=True).to(device)


def resolve_backbone_path(backbone: str, root: str | Path | None) -> str:
    """A backbone path relative to ``root`` (the bank) when it exists there, else as given."""
    if root is not None and (Path(root) / backbone).exists():
        return str(Path(root) / backbone)
    return backbone


class ValueModel(nn.Module):
    """One value model for training and inspection (the composer batches several at decode time).

    >>> model = ValueModel.create(ValueModelConfig(backbone="tiny-llama-dir"))  # doctest: +SKIP
    >>> values, mask, _ = model(ids, attention, prompt_lengths, response_lengths)  # doctest: +SKIP
    """

    def __init__(self, config: ValueModelConfig, backbone: nn.Module):
        super().__init__()
        hidden, vocab = backbone.config.hidden_size, backbone.config.vocab_size
        self.config = dataclasses.replace(config, hidden_size=hidden, vocab_size=vocab)
        if config.adaptation == "lora":
            from peft import get_peft_model

            backbone = get_peft_model(backbone, config.lora_config(backbone))
        elif config.adaptation == "frozen":
            backbone.requires_grad_(False)
        self.backbone = backbone
        self.head = ValueHead(config.head, hidden, vocab).to(next(backbone.parameters()).device)

    @classmethod
    def create(cls, config: ValueModelConfig, root: str | Path | None = None, device="cpu", dtype=torch.float32) -> "ValueModel":
        """A fresh value model on the backbone named by the config (head at zero, LoRA at identity)."""
        return cls(config, load_backbone(resolve_backbone_path(config.backbone, root), device, dtype))

    def hidden_states(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        """(B, L) right-padded ids -> (B, L, H) last hidden states."""
        return self.backbone(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state

    def forward(self, input_ids, attention_mask, prompt_lengths, response_lengths, topk_ids=None, topk_logprobs=None):
        """Values along each response, for TD(lambda).

        input_ids (B, L): prompt then response, right-padded; prompt_lengths, response_lengths (B,).
        Returns ``values`` (B, T') and ``mask`` (B, T'), where for the ``q`` head entry t is
        Q(s_t, y_t) (T' = T) and for the ``v`` head entry t is V(s_t), from the end of the prompt
        to the end of the response (T' = T + 1). With the stored top-k of the base policy
        (topk_ids, topk_logprobs: (B, T, k)), the ``q`` head also returns ``expected``:
        sum_a pi0(a|s_t) Q(s_t, a) over the top-k, renormalised (B, T); else ``expected`` is None.
        """
        h = self.hidden_states(input_ids, attention_mask)  # (B, L, H)
        B, L, H = h.shape
        extra = 1 if self.config.head == "v" else 0
        steps = torch.arange(int(response_lengths.max()) + extra, device=h.device)  # (T',)
        positions = (prompt_lengths[:, None] - 1 + steps[None]).clamp(max=L - 1)  # (B, T') state s_t ends here
        mask = steps[None] < (response_lengths[:, None] + extra)  # (B, T')
        states = h.gather(1, positions[..., None].expand(-1, -1, H))  # (B, T', H)
        expected = None
        if self.config.head == "q":
            actions = input_ids.gather(1, (positions + 1).clamp(max=L - 1))  # (B, T) the token taken at s_t
            values = self.head.token_values(states, actions[..., None])[..., 0]
            if topk_ids is not None:
                probs = torch.softmax(topk_logprobs.float(), dim=-1)  # (B, T, k)
                expected = (probs * self.head.token_values(states, topk_ids).float()).sum(-1)  # (B, T)
        else:
            values = self.head.state_value(states)
        return values.float(), mask, expected

    # ---- weights on disk -------------------------------------------------------------------
    def trainable_state_dict(self) -> dict[str, torch.Tensor]:
        """What a bank stores for this model: the head, plus LoRA or full backbone weights."""
        state = {f"head.{k}": v for k, v in self.head.proj.state_dict().items()}
        if self.config.adaptation == "lora":
            from peft import get_peft_model_state_dict

            state.update({f"lora.{k}": v for k, v in get_peft_model_state_dict(self.backbone).items()})
        elif self.config.adaptation == "full":
            state.update({f"backbone.{k}": v for k, v in self.backbone.state_dict().items()})
        return {k: v.detach().to("cpu").contiguous() for k, v in state.items()}

    def save_pretrained(self, directory: str | Path, config: ValueModelConfig | None = None) -> None:
        """Write config.json and model.safetensors; ``config`` overrides the stored config (e.g. a relative backbone)."""
        from safetensors.torch import save_file

        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        save_config(config or self.config, directory / CONFIG_FILE)
        save_file(self.trainable_state_dict(), str(directory / WEIGHTS_FILE), metadata={"format": "pt"})

    @classmethod
    def from_pretrained(cls, directory: str | Path, root: str | Path | None = None, device="cpu", dtype=torch.float32) -> "ValueModel":
        config, state = load_value_weights(directory)
        model = cls.create(config, root=root, device=device, dtype=dtype)
        model.load_trainable_state_dict(state, where=str(directory))
        return model.eval()

    def load_trainable_state_dict(self, state: dict[str, torch.Tensor], where: str = "weights") -> None:
        parts = split_weights(state, where)
        self.head.proj.load_state_dict(parts["head"])
        if self.config.adaptation == "lora":
            from peft import set_peft_model_state_dict

            result = set_peft_model_state_dict(self.backbone, parts["lora"])
            if result.unexpected_keys:
                raise ValueError(f"{where}: LoRA weights do not fit the backbone: {result.unexpected_keys[:3]}")
        elif self.config.adaptation == "full":
            self.backbone.load_state_dict(parts["backbone"])


def load_value_weights(directory: str | Path) -> tuple[ValueModelConfig, dict[str, torch.Tensor]]:
    """Read ``config.json`` and ``model.safetensors``; a missing or corrupted file is a clear error."""
    from safetensors import SafetensorError
    from safetensors.torch import load_file

    directory = Path(directory)
    config = load_config(ValueModelConfig, directory / CONFIG_FILE)
    path = directory / WEIGHTS_FILE
    if not path.exists():
        raise FileNotFoundError(f"missing value-model weights {path}")
    try:
        state = load_file(str(path))
    except (SafetensorError, OSError, ValueError) as error:
        raise ValueError(f"{path} is not a readable safetensors file ({error}); the file may be corrupted") from None
    return config, state


def split_weights(state: dict[str, torch.Tensor], where: str = "weights") -> dict[str, dict[str, torch.Tensor]]:
    """``{"head": ..., "lora": ..., "backbone": ...}`` from the prefixed keys of a value model file."""
    parts: dict[str, dict[str, torch.Tensor]] = {"head": {}, "lora": {}, "backbone": {}}
    for key, value in state.items():
        prefix, _, rest = key.partition(".")
        if prefix not in parts:
            raise ValueError(f"{where}: unexpected tensor {key!r}; keys start with head., lora. or backbone.")
        parts[prefix][rest] = value
    if set(parts["head"]) != {"weight", "bias"}:
        raise ValueError(f"{where}: the value head needs head.weight and head.bias, found {sorted(parts['head'])}")
    return parts
