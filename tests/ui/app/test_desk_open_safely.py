"""Opening a ledger in the window: integrity check, backup, and the offer of a good backup."""

from pathlib import Path

from acsa_desk.cli.window import open_first_ledger
from acsa_desk.db import backup
from acsa_desk.db.engine import open_ledger
from acsa_desk.services import reference
from acsa_desk.ui.dialogs import DialogKind, ScriptedDialogs


def _ledger(path: Path) -> None:
    ledger = open_ledger(path)
    with ledger.session() as s:
        reference.create_exercise(session=s, data=reference.ExerciseInput(name="KAEDEX 2025"))
    ledger.close()


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, min(len(data), 4096 * 6)):
        data[offset] = 0x5A
    path.write_bytes(bytes(data))


def test_opening_takes_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite"
    _ledger(path)
    opened = open_first_ledger(str(path), ScriptedDialogs())
    assert opened is not None
    opened.close()
    assert len(backup.list_backups(path)) == 1


def test_a_damaged_ledger_offers_the_latest_good_backup(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite"
    _ledger(path)
    good = backup.backup(path)
    _damage(path)
    dialogs = ScriptedDialogs()
    dialogs.answer_question(True)
    opened = open_first_ledger(str(path), dialogs)
    assert opened is not None
    (question,) = dialogs.of_kind(DialogKind.QUESTION)
    assert "integrity check" in question.text and str(good) in question.text
    with opened.reader() as s:
        assert [e.name for e in reference.list_exercises(session=s)] == ["KAEDEX 2025"]
    opened.close()
    assert list(tmp_path.glob("ledger.sqlite.damaged-*"))


def test_declining_the_backup_opens_nothing(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite"
    _ledger(path)
    backup.backup(path)
    _damage(path)
    dialogs = ScriptedDialogs()
    dialogs.answer_question(False, False)  # no to the backup, no to another file
    assert open_first_ledger(str(path), dialogs) is None
    restore, other = dialogs.of_kind(DialogKind.QUESTION)
    assert "Restore the latest good backup" in restore.text
    assert "is damaged" in other.text and "Choose another database file?" in other.text
