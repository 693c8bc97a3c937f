"""Imports go one way (issue 10): value_bank <- composer <- ui, and the demo build (vas_demo) on top of
value_bank and composer, imported by none of them.

Every ``import`` and ``from ... import`` of every .py file is read with ``ast``, wherever it stands:
at the top, inside a function, under ``if TYPE_CHECKING``. Relative imports are resolved against the
file's own package. A forbidden edge fails the test with its file and line.
"""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGES = ("composer", "value_bank", "ui", "vas_demo")
FORBIDDEN = {  # package -> the packages (and sub-packages) it must never import; value_bank.demo: where the build once lived
    "value_bank": {"composer", "ui", "vas_demo"},
    "composer": {"ui", "vas_demo", "value_bank.demo"},
    "ui": {"vas_demo", "value_bank.demo"},
    "vas_demo": {"ui"},
}


def imported_modules(path: Path, root: Path = REPO) -> list[tuple[int, str]]:
    """(line, absolute module name) for every import statement in ``path``, inside functions too.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> (folder / "pkg").mkdir()
    >>> _ = (folder / "pkg" / "mod.py").write_text("import os\\ndef f():\\n    from . import sibling\\n    from ..other.x import y\\n")
    >>> imported_modules(folder / "pkg" / "mod.py", folder)
    [(1, 'os'), (3, 'pkg.sibling'), (4, 'other.x')]
    """
    tree = ast.parse(path.read_text(), filename=str(path))
    package = list(path.relative_to(root).with_suffix("").parts[:-1])
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: from the file's package, up level - 1 folders
                base = package[: len(package) - (node.level - 1)]
                module = ".".join(base + ([node.module] if node.module else []))
                found += [(node.lineno, f"{module}.{alias.name}" if not node.module else module) for alias in node.names]
            else:
                found.append((node.lineno, node.module))
    return sorted(set(found))


def forbidden_edges(root: Path = REPO) -> list[str]:
    """``file:line: package imports module`` for every import that goes against FORBIDDEN."""
    problems = []
    for package, banned in FORBIDDEN.items():
        for path in sorted((root / package).rglob("*.py")):
            for line, module in imported_modules(path, root):
                if any(module == name or module.startswith(name + ".") for name in banned):
                    problems.append(f"{path.relative_to(root)}:{line}: {package} imports {module}")
    return problems


def test_imports_go_one_way():
    assert all((REPO / package / "__init__.py").is_file() for package in PACKAGES)
    assert not (REPO / "value_bank" / "demo").exists(), "the demo build is vas_demo/, outside value_bank"
    problems = forbidden_edges()
    assert not problems, "imports against the one-way rule (README, Layout):\n" + "\n".join(problems)


def test_the_check_sees_imports_inside_functions_and_relative_ones(tmp_path):
    for package in PACKAGES:
        (tmp_path / package).mkdir()
        (tmp_path / package / "__init__.py").write_text("")
    (tmp_path / "value_bank" / "late.py").write_text("import json\n\ndef f():\n    from composer.bench import bench\n    return bench\n")
    (tmp_path / "composer" / "near.py").write_text("from ..vas_demo import build\n")
    (tmp_path / "ui" / "ok.py").write_text("import composer\nfrom value_bank import bank\n")
    assert forbidden_edges(tmp_path) == ["value_bank/late.py:4: value_bank imports composer.bench",
                                         "composer/near.py:1: composer imports vas_demo"]


def test_the_synthetic_bench_has_the_demo_builds_sizes():
    """composer/bench.py keeps a copy of the demo's sizes (it may not import the build): they must not drift apart."""
    from composer import bench
    from vas_demo.build import DemoConfig

    demo = DemoConfig()
    assert bench.DEMO_VOCAB_SIZE == demo.vocab_size and bench.DEMO_CONTEXT == demo.context
    assert bench.DEMO_BASE == {"hidden_size": demo.base_hidden, "layers": demo.base_layers, "heads": demo.base_heads}
    assert bench.DEMO_BACKBONE == {"hidden_size": demo.backbone_hidden, "layers": demo.backbone_layers, "heads": demo.backbone_heads}


def test_exploration_explores_the_decode_rules_own_candidates():
    """value_bank/sampling.py keeps a copy of the decode rule's plausibility floor (it may not import composer)."""
    from composer import guidance
    from value_bank import sampling

    assert sampling.PLAUSIBLE_RATIO == guidance.PLAUSIBLE_RATIO
