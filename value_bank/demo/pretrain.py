"""Train a small causal language model from scratch on conversations (next-token prediction).

Conversations are formatted with the tokenizer's chat template (the prompt as a user turn, then
the response and ``<|end|>``), tokenised, joined end to end and cut into windows of ``context``
tokens (packing: no padding). AdamW with linear warm-up and cosine decay, gradient clipping, a
fixed number of steps, and the validation loss on held-out conversations at the end (in float32).
Weights stay float32; the forward runs under bf16 autocast where the CPU supports it.

>>> metrics = pretrain_lm(model, tokenizer, train_pairs, val_pairs, steps=2000)   # doctest: +SKIP
>>> metrics["val_loss"]                                                           # doctest: +SKIP
1.42
"""

from __future__ import annotations

import math
from typing import Sequence

import torch

from value_bank.prompting import format_prompt


def conversation_ids(tokenizer, pairs: Sequence[tuple[str, str]]) -> list[int]:
    """All (prompt, response) pairs as one stream of token ids, each ending with the eos token."""
    texts = [format_prompt(tokenizer, prompt) + response for prompt, response in pairs]
    stream: list[int] = []
    for ids in tokenizer(texts, add_special_tokens=False)["input_ids"]:
        stream.extend(ids)
        stream.append(tokenizer.eos_token_id)
    return stream


def _windows(stream: list[int], context: int) -> torch.Tensor:
    usable = (len(stream) // context) * context
    if usable == 0:
        raise ValueError(f"{len(stream)} tokens are fewer than one window of {context}")
    return torch.tensor(stream[:usable], dtype=torch.long).view(-1, context)  # (N, context)


@torch.no_grad()
def _loss(model, windows: torch.Tensor, batch_size: int) -> float:
    model.eval()
    losses = [float(model(input_ids=windows[i : i + batch_size], labels=windows[i : i + batch_size]).loss)
              for i in range(0, len(windows), batch_size)]
    model.train()
    return sum(losses) / len(losses)


def pretrain_lm(model, tokenizer, train_pairs, val_pairs, steps: int, batch_size: int = 16, context: int = 256,
                learning_rate: float = 2e-3, warmup_fraction: float = 0.05, seed: int = 0, desc: str = "pretraining",
                progress: bool = True) -> dict:
    """Train ``model`` in place; returns train/validation loss and token counts."""
    from tqdm.auto import tqdm

    generator = torch.Generator().manual_seed(seed)
    train = _windows(conversation_ids(tokenizer, train_pairs), context)
    val = _windows(conversation_ids(tokenizer, val_pairs), context)
    optimizer = torch.optim.AdamW(model.parameters(), lr=learning_rate, betas=(0.9, 0.95), weight_decay=0.1)
    warmup = max(1, int(steps * warmup_fraction))
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min(1.0, (s + 1) / warmup) * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * min(1.0, s / steps)))))
    model.train()
    recent = []
    # bf16 autocast where the CPU has bf16 matmuls (oneDNN): measured 2.1x faster here (AVX512-BF16), same loss curve.
    bf16 = torch.ops.mkldnn._is_mkldnn_bf16_supported()
    bar = tqdm(range(steps), desc=desc, disable=not progress)
    for _ in bar:
        batch = train[torch.randint(len(train), (batch_size,), generator=generator)]
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
            loss = model(input_ids=batch, labels=batch).loss
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        schedule.step()
        recent = (recent + [loss.item()])[-50:]
        bar.set_postfix(loss=f"{sum(recent) / len(recent):.3f}")
    model.eval()
    return {"train_loss": sum(recent) / len(recent), "val_loss": _loss(model, val, batch_size), "bf16_autocast": bf16,
            "train_tokens_seen": steps * batch_size * context, "train_tokens": train.numel(), "val_tokens": val.numel()}
