"""Rows that come and go (the vLLM plugin's state): every step equals a fresh forward over each row's own history."""

import pytest
import torch

from composer.row_session import RowValueSession
from composer.value_runtime import backbone_core, load_value_groups
from tests.test_value_runtime import random_bank, reference_values  # noqa: F401 - the fixture, reused


def check(session, references, names, slots, histories, new, k, generator):
    candidates = torch.randint(4, 50, (len(slots), k), generator=generator)
    values = session.candidate_values(slots, new, candidates)
    for row, slot in enumerate(slots):
        sequence = torch.tensor(histories[slot])
        for index, name in enumerate(names):
            torch.testing.assert_close(values[row, index], reference_values(references[name], sequence, candidates[row]),
                                       atol=1e-4, rtol=1e-4, msg=f"{name}, slot {slot}")


def test_rows_arriving_moving_and_leaving_equal_fresh_forwards(random_bank):  # noqa: F811
    names = random_bank.names
    groups = load_value_groups(random_bank, names, torch.device("cpu"), torch.float32)
    fast_calls = []
    for group in groups:  # on the Llama backbone, the q-only group's one-token steps take composer/llama_step.py
        if group.fast_step is not None:
            group.fast_step = (lambda step: lambda *args: fast_calls.append(1) or step(*args))(group.fast_step)
    references = {name: random_bank.load_value_model(name) for name in names}
    session = RowValueSession(groups, names)
    generator = torch.Generator().manual_seed(3)
    token = lambda: int(torch.randint(4, 50, (1,), generator=generator))  # noqa: E731
    histories = {0: [token() for _ in range(5)], 1: [token() for _ in range(2)]}
    new = {0: list(histories[0]), 1: list(histories[1])}  # arrivals: their whole prompt

    def step(slots):
        check(session, references, names, slots, histories, [new[s] for s in slots], 4, generator)
        for s in slots:
            histories[s].append(token())
            new[s] = histories[s][-1:]

    step([0, 1])
    step([0, 1])
    histories[3] = [token() for _ in range(7)]  # a third request arrives in slot 3, while the others decode
    new[3] = list(histories[3])
    step([0, 1, 3])
    session.swap(0, 3)  # vLLM swaps two rows
    histories[0], histories[3], new[0], new[3] = histories[3], histories[0], new[3], new[0]
    step([0, 1, 3])
    session.reset(1)  # removed; slot 3's request moves down into slot 1 (compaction)
    session.move(3, 1)
    histories[1], new[1] = histories.pop(3), new.pop(3)
    step([0, 1])
    check(session, references, names, [0], histories, [new[0]], 3, generator)  # slot 0 has now seen its whole history
    session.rewind(0, len(histories[0]) - 1)  # a call that brings no new token (chunked prefill): recompute the last state
    check(session, references, names, [0], histories, [histories[0][-1:]], 3, generator)
    # A preempted request comes back in slot 2 with its output so far: rebuilt from its history.
    histories[2] = histories[1] + [token()]
    session.reset(2)
    check(session, references, names, [2], histories, [histories[2]], 5, generator)
    assert session.seen(2) == len(histories[2])
    is_llama = backbone_core(groups[0].backbone).config.model_type == "llama"
    assert (len(fast_calls) > 0) == is_llama


def test_a_row_longer_than_the_value_context_is_refused(random_bank):  # noqa: F811
    groups = load_value_groups(random_bank, random_bank.names[:1], torch.device("cpu"), torch.float32)
    session = RowValueSession(groups, random_bank.names[:1])
    with pytest.raises(ValueError, match="longer than the value models' context"):
        session.candidate_values([0], [[5] * (session.context + 1)], torch.tensor([[5, 6]]))
