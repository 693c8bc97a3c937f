"""Fit one value model to one reward from the base model's samples, with TD(lambda) targets.

The reward is normalised with the mean and standard deviation of the training samples
(``r~ = (r - mu) / sigma``, both stored in the bank). Each batch: the value model gives a chain of
values along every response (``ValueModel.forward``); ``td.td_lambda_targets`` turns them and
``r~`` into targets; the loss is their mean squared error, masked to response tokens. For the ``q``
head an optional consistency term asks the base-policy average of Q at each state to match the
target of the step before (``E_{a ~ pi0} Q(s_t, a) ~ V(s_t)``, as in CD-Q), which gives the tokens
that were never sampled a training signal too.

Exploring responses (value_bank/sampling.py, ``explored_step`` >= 0) took, at that step, a token the base would not
have chosen: from there on they are samples of ``Q(s, a)`` under the base policy, before it they are not (their
returns lead through an action the base did not take). Their loss counts from that step on (for a ``v`` head, whose
entry t is ``V(s_t)``, from the state after the forced token; the consistency term from the step after); exploring
responses that never explored are left out. The reward's mean and standard deviation, and validation, use the base's
own samples only, so a value model's scale is still "base standard deviations".

Validation uses prompts held out from training (whole prompts, not single samples). It reports
the MSE of every state's value against the realised reward, the explained variance, and the rank
correlation between the value at the end of the prompt and the realised reward; training stops
early when the validation MSE stops improving and keeps the best epoch.

Written with ``accelerate``, so it runs on several processes unchanged: ``accelerate launch --multi_gpu
--num_processes N -m value_bank train ...`` on N GPUs, ``torchrun --nproc_per_node N -m value_bank train ...``
on CPU (gloo). Validation metrics and the card's losses cover every process's samples.

>>> config = TrainConfig(samples="runs/samples", reward="helpfulness", bank="banks/mine", backbone="my-small-lm")  # doctest: +SKIP
>>> train_value_model(config).validation["explained_variance"]                                              # doctest: +SKIP
0.41
"""

from __future__ import annotations

import copy
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import torch

from value_bank.bank import BankError, TokenizerMismatchError, ValueBank, tokenizer_fingerprint
from value_bank.config_io import config_to_dict
from value_bank.rewards import check_name, known_rewards, parse_reward_arg
from value_bank.runtime import context_length, from_pretrained, resolve_dtype
from value_bank.sampling import EXPLORED_STEP, REWARD_PREFIX, read_meta, read_samples, score_samples
from value_bank.td import td_lambda_targets
from value_bank.value_model import ADAPTATIONS, HEADS, ValueModel, ValueModelConfig


@dataclass(frozen=True)
class TrainConfig:
    """Settings of one value-model training run (all of them recorded in the card)."""

    samples: str
    reward: str
    bank: str
    backbone: str
    name: str = ""
    head: str = "q"
    adaptation: str = "lora"
    lora_rank: int = 16
    lora_alpha: float = 32.0
    lam: float = 0.95
    learning_rate: float = 1e-3
    weight_decay: float = 0.0
    batch_size: int = 32
    max_epochs: int = 8
    patience: int = 2
    val_fraction: float = 0.1
    consistency_weight: float = 0.1
    seed: int = 0
    overwrite: bool = False
    description: str = ""
    device: str = "auto"

    def __post_init__(self):
        if self.head not in HEADS:
            raise ValueError(f"head {self.head!r} is not one of {', '.join(HEADS)}")
        if self.adaptation not in ADAPTATIONS:
            raise ValueError(f"adaptation {self.adaptation!r} is not one of {', '.join(ADAPTATIONS)}")
        if not 0.0 <= self.lam <= 1.0:
            raise ValueError(f"lam (TD lambda) must be in [0, 1], got {self.lam}")
        if not 0.0 < self.val_fraction < 1.0:
            raise ValueError(f"val_fraction must be in (0, 1), got {self.val_fraction}")
        for name in ("batch_size", "max_epochs", "patience"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1, got {getattr(self, name)}")
        if not self.learning_rate > 0:
            raise ValueError(f"learning_rate must be > 0, got {self.learning_rate}")


@dataclass
class TrainResult:
    name: str
    bank: Path
    mu: float
    sigma: float
    validation: dict
    history: list[dict]
    dropped_nan_rewards: int


@dataclass
class _Split:
    ids: list[list[int]]
    prompt_lengths: list[int]
    response_lengths: list[int]
    rewards: np.ndarray
    topk_ids: list
    topk_logprobs: list
    explored_steps: np.ndarray  # -1 for the base's own samples, else the step at which an exploring response explored


def train_value_model(config: TrainConfig, progress: bool = True) -> TrainResult:
    """Train, validate and store one value model; see the module docstring."""
    from accelerate import Accelerator
    from accelerate.utils import set_seed
    from tqdm.auto import tqdm

    on_gpu = config.device != "cpu" and torch.cuda.is_available()
    bf16 = on_gpu and resolve_dtype("auto", "cuda") == torch.bfloat16
    accelerator = Accelerator(cpu=not on_gpu, mixed_precision="bf16" if bf16 else "no")
    if accelerator.is_local_main_process:  # scoring writes the sample files: one process per machine does it, the others wait
        _ensure_reward_column(config)
    accelerator.wait_for_everyone()
    reward_name, reward_spec = _ensure_reward_column(config)
    name = config.name or reward_name
    meta = read_meta(config.samples)
    base_tokenizer = _check_bank(config, name, meta)  # refuse early, before any training, what adding would refuse at the end
    _check_backbone_tokenizer(config.backbone, meta["tokenizer_fingerprint"], config.bank)
    frame = read_samples(config.samples)
    column = REWARD_PREFIX + reward_name
    finite = np.isfinite(frame[column].to_numpy(dtype=np.float64))
    dropped = int((~finite).sum())
    frame = frame[finite & (frame["response_ids"].map(len) > 0)].reset_index(drop=True)
    if frame.empty:
        raise ValueError(f"no usable samples in {config.samples}: {dropped} rewards were NaN or infinite, the rest had no response")

    # -1 where samples (or resumed parts) were written before exploration existed
    frame[EXPLORED_STEP] = frame[EXPLORED_STEP].fillna(-1).astype(int) if EXPLORED_STEP in frame else -1
    # The base's own samples are the first num_samples of each prompt. An exploring response that never explored is
    # not one of them (it is kept for lack of a step where the base hesitated: a selection of responses): left out.
    own_per_prompt = meta["config"]["num_samples"]
    frame = frame[(frame["sample_index"] < own_per_prompt) | (frame[EXPLORED_STEP] >= 0)].reset_index(drop=True)
    train_frame, val_frame = _split_by_prompt(frame, config.val_fraction, config.seed)
    val_frame = val_frame[val_frame["sample_index"] < own_per_prompt].reset_index(drop=True)  # validated on the base's own
    if val_frame.empty:
        raise ValueError(f"the validation prompts of {config.samples} have no usable samples of the base's own (every reward NaN or "
                         "every response empty); sample more prompts or responses")
    ordinary = train_frame["sample_index"] < own_per_prompt
    raw = train_frame.loc[ordinary, column].to_numpy(dtype=np.float64)
    mu, sigma = float(raw.mean()), float(raw.std())
    if not sigma > 1e-8:
        raise ValueError(f"reward {reward_name!r} is constant ({mu:.4g}) on the training samples: there is nothing to learn")

    set_seed(config.seed)
    model = ValueModel.create(ValueModelConfig(config.backbone, config.head, config.adaptation, config.lora_rank, config.lora_alpha),
                              root=config.bank)
    _check_context(model, frame, config.backbone)
    train_split, val_split = (_to_split(f, column, mu, sigma) for f in (train_frame, val_frame))
    generator = torch.Generator().manual_seed(config.seed)
    train_loader = torch.utils.data.DataLoader(range(len(train_split.ids)), batch_size=config.batch_size, shuffle=True, generator=generator)
    val_loader = torch.utils.data.DataLoader(range(len(val_split.ids)), batch_size=config.batch_size)
    trainable = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(trainable, lr=config.learning_rate, weight_decay=config.weight_decay)
    model, optimizer, train_loader, val_loader = accelerator.prepare(model, optimizer, train_loader, val_loader)
    inner = accelerator.unwrap_model(model)

    history, best, best_state, waited = [], math.inf, None, 0
    bar = tqdm(total=config.max_epochs * len(train_loader), desc=f"training {name}", disable=not (progress and accelerator.is_main_process))
    for epoch in range(config.max_epochs):
        model.train()
        losses = []
        for indices in train_loader:
            batch = _collate(train_split, indices.tolist(), accelerator.device)
            loss = _loss(model, batch, config)
            optimizer.zero_grad(set_to_none=True)
            accelerator.backward(loss)
            optimizer.step()
            losses.append(loss.item())
            bar.update(1)
            bar.set_postfix(loss=f"{np.mean(losses[-20:]):.4f}")
        # every process's batches: the card's training loss is the whole epoch's, not rank 0's share
        train_loss = float(accelerator.gather(torch.tensor(losses, device=accelerator.device)).float().mean())
        metrics = {"epoch": epoch + 1, "train_loss": train_loss, **_validate(model, val_split, val_loader, accelerator)}
        history.append(metrics)
        bar.write(f"epoch {epoch + 1}: " + ", ".join(f"{k}={v:.4f}" for k, v in metrics.items() if k != "epoch"))
        if metrics["mse"] < best - 1e-6:
            best, best_state, waited = metrics["mse"], copy.deepcopy(inner.trainable_state_dict()), 0
        else:
            waited += 1
            if waited >= config.patience:
                break
    bar.close()
    inner.load_trainable_state_dict(best_state)
    validation = min(history, key=lambda m: m["mse"])
    result = TrainResult(name, Path(config.bank), mu, sigma, validation, history, dropped)
    if accelerator.is_main_process:
        description = config.description or getattr(known_rewards().get(reward_spec), "description", "") or f"reward {reward_spec}"
        card = {
            "reward": reward_spec, "reward_name": reward_name, "description": description, "mu": mu, "sigma": sigma,
            # The base model's distribution of the raw reward, so a score can be shown as a percentile.
            "base_percentiles": np.percentile(raw, np.arange(101)).tolist(),
            "training": {
                "samples": str(config.samples), "sampling": meta["config"], "config": config_to_dict(config),
                "train_samples": len(train_split.ids), "val_samples": len(val_split.ids),
                "explored_train_samples": int((~ordinary).sum()),
                "train_prompts": int(train_frame["prompt_index"].nunique()), "val_prompts": int(val_frame["prompt_index"].nunique()),
                "dropped_nan_rewards": dropped,
            },
            "validation": validation, "history": history,
        }
        bank = ValueBank.open(config.bank) if Path(config.bank, "manifest.json").exists() else ValueBank.create(config.bank, meta["config"]["base"], base_tokenizer)
        bank.add(name, inner.to("cpu"), card, overwrite=config.overwrite)
    accelerator.wait_for_everyone()
    return result


def _check_context(model: ValueModel, frame: pd.DataFrame, backbone: str) -> None:
    """Every sample (prompt + response, and the v head's one more position) must fit the backbone's context."""
    core = model.backbone.get_base_model() if hasattr(model.backbone, "get_base_model") else model.backbone
    context = context_length(core.config)
    longest = int((frame["prompt_ids"].map(len) + frame["response_ids"].map(len)).max())
    if longest > context:
        raise ValueError(f"the samples reach {longest} tokens (prompt + response) but backbone {backbone} reads at most {context}; "
                         "use a backbone with a context at least as long as the base's, or sample shorter prompts or responses")


def _ensure_reward_column(config: TrainConfig) -> tuple[str, str]:
    """The reward's name and spec; scores the samples first when ``reward`` names a spec not yet scored."""
    name, spec = parse_reward_arg(config.reward)
    meta = read_meta(config.samples)
    known = meta.get("rewards", {})
    if name in known and (spec == name or spec == known[name]):
        return name, known[name]
    if spec == name and name not in known_rewards():
        raise ValueError(f"samples in {config.samples} have no reward {name!r}; they have: {', '.join(known) or '(none)'}")
    score_samples(config.samples, [f"{name}={spec}"])
    return name, spec


def _split_by_prompt(frame: pd.DataFrame, val_fraction: float, seed: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    prompts = np.sort(frame["prompt_index"].unique())
    if len(prompts) < 2:
        raise ValueError("training needs samples for at least 2 prompts (one for validation)")
    order = np.random.default_rng(seed).permutation(prompts)
    n_val = min(len(prompts) - 1, max(1, round(len(prompts) * val_fraction)))
    is_val = frame["prompt_index"].isin(set(order[:n_val].tolist()))
    return frame[~is_val].reset_index(drop=True), frame[is_val].reset_index(drop=True)


def _to_split(frame: pd.DataFrame, column: str, mu: float, sigma: float) -> _Split:
    return _Split(
        ids=[list(p) + list(r) for p, r in zip(frame["prompt_ids"], frame["response_ids"])],
        prompt_lengths=frame["prompt_ids"].map(len).tolist(),
        response_lengths=frame["response_ids"].map(len).tolist(),
        rewards=((frame[column].to_numpy(dtype=np.float64) - mu) / sigma).astype(np.float32),
        topk_ids=frame["topk_ids"].tolist(),
        topk_logprobs=frame["topk_logprobs"].tolist(),
        explored_steps=frame[EXPLORED_STEP].to_numpy(dtype=np.int64),
    )


def _collate(split: _Split, indices: list[int], device) -> dict[str, torch.Tensor]:
    """Right-padded tensors for a batch: ids (B, L), mask, lengths, rewards (B,), top-k (B, T, k)."""
    length = max(len(split.ids[i]) for i in indices)
    steps = max(split.response_lengths[i] for i in indices)
    k = len(split.topk_ids[indices[0]][0])
    ids = torch.zeros(len(indices), length, dtype=torch.long)
    mask = torch.zeros(len(indices), length, dtype=torch.long)
    top_ids = torch.zeros(len(indices), steps, k, dtype=torch.long)
    top_logprobs = torch.full((len(indices), steps, k), -1e4)
    for row, i in enumerate(indices):
        seq, t = split.ids[i], split.response_lengths[i]
        ids[row, : len(seq)] = torch.tensor(seq)
        mask[row, : len(seq)] = 1
        top_ids[row, :t] = torch.tensor(np.stack(split.topk_ids[i]))
        top_logprobs[row, :t] = torch.tensor(np.stack(split.topk_logprobs[i]))
    batch = {
        "input_ids": ids, "attention_mask": mask,
        "prompt_lengths": torch.tensor([split.prompt_lengths[i] for i in indices]),
        "response_lengths": torch.tensor([split.response_lengths[i] for i in indices]),
        "rewards": torch.tensor(split.rewards[indices]), "topk_ids": top_ids, "topk_logprobs": top_logprobs,
        "explored_steps": torch.tensor(split.explored_steps[indices]),
    }
    return {key: value.to(device) for key, value in batch.items()}


def _loss(model, batch: dict, config: TrainConfig) -> torch.Tensor:
    values, mask, expected = _forward(model, batch)
    targets = td_lambda_targets(values.detach(), batch["rewards"], mask, config.lam)  # over the whole response
    steps = torch.arange(mask.shape[1], device=mask.device)[None]
    explored = batch["explored_steps"][:, None]  # -1: every step trains
    if config.head == "v":  # V(s_t) at the explored step stands before the forced token: not a sample of the base's V
        explored = torch.where(explored >= 0, explored + 1, explored)
    loss = _masked_mse(values, targets, mask & (steps >= explored))  # an exploring response: from its explored step on
    if expected is not None and config.consistency_weight > 0:
        # The state value at s_t should match the target of the step that led there (r~ at s_1).
        previous = torch.cat([batch["rewards"][:, None], targets[:, :-1]], dim=1)  # (B, T)
        loss = loss + config.consistency_weight * _masked_mse(expected, previous, mask & (steps > explored))
    return loss


def _forward(model, batch: dict):
    return model(batch["input_ids"], batch["attention_mask"], batch["prompt_lengths"], batch["response_lengths"],
                 batch["topk_ids"], batch["topk_logprobs"])


def _masked_mse(values: torch.Tensor, targets: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    weight = mask.float()
    return ((values - targets) ** 2 * weight).sum() / weight.sum().clamp(min=1)


@torch.no_grad()
def _validate(model, split: _Split, loader, accelerator) -> dict[str, float]:
    model.eval()
    errors, residual, realised, prompt_values, final_rewards = [], [], [], [], []
    for indices in loader:
        batch = _collate(split, indices.tolist(), accelerator.device)
        values, mask, expected = _forward(model, batch)
        first = values[:, 0] if expected is None else expected[:, 0]  # the value at the end of the prompt
        r = batch["rewards"][:, None].expand_as(values)
        # Each process's batch is as wide as its own longest response: pad to the widest before gathering
        # (gather_for_metrics also drops the samples repeated to even out the last batch).
        values, r, mask = (accelerator.pad_across_processes(t, dim=1) for t in (values, r, mask.long()))
        values, r, mask, first, rewards = accelerator.gather_for_metrics((values, r, mask, first, batch["rewards"]))
        mask = mask.bool()
        errors.append(((values - r) ** 2)[mask].cpu())
        residual.append((r - values)[mask].cpu())
        realised.append(r[mask].cpu())
        prompt_values.append(first.cpu())
        final_rewards.append(rewards.cpu())
    residual, realised = torch.cat(residual), torch.cat(realised)
    spread = float(realised.var())
    return {
        "mse": float(torch.cat(errors).mean()),
        # NaN when the held-out rewards barely vary: there is no variance to explain.
        "explained_variance": float(1 - residual.var() / spread) if spread > 1e-8 else math.nan,
        "prompt_value_spearman": float(pd.Series(torch.cat(prompt_values).numpy()).corr(
            pd.Series(torch.cat(final_rewards).numpy()), method="spearman")),
    }


def _check_new_bank_folder(folder: Path, backbone: str) -> None:
    """A new bank goes into a new or empty folder (a backbone folder placed in it for the bank may be there already):
    files of something else would otherwise become part of the bank."""
    if not folder.exists():
        return
    if not folder.is_dir():
        raise FileExistsError(f"{folder} is a file, not a bank folder; give a new or empty folder for a new bank")
    own = {Path(backbone).resolve()}
    strangers = sorted(p.name for p in folder.iterdir() if p.resolve() not in own)
    if strangers:
        shown = ", ".join(strangers[:3]) + (", ..." if len(strangers) > 3 else "")
        raise FileExistsError(f"{folder} is not a bank (no manifest.json) and is not empty ({shown}); give a new or "
                              "empty folder for a new bank, or the folder of an existing bank")


def _check_bank(config: TrainConfig, name: str, meta: dict):
    """Refuse now what ``bank.add`` would refuse after training; return the base tokenizer for a new bank.

    An existing bank must be for the same tokenizer and must not silently lose a value model; a new
    bank needs the base's tokenizer, loaded here so that a missing base fails before training.
    """
    check_name(name)
    if not Path(config.bank, "manifest.json").exists():
        from transformers import AutoTokenizer

        _check_new_bank_folder(Path(config.bank), config.backbone)
        return from_pretrained(AutoTokenizer, meta["config"]["base"], "base model (of the samples)")
    bank = ValueBank.open(config.bank)
    if bank.fingerprint != meta["tokenizer_fingerprint"]:
        raise TokenizerMismatchError(
            f"bank {config.bank} was made for tokenizer {bank.fingerprint}, but the samples in {config.samples} "
            f"come from a base with tokenizer {meta['tokenizer_fingerprint']}"
        )
    if name in bank.names and not config.overwrite:
        raise BankError(f"bank {config.bank} already has a value model {name!r}; pass --overwrite to replace it")
    return None


def _check_backbone_tokenizer(backbone: str, fingerprint: str, bank_root: str) -> None:
    """The value backbone must read the base model's token ids: compare tokenizers when it has one."""
    from transformers import AutoTokenizer

    from value_bank.value_model import resolve_backbone_path

    path = resolve_backbone_path(backbone, bank_root)
    try:
        tokenizer = AutoTokenizer.from_pretrained(path)
    except (OSError, ValueError):
        return  # a bare backbone without tokenizer files: the vocabulary size check in the model still applies
    theirs = tokenizer_fingerprint(tokenizer)
    if theirs != fingerprint:
        raise TokenizerMismatchError(
            f"value backbone {backbone} has tokenizer {theirs}, but the base model's samples use tokenizer {fingerprint}; "
            "a value model must use the base model's tokenizer"
        )
