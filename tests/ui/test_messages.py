"""The message bridge: one way to tell the user something, from any thread."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QStatusBar
from pytestqt.qtbot import QtBot

from acsa_desk.ui.dialogs import DialogKind, ScriptedDialogs
from acsa_desk.ui.messages import Level, Message, MessageBridge, MessagePresenter


def _presenting_bar(qtbot: QtBot, messages: MessageBridge, dialogs: ScriptedDialogs) -> QStatusBar:
    status_bar = QStatusBar()
    qtbot.addWidget(status_bar)
    MessagePresenter(messages, dialogs, status_bar, parent=status_bar)
    return status_bar


def test_information_goes_to_the_status_bar_and_problems_to_dialogs(
    qtbot: QtBot, messages: MessageBridge, dialogs: ScriptedDialogs
) -> None:
    status_bar = _presenting_bar(qtbot, messages, dialogs)

    messages.info("12 orders imported")
    assert status_bar.currentMessage() == "12 orders imported"
    assert dialogs.calls == []

    messages.warning("The file is locked", title="Backup", details="by another program")
    messages.error("The disk is full")
    warning, error = dialogs.calls
    assert (warning.kind, warning.title, warning.text, warning.details) == (
        DialogKind.WARNING,
        "Backup",
        "The file is locked",
        "by another program",
    )
    assert error.kind == DialogKind.ERROR
    assert error.title  # a default title when none was given


def test_without_a_status_bar_information_is_a_dialog(
    messages: MessageBridge, dialogs: ScriptedDialogs
) -> None:
    MessagePresenter(messages, dialogs, None, parent=messages)
    messages.info("Saved")
    assert dialogs.last.kind == DialogKind.INFORMATION


def test_a_message_from_a_worker_thread_is_delivered_in_the_main_thread(
    qtbot: QtBot, messages: MessageBridge
) -> None:
    delivered_in: list[int] = []
    messages.shown.connect(lambda _message: delivered_in.append(threading.get_ident()))
    worker = threading.Thread(target=messages.warning, args=("from the worker",))
    with qtbot.waitSignal(messages.shown, timeout=5000) as blocker:
        worker.start()
        worker.join()
    assert blocker.args == [Message(Level.WARNING, "from the worker")]
    assert delivered_in == [threading.main_thread().ident]


def test_a_status_message_is_also_the_bars_tooltip_while_it_shows(
    qtbot: QtBot, messages: MessageBridge, dialogs: ScriptedDialogs
) -> None:
    """A message longer than the bar's room (French, Japanese) is read whole on hover."""
    status_bar = _presenting_bar(qtbot, messages, dialogs)
    long = "Vous êtes le seul utilisateur de ce registre. " * 3
    messages.info(long)
    assert status_bar.toolTip() == long
    status_bar.clearMessage()
    assert status_bar.toolTip() == ""
