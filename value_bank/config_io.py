"""Frozen-dataclass configs: JSON on disk (unknown keys rejected) and command-line flags.

Every config in the project is a frozen dataclass. It is saved as JSON beside what it describes
and loaded back strictly, so a typo in a file is an error rather than a silent default, and the
command-line flags are derived from the same fields, so the CLI and the Python API never drift.

>>> from dataclasses import dataclass
>>> @dataclass(frozen=True)
... class Demo:
...     steps: int = 3
>>> config_from_dict(Demo, {"steps": 5})
Demo(steps=5)
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import types
import typing
from pathlib import Path
from typing import Any, TypeVar

from value_bank.files import atomic_write_text

C = TypeVar("C")


def config_to_dict(config: Any) -> dict:
    return {f.name: _plain(getattr(config, f.name)) for f in dataclasses.fields(config)}


def _plain(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def config_from_dict(cls: type[C], data: dict, where: str = "config") -> C:
    """Build ``cls`` from a dict; unknown keys and wrong types are errors that name them."""
    if not isinstance(data, dict):
        raise ValueError(f"{where}: expected a JSON object, got {type(data).__name__}")
    fields = {f.name: f for f in dataclasses.fields(cls)}
    unknown = sorted(set(data) - set(fields))
    if unknown:
        raise ValueError(f"{where}: unknown key(s) {unknown} for {cls.__name__}; allowed: {sorted(fields)}")
    hints = typing.get_type_hints(cls)
    kwargs = {name: _coerce(value, hints[name], f"{where}: {name}") for name, value in data.items()}
    return cls(**kwargs)


def _coerce(value: Any, hint: Any, where: str) -> Any:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in typing.get_args(hint):
            return None
        hint = next(a for a in typing.get_args(hint) if a is not type(None))
        origin = typing.get_origin(hint)
    if origin is tuple:
        if not isinstance(value, (list, tuple)):
            raise ValueError(f"{where}: expected a list, got {value!r}")
        return tuple(value)
    if hint is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if hint in (int, float, str, bool) and not (isinstance(value, hint) and not (hint is int and isinstance(value, bool))):
        raise ValueError(f"{where}: expected {hint.__name__}, got {value!r}")
    return value


def save_config(config: Any, path: str | Path) -> None:
    atomic_write_text(path, json.dumps(config_to_dict(config), indent=2) + "\n")


def load_config(cls: type[C], path: str | Path) -> C:
    path = Path(path)
    try:
        data = json.loads(path.read_text())
    except FileNotFoundError:
        raise FileNotFoundError(f"missing config file {path}") from None
    except json.JSONDecodeError as error:
        raise ValueError(f"{path} is not valid JSON ({error}); the file may be corrupted") from None
    return config_from_dict(cls, data, where=str(path))


def add_config_arguments(parser: argparse.ArgumentParser, cls: type, help: dict[str, str] | None = None) -> None:
    """One ``--flag`` per field of ``cls`` (underscores become dashes); required fields are required."""
    help = help or {}
    hints = typing.get_type_hints(cls)
    for field in dataclasses.fields(cls):
        hint = hints[field.name]
        if typing.get_origin(hint) in (typing.Union, types.UnionType):
            hint = next(a for a in typing.get_args(hint) if a is not type(None))
        flag = "--" + field.name.replace("_", "-")
        required = field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING
        default = None if required else (field.default if field.default is not dataclasses.MISSING else field.default_factory())
        text = help.get(field.name, "")
        if hint is bool:
            parser.add_argument(flag, action=argparse.BooleanOptionalAction, default=default, help=text)
        elif typing.get_origin(hint) is tuple:
            parser.add_argument(flag, nargs="+", default=default, required=required, help=text,
                                type=typing.get_args(hint)[0] if typing.get_args(hint) else str)
        else:
            parser.add_argument(flag, type=hint, default=default, required=required,
                                help=f"{text} (default: {default})" if not required else text)


def config_from_namespace(cls: type[C], namespace: argparse.Namespace) -> C:
    names = {f.name for f in dataclasses.fields(cls)}
    return cls(**{k: (tuple(v) if isinstance(v, list) else v) for k, v in vars(namespace).items() if k in names})


USER_ERRORS = (ValueError, FileNotFoundError, FileExistsError, PermissionError)  # what was asked is wrong: exit 2
RUNTIME_ERRORS = (OSError, RuntimeError, MemoryError)  # what was asked is fine, running it failed: exit 1


class RunFailure(Exception):
    """Mixed into errors that are about the run, not the request (e.g. a corrupted bank), so they exit with 1."""


def run_command(run, args) -> int:
    """Run a CLI command; an error is one line on stderr: exit 2 for a bad request (bad value, missing
    file, refusal), exit 1 for a failure while running (corrupted bank, full disk, out of memory)."""
    import os
    import sys

    try:
        try:
            return run(args)
        except Exception:
            if os.environ.get("VAS_TRACEBACK") == "1":  # for bug reports: the whole traceback, then the usual line
                import traceback

                traceback.print_exc()
            raise
    except RunFailure as error:
        print(f"error: {str(error).strip() or type(error).__name__}", file=sys.stderr)
        return 1
    except USER_ERRORS as error:  # never a bare "error:" line: an exception without a message still says what it was
        print(f"error: {str(error).strip() or type(error).__name__}", file=sys.stderr)
        return 2
    except RUNTIME_ERRORS as error:
        detail = str(error).splitlines()[0] if str(error) else ""
        print(f"error: {type(error).__name__}{': ' + detail if detail else ''}", file=sys.stderr)
        return 1
