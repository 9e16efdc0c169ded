"""The audit-exceptions count (``readiness.count_exceptions``, SQL) is what the listing
(``readiness.assess``) lists, rule by rule, on varied ledgers: demo ledgers of several seeds
and sizes, and hand-made edge cases (Unicode whitespace, signatures, cancelled orders, terms
changed over time, a partner with no agreement, reversed deliveries, withdrawn documents)."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import literal, select

from acsa_desk.db.models import Order, OrderLine
from acsa_desk.services import agreements, attachments, orders, readiness, reference
from acsa_desk.services.demo import fill_demo
from acsa_desk.services.queries import OrderFilter, count_orders
from acsa_desk.services.readiness_rules import blank, whitespace
from tests.conftest import ACTOR, admin_in
from tests.services.readiness_helpers import PDF, agreement, build

DELIVERED = date(2025, 6, 4)
DAYS = (date(2025, 6, 3), DELIVERED + timedelta(11), DELIVERED + timedelta(31),
        date(2025, 12, 5), date(2026, 4, 6), date(2026, 6, 5), date(2027, 1, 1))


def assert_count_is_the_listing(session, as_of, partner=None):
    """Every code apart, then any code: the count equals the listing's."""
    listed = readiness.assess(session=session, as_of=as_of, partner=partner)
    for code in readiness.CODES:
        with_code = sum(code in r.exceptions for r in listed)
        assert readiness.count_exceptions(session=session, as_of=as_of, partner=partner,
                                          codes=(code,)) == with_code, (code, as_of, partner)
    assert readiness.count_exceptions(session=session, as_of=as_of,
                                      partner=partner) == len(listed), (as_of, partner)
    return listed


def test_sql_strip_is_pythons_strip(ledger):
    """Every character ``str.strip()`` removes, alone and around text, and a few it keeps."""
    assert {"\u3000", "\x85", "\x1c", "\u2007", " "} <= set(whitespace())
    samples = [*whitespace(), "\u200b", "\ufeff", "\u180e", "a", "", whitespace(),
               *(f"{ch}x{ch}" for ch in whitespace()), f"{whitespace()}\u200b{whitespace()}"]
    with ledger.reader() as s:
        got = [bool(s.scalar(select(blank(literal(text))))) for text in samples]
    assert got == [not text.strip() for text in samples]


@pytest.mark.parametrize(("orders_count", "seed"), [(150, 1), (300, 2), (220, 5)])
def test_count_is_the_listing_on_demo_ledgers(ledger, orders_count, seed):
    with ledger.session() as s:
        fill_demo(session=s, orders=orders_count, seed=seed, today=date(2026, 11, 25))
    with ledger.reader() as s:
        partners = sorted({r.partner for r in readiness.assess(session=s, as_of=DAYS[-1])})
        seen: set[str] = set()
        for day in (date(2026, 11, 25), date(2026, 3, 1), date(2027, 6, 30)):
            for partner in (None, *partners):
                seen.update(c for r in assert_count_is_the_listing(s, day, partner)
                            for c in r.exceptions)
        assert len(seen) >= 7, seen  # the demo spreads the exceptions


def _raw(ledger, oid, **fields):
    """Writes field values as given (no input cleaning), lines' too (``line_``...)."""
    with ledger.session() as s:
        order = s.get(Order, oid)
        for name, value in fields.items():
            if name.startswith("line_"):
                for line in s.scalars(select(OrderLine).where(OrderLine.order_id == oid)):
                    setattr(line, name[5:], value)
            else:
                setattr(order, name, value)


@pytest.fixture
def edge_ledger(ledger, exercise_id):
    """Orders at the edges of every rule, judged by terms that changed over time."""
    with ledger.session() as s:
        agreement(s)  # the default list, from 2018
        agreements.set_agreement(
            session=s, partner_code="JPN", reference_text="CAN-JPN ACSA 2018",
            actor=admin_in(s), required_elements=("order_number", "funding_reference", "lines",
                                                  "line_description", "funding_reference"),
            claim_days=10, settlement_months=6, effective_from=date(2025, 6, 3))
        reference.ensure_partner(session=s, code="USA")
        usa = reference.create_exercise(session=s, data=reference.ExerciseInput(
            name="PACIFIC 2025", partners=("USA",))).id
    earlier = dict(ordered_on=date(2025, 6, 2))  # judged by the 2018 terms
    for terms, extra in (("old", earlier), ("new", {})):
        spaced = build(ledger, exercise_id, f"W-{terms}", "requested", **extra)
        _raw(ledger, spaced, funding_reference=whitespace(), requesting_poc="\u3000\x85",
             line_description="\u2007")
        kept = build(ledger, exercise_id, f"Z-{terms}", "requested", **extra)
        _raw(ledger, kept, funding_reference="\u200b", line_unit_of_issue=" \u200b ")
        unsigned = build(ledger, exercise_id, f"U-{terms}", "delivered", **extra)
        _raw(ledger, unsigned, issuing_official_name="\u2003\u3000")
        build(ledger, exercise_id, f"N-{terms}", "notified", **extra)
        build(ledger, exercise_id, f"I-{terms}", "invoiced", documents=False, **extra)
        build(ledger, exercise_id, f"P-{terms}", "notified", partial=True, **extra)
    build(ledger, usa, "USA-1", "delivered", partner_code="USA", documents=False)
    build(ledger, usa, "USA-2", "notified", partner_code="USA")
    gone = build(ledger, exercise_id, "C-1", "signed", documents=False)
    reversed_ = build(ledger, exercise_id, "R-1", "delivered", documents=False)
    proofs = build(ledger, exercise_id, "D-1", "delivered", partial=True)
    waiting = build(ledger, exercise_id, "S-1", "notified", partial=True)
    open_ = build(ledger, exercise_id, "S-2", "notified", partial=True)
    with ledger.session() as s:
        orders.cancel_order(session=s, order_id=gone, reason="not needed", actor=ACTOR)
        for entry in orders.deliveries(session=s, order_id=reversed_):
            orders.reverse_delivery(session=s, delivery_id=entry.id, reason="wrong", actor=ACTOR)
        lines = orders.order_lines(session=s, order_id=proofs)
        orders.record_delivery(session=s, order_id=proofs, delivered_on=DELIVERED + timedelta(2),
                               quantities={lines[1].id: Decimal(1)}, actor=ACTOR)
        for view in attachments.list_for_order(session=s, order_id=proofs):
            if view.kind == "proof_of_delivery":
                attachments.withdraw(session=s, attachment_id=view.id, reason="wrong",
                                     actor=ACTOR)
        attachments.attach(session=s, order_id=proofs, file_name="pod.pdf", content=PDF + b"o",
                           kind="proof_of_delivery", actor=ACTOR)  # one of two dates proved
        order = orders.get_order(session=s, order_id=waiting)
        orders.record_settlement(session=s, order_id=waiting, settled_on=DELIVERED,
                                 method="cash", amount_minor=order.billable_minor, actor=ACTOR)
        order = orders.get_order(session=s, order_id=open_)  # settled, the rest undelivered
        orders.record_settlement(session=s, order_id=open_, settled_on=DELIVERED, method="cash",
                                 amount_minor=order.billable_minor, actor=ACTOR,
                                 approved_by="officer")
    return ledger


def test_count_is_the_listing_at_the_edges(edge_ledger):
    with edge_ledger.reader() as s:
        seen: set[str] = set()
        for day in DAYS:
            for partner in (None, "JPN", "USA", "GBR"):
                listed = assert_count_is_the_listing(s, day, partner)
                seen.update(c for r in listed for c in r.exceptions)
                assert "C-1" not in {r.number for r in listed}  # cancelled
        assert seen == set(readiness.CODES)
        for day in (DAYS[0], DAYS[3]):  # the orders list's readiness filter: the same rules
            for partner in ("", "JPN"):
                for code in ("", *readiness.CODES):
                    flt = OrderFilter(readiness=code, readiness_as_of=day, partner=partner)
                    assert count_orders(session=s, flt=flt) == readiness.count_exceptions(
                        session=s, as_of=day, partner=partner or None,
                        codes=(code,) if code else readiness.CODES)
        assert count_orders(session=s, flt=OrderFilter(readiness="no_such_code")) == 0
        rows = {r.number: r for r in readiness.assess(session=s, as_of=DAYS[0])}
    # Unicode whitespace is empty, as str.strip() has it; a zero-width space is not
    assert rows["W-old"].details["missing_data"] == [
        "requesting_poc", "line_description", "funding_reference"]
    assert rows["W-new"].details["missing_data"] == [  # the later terms, in their order
        "funding_reference", "line_description", "funding_reference"]
    assert "Z-old" not in rows and "Z-new" not in rows
    assert "missing_signatures" in rows["U-old"].exceptions
    assert "N-old" not in rows  # complete, signed by both
    assert rows["USA-1"].details["missing_data"] == ["agreement_reference"]  # no agreement
    assert rows["D-1"].details == {"missing_documents": ["proof_of_delivery"]}
    assert rows["R-1"].details == {"missing_documents": ["signed_order_form"]}  # no proof due
    assert "awaiting_approval" in rows["S-1"].exceptions
    assert rows["S-2"].exceptions == ("not_closed",)
