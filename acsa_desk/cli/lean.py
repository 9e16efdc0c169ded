"""The fast path of read-only commands: an up-to-date SQLite ledger is read through the
standard library's sqlite3, running the same SQL as the services (services/ledger_sql.py),
so that `balances`, `overdue` and `export-finance` start without importing SQLAlchemy.

Anything else (a server URL, a missing file, a schema that needs an upgrade) returns None
and the command takes the full path, which migrates, explains, or refuses.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from acsa_desk.db.schema_version import HEAD
from acsa_desk.services.ledger_sql import Query

BUSY_TIMEOUT_S = 15


def _path(db: str | None) -> Path | None:
    if db is None:
        from acsa_desk.db.engine_paths import default_database_path

        return default_database_path()
    if "://" in db:
        return None  # a URL (quoted, maybe with options): the full path reads it
    return Path(db).expanduser()


def open_readonly(db: str | None) -> sqlite3.Connection | None:
    path = _path(db)
    if path is None or not path.is_file():
        return None
    try:
        con = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True,
                              timeout=BUSY_TIMEOUT_S)
    except sqlite3.Error:
        return None
    try:
        version = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        con.close()
        return None
    if version is None or version[0] != HEAD:
        con.close()
        return None
    return con


def fetcher(con: sqlite3.Connection) -> Callable[[Query], list[tuple[Any, ...]]]:
    def fetch(query: Query) -> list[tuple[Any, ...]]:
        return con.execute(query.sql, _params(query)).fetchall()

    return fetch


def cursor(con: sqlite3.Connection, query: Query) -> sqlite3.Cursor:
    return con.execute(query.sql, _params(query))


def _params(query: Query) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, date) else v for k, v in query.params.items()}
