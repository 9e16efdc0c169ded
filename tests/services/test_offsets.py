"""Offsets: proposed oldest and closest to the deadline first, never beyond what both owe;
recorded on both sides' orders in one transaction through the settlement rule."""

from datetime import date

import pytest

from acsa_desk.core.errors import RuleViolation
from acsa_desk.services import offsets, orders
from tests.services.reconcile_helpers import exercise, invoiced


@pytest.fixture
def book(ledger):
    ex = exercise(ledger)
    # we are owed 1000.00 (newer delivery) and 300.00 (older delivery, so nearer its deadline)
    invoiced(ledger, ex, "CAN-NEW", delivered_on=date(2025, 8, 1))
    invoiced(ledger, ex, "CAN-OLD", price_minor=3000, delivered_on=date(2025, 6, 5))
    # we owe 700.00, of which 100.00 already paid: 600.00
    invoiced(ledger, ex, "THEIRS-1", direction="received", price_minor=7000, settled=10000,
             partner_number="J-1")
    # not settleable yet (not invoiced) and other currency: never proposed
    with ledger.session() as s:
        from tests.conftest import ACTOR, order_input
        orders.create_order(session=s, actor=ACTOR, data=order_input(ex, "CAN-REQ"))
    invoiced(ledger, ex, "JPY-1", currency="JPY", price_minor=500)
    return ledger


def test_proposal_oldest_first_and_never_beyond_what_both_owe(book):
    with book.reader() as s:
        p = offsets.propose(session=s, partner="JPN", currency="CAD")
    assert (p.receivable_minor, p.payable_minor, p.amount_minor) == (130000, 60000, 60000)
    assert [(leg.order_number, leg.amount_minor) for leg in p.receivable] == [
        ("CAN-OLD", 30000), ("CAN-NEW", 30000)]
    assert [(leg.order_number, leg.amount_minor, leg.outstanding_minor) for leg in p.payable] == [
        ("THEIRS-1", 60000, 60000)]
    assert p.receivable[0].deadline == date(2026, 6, 5)  # 12 months after its delivery
    assert sum(leg.amount_minor for leg in p.receivable) == sum(
        leg.amount_minor for leg in p.payable) == p.amount_minor
    out = p.as_json()
    assert (out["amount"], out["receivable_orders"][0]["amount"]) == ("600.00", "300.00")


def test_nothing_owed_on_one_side_proposes_nothing(book):
    with book.reader() as s:
        p = offsets.propose(session=s, partner="JPN", currency="JPY")
    assert (p.amount_minor, p.receivable, p.payable) == (0, (), ())


def test_recorded_on_both_sides_in_one_transaction(book):
    with book.session(actor="clerk") as s:
        entries = offsets.record_offset(session=s, partner="JPN", currency="CAD",
                                        amount_minor=60000, reference_text="OFF-2025-1",
                                        settled_on=date(2025, 9, 1), actor="clerk",
                                        approved_by="officer")  # four eyes: approved at once
    assert len(entries) == 3 and all(e.method == "offset" for e in entries)
    with book.reader() as s:
        old = orders.order_by_number(session=s, number="CAN-OLD")
        theirs = orders.order_by_number(session=s, number="THEIRS-1")
        new = orders.order_by_number(session=s, number="CAN-NEW")
        assert (old.settled_minor, old.status) == (30000, "closed")
        # its earlier cash settlement still awaits our approval: settled in full, not yet closed
        assert (theirs.settled_minor, theirs.status) == (70000, "invoiced")
        assert (new.settled_minor, new.status) == (30000, "invoiced")
        assert offsets.propose(session=s, partner="JPN", currency="CAD").amount_minor == 0


def test_a_changed_ledger_or_a_wrong_amount_records_nothing(book):
    with pytest.raises(RuleViolation, match=r"now comes to 600\.00, not 500\.00"), \
            book.session(actor="clerk") as s:
        offsets.record_offset(session=s, partner="JPN", currency="CAD", amount_minor=50000,
                              reference_text="OFF-1", settled_on=date(2025, 9, 1), actor="clerk")
    with pytest.raises(RuleViolation, match="reference"), book.session(actor="clerk") as s:
        offsets.record_offset(session=s, partner="JPN", currency="CAD", amount_minor=60000,
                              reference_text=" ", settled_on=date(2025, 9, 1), actor="clerk")
    # nothing was recorded by either refusal
    with book.reader() as s:
        before = [orders.order_by_number(session=s, number=n).settled_minor
                  for n in ("CAN-OLD", "CAN-NEW", "THEIRS-1")]
    assert before == [0, 0, 10000]
