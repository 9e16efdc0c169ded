"""The window notices at once when its ledger's file is deleted or replaced by another program
(issue 9: "let the window notice that its file was replaced"), says so clearly, and keeps
what the user has not saved yet."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from acsa_desk.db.engine import open_ledger
from acsa_desk.services import reference
from acsa_desk.ui.dialogs import DialogKind
from acsa_desk.ui.ledger_watch import LedgerWatch
from acsa_desk.ui.page import PageId
from tests.ui.app.conftest import OFFSCREEN_NOISE, WAIT_MS

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from tests.ui.app.conftest import Desk


def _ledger(path: Path, name: str = "KAEDEX 2025") -> Path:
    ledger = open_ledger(path, hold_lock=False)
    with ledger.session() as s:
        reference.create_exercise(session=s, data=reference.ExerciseInput(name=name))
    ledger.close()
    return path


def _warnings(desk: Desk) -> list:
    return desk.dialogs.of_kind(DialogKind.WARNING)


@pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, r"^This plugin does not support raise\(\)$")
def test_a_ledger_replaced_under_the_window_is_announced_and_unsaved_work_kept(
        qtbot: QtBot, desk: Desk, tmp_path: Path) -> None:
    path = _ledger(tmp_path / "ledger.sqlite")
    other = _ledger(tmp_path / "other.sqlite", "OTHER")
    desk.start(open_ledger(path))
    watch = desk.controller.ledger_watch
    assert isinstance(watch, LedgerWatch) and watch.check() is None
    desk.window.show_page(PageId.ORDERS)
    editor = desk.window.page(PageId.ORDERS).new_order()
    qtbot.addWidget(editor, before_close_func=lambda e: e.undo_stack.setClean())
    editor.number_edit.setText("CAN-JPN-25-0077")  # typed, not saved
    assert editor.isWindowModified()

    os.replace(other, path)  # e.g. a synchronised folder puts another copy in its place
    qtbot.waitUntil(lambda: len(_warnings(desk)) == 1, timeout=WAIT_MS)  # no save needed
    shown = _warnings(desk)[0]
    assert shown.title == "Ledger file replaced"
    assert str(path) in shown.text and "unsaved changes" in shown.text
    assert desk.window.database_label.text().startswith("Ledger file gone")
    # unsaved work is kept: the editor stays open with what was typed
    assert editor.isVisible() and editor.number_edit.text() == "CAN-JPN-25-0077"
    assert editor.isWindowModified()
    # said once, however many notifications follow
    watch.check()
    path.touch()
    qtbot.wait(50)
    assert len(_warnings(desk)) == 1


def test_a_deleted_ledger_is_announced_by_the_periodic_check(qtbot: QtBot, desk: Desk,
                                                              tmp_path: Path) -> None:
    path = _ledger(tmp_path / "ledger.sqlite")
    desk.start(open_ledger(path))
    watch = desk.controller.ledger_watch
    assert watch is not None
    watch._watcher.removePaths(watch._watcher.files() + watch._watcher.directories())  # a share
    watch._timer.setInterval(20)  # sends no notifications: the timer still finds it
    for name in (path.name, f"{path.name}-wal", f"{path.name}-shm"):
        (tmp_path / name).unlink(missing_ok=True)
    qtbot.waitUntil(lambda: len(_warnings(desk)) == 1, timeout=WAIT_MS)
    assert _warnings(desk)[0].title == "Ledger file deleted"


def test_the_watch_of_a_closed_ledger_says_nothing(qtbot: QtBot, desk: Desk,
                                                   tmp_path: Path) -> None:
    first = _ledger(tmp_path / "first.sqlite")
    second = _ledger(tmp_path / "second.sqlite", "SECOND")
    desk.start(open_ledger(first))
    old = desk.controller.ledger_watch
    desk.start(open_ledger(second))
    assert desk.controller.ledger_watch is not old
    shutil.copy(second, tmp_path / "copy.sqlite")
    os.replace(tmp_path / "copy.sqlite", first)  # the ledger no longer open
    qtbot.wait(100)
    assert _warnings(desk) == []
    assert desk.controller.ledger_watch.check() is None
