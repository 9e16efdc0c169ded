"""The window asks the platform to keep it out of captures by the marking (OS call stubbed)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from acsa_desk.core import marking as M
from acsa_desk.ui import capture
from acsa_desk.ui import settings as opt
from acsa_desk.ui.dialogs import ScriptedDialogs
from acsa_desk.ui.mainwindow import MainWindow
from acsa_desk.ui.messages import MessageBridge
from acsa_desk.ui.settings import Settings

PB = M.render(M.make_marking(M.CANADA, "PROTECTED B"), M.BUILTIN_SCHEMES)
UNCLASS = M.render(M.make_marking(M.CANADA, "UNCLASSIFIED"), M.BUILTIN_SCHEMES)


def test_linux_cannot_and_says_so(qtbot: QtBot, settings: Settings) -> None:
    window = MainWindow(settings, ScriptedDialogs(), MessageBridge())
    qtbot.addWidget(window)
    window.set_marking(PB)
    assert window.capture_decision.wanted and not window.capture_decision.available


def test_windows_excludes_the_window_above_unclassified(
        qtbot: QtBot, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[bool] = []
    monkeypatch.setattr(capture.sys, "platform", "win32")
    monkeypatch.setattr(capture, "_windows", lambda widget, exclude: calls.append(exclude))
    window = MainWindow(settings, ScriptedDialogs(), MessageBridge())
    qtbot.addWidget(window)
    calls.clear()
    window.set_marking(PB)
    window.set_marking(UNCLASS)
    assert calls == [True, False]
    settings.set(opt.SCREEN_CAPTURE, "allow")
    window.set_marking(PB)
    assert calls[-1] is False
