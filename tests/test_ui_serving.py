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
        slow = Client(small.url, verbose=False).submit(app_bank.steer, "(none)", -4.0, 4.0, 9, "\n".join(app_bank.prompts * 4), 8, 0, False,
                                                       "vas", 4, 64, 1.0, 20, api_name="/sweep")  # a few seconds of work
        deadline = time.time() + 30
        while slow.status().code.name not in ("PROCESSING", "PROGRESS", "ITERATING") and time.time() < deadline:
            time.sleep(0.01)
        waiting = Client(small.url, verbose=False).submit(*generate_args(app_bank), api_name="/generate")
        while waiting.status().code.name not in ("IN_QUEUE", "PROCESSING", "FINISHED") and time.time() < deadline:
            time.sleep(0.01)
        with pytest.raises(Exception, match="(?i)queue is full"):
            Client(small.url, verbose=False).predict(*generate_args(app_bank), api_name="/generate")
        assert slow.result()[3] and waiting.result()[0] is not None, "the accepted requests still finish"
    finally:
        small.demo.close()


def test_every_event_has_an_api_name(server):
    dependencies = server.demo.config["dependencies"]
    assert dependencies and all(d.get("api_name") for d in dependencies), [d.get("api_name") for d in dependencies]
    names = {d["api_name"] for d in dependencies}
    assert {"generate", "save_preset", "load_preset", "rename_preset", "delete_preset", "list_presets", "import_presets",
            "export_presets", "compare", "sweep"} <= names


# ---- security ------------------------------------------------------------------------------------
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
    import app

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


def test_latency_benchmark_runs(server, app_bank):
    from ui.latency import measure, table

    report = measure(server.url, app_bank.steer, app_bank.prompt, runs=2, max_new_tokens=app_bank.max_new_tokens)
    assert len(report["final_scores_s"]) == 2 and 0 < report["first_text_median_s"] <= report["final_scores_median_s"]
    assert "slider release to final scores" in table(report)


def test_latency_command_prints_json(app_bank, capsys):
    import json

    from ui.latency import main

    main(["--bank", app_bank.path, "--runs", "1", "--max-new-tokens", "8", "--json"] + (["--trust-reward-code"] if app_bank.trust_reward_code else []))
    report = json.loads(capsys.readouterr().out)
    assert report["tokens"] == [8], "every run writes exactly max new tokens"
    assert report["final_scores_median_s"] >= report["first_text_median_s"] > 0
