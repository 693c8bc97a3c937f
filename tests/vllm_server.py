"""A real ``vllm serve`` on a loopback port, for the tests marked ``vllm``.

vLLM lives in an environment of its own (``.ci/vllm-env`` builds it: it pins transformers and
numpy below this project's pins). Its python is ``$VAS_VLLM_PYTHON`` or ``.vllm-venv/bin/python``
in the checkout. Without it the tests skip with a message saying so, unless ``VAS_REQUIRE_VLLM=1``
(CI), where a missing environment is a failure.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEMO_BASE = ROOT / "banks" / "demo" / "base"
SERVED_NAME = "demo-base"


def vllm_python() -> str:
    path = os.environ.get("VAS_VLLM_PYTHON") or str(ROOT / ".vllm-venv" / "bin" / "python")
    if not Path(path).exists():
        message = f"no vLLM environment at {path}: run .ci/vllm-env (or set VAS_VLLM_PYTHON)"
        if os.environ.get("VAS_REQUIRE_VLLM") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return path


def _errors(text: str) -> str:
    """The lines of a vLLM log that say what went wrong (its tracebacks are long), else its tail."""
    lines = [line for line in text.splitlines() if "Error:" in line or " ERROR " in line and "Error" in line]
    return "\n".join(dict.fromkeys(lines[-12:])) or text[-4000:]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def vllm_serve(model: Path = DEMO_BASE, *extra: str, env: dict | None = None, startup_timeout: float = 300.0):
    """Start ``vllm serve model`` on 127.0.0.1, wait until it answers, yield its ``/v1`` URL, stop it."""
    import httpx

    python, port = vllm_python(), free_port()
    command = [python, str(Path(python).parent / "vllm"), "serve", str(model), "--host", "127.0.0.1", "--port", str(port),
               "--served-model-name", SERVED_NAME, "--max-model-len", "256", "--max-logprobs", "20", "--dtype", "float32",
               "--seed", "0", *extra]
    log = tempfile.NamedTemporaryFile("w+", prefix="vllm-", suffix=".log", delete=False)
    environment = {**os.environ, "VLLM_TARGET_DEVICE": "cpu", "VLLM_CPU_KVCACHE_SPACE": "1", "VLLM_NO_USAGE_STATS": "1", "DO_NOT_TRACK": "1",
                   "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "PYTHONPATH": str(ROOT), **(env or {})}
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=environment, start_new_session=True, cwd=ROOT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + startup_timeout
        while True:
            if process.poll() is not None:
                log.seek(0)
                raise RuntimeError(f"vllm serve exited with {process.returncode}:\n{_errors(log.read())}")
            try:
                if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                log.seek(0)
                raise RuntimeError(f"vllm serve did not answer within {startup_timeout:.0f} s:\n{log.read()[-4000:]}")
            time.sleep(1)
        yield f"{url}/v1"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        log.close()
        if sys.exc_info()[0] is None:
            os.unlink(log.name)
