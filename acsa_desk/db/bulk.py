"""Bulk inserts for imports, the demo ledger and the audit log.

On SQLite the unit of work holds the write lock from its first statement (BEGIN IMMEDIATE),
so ids are assigned here and rows go to the driver's executemany with each column's own
bind processor (the stored text is exactly what SQLAlchemy would write). On PostgreSQL with
psycopg the rows go by one COPY, their ids drawn from the sequence first (``db.bulk_pg``).
Elsewhere the rows go through SQLAlchemy's insert, with RETURNING when ids are wanted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Date, DateTime, Table, insert
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from acsa_desk.db import bulk_pg

#: SQLite's page cache while a bulk write runs, in KiB (the default is 2 MiB): the orders
#: table's many indexes take rows in no order, and with a small cache their pages are
#: written to the WAL again and again while the transaction runs.
#: 16 MiB: measured on the bench's 100,000-order file (2026-12-03, three runs interleaved), as
#: fast as 64 MiB (CPU 33-38 s against 34-47 s) and 55 MiB less at peak (184 against 239 MiB).
BULK_CACHE_KIB = 16384


@contextmanager
def bulk_cache(session: Session) -> Iterator[None]:
    """A larger page cache for the session's connection while a bulk write runs (SQLite;
    nothing elsewhere), the connection's own size restored after. Durability is untouched:
    the journal and synchronous settings stay as they are."""
    connection = session.connection()
    if connection.dialect.name != "sqlite" or BULK_CACHE_KIB <= 0:
        yield
        return
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        try:
            connection.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")
        except SQLAlchemyError:  # the connection failed with the write: it is discarded
            pass


def insert_rows(session: Session, table: Table, rows: Sequence[dict[str, Any]], *,
                want_ids: bool = False) -> list[int]:
    """Inserts ``rows`` (dicts with the same keys); with ``want_ids`` the rows carry no ``id``
    and the new ids are returned, else any ``id`` in the rows is written as given."""
    if not rows:
        return []
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        if bulk_pg.usable(connection):
            copied = bulk_pg.copy_rows(connection, table, rows, want_ids)
            if copied is not None:
                return copied
        if want_ids:
            stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
            return list(connection.execute(stmt, list(rows)).scalars())
        connection.execute(insert(table), list(rows))
        return []
    columns = list(rows[0])
    ids: list[int] = []
    if want_ids:
        start = int(connection.exec_driver_sql(
            f'SELECT COALESCE(MAX(id), 0) FROM "{table.name}"').scalar() or 0) + 1
        ids = list(range(start, start + len(rows)))
        columns = ["id", *columns]
    keys = columns[1:] if want_ids else columns
    # Each column's bind processor, then what sqlite3's default adapters make of a date or
    # datetime (the same text they would write), once per distinct value of the column.
    converted = [(index, _converter(table.c[key].type.bind_processor(connection.dialect)))
                 for index, key in enumerate(keys) if _needs_conversion(table, key, connection)]
    pick = itemgetter(*keys) if len(keys) > 1 else (lambda row: (row[keys[0]],))
    memo: dict[tuple[int, Any], Any] = {}  # the same stamp or date is formatted once
    data = []
    for index, row in enumerate(rows):
        values = pick(row)
        if converted:
            values = list(values)
            for column, convert in converted:
                value = values[column]
                if value is not None:
                    key = (column, type(value), value)
                    cached = memo.get(key, memo)
                    if cached is memo:
                        cached = memo[key] = convert(value)
                    values[column] = cached
        data.append((ids[index], *values) if want_ids else tuple(values))
    names = ", ".join(f'"{name}"' for name in columns)
    marks = ", ".join("?" for _ in columns)
    connection.exec_driver_sql(f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})', data)
    return ids


def _needs_conversion(table: Table, key: str, connection: Any) -> bool:
    kind = table.c[key].type
    if kind.bind_processor(connection.dialect) is not None:
        return True
    return isinstance(kind, Date | DateTime) or isinstance(getattr(kind, "impl", None),
                                                           Date | DateTime)


def _converter(processor: Callable[[Any], Any] | None) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        if processor is not None:
            value = processor(value)
        kind = type(value)  # sqlite3's default adapters (exact types, as sqlite3 looks them up)
        if kind is datetime:
            return value.isoformat(" ")
        if kind is date:
            return value.isoformat()
        return value

    return convert
