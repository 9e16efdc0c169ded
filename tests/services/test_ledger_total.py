"""The ledger's whole billable stays within MAX_LEDGER_TOTAL_MINOR, so that every sum the
program makes (balances, reports, the dashboard, verify) fits in 64 bits on both backends."""

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from acsa_desk.core import limits
from acsa_desk.core.errors import ImportRejected, RuleViolation
from acsa_desk.db.models import Delivery, Order
from acsa_desk.interchange.orders_import import import_orders
from acsa_desk.services import balances, ledger_total, orders
from tests.conftest import ACTOR
from tests.interchange.conftest import csv_text, order_row


def test_the_bound_leaves_room_in_64_bits():
    assert limits.MAX_LEDGER_TOTAL_MINOR < 2**63 - 1
    # a settled total never exceeds billable, so net and outstanding sums are smaller still
    assert limits.MAX_LEDGER_TOTAL_MINOR >= 1000 * limits.MAX_AMOUNT_MINOR


def _total(ledger):
    with ledger.reader() as s:
        return int(s.scalar(select(func.coalesce(func.sum(Order.billable_minor), 0))))


def test_a_delivery_past_the_bound_is_refused_and_nothing_saved(ledger, signed_order,
                                                                  monkeypatch):
    # the order's fuel line is 85,000 L x 1.12 = 9,520,000 minor units once delivered
    monkeypatch.setattr(limits, "MAX_LEDGER_TOTAL_MINOR", 9_000_000)
    with ledger.reader() as s:
        lines = orders.order_lines(session=s, order_id=signed_order)
    with pytest.raises(RuleViolation) as caught, ledger.session() as s:
        orders.record_delivery(session=s, order_id=signed_order, delivered_on=date(2025, 6, 4),
                               quantities={lines[0].id: Decimal(85000)}, actor=ACTOR)
    assert caught.value.rule == "billable" and "9,000,000" in caught.value.message
    with ledger.reader() as s:
        assert s.scalar(select(func.count()).select_from(Delivery)) == 0
    # within the bound it is recorded, and the bound then counts it
    with ledger.session() as s:
        orders.record_delivery(session=s, order_id=signed_order, delivered_on=date(2025, 6, 4),
                               quantities={lines[0].id: Decimal(80000)}, actor=ACTOR)
    assert _total(ledger) == 8_960_000
    with ledger.reader() as s:
        assert ledger_total.room(s) == 40_000
    with pytest.raises(RuleViolation), ledger.session() as s:  # tugs: 6 h x 480.00 = 288,000
        orders.record_delivery(session=s, order_id=signed_order, delivered_on=date(2025, 6, 5),
                               quantities={lines[2].id: Decimal(6)}, actor=ACTOR)
    assert _total(ledger) == 8_960_000
    with ledger.session() as s:  # water: 12,000 L x 0.03 = 36,000 still fits
        orders.record_delivery(session=s, order_id=signed_order, delivered_on=date(2025, 6, 5),
                               quantities={lines[1].id: Decimal(12000)}, actor=ACTOR)
    assert _total(ledger) == 8_996_000


def test_an_import_past_the_bound_names_the_row_and_leaves_the_ledger(ledger, tmp_path,
                                                                        monkeypatch):
    monkeypatch.setattr(limits, "MAX_LEDGER_TOTAL_MINOR", 20_000_000)
    path = tmp_path / "orders.csv"
    rows = [order_row(order_number=f"CAN-JPN-25-{n:04d}") for n in range(200, 203)]
    path.write_text(csv_text(rows), encoding="utf-8")  # 9,520,000 each: the third passes
    before = _total(ledger)
    with pytest.raises(ImportRejected) as caught, ledger.session() as s:
        import_orders(session=s, path=path, actor=ACTOR)
    defects = caught.value.defects
    assert [(d.row, d.column) for d in defects] == [(4, "delivered_quantity")], defects
    assert "20,000,000" in defects[0].message
    assert _total(ledger) == before
    with ledger.reader() as s:
        assert s.scalar(select(func.count()).select_from(Order)) == 0
    path.write_text(csv_text(rows[:2]), encoding="utf-8")  # two fit
    with ledger.session() as s:
        import_orders(session=s, path=path, actor=ACTOR)
    assert _total(ledger) == 2 * 9_520_000
    with ledger.reader() as s:
        assert balances.balances(session=s)
