"""The decode rule (composer/guidance.py): identity at zero, no in-place edits, per-row weights."""

import pytest
import torch
from transformers import AutoTokenizer

from composer.guidance import PLAUSIBLE_RATIO, GuidanceRecorder, ValueGuidance, plausible
from composer.value_runtime import ValueSession, load_value_groups
from value_bank.bank import ValueBank
from value_bank.prompting import encode_prompts, left_pad

NAMES = ["fruit_q", "fruit_v"]
PROMPTS = ["river stone cloud", "open door", "warm lake road bridge tower"]


@pytest.fixture(scope="module")
def groups(trained_bank):
    return load_value_groups(ValueBank.open(trained_bank), NAMES, torch.device("cpu"), torch.float32)


@pytest.fixture(scope="module")
def batch(trained_bank):
    tokenizer = AutoTokenizer.from_pretrained(ValueBank.open(trained_bank).base)
    ids, mask = left_pad(encode_prompts(tokenizer, PROMPTS, 100).ids, tokenizer.pad_token_id)
    return ids, mask, len(tokenizer)


def processor(groups, mask, weights, top_k=5, recorder=None):
    return ValueGuidance(ValueSession(groups, mask, NAMES), torch.tensor(weights), top_k, recorder)


def test_zero_weights_return_the_base_logits_exactly(groups, batch):
    ids, mask, vocab = batch
    scores = torch.randn(len(PROMPTS), vocab)
    out = processor(groups, mask, [[0.0, 0.0]] * 3)(ids, scores)
    assert torch.equal(out, scores)


def test_the_processor_never_edits_its_inputs(groups, batch):
    ids, mask, vocab = batch
    scores = torch.randn(len(PROMPTS), vocab)
    scores_before, ids_before = scores.clone(), ids.clone()
    out = processor(groups, mask, [[2.0, -1.0]] * 3)(ids, scores)
    assert torch.equal(scores, scores_before) and torch.equal(ids, ids_before)
    assert out.data_ptr() != scores.data_ptr() and not torch.equal(out, scores)


def test_only_the_top_k_candidates_move_and_the_bonus_is_centred(groups, batch):
    ids, mask, vocab = batch
    scores = torch.randn(len(PROMPTS), vocab)
    out = processor(groups, mask, [[3.0, 0.0], [0.0, 3.0], [1.0, 1.0]], top_k=5)(ids, scores)
    top = scores.topk(5, dim=-1).indices
    delta = out - scores
    outside = torch.ones_like(delta, dtype=torch.bool).scatter(1, top, False)
    assert (delta[outside] == 0).all()
    assert delta.gather(1, top).sum(-1).abs().max() < 1e-4  # centred: sum over candidates is zero


def test_only_plausible_candidates_get_a_bonus(groups, batch):
    """A candidate the base gives less than PLAUSIBLE_RATIO of the top token's probability keeps its base logit; when the
    base is sure of one token (every other candidate implausible), the step is left exactly as the base had it."""
    ids, mask, vocab = batch
    torch.manual_seed(2)
    scores = torch.randn(len(PROMPTS), vocab)
    gap = -torch.log(torch.tensor(PLAUSIBLE_RATIO)).item()  # the floor, in logits below the top token
    scores[:2] = -50.0
    five = torch.tensor([7, 11, 13, 17, 19])
    scores[0, five] = torch.tensor([0.0, -0.5, -1.0, -gap - 0.5, -gap - 2.0])  # row 0: the last two are implausible
    scores[1, five] = torch.tensor([0.0, -gap - 0.1, -gap - 1.0, -gap - 2.0, -gap - 3.0])  # row 1: the base is sure
    out = processor(groups, mask, [[4.0, 4.0]] * 3, top_k=5)(ids, scores)
    delta = out - scores
    assert (delta[0, five[3:]] == 0).all() and (delta[0, five[:3]] != 0).all()
    assert delta[0, five[:3]].sum().abs() < 1e-4  # centred over the plausible candidates
    assert torch.equal(out[1], scores[1])
    top = scores[2].topk(5).indices
    assert (delta[2, top] != 0).all()  # an ordinary row: every candidate plausible
    nan_top = torch.tensor([[float("nan"), 0.0, -1.0]])
    assert plausible(nan_top, torch.tensor([[0, 1, 2]]))[0, 0]  # the top token is a candidate even when its logit is NaN


def test_a_batch_with_different_weights_per_row_equals_each_row_alone(groups, batch):
    ids, mask, vocab = batch
    torch.manual_seed(1)
    weights = [[2.0, 0.0], [0.0, -1.5], [0.5, 4.0]]
    steps = [torch.randn(len(PROMPTS), vocab) for _ in range(3)]
    next_tokens = torch.randint(4, vocab, (3, len(PROMPTS)))
    batched = processor(groups, mask, weights)
    singles = [processor(groups, mask[row : row + 1], [weights[row]]) for row in range(len(PROMPTS))]
    seq = ids
    for step, scores in enumerate(steps):
        together = batched(seq, scores)
        for row, single in enumerate(singles):
            alone = single(seq[row : row + 1], scores[row : row + 1])
            torch.testing.assert_close(together[row : row + 1], alone, atol=1e-4, rtol=1e-4)
        seq = torch.cat([seq, next_tokens[step][:, None]], dim=1)


def test_recorder_attributes_each_chosen_token(groups, batch):
    ids, mask, vocab = batch
    recorder = GuidanceRecorder()
    scores = torch.randn(len(PROMPTS), vocab)
    out = processor(groups, mask, [[2.0, 0.0]] * 3, recorder=recorder)(ids, scores)
    chosen = out.argmax(-1, keepdim=True)  # (B, 1)
    contributions = recorder.contributions(chosen)  # (B, 1, K)
    expected = (out - scores).gather(1, chosen)[:, 0]
    torch.testing.assert_close(contributions[:, 0].sum(-1), expected, atol=1e-5, rtol=1e-5)
    assert (contributions[..., 1] == 0).all()  # zero weight, zero contribution


@pytest.mark.parametrize("weights, message", [
    ([[1.0]], r"shape \(batch, 2\)"),
    ([[float("nan"), 0.0]], "finite"),
    ([[float("inf"), 0.0]], "finite"),
])
def test_bad_weights_are_refused_with_a_clear_message(groups, batch, weights, message):
    _, mask, _ = batch
    with pytest.raises(ValueError, match=message):
        ValueGuidance(ValueSession(groups, mask[:1], NAMES), torch.tensor(weights))


@pytest.mark.parametrize("top_k", [0, -3, 2.5])
def test_bad_top_k_is_refused(groups, batch, top_k):
    _, mask, _ = batch
    with pytest.raises(ValueError, match="top_k"):
        ValueGuidance(ValueSession(groups, mask[:1], NAMES), torch.zeros(1, 2), top_k=top_k)
