"""Fixtures for widget tests: offscreen Qt, a temporary settings file, scripted dialogs.

The platform is set before anything imports Qt; Qt modules are imported inside the fixtures.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from acsa_desk.ui.dialogs import ScriptedDialogs
    from acsa_desk.ui.mainwindow import MainWindow
    from acsa_desk.ui.messages import MessageBridge
    from acsa_desk.ui.settings import Settings


#: The offscreen platform plugin warns about this whenever a window with a layout is shown;
#: it is noise of the headless platform, not of ACSA Desk. Every other Qt warning fails a test.
OFFSCREEN_NOISE = r"^This plugin does not support propagateSizeHints\(\)$"
#: More noise some modules cause: the language walk opens order editors, which raise themselves.
EXTRA_NOISE = {"test_i18n_walk.py": (r"^This plugin does not support raise\(\)$",),
               "test_accessible_names.py": (r"^This plugin does not support raise\(\)$",)}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if item.path.is_relative_to(here):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, *EXTRA_NOISE.get(item.path.name, ())))


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def settings(settings_path: Path) -> Settings:
    """Settings in a temporary INI file, never the user's own."""
    from acsa_desk.ui.settings import Settings

    return Settings.from_file(settings_path)


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    from acsa_desk.ui.dialogs import ScriptedDialogs

    return ScriptedDialogs()


@pytest.fixture
def messages(qapp: object) -> MessageBridge:
    from acsa_desk.ui.messages import MessageBridge

    return MessageBridge()


@pytest.fixture
def window(
    qtbot: QtBot, settings: Settings, dialogs: ScriptedDialogs, messages: MessageBridge
) -> Iterator[MainWindow]:
    from acsa_desk.ui.mainwindow import MainWindow

    win = MainWindow(settings, dialogs, messages)
    qtbot.addWidget(win)
    yield win
