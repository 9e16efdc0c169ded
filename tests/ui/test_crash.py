"""Unexpected errors: crash log + dialog; hard crashes: the faulthandler file at next start."""

from __future__ import annotations

import faulthandler
import sys
import threading
from pathlib import Path

from pytestqt.qtbot import QtBot

from acsa_desk.ui.crash import FAULT_FILE_NAME, CrashHandler
from acsa_desk.ui.dialogs import DialogKind, ScriptedDialogs


def _raise_and_catch() -> ValueError:
    try:
        raise ValueError("inconsistent ledger state")
    except ValueError as exc:
        return exc


def test_a_crash_is_logged_and_shown_with_the_log_path(
    qapp: object, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    handler = CrashHandler(dialogs, tmp_path / "logs")
    rescued: list[str] = []
    handler.add_rescue(lambda: rescued.append("saved"))

    path = handler.handle(_raise_and_catch())

    assert path is not None and path.parent == tmp_path / "logs"
    log_text = path.read_text(encoding="utf-8")
    assert "ValueError: inconsistent ledger state" in log_text
    assert "_raise_and_catch" in log_text  # the traceback, not only the message
    assert rescued == ["saved"]
    (shown,) = dialogs.calls
    assert shown.kind == DialogKind.ERROR
    assert str(path) in shown.text
    assert "inconsistent ledger state" in shown.details


def test_a_failing_rescue_does_not_stop_the_report(
    qapp: object, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    handler = CrashHandler(dialogs, tmp_path)

    def broken_rescue() -> None:
        raise OSError("disk gone")

    handler.add_rescue(broken_rescue)
    assert handler.handle(_raise_and_catch()) is not None
    assert dialogs.last.kind == DialogKind.ERROR


def test_a_crash_in_another_thread_is_shown_from_the_main_thread(
    qtbot: QtBot, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    handler = CrashHandler(dialogs, tmp_path)
    shown_in: list[int] = []
    handler.crashed.connect(lambda _path: shown_in.append(threading.get_ident()))
    worker = threading.Thread(target=lambda: handler.handle(_raise_and_catch()))
    with qtbot.waitSignal(handler.crashed, timeout=5000):
        worker.start()
        worker.join()
    assert shown_in == [threading.main_thread().ident]
    assert dialogs.last.kind == DialogKind.ERROR


def test_install_replaces_the_hooks_and_uninstall_restores_them(
    qapp: object, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    before = (sys.excepthook, threading.excepthook)
    handler = CrashHandler(dialogs, tmp_path)
    handler.install(enable_faulthandler=False)
    try:
        assert sys.excepthook == handler.excepthook
        exc = _raise_and_catch()
        sys.excepthook(type(exc), exc, exc.__traceback__)
        assert dialogs.last.kind == DialogKind.ERROR
    finally:
        handler.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_faulthandler_writes_to_a_file_removed_on_a_clean_exit(
    qapp: object, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    handler = CrashHandler(dialogs, tmp_path)
    handler.install()
    try:
        assert faulthandler.is_enabled()
        assert (tmp_path / FAULT_FILE_NAME).exists()
        assert handler.leftover_report() is None
    finally:
        handler.uninstall()
        faulthandler.enable(file=sys.__stderr__)  # give pytest its own faulthandler back
    assert not (tmp_path / FAULT_FILE_NAME).exists()


def test_a_leftover_fault_file_is_offered_at_the_next_start(
    qapp: object, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    (tmp_path / FAULT_FILE_NAME).write_text(
        'Fatal Python error: Segmentation fault\n  File "orders.py", line 12\n', encoding="utf-8"
    )
    handler = CrashHandler(dialogs, tmp_path)
    handler.install()
    try:
        leftover = handler.leftover_report()
        assert leftover is not None and leftover.name.startswith("fault-")
        assert dialogs.calls == []  # nothing shown until the window asks
        handler.offer_leftover_report()
        (shown,) = dialogs.calls
        assert shown.kind == DialogKind.WARNING
        assert str(leftover) in shown.text
        assert "Segmentation fault" in shown.details
        handler.offer_leftover_report()  # offered once only
        assert len(dialogs.calls) == 1
    finally:
        handler.uninstall()
        faulthandler.enable(file=sys.__stderr__)


def test_an_empty_leftover_file_means_nothing_happened(
    qapp: object, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    (tmp_path / FAULT_FILE_NAME).write_text("", encoding="utf-8")
    handler = CrashHandler(dialogs, tmp_path)
    handler.install()
    try:
        handler.offer_leftover_report()
        assert handler.leftover_report() is None and dialogs.calls == []
    finally:
        handler.uninstall()
        faulthandler.enable(file=sys.__stderr__)
