"""Copies a whole ledger into another, empty one (e.g. a unit moving from SQLite to
PostgreSQL): every table row for row with its ids, the audit chain included, so that
``verify`` on the copy gives the same chain head as on the original."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import func, insert, select, text, update

from acsa_desk.core.errors import DatabaseProblem
from acsa_desk.db.engine import Ledger
from acsa_desk.db.models import AuditEntry, AuditHead, Order, SQLModel

CHUNK = 2000


def copy_ledger(source: Ledger, target: Ledger,
                progress: Callable[[str, int], None] | None = None) -> dict[str, int]:
    """Copies ``source`` into ``target`` in one transaction; returns rows copied per table."""
    with target.reader() as s:
        if s.scalar(select(func.count()).select_from(Order)) or s.scalar(
                select(func.count()).select_from(AuditEntry)):
            raise DatabaseProblem(f"{target.describe()} already holds a ledger; copy into an "
                                  "empty database")
    counts: dict[str, int] = {}
    tables = [t for t in SQLModel.metadata.sorted_tables if t.name != AuditHead.__tablename__]
    with source.engine.connect() as src, target.engine.begin() as dst:
        for table in tables:
            dst.execute(table.delete())  # settings rows a fresh ledger may hold
            copied = 0
            rows = src.execution_options(yield_per=CHUNK).execute(
                select(table).order_by(*table.primary_key.columns))
            for batch in rows.partitions():
                dst.execute(insert(table), [dict(r._mapping) for r in batch])
                copied += len(batch)
            counts[table.name] = copied
            if progress is not None:
                progress(table.name, copied)
        head = src.execute(select(AuditHead.last_id, AuditHead.hash, AuditHead.key_id,
                                  AuditHead.keyed_from, AuditHead.mac)
                           .where(AuditHead.id == 1)).one()
        # The copy keeps the original's key (its entries carry MACs under it).
        dst.execute(update(AuditHead).where(AuditHead.id == 1).values(
            last_id=head[0], hash=head[1], key_id=head[2], keyed_from=head[3], mac=head[4]))
        if dst.dialect.name == "postgresql":
            for table in tables:
                pk = list(table.primary_key.columns)
                if len(pk) == 1 and pk[0].autoincrement is not False and pk[0].type.python_type is int:
                    dst.execute(text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', '{pk[0].name}'), "
                        f"COALESCE((SELECT max({pk[0].name}) FROM {table.name}), 0) + 1, false)"))
    if target.engine.dialect.name == "postgresql":
        analyze(target)
    return counts


def analyze(ledger: Ledger) -> None:
    """Gathers the planner's statistics of every table (PostgreSQL), once the copy is
    committed. A database filled in one go has none (the orders table estimated at a few
    dozen rows, the search documents at none, as the migrations left them) until autovacuum
    comes round, and its first searches were planned as nested loops over every order (a
    search within one partner's orders counted in 180 ms at 100k, 74 ms once analysed).
    VACUUM too: it marks the new pages visible to all, so that a count can read an index
    alone (a one-letter search counts the documents' masks in their index: 7 ms at 100k
    against 18 ms reading the documents) before autovacuum would have done it."""
    with ledger.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("VACUUM (ANALYZE)")  # (outside a transaction, as it must)
