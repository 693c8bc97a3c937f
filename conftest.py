"""pytest at the repository root: the packages' docstring examples run as tests (pyproject.toml's
``--doctest-modules`` and ``testpaths``); the fixtures for the tests are in ``tests/conftest.py``."""

import importlib.util

collect_ignore = []
if importlib.util.find_spec("vllm") is None:  # the plugin imports vllm, which lives in an environment of its own (.ci/vllm-env)
    collect_ignore.append("composer/vllm_plugin.py")
