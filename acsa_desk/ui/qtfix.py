"""Work-arounds for defects of the installed Qt bindings. Each says how to tell it is gone.

``emit``: in PySide6 6.12.0 ``SignalInstance.emit()`` returns ``True`` without taking a
reference to it. Every signal emitted from Python therefore drops one reference to ``True``;
on Python 3.11 (where ``True`` is not immortal) the process aborts with "Fatal Python error:
bool_dealloc" after a few thousand emissions (a long import with progress reaches that).
C++-emitted signals (clicked, triggered...) and signal-to-signal connections are not affected.

So code in acsa_desk/ui never calls ``signal.emit(...)``; it calls ``emit(signal, ...)``, which
puts the missing reference back when, and only when, the defect is present (checked once).
tests/ui/test_qtfix.py fails when the defect disappears, so that this module can go.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance


class _Probe(QObject):
    probed = Signal()


def _measure() -> bool:
    """True if SignalInstance.emit() loses a reference to True (a probe without receivers)."""
    probe = _Probe()
    rounds = 8
    before = sys.getrefcount(True)
    for _ in range(rounds):
        probe.probed.emit()
    lost = before - sys.getrefcount(True)
    for _ in range(max(lost, 0)):  # repair what the probe itself lost
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    del probe
    return lost >= rounds


#: Measured once, when this module is first imported (from the main thread).
EMIT_DROPS_A_REFERENCE_TO_TRUE = _measure()


def emit(signal: SignalInstance, *args: Any) -> None:
    """Emits ``signal`` with ``args`` (from any thread), repairing the reference emit() drops."""
    # the stubs say emit() returns None; at run time it returns (a borrowed) True
    result: object = signal.emit(*args)  # type: ignore[func-returns-value]
    if result is True and EMIT_DROPS_A_REFERENCE_TO_TRUE:
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
