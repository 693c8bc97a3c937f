"""TD(lambda) targets against hand-computed values."""

import pytest
import torch

from value_bank.td import td_lambda_targets


def test_hand_computed_example():
    # v = [0.2, 0.5, 0.9], r = 1.0, lambda = 0.5:
    # G_3 = r = 1.0
    # G_2 = 0.5 * v_3 + 0.5 * G_3 = 0.45 + 0.5  = 0.95
    # G_1 = 0.5 * v_2 + 0.5 * G_2 = 0.25 + 0.475 = 0.725
    values = torch.tensor([[0.2, 0.5, 0.9]])
    targets = td_lambda_targets(values, torch.tensor([1.0]), torch.ones(1, 3, dtype=torch.bool), lam=0.5)
    assert targets[0].tolist() == pytest.approx([0.725, 0.95, 1.0])


def test_matches_the_advantage_form_of_design_md():
    # A_t = sum_l lambda^l delta_{t+l}, delta_t = v_{t+1} - v_t, delta_T = r - v_T; G_t = A_t + v_t
    torch.manual_seed(0)
    values, reward, lam = torch.randn(1, 6), torch.tensor([0.7]), 0.95
    v = values[0].tolist()
    deltas = [v[t + 1] - v[t] for t in range(5)] + [reward.item() - v[5]]
    expected = [sum(lam**l * deltas[t + l] for l in range(6 - t)) + v[t] for t in range(6)]
    targets = td_lambda_targets(values, reward, torch.ones(1, 6, dtype=torch.bool), lam)
    assert targets[0].tolist() == pytest.approx(expected, abs=1e-5)


def test_lambda_one_is_monte_carlo_and_zero_is_one_step():
    values, reward, mask = torch.tensor([[3.0, -1.0, 2.0]]), torch.tensor([0.5]), torch.ones(1, 3, dtype=torch.bool)
    assert td_lambda_targets(values, reward, mask, 1.0).tolist() == [[0.5, 0.5, 0.5]]
    assert td_lambda_targets(values, reward, mask, 0.0).tolist() == [[-1.0, 2.0, 0.5]]


def test_rows_of_different_lengths():
    values = torch.tensor([[0.2, 0.5, 0.9], [0.4, 7.0, 7.0]])  # row 1 has one token; 7.0 is padding
    mask = torch.tensor([[True, True, True], [True, False, False]])
    targets = td_lambda_targets(values, torch.tensor([1.0, -2.0]), mask, lam=0.5)
    assert targets[1].tolist() == [-2.0, 0.0, 0.0]
    assert targets[0].tolist() == pytest.approx([0.725, 0.95, 1.0])


def test_lambda_outside_range_is_refused():
    with pytest.raises(ValueError, match="lambda 1.5"):
        td_lambda_targets(torch.zeros(1, 1), torch.zeros(1), torch.ones(1, 1, dtype=torch.bool), 1.5)
