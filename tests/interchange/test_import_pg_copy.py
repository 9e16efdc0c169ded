"""On PostgreSQL the bulk inserts go by COPY with ids drawn from the sequences first
(``db.bulk_pg``): an import writes exactly what SQLAlchemy's INSERT ... RETURNING wrote, and a
failure in any of its COPYs leaves nothing written."""

from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from acsa_desk.core.errors import DatabaseProblem
from acsa_desk.db import audit, bulk_pg
from acsa_desk.db.engine import open_ledger
from acsa_desk.interchange.orders_import import import_orders
from tests.conftest import register_cast
from tests.interchange.conftest import invoiced_row, order_row

pytestmark = pytest.mark.postgres

STAMP = datetime(2026, 12, 3, 8, 0, 0, 123456, tzinfo=UTC)
TABLES = ("acsa_order", "order_line", "delivery", "receipt", "invoice", "status_change",
          "exercise", "partner")


def _rows():
    rows = [order_row(order_number=f"PG-{n}", ordered_on=f"2025-06-{n + 1:02d}",
                      delivered_on=f"2025-06-{n + 2:02d}",
                      description=f"Back\\slash \\N 'q' \"dq\" {n}, 燃料 Ω")
            for n in range(5)]
    rows.append(order_row(order_number="PG-5", description="second line",
                          ordered_on="2025-06-01", delivered_on="2025-06-02"))
    rows.append(order_row(order_number="PG-5", description="its other line", quantity="3",
                          delivered_quantity="2", unit_price="0.10",
                          ordered_on="2025-06-01", delivered_on="2025-06-02"))
    rows += [invoiced_row(order_number="PG-INV", quantity="3", delivered_quantity="2",
                          unit_price="0.10"),
             order_row(order_number="PG-REQ", delivered_quantity="", delivered_on="")]
    return rows


def _import(pg_server, write, monkeypatch, *, copy: bool):
    from tests.pg import fresh_database

    url, drop = fresh_database(pg_server)
    ledger = register_cast(open_ledger(url))
    with monkeypatch.context() as m:
        m.setattr("acsa_desk.interchange.orders_write.now", lambda: STAMP)
        m.setattr(bulk_pg, "usable", lambda connection: copy)
        used = []
        copy_rows = bulk_pg.copy_rows
        m.setattr(bulk_pg, "copy_rows", lambda *a: used.append(a[1].name) or copy_rows(*a))
        with ledger.session() as s:
            result = import_orders(session=s, path=write(_rows()), actor="clerk")
    assert result.orders == 8
    with ledger.reader() as r:
        report = audit.verify(r)
        assert report.ok, report.problems
        tables = {t: r.execute(text(f'SELECT * FROM "{t}" ORDER BY 1')).all() for t in TABLES}
        # the import's entries (the ledgers' first entries differ in time, hence in hashes)
        tables["audit_entry"] = r.execute(text(
            "SELECT id, actor, entity, entity_id, action, packed FROM audit_entry "
            "WHERE entity = 'acsa_order' ORDER BY id")).all()
        sequences = r.execute(text(
            "SELECT sequencename, last_value FROM pg_sequences ORDER BY 1")).all()
    ledger.close()
    drop()
    return tables, sequences, used


def test_copy_writes_what_sqlalchemys_insert_wrote(pg_server, write, monkeypatch):
    copied, copied_sequences, used = _import(pg_server, write, monkeypatch, copy=True)
    inserted, inserted_sequences, _ = _import(pg_server, write, monkeypatch, copy=False)
    assert {"acsa_order", "order_line", "delivery", "status_change", "audit_entry"} <= set(used)
    assert len(copied["acsa_order"]) == 8 and len(copied["order_line"]) == 9
    assert len(copied["audit_entry"]) == 8
    for table, rows in inserted.items():
        assert copied[table] == rows, table
    assert copied_sequences == inserted_sequences


def test_a_failed_copy_leaves_nothing_written(ledger, write, monkeypatch):
    if ledger.engine.dialect.name != "postgresql":
        pytest.skip("the COPY path is PostgreSQL's")
    with ledger.reader() as r:
        before = {t: r.scalar(text(f'SELECT count(*) FROM "{t}"'))
                  for t in (*TABLES, "audit_entry")}
    copy_rows = bulk_pg.copy_rows

    def failing(connection, table, rows, want_ids):
        if table.name == "invoice":  # after the orders, lines and deliveries went in
            rows = [{**row, "order_id": -1} for row in rows]  # no such order
        return copy_rows(connection, table, rows, want_ids)

    monkeypatch.setattr(bulk_pg, "copy_rows", failing)
    # the driver's error reaches the unit of work as SQLAlchemy's, which names it and rolls back
    with pytest.raises(DatabaseProblem, match="foreign key"), ledger.session() as s:
        import_orders(session=s, path=write(_rows()), actor="clerk")
    with ledger.reader() as r:
        after = {t: r.scalar(text(f'SELECT count(*) FROM "{t}"')) for t in before}
    assert after == before
