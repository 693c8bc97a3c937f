"""``hf:`` rewards: a Hugging Face sequence-classification model scoring (prompt, response) pairs.

The pair goes through the tokenizer as a text pair (``tokenizer(prompt, response)``), the way
reward models such as OpenAssistant's deberta RMs were trained. Weights load as safetensors only.

>>> rm = HFRewardModel("path/to/reward-model")            # doctest: +SKIP
>>> rm(["How do I boil an egg?"], ["Simmer it for 9 minutes."])  # doctest: +SKIP
array([1.73])
"""

from __future__ import annotations

from typing import Sequence

import numpy as np
import torch

from value_bank.runtime import from_pretrained, resolve_device

OUTPUTS = ("auto", "prob", "logit")


class HFRewardModel:
    """Callable ``(prompts, responses) -> np.ndarray``; see the module docstring for the outputs."""

    def __init__(self, path: str, output: str = "auto", device: str = "auto", batch_size: int = 16, max_length: int = 512):
        from transformers import AutoModelForSequenceClassification, AutoTokenizer

        if output not in OUTPUTS:
            raise ValueError(f"hf reward output {output!r} is not one of {', '.join(OUTPUTS)}")
        self.device = resolve_device(device)
        self.tokenizer = from_pretrained(AutoTokenizer, path, "reward model")
        self.model = from_pretrained(AutoModelForSequenceClassification, path, "reward model", use_safetensors=True).to(self.device).eval()
        labels = self.model.config.num_labels
        if labels not in (1, 2):
            raise ValueError(f"hf reward {path!r} has {labels} labels; a reward model needs 1 (a score) or 2 (negative/positive)")
        if labels == 1 and output == "prob":
            raise ValueError(f"hf reward {path!r} has one label, so it has no class probability; use output=logit or auto")
        self.output = ("logit" if labels == 1 else "prob") if output == "auto" else output
        if self.tokenizer.pad_token is None:
            self.tokenizer.pad_token = self.tokenizer.eos_token
        self.model.config.pad_token_id = self.tokenizer.pad_token_id
        self.batch_size, self.max_length = batch_size, max_length

    @torch.no_grad()
    def __call__(self, prompts: Sequence[str], responses: Sequence[str]) -> np.ndarray:
        scores = []
        for start in range(0, len(prompts), self.batch_size):
            batch = self.tokenizer(
                list(prompts[start : start + self.batch_size]),
                list(responses[start : start + self.batch_size]),
                truncation=True, max_length=self.max_length, padding=True, return_tensors="pt",
            ).to(self.device)
            logits = self.model(**batch).logits.float()  # (B, labels)
            if logits.shape[-1] == 1:
                scores.append(logits[:, 0])
            elif self.output == "prob":
                scores.append(logits.softmax(-1)[:, 1])
            else:
                scores.append(logits[:, 1] - logits[:, 0])
        return torch.cat(scores).cpu().numpy().astype(np.float64)
