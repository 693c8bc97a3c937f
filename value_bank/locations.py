"""Where the shipped demo bank lives: beside the code in a checkout, or in the install's data folder.

A checkout (or ``pip install -e .``) has it at ``banks/demo`` next to the packages; ``pip install .``
copies it to ``<prefix>/share/vas-composer/banks/demo`` (pyproject.toml's data files). The command
lines and the app use it when no ``--bank`` is given, from any working directory.

>>> shipped_demo_bank().name
'demo'
"""

from __future__ import annotations

import sys
from pathlib import Path

CHECKOUT_DEMO = Path(__file__).resolve().parent.parent / "banks" / "demo"
INSTALLED_DEMO = Path(sys.prefix) / "share" / "vas-composer" / "banks" / "demo"


def shipped_demo_bank() -> Path:
    """The first of the checkout's and the install's demo bank that holds a manifest (the checkout's if neither does)."""
    for place in (CHECKOUT_DEMO, INSTALLED_DEMO):
        if (place / "manifest.json").is_file():
            return place
    return CHECKOUT_DEMO
