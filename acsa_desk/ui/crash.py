"""The last two tiers of errors (qutebrowser's crashsignal.py pattern).

* Unexpected exception (a bug): :class:`CrashHandler` saves what it can (rescue callbacks),
  writes the traceback to a log file in the user's data folder, and shows a crash dialog that
  names the file. The application keeps running.
* Hard crash (segfault, abort): :mod:`faulthandler` writes the Python stacks to a file while the
  application runs; a clean exit deletes it. A file left over with content means the previous
  run died: :meth:`CrashHandler.offer_leftover_report` tells the user where it is, at next start.

Expected errors (:class:`acsa_desk.core.errors.LedgerError`) never come here: they are shown as
plain messages through :mod:`acsa_desk.ui.messages`.
"""

from __future__ import annotations

import datetime as _dt
import faulthandler
import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO

import platformdirs
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot

from acsa_desk.ui.dialogs import Dialogs
from acsa_desk.ui.qtfix import emit

log = logging.getLogger(__name__)

APP_NAME = "ACSA Desk"
FAULT_FILE_NAME = "faulthandler.log"

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def default_log_dir() -> Path:
    """Where crash logs go: ``<user data folder>/ACSA Desk/logs``."""
    return platformdirs.user_data_path(APP_NAME, APP_NAME) / "logs"


class CrashHandler(QObject):
    """Writes crash logs and shows the crash dialog. One per application (see app.py)."""

    #: A crash log was written. Argument: its Path. Emitted in the main thread.
    crashed = Signal(object)

    _from_other_thread = Signal(object, object)  # (exception, log path)

    def __init__(self, dialogs: Dialogs, log_dir: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._dialogs = dialogs
        self.log_dir = log_dir if log_dir is not None else default_log_dir()
        self._rescues: list[Callable[[], None]] = []
        self._showing = False
        self._fault_file: IO[str] | None = None
        self._previous_hooks: tuple[object, object] | None = None
        self._leftover: Path | None = None
        self._from_other_thread.connect(self._show_dialog, Qt.ConnectionType.QueuedConnection)

    @property
    def fault_path(self) -> Path:
        return self.log_dir / FAULT_FILE_NAME

    def add_rescue(self, callback: Callable[[], None]) -> None:
        """``callback`` runs first on every crash to save the user's work; its errors are logged."""
        self._rescues.append(callback)

    # --- installing ---

    def install(self, *, enable_faulthandler: bool = True) -> None:
        """Becomes sys.excepthook and threading.excepthook; starts faulthandler to a file.

        A fault file left by a previous run is set aside first (see offer_leftover_report).
        """
        self.log_dir.mkdir(parents=True, exist_ok=True)
        self._previous_hooks = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.excepthook
        threading.excepthook = self._thread_excepthook
        if enable_faulthandler:
            self._leftover = self._set_aside_leftover()
            self._fault_file = self.fault_path.open("w", encoding="utf-8")
            faulthandler.enable(file=self._fault_file, all_threads=True)

    def uninstall(self) -> None:
        """Restores the previous hooks; a clean exit removes the (empty) fault file."""
        if self._previous_hooks is not None:
            sys.excepthook, threading.excepthook = self._previous_hooks  # type: ignore[assignment]
            self._previous_hooks = None
        if self._fault_file is not None:
            faulthandler.disable()
            self._fault_file.close()
            self._fault_file = None
            self.fault_path.unlink(missing_ok=True)

    def _set_aside_leftover(self) -> Path | None:
        path = self.fault_path
        if not path.exists():
            return None
        if path.stat().st_size == 0:
            path.unlink()
            return None
        kept = self.log_dir / f"fault-{_timestamp()}.log"
        path.replace(kept)
        log.warning("the previous run crashed; its fault report is %s", kept)
        return kept

    def leftover_report(self) -> Path | None:
        """The previous run's fault report, if it crashed hard (found by install())."""
        return self._leftover

    def offer_leftover_report(self) -> None:
        """Tells the user that the previous run crashed and where its report is. Call once the
        main window is up; does nothing if the previous run ended normally."""
        path = self._leftover
        if path is None:
            return
        self._leftover = None
        try:
            excerpt = path.read_text(encoding="utf-8", errors="replace")[-4000:]
        except OSError:
            excerpt = ""
        self._dialogs.warning(
            self.tr("ACSA Desk closed unexpectedly"),
            self.tr(
                "ACSA Desk closed unexpectedly the last time it ran. A report was saved to:\n"
                "{path}\n\nPlease send this file to your system support."
            ).format(path=path),
            details=excerpt,
        )

    # --- handling ---

    def excepthook(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        self.handle(exc, (exc_type, exc, tb))

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        self.handle(args.exc_value, (args.exc_type, args.exc_value, args.exc_traceback))

    def handle(self, exc: BaseException, exc_info: ExcInfo | None = None) -> Path | None:
        """Rescues the work, writes the crash log and shows the dialog (from the main thread).

        Returns the log's path (None if it could not be written). Safe to call from any thread.
        """
        info = exc_info or (type(exc), exc, exc.__traceback__)
        log.error("unexpected error", exc_info=info)
        self._run_rescues()
        path = self.write_log(info)
        app = QCoreApplication.instance()
        if app is None:
            return path
        if QThread.currentThread() is app.thread():
            self._show_dialog(exc, path)
        else:
            emit(self._from_other_thread, exc, path)
        return path

    def write_log(self, exc_info: ExcInfo) -> Path | None:
        text = "".join(traceback.format_exception(*exc_info))
        try:
            self.log_dir.mkdir(parents=True, exist_ok=True)
            path = self.log_dir / f"crash-{_timestamp()}.log"
            path.write_text(
                f"ACSA Desk crash at {_dt.datetime.now().isoformat(timespec='seconds')}\n"
                f"Python {sys.version}\n\n{text}",
                encoding="utf-8",
            )
        except OSError:
            log.exception("could not write the crash log")
            return None
        return path

    def _run_rescues(self) -> None:
        for rescue in self._rescues:
            try:
                rescue()
            except Exception:
                log.exception("rescue callback %r failed", rescue)

    @Slot(object, object)
    def _show_dialog(self, exc: BaseException, path: Path | None) -> None:
        if path is not None:
            emit(self.crashed, path)
        if self._showing:  # a second error while the dialog is open: logged only
            return
        self._showing = True
        try:
            where = (
                self.tr("The details were saved to:\n{path}").format(path=path)
                if path is not None
                else self.tr("The details could not be saved to a file.")
            )
            self._dialogs.error(
                self.tr("ACSA Desk: unexpected error"),
                self.tr(
                    "ACSA Desk met an error it did not expect: {error}\n\n{where}\n\n"
                    "Your saved work is safe. Please send the file to your system support "
                    "and restart ACSA Desk if it misbehaves."
                ).format(error=type(exc).__name__, where=where),
                details="".join(traceback.format_exception(exc)),
            )
        finally:
            self._showing = False


def _timestamp() -> str:
    return _dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
