"""The work-around for PySide6 6.12's SignalInstance.emit() reference defect (see qtfix.py)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal

import acsa_desk.ui
from acsa_desk.ui.qtfix import EMIT_DROPS_A_REFERENCE_TO_TRUE, emit


class Emitter(QObject):
    happened = Signal(object)


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="True is immortal from Python 3.12")
def test_the_defect_is_still_there() -> None:
    """When this fails, PySide6 fixed emit(): delete acsa_desk/ui/qtfix.py and its uses."""
    assert EMIT_DROPS_A_REFERENCE_TO_TRUE


def test_emit_keeps_the_reference_count_of_true(qapp: object) -> None:
    emitter = Emitter()
    received: list[object] = []
    emitter.happened.connect(received.append)
    emit(emitter.happened, -1)  # warm up: first-use caches may keep a True
    before = sys.getrefcount(True)
    for n in range(200):
        emit(emitter.happened, n)
    assert abs(sys.getrefcount(True) - before) < 5  # the defect alone would make it -200
    assert received == list(range(-1, 200))


def test_no_raw_emit_in_the_window_code() -> None:
    raw = re.compile(r"\.emit\(")
    offenders = [
        f"{path.name}:{number}"
        for path in Path(acsa_desk.ui.__file__).parent.rglob("*.py")
        if path.name != "qtfix.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if raw.search(line) and not line.lstrip().startswith("#")
    ]
    assert offenders == [], "use acsa_desk.ui.qtfix.emit(signal, ...)"
