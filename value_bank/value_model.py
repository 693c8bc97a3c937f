"""The value model: a causal-LM backbone (frozen, LoRA or fully trained) plus a value head.

Two heads (DESIGN.md section 1):

- ``q``: a linear map from the hidden state at ``s_t`` to ``Q(s_t, a)`` for every token ``a`` of
  the vocabulary, like an LM head: one forward gives the values of all candidates.
- ``v``: a scalar ``V(s)``; the value of a candidate is ``Q(s_t, c) = V(s_t . c)``, one more
  position per candidate (the composer scores all candidates of a step in one forward).

Both are trained on the same chain of values along a sampled response (``forward``):
``Q(s_t, y_t)`` for each response token; the ``v`` head also has ``V(s_1)`` at the end of the
prompt. Heads start at zero, so an untrained value model leaves the base logits as they are.

On disk (``save_pretrained``, bank schema 2), a folder holds:

- ``config.json``: the ``ValueModelConfig``;
- ``head.safetensors``: ``head.weight`` and ``head.bias`` (and, for ``full`` adaptation, the
  fine-tuned backbone as ``backbone.*``);
- for ``lora`` adaptation, ``adapter_config.json`` + ``adapter_model.safetensors`` exactly as peft
  writes them, so ``PeftModel.from_pretrained(AutoModel.from_pretrained(backbone), folder)`` reads
  the adapter as is. Its ``base_model_name_or_path`` is the backbone as the config names it: a hub
  id, or a path relative to the bank (resolve it against the bank's folder, as ``resolve_backbone_path``
  does; peft itself does not read it when it is given the model).

A ``frozen`` value model has no adapter files. Schema 1 kept every tensor in one ``model.safetensors``
(``head.*`` plus ``lora.*`` or ``backbone.*``); ``load_value_weights`` reads either layout and returns
those prefixed keys, so callers never see the difference (``python -m value_bank upgrade`` converts).
The frozen backbone itself is referenced by name or path, never copied. JSON and safetensors only.

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
import torch.nn.functional as F
from torch import nn

from value_bank.config_io import load_config, save_config
from value_bank.runtime import from_pretrained

# peft reads a property transformers 5 deprecated; the warning is theirs, and it printed on every command.
warnings.filterwarnings("ignore", message=r"`is_gradient_checkpointing` is deprecated", category=FutureWarning)

HEADS = ("q", "v")
ADAPTATIONS = ("lora", "frozen", "full")
CONFIG_FILE, HEAD_FILE = "config.json", "head.safetensors"
ADAPTER_CONFIG_FILE, ADAPTER_WEIGHTS_FILE = "adapter_config.json", "adapter_model.safetensors"  # peft's own names
SCHEMA1_WEIGHTS_FILE = "model.safetensors"  # schema 1: head, LoRA or backbone tensors in one file


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
            raise ValueError(f"head {self.head!r} is not one of {', '.join(HEADS)}")
        if self.adaptation not in ADAPTATIONS:
            raise ValueError(f"adaptation {self.adaptation!r} is not one of {', '.join(ADAPTATIONS)}")
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
        # Rows by lookup, not a full-vocabulary matmul. F.embedding, not ``weight[tokens]``: the same forward, but the
        # indexing's backward (index_put_ with accumulate) sums repeated tokens in a thread-dependent order on CPU, which
        # made value training differ run to run; embedding's backward is deterministic (and faster).
        rows = F.embedding(tokens, self.proj.weight)  # (..., k, H)
        return (rows @ hidden.unsqueeze(-1)).squeeze(-1) + F.embedding(tokens, self.proj.bias[:, None])[..., 0]

    def state_value(self, hidden: torch.Tensor) -> torch.Tensor:
        """``v`` head: V(s). hidden (..., H) -> (...)."""
        return self.proj(hidden).squeeze(-1)


def output_width(config) -> int:
    """The width of a backbone's last hidden state: OPT projects it down to ``word_embed_proj_dim`` (opt-350m)."""
    return getattr(config, "word_embed_proj_dim", None) or config.hidden_size


def load_backbone(name_or_path: str | Path, device: torch.device | str = "cpu", dtype: torch.dtype = torch.float32):
    """The transformer body of a causal LM (``AutoModel``: no LM head), from safetensors only."""
    from transformers import AutoModel

    return from_pretrained(AutoModel, str(name_or_path), "value backbone", dtype=dtype, use_safetensors=True).to(device)


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
        hidden, vocab = output_width(backbone.config), backbone.config.vocab_size
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
        """Write config.json, head.safetensors and (LoRA) peft's adapter files; ``config`` overrides the stored
        config (e.g. a relative backbone, which also becomes the adapter's ``base_model_name_or_path``)."""
        config = config or self.config
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        save_config(config, directory / CONFIG_FILE)
        save_value_weights(directory, config, self.trainable_state_dict(), peft_model=self.backbone if config.adaptation == "lora" else None)

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


def weight_files(config: ValueModelConfig) -> tuple[str, ...]:
    """The weights files of a schema-2 value model folder (what a bank keeps a sha256 of)."""
    return (HEAD_FILE, ADAPTER_WEIGHTS_FILE) if config.adaptation == "lora" else (HEAD_FILE,)


def save_value_weights(directory: str | Path, config: ValueModelConfig, state: dict[str, torch.Tensor],
                       peft_model=None, root: str | Path | None = None) -> list[str]:
    """Write the prefixed tensors ``state`` (``head.*``, ``lora.*``, ``backbone.*``) in the schema-2 layout.

    ``head.*`` and ``backbone.*`` go to head.safetensors; ``lora.*`` (peft's adapter keys) to
    adapter_model.safetensors, beside peft's adapter_config.json, taken from ``peft_model`` (the
    live PeftModel), or else from the backbone built on the meta device (no weights read; ``root``
    resolves a relative backbone). The tensors are written as given: same keys, dtypes and bits.
    Returns the weights files written.
    """
    from safetensors.torch import save_file

    directory = Path(directory)
    parts = split_weights(state, str(directory))
    own = {key: value.contiguous() for key, value in state.items() if not key.startswith("lora.")}
    save_file(own, str(directory / HEAD_FILE), metadata={"format": "pt"})
    if config.adaptation != "lora":
        if parts["lora"]:
            raise ValueError(f"{directory}: a {config.adaptation} value model has no LoRA weights, got {sorted(parts['lora'])[:3]}")
        return [HEAD_FILE]
    if not parts["lora"]:
        raise ValueError(f"{directory}: a LoRA value model needs its lora.* tensors")
    save_file({key: value.contiguous() for key, value in parts["lora"].items()}, str(directory / ADAPTER_WEIGHTS_FILE),
              metadata={"format": "pt"})  # what PeftModel.save_pretrained writes, byte for byte
    _write_adapter_config(directory, peft_model if peft_model is not None else _meta_peft_model(config, root), config.backbone)
    return [HEAD_FILE, ADAPTER_WEIGHTS_FILE]


def _write_adapter_config(directory: Path, peft_model, base_model_name_or_path: str) -> None:
    """adapter_config.json as ``PeftModel.save_pretrained`` writes it (inference mode, auto mapping), with the
    backbone as the bank names it and the target modules sorted (peft keeps a set: its order would vary by run)."""
    import copy

    adapter = copy.deepcopy(peft_model.peft_config[peft_model.active_adapter])
    adapter.base_model_name_or_path = base_model_name_or_path
    adapter.inference_mode = True
    if isinstance(adapter.target_modules, (set, frozenset)):
        adapter.target_modules = sorted(adapter.target_modules)
    base_class = peft_model._get_base_model_class()
    auto_mapping = {"base_model_class": base_class.__name__, "parent_library": base_class.__module__} if adapter.task_type is None else None
    adapter.save_pretrained(str(directory), auto_mapping_dict=auto_mapping)


def _meta_peft_model(config: ValueModelConfig, root: str | Path | None):
    """The backbone's architecture with LoRA layers on the meta device: peft's view of the adapter, no weights read."""
    from peft import get_peft_model
    from transformers import AutoConfig, AutoModel

    path = resolve_backbone_path(config.backbone, root)
    try:
        backbone_config = AutoConfig.from_pretrained(path)
    except (OSError, ValueError) as error:
        raise OSError(f"cannot read the config of backbone {config.backbone!r}, needed to write the adapter's "
                      f"adapter_config.json: {str(error).splitlines()[0] if str(error) else type(error).__name__}") from None
    with torch.device("meta"):
        backbone = AutoModel.from_config(backbone_config)
    return get_peft_model(backbone, config.lora_config(backbone))


def load_value_weights(directory: str | Path) -> tuple[ValueModelConfig, dict[str, torch.Tensor]]:
    """Config and prefixed tensors (``head.*`` plus ``lora.*`` or ``backbone.*``) of a value model folder.

    Reads schema 2 (head.safetensors, peft's adapter files) or schema 1 (model.safetensors); the
    ``lora.*`` keys are peft's adapter keys, as ``set_peft_model_state_dict`` takes them. A missing or
    corrupted file is a clear error.
    """
    directory = Path(directory)
    config = load_config(ValueModelConfig, directory / CONFIG_FILE)
    if not (directory / HEAD_FILE).exists() and (directory / SCHEMA1_WEIGHTS_FILE).exists():
        return config, _read_safetensors(directory / SCHEMA1_WEIGHTS_FILE)
    state = _read_safetensors(directory / HEAD_FILE)
    stray = [key for key in state if key.startswith("lora.")]
    if stray:
        raise ValueError(f"{directory / HEAD_FILE}: LoRA tensors belong in {ADAPTER_WEIGHTS_FILE}, found {stray[:3]}")
    if config.adaptation == "lora":
        _check_adapter_config(directory / ADAPTER_CONFIG_FILE, config)
        state.update({f"lora.{key}": value for key, value in _read_safetensors(directory / ADAPTER_WEIGHTS_FILE).items()})
    return config, state


def _read_safetensors(path: Path) -> dict[str, torch.Tensor]:
    from safetensors import SafetensorError
    from safetensors.torch import load_file

    if not path.exists():
        raise FileNotFoundError(f"missing value-model weights {path}")
    try:
        return load_file(str(path))
    except (SafetensorError, OSError, ValueError) as error:
        raise ValueError(f"{path} is not a readable safetensors file ({error}); the file may be corrupted") from None


def _check_adapter_config(path: Path, config: ValueModelConfig) -> None:
    """peft's adapter_config.json must describe the adapter config.json does (PeftModel reads the one, this code the other)."""
    import json

    if not path.exists():
        raise FileNotFoundError(f"missing LoRA adapter config {path}")
    try:
        adapter = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise ValueError(f"{path} is not valid JSON ({error}); the file may be corrupted") from None
    ours = {"peft_type": "LORA", "r": config.lora_rank, "lora_alpha": config.lora_alpha}
    theirs = {key: adapter.get(key) if isinstance(adapter, dict) else None for key in ours}
    if theirs != ours:
        raise ValueError(f"{path} describes {theirs}, but the value model's {CONFIG_FILE} says {ours}; one of them was edited")


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
