"""Backups through SQLite's backup API: rotation, integrity, restore, permissions."""

import os
import sqlite3
import stat
import time
from pathlib import Path

import pytest

from acsa_desk.core.errors import DatabaseProblem
from acsa_desk.db import backup
from acsa_desk.db.engine import open_ledger
from acsa_desk.services import reference


def _ledger_with_exercise(path, name="KAEDEX 2025"):
    ledger = open_ledger(path)
    with ledger.session() as s:
        reference.create_exercise(session=s, data=reference.ExerciseInput(name=name))
    ledger.close()


def _exercises(path):
    ledger = open_ledger(path)
    with ledger.reader() as s:
        names = [e.name for e in reference.list_exercises(session=s)]
    ledger.close()
    return sorted(names)


def test_backup_on_open_is_rotated_and_owner_only(tmp_path):
    path = tmp_path / "ledger.sqlite"
    _ledger_with_exercise(path)
    for _ in range(4):
        open_ledger(path, backup_on_open=True, keep_backups=3).close()
    kept = backup.list_backups(path)
    assert len(kept) == 3
    for file in [path, *kept]:
        assert stat.S_IMODE(os.stat(file).st_mode) == 0o600, file
    assert not backup.integrity_problems(kept[0])
    assert _exercises(kept[0]) == ["KAEDEX 2025"]


def test_a_migration_is_preceded_by_a_backup(tmp_path):
    import shutil

    from tests.conftest import DATA

    path = tmp_path / "old.sqlite"
    shutil.copy(DATA / "ledger-schema-0001.sqlite", path)
    open_ledger(path).close()
    (taken,) = backup.list_backups(path)
    from acsa_desk.db.schema_version import HEAD

    assert f"before-{HEAD}" in taken.name
    import sqlite3

    con = sqlite3.connect(taken)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001_first_schema"
    con.close()


def _damage(path):
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 2, min(len(data), page * 6)):
        data[offset] = 0x5A
    path.write_bytes(bytes(data))


def test_a_damaged_ledger_is_refused_and_the_latest_good_backup_offered(tmp_path):
    path = tmp_path / "ledger.sqlite"
    _ledger_with_exercise(path)
    good = backup.backup(path)
    _damage(path)
    assert backup.integrity_problems(path)
    with pytest.raises(backup.DatabaseDamaged, match="latest good backup") as info:
        open_ledger(path, check_integrity=True)
    assert info.value.backup == good
    backup.restore(good, path)
    assert _exercises(path) == ["KAEDEX 2025"]
    assert list(tmp_path.glob("ledger.sqlite.damaged-*")), "the damaged file is kept aside"


def test_restore_keeps_the_replaced_ledger(tmp_path):
    path = tmp_path / "ledger.sqlite"
    _ledger_with_exercise(path, "A")
    first = backup.backup(path)
    ledger = open_ledger(path)
    with ledger.session() as s:
        reference.create_exercise(session=s, data=reference.ExerciseInput(name="B"))
    ledger.close()
    safety = backup.restore(first, path)
    assert _exercises(path) == ["A"]
    assert safety is not None and _exercises(safety) == ["A", "B"]


def test_a_damaged_backup_is_not_restored(tmp_path):
    path = tmp_path / "ledger.sqlite"
    _ledger_with_exercise(path)
    bad = backup.backup(path)
    _damage(bad)
    with pytest.raises(DatabaseProblem, match="damaged too"):
        backup.restore(bad, path)
    assert _exercises(path) == ["KAEDEX 2025"]


def test_an_unchanged_ledger_is_not_backed_up_twice(tmp_path):
    path = tmp_path / "ledger.sqlite"
    _ledger_with_exercise(path)
    assert not backup.unchanged_since_last_backup(path)
    backup.backup(path)
    assert backup.unchanged_since_last_backup(path)
    ledger = open_ledger(path)
    with ledger.session() as s:
        reference.create_exercise(session=s, data=reference.ExerciseInput(name="Later"))
    ledger.close()
    assert not backup.unchanged_since_last_backup(path)


def test_an_unchanged_ledger_is_known_by_its_content_not_its_file_times(tmp_path):
    """A checkpoint or a reader touches the files of an unchanged ledger: no second copy."""
    path = tmp_path / "ledger.sqlite"
    ledger = open_ledger(path)
    with ledger.session() as s:
        reference.create_exercise(session=s, data=reference.ExerciseInput(name="KAEDEX 2025"))
    backup.backup(path)  # taken while the WAL holds the change
    ledger.close()  # the checkpoint writes it into the file, after the backup
    later = time.time() + 60
    for touched in (path, Path(f"{path}-wal")):
        if touched.exists():
            os.utime(touched, (later, later))
    assert backup.unchanged_since_last_backup(path)
    ledger = open_ledger(path)
    with ledger.reader() as s:
        reference.list_exercises(session=s)
    ledger.close()
    assert backup.unchanged_since_last_backup(path)


def test_a_row_written_past_the_audit_still_counts_as_a_change(tmp_path):
    path = tmp_path / "ledger.sqlite"
    _ledger_with_exercise(path)
    backup.backup(path)
    con = sqlite3.connect(path)
    with con:
        con.execute("INSERT INTO partner (code, name) VALUES ('ZZZ', 'Nobody')")
    con.close()
    assert not backup.unchanged_since_last_backup(path)


def test_a_newest_backup_that_cannot_be_read_is_no_reason_to_skip(tmp_path):
    path = tmp_path / "ledger.sqlite"
    _ledger_with_exercise(path)
    newest = backup.backup(path)
    newest.write_bytes(b"not a database at all" * 100)
    assert not backup.unchanged_since_last_backup(path)
    assert backup.content_fingerprint(newest) is None


# --- stopping the window's check and backup (the program is closing) ------------------------------


def test_a_stopped_integrity_check_gives_no_verdict(tmp_path):
    path = tmp_path / "ledger.sqlite"
    _ledger_with_exercise(path)
    stopper = backup.Stopper()
    stopper.stop()  # the window closed before the check started: interrupted at once
    with pytest.raises(backup.Stopped):
        backup.integrity_problems(path, stopper=stopper)
    assert backup.integrity_problems(path, stopper=backup.Stopper()) == []


def test_a_stopped_backup_leaves_no_copy_nor_part(tmp_path):
    path = tmp_path / "ledger.sqlite"
    _ledger_with_exercise(path)
    stopper = backup.Stopper()
    stopper.stop()
    with pytest.raises(backup.Stopped):
        backup.backup(path, stopper=stopper)
    assert backup.list_backups(path) == []
    assert not list(backup.backups_dir(path).glob("*.part"))
    made = backup.backup(path, stopper=backup.Stopper())
    assert _exercises(made) == ["KAEDEX 2025"]


def test_a_file_left_with_a_hot_journal_is_checked_after_sqlite_undoes_the_write(tmp_path):
    """A writer killed mid-transaction leaves a hot journal; a read-only connection cannot roll
    it back ("attempt to write a readonly database"), which is no fault of the file."""
    import signal
    import subprocess
    import sys

    path = tmp_path / "ledger.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x INTEGER)")
    con.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(20_000)])
    con.commit()
    con.close()
    writer = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys, time\n"
         f"c = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
         "c.execute('PRAGMA cache_size=1'); c.execute('BEGIN')\n"
         "c.execute('UPDATE t SET x = x + 1'); print('written', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True)
    assert writer.stdout is not None and writer.stdout.readline() == "written\n"
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    writer.stdout.close()
    assert (tmp_path / "ledger.sqlite-journal").exists()  # the write reached the file: hot

    assert backup.integrity_problems(path) == []
    assert backup.integrity_problems(path, quick=True) == []
    con = sqlite3.connect(backup.readonly_uri(path), uri=True)
    assert con.execute("SELECT sum(x) FROM t").fetchone() == (sum(range(20_000)),)  # undone
    con.close()
