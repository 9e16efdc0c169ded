"""The fast path of ``export-finance`` (not sealed) on an up-to-date SQLite ledger: the same
CSV, sidecar and audit record as the full path (``services.exports.export_finance_marked``),
without importing SQLAlchemy or the ORM models (about 0.5 s of the command's CPU).

Every step is the full path's own code, run on sqlite3 connections (``cli/lean.py``): the
marking (``finance_rows.finance_marking``), the rows (``finance_rows.finance_table``), the
file and its record (``services.export_record``), the actor's check (``db.actor_guard``) and
the audit entry (``db.audit_chain``). As the full path does on opening a ledger, the ledger is
held in use (``db.lock``), made owner-only (``db.backup.owner_only``), and checked to be the
file opened before and after the record is committed. Anything else (a URL, a missing file, a
schema to upgrade, ``--seal``) returns None: the full path runs, migrates, explains or seals.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from acsa_desk.cli import lean

KIND = "finance-csv"


def export_finance(args: argparse.Namespace) -> dict[str, Any] | None:
    """The record of the export (as ``export_finance_marked`` returns it), or None when the
    fast path does not apply (nothing was written)."""
    if args.seal:
        return None
    found = lean.ledger_file(args.db)
    if found is None:
        return None
    from acsa_desk.db import backup, lock

    path = found.resolve()  # what the full path opens and names (Ledger.path)
    held = lock.hold(path)
    try:
        con = lean.open_writable(path)
        if con is None:
            return None
        try:
            backup.owner_only(path)
            info = os.stat(path)
            return _export(con, path, (info.st_dev, info.st_ino), args)
        finally:
            con.close()
    finally:
        held.release()


@contextmanager
def _reading(con: sqlite3.Connection) -> Iterator[None]:
    """One read transaction: its queries see one state of the ledger."""
    con.execute("BEGIN")
    try:
        yield
    finally:
        con.execute("ROLLBACK")


def _export(con: sqlite3.Connection, path: Path, identity: tuple[int, int],
            args: argparse.Namespace) -> dict[str, Any]:
    from acsa_desk.core import marking as M
    from acsa_desk.interchange.csvfile import write_csv
    from acsa_desk.interchange.finance_rows import COLUMNS, finance_marking, finance_table
    from acsa_desk.services.export_record import write_marked

    with _reading(con):
        marking, known = finance_marking(lean.fetcher(con), args.date_from, args.date_to)
    rendering = M.render(marking, known)

    def write(target: Path) -> int:
        with _reading(con):
            return write_csv(target, COLUMNS, finance_table(lambda query: lean.cursor(con, query),
                                                            args.date_from, args.date_to))

    def record(rows: int | None) -> dict[str, Any]:
        return _record(con, path, identity, args.out, marking, rendering, rows)

    return write_marked(args.out, kind=KIND, write=write, marking=marking, rendering=rendering,
                        known=known, passphrase=None, recipients=None, record=record)


def _record(con: sqlite3.Connection, path: Path, identity: tuple[int, int], out: Path,
            marking: Any, rendering: Any, rows: int | None) -> dict[str, Any]:
    """The sidecar and the audit entry, in one write transaction (``Ledger.session``'s steps)."""
    from acsa_desk.db.actor_guard import refuse
    from acsa_desk.db.audit_chain import append_sqlite
    from acsa_desk.db.engine_paths import check_same_file, fault
    from acsa_desk.db.identity import current_user
    from acsa_desk.services.export_record import record_of, write_sidecar

    check_same_file(path, identity)
    try:
        con.execute("BEGIN IMMEDIATE")
        try:
            actor = current_user()
            refuse(lambda sql, params: con.execute(sql, params).fetchall(), actor)
            record = record_of(kind=KIND, path=out, marking=marking, rendering=rendering,
                               rows=rows, sealed_for=(), actor=actor)
            append_sqlite(con, [write_sidecar(out, record)], actor=actor)
            check_same_file(path, identity)  # before the commit: rolled back, not lost
            con.execute("COMMIT")
        except BaseException:
            if con.in_transaction:
                con.execute("ROLLBACK")
            raise
    except sqlite3.Error as exc:
        raise fault(str(exc), str(path), integrity=isinstance(exc, sqlite3.IntegrityError)) from exc
    check_same_file(path, identity)
    return record
