"""The API-only base (composer/api_base.py) against a real ``vllm serve`` of the demo base on loopback.

The server is vLLM on CPU in its own environment (.ci/vllm-env); faults a healthy server never
shows (429, 503, answers without log-probabilities) come from a loopback proxy in front of it that
alters the real server's answers.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import torch

from composer.api_base import ApiBase, ApiError, check_base_url
from tests.vllm_server import ROOT, SERVED_NAME

BANK = ROOT / "banks" / "demo"
PROMPTS = ["How do I fix a leaking tap?", "What is a simple way to cook rice so it does not stick?",
           "How can I get my cat to stop scratching the couch?", "Any tips for learning chess openings?"]
# vLLM's float32 CPU kernels against transformers' on the same weights: measured max |difference|
# of the top-20 log-probabilities (README, "Steer a hosted model").
LOGPROB_TOLERANCE = 2e-3


def test_a_base_url_must_be_http_and_a_model_name_is_needed(bpe_tokenizer):
    with pytest.raises(ValueError, match=r"base URL 'ftp://x/v1' must be an http:// or https:// URL"):
        check_base_url("ftp://x/v1")
    with pytest.raises(ValueError, match="a base model name is needed"):
        ApiBase("http://127.0.0.1:9/v1", "", bpe_tokenizer)
    with pytest.raises(ValueError, match="api 'grpc' is not one of completions, chat"):
        ApiBase("http://127.0.0.1:9/v1", "m", bpe_tokenizer, api="grpc")


def test_an_unreachable_server_is_a_clear_error_after_retries(bpe_tokenizer):
    api = ApiBase("http://127.0.0.1:9/v1", "m", bpe_tokenizer, retries=1, timeout=2)
    with pytest.raises(ApiError, match=r"cannot reach the server at http://127.0.0.1:9/v1"):
        api.top_logprobs([[1, 2]], k=5)
    assert api.requests == 2


# ---- against vLLM --------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def server(plain_vllm):
    return plain_vllm


@pytest.fixture(scope="module")
def local():
    from composer import Composer

    return Composer(str(BANK), device="cpu", dtype="float32")


@pytest.fixture(scope="module")
def remote(server):
    from composer import Composer

    return Composer(str(BANK), device="cpu", dtype="float32", base_url=server, base_model=SERVED_NAME)


@pytest.mark.vllm
def test_vllm_top_k_logprobs_equal_the_in_process_base(local, remote):
    """With every weight 0 the candidates and log-probabilities the server returns are the in-process base's."""
    from value_bank.prompting import format_prompt

    tokenizer = local.tokenizer
    rows = []
    for prompt in PROMPTS:
        ids = tokenizer(format_prompt(tokenizer, prompt), add_special_tokens=False).input_ids
        rows += [ids, ids + tokenizer(" To fix it, first", add_special_tokens=False).input_ids]
    served = remote.api.top_logprobs(rows, k=20)
    worst = 0.0
    for ids, (top_ids, top_logprobs) in zip(rows, served):
        with torch.no_grad():
            logprobs = torch.log_softmax(local.model(torch.tensor([ids])).logits[0, -1].float(), -1)
        # The same 20 tokens (up to near-ties at the edge), each with the same log-probability.
        assert len(top_ids) == 20
        worst = max(worst, float((logprobs[top_ids] - torch.tensor(top_logprobs)).abs().max()))
        assert set(top_ids[:15]) <= set(logprobs.topk(20).indices.tolist())
    assert worst < LOGPROB_TOLERANCE, worst


@pytest.mark.vllm
def test_vllm_greedy_vas_over_the_api_equals_greedy_vas_in_process(local, remote):
    """Greedy picks among the top-k whatever the bonus (it is centred), so the two paths must agree token for token."""
    for mix in ({}, {"helpfulness": 4, "harmlessness": 2}):
        kwargs = dict(strategy="vas", temperature=0, max_new_tokens=24, score=False)
        here = local.generate(PROMPTS, mix, **kwargs)
        there = remote.generate(PROMPTS, mix, **kwargs)
        assert [r.token_ids for r in there] == [r.token_ids for r in here], mix
    assert there[0].timing["value_forwards_per_token"] > 0


@pytest.mark.vllm
def test_vllm_sampling_over_the_api_is_seeded_per_row(remote):
    """Sampling is local with each row's seed: a row gives the same text alone and in a batch."""
    mix = {"helpfulness": 4}
    batch = remote.generate(PROMPTS, mix, seed=[3, 4, 5, 6], max_new_tokens=20, score=False)
    alone = remote.generate(PROMPTS[2:3], mix, seed=5, max_new_tokens=20, score=False)
    assert alone[0].token_ids == batch[2].token_ids
    assert len({r.text for r in batch}) == len(PROMPTS)


@pytest.mark.vllm
def test_vllm_best_of_n_over_the_api_asks_for_its_samples_in_one_request(remote):
    before = remote.api.requests
    results = remote.generate(PROMPTS[:2], {"helpfulness": 2}, strategy="bon", best_of=4, max_new_tokens=16)
    assert remote.api.requests - before == 2  # one request per prompt, n=4 in it
    assert all(r.text and r.scores for r in results)
    base = remote.generate(PROMPTS[:2], {}, strategy="base", max_new_tokens=16, seed=7, score=False)
    again = remote.generate(PROMPTS[:2], {}, strategy="base", max_new_tokens=16, seed=7, score=False)
    assert [r.token_ids for r in base] == [r.token_ids for r in again]  # the server's sampling is seeded


@pytest.mark.vllm
def test_vllm_eval_over_the_api_reports_the_base_nll_from_the_server(server, local, tmp_path):
    from composer.evaluate import EvalConfig, base_nll, evaluate

    prompts = tmp_path / "prompts.txt"
    prompts.write_text("\n".join(PROMPTS) + "\n")
    summary = evaluate(EvalConfig(prompts=str(prompts), bank=str(BANK), runs=("base", "vas:helpfulness=4"), max_new_tokens=16,
                                  out=str(tmp_path / "eval"), device="cpu", dtype="float32", base_url=server,
                                  base_model=SERVED_NAME), progress=False)
    assert list(summary["run"]) == ["base", "vas:helpfulness=4"] and (summary["nll_per_token_mean"] > 0).all()
    records = [json.loads(line) for line in (tmp_path / "eval" / "generations.jsonl").read_text().splitlines()]
    # The server's NLL of a text is the in-process base's (same weights).
    sample = records[0]
    here = base_nll(local, [sample["prompt"]], [sample["token_ids"] + ([local.tokenizer.eos_token_id] if sample["finished"] else [])])
    assert abs(here[0] - sample["nll_per_token"]) < LOGPROB_TOLERANCE


@pytest.mark.vllm
def test_vllm_chat_api_gives_the_same_first_candidates_and_generates(server, remote):
    from composer import Composer
    from value_bank.prompting import format_prompt

    chat = Composer(str(BANK), device="cpu", dtype="float32", base_url=server, base_model=SERVED_NAME, api="chat")
    ids = chat.tokenizer(format_prompt(chat.tokenizer, PROMPTS[0]), add_special_tokens=False).input_ids
    (chat_ids, chat_logprobs), = chat.api.top_logprobs([ids], 20, chat_rows=[(PROMPTS[0], [])])
    (plain_ids, plain_logprobs), = remote.api.top_logprobs([ids], 20)
    assert chat_ids[:10] == plain_ids[:10]
    assert max(abs(a - b) for a, b in zip(chat_logprobs, plain_logprobs)) < LOGPROB_TOLERANCE
    result = chat.generate(PROMPTS[:1], {"helpfulness": 4}, max_new_tokens=12, score=False)[0]
    assert result.token_ids and result.text


@pytest.mark.vllm
def test_vllm_refuses_a_bank_whose_tokenizer_is_not_the_servers(server, bpe_tokenizer):
    """Value models read the bank's token ids: a server with another tokenizer is refused before any step."""
    api = ApiBase(server, SERVED_NAME, bpe_tokenizer)
    with pytest.raises(ApiError, match="the server's tokenizer for 'demo-base' is not the bank's"):
        api.check()
    with pytest.raises(ApiError, match="does not serve 'gpt-5'; it serves: demo-base"):
        ApiBase(server, "gpt-5", bpe_tokenizer).check()


@pytest.mark.vllm
def test_vllm_more_candidates_than_the_server_returns_is_a_clear_error(remote):
    with pytest.raises(ApiError) as caught:
        remote.generate(PROMPTS[:1], {"helpfulness": 1}, top_k=30, max_new_tokens=4, score=False)
    assert "HTTP 400" in str(caught.value) and "20" in str(caught.value)


class _Faults:
    """A loopback proxy in front of the real server that answers the first requests with faults."""

    def __init__(self, target: str, statuses: list[int], strip_logprobs: bool = False, refuse_token_ids: bool = False):
        import httpx

        self.statuses, self.strip, self.seen = list(statuses), strip_logprobs, 0
        self.refuse_token_ids, self.refused = refuse_token_ids, 0  # answer 400 to return_tokens_as_token_ids, as OpenAI does
        self.fail_from: int | None = None  # from this request on, every answer is a 500 (a server dying mid-generation)
        faults = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _relay(self, method):
                faults.seen += 1
                if faults.statuses or (faults.fail_from is not None and faults.seen >= faults.fail_from):
                    status = faults.statuses.pop(0) if faults.statuses else 500
                    body = json.dumps({"error": {"message": f"injected {status}"}}).encode()
                    self.send_response(status)
                    self.send_header("Retry-After", "0")
                elif faults.refuse_token_ids and method == "POST" and b"return_tokens_as_token_ids" in (
                        data := self.rfile.read(int(self.headers.get("Content-Length") or 0))):
                    faults.refused += 1
                    body = json.dumps({"error": {"message": "Unrecognized request argument supplied: return_tokens_as_token_ids"}}).encode()
                    self.send_response(400)
                else:
                    if method == "POST" and not faults.refuse_token_ids:
                        data = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                    elif method != "POST":
                        data = None
                    answer = httpx.request(method, target + self.path, content=data, headers={"Content-Type": "application/json"})
                    payload = answer.json()
                    if faults.strip and "choices" in payload:
                        for choice in payload["choices"]:
                            choice["logprobs"] = None
                    body = json.dumps(payload).encode()
                    self.send_response(answer.status_code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self):
                self._relay("GET")

            def do_POST(self):
                self._relay("POST")

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def close(self):
        self.httpd.shutdown()


@pytest.mark.vllm
def test_vllm_retries_429_and_503_then_refuses_answers_without_logprobs(server, local):
    root = server[: -len("/v1")]
    proxy = _Faults(root, [429, 503])
    try:
        api = ApiBase(proxy.url, SERVED_NAME, local.tokenizer, retries=3)
        (ids, logprobs), = api.top_logprobs([[1, 2, 3]], k=5)
        assert len(ids) == 5 and proxy.seen == 3 and api.requests == 3
        proxy.statuses = [503] * 5
        with pytest.raises(ApiError, match="answered /completions with HTTP 503: injected 503"):
            ApiBase(proxy.url, SERVED_NAME, local.tokenizer, retries=2).top_logprobs([[1, 2, 3]], k=5)
    finally:
        proxy.close()
    proxy = _Faults(root, [], strip_logprobs=True)
    try:
        with pytest.raises(ApiError, match="returned no log-probabilities for 'demo-base'; VAS needs the next token's top-5"):
            ApiBase(proxy.url, SERVED_NAME, local.tokenizer).top_logprobs([[1, 2, 3]], k=5)
    finally:
        proxy.close()


@pytest.mark.vllm
def test_vllm_cli_generate_with_a_base_url_never_shows_the_api_key(server, tmp_path):
    env = {**os.environ, "VAS_API_KEY": "sk-test-never-print-me", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "composer", "generate", "--bank", str(BANK), "--base-url", server,
                           "--base-model", SERVED_NAME, "--prompt", PROMPTS[0], "--mix", "helpfulness=4", "--max-new-tokens", "16",
                           "--json", "--device", "cpu"], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout)[0]["text"]
    assert "sk-test-never-print-me" not in done.stdout + done.stderr
    wrong = subprocess.run([sys.executable, "-m", "composer", "generate", "--bank", str(BANK), "--base-url", server,
                            "--base-model", "nope", "--prompt", "hi"], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300)
    assert wrong.returncode == 1 and wrong.stderr.strip().splitlines()[-1].startswith("error: ")
    assert "does not serve 'nope'" in wrong.stderr and "Traceback" not in wrong.stderr


@pytest.mark.vllm
def test_vllm_app_on_an_api_base_survives_the_server_failing_mid_generation(server, tmp_path):
    """Generate works; the server then answers 500 mid-generation: retried, then one clear message on the page,
    one line in the log, no traceback; once the server answers again, the same app generates again."""
    from gradio_client import Client
    from gradio_client.exceptions import AppError

    from composer import Composer
    from tests.ui_conftest import DEMO, generate_args, start_server

    proxy = _Faults(server[: -len("/v1")], [])
    app = None
    try:
        composer = Composer(str(BANK), device="cpu", dtype="float32", base_url=proxy.url, base_model=SERVED_NAME)
        app = start_server(composer, tmp_path / "presets")
        client = Client(app.url, verbose=False)
        text, *_ = client.predict(*generate_args(DEMO, seed=1, max_new_tokens=24), api_name="/generate")
        assert text
        proxy.fail_from = proxy.seen + 8  # a few tokens in, every request fails
        with pytest.raises(AppError, match=r"answered /completions with HTTP 500"):
            client.predict(*generate_args(DEMO, seed=2, max_new_tokens=24), api_name="/generate")
        assert proxy.seen > proxy.fail_from  # it was retried before giving up
        proxy.fail_from = None  # the server is back
        again, *_ = client.predict(*generate_args(DEMO, seed=1, max_new_tokens=24), api_name="/generate")
        assert again == text  # the app is up and unchanged: the same seed gives the same text
    finally:
        if app is not None:
            app.demo.close()
        proxy.close()


@pytest.mark.vllm
def test_vllm_a_server_that_refuses_token_ids_is_asked_again_without_them(server, local, remote):
    """As OpenAI's API does, the proxy answers 400 to return_tokens_as_token_ids: the composer asks again without it
    and reads the token strings through the bank's tokenizer; greedy VAS gives the same text as with token ids."""
    from composer import Composer

    proxy = _Faults(server[: -len("/v1")], [], refuse_token_ids=True)
    try:
        composer = Composer(str(BANK), device="cpu", dtype="float32", base_url=proxy.url, base_model=SERVED_NAME)
        strings = composer.generate(PROMPTS[:2], {"helpfulness": 4.0}, temperature=0, max_new_tokens=16, score=False)
        ids = remote.generate(PROMPTS[:2], {"helpfulness": 4.0}, temperature=0, max_new_tokens=16, score=False)
        assert [r.token_ids for r in strings] == [r.token_ids for r in ids]
        # refused once per request already in flight (the rows are asked concurrently), then never sent again
        assert 1 <= proxy.refused <= 2 < proxy.seen and not composer.api.token_ids_parameter
    finally:
        proxy.close()
