"""``composer serve-bench``'s bookkeeping, with stand-in back ends (the real servers are in test_vllm_plugin.py)."""

import threading
import time

import pytest

from composer.serving_bench import ServeBenchConfig, format_serve_table, run_levels


def backend(seconds: float, calls: list, name: str):
    """A back end that takes ``seconds`` a request and returns 4 tokens, recording when it ran."""
    lock = threading.Lock()

    def send(index: int) -> int:
        with lock:
            calls.append(name)
        time.sleep(seconds)
        return 4
    return send


def test_rounds_rotate_the_back_ends_pool_the_requests_and_take_the_median_ratio():
    calls = []
    backends = {"plugin": backend(0.02, calls, "plugin"), "plain vLLM": backend(0.01, calls, "plain vLLM"),
                "in-process": backend(0.04, calls, "in-process")}
    levels = run_levels(backends, (1, 2), requests=2, rounds=3)
    # each round runs every back end's turn whole, the first back end of a round moving each round
    firsts = [calls[i] for i in range(0, 18, 2)]
    assert firsts == ["plugin", "plain vLLM", "in-process", "plain vLLM", "in-process", "plugin", "in-process", "plugin", "plain vLLM"]
    one, two = levels
    assert one["concurrency"] == 1 and two["concurrency"] == 2
    assert one["plugin"]["requests"] == 6 and one["plugin"]["tokens"] == 24 and len(one["plugin"]["rounds_tokens_per_second"]) == 3
    assert one["plugin"]["tokens_per_second"] == pytest.approx(24 / one["plugin"]["seconds"])
    ratio = one["plugin / plain"]
    assert ratio["min"] <= ratio["median"] <= ratio["max"] and 0.3 < ratio["median"] < 0.7  # 20 ms against 10 ms a request
    assert 1.4 < one["plugin / in-process"]["median"] < 2.5
    assert two["plugin"]["p50_latency_s"] >= 0.02
    table = format_serve_table({"levels": levels})
    assert table.splitlines()[0].endswith("| plugin / plain | plugin / in-process |")
    assert f"{ratio['median']:.2f}x ({ratio['min']:.2f}-{ratio['max']:.2f})" in table


def test_one_round_without_plain_vllm_has_one_ratio_and_no_range():
    levels = run_levels({"plugin": backend(0.0, [], "p"), "in-process": backend(0.0, [], "i")}, (1,), requests=3, rounds=1)
    assert "plugin / plain" not in levels[0]
    row = format_serve_table({"levels": levels}).splitlines()[2]
    assert row.endswith("x |") and "(" not in row


@pytest.mark.parametrize("rounds", [0, -1])
def test_rounds_below_one_are_refused(rounds):
    with pytest.raises(ValueError, match=f"rounds must be at least 1, got {rounds}"):
        ServeBenchConfig(server="http://127.0.0.1:8000/v1", rounds=rounds)
