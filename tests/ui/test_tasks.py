"""The one way to run background work: results, progress, cancel, and the three error tiers."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QPushButton
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from acsa_desk.core.errors import FileDefect, ImportRejected, LedgerError, RuleViolation
from acsa_desk.ui.dialogs import DialogKind, ScriptedDialogs
from acsa_desk.ui.messages import MessageBridge, MessagePresenter
from acsa_desk.ui.tasks import TaskCancelled, TaskControl, TaskManager

#: Generous bound for a worker waiting on the test; never reached when the test works.
GATE_TIMEOUT_S = 10


@pytest.fixture
def crashes() -> list[BaseException]:
    return []


@pytest.fixture
def tasks(
    qtbot: QtBot,
    messages: MessageBridge,
    dialogs: ScriptedDialogs,
    crashes: list[BaseException],
) -> Iterator[TaskManager]:
    host = QMainWindow()
    qtbot.addWidget(host)
    MessagePresenter(messages, dialogs, None, parent=host)
    manager = TaskManager(
        messages, parent_widget=host, on_crash=crashes.append, progress_delay_ms=0, parent=host
    )
    yield manager
    manager.shutdown()


def test_the_result_arrives_in_the_main_thread(qtbot: QtBot, tasks: TaskManager) -> None:
    worked_in: list[int] = []
    delivered_in: list[int] = []

    def work() -> int:
        worked_in.append(threading.get_ident())
        return 6 * 7

    def on_success(result: int) -> None:
        delivered_in.append(threading.get_ident())
        assert result == 42

    task = tasks.run(work, on_success=on_success)
    with qtbot.waitSignal(task.succeeded, timeout=5000) as blocker:
        pass
    assert blocker.args == [42]
    assert task.result() == 42 and task.is_finished()
    assert delivered_in == [threading.main_thread().ident]
    assert worked_in and worked_in[0] != threading.main_thread().ident


def test_busy_while_a_task_runs(qtbot: QtBot, tasks: TaskManager) -> None:
    gate = threading.Event()
    with qtbot.waitSignal(tasks.busy_changed, timeout=5000) as started:
        task = tasks.run(lambda: gate.wait(GATE_TIMEOUT_S))
    assert started.args == [True] and tasks.busy
    with qtbot.waitSignals([task.finished, tasks.busy_changed], timeout=5000):
        gate.set()
    assert not tasks.busy


def test_progress_is_shown_and_cancel_stops_the_work(qtbot: QtBot, tasks: TaskManager) -> None:
    gate = threading.Event()
    outcomes: list[str] = []

    def work(control: TaskControl) -> str:
        control.progress(1, 10)
        gate.wait(GATE_TIMEOUT_S)
        for done in range(2, 11):
            control.raise_if_cancelled()
            control.progress(done, 10)
        return "finished"

    task = tasks.run_with_progress(
        work, label="Importing orders…", on_success=outcomes.append, title="Import"
    )
    task.succeeded.connect(lambda _r: outcomes.append("succeeded"))
    dialog = task.progress_dialog
    assert dialog is not None
    with qtbot.waitSignal(task.progressed, timeout=5000) as progressed:
        pass
    assert progressed.args == [1, 10]
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    assert dialog.labelText() == "Importing orders…"
    assert (dialog.value(), dialog.maximum()) == (1, 10)

    cancel = dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    with qtbot.waitSignals([task.cancelled, task.finished], timeout=5000):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        assert task.is_cancel_requested()
        gate.set()
    assert outcomes == []
    assert not (Shiboken.isValid(dialog) and dialog.isVisible())


def test_work_that_ignores_cancel_still_delivers_its_result(qtbot: QtBot, tasks: TaskManager) -> None:
    task = tasks.run_with_progress(lambda control: "done anyway", label="Working…")
    task.cancel()
    with qtbot.waitSignal(task.succeeded, timeout=5000) as blocker:
        pass
    assert blocker.args == ["done anyway"]


def test_an_expected_error_is_a_clear_message_not_a_crash(
    qtbot: QtBot, tasks: TaskManager, dialogs: ScriptedDialogs, crashes: list[BaseException]
) -> None:
    def work() -> None:
        raise RuleViolation("currency", "'XYZ' is not an ISO 4217 currency code")

    task = tasks.run(work, title="Save order")
    with qtbot.waitSignals([task.failed, task.finished], timeout=5000):
        pass
    assert crashes == []
    (shown,) = dialogs.calls
    assert shown.kind == DialogKind.WARNING
    assert shown.title == "Save order"
    assert shown.text == "'XYZ' is not an ISO 4217 currency code"


def test_a_rejected_import_lists_every_defect_in_the_details(
    qtbot: QtBot, tasks: TaskManager, dialogs: ScriptedDialogs
) -> None:
    defects = [FileDefect(3, "currency", "unknown code"), FileDefect(7, "date", "not a date")]

    def work() -> None:
        raise ImportRejected("orders.csv", defects)

    with qtbot.waitSignal(tasks.run(work).finished, timeout=5000):
        pass
    assert "row 3, column currency" in dialogs.last.text
    assert dialogs.last.details.splitlines() == [
        "row 3, column currency: unknown code",
        "row 7, column date: not a date",
    ]


def test_on_failure_replaces_the_default_message(
    qtbot: QtBot, tasks: TaskManager, dialogs: ScriptedDialogs
) -> None:
    handled: list[LedgerError] = []
    error = LedgerError("locked")

    def work() -> None:
        raise error

    with qtbot.waitSignal(tasks.run(work, on_failure=handled.append).finished, timeout=5000):
        pass
    assert handled == [error]
    assert dialogs.calls == []


def test_an_unexpected_error_goes_to_the_crash_handler(
    qtbot: QtBot, tasks: TaskManager, dialogs: ScriptedDialogs, crashes: list[BaseException]
) -> None:
    def work() -> None:
        raise ZeroDivisionError("a bug")

    task = tasks.run(work, on_failure=lambda e: pytest.fail("not an expected error"))
    with qtbot.waitSignal(task.crashed, timeout=5000) as blocker:
        pass
    assert isinstance(blocker.args[0], ZeroDivisionError)
    assert crashes == [blocker.args[0]]
    assert dialogs.calls == []


def test_a_bug_in_the_success_callback_goes_to_the_crash_handler(
    qtbot: QtBot, tasks: TaskManager, crashes: list[BaseException]
) -> None:
    def on_success(_result: object) -> None:
        raise KeyError("bug in the page")

    with qtbot.waitSignal(tasks.run(lambda: 1, on_success=on_success).finished, timeout=5000):
        pass
    assert [type(c) for c in crashes] == [KeyError]


def test_tasks_run_one_at_a_time_in_order(qtbot: QtBot, tasks: TaskManager) -> None:
    order: list[int] = []
    running = threading.Lock()

    def work(n: int) -> int:
        assert running.acquire(blocking=False), "two tasks ran at once"
        try:
            order.append(n)
            return n
        finally:
            running.release()

    started = [tasks.run(lambda n=n: work(n)) for n in range(5)]
    with qtbot.waitSignals([t.succeeded for t in started], timeout=5000):
        pass
    assert order == [0, 1, 2, 3, 4]


def test_cancelled_is_not_an_error(
    qtbot: QtBot, tasks: TaskManager, dialogs: ScriptedDialogs, crashes: list[BaseException]
) -> None:
    def work() -> None:
        raise TaskCancelled()

    with qtbot.waitSignal(tasks.run(work).cancelled, timeout=5000):
        pass
    assert dialogs.calls == [] and crashes == []


# --- the low-priority manager (housekeeping after the window opens) --------------------------------


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread niceness is Linux's")
def test_low_priority_work_runs_at_the_lowest_priority_beside_the_main_queue(
    qtbot: QtBot, tasks: TaskManager, messages: MessageBridge, crashes: list[BaseException]
) -> None:
    from acsa_desk.ui.tasks import LOW_PRIORITY_NICE, thread_niceness

    housekeeping = TaskManager(messages, on_crash=crashes.append, low_priority=True)
    gate = threading.Event()
    seen: list[int | None] = []

    def long_check() -> None:
        seen.append(thread_niceness())
        gate.wait(GATE_TIMEOUT_S)  # a check that lasts until the page's read is done

    check = housekeeping.run(long_check)
    read = tasks.run(lambda: thread_niceness())
    with qtbot.waitSignal(read.finished, timeout=5_000):
        pass  # the page's read does not queue behind the check
    assert not check.is_finished()
    assert read.result() != LOW_PRIORITY_NICE
    gate.set()
    with qtbot.waitSignal(check.finished, timeout=5_000):
        pass
    assert seen == [LOW_PRIORITY_NICE]
    housekeeping.shutdown()


def test_shutdown_calls_the_stop_hooks_before_waiting(
    qtbot: QtBot, messages: MessageBridge, crashes: list[BaseException]
) -> None:
    manager = TaskManager(messages, on_crash=crashes.append, low_priority=True)
    stop = threading.Event()
    manager.on_shutdown(stop.set)
    task = manager.run(lambda: stop.wait(GATE_TIMEOUT_S))  # a statement only the hook can end
    manager.shutdown()
    assert stop.is_set()
    qtbot.waitUntil(task.is_finished, timeout=5_000)
    assert task.result() is True
