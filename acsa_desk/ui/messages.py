"""The one bridge for messages to the user (qutebrowser's message.py pattern).

Code that has something to tell the user calls ``messages.info(...)``, ``.warning(...)`` or
``.error(...)`` on the :class:`MessageBridge` it was given; it never picks a widget itself.
A :class:`MessagePresenter` (the main window owns one) decides how each level is shown:
information in the status bar, warnings and errors in a dialog through :class:`Dialogs`.

The bridge may be called from any thread: messages from a worker thread are queued to the
thread the bridge lives in (the main thread) before anything is shown.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QStatusBar

from acsa_desk.ui.dialogs import Dialogs
from acsa_desk.ui.qtfix import emit

log = logging.getLogger(__name__)

#: How long an information message stays in the status bar (milliseconds).
STATUS_TIMEOUT_MS = 8000


class Level(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class Message:
    level: Level
    text: str
    title: str = ""
    details: str = ""


class MessageBridge(QObject):
    """Carries messages to whoever shows them. Thread-safe."""

    #: A message to show now, always emitted in the bridge's (main) thread. Argument: Message.
    shown = Signal(object)

    _posted = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._posted.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def info(self, text: str, *, title: str = "") -> None:
        self.post(Message(Level.INFO, text, title))

    def warning(self, text: str, *, title: str = "", details: str = "") -> None:
        self.post(Message(Level.WARNING, text, title, details))

    def error(self, text: str, *, title: str = "", details: str = "") -> None:
        self.post(Message(Level.ERROR, text, title, details))

    def post(self, message: Message) -> None:
        log.log(_LOG_LEVELS[message.level], "message to user: %s", message.text)
        if QThread.currentThread() is self.thread():
            emit(self.shown, message)
        else:
            emit(self._posted, message)

    @Slot(object)
    def _deliver(self, message: Message) -> None:
        emit(self.shown, message)


_LOG_LEVELS = {Level.INFO: logging.INFO, Level.WARNING: logging.WARNING, Level.ERROR: logging.ERROR}


class MessagePresenter(QObject):
    """Shows the bridge's messages: info in the status bar, warnings and errors as dialogs.

    Without a status bar, information goes to a dialog too.
    """

    def __init__(
        self,
        bridge: MessageBridge,
        dialogs: Dialogs,
        status_bar: QStatusBar | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._dialogs = dialogs
        self._status_bar = status_bar
        if status_bar is not None:  # a message too long for the bar is read whole on hover
            status_bar.messageChanged.connect(status_bar.setToolTip)
        bridge.shown.connect(self.present)

    @Slot(object)
    def present(self, message: Message) -> None:
        title = message.title or default_title(message.level)
        if message.level is Level.INFO:
            if self._status_bar is not None:
                self._status_bar.showMessage(message.text, STATUS_TIMEOUT_MS)
            else:
                self._dialogs.information(title, message.text, details=message.details)
        elif message.level is Level.WARNING:
            self._dialogs.warning(title, message.text, details=message.details)
        else:
            self._dialogs.error(title, message.text, details=message.details)


def default_title(level: Level) -> str:
    if level is Level.INFO:
        return QCoreApplication.translate("Messages", "ACSA Desk")
    if level is Level.WARNING:
        return QCoreApplication.translate("Messages", "ACSA Desk: warning")
    return QCoreApplication.translate("Messages", "ACSA Desk: error")


_ENGLISH_PLURAL = re.compile(r"\((s|es)\)")


def counted(text: str, n: int, shown: str | None = None) -> str:
    """The text of a counted message, ``counted(self.tr("%n order(s)", "", n), n)``.

    French and Japanese come from the catalogues' plural forms (``numerusform``: "1 commande",
    "2 commandes"); the English source, which has no catalogue, says ``(s)`` where the plural
    ends: it becomes nothing for one and ``s`` otherwise ("1 order", "0 orders", "2 orders").
    ``shown`` is the count as the locale writes it (``1 234``), put in place of Qt's digits."""
    text = _ENGLISH_PLURAL.sub("" if n == 1 else r"\1", text)
    if shown is not None:
        text = text.replace(str(n), shown, 1)
    return text
