"""Bulk inserts on PostgreSQL through psycopg: ids drawn from the table's own sequence in one
statement, the rows sent by one ``COPY ... FROM STDIN`` (``db.bulk.insert_rows``).

SQLAlchemy's multi-row ``INSERT ... VALUES ... RETURNING`` is one statement per thousand rows,
but psycopg parses each such statement (tens of thousands of placeholders) in Python, uncached:
it was about half of an import's client CPU. COPY writes the same rows: the same values (each
column's SQLAlchemy bind processor applied, as the INSERT would), the same ids (``nextval`` of
the sequence the column's default calls, in the rows' order, as the INSERT's defaults would
draw them), the server's defaults for columns not given, every constraint and row trigger
fired as for an INSERT, in the unit of work's own transaction (a failure rolls it all back).
A table this cannot write the same way (a column whose default SQLAlchemy computes, no
sequence behind ``id``) takes SQLAlchemy's insert instead (``None``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError


def usable(connection: Connection) -> bool:
    return connection.dialect.name == "postgresql" and connection.dialect.driver == "psycopg"


def copy_rows(connection: Connection, table: Table, rows: Sequence[dict[str, Any]],
              want_ids: bool) -> list[int] | None:
    """Writes ``rows`` as ``insert_rows`` does; None when the general path must (nothing
    written then)."""
    keys = list(rows[0])
    defaults: dict[str, Any] = {}  # columns left out whose default SQLAlchemy itself supplies
    for column in table.columns:
        if column.key in keys or (want_ids and column.key == "id"):
            continue
        default = column.default
        if default is None:
            continue  # the server's default, as for the INSERT
        if not getattr(default, "is_scalar", False):
            return None  # computed in Python per row: the general path
        defaults[column.key] = default.arg  # type: ignore[attr-defined]
    columns = [*keys, *defaults]
    dialect = connection.dialect
    processors = [(index, processor) for index, key in enumerate(columns)
                  if (processor := table.c[key].type.bind_processor(dialect)) is not None]
    ids: list[int] = []
    if want_ids:
        drawn = connection.exec_driver_sql(
            "SELECT nextval(pg_get_serial_sequence(%(table)s, 'id')) "
            "FROM generate_series(1, %(n)s)", {"table": f'"{table.name}"', "n": len(rows)}
        ).scalars().all()
        if any(value is None for value in drawn):
            return None  # no sequence behind id (none was drawn)
        ids = sorted(int(value) for value in drawn)  # one session's nextval: increasing
        columns = ["id", *columns]
        processors = [(index + 1, processor) for index, processor in processors]
    extra = tuple(defaults.values())
    names = ", ".join(f'"{name}"' for name in columns)
    statement = f'COPY "{table.name}" ({names}) FROM STDIN'
    driver = connection.connection.driver_connection
    assert driver is not None
    try:
        with driver.cursor() as cursor, cursor.copy(statement) as copy:
            for index, row in enumerate(rows):
                given = [row[key] for key in keys]  # every row in the first row's order
                values = [ids[index], *given, *extra] if want_ids else [*given, *extra]
                for column, processor in processors:
                    if values[column] is not None:
                        values[column] = processor(values[column])
                copy.write_row(values)
    except dialect.loaded_dbapi.Error as exc:
        raise DBAPIError.instance(statement, None, exc, dialect.loaded_dbapi.Error,
                                  dialect=dialect) from exc
    return ids
