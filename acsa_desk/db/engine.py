"""Opening a ledger: SQLite file by default, any SQLAlchemy URL on request.

SQLite is opened with foreign keys on, WAL journaling, ``synchronous=FULL`` (a committed
ledger entry survives a power cut) and a busy timeout (a second writer waits rather than
failing at once). The schema is brought to the current version by Alembic; a database
made by a newer program is refused.

Importing this module loads no ORM model (``db.models``, sqlmodel, pydantic: about 0.16 s):
the audit log's watch and the readers' guard, which need them, are imported by the first
unit of work that writes (``Ledger.session``), so that opening a ledger and checking its
schema version need not wait for them (issue 16, goal 1). Nor does it load SQLAlchemy
(about 0.3 s): each function imports what it uses, so that the window can open an
up-to-date SQLite ledger with the standard library's sqlite3 before its first paint
(:func:`open_ledger_deferred`: the ledger's engine is made on first use, after it).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from acsa_desk.core.errors import DatabaseProblem, StaleRecord
from acsa_desk.db import engine_paths
from acsa_desk.db.engine_paths import (  # noqa: F401  (re-exported)
    DEFAULT_FILENAME,
    LedgerReplaced,
    cannot_open,
    check_same_file,
    default_database_path,
    fault,
)
from acsa_desk.db.engine_paths import sqlite_pragmas as _sqlite_pragmas

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlalchemy.exc import DBAPIError
    from sqlalchemy.orm import Session

    from acsa_desk.db.actor_guard import Run  # run(sql, params) -> rows

log = logging.getLogger(__name__)

__all__ = ["DEFAULT_FILENAME", "Ledger", "default_database_path", "open_ledger"]
WRITE_OPTION = "acsa_write"
TOUCHED_KEY = "acsa_touched_orders"  # ids of orders a unit of work changes


def sqlite_url(path: Path) -> str:
    """The URL of a SQLite file, quoted: a path holding ``#``, ``?`` or ``%`` names that file."""
    from sqlalchemy.engine import URL

    return URL.create("sqlite", database=str(path)).render_as_string(hide_password=False)


def database_url(path_or_url: str | Path | None) -> str:
    """A SQLAlchemy URL for a file path, a URL, or None (the default ledger)."""
    if path_or_url is None:
        path = default_database_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        return sqlite_url(path)
    text_value = str(path_or_url)
    if "://" in text_value:
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            make_url(text_value)
        except ArgumentError as exc:
            raise DatabaseProblem(f"'{text_value}' is not a database URL") from exc
        return text_value
    return sqlite_url(ledger_path(text_value))


def ledger_path(given: str | Path) -> Path:
    """The SQLite file a ``--db`` path names (absolute), or DatabaseProblem saying why not."""
    path = Path(given).expanduser().resolve()
    if path.is_dir():
        raise DatabaseProblem(f"{path} is a folder, not a database file")
    if not path.parent.exists():
        raise DatabaseProblem(f"folder {path.parent} does not exist")
    return path


def create_ledger_engine(url: str) -> Engine:
    from sqlalchemy import create_engine, event

    is_sqlite = url.startswith("sqlite")
    kwargs: dict[str, Any] = {}
    if is_sqlite:
        kwargs["connect_args"] = {"timeout": engine_paths.BUSY_TIMEOUT_MS / 1000}
    engine = create_engine(url, **kwargs)
    if is_sqlite:
        event.listen(engine, "connect", _sqlite_pragmas)
        # Let SQLAlchemy, not pysqlite, begin transactions, so that a write lock is
        # taken at BEGIN IMMEDIATE and a second writer waits instead of deadlocking.
        event.listen(engine, "connect", _disable_pysqlite_begin)
        event.listen(engine, "begin", _begin)
    return engine


def _disable_pysqlite_begin(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None


def _begin(connection: Any) -> None:
    # A unit of work that writes takes the write lock at once (BEGIN IMMEDIATE) and so
    # waits for another writer up to the busy timeout; readers begin deferred.
    immediate = connection.get_execution_options().get(WRITE_OPTION, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def database_problem(exc: DBAPIError, where: str) -> DatabaseProblem:
    """A fault of the machine or of another program, in one line (never a traceback)."""
    from sqlalchemy.exc import IntegrityError

    return fault(str(getattr(exc, "orig", exc) or exc), where,
                 integrity=isinstance(exc, IntegrityError))


@dataclass
class Ledger:
    """An open ledger database: its engine and how to start a unit of work.

    For a SQLite file, ``identity`` is the file (device, inode) opened; every unit of work
    that writes checks, before and after its commit, that the path still names that file
    (a ledger deleted or replaced meanwhile fails loudly instead of losing the work).
    """

    engine: Engine
    url: str
    created: bool = False
    identity: tuple[int, int] | None = None
    lock: Any = None

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        database = self.engine.url.database
        if self.is_sqlite and database and database != ":memory:":
            return Path(database)
        return None

    def describe(self) -> str:
        """Where the ledger is, for status bars and messages (no password)."""
        return str(self.path) if self.path else self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def session(self, actor: str | None = None, *, check_actor: bool = True) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on any error.

        Every change it makes is written to the audit log, in the same transaction, as done
        by ``actor`` (default: the operating-system login). A registered user who is an
        auditor or no longer active is refused before anything is written (``check_actor``
        off only for recording a sign-in attempt).
        """
        # every write is audited: imported here, not with this module (see the module's text)
        from sqlalchemy.exc import DBAPIError
        from sqlalchemy.orm import Session
        from sqlalchemy.orm.exc import StaleDataError

        from acsa_desk.db import audit
        from acsa_desk.db.actor_guard import refuse_readers

        bind = self.engine.execution_options(**{WRITE_OPTION: True})
        self.check_file()
        try:
            with Session(bind, expire_on_commit=False) as session, session.begin():
                audit.watch(session, actor)
                if check_actor:
                    refuse_readers(session, audit.actor_of(session))
                yield session
                session.flush()
                self.check_file()  # before the commit: the work is rolled back, not lost
        except StaleDataError as exc:
            raise StaleRecord(self._who_changed(session)) from exc
        except DBAPIError as exc:
            raise database_problem(exc, self.describe()) from exc
        self.check_file()

    def check_file(self) -> None:
        """Refuses to go on when the ledger's path no longer names the file that was opened."""
        if self.identity is not None and self.path is not None:
            check_same_file(self.path, self.identity)

    def _who_changed(self, session: Session) -> str:
        from sqlalchemy.orm import Session

        from acsa_desk.db.models import Order

        numbers = session.info.get(TOUCHED_KEY, ())
        with Session(self.engine) as fresh:
            for order_id in numbers:
                order = fresh.get(Order, order_id)
                if order is not None:
                    return (f"order {order.number} was changed by {order.updated_by or 'another user'}"
                            f" at {order.updated_at:%Y-%m-%d %H:%M} UTC while you were editing it; "
                            "your change was not saved: reload the order and try again")
        return "the record was changed by another user; your change was not saved: reload it"

    @contextmanager
    def reader(self) -> Iterator[Session]:
        """A read-only unit of work: never waits for a writer (WAL)."""
        from sqlalchemy.exc import DBAPIError
        from sqlalchemy.orm import Session

        try:
            with Session(self.engine, expire_on_commit=False) as session, session.begin():
                yield session
        except DBAPIError as exc:
            raise database_problem(exc, self.describe()) from exc

    @contextmanager
    def sql_reader(self) -> Iterator[Run]:
        """A read-only unit of work in plain SQL: ``run(sql, params) -> rows`` (named
        ``:params``), for what is read before the window's first paint."""
        from acsa_desk.db.actor_guard import session_run

        with self.reader() as session:
            yield session_run(session)

    def close(self) -> None:
        self.engine.dispose()
        self._let_go()

    def _let_go(self) -> None:
        """The ledger-in-use hold released (once, whichever threads close the ledger)."""
        held, self.lock = self.lock, None
        if held is not None:
            held.release()


class DeferredLedger(Ledger):
    """An up-to-date SQLite ledger opened without SQLAlchemy (:func:`open_ledger_deferred`):
    its engine is made the first time it is needed, in whichever thread needs it; until
    then :meth:`sql_reader` reads through sqlite3 (the users, before the window's first
    paint). Everything else is a :class:`Ledger`'s."""

    def __init__(self, path: Path, identity: tuple[int, int], lock: Any) -> None:
        self._path = path
        self._engine: Engine | None = None
        self._making = threading.Lock()
        self.created = False
        self.identity = identity
        self.lock = lock

    @property  # type: ignore[override]
    def engine(self) -> Engine:
        with self._making:
            if self._engine is None:
                self._engine = create_ledger_engine(sqlite_url(self._path))
            return self._engine

    @property  # type: ignore[override]
    def url(self) -> str:
        return sqlite_url(self._path)

    @property
    def is_sqlite(self) -> bool:
        return True

    @property
    def path(self) -> Path:
        return self._path

    def describe(self) -> str:
        return str(self._path)

    def __repr__(self) -> str:
        return f"DeferredLedger({self._path!s})"

    def __eq__(self, other: object) -> bool:
        return self is other

    __hash__ = object.__hash__

    @contextmanager
    def sql_reader(self) -> Iterator[Run]:
        if self._engine is not None:  # made since: read as every unit of work does
            with super().sql_reader() as run:
                yield run
            return
        try:
            con = sqlite3.connect(self._path.as_uri() + "?mode=rw", uri=True,
                                  timeout=engine_paths.BUSY_TIMEOUT_MS / 1000,
                                  isolation_level=None)
        except sqlite3.Error as exc:
            raise fault(str(exc), self.describe()) from exc
        try:
            con.execute("BEGIN")  # one snapshot for the whole read, as a reader's session
            yield lambda sql, params: con.execute(sql, dict(params)).fetchall()
        except sqlite3.Error as exc:
            raise fault(str(exc), self.describe()) from exc
        finally:
            con.close()

    def close(self) -> None:
        with self._making:
            engine, self._engine = self._engine, None
        if engine is not None:
            engine.dispose()
        self._let_go()


def open_ledger(
    path_or_url: str | Path | None = None,
    *,
    migrate: bool = True,
    check_integrity: bool = False,
    backup_on_open: bool = False,
    keep_backups: int | None = None,
    create: bool = True,
    hold_lock: bool = True,
) -> Ledger:
    """Opens (creating if needed) a ledger and brings its schema up to date.

    On SQLite: ``check_integrity`` runs ``PRAGMA integrity_check`` first (a damaged file
    raises ``DatabaseDamaged`` naming the latest good backup); ``backup_on_open`` takes a
    rotated backup; a backup is always taken before a migration. Files are owner-only.
    Without ``create``, a missing file is an error naming the path (read-only commands
    never create a ledger); ``Ledger.created`` tells whether the file is new. With
    ``hold_lock`` the ledger is held in use (``db/lock.py``) until closed, so that a
    ``restore`` or a ``copy-to`` into it is refused meanwhile.
    """
    from acsa_desk.db import backup, lock

    url = database_url(path_or_url)
    keep = keep_backups or backup.DEFAULT_KEEP
    existing = _sqlite_file(url)
    created = existing is not None and not existing.exists()
    if created and not create:
        raise DatabaseProblem(
            f"no ledger at {existing}: the file does not exist (check --db; only a command "
            "that writes, such as an import or demo, creates a new ledger)")
    held = lock.hold(existing) if existing is not None and hold_lock else None
    try:
        ledger = _open(url, existing, keep, migrate=migrate, check_integrity=check_integrity,
                       backup_on_open=backup_on_open)
    except BaseException:
        if held is not None:
            held.release()
        raise
    ledger.created = created
    ledger.lock = held
    return ledger


def open_ledger_deferred(path_or_url: str | Path | None = None) -> Ledger | None:
    """What ``open_ledger(path_or_url)`` opens, without SQLAlchemy, when that is an existing
    SQLite file at the program's schema whose search index needs no repair: the ledger held in
    use, owner-only, its file's identity taken; its engine is made on first use (SQLAlchemy's
    import, about 0.3 s, then comes after the window's first paint). None for anything else
    (a URL, a new file, an older or newer schema, a file that is no ledger, a fault): the
    caller then calls :func:`open_ledger`, which upgrades, creates, explains or refuses."""
    from acsa_desk.db import backup, lock, search_index
    from acsa_desk.db.schema_version import HEAD, keyed_by_schema

    if path_or_url is not None and "://" in str(path_or_url):
        return None
    try:
        path = ledger_path(path_or_url if path_or_url is not None else default_database_path())
    except DatabaseProblem:
        return None
    if not path.is_file() or not keyed_by_schema(HEAD):
        return None
    held = lock.hold(path)
    try:
        con = sqlite3.connect(path.as_uri() + "?mode=rw", uri=True,
                              timeout=engine_paths.BUSY_TIMEOUT_MS / 1000)
        try:
            version = con.execute("SELECT version_num FROM alembic_version").fetchall()
            index = con.execute("SELECT sql FROM sqlite_master WHERE name = ?",
                                (search_index.TABLE,)).fetchall()
        finally:
            con.close()
        if version != [(HEAD,)] or search_index.needs_repair(index[0][0] if index else None):
            held.release()
            return None
        backup.owner_only(path)
        info = os.stat(path)
    except (sqlite3.Error, OSError):
        held.release()
        return None  # open_ledger says what is wrong
    except BaseException:
        held.release()
        raise
    return DeferredLedger(path, (info.st_dev, info.st_ino), held)


def _open(url: str, existing: Path | None, keep: int, *, migrate: bool, check_integrity: bool,
          backup_on_open: bool) -> Ledger:
    from sqlalchemy.exc import DatabaseError, DBAPIError

    from acsa_desk.db import backup, migrations

    if existing is not None and existing.exists():
        if check_integrity:
            backup.check_or_raise(existing)
        if backup_on_open:
            backup.backup(existing, keep=keep)
    engine = create_ledger_engine(url)
    ledger = Ledger(engine=engine, url=url)
    try:
        with engine.connect() as connection:
            current = migrations.current_revision(connection)
    except DatabaseError as exc:
        engine.dispose()
        raise cannot_open(ledger.describe(), exc.orig) from exc
    except Exception:
        engine.dispose()
        raise
    if current is not None and current not in migrations.known_revisions():
        engine.dispose()
        raise DatabaseProblem(
            f"the database {ledger.describe()} was made by a newer version of ACSA Desk "
            f"(schema {current}); this program knows schemas up to {migrations.HEAD}. "
            "Install the newer ACSA Desk to open it."
        )
    if current != migrations.HEAD:
        if not migrate:
            engine.dispose()
            raise DatabaseProblem(f"the database {ledger.describe()} needs an upgrade")
        if current is None and _has_foreign_tables(engine):
            engine.dispose()
            raise DatabaseProblem(
                f"{ledger.describe()} is not an ACSA Desk ledger (it holds other tables)"
            )
        if existing is not None and existing.exists() and current is not None:
            backup.backup(existing, keep=keep, reason=f"before-{migrations.HEAD}")
        try:
            migrations.upgrade(engine)
        except DBAPIError as exc:
            engine.dispose()
            raise database_problem(exc, f"cannot upgrade {ledger.describe()}") from exc
    if migrate:
        from acsa_desk.db import search_index
        from acsa_desk.db.schema_version import keyed_by_schema

        search_index.repair(engine)  # an orders search index made by 0014 as first landed

        # A new ledger, or one made by an earlier version, gets its key now; a ledger whose
        # schema already has keys but names none is left for verify to report (never re-keyed).
        if not keyed_by_schema(current):
            from acsa_desk.db.keying import ensure_keyed  # the ORM models: only when needed

            ensure_keyed(ledger)
    if ledger.path is not None:
        backup.owner_only(ledger.path)
        info = os.stat(ledger.path)
        ledger.identity = (info.st_dev, info.st_ino)
    return ledger


def _sqlite_file(url: str) -> Path | None:
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        return Path(str(parsed.database))
    return None


def _has_foreign_tables(engine: Engine) -> bool:
    from sqlalchemy import inspect

    names = set(inspect(engine).get_table_names())
    return bool(names - {"alembic_version"})
