"""Every rule of the settlements import (shared interchange.md)."""

import pytest

from acsa_desk.core.errors import ImportRejected
from acsa_desk.interchange.orders_import import import_orders
from acsa_desk.interchange.settlements_import import import_settlements
from acsa_desk.services import orders
from tests.interchange.conftest import invoiced_row, order_row, snapshot

HEADER = ["order_number", "settled_on", "method", "amount", "currency", "reference"]


def settlement(**changes):
    row = {"order_number": "CAN-JPN-25-0101", "settled_on": "2025-08-01", "method": "cash",
           "amount": "50000.00", "currency": "CAD", "reference": "JMOD payment 2025-114"}
    row.update(changes)
    return row


@pytest.fixture
def with_orders(ledger, write):
    path = write([
        invoiced_row(),  # 95200.00 CAD billable
        invoiced_row(order_number="JPY-1", currency="JPY", unit_price="48000", quantity="6",
                     delivered_quantity="6", category="port_services", nsn=""),
        invoiced_row(order_number="RIK-1", settlement_method="rik", quantity="10",
                     delivered_quantity="10"),
        order_row(order_number="NOT-DELIVERED", delivered_quantity="0", delivered_on=""),
    ])
    with ledger.session() as s:
        import_orders(session=s, path=path, actor="clerk")
    return ledger


def run(ledger, path):
    with ledger.session() as s:
        return import_settlements(session=s, path=path, actor="clerk")


def refused(ledger, path, row, column, fragment):
    before = snapshot(ledger)
    with pytest.raises(ImportRejected) as info:
        run(ledger, path)
    assert any(d.row == row and d.column == column and fragment in d.message
               for d in info.value.defects), [str(d) for d in info.value.defects]
    assert snapshot(ledger) == before


def test_partial_then_full_settlement_closes_the_order_once_approved(with_orders, write):
    ledger = with_orders
    run(ledger, write([settlement()], HEADER))
    with ledger.reader() as s:
        order = orders.order_by_number(session=s, number="CAN-JPN-25-0101")
        assert (order.settled_minor, order.status) == (5_000_000, "invoiced")
    result = run(ledger, write([settlement(amount="45200", method="offset", reference="")],
                               HEADER))
    assert result.orders_settled == 0, "imported settlements await our side's approval"
    with ledger.reader() as s:
        order = orders.order_by_number(session=s, number="CAN-JPN-25-0101")
        assert (order.settled_minor, order.status) == (9_520_000, "invoiced")
        pending = [p.id for p in orders.unapproved_settlements(session=s)]
    assert len(pending) == 2
    for settlement_id in pending:
        with ledger.session(actor="officer") as s:
            orders.approve_settlement(session=s, settlement_id=settlement_id, actor="officer")
    with ledger.reader() as s:
        order = orders.order_by_number(session=s, number="CAN-JPN-25-0101")
        assert (order.settled_minor, order.status) == (9_520_000, "closed")


def test_reference_is_optional(with_orders, write):
    header = [h for h in HEADER if h != "reference"]
    assert run(with_orders, write([settlement()], header)).settlements == 1


@pytest.mark.parametrize(("column", "value", "fragment"), [
    ("order_number", "NOPE", "no order numbered"),
    ("order_number", "", "required"),
    ("settled_on", "2025/08/01", "YYYY-MM-DD"),
    ("method", "cheque", "cash, rik, eve, offset"),
    ("amount", "0", "more than 0"),
    ("amount", "-5", "plain decimal"),
    ("amount", "10.001", "more decimals than CAD"),
    ("currency", "JPY", "not the currency of order"),
    ("currency", "XYZ", "ISO 4217"),
    ("amount", "95200.01", "above its billable"),
])
def test_each_rule_names_row_and_column(with_orders, write, column, value, fragment):
    path = write([settlement(order_number="JPY-1", amount="100", currency="JPY"),
                  settlement(**{column: value})], HEADER)
    refused(with_orders, path, 3, column, fragment)


def test_rows_of_one_file_add_up_against_the_billable(with_orders, write):
    path = write([settlement(amount="60000"), settlement(amount="40000")], HEADER)
    refused(with_orders, path, 3, "amount", "above its billable")


def test_undelivered_order_is_not_settled(with_orders, write):
    refused(with_orders, write([settlement(order_number="NOT-DELIVERED", amount="1")], HEADER),
            2, "order_number", "it is requested (allowed when invoiced, settled)")


@pytest.mark.parametrize("stage", [
    {},  # delivered only
    {"received_on": "2025-06-05"},  # received, never invoiced
])
def test_an_order_not_invoiced_is_not_settled(ledger, write, stage):
    """The window's rule: settling before the invoice is refused, in a file too."""
    with ledger.session() as s:
        import_orders(session=s, path=write([order_row(**stage)]), actor="clerk")
    status = "received" if stage else "delivered"
    refused(ledger, write([settlement()], HEADER), 2, "order_number",
            f"it is {status} (allowed when invoiced, settled)")


def test_a_settlement_is_not_dated_before_the_invoice(ledger, write):
    with ledger.session() as s:
        import_orders(session=s, path=write([invoiced_row(invoiced_on="2025-07-01")]),
                      actor="clerk")
    refused(ledger, write([settlement(settled_on="2025-06-30")], HEADER), 2, "settled_on",
            "before order CAN-JPN-25-0101's invoice (2025-07-01)")
    assert run(ledger, write([settlement(settled_on="2025-07-01")], HEADER)).settlements == 1


def test_the_same_payment_is_not_recorded_twice(with_orders, write):
    refused(with_orders, write([settlement(amount="10"), settlement(amount="10")], HEADER),
            3, "reference", "already recorded")
    run(with_orders, write([settlement(amount="10")], HEADER))
    refused(with_orders, write([settlement(amount="10")], HEADER), 2, "reference",
            "already recorded")
    # another date, amount or reference is another payment
    assert run(with_orders, write([settlement(amount="10", reference="JMOD 2"),
                                   settlement(amount="11"),
                                   settlement(amount="10", settled_on="2025-08-02")],
                                  HEADER)).settlements == 3


def test_a_reversed_payment_may_be_recorded_again(with_orders, write):
    run(with_orders, write([settlement(amount="10")], HEADER))
    with with_orders.session() as s:
        order = orders.order_by_number(session=s, number="CAN-JPN-25-0101")
        (entry,) = orders.settlements(session=s, order_id=order.id)
        orders.reverse_settlement(session=s, settlement_id=entry.id, reason="wrong order",
                                  actor="clerk")
    assert run(with_orders, write([settlement(amount="10")], HEADER)).settlements == 1


def test_the_window_refuses_the_same_payment_twice_too(with_orders):
    from datetime import date

    from acsa_desk.core.errors import RuleViolation

    with with_orders.session() as s:
        order = orders.order_by_number(session=s, number="JPY-1")
        orders.record_settlement(session=s, order_id=order.id, settled_on=date(2025, 8, 1),
                                 method="cash", amount_minor=100, reference_text="P 1",
                                 actor="clerk")
    with pytest.raises(RuleViolation, match="already recorded"), with_orders.session() as s:
        orders.record_settlement(session=s, order_id=order.id, settled_on=date(2025, 8, 1),
                                 method="cash", amount_minor=100, reference_text="P 1",
                                 actor="clerk")
    with pytest.raises(RuleViolation, match="before order JPY-1's invoice"), \
            with_orders.session() as s:
        orders.record_settlement(session=s, order_id=order.id, settled_on=date(2025, 6, 1),
                                 method="cash", amount_minor=100, actor="clerk")


@pytest.mark.parametrize(("value", "fragment"), [
    ("JMOD\u200b2025", "U+200B"),
    ("a" * 201, "at most 200"),
    ("JMOD\x00", "U+0000"),
    ("JMOD  2025", "double spaces"),
])
def test_references_are_printable_ascii(with_orders, write, value, fragment):
    refused(with_orders, write([settlement(reference=value)], HEADER), 2, "reference", fragment)


def test_jpy_amount_within_minor_units(with_orders, write):
    refused(with_orders, write([settlement(order_number="JPY-1", amount="100.5",
                                           currency="JPY")], HEADER),
            2, "amount", "more decimals than JPY")


def test_rik_settlement_only_for_supplies(with_orders, write):
    run(with_orders, write([settlement(order_number="RIK-1", method="rik", amount="11.20")],
                           HEADER))
    refused(with_orders, write([settlement(order_number="JPY-1", method="rik", amount="10",
                                           currency="JPY")], HEADER),
            2, "method", "only for supplies")
