"""Where models run: the one place that picks the device and the dtype.

CPU is a first-class target (float32: bf16 matmuls are slow on most CPUs); on a GPU we use bf16
where the card supports it. Every model the project loads goes through these two functions, so
``--device`` and ``--dtype`` mean the same thing in every command.

>>> resolve_device("auto").type in {"cpu", "cuda", "mps"}
True
"""

from __future__ import annotations

from pathlib import Path

import torch

DEVICE_CHOICES = ("auto", "cpu", "cuda", "mps")
DTYPE_CHOICES = ("auto", "float32", "bfloat16", "float16")


def resolve_device(device: str | torch.device = "auto") -> torch.device:
    """``"auto"`` picks cuda when present, else cpu; anything else must be a torch device string."""
    if isinstance(device, torch.device):
        return device
    if device == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    kind = device.split(":")[0]
    if kind not in DEVICE_CHOICES[1:]:
        raise ValueError(f"device {device!r} is not one of {', '.join(DEVICE_CHOICES)} (optionally 'cuda:N')")
    if kind == "cuda" and not torch.cuda.is_available():
        raise ValueError(f"device {device!r} was asked for, but torch sees no CUDA device here; use 'cpu' or 'auto'")
    return torch.device(device)


def resolve_dtype(dtype: str | torch.dtype = "auto", device: torch.device | str = "cpu") -> torch.dtype:
    """``"auto"`` is bf16 on a GPU that supports it and float32 everywhere else."""
    if isinstance(dtype, torch.dtype):
        return dtype
    if dtype == "auto":
        device = resolve_device(device)
        if device.type == "cuda" and torch.cuda.is_bf16_supported():
            return torch.bfloat16
        return torch.float32
    if dtype not in DTYPE_CHOICES[1:]:
        raise ValueError(f"dtype {dtype!r} is not one of {', '.join(DTYPE_CHOICES)}")
    return getattr(torch, dtype)


def from_pretrained(auto_class, name_or_path, what: str, **kwargs):
    """``auto_class.from_pretrained(name_or_path)``, with one clear error when it names neither a folder here nor a
    Hub model that can be loaded: transformers' own message for a mistyped local path speaks of the Hub and of repo-id
    rules, and may quote its cache's location. A folder that exists but is incomplete keeps transformers' message
    (it names the missing file)."""
    try:
        return auto_class.from_pretrained(name_or_path, **kwargs)
    except (OSError, ValueError) as error:
        local_folder = Path(str(name_or_path)).expanduser().is_dir()
        unresolved = isinstance(error, OSError) or "repo id" in str(error).lower()  # a ValueError: huggingface_hub's id check
        if local_folder or not unresolved:
            raise
        from huggingface_hub import constants

        where = "the local Hugging Face cache (offline)" if constants.HF_HUB_OFFLINE else "the Hugging Face Hub"
        raise FileNotFoundError(f"{what} {str(name_or_path)!r} is neither a folder here nor a model in {where}; "
                                "give the path of a saved model folder or a Hub model id") from None


def load_causal_lm(name_or_path: str, device: str | torch.device = "auto", dtype: str | torch.dtype = "auto"):
    """A causal LM and its tokenizer, ready for batched generation (left padding, a pad token).

    Weights load as safetensors only, so loading never unpickles anything.

    >>> model, tokenizer = load_causal_lm("banks/demo/base")   # doctest: +SKIP
    """
    from transformers import AutoModelForCausalLM

    device = resolve_device(device)
    tokenizer = load_tokenizer(name_or_path)
    model = from_pretrained(AutoModelForCausalLM, name_or_path, "base model", dtype=resolve_dtype(dtype, device), use_safetensors=True)
    return model.to(device).eval(), tokenizer


def load_tokenizer(name_or_path: str, what: str = "base model"):
    """A base model's tokenizer, set up for batched generation: left padding, a pad token."""
    from transformers import AutoTokenizer

    tokenizer = from_pretrained(AutoTokenizer, name_or_path, what)
    tokenizer.padding_side = "left"
    if tokenizer.pad_token is None:
        # Left padding is masked out, so any token will do; a tokenizer with neither pad nor eos
        # (then generation simply runs to max_new_tokens) pads with its unknown token, else token 0.
        tokenizer.pad_token = tokenizer.eos_token or tokenizer.unk_token or tokenizer.convert_ids_to_tokens(0)
    return tokenizer


def context_length(config) -> int:
    """The longest sequence a model's position embeddings allow (GPT-2's n_positions, Llama's max_position_embeddings)."""
    for key in ("max_position_embeddings", "n_positions", "max_sequence_length"):
        value = getattr(config, key, None)
        if isinstance(value, int) and value > 0:
            return value
    return 1 << 20
