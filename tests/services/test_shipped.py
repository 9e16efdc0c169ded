"""verify checks that the database still refuses what it shipped refusing (registry:
acsa_desk/db/shipped.py), on both backends, even when no row was changed yet."""

import pytest
from sqlalchemy import text

from acsa_desk.db import audit, shipped


def _problems_after(ledger, statements):
    """Runs ``statements`` (what someone with the file or the server could do) in a
    transaction, returns what the registry check reports, and rolls back."""
    with ledger.engine.connect() as c:
        transaction = c.begin()
        for statement in statements:
            c.execute(text(statement))
        found = shipped.problems(c)
        transaction.rollback()
    return found


def test_a_fresh_ledger_is_as_shipped(ledger):
    with ledger.engine.connect() as c:
        assert shipped.problems(c) == []
    with ledger.reader() as s:
        assert audit.verify(s).ok


def test_every_dropped_trigger_is_reported(ledger):
    dialect = ledger.engine.dialect.name
    listed = shipped.triggers(dialect)
    assert len(listed) >= 10
    for trigger in listed:
        drop = (f"DROP TRIGGER {trigger.name}" if dialect == "sqlite"
                else f"DROP TRIGGER {trigger.name} ON {trigger.table}")
        assert _problems_after(ledger, [drop]) == [
            f"trigger {trigger.name} on {trigger.table} is missing (the database no longer "
            "refuses what it should)"], trigger.name


def test_a_trigger_made_harmless_is_reported(ledger):
    if ledger.is_sqlite:
        statements = ["DROP TRIGGER settlement_no_update",
                      "CREATE TRIGGER settlement_no_update BEFORE UPDATE ON settlement "
                      "BEGIN SELECT 1; END"]
        expected = "trigger settlement_no_update on settlement is not as shipped"
    else:
        statements = ["ALTER TABLE settlement DISABLE TRIGGER settlement_append_only"]
        expected = "trigger settlement_append_only on settlement is disabled"
    assert _problems_after(ledger, statements) == [expected]
    if not ledger.is_sqlite:  # the shared function rewritten to let everything through
        found = _problems_after(ledger, [
            "CREATE OR REPLACE FUNCTION acsa_refuse_change() RETURNS trigger AS $$ BEGIN "
            "RETURN NEW; END; $$ LANGUAGE plpgsql"])
        assert "trigger delivery_append_only on delivery is not as shipped" in found


def test_a_removed_four_eyes_constraint_is_reported(ledger):
    if ledger.is_sqlite:
        with ledger.engine.connect() as c:
            sql = c.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE name = 'acsa_order'").scalar()
        weakened = sql.replace("our_official_login <> entered_by", "1")
        statements = ["PRAGMA writable_schema = ON",
                      f"UPDATE sqlite_master SET sql = '{weakened.replace(chr(39), chr(39) * 2)}'"
                      " WHERE name = 'acsa_order'"]
    else:
        statements = ["ALTER TABLE acsa_order DROP CONSTRAINT ck_acsa_order_four_eyes"]
    assert _problems_after(ledger, statements) == [
        "constraint ck_acsa_order_four_eyes on acsa_order is missing or not as shipped"]


def test_verify_reports_a_dropped_trigger(ledger):
    with ledger.engine.begin() as c:
        c.execute(text("DROP TRIGGER invoice_no_delete" if ledger.is_sqlite
                       else "DROP TRIGGER invoice_append_only ON invoice"))
    with ledger.reader() as s:
        report = audit.verify(s)
    assert not report.ok
    assert any("trigger invoice_" in p and "missing" in p for p in report.problems)


def test_append_only_sql_is_what_the_registry_checks(ledger):
    dialect = ledger.engine.dialect.name
    drops = ([f"DROP TRIGGER {name}" for name in ("invoice_no_update", "invoice_no_delete")]
             if dialect == "sqlite" else ["DROP TRIGGER invoice_append_only ON invoice"])
    assert _problems_after(ledger, drops + shipped.append_only_sql("invoice", dialect)) == []


def test_every_append_only_table_refuses_update_and_delete(ledger, signed_order):
    """A row in each of the registry's append-only tables; the database refuses changing it."""
    from datetime import date
    from decimal import Decimal

    from sqlalchemy.exc import DatabaseError

    from acsa_desk.services import orders
    from tests.conftest import ACTOR

    with ledger.session() as s:
        qty = {ln.id: Decimal(ln.quantity) for ln in orders.order_lines(session=s,
                                                                        order_id=signed_order)}
        orders.record_delivery(session=s, order_id=signed_order, delivered_on=date(2025, 6, 4),
                               quantities=qty, actor=ACTOR)
        orders.record_receipt(session=s, order_id=signed_order, received_on=date(2025, 6, 4),
                              received_by="Sato", actor=ACTOR)
        orders.raise_invoice(session=s, order_id=signed_order, reference_text="I1",
                             issued_on=date(2025, 6, 5), actor=ACTOR)
        orders.record_settlement(session=s, order_id=signed_order, settled_on=date(2025, 7, 1),
                                 method="cash", amount_minor=100, actor=ACTOR,
                                 approved_by="officer")
    with ledger.engine.connect() as c:
        tables = [t for t in shipped.APPEND_ONLY
                  if c.execute(text(f"SELECT count(*) FROM {t}")).scalar()]
    assert {"settlement", "delivery", "audit_entry", "settlement_approval"} <= set(tables)
    for table in tables:
        for statement in (f"UPDATE {table} SET id = id", f"DELETE FROM {table}"):
            with pytest.raises(DatabaseError, match="append-only"):
                with ledger.engine.begin() as c:
                    c.execute(text(statement))
