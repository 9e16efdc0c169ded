"""What opening a SQLite ledger needs that does not need SQLAlchemy (read by the fast command
paths, ``cli/lean.py``, as well as by ``db/engine.py``): where the default ledger lives, the
settings of each connection, the check that the path still names the file opened, and how a
fault of the database is told in one line."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from acsa_desk.core.errors import DatabaseProblem

DEFAULT_FILENAME = "ledger.sqlite"
BUSY_TIMEOUT_MS = 15_000


def default_database_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("acsa-desk", "ACSA Desk")) / DEFAULT_FILENAME


def sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: Any = None) -> None:
    """Every connection to a SQLite ledger: foreign keys on, WAL, ``synchronous=FULL`` (a
    committed entry survives a power cut), the busy timeout, the search's folding
    and character masks."""
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()
    # the search's case and width folding, the same as PostgreSQL's (ledger_sql.search_fold)
    from acsa_desk.core.search import char_mask, search_fold

    dbapi_connection.create_function("acsa_fold", 1, search_fold, deterministic=True)
    # and the characters each search document holds (db.search_chars)
    dbapi_connection.create_function("acsa_chars", 1, char_mask, deterministic=True)


class LedgerReplaced(DatabaseProblem):
    """The ledger's file was deleted or replaced while it was open."""


def check_same_file(path: Path, identity: tuple[int, int]) -> None:
    """Refuses to go on when ``path`` no longer names the file (device, inode) opened."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        info = None
    if info is None or (info.st_dev, info.st_ino) != identity:
        what = "deleted" if info is None else "replaced by another file"
        raise LedgerReplaced(
            f"the ledger {path} was {what} while it was open; nothing more is saved "
            "to it: open the ledger again (what was saved before is in the file that "
            "was opened, or in its backups)")


def cannot_open(describe: str, why: object) -> DatabaseProblem:
    """The database could not be opened (a server unreachable or refusing the login), in
    one line: the driver's several lines (libpq adds a hint on a line of its own) joined."""
    orig = " ".join(str(why).split())
    return DatabaseProblem(f"cannot open the database {describe}: {orig}")


def fault(message: str, where: str, *, integrity: bool = False) -> DatabaseProblem:
    """A fault of the machine or of another program (the driver's ``message``), in one line
    (never a traceback); ``integrity``: a constraint refused the write."""
    text_value = message.strip().splitlines()[0]
    lowered = text_value.lower()
    if "locked" in lowered or "busy" in lowered:
        why = ("the ledger is busy: another program kept it locked for more than "
               f"{BUSY_TIMEOUT_MS // 1000} s; nothing was saved, try again")
    elif "full" in lowered or "no space" in lowered:
        why = "the disk is full; nothing was saved (free some space and try again)"
    elif "readonly" in lowered or "read-only" in lowered:
        why = "the ledger is read-only here; nothing was saved"
    elif "permission denied" in lowered or "must be owner" in lowered:
        why = f"the database refused it ({text_value}: your role may not); nothing was saved"
    elif integrity:
        why = (f"another user wrote the same records at the same time ({text_value}); "
               "nothing was saved, try again")
    else:
        why = f"the database refused the change ({text_value}); nothing was saved"
    return DatabaseProblem(f"{where}: {why}")
