"""Serving the app: concurrency, the bounded queue, what it refuses to serve, login, the entry point, the benchmark.

Like test_ui_client.py, through a real client against the app on a free loopback port.
"""

import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from gradio_client import Client

from tests.ui_conftest import app_bank, client, composer, server  # noqa: F401 (fixtures)
from tests.ui_conftest import generate_args, start_server


# ---- concurrency and the queue -------------------------------------------------------------------
def test_eight_clients_at_once_each_get_their_own_result(server, app_bank):
    requests = [(app_bank.prompts[i % len(app_bank.prompts)], 100 + i, {app_bank.steer: float(i - 4)}) for i in range(8)]
    answers, errors = [None] * 8, []
    barrier = threading.Barrier(8)

    def one(i):
        try:
            client = Client(server.url, verbose=False)
            prompt, seed, weights = requests[i]
            barrier.wait()
            answers[i] = client.predict(*generate_args(app_bank, prompt=prompt, seed=seed), **weights, api_name="/generate")
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(repr(error))

    threads = [threading.Thread(target=one, args=(i,)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    for (prompt, seed, weights), answer in zip(requests, answers):
        expected = server.composer.generate([prompt], weights, max_new_tokens=app_bank.max_new_tokens, seed=seed)[0]
        assert answer[4]["prompt"] == prompt and answer[4]["seed"] == seed
        assert answer[0] == expected.text, "each client gets its own result, not another's"


def test_the_queue_is_bounded(composer, app_bank, tmp_path):
    small = start_server(composer, tmp_path, queue_size=1)
    try:
        sweep_args = (app_bank.steer, "(none)", -4.0, 4.0, 9, "\n".join(app_bank.prompts * 4), 8, 0, False, "vas", 4, 64, 1.0, 20)
        slow = Client(small.url, verbose=False).submit(*sweep_args, api_name="/sweep")  # a few seconds of work
        deadline = time.time() + 30
        while slow.status().code.name not in ("PROCESSING", "PROGRESS", "ITERATING") and time.time() < deadline:
            time.sleep(0.01)
        # A second sweep waits for the sweeps' worker (a generate would not: it has a worker of its own).
        waiting = Client(small.url, verbose=False).submit(*sweep_args[:4], 2, app_bank.prompts[0], 1, 0, False, "vas", 4, 8, 1.0, 20,
                                                          api_name="/sweep")
        while waiting.status().code.name not in ("IN_QUEUE", "PROCESSING", "FINISHED") and time.time() < deadline:
            time.sleep(0.01)
        with pytest.raises(Exception, match="(?i)queue is full"):
            Client(small.url, verbose=False).predict(*sweep_args, api_name="/sweep")
        assert slow.result()[3] and waiting.result()[3], "the accepted requests still finish"
    finally:
        small.demo.close()


GENERATE_DURING_SWEEP_S = 2.0  # issue 14: measured on a quiet two-core machine (README: "one user cannot starve the others")


def test_a_generate_sent_during_the_largest_sweep_answers_within_two_seconds(composer, app_bank, tmp_path):
    from ui.sweep_view import MAX_PROMPTS, MAX_STEPS

    running = start_server(composer, tmp_path)
    try:
        prompts = "\n".join((list(app_bank.prompts) * MAX_PROMPTS)[:MAX_PROMPTS])
        sweeper, generator = Client(running.url, verbose=False), Client(running.url, verbose=False)
        sweep = sweeper.submit(app_bank.steer, "(none)", -4.0, 4.0, MAX_STEPS, prompts, 8, 0, False, "vas", 4, 64, 1.0, 20,
                               api_name="/sweep")  # the largest allowed: 9 weights x 16 prompts x 8 samples, 64 tokens each
        deadline = time.time() + 60
        while sweep.status().code.name not in ("PROCESSING", "PROGRESS", "ITERATING") and time.time() < deadline:
            time.sleep(0.01)
        time.sleep(1.0)  # well inside the sweep: a chunk is on the models
        start = time.perf_counter()
        answer = generator.predict(*generate_args(app_bank, max_new_tokens=64), **{app_bank.steer: 2.0}, api_name="/generate")
        waited = time.perf_counter() - start
        sweep_still_running = not sweep.done()
        print(f"generate during the largest sweep answered in {waited:.2f} s")
        assert answer[0] == answer[4]["text"]
        assert sweep_still_running, "the generate went ahead of the sweep instead of waiting for it"
        assert waited < GENERATE_DURING_SWEEP_S, f"a generate waited {waited:.2f} s behind a sweep"
        table = sweep.result(timeout=600)[2]
        assert len(table["data"]) == MAX_STEPS, "the sweep still finishes, every grid point"
    finally:
        running.demo.close()


def test_long_work_waits_while_a_generate_is_waiting_or_running():
    from ui.scheduling import ModelGate, chunks

    gate, order = ModelGate(), []
    entered = threading.Event()

    def background():
        with gate.background():
            order.append("chunk")
        entered.set()

    with gate.interactive():
        worker = threading.Thread(target=background)
        worker.start()
        assert not entered.wait(0.2), "a chunk does not start while a generate holds the gate"
        order.append("generate")
    assert entered.wait(5) and order == ["generate", "chunk"]
    worker.join()
    assert chunks(0, 16) == [] and [len(c) for c in chunks(35, 16)] == [16, 16, 3] and len(chunks(3, 0)) == 3


def test_every_event_has_an_api_name(server):
    dependencies = server.demo.config["dependencies"]
    assert dependencies and all(d.get("api_name") for d in dependencies), [d.get("api_name") for d in dependencies]
    names = {d["api_name"] for d in dependencies}
    assert {"generate", "save_preset", "load_preset", "rename_preset", "delete_preset", "list_presets", "import_presets",
            "export_presets", "compare", "sweep"} <= names


# ---- security ------------------------------------------------------------------------------------
def test_the_page_does_not_show_where_the_server_keeps_its_presets(server, client):
    """A page may be public (--share): the presets folder is the server's path, named on its console only."""
    with urllib.request.urlopen(server.url + "config", timeout=10) as response:
        config = response.read().decode()
    status, *_ = client.predict(api_name="/list_presets")
    assert "presets folder" in config and str(server.presets_dir) not in config and str(server.presets_dir) not in status


def test_serves_no_files_outside_its_own(server, client):
    repo = Path(__file__).resolve().parents[1]
    for path in ("/etc/passwd", str(repo / "app.py"), str(repo / "composer" / "generation.py"), str(server.presets_dir)):
        for route in (f"gradio_api/file={path}", f"file={path}", f"gradio_api/file={path.lstrip('/')}", f"gradio_api/file=../..{path}",
                      f"static/../../..{path}", f"assets/../../..{path}"):
            try:
                with urllib.request.urlopen(server.url + route, timeout=10) as response:
                    body = response.read()
                    assert b"root:" not in body and b"def main" not in body and b"class Composer" not in body, route
            except urllib.error.HTTPError as error:
                assert error.code in (403, 404, 405), (route, error.code)


def test_binds_loopback_by_default_and_share_is_off():
    from ui import app

    args = app.parse_args([])
    assert (args.host, args.port, args.share, args.auth) == ("127.0.0.1", 7860, False, None)
    args = app.parse_args(["--bank", "b", "--host", "0.0.0.0", "--port", "9000", "--share", "--auth", "me:pa:ss", "--presets", "p"])
    assert (args.bank, args.host, args.port, args.share, args.auth, args.presets) == ("b", "0.0.0.0", 9000, True, ("me", "pa:ss"), "p")
    with pytest.raises(SystemExit):
        app.parse_args(["--auth", "nopassword"])
    with pytest.raises(SystemExit, match="no bank at"):
        app.main(["--bank", "/nonexistent/bank"])


def test_auth_keeps_out_those_without_the_password(composer, app_bank, tmp_path):
    guarded = start_server(composer, tmp_path, auth=("ada", "s3cret"))
    try:
        with pytest.raises(Exception):
            Client(guarded.url, verbose=False).predict(*generate_args(app_bank), api_name="/generate")
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(guarded.url + "config", timeout=10)
        result = Client(guarded.url, verbose=False, auth=("ada", "s3cret")).predict(*generate_args(app_bank), api_name="/generate")
        assert result[4]["text"] == result[0]
    finally:
        guarded.demo.close()


def test_launch_makes_no_outside_connections(composer, app_bank, tmp_path):
    import socket

    attempts, inner = [], socket.socket.connect

    def recording(self, address):
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(host, str) and not (host.startswith("127.") or host in ("localhost", "::1")):
            attempts.append(address)
        return inner(self, address)

    socket.socket.connect = recording
    try:
        start = time.perf_counter()
        running = start_server(composer, tmp_path)
        launched = time.perf_counter() - start
        Client(running.url, verbose=False).predict(*generate_args(app_bank), api_name="/generate")
        running.demo.close()
    finally:
        socket.socket.connect = inner
    assert not attempts, attempts
    assert launched < 20, f"launch took {launched:.1f}s"


# ---- the entry point and the benchmark -----------------------------------------------------------
def test_python_app_py_serves_the_bank_in_seconds(app_bank, tmp_path):
    import os
    import subprocess
    import sys

    from ui.server import free_port

    repo, port = Path(__file__).resolve().parents[1], free_port()
    command = [sys.executable, str(repo / "app.py"), "--bank", app_bank.path, "--port", str(port), "--presets", str(tmp_path / "presets"),
               "--device", "cpu"] + (["--trust-reward-code"] if app_bank.trust_reward_code else [])
    env = dict(os.environ, PYTHONPATH=str(repo))
    process = subprocess.Popen(command, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        start, url = time.time(), f"http://127.0.0.1:{port}/"
        while time.time() - start < 60:
            assert process.poll() is None, process.stdout.read()
            try:
                urllib.request.urlopen(url + "config", timeout=2).read()
                break
            except OSError:
                time.sleep(0.2)
        else:
            pytest.fail("app.py did not answer within 60 s")
        result = Client(url, verbose=False).predict(*generate_args(app_bank), api_name="/generate")
        assert result[0] == result[4]["text"]
    finally:
        process.terminate()
        process.wait(timeout=20)
    output = process.stdout.read()
    assert "share=True" not in output, "Gradio's advice names its own API, not this app's flag"
    assert f"serving on http://127.0.0.1:{port}/ (this machine only)" in output and "python app.py --share" in output


def test_the_serving_message_is_in_the_apps_own_words():
    from ui.server import serving_message

    local = serving_message("http://127.0.0.1:7860/", "127.0.0.1", None)
    assert "this machine only" in local and "python app.py --share" in local and "share=True" not in local
    public = serving_message("http://0.0.0.0:7860/", "0.0.0.0", "https://abc.gradio.live")
    assert "every address of 0.0.0.0" in public and "Public link: https://abc.gradio.live" in public


APP_OVERHEAD_S = 1.0  # slider release to final scores, less the composer's own generate (the demo bank measured 0.16 s)


def test_latency_benchmark_sees_the_text_stream_and_the_apps_overhead_stay_small(server, app_bank):
    """ui.latency through a real client: the first text arrives while most of the generation is still to come (the
    response streams), and the app adds little to the composer's generate (queue, scores, charts, token view, transport)."""
    from ui.latency import measure, table

    tokens = 48  # enough tokens that the stream's head start is measurable on the tiny bank too
    report = measure(server.url, app_bank.steer, app_bank.prompt, runs=3, max_new_tokens=tokens)
    assert report["tokens"] == [tokens] * 3, "every run writes exactly max new tokens"
    for first, final, generation in zip(report["first_text_s"], report["final_scores_s"], report["generation_s"]):
        assert 0 < first and final - first >= 0.5 * generation, f"first text at {first:.3f} s, final at {final:.3f} s, generate {generation:.3f} s"
    overhead = report["final_scores_median_s"] - report["generation_median_s"]
    assert 0 < overhead < APP_OVERHEAD_S, f"the app added {overhead:.2f} s to a {report['generation_median_s']:.2f} s generate"
    assert "slider release to final scores" in table(report)


def test_latency_command_prints_json(app_bank, capsys):
    import json

    from ui.latency import main

    main(["--bank", app_bank.path, "--runs", "1", "--max-new-tokens", "8", "--json"] + (["--trust-reward-code"] if app_bank.trust_reward_code else []))
    report = json.loads(capsys.readouterr().out)
    assert report["tokens"] == [8], "every run writes exactly max new tokens"
    assert report["final_scores_median_s"] >= report["first_text_median_s"] > 0
