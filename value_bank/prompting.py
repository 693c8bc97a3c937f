"""Prompts to token ids, the same way for sampling, training and guided decoding.

A tokenizer with a chat template gets the prompt as one user turn with the generation prompt
appended; without one, the prompt text is used as is. Prompts longer than the room left in the
context are cut from the left (the end of a prompt matters most for what comes next), with a
warning that says by how much.

>>> from transformers import AutoTokenizer
>>> from value_bank.locations import shipped_demo_bank
>>> tokenizer = AutoTokenizer.from_pretrained(shipped_demo_bank() / "base")  # the demo's, with a chat template
>>> encoded = encode_prompts(tokenizer, ["How do I boil an egg?"], max_prompt_tokens=200)
>>> tokenizer.decode(encoded.ids[0]), encoded.warnings
('<|user|>\\nHow do I boil an egg?\\n<|assistant|>\\n', [])
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from typing import Sequence

import torch


@dataclass
class EncodedPrompts:
    ids: list[list[int]]
    notes: dict[int, list[str]] = field(default_factory=dict)  # prompt index -> warnings about that prompt

    @property
    def warnings(self) -> list[str]:
        return [f"prompt {index}: {note}" for index in sorted(self.notes) for note in self.notes[index]]

    def warnings_for(self, index: int) -> list[str]:
        """The warnings about prompt ``index`` (e.g. that it was cut)."""
        return self.notes.get(index, [])


def format_prompt(tokenizer, prompt: str) -> str:
    if getattr(tokenizer, "chat_template", None):
        return tokenizer.apply_chat_template([{"role": "user", "content": prompt}], tokenize=False, add_generation_prompt=True)
    return prompt


def encode_prompts(tokenizer, prompts: Sequence[str], max_prompt_tokens: int) -> EncodedPrompts:
    """Validate, format and tokenise prompts; cut over-long ones from the left with a warning."""
    if isinstance(prompts, str):
        raise TypeError("prompts must be a list of strings, not one string")
    if max_prompt_tokens < 1:
        raise ValueError(f"no room for a prompt: the context is full (max_prompt_tokens={max_prompt_tokens}); lower max_new_tokens")
    encoded = EncodedPrompts(ids=[])
    for index, prompt in enumerate(prompts):
        if not isinstance(prompt, str):
            raise TypeError(f"prompt {index} is a {type(prompt).__name__}; prompts must be strings")
        if not prompt.strip():
            raise ValueError(f"prompt {index} is empty; give some text to respond to")
        text = format_prompt(tokenizer, prompt)
        ids = tokenizer(text, add_special_tokens=not getattr(tokenizer, "chat_template", None))["input_ids"]
        if len(ids) > max_prompt_tokens:
            note = (
                f"the prompt has {len(ids)} tokens but only {max_prompt_tokens} fit beside the "
                f"response in the context; it was cut from the left to its last {max_prompt_tokens} tokens"
            )
            warnings.warn(f"prompt {index}: {note}", stacklevel=2)
            encoded.notes.setdefault(index, []).append(note)
            ids = ids[-max_prompt_tokens:]
        encoded.ids.append(list(ids))
    return encoded


def left_pad(sequences: Sequence[Sequence[int]], pad_id: int, device="cpu") -> tuple[torch.Tensor, torch.Tensor]:
    """Left-pad id lists into ``input_ids`` and ``attention_mask`` (B, L), as generation expects."""
    length = max(len(s) for s in sequences)
    ids = torch.full((len(sequences), length), pad_id, dtype=torch.long)
    mask = torch.zeros((len(sequences), length), dtype=torch.long)
    for row, seq in enumerate(sequences):
        if len(seq):
            ids[row, length - len(seq):] = torch.tensor(seq, dtype=torch.long)
            mask[row, length - len(seq):] = 1
    return ids.to(device), mask.to(device)
