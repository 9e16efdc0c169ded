"""Bulk inserts for imports, the demo ledger and the audit log.

On SQLite the unit of work holds the write lock from its first statement (BEGIN IMMEDIATE),
so ids are assigned here and rows go to the driver's executemany with each column's own
bind processor (the stored text is exactly what SQLAlchemy would write). Elsewhere the rows
go through SQLAlchemy's insert, with RETURNING when ids are wanted.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session


def insert_rows(session: Session, table: Table, rows: Sequence[dict[str, Any]], *,
                want_ids: bool = False) -> list[int]:
    """Inserts ``rows`` (dicts with the same keys); with ``want_ids`` the rows carry no ``id``
    and the new ids are returned, else any ``id`` in the rows is written as given."""
    if not rows:
        return []
    connection = session.connection()
    if connection.dialect.name != "sqlite":
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
    processed = [(key, proc) for key in keys
                 if (proc := table.c[key].type.bind_processor(connection.dialect)) is not None]
    pick = itemgetter(*keys) if len(keys) > 1 else (lambda row: (row[keys[0]],))
    memo: dict[tuple[str, Any], Any] = {}  # the same stamp or date is formatted once
    data = []
    for index, row in enumerate(rows):
        if processed:
            row = dict(row)
            for key, processor in processed:
                value = row[key]
                if value is not None:
                    cached = memo.get((key, value), memo)
                    if cached is memo:
                        cached = memo[(key, value)] = processor(value)
                    row[key] = cached
        values = pick(row)
        data.append((ids[index], *values) if want_ids else values)
    names = ", ".join(f'"{name}"' for name in columns)
    marks = ", ".join("?" for _ in columns)
    connection.exec_driver_sql(f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})', data)
    return ids
