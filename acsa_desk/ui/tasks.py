"""THE way to run work off the main thread (Anki's taskman/operations pattern).

Database jobs, imports, exports and PDF builds all go through :class:`TaskManager`::

    task = tasks.run(lambda: services.balances(db), on_success=page.show_balances)

    task = tasks.run_with_progress(
        lambda control: import_orders(db, path, progress=control.progress,
                                      cancelled=control.cancelled),
        label=tr("Importing orders…"),
        on_success=lambda count: messages.info(tr("{n} orders imported").format(n=count)),
        title=tr("Import orders"),
    )

Rules:

* The work runs in a worker thread and must not touch any widget or QObject of the window.
  It receives plain values and returns a plain value.
* ``on_success`` / ``on_failure`` and every signal of :class:`Task` run in the main thread.
* An expected error (:class:`~acsa_desk.core.errors.LedgerError`) goes to ``on_failure`` if
  given, else it is shown to the user as a clear message (via the message bridge, which shows
  it with the dialogs interface). Any other exception is a bug and goes to the crash handler.
* Work with progress gets a :class:`TaskControl`: ``progress(done, total)`` moves the
  progress dialog's bar and ``cancelled()`` says whether the user pressed Cancel. Work that
  stops because of a cancel raises :class:`TaskCancelled` (``control.raise_if_cancelled()``).
* By default tasks run one at a time, in the order started (SQLite has a single writer).
* Housekeeping that must never delay what the user asks for (the integrity check and the
  backup taken after the window opens) goes to a second manager made with
  ``low_priority=True``: its own worker thread, at the lowest scheduling priority the
  system grants (nice 19 on Linux), so that the first manager's queue never waits for it.
"""

from __future__ import annotations

import itertools
import logging
import os
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from acsa_desk.core.errors import ImportRejected, LedgerError
from acsa_desk.ui.messages import MessageBridge
from acsa_desk.ui.qtfix import emit
from acsa_desk.ui.service_text import ui_defect, ui_message

log = logging.getLogger(__name__)

T = TypeVar("T")

#: How long work may run before its progress dialog appears (milliseconds).
PROGRESS_DELAY_MS = 500


class TaskCancelled(Exception):
    """Raised by work that stops because the user pressed Cancel. Not an error."""


class _Relay(QObject):
    """Carries news from worker threads to the manager (lives in the main thread).

    Workers hold only this relay and a task number, never the Task, so that every Task is
    created, used and destroyed in the main thread.
    """

    progressed = Signal(int, int, int)  # (task number, done, total)
    done = Signal(int, object)  # (task number, _Outcome)


@dataclass(frozen=True)
class _Outcome:
    kind: str  # "ok", "cancelled" or "error"
    value: object = None


class TaskControl:
    """Given to work started with :meth:`TaskManager.run_with_progress`. Thread-safe."""

    def __init__(self, number: int, relay: _Relay) -> None:
        self._number = number
        self._relay = relay
        self._cancel = threading.Event()

    def progress(self, done: int, total: int) -> None:
        """Reports ``done`` steps out of ``total`` (total 0: unknown, a busy bar)."""
        emit(self._relay.progressed, self._number, int(done), int(total))

    def cancelled(self) -> bool:
        """True once the user pressed Cancel; the work should stop soon."""
        return self._cancel.is_set()

    def raise_if_cancelled(self) -> None:
        if self._cancel.is_set():
            raise TaskCancelled()

    def _request_cancel(self) -> None:
        self._cancel.set()


class Task(QObject, Generic[T]):
    """One piece of background work, as seen from the main thread.

    Exactly one of succeeded / failed / crashed / cancelled is emitted, then finished; all in
    the main thread. Keep a reference if you want the signals or the result.
    """

    #: The work returned. Argument: its result.
    succeeded = Signal(object)
    #: The work raised an expected LedgerError. Argument: the exception.
    failed = Signal(object)
    #: The work raised an unexpected exception (handed to the crash handler). Argument: it.
    crashed = Signal(object)
    #: The work stopped because the user pressed Cancel.
    cancelled = Signal()
    #: The task is over, whatever the outcome.
    finished = Signal()
    #: Progress reported by the work: (done, total).
    progressed = Signal(int, int)

    def __init__(self, name: str, control: TaskControl) -> None:
        super().__init__()
        self.setObjectName(name)
        self.control = control
        self.progress_dialog: QProgressDialog | None = None
        self._outcome: _Outcome | None = None

    def cancel(self) -> None:
        """Asks the work to stop (it notices through TaskControl.cancelled())."""
        log.info("task %s: cancel requested", self.objectName())
        self.control._request_cancel()

    def is_cancel_requested(self) -> bool:
        return self.control.cancelled()

    def is_finished(self) -> bool:
        return self._outcome is not None

    def result(self) -> T:
        """The work's result, once succeeded was emitted."""
        if self._outcome is None or self._outcome.kind != "ok":
            raise RuntimeError(f"task {self.objectName()} has no result")
        return self._outcome.value  # type: ignore[return-value]

    def _show_progress(self, done: int, total: int) -> None:
        dialog = self.progress_dialog
        if dialog is not None and not self.control.cancelled():
            dialog.setMaximum(max(total, 0))
            dialog.setValue(max(0, min(done, total)) if total > 0 else 0)
        emit(self.progressed, done, total)

    def _close_progress(self) -> None:
        dialog = self.progress_dialog
        if dialog is not None:
            self.progress_dialog = None
            dialog.canceled.disconnect(self.cancel)
            dialog.reset()
            dialog.hide()
            dialog.deleteLater()


@dataclass
class _Running:
    task: Task[Any]
    on_success: Callable[[Any], object] | None
    on_failure: Callable[[LedgerError], object] | None
    title: str


class TaskManager(QObject):
    """Starts tasks and delivers their outcome in the main thread. One per main window.

    ``messages`` shows expected errors; ``parent_widget`` parents progress dialogs;
    ``on_crash`` receives unexpected exceptions (default: ``sys.excepthook``, i.e. the
    installed crash handler). ``max_threads`` > 1 lets tasks run side by side;
    ``low_priority`` runs the work at the system's lowest thread priority (housekeeping).
    """

    #: True when the first task starts, False when the last one ends.
    busy_changed = Signal(bool)

    def __init__(
        self,
        messages: MessageBridge,
        *,
        parent_widget: QWidget | None = None,
        on_crash: Callable[[BaseException], object] | None = None,
        max_threads: int = 1,
        progress_delay_ms: int = PROGRESS_DELAY_MS,
        low_priority: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.low_priority = low_priority
        self._messages = messages
        self._parent_widget = parent_widget
        self._on_crash = on_crash or _to_excepthook
        self._progress_delay_ms = progress_delay_ms
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._numbers = itertools.count(1)
        self._running: dict[int, _Running] = {}
        self._stops: list[Callable[[], object]] = []
        self._relay = _Relay(self)
        queued = Qt.ConnectionType.QueuedConnection
        self._relay.progressed.connect(self._on_progress, queued)
        self._relay.done.connect(self._on_done, queued)

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def run(
        self,
        work: Callable[[], T],
        *,
        on_success: Callable[[T], object] | None = None,
        on_failure: Callable[[LedgerError], object] | None = None,
        title: str = "",
    ) -> Task[T]:
        """Runs ``work()`` in a worker thread. ``title`` heads the message of an expected error."""
        number = next(self._numbers)
        task: Task[T] = Task(_name_of(work), TaskControl(number, self._relay))
        self._start(number, _Running(task, on_success, on_failure, title), work)
        return task

    def run_with_progress(
        self,
        work: Callable[[TaskControl], T],
        *,
        label: str,
        on_success: Callable[[T], object] | None = None,
        on_failure: Callable[[LedgerError], object] | None = None,
        title: str = "",
    ) -> Task[T]:
        """Runs ``work(control)`` with a progress dialog (label, bar, Cancel).

        The dialog is modal to the window and appears only if the work takes longer than the
        manager's progress delay.
        """
        number = next(self._numbers)
        control = TaskControl(number, self._relay)
        task: Task[T] = Task(_name_of(work), control)
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, self._parent_widget)
        dialog.setWindowTitle(title or self.tr("ACSA Desk"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(self._progress_delay_ms)
        dialog.setMinimumWidth(360)
        dialog.canceled.connect(task.cancel)
        task.progress_dialog = dialog
        self._start(number, _Running(task, on_success, on_failure, title), lambda: work(control))
        return task

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Blocks until the worker threads are idle (for shutdown). Results still arrive later,
        through the event loop."""
        return bool(self._pool.waitForDone(msecs))

    def on_shutdown(self, stop: Callable[[], object]) -> None:
        """``stop()`` is called (in the main thread) when the manager shuts down, before it
        waits: work that cannot poll ``cancelled()`` (a long SQLite statement) is stopped by it."""
        self._stops.append(stop)

    def shutdown(self) -> None:
        """Asks running tasks to cancel and waits for the worker threads to finish."""
        for running in list(self._running.values()):
            running.task.cancel()
        stops, self._stops = self._stops, []
        for stop in stops:
            stop()
        self._pool.clear()
        self._pool.waitForDone()

    def show_expected_error(self, error: LedgerError, title: str = "") -> None:
        """Shows an expected error as a plain message (an import's defects go in the details)."""
        details = ""
        if isinstance(error, ImportRejected):
            details = "\n".join(ui_defect(d) for d in error.defects)
        self._messages.warning(ui_message(str(error)), title=title, details=details)

    # --- internals ---

    def _start(self, number: int, running: _Running, work: Callable[[], object]) -> None:
        was_busy = self.busy
        self._running[number] = running
        relay = self._relay
        log.debug("task %s (%d): started", running.task.objectName(), number)
        low = self.low_priority
        self._pool.start(lambda: _execute(number, work, relay, low_priority=low))
        if not was_busy:
            emit(self.busy_changed, True)

    @Slot(int, int, int)
    def _on_progress(self, number: int, done: int, total: int) -> None:
        running = self._running.get(number)
        if running is not None:
            running.task._show_progress(done, total)

    @Slot(int, object)
    def _on_done(self, number: int, outcome: _Outcome) -> None:
        running = self._running.pop(number)
        task = running.task
        task._outcome = outcome
        task._close_progress()
        log.debug("task %s (%d): %s", task.objectName(), number, outcome.kind)
        try:
            if outcome.kind == "ok":
                emit(task.succeeded, outcome.value)
                if running.on_success is not None:
                    running.on_success(outcome.value)
            elif outcome.kind == "cancelled":
                emit(task.cancelled)
            elif isinstance(outcome.value, LedgerError):
                emit(task.failed, outcome.value)
                if running.on_failure is not None:
                    running.on_failure(outcome.value)
                else:
                    self.show_expected_error(outcome.value, running.title)
            else:
                assert isinstance(outcome.value, BaseException)
                emit(task.crashed, outcome.value)
                self._on_crash(outcome.value)
        except Exception as exc:  # a bug in a callback: crash handler, then carry on
            self._on_crash(exc)
        finally:
            emit(task.finished)
            if not self.busy:
                emit(self.busy_changed, False)


def _execute(number: int, work: Callable[[], object], relay: _Relay, *,
             low_priority: bool = False) -> None:
    """Runs in a worker thread: calls the work and reports through the relay, nothing else."""
    if low_priority:
        lower_this_thread()
    try:
        outcome = _Outcome("ok", work())
    except TaskCancelled:
        outcome = _Outcome("cancelled")
    except BaseException as exc:
        outcome = _Outcome("error", exc)
    emit(relay.done, number, outcome)


#: The niceness of a low-priority worker thread (Linux: the lowest priority).
LOW_PRIORITY_NICE = 19


def lower_this_thread() -> bool:
    """Puts the calling thread at the lowest scheduling priority (Linux threads each have
    their own niceness; the pool's threads are only ever lowered). False where the system
    does not allow it."""
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), LOW_PRIORITY_NICE)
    except (AttributeError, OSError):
        return False
    return True


def thread_niceness() -> int | None:
    """The calling thread's niceness (None where the system has no such thing)."""
    try:
        return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    except (AttributeError, OSError):
        return None


def _name_of(work: Callable[..., object]) -> str:
    return getattr(work, "__qualname__", None) or type(work).__name__


def _to_excepthook(exc: BaseException) -> None:
    sys.excepthook(type(exc), exc, exc.__traceback__)
