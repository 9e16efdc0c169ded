"""Building a new SQLite ledger in bulk (the demo ledger): into a temporary file beside the
ledger's path, moved into place only once complete.

The build writes in one transaction with the crash safety of a normal ledger turned off
(``synchronous=OFF``, the rollback journal in memory instead of the WAL, a large page cache):
what a power cut or a failure meanwhile leaves is the temporary file, never a half ledger at
the path, and the temporary file is removed on any failure. Every rule still holds: the
same schema, triggers, foreign keys and audit log as any ledger, written by the same code.
When the build is done the file is put back in WAL mode (what every program opening it sets
anyway) and linked to the ledger's path, which must still be free (no ledger is replaced).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import event

from acsa_desk.core.errors import DatabaseProblem

T = TypeVar("T")

#: The page cache of the build's connection (KiB; SQLite's default is 2 MiB): the tables'
#: and indexes' pages being filled stay in memory instead of being written out again and again.
CACHE_KIB = 262_144
SUFFIXES = ("", "-journal", "-wal", "-shm", ".lock")


def new_sqlite_path(path_or_url: str | Path | None) -> Path | None:
    """The path of the SQLite ledger named (as ``open_ledger`` reads it) when no file is
    there yet; None for an existing file or another database."""
    from sqlalchemy.engine import make_url

    from acsa_desk.db.engine import database_url

    parsed = make_url(database_url(path_or_url))
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    path = Path(str(parsed.database))
    return None if path.exists() else path


def building_path(target: Path) -> Path:
    """The temporary file a new ledger at ``target`` is built in (beside it: same disk)."""
    return target.with_name(f".{target.name}.building-{os.getpid()}")


def _bulk_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Runs after the ledger's own pragmas (WAL, synchronous=FULL): the only connection to a
    # file nobody else knows of, so the journal mode can change.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode = MEMORY")
    cursor.execute("PRAGMA synchronous = OFF")
    cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    cursor.execute("PRAGMA temp_store = MEMORY")
    cursor.close()


def _remove(path: Path) -> None:
    for suffix in SUFFIXES:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{path}{suffix}")


@contextlib.contextmanager
def _removed_on_failure(path: Path) -> Iterator[None]:
    try:
        yield
    except BaseException:
        _remove(path)
        raise


def _move(temp: Path, target: Path) -> None:
    try:
        os.link(temp, target)  # never replaces a file that appeared at target meanwhile
    except FileExistsError as exc:
        raise DatabaseProblem(f"{target} appeared while the new ledger was being built; it "
                              "was left alone and the new ledger was not kept") from exc
    except OSError:  # a file system without hard links
        if target.exists():
            raise DatabaseProblem(f"{target} appeared while the new ledger was being built; "
                                  "it was left alone and the new ledger was not kept") from None
        os.rename(temp, target)


def build_new(target: Path, fill: Callable[[Any], T]) -> T:
    """Creates the ledger ``target`` (a path where no file is) by ``fill(ledger)``, built in
    a temporary file and moved into place when ``fill`` has returned; on any failure nothing
    is left at ``target`` and the temporary file is removed."""
    from acsa_desk.db.engine import open_ledger

    if target.exists():
        raise DatabaseProblem(f"{target} already exists: a new ledger is built only where "
                              "no file is")
    temp = building_path(target)
    _remove(temp)
    with _removed_on_failure(temp):
        ledger = open_ledger(temp)  # the schema, the key and the first entries, as any ledger
        try:
            ledger.engine.dispose()  # the next connection gets the bulk pragmas
            event.listen(ledger.engine, "connect", _bulk_pragmas)
            result = fill(ledger)
        finally:
            ledger.close()
        connection = sqlite3.connect(temp)
        try:
            mode = connection.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        finally:
            connection.close()
        if str(mode).lower() != "wal":
            raise DatabaseProblem(f"{temp}: the finished ledger could not be put in WAL mode")
        _move(temp, target)
    _remove(temp)
    return result
