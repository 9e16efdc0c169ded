"""The floor scripts: the same work as ours, done by the bare libraries.

Each is a small stand-alone script run by path with this interpreter, so that it imports
only what it names (never acsa_desk). ``command(name, *args)`` is how the figures run one.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAMES = ("window", "balances", "export_finance", "export_flat", "statement", "import_orders")


def script(name: str) -> Path:
    if name not in NAMES:
        raise ValueError(f"no floor script {name!r}")
    return HERE / f"{name}.py"


def command(name: str, *args: object) -> list[str]:
    return [sys.executable, str(script(name)), *map(str, args)]
