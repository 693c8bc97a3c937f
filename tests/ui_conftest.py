"""Fixtures for the UI tests; the bank they serve is chosen in ONE place: ``app_bank``.

Import them into a test module with ``from tests.ui_conftest import *``. To run the client and
browser tests against the real demo bank, make ``app_bank`` return ``DEMO`` (or set
``VAS_UI_TEST_BANK=demo``): the tests only use what ``AppBank`` says about the bank.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

REPO = Path(__file__).resolve().parents[1]
ARTIFACTS = REPO / "test-artifacts"


@dataclass(frozen=True)
class AppBank:
    path: str
    trust_reward_code: bool  # the tiny bank's reward is a py: spec (test code)
    steer: str  # a value model whose positive weight clearly raises its own reward
    prompt: str  # a prompt in the bank's language
    prompts: tuple[str, ...]  # a few, for sweeps and averages
    max_new_tokens: int = 16  # short generations keep the tests fast


DEMO = AppBank(path=str(REPO / "banks" / "demo"), trust_reward_code=False, steer="positivity",
               prompt="How do I fix a leaking tap?",  # the app's default prompt (ui/mix_view.py)
               prompts=("How do I fix a leaking tap?", "Any tips for learning to play chess?",
                        "What's the best way to start running?"),
               max_new_tokens=48)


@pytest.fixture(scope="session")
def app_bank(request) -> AppBank:
    """The bank every UI test serves: the tiny trained fruit bank, or banks/demo with VAS_UI_TEST_BANK=demo."""
    if os.environ.get("VAS_UI_TEST_BANK") == "demo":
        return DEMO
    # VAS_UI_TEST_FRUIT_BANK: reuse a fruit bank built earlier the way conftest's trained_bank builds it (faster iteration).
    trained_bank = os.environ.get("VAS_UI_TEST_FRUIT_BANK") or request.getfixturevalue("trained_bank")
    return AppBank(path=str(trained_bank), trust_reward_code=True, steer="fruit_q", prompt="river stone cloud",
                   prompts=("river stone cloud", "green hill road", "open window table", "quick bright lake"))


@pytest.fixture(scope="module")
def composer(app_bank):
    from composer import Composer

    return Composer(app_bank.path, device="cpu", trust_reward_code=app_bank.trust_reward_code)


@dataclass
class Server:
    url: str
    composer: object
    presets_dir: Path
    demo: object


def start_server(composer, presets_dir, **launch_kwargs) -> Server:
    from ui import build_app, launch_app
    from ui.server import free_port

    demo, url = launch_app(build_app(composer, presets_dir), port=free_port(), block=False, quiet=True, **launch_kwargs)
    return Server(url=url, composer=composer, presets_dir=Path(presets_dir), demo=demo)


@pytest.fixture(scope="module")
def server(composer, tmp_path_factory):
    """The app on a free loopback port, with an empty presets folder of its own (inside a folder of its own)."""
    running = start_server(composer, tmp_path_factory.mktemp("ui-server") / "presets")
    yield running
    running.demo.close()


@pytest.fixture()
def client(server):
    from gradio_client import Client

    return Client(server.url, verbose=False)


def generate_args(app_bank: AppBank, prompt: str | None = None, seed: int = 0, strategy: str = "vas", max_new_tokens: int | None = None):
    """Positional arguments of /generate before the weights: prompt, strategy, N, max new tokens, temperature, top-k, seed."""
    return (prompt if prompt is not None else app_bank.prompt, strategy, 4, max_new_tokens or app_bank.max_new_tokens, 1.0, 20, seed)


def decoding_args(app_bank: AppBank, strategy: str = "vas"):
    """strategy, N, max new tokens, temperature, top-k: the Mix view's decoding controls (compare and sweep read them)."""
    return (strategy, 4, app_bank.max_new_tokens, 1.0, 20)
