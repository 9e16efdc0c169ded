"""Accepting their figure corrects ours through the order's ordinary rules, kind by kind;
what the rules cannot do is refused in one line and leaves the order exactly as it was."""

from datetime import date
from decimal import Decimal

import pytest

from acsa_desk.core.errors import RuleViolation
from acsa_desk.interchange.partner_statement import StatementRow
from acsa_desk.services import orders, reconciliation
from acsa_desk.services import reconciliation_records as records
from acsa_desk.services.reconciliation_accept import quantity_for
from tests.services.reconcile_helpers import exercise, invoiced


def theirs(number="CAN-1", *, billable=100000, settled=0, status="invoiced",
           direction="received", currency="CAD", sender="J-1"):
    return StatementRow(2, sender, number, date(2025, 6, 3), direction, currency, billable,
                        settled, status)


def accept(ledger, row, *, reason="their figure is right", on=date(2025, 7, 1)):
    """Saves a reconciliation of the one row and accepts its item: the notes."""
    with ledger.session(actor="officer") as s:
        result = reconciliation.reconcile(session=s, partner="JPN", rows=(row,))
        rec = records.save(session=s, result=result, statement_name="japan.csv",
                           statement_sha256="0" * 64, actor="officer")
    with ledger.reader() as s:
        (item,) = [i for i in records.load(session=s, reconciliation_id=rec.id).items
                   if i.order_number == row.receiver_order_number]
    with ledger.session(actor="officer") as s:
        return list(records.act(session=s, item_id=item.id, action="accept", reason=reason,
                                actor="officer", on=on).notes)


def state(ledger, number="CAN-1"):
    with ledger.reader() as s:
        order = orders.order_by_number(session=s, number=number)
        deliveries = [Decimal(d.quantity) for d in orders.deliveries(session=s, order_id=order.id)]
        settlements = [e.amount_minor for e in orders.settlements(session=s, order_id=order.id)]
        return (order.status, order.direction, order.billable_minor, order.settled_minor,
                order.partner_order_number, deliveries, settlements)


def again(ledger, row, number="CAN-1"):
    with ledger.reader() as s:
        result = reconciliation.reconcile(session=s, partner="JPN", rows=(row,))
    return next(i for i in result.items if i.order_number == number)


def refused(ledger, row, match):
    before = state(ledger)
    with pytest.raises(RuleViolation, match=match):
        accept(ledger, row)
    assert state(ledger) == before  # nothing written: not the order, nor the decision
    with ledger.reader() as s:
        rec = records.latest(session=s, partner="JPN")
        assert all(not i.action for i in records.load(session=s, reconciliation_id=rec.id).items)


@pytest.fixture
def ex(ledger):
    return exercise(ledger)


# --- billable: a delivered quantity corrected at our unit prices ------------------------------


def test_they_count_more_delivered_a_new_delivery_is_entered(ledger, ex):
    invoiced(ledger, ex, "CAN-1", partner_number="J-1", quantity=20, delivered=10)  # 1000.00
    row = theirs(billable=120000)
    notes = accept(ledger, row)
    status, _, billable, _, _, deliveries, _ = state(ledger)
    assert (billable, deliveries, status) == (120000, [10, 2], "delivered")
    assert notes == ["order CAN-1 is back at delivered after the delivery correction: record "
                     "the receipt and raise the corrected invoice"]
    assert again(ledger, row).differences == ("status",)  # the receipt and invoice follow


def test_they_count_less_our_delivery_is_reversed_and_the_right_one_entered(ledger, ex):
    invoiced(ledger, ex, "CAN-1", partner_number="J-1")  # 10 L x 100.00
    row = theirs(billable=90000, status="delivered")
    assert accept(ledger, row) == []  # their status is where the correction leaves ours
    status, _, billable, _, _, deliveries, _ = state(ledger)
    assert (billable, deliveries, status) == (90000, [10, -10, 9], "delivered")
    assert again(ledger, row).state == "agreed"


def test_a_billable_no_quantity_reaches_is_refused(ledger, ex):
    invoiced(ledger, ex, "CAN-1", partner_number="")  # partner number differs too
    refused(ledger, theirs(billable=100001),  # 10.0001 L: more than the 10 ordered
            r"cannot accept their billable for order CAN-1: no delivered quantity at our unit "
            r"prices \(fixed since signing\) bills 1000.01 CAD: dispute or explain it")


def test_a_billable_below_what_is_paid_is_refused_by_the_delivery_rule(ledger, ex):
    invoiced(ledger, ex, "CAN-1", partner_number="J-1", settled=95000, approved_by="officer")
    refused(ledger, theirs(billable=90000, settled=95000),
            "cannot accept their billable for order CAN-1: reversing this delivery would leave "
            "order CAN-1 settled above its billable amount: reverse the settlement first")


@pytest.mark.parametrize("amount, price, at_most, quantity", [
    (120000, 10000, Decimal(20), Decimal(12)),
    (100001, 10000, Decimal(20), Decimal("10.0001")),
    (1, 3, Decimal(1), Decimal("0.3")),  # 0.9 rounds half up to 1 minor unit
    (100, 0, Decimal(5), None),  # free of charge: no quantity bills anything
    (0, 10000, Decimal(5), Decimal(0)),
    (600000, 10000, Decimal(50), None),  # 60 > the 50 ordered
])
def test_quantity_for_a_line_amount(amount, price, at_most, quantity):
    assert quantity_for(amount, price, at_most) == quantity


# --- settled with status, and status alone -----------------------------------------------


def test_settled_in_full_with_their_status_awaits_our_approval(ledger, ex):
    invoiced(ledger, ex, "CAN-1", partner_number="J-1", settled=40000)
    row = theirs(settled=100000, status="closed")
    notes = accept(ledger, row)
    assert state(ledger)[3] == 100000 and state(ledger)[0] == "invoiced"
    assert notes == ["the new settlement of order CAN-1 awaits approval by another officer "
                     "(four eyes); the order is settled once it is approved"]
    with ledger.session(actor="o") as s:
        order = orders.order_by_number(session=s, number="CAN-1")
        for entry in orders.unapproved_settlements(session=s):
            if entry.order_id == order.id:
                orders.approve_settlement(session=s, settlement_id=entry.id, actor="o")
    assert state(ledger)[0] == "closed"
    assert again(ledger, row).state == "agreed"


def test_their_closed_closes_our_settled_order(ledger, ex):
    # half delivered and paid in full: settled, not closed by itself
    invoiced(ledger, ex, "CAN-1", partner_number="J-1", quantity=20, delivered=10,
             settled=100000, approved_by="officer")
    assert state(ledger)[0] == "settled"
    row = theirs(settled=100000, status="closed")
    accept(ledger, row, reason="the rest will not be delivered")
    assert state(ledger)[0] == "closed"
    with ledger.reader() as s:
        order = orders.order_by_number(session=s, number="CAN-1")
        last = orders.history(session=s, order_id=order.id)[-1]
    assert (last.to_status, last.reason) == (
        "closed", "reconciliation: the rest will not be delivered")


def test_their_cancelled_cancels_our_signed_order(ledger, ex):
    invoiced(ledger, ex, "CAN-1", partner_number="J-1", stage="signed")
    accept(ledger, theirs(billable=0, status="cancelled"))
    assert state(ledger)[0] == "cancelled"


@pytest.mark.parametrize("stage, their_status, match", [
    ("delivered", "received", "it is delivered and their received needs the next step first: "
                              r"record the receipt in the order window \(who received it is "
                              "needed\\), then accept again"),
    ("received", "settled", "it is received and their settled needs the next step first: raise "
                            "the invoice in the order window"),
    ("invoiced", "delivered", "it is invoiced, and an order's life does not go back to delivered"),
    ("invoiced", "paid", "'paid' is not one of the order's stages here: explain or dispute it"),
    ("invoiced", "cancelled", "it is invoiced: an order with deliveries is not cancelled"),
])
def test_a_status_the_life_rules_cannot_reach_is_refused(ledger, ex, stage, their_status, match):
    invoiced(ledger, ex, "CAN-1", partner_number="J-1", stage=stage)
    refused(ledger, theirs(status=their_status), "cannot accept their status for order CAN-1: "
            + match)


# --- direction and currency --------------------------------------------------------------


def test_direction_of_a_requested_order_is_edited(ledger, ex):
    invoiced(ledger, ex, "CAN-1", partner_number="J-1", stage="requested")
    # they say they provided it: so we received it, and our requested order is edited
    accept(ledger, theirs(billable=0, status="requested", direction="provided"))
    assert state(ledger)[1] == "received"
    with ledger.reader() as s:
        order = orders.order_by_number(session=s, number="CAN-1")
        assert orders.history(session=s, order_id=order.id)[-1].reason == "order edited"


@pytest.mark.parametrize("stage, todo", [
    ("signed", "cancel it and enter it again the other way round"),
    ("invoiced", r"dispute or explain it \(deliveries and settlements stand on this direction\)"),
])
def test_direction_of_a_signed_order_is_refused(ledger, ex, stage, todo):
    invoiced(ledger, ex, "CAN-1", partner_number="", stage=stage)
    billable = 0 if stage == "signed" else 100000
    refused(ledger, theirs(billable=billable, status=stage, direction="provided"),
            f"cannot accept their direction for order CAN-1: it is {stage}, and once signed who "
            f"supplied whom is part of the binding commitment; {todo}")


def test_currency_is_refused(ledger, ex):
    invoiced(ledger, ex, "CAN-1", partner_number="J-1")
    refused(ledger, theirs(currency="JPY", billable=100000),
            "cannot accept their currency JPY for order CAN-1: its unit prices are in CAD; "
            "dispute or explain it")


def test_an_item_corrected_since_is_not_accepted_twice(ledger, ex):
    invoiced(ledger, ex, "CAN-1", partner_number="")
    row = theirs()
    accept(ledger, row)  # their partner number recorded
    with ledger.reader() as s:
        rec = records.latest(session=s, partner="JPN")
        (item,) = records.load(session=s, reconciliation_id=rec.id).items
    with pytest.raises(RuleViolation, match="already agrees with their figures"), \
            ledger.session(actor="officer") as s:
        records.act(session=s, item_id=item.id, action="accept", reason="again",
                    actor="officer")
