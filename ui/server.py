"""Serving: the bounded queue, loopback by default, optional login; and a free port for tests and benchmarks.

>>> app, url = launch_app(build_app(composer, "presets"), port=free_port(), block=False)  # doctest: +SKIP
"""

from __future__ import annotations

import socket

import gradio as gr

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
               auth: tuple[str, str] | None = None, queue_size: int = DEFAULT_QUEUE_SIZE, block: bool = True, quiet: bool = False):
    """Queue and serve ``demo``; with ``block=False`` returns at once (the server runs in a thread) as (demo, local url)."""
    if queue_size < 1:
        raise ValueError(f"queue_size must be at least 1, got {queue_size}")
    demo.queue(max_size=queue_size, default_concurrency_limit=1, api_open=False)
    _, url, _ = demo.launch(server_name=host, server_port=port, share=share, auth=auth, prevent_thread_lock=not block,
                            quiet=quiet, show_error=True, ssr_mode=False, mcp_server=False, pwa=False, max_file_size="1mb",
                            theme=THEME, css=CSS, footer_links=["api", "settings"], inbrowser=False)
    return demo, url
