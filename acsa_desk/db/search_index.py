"""The orders search's text index (issue 16): what the search box looks through, and how each
backend finds it without reading every order.

The search (``services.queries``) finds an order whose folded text (``core.search.search_fold``)
holds the folded search anywhere in one of four places: the order's ``search_text`` (number,
units, lines' descriptions, folded when written), its other searched columns joined by spaces
(``SEARCHED_COLUMNS``), one of its invoices' references, one of its settlements' references.

- **SQLite**: an FTS5 table ``order_search`` with the trigram tokenizer (rowid = the order's
  id), one document per order: those places folded, separated by ``SEP``, a character no
  folded text and no folded search can hold (NFKC turns the ohm sign into omega), so a match
  never spans two places, exactly as the four separate comparisons. The search is a GLOB on
  the document (case-sensitive: both sides are folded already, and FTS5's own case folding
  would differ from Python's) for a search of one or two characters, which no trigram can
  find (every document is read); a longer one is the phrase of its trigrams in the FTS5
  index (``phrase_query``), which finds exactly the documents holding it.
  Triggers keep the document in step with the order, its invoices and its settlements in the
  same statement (no unit of work can leave it behind); they call ``acsa_fold``, which
  ``db.engine`` registers on every connection.
- **PostgreSQL**: the same documents, in a plain table of the same name, kept by a trigger
  function (``PG_TRIGGERS``) from the folded texts the rows keep (``PG_FOLDED``: stored
  generated columns, computed by the server when a row is written, with the expression of
  ``search_fold`` in SQL, so nothing is folded at a search). The search is a LIKE on the
  document: through a ``pg_trgm`` GIN index for three characters or more, by reading the
  narrow table for fewer. If the extension cannot be created by the ledger's owner, the
  migration leaves the index out (the search still works, reading every document) and says
  so; ``trigram_indexes`` makes it later, once a superuser has run
  ``CREATE EXTENSION pg_trgm``.

On both backends each document also keeps a mask of the letters and digits it holds
(``db.search_chars``), which a search of one or two characters reads first.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

log = logging.getLogger(__name__)

TABLE = "order_search"  # SQLite: the FTS5 index ...
DOCS = "order_search_doc"  # ... of these documents (its external content)
#: Between two places of a document: NFKC makes it U+03A9, so no folded text holds it.
SEP = "\u2126"
#: Order columns the search box looks through besides ``search_text`` (joined by spaces).
SEARCHED_COLUMNS = ("partner_order_number", "requesting_poc", "supplying_poc", "delivery_place",
                    "ordering_official_name", "issuing_official_name")
REFERENCE_TABLES = ("invoice", "settlement")


def joined_sql(prefix: str = "") -> str:
    """The order's searched columns joined by spaces (``prefix``: ``NEW.``, ``acsa_order.``)."""
    return " || ' ' || ".join(f"coalesce({prefix}{c}, '')" for c in SEARCHED_COLUMNS)


def pg_fold_sql(expression: str) -> str:
    """``search_fold`` in PostgreSQL: NFKC, then lower case under ICU's root collation."""
    return f'lower(normalize({expression}, NFKC) COLLATE "und-x-icu")'


# --- SQLite ------------------------------------------------------------------------------------

def _document_sql(prefix: str, order_id: str) -> str:
    references = " || ".join(  # in the order they were recorded, as the triggers append them
        f"coalesce((SELECT group_concat(t, '') FROM (SELECT '{SEP}' || acsa_fold(r.reference) "
        f"AS t FROM {table} r WHERE r.order_id = {order_id} ORDER BY r.id)), '')"
        for table in REFERENCE_TABLES)
    return (f"{prefix}search_text || '{SEP}' || acsa_fold({joined_sql(prefix)}) || "
            f"{references}")


#: The triggers a bulk write sets aside (``deferred``): those that fire once per new row.
ADDED_TRIGGERS = ("order_search_order_added",
                  *(f"order_search_{table}_added" for table in REFERENCE_TABLES))


@contextmanager
def deferred(connection: Any) -> Iterator[None]:
    """For a bulk write inside one transaction (SQLite; nothing elsewhere): the row triggers
    that index each new order, invoice and settlement are dropped while it writes, then the
    documents of the orders it added or gave a new reference are made once, set by set, and
    the triggers created again, all in the same transaction (DDL is transactional in SQLite:
    a rollback or a killed process leaves the triggers and the index as they were). The
    documents are the text the triggers would have left (``problems`` recomputes them). The
    triggers are back whatever happens; the documents are made only when the write
    succeeded (a failed write is rolled back whole)."""
    if connection.dialect.name != "sqlite":
        yield
        return
    present = {name for (name,) in connection.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    if not all(name in present for name in ADDED_TRIGGERS):
        yield  # a ledger before migration 0014 (or a partial one): nothing to defer
        return
    last = {table: int(connection.exec_driver_sql(
        f"SELECT coalesce(max(id), 0) FROM {table}").scalar() or 0)
        for table in ("acsa_order", *REFERENCE_TABLES)}
    for name in ADDED_TRIGGERS:
        connection.exec_driver_sql(f"DROP TRIGGER {name}")
    written = False
    try:
        yield
        written = True
    finally:
        try:
            if written:
                _index_since(connection, last)
            for name in ADDED_TRIGGERS:
                connection.exec_driver_sql(SQLITE_TRIGGERS[name])
        except Exception:
            if written:
                raise
            # the write failed and so may the connection: its transaction is rolled back,
            # which brings the triggers back; the write's own error is the one to report


def _index_since(connection: Any, last: dict[str, int]) -> None:
    """The documents of the orders added after ``last['acsa_order']`` and of the older
    orders that got an invoice or settlement after theirs."""
    known = last["acsa_order"]
    connection.exec_driver_sql(_fill_sql(f" WHERE id > {known}"))
    connection.exec_driver_sql(
        f"INSERT INTO {TABLE} (rowid, doc) SELECT id, doc FROM {DOCS} WHERE id > {known} "
        "ORDER BY id")
    touched = " UNION ".join(
        f"SELECT order_id FROM {table} WHERE id > {last[table]} AND order_id <= {known}"
        for table in REFERENCE_TABLES)
    remade = f"(SELECT {_document_sql('o.', 'o.id')} FROM acsa_order o WHERE o.id = {DOCS}.id)"
    # id IN an uncorrelated subquery: SQLite reads it once
    for step in _reindex_steps(f"id IN ({touched})", remade):
        connection.exec_driver_sql(step)


def not_modelled(name: str | None, type_: str, parent: Any = None) -> bool:
    """For Alembic's ``include_name``: False for the FTS5 table and its shadow tables and for
    PostgreSQL's folded columns, which no model describes (they hold no ledger data of their
    own, only what the search reads)."""
    if type_ == "column":
        table = parent.get("table_name") if isinstance(parent, dict) else None
        return (table, name) not in PG_FOLDED
    return not (type_ == "table" and name is not None
                and (name == TABLE or name.startswith(f"{TABLE}_")))


def _changed(column: str) -> str:
    return f"NEW.{column} IS NOT OLD.{column}"


def _reindex_steps(where: str, new_doc: str) -> tuple[str, str, str]:
    """The documents ``where`` picks become ``new_doc`` (the FTS5 index forgets the old text,
    as an external-content table asks, then learns the new)."""
    return (f"INSERT INTO {TABLE} ({TABLE}, rowid, doc) SELECT 'delete', id, doc FROM {DOCS} "
            f"WHERE {where}",
            f"UPDATE {DOCS} SET doc = {new_doc} WHERE {where}",
            f"INSERT INTO {TABLE} (rowid, doc) SELECT id, doc FROM {DOCS} WHERE {where}")


def _reindexed(order_id: str, new_doc: str) -> str:
    """Trigger steps: the order's document becomes ``new_doc``."""
    return "".join(f"{step}; " for step in _reindex_steps(f"id = {order_id}", new_doc))


def _fill_sql(where: str) -> str:
    """The documents of the orders ``where`` picks, made from their rows."""
    return (f"INSERT INTO {DOCS} (id, doc) SELECT id, "
            f"{_document_sql('acsa_order.', 'acsa_order.id')} FROM acsa_order{where} ORDER BY id")


#: The document of the order of a new invoice or settlement, made again whole: always the
#: same text for the same rows (``problems`` recomputes it).
_REMADE = f"(SELECT {_document_sql('o.', 'o.id')} FROM acsa_order o WHERE o.id = NEW.order_id)"

SQLITE_TRIGGERS = {
    "order_search_order_added": (
        "CREATE TRIGGER order_search_order_added AFTER INSERT ON acsa_order BEGIN "
        f"INSERT INTO {DOCS} (id, doc) VALUES (NEW.id, {_document_sql('NEW.', 'NEW.id')}); "
        f"INSERT INTO {TABLE} (rowid, doc) SELECT id, doc FROM {DOCS} WHERE id = NEW.id; END"),
    "order_search_order_changed": (
        "CREATE TRIGGER order_search_order_changed AFTER UPDATE OF search_text, "
        f"{', '.join(SEARCHED_COLUMNS)} ON acsa_order WHEN "
        f"{' OR '.join(_changed(c) for c in ('search_text', *SEARCHED_COLUMNS))} BEGIN "
        f"{_reindexed('NEW.id', _document_sql('NEW.', 'NEW.id'))}END"),
    **{f"order_search_{table}_added": (
        f"CREATE TRIGGER order_search_{table}_added AFTER INSERT ON {table} BEGIN "
        f"{_reindexed('NEW.order_id', _REMADE)}"
        "END") for table in REFERENCE_TABLES},
}


def create_sqlite(connection: Any) -> None:
    """The documents and their FTS5 index, filled for every order, and the triggers that keep
    them."""
    connection.exec_driver_sql(
        f"CREATE TABLE {DOCS} (id INTEGER PRIMARY KEY REFERENCES acsa_order (id), "
        "doc TEXT NOT NULL)")
    connection.exec_driver_sql(
        f"CREATE VIRTUAL TABLE {TABLE} USING fts5(doc, content = '{DOCS}', content_rowid = 'id', "
        "tokenize = 'trigram case_sensitive 1', columnsize = 0)")
    connection.exec_driver_sql(_fill_sql(""))
    connection.exec_driver_sql(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('rebuild')")
    for statement in SQLITE_TRIGGERS.values():
        connection.exec_driver_sql(statement)


def repair(engine: Any) -> None:
    """Rebuilds an index made by migration 0014 as it first landed (2026-12-02 14:09-14:25,
    ``detail = 'none'``: no positions, so no phrase queries); a no-op on any other ledger."""
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as connection:
        sql = connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE name = ?", (TABLE,)).scalar()
    if needs_repair(sql):
        log.warning("rebuilding the orders search's index (made without positions)")
        from acsa_desk.db import search_chars  # (0017's, on a ledger upgraded to it)

        with engine.begin() as connection:
            drop_sqlite(connection)
            create_sqlite(connection)
            search_chars.create(connection)


def needs_repair(sql: object) -> bool:
    """Whether the SQLite index's CREATE statement (``sqlite_master.sql``; None: no index) is
    0014's as first landed, which :func:`repair` rebuilds."""
    return sql is not None and "detail = 'none'" in str(sql)


def drop_sqlite(connection: Any) -> None:
    for name in SQLITE_TRIGGERS:
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS {TABLE}")
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS {DOCS}")


def problems(connection: Any) -> list[str]:
    """For ``verify``: the orders whose document is missing or is not what their
    rows make (a document edited by hand changes what the search finds); empty when in step."""
    if connection.dialect.name == "sqlite":
        differs = f"d.doc IS NOT {_document_sql('o.', 'o.id')}"
    else:
        differs = f"d.doc IS DISTINCT FROM {_pg_document_sql('o.id')}"
    rows = connection.exec_driver_sql(
        f"SELECT o.id FROM acsa_order o LEFT JOIN {DOCS} d ON d.id = o.id "
        f"WHERE {differs} ORDER BY o.id LIMIT 6").all()
    extra = connection.exec_driver_sql(
        f"SELECT count(*) FROM {DOCS} d WHERE NOT EXISTS (SELECT 1 FROM acsa_order o "
        "WHERE o.id = d.id)").scalar()
    found = []
    if rows:
        listed = ", ".join(str(r[0]) for r in rows[:5]) + (", ..." if len(rows) > 5 else "")
        found.append(f"the orders search's index is not in step with orders {listed} "
                     "(its documents were changed outside the program)")
    if extra:
        found.append(f"the orders search's index holds {extra} documents of no order")
    return found


def glob_pattern(folded: str) -> str:
    """A GLOB pattern for ``folded`` anywhere (its own ``*``, ``?`` and ``[`` taken literally),
    checked by SQLite on the documents table itself: FTS5's own reading of GLOB patterns
    (SQLite 3.40) misses runs of one or two multibyte characters and can crash on a bracket
    beside them, so FTS5 is only ever given ``phrase_query``."""
    escaped = "".join(f"[{ch}]" if ch in "*?[" else ch for ch in folded)
    return f"*{escaped}*"


def phrase_query(folded: str) -> str | None:
    """The FTS5 query for the documents holding ``folded`` (three characters or more): one
    quoted string, which the trigram tokenizer turns into the phrase of its trigrams, each
    at the position after the last: exactly the documents holding the text (a phrase never
    spans two places, since every trigram across a separator holds it). None for fewer than
    three characters, which no trigram can find (the GLOB then reads every document)."""
    if len(folded) < 3:
        return None
    return '"' + folded.replace('"', '""') + '"'


# --- PostgreSQL --------------------------------------------------------------------------------

#: (table, column) -> what the server keeps in it: the folded texts ``services.queries``
#: compares besides ``search_text`` (which the program folds when it writes it). No model
#: has them (``not_modelled``): nothing but the search reads them, and the server alone
#: writes them.
PG_FOLDED = {
    ("acsa_order", "searched_fold"): pg_fold_sql(joined_sql()),
    **{(table, "reference_fold"): pg_fold_sql("reference") for table in REFERENCE_TABLES},
}
#: name -> (table, the column indexed): the documents ``services.queries`` compares.
PG_INDEXES = {"ix_order_search_doc_trgm": (DOCS, "doc")}


def _pg_document_sql(order_id: str) -> str:
    """An order's document on PostgreSQL, from the folded texts its rows keep: the text
    SQLite's triggers make (``_document_sql``), references in the order they were recorded."""
    references = " || ".join(
        f"coalesce((SELECT string_agg('{SEP}' || r.reference_fold, '' ORDER BY r.id) "
        f"FROM {table} r WHERE r.order_id = {order_id}), '')" for table in REFERENCE_TABLES)
    return (f"(SELECT its.search_text || '{SEP}' || its.searched_fold || {references} "
            f"FROM acsa_order its WHERE its.id = {order_id})")


PG_DOCUMENT_FUNCTION = "acsa_search_document"
#: The trigger function: a new order's document from its own row (it has no reference yet);
#: an order whose searched texts changed, or that got an invoice or a settlement, has its
#: document made again whole. AFTER triggers: the generated columns are filled by then.
_PG_FUNCTION_SQL = (
    f"CREATE OR REPLACE FUNCTION {PG_DOCUMENT_FUNCTION}() RETURNS trigger LANGUAGE plpgsql "
    "AS $$ BEGIN "
    "IF TG_TABLE_NAME <> 'acsa_order' THEN "
    f"UPDATE {DOCS} SET doc = {_pg_document_sql('NEW.order_id')} WHERE id = NEW.order_id; "
    "ELSIF TG_OP = 'INSERT' THEN "
    f"INSERT INTO {DOCS} (id, doc) VALUES (NEW.id, NEW.search_text || '{SEP}' || "
    "NEW.searched_fold); "
    f"ELSE UPDATE {DOCS} SET doc = {_pg_document_sql('NEW.id')} WHERE id = NEW.id; "
    "END IF; RETURN NULL; END $$")
_PG_CHANGED = " OR ".join(f"NEW.{c} IS DISTINCT FROM OLD.{c}"
                          for c in ("search_text", *SEARCHED_COLUMNS))
#: name -> (table, when it fires: before and after ``ON table``).
PG_TRIGGERS = {
    "order_search_order_added": ("acsa_order", "AFTER INSERT", "FOR EACH ROW"),
    "order_search_order_changed": (
        "acsa_order", f"AFTER UPDATE OF search_text, {', '.join(SEARCHED_COLUMNS)}",
        f"FOR EACH ROW WHEN ({_PG_CHANGED})"),
    **{f"order_search_{table}_added": (table, "AFTER INSERT", "FOR EACH ROW")
       for table in REFERENCE_TABLES},
}


def documents_pg(connection: Any) -> None:
    """The documents table (filled for the orders already there), and the function and
    triggers that keep it; made once (a ledger that has it is left as it is)."""
    if connection.exec_driver_sql(f"SELECT to_regclass('{DOCS}')").scalar() is not None:
        return
    connection.exec_driver_sql(
        f"CREATE TABLE {DOCS} (id integer PRIMARY KEY REFERENCES acsa_order (id), "
        "doc text NOT NULL)")
    connection.exec_driver_sql(
        f"INSERT INTO {DOCS} (id, doc) SELECT id, {_pg_document_sql('a.id')} "
        "FROM acsa_order a ORDER BY id")
    connection.exec_driver_sql(f"ANALYZE {DOCS}")  # planned with its statistics from the start
    connection.exec_driver_sql(_PG_FUNCTION_SQL)
    for name, (table, event, each) in PG_TRIGGERS.items():
        connection.exec_driver_sql(f"CREATE TRIGGER {name} {event} ON {table} {each} "
                                   f"EXECUTE FUNCTION {PG_DOCUMENT_FUNCTION}()")


def folded_columns(connection: Any) -> None:
    """The generated columns of ``PG_FOLDED`` that are not there yet (each filled for the
    rows already there)."""
    for (table, column), expression in PG_FOLDED.items():
        if connection.exec_driver_sql(  # (the catalogue: whoever asks sees every column)
                f"SELECT 1 FROM pg_attribute WHERE attrelid = '{table}'::regclass "
                f"AND attname = '{column}' AND NOT attisdropped").first() is not None:
            continue
        connection.exec_driver_sql(
            f"ALTER TABLE {table} ADD COLUMN {column} text "
            f"GENERATED ALWAYS AS ({expression}) STORED")


def trigram_ready(connection: Any) -> bool:
    return connection.exec_driver_sql(
        "SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").first() is not None


def create_pg(connection: Any) -> bool:
    """pg_trgm and its indexes; False (and a warning) when the extension cannot be created
    here (the ledger's owner may not: a superuser runs ``CREATE EXTENSION pg_trgm``). The
    folded columns and the documents are made either way."""
    from sqlalchemy.exc import DBAPIError

    folded_columns(connection)
    documents_pg(connection)
    if not trigram_ready(connection):
        try:
            with connection.begin_nested():
                connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        except DBAPIError as exc:  # refused (not the owner, not trusted): works without it
            log.warning("the orders search has no trigram index (CREATE EXTENSION pg_trgm "
                        "refused: %s); it reads every document until a superuser creates the "
                        "extension", str(exc).strip().splitlines()[0])
            return False
    trigram_indexes(connection)
    return True


def trigram_indexes(connection: Any) -> None:
    for name, (table, column) in PG_INDEXES.items():
        connection.exec_driver_sql(
            f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin ({column} gin_trgm_ops)")


def drop_pg(connection: Any) -> None:
    """Everything ``create_pg`` makes (the extension stays: other databases may use it)."""
    for name in PG_INDEXES:
        connection.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")
    for name, (table, _event, _each) in PG_TRIGGERS.items():
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name} ON {table}")
    connection.exec_driver_sql(f"DROP FUNCTION IF EXISTS {PG_DOCUMENT_FUNCTION}()")
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS {DOCS}")
    for table, column in PG_FOLDED:
        connection.exec_driver_sql(f"ALTER TABLE {table} DROP COLUMN IF EXISTS {column}")
