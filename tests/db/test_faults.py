"""Faults that used to lose work or mislead (issue 9, section 5): each ends loudly, in one line.

A ledger replaced while written, a restore under an open window, a mistyped --db, a
read-only file, a path holding # ? %, the leftovers of failed backups, world-readable exports.
"""

import os
import shutil
import sqlite3
import stat
import time

import pytest

from acsa_desk.db import backup, lock
from acsa_desk.db.engine import LedgerReplaced, open_ledger
from acsa_desk.services import reference
from tests.cli.helpers import cli, one_line_error


def _exercise(ledger, name):
    with ledger.session() as s:
        reference.create_exercise(session=s, data=reference.ExerciseInput(name=name))


def _names(path):
    con = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in con.execute("SELECT name FROM exercise"))
    finally:
        con.close()


def _mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


# --- the ledger's file replaced or deleted while open --------------------------------------


@pytest.mark.parametrize("how", ["replaced", "deleted"])
def test_a_write_to_a_ledger_replaced_or_deleted_meanwhile_fails_loudly(tmp_path, how):
    path = tmp_path / "ledger.sqlite"
    ledger = open_ledger(path)
    _exercise(ledger, "before")
    other = tmp_path / "other.sqlite"
    shutil.copy(path, other)
    if how == "replaced":
        os.replace(other, path)
    else:
        path.unlink()
    with pytest.raises(LedgerReplaced, match=how):
        _exercise(ledger, "lost?")
    ledger.close()
    if how == "replaced":
        assert _names(path) == ["before"]


def test_a_ledger_replaced_during_a_unit_of_work_rolls_it_back(tmp_path):
    path = tmp_path / "ledger.sqlite"
    ledger = open_ledger(path)
    _exercise(ledger, "before")
    shutil.copy(path, tmp_path / "copy.sqlite")
    with pytest.raises(LedgerReplaced), ledger.session() as s:
        reference.create_exercise(session=s, data=reference.ExerciseInput(name="during"))
        os.replace(tmp_path / "copy.sqlite", path)  # e.g. a restore from another program
    ledger.close()
    assert _names(path) == ["before"]


# --- the ledger-in-use lock ------------------------------------------------------------------


def test_restore_is_refused_while_the_ledger_is_open(tmp_path):
    path = tmp_path / "ledger.sqlite"
    window = open_ledger(path)  # as the window holds it
    _exercise(window, "saved by the window")
    taken = backup.backup(path)
    one_line_error(cli("--db", path, "restore", taken, check=False), "in use")
    window.close()
    assert cli("--db", path, "restore", taken).returncode == 0


def test_copy_to_an_open_target_is_refused(tmp_path):
    source = tmp_path / "source.sqlite"
    open_ledger(source).close()
    target = tmp_path / "target.sqlite"
    held = open_ledger(target)
    one_line_error(cli("--db", source, "copy-to", target, check=False), "in use")
    held.close()


def test_the_lock_goes_when_the_ledger_is_closed(tmp_path):
    path = tmp_path / "ledger.sqlite"
    ledger = open_ledger(path)
    with pytest.raises(Exception, match="in use"), lock.exclusive(path, "restore"):
        pass
    ledger.close()
    with lock.exclusive(path, "restore"):
        pass


# --- which commands create a ledger -------------------------------------------------------


@pytest.mark.parametrize("command", [
    ["verify"], ["balances", "--json"], ["overdue", "--json"], ["backup"],
    ["export-finance", "--out", "{tmp}/f.csv"], ["statement", "--partner", "JPN", "--out",
                                                 "{tmp}/s.pdf"],
    ["annual-report", "--year", "2025", "--out", "{tmp}/a.pdf"], ["copy-to", "{tmp}/t.sqlite"],
])
def test_a_command_that_only_reads_never_creates_a_ledger(tmp_path, command):
    missing = tmp_path / "mistyped.sqlite"
    args = [a.replace("{tmp}", str(tmp_path)) for a in command]
    one_line_error(cli("--db", missing, *args, check=False), f"no ledger at {missing}")
    assert not missing.exists()
    assert not (tmp_path / "t.sqlite").exists()


def test_a_writing_command_says_it_created_a_ledger(tmp_path):
    path = tmp_path / "new.sqlite"
    first = cli("--db", path, "demo", "--orders", "3")
    assert f"new ledger created at {path}" in first.stderr
    again = cli("--db", path, "demo", "--orders", "3")
    assert "new ledger created" not in again.stderr


# --- paths and permissions ---------------------------------------------------------------------


def test_a_path_with_hash_question_mark_and_percent_names_that_file(tmp_path):
    plain = tmp_path / "h"
    odd = tmp_path / "h#1?x=%41.sqlite"
    cli("--db", plain, "demo", "--orders", "2")
    cli("--db", odd, "demo", "--orders", "5")
    assert odd.is_file()
    verified = cli("--db", odd, "verify").stdout
    assert "5 orders add up" in verified
    out = tmp_path / "f.csv"
    cli("--db", odd, "export-finance", "--out", out)
    con = sqlite3.connect(odd)
    lines = con.execute("SELECT count(*) FROM order_line").fetchone()[0]
    con.close()
    assert len(out.read_text(encoding="utf-8").splitlines()) == lines + 1


def test_a_read_only_ledger_is_never_made_writable(tmp_path):
    path = tmp_path / "ro.sqlite"
    cli("--db", path, "demo", "--orders", "2")
    os.chmod(path, 0o444)
    cli("--db", path, "verify")
    assert _mode(path) & 0o222 == 0
    bad = tmp_path / "s.csv"
    bad.write_text("order_number,settled_on,method,amount,currency\nX,2025-01-01,cash,1,CAD\n")
    cli("--db", path, "import-settlements", bad, check=False)
    assert _mode(path) & 0o222 == 0


def test_exports_and_backups_are_owner_only(tmp_path):
    path = tmp_path / "ledger.sqlite"
    cli("--db", path, "demo", "--orders", "3")
    os.umask(old := os.umask(0o022))
    out = tmp_path / "f.csv"
    cli("--db", path, "export-finance", "--out", out)
    assert _mode(out) == 0o600
    taken = cli("--db", path, "backup").stdout.split()[-1]
    assert _mode(taken) == 0o600
    assert old is not None


def test_rotation_removes_what_killed_backups_left(tmp_path):
    path = tmp_path / "ledger.sqlite"
    open_ledger(path).close()
    folder = backup.backups_dir(path)
    folder.mkdir()
    stale = folder / "ledger-20250101T000000000000Z.sqlite.part"
    stale.write_bytes(b"\0" * 4096)
    old = time.time() - 2 * backup.STALE_PART_SECONDS
    os.utime(stale, (old, old))
    fresh = folder / "ledger-20990101T000000000000Z.sqlite.part"  # another program's, now
    fresh.write_bytes(b"\0")
    backup.backup(path)
    assert not stale.exists() and fresh.exists()


def test_a_failed_backup_leaves_no_part_file(tmp_path):
    path = tmp_path / "ledger.sqlite"
    path.write_bytes(b"not a database, " * 512)  # the copy fails half-way in
    with pytest.raises(sqlite3.DatabaseError):
        backup.copy_database(path, tmp_path / "copy.sqlite")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ledger.sqlite"]


# --- tracebacks that were one line ------------------------------------------------------------


def test_a_date_out_of_range_is_a_usage_error(tmp_path):
    path = tmp_path / "ledger.sqlite"
    cli("--db", path, "demo", "--orders", "2")
    proc = cli("--db", path, "overdue", "--as-of", "0001-01-01", check=False)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "1950-01-01" in proc.stderr


def test_a_ledger_locked_past_the_busy_timeout_is_one_line(tmp_path, monkeypatch, capsys):
    from acsa_desk import cli as cli_main
    from acsa_desk.db import engine_paths

    path = tmp_path / "ledger.sqlite"
    open_ledger(path).close()
    rows = tmp_path / "o.csv"
    rows.write_text("order_number,exercise,partner,direction,ordered_on,settlement_method,"
                    "currency,category,description,unit_of_issue,quantity,unit_price\n"
                    "A-1,K,JPN,provided,2025-06-03,cash,CAD,fuel,Diesel,L,1,1.00\n")
    monkeypatch.setattr(engine_paths, "BUSY_TIMEOUT_MS", 200)
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        status = cli_main.main(["--db", str(path), "import-orders", str(rows)])
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    err = capsys.readouterr().err
    assert status == 1 and err.count("\n") == 1 and "busy" in err, err
