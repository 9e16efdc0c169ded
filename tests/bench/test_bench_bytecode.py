"""The benchmark runs ours from bytecode, as an installed package runs (the floors' libraries
have theirs): ``runner.compile_package`` writes what is missing."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import acsa_desk
from acsa_desk.bench import runner


def test_every_module_of_the_package_has_its_bytecode_after_compile_package() -> None:
    assert runner.compile_package()
    root = Path(acsa_desk.__file__).parent
    missing = [source for source in root.rglob("*.py")
               if not Path(importlib.util.cache_from_source(str(source))).exists()]
    assert missing == []
