"""Serving: the bounded queue, loopback by default, optional login; and a free port for tests and benchmarks.

>>> app, url = launch_app(build_app(composer, "presets"), port=free_port(), block=False)  # doctest: +SKIP
"""

from __future__ import annotations

import socket
import sys
import traceback

import gradio as gr
import gradio.queueing

from ui.blocks import CSS, THEME

DEFAULT_QUEUE_SIZE = 16  # waiting events beyond this are refused with "queue is full"


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def parse_auth(text: str | None) -> tuple[str, str] | None:
    """``"user:password"`` -> ``("user", "password")``; None stays None."""
    if text is None:
        return None
    user, sep, password = text.partition(":")
    if not sep or not user or not password:
        raise ValueError("--auth must look like USER:PASSWORD (both non-empty)")
    return user, password


def launch_app(demo: gr.Blocks, host: str = "127.0.0.1", port: int = 7860, share: bool = False,
               auth: tuple[str, str] | None = None, queue_size: int = DEFAULT_QUEUE_SIZE, block: bool = True, quiet: bool = False,
               concurrency: int = 1):
    """Queue and serve ``demo``; with ``block=False`` returns at once (the server runs in a thread) as (demo, local url).

    ``concurrency``: events of one kind that run at once: 1 when the models run in this process (they
    take one call at a time), more when a vLLM server generates (it batches concurrent requests)."""
    if queue_size < 1:
        raise ValueError(f"queue_size must be at least 1, got {queue_size}")
    demo.queue(max_size=queue_size, default_concurrency_limit=concurrency, api_open=False)
    gradio.queueing.traceback = _RejectionLog()
    # quiet=True always: Gradio's own banner tells people to "set `share=True` in `launch()`", which is not
    # how this app is used; what it would print is said below in the app's words.
    _, url, share_url = demo.launch(server_name=host, server_port=port, share=share, auth=auth, prevent_thread_lock=True,
                                    quiet=True, show_error=True, ssr_mode=False, mcp_server=False, pwa=False, max_file_size="1mb",
                                    theme=THEME, css=CSS, footer_links=["api", "settings"], inbrowser=False)
    if not quiet:
        print(serving_message(url, host, share_url), flush=True)
    if block:
        demo.block_thread()
    return demo, url


def serving_message(url: str, host: str, share_url: str | None) -> str:
    where = "this machine only" if host in ("127.0.0.1", "localhost", "::1") else f"every address of {host}"
    lines = [f"VAS Composer is serving on {url} ({where}); Ctrl-C stops it."]
    lines.append(f"Public link: {share_url}" if share_url else
                 "For a public gradio.live link (it needs the internet), start it with: python app.py --share")
    return "\n".join(lines)


class _RejectionLog:
    """Stands in for ``traceback`` inside Gradio's queue, which prints a full traceback for every refused request.

    A refusal (a ``gr.Error``: an empty prompt, a weight past a slider's maximum, a bad preset) is one
    line in the server log; any other exception is a bug and keeps its whole traceback. The app's
    own ``gr.Error``s leave ``print_exception`` at True so that each refusal reaches this one line.
    """

    def __getattr__(self, name):
        return getattr(traceback, name)

    def print_exc(self, *args, **kwargs) -> None:
        error = sys.exc_info()[1]
        if isinstance(error, gr.Error):
            message = " ".join(str(getattr(error, "message", error)).split())
            print(f"refused a request: {message[:300]}", file=sys.stderr, flush=True)
        else:
            traceback.print_exc(*args, **kwargs)
