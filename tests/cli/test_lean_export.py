"""The fast path of `export-finance` (cli/lean_export.py) writes what the full path writes:
the same CSV bytes, the same sidecar, the same audit record, the same messages and refusals,
without importing SQLAlchemy."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest

from acsa_desk import cli as cli_main
from acsa_desk.cli import lean_export
from acsa_desk.db import audit_format, engine_paths
from tests.cli.helpers import cli

#: Every selection the command has (no bounds, each bound, both, a day, none of the orders).
OPTIONS = ((), ("--from", "2025-01-01"), ("--to", "2025-12-31"),
           ("--from", "2024-01-01", "--to", "2024-12-31"), ("--from", "2030-01-01"))
STAMPS = ("file", "written_at")  # what differs between two exports of the same rows


@pytest.fixture(scope="module")
def marked(tmp_path_factory):
    """A demo ledger marked PROTECTED A, with an order and an exercise marked higher."""
    db = tmp_path_factory.mktemp("lean-export") / "ledger.sqlite"
    cli("--db", db, "demo", "--orders", "60")
    with sqlite3.connect(db) as con:
        oldest = con.execute("SELECT number FROM acsa_order ORDER BY ordered_on, id").fetchone()[0]
        exercise = con.execute("SELECT name FROM exercise ORDER BY id DESC").fetchone()[0]
    cli("--db", db, "marking", "set", "--scheme", "ca", "--level", "PROTECTED A",
        "--rel-to", "CAN,JPN")
    cli("--db", db, "marking", "set", "--scheme", "ca", "--level", "PROTECTED B", "--rel-to",
        "CAN,JPN", "--caveat", "ACSA", "--order", oldest)
    cli("--db", db, "marking", "set", "--scheme", "ca", "--level", "CONFIDENTIAL",
        "--originator", "JPN", "--rel-to", "CAN", "--exercise", exercise)
    return db


_LAST = ('SELECT id, actor, entity, entity_id, action, "before", "after", packed '
         "FROM audit_entry ORDER BY id DESC LIMIT 1")


def _last_entry(db):
    if "://" in str(db):  # the suite's PostgreSQL server
        from sqlalchemy import create_engine, text

        engine = create_engine(str(db))
        with engine.connect() as c:
            row = tuple(c.execute(text(_LAST)).one())
        engine.dispose()
    else:
        with sqlite3.connect(db) as con:
            row = con.execute(_LAST).fetchone()
    return row[0], row[1:5], json.loads(audit_format.texts(*row[5:])[1])


def _export(db, out, options, capsys, monkeypatch, *, full):
    """One export in this process, by the fast path or (``full``) the services."""
    with monkeypatch.context() as patch:
        if full:
            patch.setattr(lean_export, "export_finance", lambda args: None)
        status = cli_main.main(["--db", str(db), "export-finance", "--out", str(out), *options])
    err = capsys.readouterr().err.replace(str(out), "OUT")
    side = json.loads(out.with_name(out.name + ".marking.json").read_text(encoding="utf-8"))
    entry_id, head, record = _last_entry(db)
    for key in STAMPS:
        side.pop(key), record.pop(key)
    return status, err, out.read_bytes(), side, head, record, entry_id


@pytest.mark.parametrize("options", OPTIONS, ids=lambda o: " ".join(o) or "all")
def test_fast_path_writes_what_the_full_path_writes(marked, tmp_path, capsys, monkeypatch,
                                                    options):
    full = _export(marked, tmp_path / "full.csv", options, capsys, monkeypatch, full=True)
    fast = _export(marked, tmp_path / "fast.csv", options, capsys, monkeypatch, full=False)
    assert fast[:6] == full[:6]  # status, messages, CSV bytes, sidecar, entry, record
    assert fast[6] == full[6] + 1  # one entry each, chained after the other
    assert full[5]["rows"] == len(full[2].splitlines()) - 1
    assert "ok:" in cli("--db", marked, "verify").stdout  # the chain, MACs and replay hold


@pytest.mark.postgres
def test_the_server_writes_what_the_fast_path_writes(marked, tmp_path, capsys, monkeypatch,
                                                     pg_server):
    """On PostgreSQL (the full path, the marking by the same SQL through SQLAlchemy) the same
    CSV, sidecar and record as the fast path on the SQLite ledger it was copied from."""
    from tests.pg import fresh_database

    url, drop = fresh_database(pg_server)
    try:
        cli("--db", marked, "copy-to", url)
        for options in OPTIONS:
            server = _export(url, tmp_path / "pg.csv", options, capsys, monkeypatch, full=False)
            fast = _export(marked, tmp_path / "fast.csv", options, capsys, monkeypatch,
                           full=False)
            assert server[:6] == fast[:6], options
    finally:
        drop()  # type: ignore[operator]


def test_the_markings_are_judged_on_what_the_export_holds(marked, tmp_path, capsys,
                                                          monkeypatch):
    banners = {_export(marked, tmp_path / "x.csv", options, capsys, monkeypatch,
                       full=False)[3]["banner"] for options in OPTIONS}
    assert len(banners) >= 3, banners  # the comparison above compared different markings


def test_fast_path_does_not_import_sqlalchemy(marked, tmp_path):
    out = tmp_path / "probe.csv"
    probe = (
        "import sys; from acsa_desk.cli import main; "
        f"assert main(['--db', {str(marked)!r}, 'export-finance', '--out', {str(out)!r}]) == 0; "
        "heavy = [m for m in ('sqlalchemy', 'sqlmodel', 'pydantic', 'PySide6', 'alembic') "
        "if m in sys.modules]; print('HEAVY', heavy, file=sys.stderr)"
    )
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "HEAVY []" in proc.stderr
    assert out.stat().st_size > 1000


def _full_then_lean(db, out, capsys, monkeypatch):  # type: ignore[no-untyped-def]
    """(status, standard error) of the export by the full path, then by the lean path."""
    said = []
    for full in (True, False):
        with monkeypatch.context() as patch:
            if full:
                patch.setattr(lean_export, "export_finance", lambda args: None)
            status = cli_main.main(["--db", str(db), "export-finance", "--out", str(out)])
        said.append((status, capsys.readouterr().err))
    return said


def test_an_auditor_is_refused_as_by_the_full_path(marked, tmp_path, capsys, monkeypatch):
    db = tmp_path / "ledger.sqlite"
    db.write_bytes(marked.read_bytes())
    with sqlite3.connect(db) as con:
        con.execute("INSERT INTO app_user (login, display_name, rank, appointment, role, active) "
                    "VALUES ('audra', '', '', '', 'auditor', 1)")
    monkeypatch.setenv("ACSA_DESK_USER", "audra")
    before = _last_entry(db)[0]
    said = _full_then_lean(db, tmp_path / "a.csv", capsys, monkeypatch)
    assert said[0] == said[1] and said[0][0] == 1 and "auditor" in said[0][1]
    assert _last_entry(db)[0] == before  # nothing recorded
    assert not (tmp_path / "a.csv.marking.json").exists()


def test_a_ledger_locked_past_the_busy_timeout_says_so_as_the_full_path(
        marked, tmp_path, capsys, monkeypatch):
    db = tmp_path / "ledger.sqlite"
    db.write_bytes(marked.read_bytes())
    monkeypatch.setattr(engine_paths, "BUSY_TIMEOUT_MS", 200)
    said = []
    for full in (True, False):
        blocker = sqlite3.connect(db, isolation_level=None)
        blocker.execute("BEGIN IMMEDIATE")  # another writer holds the ledger
        try:
            with monkeypatch.context() as patch:
                if full:
                    patch.setattr(lean_export, "export_finance", lambda args: None)
                status = cli_main.main(["--db", str(db), "export-finance", "--out",
                                        str(tmp_path / "b.csv")])
        finally:
            blocker.execute("ROLLBACK")
            blocker.close()
        said.append((status, capsys.readouterr().err))
    assert said[0] == said[1], said
    assert said[0][0] == 1 and said[0][1].count("\n") == 1 and "busy" in said[0][1]


def test_sealed_exports_and_other_ledgers_take_the_full_path(marked, tmp_path):
    args = cli_main.build_parser(["export-finance"]).parse_args(
        ["--db", str(marked), "export-finance", "--out", str(tmp_path / "s.csv"), "--seal"])
    assert lean_export.export_finance(args) is None
    args.seal = False
    for db in (str(tmp_path / "missing.sqlite"), "postgresql+psycopg://u@h/db"):
        args.db = db
        assert lean_export.export_finance(args) is None
    from tests.conftest import DATA

    old = tmp_path / "old.sqlite"
    old.write_bytes((DATA / "ledger-schema-0001.sqlite").read_bytes())
    args.db = str(old)
    assert lean_export.export_finance(args) is None  # needs an upgrade: the full path's work
    assert not (tmp_path / "s.csv").exists()


def test_a_machine_without_the_ledger_key_records_nothing_as_the_full_path(
        marked, tmp_path, capsys, monkeypatch):
    db = tmp_path / "ledger.sqlite"
    db.write_bytes(marked.read_bytes())
    empty = tmp_path / "no-keys"
    empty.mkdir()
    monkeypatch.setenv("ACSA_DESK_KEY_DIR", str(empty))
    before = _last_entry(db)[0]
    said = _full_then_lean(db, tmp_path / "k.csv", capsys, monkeypatch)
    assert said[0] == said[1] and said[0][0] == 1 and "key" in said[0][1], said
    assert _last_entry(db)[0] == before
