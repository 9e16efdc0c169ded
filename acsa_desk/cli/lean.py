"""The fast path of read-only commands: an up-to-date SQLite ledger is read through the
standard library's sqlite3, running the same SQL as the services (services/ledger_sql.py),
so that `balances`, `overdue` and `export-finance` start without importing SQLAlchemy.
`balances` and `overdue` on a ``postgresql+psycopg://`` ledger likewise run that SQL through
psycopg itself (``open_server``), connected with the very arguments SQLAlchemy's psycopg
dialect would pass (libpq then reads PGPASSWORD, ~/.pgpass and the like as it does there).

Anything else (another URL, a missing file, a schema that needs an upgrade, a server that
refuses a query) returns None and the command takes the full path, which migrates, explains,
or refuses. A server that cannot be reached, or refuses the login, is tried once: the
command fails with the full path's message (``db.engine_paths.cannot_open``).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote

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


def ledger_file(db: str | None) -> Path | None:
    """The SQLite file ``--db`` names, if it is one that exists (else None)."""
    path = _path(db)
    return path if path is not None and path.is_file() else None


def open_readonly(db: str | None) -> sqlite3.Connection | None:
    path = ledger_file(db)
    return None if path is None else _connect(path.absolute().as_uri() + "?mode=ro")


def open_writable(path: Path) -> sqlite3.Connection | None:
    """A connection that may write (never creates a file), set up as the program's engine sets
    every connection (``engine_paths.sqlite_pragmas``), in autocommit mode: the caller says
    BEGIN, and BEGIN IMMEDIATE before it writes."""
    from acsa_desk.db.engine_paths import sqlite_pragmas

    con = _connect(path.absolute().as_uri() + "?mode=rw", isolation_level=None)
    if con is None:
        return None
    try:
        sqlite_pragmas(con)
    except sqlite3.Error:
        con.close()
        return None
    return con


def _connect(uri: str, **options: Any) -> sqlite3.Connection | None:
    """A connection to a current ledger, else None (closed)."""
    try:
        con = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, **options)
    except sqlite3.Error:
        return None
    return con if _at_head(con, sqlite3.Error) else None


def fetcher(con: sqlite3.Connection) -> Callable[[Query], list[tuple[Any, ...]]]:
    def fetch(query: Query) -> list[tuple[Any, ...]]:
        return con.execute(query.sql, _params(query)).fetchall()

    return fetch


def cursor(con: sqlite3.Connection, query: Query) -> sqlite3.Cursor:
    return con.execute(query.sql, _params(query))


def _params(query: Query) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, date) else v for k, v in query.params.items()}


SERVER_SCHEME = "postgresql+psycopg"
# SQLAlchemy's own URL pattern (sqlalchemy.engine.url._parse_url) and bind-name pattern
# (sqlalchemy.sql.elements.TextClause), so that a URL and a :name mean here what they mean there.
_URL = re.compile(
    r"""(?P<name>[\w\+]+)://
        (?:(?P<username>[^:/]*)(?::(?P<password>[^@]*))?@)?
        (?:(?:\[(?P<ipv6host>[^/\?]+)\]|(?P<ipv4host>[^/:\?]+))?(?::(?P<port>[^/\?]*))?)?
        (?:/(?P<database>[^\?]*))?
        (?:\?(?P<query>.*))?""", re.X)
_BIND = re.compile(r"(?<![:\w\x5c]):(\w+)(?![:\w])")


def connect_args(db: str | None) -> dict[str, Any] | None:
    """psycopg.connect's arguments for a ``postgresql+psycopg://`` URL, as SQLAlchemy's psycopg
    dialect makes them (user, password, host, port, dbname, then the URL's query options);
    None for anything else, or for a URL this path does not read (several hosts or ports)."""
    match = _URL.match(db or "")
    if match is None or match["name"] != SERVER_SCHEME:
        return None
    args: dict[str, Any] = {}
    for part, key in (("username", "user"), ("password", "password"), ("database", "dbname")):
        if match[part]:
            args[key] = unquote(match[part])
    host = match["ipv4host"] or match["ipv6host"]
    if host:
        args["host"] = host
    if match["port"]:
        try:
            args["port"] = int(match["port"])
        except ValueError:
            return None  # the full path explains
    query = parse_qsl(match["query"] or "")
    keys = [key for key, _ in query]
    if len(set(keys)) != len(keys) or "port" in keys or any(
            key == "host" and ("," in value or ":" in value) for key, value in query):
        return None  # several hosts or ports, a repeated option: the full path reads them
    args.update(query)
    return args


def open_server(db: str | None) -> Any | None:
    """A read-only psycopg connection to a current PostgreSQL ledger, else None."""
    args = connect_args(db)
    if args is None:
        return None
    try:
        import psycopg
    except ImportError:
        return None
    try:
        con = psycopg.connect(**args)
    except psycopg.OperationalError as exc:
        # Unreachable, or the login refused: the full path would connect with the same
        # arguments and wait for a dropping host's whole timeout a second time, to say this.
        from sqlalchemy.engine import make_url

        from acsa_desk.db.engine_paths import cannot_open

        raise cannot_open(make_url(str(db)).render_as_string(hide_password=True), exc) from exc
    except psycopg.Error:
        return None  # the full path says why, in its words
    try:
        con.read_only = True  # one read-only transaction for the whole command
    except psycopg.Error:
        con.close()
        return None
    return con if _at_head(con, psycopg.Error) else None


def _at_head(con: Any, error: type[Exception]) -> bool:
    """Whether the ledger's schema is the program's (else ``con`` is closed: the full path
    upgrades, explains or refuses)."""
    try:
        version = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except error:
        version = None
    if version is None or version[0] != HEAD:
        con.close()
        return False
    return True


def server_sql(sql: str) -> str:
    """ledger_sql's text with psycopg's parameters: ``:name`` as ``%(name)s``, ``%`` doubled."""
    return _BIND.sub(r"%(\1)s", sql.replace("%", "%%"))


def server_fetcher(con: Any) -> Callable[[Query], list[tuple[Any, ...]]]:
    def fetch(query: Query) -> list[tuple[Any, ...]]:
        return list(con.execute(server_sql(query.sql), query.params).fetchall())

    return fetch


def read_server(db: str | None, read: Callable[[Any], Any]) -> tuple[bool, Any]:
    """``(True, read(fetch))`` on a current PostgreSQL ledger; ``(False, None)`` when the fast
    path does not apply or the server refused a query (the full path then runs and explains);
    DatabaseProblem when the server cannot be reached (``open_server``)."""
    con = open_server(db)
    if con is None:
        return False, None
    import psycopg

    try:
        return True, read(server_fetcher(con))
    except psycopg.Error:
        return False, None
    finally:
        con.close()
