"""The value bank inside vLLM (composer/vllm_plugin.py), against real ``vllm serve`` processes of the demo base on loopback.

Three servers: plain vLLM (shared with the API-base tests), vLLM with the plugin, and vLLM with the
plugin and a KV cache too small for the batch (forced preemption). Requests go through
``Composer(server=...)``, the back end the app and CLIs use with ``--server``.
"""

from __future__ import annotations

import re
import time

import httpx
import numpy as np
import pytest

from tests.vllm_server import DEMO_BASE, ROOT, SERVED_NAME, vllm_serve

BANK = ROOT / "banks" / "demo"
PLUGIN = ("--logits-processors", "composer.vllm_plugin:ValueGuidanceProcessor")
PROMPTS = ["How do I fix a leaking tap?", "What is a simple way to cook rice so it does not stick?",
           "How can I get my cat to stop scratching the couch?", "Any tips for learning chess openings?"]
MIXES = [{}, {"helpfulness": 4}, {"harmlessness": 8}, {"positivity": 8}, {"concision": 8}, {"helpfulness": 4, "harmlessness": 1},
         {"helpfulness": 6, "harmlessness": 6, "positivity": 6}, {"concision": -4}]


@pytest.fixture(scope="module")
def plugin_server():
    with vllm_serve(DEMO_BASE, *PLUGIN, env={"VAS_BANK": str(BANK)}) as url:
        yield url


@pytest.fixture(scope="module")
def served(plugin_server):
    from composer import Composer

    return Composer(str(BANK), device="cpu", dtype="float32", server=plugin_server, base_model=SERVED_NAME)


@pytest.fixture(scope="module")
def local():
    from composer import Composer

    return Composer(str(BANK), device="cpu", dtype="float32")


def complete(url: str, prompt: str, **body) -> httpx.Response:
    return httpx.post(f"{url}/completions", json={"model": SERVED_NAME, "prompt": prompt, "max_tokens": 24, "seed": 11, **body}, timeout=120)


@pytest.mark.vllm
def test_vllm_plugin_leaves_unsteered_requests_as_plain_vllm_samples_them(plugin_server, plain_vllm):
    """No weights, or every weight 0: the same text as a server without the plugin, at the same seed."""
    for prompt in PROMPTS:
        plain = complete(plain_vllm, prompt).json()["choices"][0]["text"]
        assert complete(plugin_server, prompt).json()["choices"][0]["text"] == plain
        zero = complete(plugin_server, prompt, vllm_xargs={"value_weights": "helpfulness=0,concision=0"})
        assert zero.json()["choices"][0]["text"] == plain
    steered = complete(plugin_server, PROMPTS[0], vllm_xargs={"value_weights": "concision=8"}).json()["choices"][0]["text"]
    assert steered != complete(plain_vllm, PROMPTS[0]).json()["choices"][0]["text"]


@pytest.mark.vllm
def test_vllm_plugin_greedy_equals_the_in_process_composer_token_for_token(served, local):
    """The decode rule inside vLLM is the in-process one: greedy decoding picks the same tokens."""
    for mix in ({"helpfulness": 4, "harmlessness": 2}, {"positivity": 8}, {"concision": 8}):
        kwargs = dict(strategy="vas", temperature=0, max_new_tokens=32, score=False)
        here = local.generate(PROMPTS, mix, **kwargs)
        there = served.generate(PROMPTS, mix, **kwargs)
        assert [r.token_ids for r in there] == [r.token_ids for r in here], mix


@pytest.mark.vllm
def test_vllm_plugin_16_concurrent_requests_with_different_mixes_each_equal_the_request_alone(served):
    """vLLM batches the 16 requests (rows join, leave and move); each one's text is what its own mix gives alone."""
    prompts = [PROMPTS[i % 4] for i in range(16)]
    mixes = [MIXES[i % len(MIXES)] for i in range(16)]
    seeds = list(range(100, 116))
    together = served.generate(prompts, mixes, seed=seeds, max_new_tokens=48, score=False)
    for index in range(16):
        alone = served.generate([prompts[index]], mixes[index], seed=seeds[index], max_new_tokens=48, score=False)[0]
        assert alone.token_ids == together[index].token_ids, (index, mixes[index])
    # Same prompt, same seed, different mixes: different texts (each request got its own mix).
    by_prompt = served.generate([PROMPTS[0]] * 4, [{}, {"concision": 8}, {"positivity": 8}, {"harmlessness": 8}], seed=5,
                                max_new_tokens=32, score=False)
    assert len({r.text for r in by_prompt}) == 4


@pytest.mark.vllm
def test_vllm_plugin_after_forced_preemption_gives_the_same_texts(served):
    """A KV cache of 9 blocks of 32 tokens (one full-length request and vLLM's null block; CPU attention wants blocks of 32) and 12 concurrent requests: vLLM preempts and resumes
    requests; the plugin rebuilds their value caches from their tokens, so every text equals the unpreempted one."""
    from composer import Composer

    prompts = [PROMPTS[i % 4] for i in range(12)]
    mixes = [MIXES[1 + i % (len(MIXES) - 1)] for i in range(12)]
    kwargs = dict(seed=list(range(200, 212)), max_new_tokens=64, min_new_tokens=48, score=False)
    reference = served.generate(prompts, mixes, **kwargs)
    with vllm_serve(DEMO_BASE, *PLUGIN, "--num-gpu-blocks-override", "9", "--block-size", "32",
                    env={"VAS_BANK": str(BANK)}) as url:
        tight = Composer(str(BANK), device="cpu", dtype="float32", server=url, base_model=SERVED_NAME)
        squeezed = tight.generate(prompts, mixes, **kwargs)
        metrics = httpx.get(url[: -len("/v1")] + "/metrics", timeout=30).text
    preemptions = sum(float(v) for v in re.findall(r"^vllm:num_preemptions(?:_total)?\{[^}]*\} ([0-9.e+]+)$", metrics, re.M))
    assert preemptions > 0, "the small KV cache did not force a preemption"
    assert [r.token_ids for r in squeezed] == [r.token_ids for r in reference]


@pytest.mark.vllm
@pytest.mark.parametrize("xargs, message", [
    ({"value_weights": "kindness=2"}, "unknown value model 'kindness'; known: concision, harmlessness, helpfulness, positivity"),
    ({"value_weights": "helpfulness=nan"}, "mix item 'helpfulness=nan' must look like NAME=NUMBER with a finite number"),
    ({"value_weights": "helpfulness=500"}, "weight of 'helpfulness' is 500; weights go from -100 to 100"),
    ({"value_weights": "{\"helpfulness\": [1]}"}, "weight of 'helpfulness' must be a finite number, got [1]"),
    ({"value_weights": "helpfulness=2", "value_top_k": 0}, "value_top_k must be a whole number from 1 to 1000"),
    ({"value_weights": "helpfulness=2", "value_top_k": 2.5}, "value_top_k must be a whole number from 1 to 1000 (candidate tokens), got 2.5"),
    ({"value_weight": "helpfulness=2"}, "unknown VAS argument(s) ['value_weight']; known: value_weights, value_top_k"),
])
def test_vllm_plugin_refuses_bad_extra_args_with_http_400(plugin_server, xargs, message):
    response = complete(plugin_server, PROMPTS[0], vllm_xargs=xargs)
    assert response.status_code == 400, response.text
    assert message in response.json()["error"]["message"]


@pytest.mark.vllm
def test_vllm_server_back_end_refuses_a_server_without_the_plugin(plain_vllm):
    from composer import Composer
    from composer.api_base import ApiError

    with pytest.raises(ApiError, match="does not run the VAS plugin"):
        Composer(str(BANK), device="cpu", dtype="float32", server=plain_vllm, base_model=SERVED_NAME)


@pytest.mark.vllm
def test_vllm_plugin_slider_lifts_match_the_in_process_path(served, local):
    """Each slider at weight 8 on 24 held-out prompts, a seed per prompt: the reward's lift over base sampling
    (in base standard deviations) through vLLM is within noise of the in-process lift, and both are positive."""
    from vas_demo.corpus import heldout_prompts

    prompts = heldout_prompts(24, seed=1)
    seeds = list(range(len(prompts)))

    def normalised(composer, mix):
        results = composer.generate(prompts, mix, seed=seeds, max_new_tokens=64)
        return {name: np.array([r.normalised_scores[name] for r in results]) for name in composer.value_names}

    base = {"here": normalised(local, {}), "there": normalised(served, {})}
    for name in local.value_names:
        lifts = {}
        for where, composer in (("here", local), ("there", served)):
            difference = normalised(composer, {name: 8})[name] - base[where][name]
            lifts[where] = (difference.mean(), difference.std(ddof=1) / np.sqrt(len(difference)))
        (a, sa), (b, sb) = lifts["here"], lifts["there"]
        assert a > 0 and b > 0, (name, lifts)
        assert abs(a - b) < 3 * np.hypot(sa, sb), (name, lifts)


@pytest.mark.vllm
def test_vllm_server_back_end_serves_the_apps_generate_compare_and_sweep_concurrently(served, tmp_path):
    """The app on a Composer(server=...): its views work through the plugin, and concurrent generates run at once."""
    import threading

    from gradio_client import Client

    from tests.ui_conftest import DEMO, decoding_args, generate_args, start_server
    from ui.presets import CURRENT_SLIDERS

    app = start_server(served, tmp_path / "presets", concurrency=16)
    try:
        client = Client(app.url, verbose=False)
        only_positivity = {"helpfulness": 0.0, "harmlessness": 0.0, "concision": 0.0, "positivity": 8.0}  # sliders left out keep the opening mix
        text, status, chart, tokens, result = client.predict(*generate_args(DEMO, seed=3), **only_positivity, api_name="/generate")
        alone = served.generate([DEMO.prompt], {"positivity": 8.0}, seed=3, max_new_tokens=DEMO.max_new_tokens, score=False)[0]
        assert text == alone.text and result["value_weights"] == {"positivity": 8.0} and "seed 3" in status
        *boxes, table, _, _, status = client.predict(DEMO.prompt, [CURRENT_SLIDERS, "Cheerleader"], 3, *decoding_args(DEMO),
                                                     concision=4.0, api_name="/compare")
        assert "2 mixes in one batched call" in status and boxes[0]["value"] and boxes[1]["value"]
        _, _, table, status = client.predict("positivity", "(none)", 0.0, 8.0, 2, "\n".join(DEMO.prompts), 1, 0, False,
                                             *decoding_args(DEMO), api_name="/sweep")
        assert "2 grid points" in status and len(table["data"]) == 2
        # Eight users press generate at once: their requests are in the server together (vLLM batches them),
        # not one after another behind a lock.
        in_flight, most, lock = [0], [0], threading.Lock()
        sample = served.api.sample

        def counting(*args, **kwargs):
            with lock:
                in_flight[0] += 1
                most[0] = max(most[0], in_flight[0])
            try:
                # Each call holds its place a moment, so overlap does not depend on how fast the eight clients connect
                # compared with how fast the server answers (it did: 2-3 of 8 in some runs); a lock would still give 1.
                time.sleep(0.5)
                return sample(*args, **kwargs)
            finally:
                with lock:
                    in_flight[0] -= 1

        served.api.sample = counting
        try:
            users = [Client(app.url, verbose=False) for _ in range(8)]  # connected first: then they press generate together
            jobs = [user.submit(*generate_args(DEMO, seed=s), **only_positivity, api_name="/generate") for s, user in enumerate(users)]
            texts = [job.result()[0] for job in jobs]
        finally:
            served.api.sample = sample
        assert len(set(texts)) > 1 and most[0] >= 4, most
    finally:
        app.demo.close()
