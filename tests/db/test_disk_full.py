"""A full disk while a backup or an export is written (issue 9, "disk full"): nothing is
lost, the partial file is removed, an earlier file is left as it was, and the command ends
in one clear line.

Without root no small filesystem can be mounted, so the fault is made where the program
meets the system: SQLite's own SQLITE_FULL for the backup (the copy's file may not grow past
a few pages: ``PRAGMA max_page_count``), and ENOSPC from the export's file writes after part
of the file is on disk.
"""

import errno
import os
import sqlite3
import sys
from pathlib import Path

import pytest

from acsa_desk import cli as cli_main
from acsa_desk.core.errors import WriteFailed
from acsa_desk.db import backup
from acsa_desk.db.engine import open_ledger
from acsa_desk.interchange import csvfile
from acsa_desk.services import demo


def _ledger(path: Path) -> Path:
    ledger = open_ledger(path)
    with ledger.session() as s:
        demo.fill_demo(session=s, orders=20, seed=7)
    ledger.close()
    return path


def _content(path: Path) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT number, billable_minor, settled_minor, status FROM acsa_order "
                           "ORDER BY number").fetchall()
    finally:
        con.close()


def _one_line(capsys, status, *fragments):
    err = capsys.readouterr().err
    assert status == 1, err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    for fragment in fragments:
        assert fragment in err, err
    return err


@pytest.fixture
def full_copies(monkeypatch):
    """Every SQLite file written as a ``.part`` (a backup's copy) holds 3 pages at most."""
    real = sqlite3.connect

    def connect(target, *args, **kwargs):
        con = real(target, *args, **kwargs)
        if str(target).endswith(".part"):
            con.execute("PRAGMA max_page_count = 3")
        return con

    monkeypatch.setattr(backup.sqlite3, "connect", connect)


def test_a_backup_on_a_full_disk_keeps_everything_and_removes_the_part(tmp_path, capsys,
                                                                         full_copies):
    path = tmp_path / "ledger.sqlite"
    _ledger(path)
    before = _content(path)
    status = cli_main.main(["--db", str(path), "backup"])
    _one_line(capsys, status, "could not be written", "full", "the ledger is unchanged")
    assert list(backup.backups_dir(path).iterdir()) == []  # no .part left behind
    assert _content(path) == before and backup.integrity_problems(path) == []


def test_an_earlier_backup_survives_a_failed_one(tmp_path, monkeypatch, capsys):
    path = tmp_path / "ledger.sqlite"
    _ledger(path)
    first = backup.backup(path)
    real = sqlite3.connect

    def connect(target, *args, **kwargs):
        con = real(target, *args, **kwargs)
        if str(target).endswith(".part"):
            con.execute("PRAGMA max_page_count = 3")
        return con

    monkeypatch.setattr(backup.sqlite3, "connect", connect)
    status = cli_main.main(["--db", str(path), "backup", "--keep", "1"])
    _one_line(capsys, status, "full")
    assert list(backup.backups_dir(path).iterdir()) == [first]  # rotation never ran
    assert backup.integrity_problems(first) == []


def test_a_sealed_backup_out_on_a_full_disk(tmp_path, capsys, full_copies, monkeypatch):
    monkeypatch.setenv("ACSA_DESK_PASSPHRASE", "correct horse battery staple")
    path = tmp_path / "ledger.sqlite"
    _ledger(path)
    out = tmp_path / "usb" / "copy.sqlite"
    out.parent.mkdir()
    status = cli_main.main(["--db", str(path), "backup", "--out", str(out)])
    _one_line(capsys, status, "full")
    assert list(out.parent.iterdir()) == []


class _FullDisk:
    """A file whose writes fail with ENOSPC once ``room`` bytes are on disk (the first
    part really is written, as on a disk that fills up)."""

    def __init__(self, handle, room):
        self._handle, self._room = handle, room

    def write(self, text):
        if len(text) > self._room:
            self._handle.write(text[: self._room])
            self._handle.flush()
            self._room = 0
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self._room -= len(text)
        return self._handle.write(text)

    def __getattr__(self, name):
        return getattr(self._handle, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._handle.__exit__(*exc)


@pytest.fixture
def full_disk(monkeypatch):
    """The export's files (``*.part``) fill the disk after 4 KiB."""
    if not sys.platform.startswith("linux"):
        pytest.skip("finds an open file's path through /proc")
    real = os.fdopen

    def fdopen(fd, *args, **kwargs):
        handle = real(fd, *args, **kwargs)
        if os.readlink(f"/proc/self/fd/{fd}").endswith(".part"):
            return _FullDisk(handle, 4096)
        return handle

    monkeypatch.setattr(csvfile.os, "fdopen", fdopen)


def test_an_export_on_a_full_disk_leaves_no_part_and_the_earlier_file(tmp_path, capsys,
                                                                        full_disk):
    path = tmp_path / "ledger.sqlite"
    _ledger(path)
    out = tmp_path / "finance.csv"
    out.write_text("the export of last month\n", encoding="utf-8")
    before = _content(path)
    status = cli_main.main(["--db", str(path), "export-finance", "--out", str(out)])
    _one_line(capsys, status, str(out), "No space left on device",
              "the earlier file is unchanged")
    assert out.read_text(encoding="utf-8") == "the export of last month\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file() and "ledger" not in p.name
                  ) == ["finance.csv"]
    assert _content(path) == before


def test_write_csv_on_a_full_disk_raises_one_error(tmp_path, full_disk):
    out = tmp_path / "rows.csv"
    with pytest.raises(WriteFailed, match="No space left on device; nothing was written"):
        csvfile.write_csv(out, ["a"], iter([["x" * 100]] * 100))
    assert list(tmp_path.iterdir()) == []
