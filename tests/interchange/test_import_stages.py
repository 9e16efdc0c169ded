"""Imported history comes in at its real stage, under the window's rules (services/rules.py).

The orders import takes `received_on` and `invoiced_on` (interchange.md); an imported order
delivered without signatures can have them recorded afterwards.
"""

from datetime import date

import pytest

from acsa_desk.core.errors import ImportRejected, RuleViolation
from acsa_desk.interchange.orders_import import import_orders
from acsa_desk.services import orders
from acsa_desk.services.orders import Official
from tests.interchange.conftest import invoiced_row, order_row, snapshot


def run(ledger, path):
    with ledger.session() as s:
        return import_orders(session=s, path=path, actor="clerk")


def refused(ledger, path, row, column, fragment):
    before = snapshot(ledger)
    with pytest.raises(ImportRejected) as info:
        run(ledger, path)
    assert any(d.row == row and d.column == column and fragment in d.message
               for d in info.value.defects), [str(d) for d in info.value.defects]
    assert snapshot(ledger) == before


def _order(ledger, number="CAN-JPN-25-0101"):
    with ledger.reader() as s:
        order = orders.order_by_number(session=s, number=number)
        return (order, orders.history(session=s, order_id=order.id),
                orders.receipts(session=s, order_id=order.id),
                orders.invoices(session=s, order_id=order.id))


def test_an_invoiced_order_comes_in_invoiced_with_its_receipt_and_invoice(ledger, write):
    run(ledger, write([invoiced_row(received_on="2025-06-05", invoiced_on="2025-06-10")]))
    order, steps, (receipt,), (invoice,) = _order(ledger)
    assert order.status == "invoiced"
    assert (receipt.received_on, invoice.issued_on) == (date(2025, 6, 5), date(2025, 6, 10))
    assert [(h.from_status, h.to_status) for h in steps] == [
        ("", "requested"), ("requested", "delivered"), ("delivered", "received"),
        ("received", "invoiced")]


def test_a_received_order_comes_in_received(ledger, write):
    run(ledger, write([order_row(received_on="2025-06-04")]))
    order, steps, receipts, invoices = _order(ledger)
    assert (order.status, len(receipts), invoices) == ("received", 1, [])
    assert steps[-1].to_status == "received"


def test_received_in_full_at_no_charge_closes_as_in_the_window(ledger, write):
    run(ledger, write([order_row(unit_price="0", received_on="2025-06-04")]))
    assert _order(ledger)[0].status == "closed"


@pytest.mark.parametrize(("changes", "column", "fragment"), [
    ({"received_on": "2025-06-03"}, "received_on", "before the delivery (2025-06-04)"),
    ({"received_on": "2025-06-05", "delivered_quantity": "0", "delivered_on": ""},
     "received_on", "no delivery to acknowledge"),
    ({"invoiced_on": "2025-06-05"}, "invoiced_on", "has no receipt"),
    ({"received_on": "2025-06-06", "invoiced_on": "2025-06-05"}, "invoiced_on",
     "before the receipt (2025-06-06)"),
    ({"received_on": "2025-06-05", "invoiced_on": "2025-06-05", "unit_price": "0"},
     "invoiced_on", "nothing to bill"),
    ({"received_on": "05/06/2025"}, "received_on", "YYYY-MM-DD"),
    ({"invoiced_on": "2025-02-30", "received_on": "2025-06-05"}, "invoiced_on",
     "not a real calendar date"),
])
def test_each_stage_rule_names_row_and_column(ledger, write, changes, column, fragment):
    refused(ledger, write([order_row(**changes)]), 2, column, fragment)


def test_stage_dates_are_order_level(ledger, write):
    path = write([invoiced_row(), invoiced_row(category="water", nsn="", invoiced_on="2025-06-09")])
    refused(ledger, path, 3, "invoiced_on", "an order's rows must agree")


def test_imported_history_can_have_its_signatures_recorded(ledger, write):
    run(ledger, write([invoiced_row()]))
    order = _order(ledger)[0]
    assert "sign" in orders.allowed_actions(order)
    with ledger.session() as s:
        orders.sign(session=s, order_id=order.id, ordering_official=Official("Cdr A. Tremblay"),
                    issuing_official=Official("2佐 Sato"), signed_on=date(2025, 6, 3),
                    actor="officer")
    order, steps, _, _ = _order(ledger)
    assert order.status == "invoiced"  # the stage stays
    assert (order.ordering_official_name, order.issuing_official_name) == (
        "Cdr A. Tremblay", "2佐 Sato")
    assert "signatures recorded on imported history" in steps[-1].reason
    assert "sign" not in orders.allowed_actions(order)
    with pytest.raises(RuleViolation, match="already carries both signatures"), \
            ledger.session() as s:
        orders.sign(session=s, order_id=order.id, ordering_official=Official("X"),
                    issuing_official=Official("Y"), signed_on=date(2025, 6, 3), actor="officer")


def test_an_order_made_in_the_window_is_never_delivered_or_billed_unsigned(ledger):
    from acsa_desk.services import reference
    from tests.conftest import ACTOR, order_input

    with ledger.session() as s:
        exercise = reference.create_exercise(
            session=s, data=reference.ExerciseInput(name="KAEDEX 2025", partners=("JPN",)))
        order = orders.create_order(session=s, data=order_input(exercise.id), actor=ACTOR)
        line = orders.order_lines(session=s, order_id=order.id)[0]
    with pytest.raises(RuleViolation, match="before both sides have signed"), \
            ledger.session() as s:
        orders.record_delivery(session=s, order_id=order.id, delivered_on=date(2025, 6, 4),
                               quantities={line.id: line.quantity}, actor=ACTOR)
    with pytest.raises(RuleViolation, match="cannot sign order"), ledger.session() as s:
        # a window order is signed from requested only: no "history" signing for it
        o = orders.get_order(session=s, order_id=order.id)
        o.status = "delivered"
        s.flush()
        orders.sign(session=s, order_id=order.id, ordering_official=Official("X"),
                    issuing_official=Official("Y"), signed_on=date(2025, 6, 4), actor="officer")
