"""Each search document's character mask (issue 16): which letters and digits it holds, one
bit each (``core.search.char_mask``), in the column ``chars`` of ``order_search_doc``.

A search of one or two characters has no trigram to look up, so without the mask it reads
every document (0.23 us each on SQLite, 0.7 us on PostgreSQL: 220 ms for one letter at a
million orders). With it, a search of one letter or digit is the documents whose bit is set,
counted in a narrow index, and a search of two narrows to the documents holding both before
their text is read (``services.queries``).

The database keeps the mask from the document itself, whoever writes it:

- **SQLite**: two triggers on the documents table set ``chars`` from the new text, through
  ``acsa_chars`` (``core.search.char_mask``, registered on each connection by
  ``db.engine_paths``, as ``acsa_fold`` is), and an index on ``chars`` (the rowid is the
  order's id: a covering index for the count). ``verify`` recomputes every mask
  (``problems``).
- **PostgreSQL**: a stored generated column, the same bits computed by the server with
  ``strpos`` (``pg_expression``); no role can write it. An index on (``chars``, ``id``) serves
  the count of a one-letter search without reading the documents, and statistics on each
  bit's expression (``CREATE STATISTICS``, PostgreSQL 14 and later) give the planner the
  share of documents that hold each character: without them it takes a bit's test to hold
  for 0.5 % of the documents (500 of 100,000 where 'k' holds for 75,113) and joins the orders
  to every match one by one (a first keystroke's page took 100 ms instead of 5).
"""

from __future__ import annotations

from typing import Any

from acsa_desk.core.search import MASKED
from acsa_desk.db.search_index import DOCS

COLUMN = "chars"
#: The masks' index on both backends (SQLite: on chars, the rowid being the id; PostgreSQL:
#: on chars and id).
INDEX = "ix_order_search_doc_chars"
#: Trigger name -> its statement: a new or changed document's mask set from its text.
SQLITE_TRIGGERS = {
    name: (f"CREATE TRIGGER {name} {event} ON {DOCS} BEGIN "
           f"UPDATE {DOCS} SET {COLUMN} = acsa_chars(NEW.doc) WHERE id = NEW.id; END")
    for name, event in (("order_search_doc_chars_added", "AFTER INSERT"),
                        ("order_search_doc_chars_changed", "AFTER UPDATE OF doc"))
}

#: Expression statistics need PostgreSQL 14 (``server_version_num``).
PG_STATISTICS_SINCE = 140000


def pg_statistics() -> dict[str, str]:
    """name -> the expression of one bit's test (``services.queries`` writes each bit's test
    as ``(chars & bit) = bit``, the expression these statistics describe)."""
    return {f"st_order_search_doc_chars_{i}": f"({COLUMN} & {1 << i})"
            for i in range(len(MASKED))}


def pg_expression(text: str = "doc") -> str:
    """``char_mask`` of ``text`` in PostgreSQL: bit i when ``strpos`` finds ``MASKED[i]``."""
    return " | ".join(f"((strpos({text}, '{ch}') > 0)::int::bigint << {i})"
                      for i, ch in enumerate(MASKED))


def create(connection: Any) -> None:
    """The column, filled for the documents already there, and what keeps it (a ledger that
    has it is left as it is)."""
    if has_column(connection):
        return
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql(
            f"ALTER TABLE {DOCS} ADD COLUMN {COLUMN} INTEGER NOT NULL DEFAULT 0")
        connection.exec_driver_sql(f"UPDATE {DOCS} SET {COLUMN} = acsa_chars(doc)")
        for statement in SQLITE_TRIGGERS.values():
            connection.exec_driver_sql(statement)
        connection.exec_driver_sql(f"CREATE INDEX {INDEX} ON {DOCS} ({COLUMN})")
    else:
        connection.exec_driver_sql(
            f"ALTER TABLE {DOCS} ADD COLUMN {COLUMN} bigint "
            f"GENERATED ALWAYS AS ({pg_expression()}) STORED")
        connection.exec_driver_sql(f"CREATE INDEX {INDEX} ON {DOCS} ({COLUMN}, id)")
        version = int(connection.exec_driver_sql("SHOW server_version_num").scalar())
        if version >= PG_STATISTICS_SINCE:
            for name, expression in pg_statistics().items():
                connection.exec_driver_sql(
                    f"CREATE STATISTICS {name} ON ({expression}) FROM {DOCS}")
        connection.exec_driver_sql(f"ANALYZE {DOCS}")


def drop(connection: Any) -> None:
    if not has_column(connection):
        return
    if connection.dialect.name == "sqlite":
        for name in SQLITE_TRIGGERS:
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    else:
        for name in pg_statistics():
            connection.exec_driver_sql(f"DROP STATISTICS IF EXISTS {name}")
    connection.exec_driver_sql(f"DROP INDEX IF EXISTS {INDEX}")
    connection.exec_driver_sql(f"ALTER TABLE {DOCS} DROP COLUMN {COLUMN}")


def has_column(connection: Any) -> bool:
    if connection.dialect.name == "sqlite":
        names = {row[1] for row in connection.exec_driver_sql(f"PRAGMA table_info({DOCS})")}
        return COLUMN in names
    return connection.exec_driver_sql(
        f"SELECT 1 FROM pg_attribute WHERE attrelid = '{DOCS}'::regclass "
        f"AND attname = '{COLUMN}' AND NOT attisdropped").first() is not None


def problems(connection: Any) -> list[str]:
    """For ``verify`` (SQLite; the server computes PostgreSQL's): the documents whose mask is
    not their text's (a mask edited by hand would hide an order from a short search)."""
    if connection.dialect.name != "sqlite" or not has_column(connection):
        return []
    rows = [row[0] for row in connection.exec_driver_sql(
        f"SELECT id FROM {DOCS} WHERE {COLUMN} IS NOT acsa_chars(doc) ORDER BY id LIMIT 6")]
    if not rows:
        return []
    listed = ", ".join(str(r) for r in rows[:5]) + (", ..." if len(rows) > 5 else "")
    return [f"the orders search's character masks are not in step with orders {listed} "
            "(they were changed outside the program)"]
