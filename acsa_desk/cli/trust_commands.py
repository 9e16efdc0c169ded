"""Data safety commands: verify, backup, restore, copy-to."""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path
from typing import Any

from acsa_desk.cli.protection_commands import add_key_arguments, backup_to, restore_from
from acsa_desk.core.errors import DatabaseProblem


def register(sub: Any) -> None:
    p = sub.add_parser("verify", help="check the database, the audit chain and its MACs, replay "
                                      "the log against every table, re-add the ledger totals")
    p.add_argument("--anchor", action="append", default=[], metavar="ANCHOR",
                   help="an anchor (acsa1:COUNT:HASH) that must still be in the chain; repeatable")
    p.add_argument("--anchors", type=Path, metavar="FILE",
                   help="a file of anchors, one a line (e.g. the anchors file beside the ledger)")
    p.set_defaults(handler=cmd_verify)

    p = sub.add_parser("backup", help="take a backup of a SQLite ledger (rotated)")
    p.add_argument("--out", type=Path, metavar="FILE", help="write the backup to this file")
    p.add_argument("--keep", type=int, default=None, metavar="N",
                   help="how many rotated backups to keep (default 10)")
    add_key_arguments(p, sealing=True)  # backups to another folder are sealed
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("copy-to", help="copy the whole ledger into another, empty database")
    p.add_argument("target", metavar="PATH_OR_URL")
    p.set_defaults(handler=cmd_copy_to)

    p = sub.add_parser("restore", help="replace a SQLite ledger by a backup")
    p.add_argument("backup_file", type=Path, metavar="BACKUP")
    add_key_arguments(p, sealing=False)  # a sealed backup opens with its passphrase or key
    p.set_defaults(handler=cmd_restore)


def _sqlite_path(args: argparse.Namespace) -> Path:
    from acsa_desk.db.engine import _sqlite_file, database_url

    path = _sqlite_file(database_url(args.db))
    if path is None:
        raise DatabaseProblem("backup and restore are for SQLite ledgers; back up a PostgreSQL "
                              "server with pg_dump")
    return path


def cmd_verify(args: argparse.Namespace) -> int:
    from acsa_desk.db import anchors, backup
    from acsa_desk.db.engine import open_ledger
    from acsa_desk.services import integrity as whole

    wanted = [anchors.parse(text, "--anchor") for text in args.anchor]
    if args.anchors is not None:
        wanted += anchors.read_file(args.anchors)
    ledger = open_ledger(args.db, create=False)
    # SQLite's integrity check runs on a thread of its own (sqlite3 lets go of the GIL while
    # it works) beside the pass over the log: a damaged file is reported as such either way.
    integrity: list[list[str]] = []
    def check(path: Path) -> None:
        integrity.append(backup.integrity_problems(path))

    checker = None if ledger.path is None else threading.Thread(
        target=check, args=(ledger.path,), daemon=True)
    if checker is not None:
        checker.start()

    def damaged() -> bool:
        if checker is not None:
            checker.join()
        found = [line for problem in (integrity[0] if integrity else [])
                 for line in problem.splitlines() if line.strip() and not line.startswith("***")]
        if found:
            more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
            print(f"acsa-desk: integrity check failed: {found[0]}{more}", file=sys.stderr)
        return bool(found)

    try:
        with ledger.reader() as session:
            report = whole.verify(session, anchors=wanted)
    except Exception:
        if damaged():
            return 1
        raise
    if damaged():
        return 1
    for note in report.notes():
        print(f"note: {note}")
    if not report.ok:
        for problem in report.problems:  # every finding on standard output, one a line
            print(f"problem: {problem}")
        more = f" ({len(report.problems)} problems, listed above)" if len(report.problems) > 1 else ""
        print(f"acsa-desk: verify failed: {report.problems[0]}{more}", file=sys.stderr)
        return 1
    keyed = f" and MAC-checked under key {report.key_id}" if report.key_id else ""
    print(f"ok: {report.entries} audit entries chained{keyed}; {report.rows} rows in "
          f"{report.tables} tables match the log; {report.orders} orders add up; triggers and "
          f"constraints as shipped; {report.anchors_ok} anchors found; chain head {report.head}")
    print(f"anchor: {report.anchor}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from acsa_desk.db import backup
    from acsa_desk.db.engine import open_ledger

    path = _sqlite_path(args)
    open_ledger(path, create=False).close()  # refuses a file that is not a ledger
    if args.out is not None:
        note = backup_to(path, args.out, args)
        written = f"{args.out} ({note})"
    else:
        written = backup.backup(path, keep=args.keep or backup.DEFAULT_KEEP)
    print(f"backup written to {written}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from acsa_desk.db import lock

    path = _sqlite_path(args)
    with lock.exclusive(path, "restore"):
        safety = restore_from(args.backup_file, path, args)
    where = f"; the replaced ledger was saved as {safety}" if safety else ""
    print(f"restored {path} from {args.backup_file}{where}")
    return 0


def cmd_copy_to(args: argparse.Namespace) -> int:
    from acsa_desk.db import lock
    from acsa_desk.db.copy import copy_ledger
    from acsa_desk.db.engine import _sqlite_file, database_url, open_ledger
    from acsa_desk.services import integrity

    source = open_ledger(args.db, create=False)
    target_file = _sqlite_file(database_url(args.target))
    if target_file is None:
        target = open_ledger(args.target)
        counts = copy_ledger(source, target)
    else:
        with lock.exclusive(target_file, "copy-to"):
            target = open_ledger(args.target, hold_lock=False)
            counts = copy_ledger(source, target)
    with target.reader() as session:
        report = integrity.verify(session)
    if not report.ok:
        print(f"acsa-desk: the copy does not verify: {report.problems[0]}", file=sys.stderr)
        return 1
    print(f"copied {counts.get('acsa_order', 0)} orders and {counts.get('audit_entry', 0)} audit "
          f"entries to {target.describe()}; chain head {report.head}")
    return 0
