"""TD(lambda) targets for terminal rewards, gamma = 1 (DESIGN.md section 1).

Along one response, ``v_t`` is the value model's estimate of ``Q(s_t, y_t)`` (the value after
taking the sampled token), and the normalised reward ``r`` arrives after the last token:

    delta_t = v_{t+1} - v_t   (t < T),      delta_T = r - v_T
    A_t     = sum_l lambda^l delta_{t+l}
    G_t     = A_t + v_t       = (1 - lambda) v_{t+1} + lambda G_{t+1},   G_T = r

lambda = 1 gives the Monte-Carlo return (every target is r); lambda = 0 gives one-step TD.

>>> import torch
>>> td_lambda_targets(torch.tensor([[0.0, 1.0]]), torch.tensor([2.0]), torch.tensor([[True, True]]), lam=0.5)
tensor([[1.5000, 2.0000]])
"""

from __future__ import annotations

import torch


@torch.no_grad()
def td_lambda_targets(values: torch.Tensor, rewards: torch.Tensor, mask: torch.Tensor, lam: float) -> torch.Tensor:
    """TD(lambda) targets ``G`` for right-padded rows.

    values:  (B, T) value estimates along each response (padding positions are ignored)
    rewards: (B,)   terminal reward of each response
    mask:    (B, T) True on response tokens; each row's True entries come first
    returns: (B, T) targets, 0 on padding
    """
    if not 0.0 <= lam <= 1.0:
        raise ValueError(f"lambda {lam} is outside [0, 1]")
    values, rewards = values.float(), rewards.float()
    B, T = values.shape
    targets = torch.zeros_like(values)
    # Walking backwards, G carries the target of the next step; at a row's last token it is r.
    next_target = rewards.clone()  # (B,)
    next_value = rewards.clone()  # (B,)
    for t in range(T - 1, -1, -1):
        valid = mask[:, t]
        is_last = valid & ~(mask[:, t + 1] if t + 1 < T else torch.zeros_like(valid))
        g = torch.where(is_last, rewards, (1 - lam) * next_value + lam * next_target)
        targets[:, t] = torch.where(valid, g, torch.zeros_like(g))
        next_target = torch.where(valid, g, next_target)
        next_value = torch.where(valid, values[:, t], next_value)
    return targets
