"""pyflakes over every Python file of the project: undefined names, unused imports, redefinitions.

A NameError in a command-line path (``python -m composer serve-bench`` once raised one) is a
traceback a user meets and no other test may reach; pyflakes finds it by reading the code. A
message is waived only where its line, or the line it refers to (a fixture imported for reuse and
then "redefined" as a test's argument), carries a ``# noqa`` comment saying why.
"""

from __future__ import annotations

import ast
from pathlib import Path

from pyflakes import checker

REPO = Path(__file__).resolve().parent.parent
SOURCES = ("composer", "value_bank", "ui", "vas_demo", "tests", "docs", "app.py", "conftest.py")


def python_files() -> list[Path]:
    files = []
    for name in SOURCES:
        path = REPO / name
        files += [path] if path.is_file() else sorted(path.rglob("*.py"))
    return files


def lint(path: Path) -> list[str]:
    """pyflakes' messages for ``path`` that no ``# noqa`` waives, as 'file:line: message'.

    >>> import tempfile
    >>> sample = Path(tempfile.mkdtemp()) / "sample.py"
    >>> _ = sample.write_text("import os\\nimport sys  # noqa: F401 (re-exported)\\ndef f():\\n    return undefined\\n")
    >>> [line.split(': ', 1)[1] for line in lint(sample)]
    ["'os' imported but unused", "undefined name 'undefined'"]
    """
    source = path.read_text()
    lines = source.splitlines()
    waived = lambda number: 0 < number <= len(lines) and "# noqa" in lines[number - 1]  # noqa: E731
    found = []
    for message in checker.Checker(ast.parse(source, filename=str(path)), filename=str(path)).messages:
        referred = [arg for arg in message.message_args if isinstance(arg, int)]  # "redefinition of unused x from line N"
        if waived(message.lineno) or any(waived(number) for number in referred):
            continue
        found.append(f"{path.relative_to(REPO) if path.is_relative_to(REPO) else path.name}:{message.lineno}: "
                     f"{message.message % message.message_args}")
    return sorted(found, key=lambda line: int(line.split(":")[1]))


def test_no_pyflakes_messages_in_the_project():
    files = python_files()
    assert len(files) > 50, "the lint test must read the project's files"
    problems = [line for path in files for line in lint(path)]
    assert not problems, "pyflakes:\n" + "\n".join(problems)
