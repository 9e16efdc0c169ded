"""Opening a ledger in the window: integrity check and backup in the background, and the offer
of the latest good backup when the ledger is damaged."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from acsa_desk.cli.window import check_in_background
from acsa_desk.db import backup
from acsa_desk.db.engine import open_ledger
from acsa_desk.services import reference
from acsa_desk.ui.dialogs import DialogKind

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from tests.ui.app.conftest import Desk


def _ledger(path: Path, name: str = "KAEDEX 2025") -> None:
    ledger = open_ledger(path)
    with ledger.session() as s:
        reference.create_exercise(session=s, data=reference.ExerciseInput(name=name))
    ledger.close()


def _damage(path: Path) -> None:
    """Garbles pages past the schema, so the file still opens but fails its check."""
    data = bytearray(path.read_bytes())
    for offset in range(len(data) - 4096 * 3, len(data) - 4096):
        data[offset] = 0x5A
    path.write_bytes(bytes(data))


def _exercises(desk: Desk) -> list[str]:
    assert desk.controller.ledger is not None
    with desk.controller.ledger.reader() as s:
        return [e.name for e in reference.list_exercises(session=s)]


def test_a_sound_ledger_is_backed_up_after_opening(qtbot: QtBot, desk: Desk, tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite"
    _ledger(path)
    desk.start(open_ledger(path))
    task = check_in_background(desk.controller, desk.dialogs)
    assert task is not None
    desk.idle()
    assert len(backup.list_backups(path)) == 1
    assert desk.dialogs.calls == []


def test_a_damaged_ledger_is_replaced_by_the_latest_good_backup(
    qtbot: QtBot, desk: Desk, tmp_path: Path
) -> None:
    path = tmp_path / "ledger.sqlite"
    _ledger(path)
    good = backup.backup(path)
    for n in range(60):  # enough pages that the damage misses the schema
        _ledger_more = open_ledger(path)
        with _ledger_more.session() as s:
            reference.create_exercise(session=s, data=reference.ExerciseInput(name=f"X{n:03d}"))
        _ledger_more.close()
    import sqlite3

    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    _damage(path)
    assert backup.integrity_problems(path)
    desk.start(open_ledger(path))
    desk.dialogs.answer_question(True)
    check_in_background(desk.controller, desk.dialogs)
    desk.idle()
    (question,) = desk.dialogs.of_kind(DialogKind.QUESTION)
    assert "integrity check" in question.text and str(good) in question.text
    desk.idle()
    assert _exercises(desk) == ["KAEDEX 2025"]
    assert not backup.integrity_problems(path)
    assert list(tmp_path.glob("ledger.sqlite.damaged-*")), "the damaged file is kept aside"
