"""Train a small causal language model from scratch on conversations (next-token prediction).

Conversations are formatted with the tokenizer's chat template (the prompt as a user turn, then
the response and ``<|end|>``). Two ways to make rows of them (``rows``):

- ``"packed"``: tokenised, joined end to end and cut into windows of ``context`` tokens;
  ``batch_size`` windows a step. No padding, but a conversation attends to the ones packed
  before it, and starts mid-window rather than at position 0 as at decode time.
- ``"conversation"`` (the shipped demo): one conversation per row from position 0, rows of
  similar length batched together and right-padded; ``batch_size`` conversations a step (64 is
  about the tokens of 16 packed windows). Measured on the demo's base (same steps): the base
  reads the question far more (its loss on held-out answers is 0.163 nats/token lower after
  their own question than after another topic's, against 0.017 packed; 12 % of its samples are
  on topic, against 1 %), but the value models trained on its samples did no better on the demo's criteria then
  (`docs/experiments/conversation-rows.md`). The demo shipped the packed base until the on-topic
  rebuild (`docs/experiments/on-topic-base.md`), which pretrains on conversation rows.

``loss_on`` says which tokens are predicted: ``"all"``, or ``"response"`` (the demo): the prompt
is read but never predicted, so the whole model's capacity goes into answering what was asked
(a prompt mask, as in supervised fine-tuning; `docs/experiments/on-topic-base.md` has the effect).

AdamW with linear warm-up and cosine decay, gradient clipping, a fixed number of steps, and the
validation loss on held-out conversations at the end (in float32). Weights stay float32; the
forward runs under bf16 autocast where the CPU supports it.

``select_by`` and ``select_at`` keep the best of several checkpoints instead of the last one:
at each step in ``select_at`` the model is scored by ``select_by(model)`` (higher is better) and
the best checkpoint's weights are the ones the model ends with. The demo scores how often a
checkpoint's answers are on topic (``vas_demo/check_base.py``, ``selection_score``): the last five
checkpoints of one run, 200 steps apart, answered 40 % to 63 % of held-out questions on topic, the
last two 61 % and 40 % at validation losses 0.006 nats apart (`docs/experiments/on-topic-base.md`,
seventeenth session), so the last checkpoint alone is a draw from that spread.

>>> from value_bank.scratch import new_causal_lm, train_tokenizer
>>> pairs = [("How do I boil an egg?", "Simmer it for nine minutes."), ("How do I fix a tap?", "Turn off the water first.")] * 4
>>> tokenizer = train_tokenizer([p + " " + r for p, r in pairs], vocab_size=300)
>>> model = new_causal_lm(tokenizer, hidden_size=16, layers=1, heads=2, context=64)
>>> metrics = pretrain_lm(model, tokenizer, pairs, pairs[:2], steps=20, batch_size=4, context=64, rows="conversation",
...                       loss_on="response", progress=False)
>>> metrics["steps_done"], metrics["val_loss"] < math.log(len(tokenizer))  # better than a uniform guess
(20, True)
"""

from __future__ import annotations

import copy
import math
import time
from typing import Callable, Sequence

import torch

from value_bank.prompting import format_prompt

ROWS = ("packed", "conversation")
LOSS_ON = ("all", "response")


def check_rows(rows: str) -> str:
    if rows not in ROWS:
        raise ValueError(f"pretrain_rows must be one of {', '.join(ROWS)}, got {rows!r}")
    return rows


def check_loss_on(loss_on: str) -> str:
    if loss_on not in LOSS_ON:
        raise ValueError(f"pretrain_loss_on must be one of {', '.join(LOSS_ON)}, got {loss_on!r}")
    return loss_on


def conversation_ids(tokenizer, pairs: Sequence[tuple[str, str]]) -> tuple[list[list[int]], list[int]]:
    """Each (prompt, response) pair as token ids ending with the eos token, and its prompt's length in tokens."""
    prompts = [format_prompt(tokenizer, prompt) for prompt, _ in pairs]
    ids = tokenizer([p + response for p, (_, response) in zip(prompts, pairs)], add_special_tokens=False)["input_ids"]
    lengths = [len(p) for p in tokenizer(prompts, add_special_tokens=False)["input_ids"]]
    # The chat template ends the prompt on a newline, so the prompt's tokens are a prefix of the conversation's.
    return [row + [tokenizer.eos_token_id] for row in ids], lengths


def _targets(conversations: list[list[int]], prompt_lengths: list[int], loss_on: str) -> list[list[int]]:
    """Each token's label: itself, or -100 (not predicted) for prompt tokens when ``loss_on="response"``."""
    if loss_on == "all":
        return [list(ids) for ids in conversations]
    return [[-100] * n + ids[n:] for ids, n in zip(conversations, prompt_lengths)]


def _windows(conversations: list[list[int]], targets: list[list[int]], context: int) -> tuple[torch.Tensor, torch.Tensor]:
    """``"packed"``: all conversations end to end, cut into (N, context) windows of ids and of labels."""
    stream = [token for ids in conversations for token in ids]
    labels = [token for row in targets for token in row]
    usable = (len(stream) // context) * context
    if usable == 0:
        raise ValueError(f"{len(stream)} tokens are fewer than one window of {context}")
    view = lambda xs: torch.tensor(xs[:usable], dtype=torch.long).view(-1, context)  # noqa: E731
    return view(stream), view(labels)


def _batches(conversations: list[list[int]], batch_size: int, pad_id: int, context: int,
             targets: list[list[int]] | None = None) -> list[dict]:
    """``"conversation"``: model inputs of conversations of similar length, right-padded; padding is not predicted."""
    if not conversations:
        raise ValueError("no conversations to train on")
    targets = targets if targets is not None else conversations
    order = sorted(range(len(conversations)), key=lambda i: len(conversations[i][:context]))
    batches = []
    for start in range(0, len(order), batch_size):
        rows = [conversations[i][:context] for i in order[start : start + batch_size]]
        ids = torch.full((len(rows), len(rows[-1])), pad_id, dtype=torch.long)
        labels = torch.full_like(ids, -100)
        mask = torch.zeros_like(ids)
        for i, (row, index) in enumerate(zip(rows, order[start : start + batch_size])):
            ids[i, : len(row)] = torch.tensor(row)
            labels[i, : len(row)] = torch.tensor(targets[index][: len(row)])
            mask[i, : len(row)] = 1
        batches.append({"input_ids": ids, "attention_mask": mask, "labels": labels})
    return batches


def _predicted_token_loss(model, batch: dict) -> torch.Tensor:
    """The same loss as ``model(**batch).loss``, with the LM head applied only where a label is predicted.

    With ``loss_on="response"`` about a third of the positions are prompt or padding; skipping the
    head's vocabulary-sized product there made a training step 12-14 % faster on two CPU cores, with the
    same loss to 1e-6. (The demo's families, Llama and GPT-2, apply nothing between head and softmax.)"""
    hidden = model.base_model(input_ids=batch["input_ids"], attention_mask=batch.get("attention_mask")).last_hidden_state
    labels = batch["labels"][:, 1:]
    predicted = labels != -100
    logits = model.get_output_embeddings()(hidden[:, :-1][predicted])
    return torch.nn.functional.cross_entropy(logits.float(), labels[predicted])


@torch.no_grad()
def _loss(model, batches: list[dict], device: str = "cpu") -> float:
    """Mean loss over batches (each batch's mean per predicted token)."""
    model.eval()
    losses = [float(model(**{k: v.to(device) for k, v in batch.items()}).loss) for batch in batches]
    model.train()
    return sum(losses) / len(losses)


def _tokens(batches: list[dict]) -> int:
    return sum(int(b["attention_mask"].sum()) if "attention_mask" in b else b["input_ids"].numel() for b in batches)


def pretrain_lm(model, tokenizer, train_pairs, val_pairs, steps: int, batch_size: int = 16, context: int = 256,
                learning_rate: float = 2e-3, warmup_fraction: float = 0.05, seed: int = 0, desc: str = "pretraining",
                progress: bool = True, rows: str = "packed", loss_on: str = "all", device: str = "cpu",
                max_seconds: float | None = None, select_by: Callable[[torch.nn.Module], float] | None = None,
                select_at: Sequence[int] = ()) -> dict:
    """Train ``model`` (already on ``device``) in place; returns train/validation loss (per predicted token) and token counts.

    ``max_seconds`` stops training early (``steps_done`` says where) instead of running past a time box.
    ``select_by``/``select_at``: see the module docstring; the result then lists each checkpoint's step,
    score and validation loss (``checkpoints``) and the step kept (``selected_step``)."""
    from tqdm.auto import tqdm

    check_rows(rows)
    check_loss_on(loss_on)
    select_at = sorted(set(select_at))
    if select_at and (select_by is None or not all(isinstance(s, int) and 1 <= s <= steps for s in select_at)):
        raise ValueError(f"select_at must be steps from 1 to {steps} with a select_by score, got {select_at}")
    checkpoints, best = [], None
    generator = torch.Generator().manual_seed(seed)
    (train_ids, train_lengths), (val_ids, val_lengths) = conversation_ids(tokenizer, train_pairs), conversation_ids(tokenizer, val_pairs)
    train_targets, val_targets = _targets(train_ids, train_lengths, loss_on), _targets(val_ids, val_lengths, loss_on)
    if rows == "packed":
        train, train_labels = _windows(train_ids, train_targets, context)
        val = [{"input_ids": w, "labels": y} for w, y in zip(*(t.split(batch_size) for t in _windows(val_ids, val_targets, context)))]

        def draw():
            pick = torch.randint(len(train), (batch_size,), generator=generator)
            return {"input_ids": train[pick], "labels": train_labels[pick]}

        train_tokens = train.numel()
    else:
        pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
        batches = _batches(train_ids, batch_size, pad_id, context, train_targets)
        val = _batches(val_ids, batch_size, pad_id, context, val_targets)
        draw = lambda: batches[int(torch.randint(len(batches), (1,), generator=generator))]  # noqa: E731
        train_tokens = _tokens(batches)
    optimizer = torch.optim.AdamW(model.parameters(), lr=learning_rate, betas=(0.9, 0.95), weight_decay=0.1)
    warmup = max(1, int(steps * warmup_fraction))
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min(1.0, (s + 1) / warmup) * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * min(1.0, s / steps)))))
    model.train()
    recent, seen, steps_done, started = [], 0, 0, time.perf_counter()
    # bf16 autocast where the CPU has bf16 matmuls (oneDNN): measured 2.1x faster here (AVX512-BF16), same loss curve.
    # On a GPU (experiments only: the demo build runs on CPU) bf16 always.
    device_type = torch.device(device).type
    bf16 = device_type == "cuda" or torch.ops.mkldnn._is_mkldnn_bf16_supported()
    bar = tqdm(range(steps), desc=desc, disable=not progress)
    for _ in bar:
        if max_seconds is not None and time.perf_counter() - started > max_seconds:
            break
        batch = draw()
        seen += _tokens([batch])
        batch = {k: v.to(device, non_blocking=True) for k, v in batch.items()}
        with torch.autocast(device_type, dtype=torch.bfloat16, enabled=bf16):
            loss = _predicted_token_loss(model, batch)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        schedule.step()
        steps_done += 1
        recent = (recent + [loss.item()])[-50:]
        bar.set_postfix(loss=f"{sum(recent) / len(recent):.3f}")
        if steps_done in select_at:
            checkpoints.append(_checkpoint(model, steps_done, select_by, val, device))
            if best is None or checkpoints[-1]["score"] > best[0]["score"]:
                best = (checkpoints[-1], copy.deepcopy(model.state_dict()))
    model.eval()
    metrics = {"train_loss": sum(recent) / len(recent), "bf16_autocast": bf16, "train_tokens_seen": seen,
               "steps_done": steps_done, "train_tokens": train_tokens, "val_tokens": _tokens(val)}
    if best is None:
        return {**metrics, "val_loss": _loss(model, val, device)}
    model.load_state_dict(best[1])
    return {**metrics, "val_loss": best[0]["val_loss"], "selected_step": best[0]["step"], "checkpoints": checkpoints}


def _checkpoint(model, step: int, select_by, val: list[dict], device: str) -> dict:
    """One checkpoint's step, score and validation loss; the global RNG is left as training had it."""
    with torch.random.fork_rng(devices=[]):
        score = float(select_by(model))
    model.train()
    return {"step": step, "score": score, "val_loss": _loss(model, val, device)}
