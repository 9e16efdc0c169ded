"""Notices at once when the open ledger's file is deleted or replaced by another program.

The ledger refuses every save once its path no longer names the file it opened
(``db/engine.Ledger.check_file``), but the user would only learn it at the next save. This
watches the file (QFileSystemWatcher, its folder too, since a file renamed over the ledger
changes the folder), checks again whenever the application becomes active and every few
seconds (a network share may send no notifications), and says so once, at once.

Unsaved work is protected: nothing is closed or reloaded. Open editors keep what was typed
(their saves are refused, never silently lost), and opening a ledger again asks about each
editor's unsaved changes first (``AppController.close_ledger_windows``).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

from acsa_desk.db.engine import Ledger, LedgerReplaced
from acsa_desk.ui.qtfix import emit

#: How often the file is checked besides the notifications (a network share sends none).
CHECK_MS = 5000


class LedgerWatch(QObject):
    """Emits ``lost`` once, with ``"deleted"`` or ``"replaced"``, when the open ledger's path
    no longer names the file the window opened. Inactive for a server database."""

    lost = Signal(str)

    def __init__(self, ledger: Ledger, parent: QObject | None = None, *,
                 interval_ms: int = CHECK_MS) -> None:
        super().__init__(parent)
        self.ledger = ledger
        self.gone: str | None = None
        self._watcher = QFileSystemWatcher(self)
        self._timer = QTimer(self)
        self._app: QApplication | None = None
        path = ledger.path
        if path is None or ledger.identity is None:
            return
        self._watcher.addPath(str(path))
        self._watcher.addPath(str(path.absolute().parent))
        self._watcher.fileChanged.connect(self.check)
        self._watcher.directoryChanged.connect(self.check)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._state_changed)
            self._app = app

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()

    def check(self, *_changed: object) -> str | None:
        """``"deleted"``, ``"replaced"`` (announced once), or None while the file is the one
        opened."""
        if self.gone is not None or self.ledger.path is None:
            return self.gone
        try:
            self.ledger.check_file()
        except LedgerReplaced:
            self.gone = "replaced" if _exists(self.ledger.path) else "deleted"
            self.stop()
            emit(self.lost, self.gone)
        return self.gone

    def texts(self, how: str) -> tuple[str, str, str]:
        """The warning's title and text, and what the status bar says from then on."""
        path = str(self.ledger.path)
        if how == "deleted":
            title = self.tr("Ledger file deleted")
            what = self.tr("The ledger file {path} was deleted by another program while it "
                           "was open.").format(path=path)
        else:
            title = self.tr("Ledger file replaced")
            what = self.tr("The ledger file {path} was replaced by another file while it was "
                           "open (another program, a restore or a synchronised folder).").format(
                               path=path)
        text = what + "\n\n" + self.tr(
            "Nothing more can be saved to it, and nothing you saved before is lost: it is in "
            "the file that was opened, or in its backups. Open windows keep their unsaved "
            "changes: copy what you need, then open the ledger again (File > Open), which "
            "asks about each window with unsaved changes first.")
        label = self.tr("Ledger file gone, nothing more is saved: {path}").format(path=path)
        return title, text, label

    def stop(self) -> None:
        self._timer.stop()
        paths = self._watcher.files() + self._watcher.directories()
        if paths:
            self._watcher.removePaths(paths)
        if self._app is not None:
            self._app.applicationStateChanged.disconnect(self._state_changed)
            self._app = None


def _exists(path: Path) -> bool:
    try:
        os.stat(path)
    except OSError:
        return False
    return True
