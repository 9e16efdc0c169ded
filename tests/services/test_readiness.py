"""Audit readiness: every exception code, with its boundaries, on both backends."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from acsa_desk.core.errors import RuleViolation
from acsa_desk.interchange.orders_import import import_orders
from acsa_desk.services import attachments, balances, claims, orders, readiness
from tests.conftest import ACTOR, admin_in
from tests.services.readiness_helpers import PDF, agreement, build

DELIVERED = date(2025, 6, 4)


def codes(ledger, as_of, number=None):
    with ledger.reader() as s:
        rows = readiness.assess(session=s, as_of=as_of)
    found = {r.number: r for r in rows}
    if number is None:
        return found
    return found[number].exceptions if number in found else ()


def details(ledger, as_of, number):
    with ledger.reader() as s:
        (row,) = [r for r in readiness.assess(session=s, as_of=as_of) if r.number == number]
    return row.details


@pytest.fixture
def with_agreement(ledger, exercise_id):
    with ledger.session() as s:
        agreement(s)
    return exercise_id


def test_a_complete_closed_order_has_no_exception(ledger, with_agreement):
    oid = build(ledger, with_agreement, "A-1", "settled")
    with ledger.reader() as s:
        assert orders.get_order(session=s, order_id=oid).status == "closed"
    assert codes(ledger, date(2027, 1, 1), "A-1") == ()


def test_missing_data_names_the_elements(ledger, with_agreement):
    build(ledger, with_agreement, "A-2", "requested", requesting_poc_phone="",
          funding_reference="  ")
    assert codes(ledger, DELIVERED, "A-2") == ("missing_data",)
    assert details(ledger, DELIVERED, "A-2") == {
        "missing_data": ["requesting_poc_phone", "funding_reference"]}


def test_missing_data_follows_the_agreement_list_in_force_on_the_order_date(ledger, exercise_id):
    build(ledger, exercise_id, "A-3", "requested", funding_reference="", requesting_poc_email="")
    assert details(ledger, DELIVERED, "A-3")["missing_data"] == [
        "agreement_reference", "requesting_poc_email", "funding_reference"]
    with ledger.session() as s:
        agreement(s)  # the default list, from 2018
        from acsa_desk.services import agreements

        agreements.set_agreement(session=s, partner_code="JPN", reference_text="CAN-JPN ACSA 2018",
                                 actor=admin_in(s), required_elements=("order_number", "funding_reference"),
                                 effective_from=date(2025, 7, 1))
    # ordered 2025-06-03: still judged by the 2018 terms (the full list)
    assert details(ledger, DELIVERED, "A-3")["missing_data"] == [
        "requesting_poc_email", "funding_reference"]
    build(ledger, exercise_id, "A-4", "requested", ordered_on=date(2025, 7, 1),
          required_on=date(2025, 7, 2), funding_reference="", requesting_poc_email="")
    assert details(ledger, DELIVERED, "A-4")["missing_data"] == ["funding_reference"]


def test_missing_signatures_once_delivered(ledger, with_agreement, tmp_path):
    sheet = tmp_path / "orders.csv"
    sheet.write_text(
        "order_number,exercise,partner,direction,ordered_on,delivered_on,settlement_method,"
        "currency,category,description,unit_of_issue,quantity,unit_price,delivered_quantity\n"
        "IMP-1,KAEDEX 2025,JPN,provided,2025-06-01,2025-06-02,cash,CAD,fuel,F-76,L,10,1.00,10\n"
        "IMP-2,KAEDEX 2025,JPN,provided,2025-06-01,,cash,CAD,fuel,F-76,L,10,1.00,0\n",
        encoding="utf-8")
    with ledger.session() as s:
        import_orders(session=s, path=sheet, actor=ACTOR)
    assert "missing_signatures" in codes(ledger, date(2025, 6, 3), "IMP-1")
    assert "missing_signatures" not in codes(ledger, date(2025, 6, 3), "IMP-2")  # requested


def test_missing_documents_per_stage_and_per_delivery(ledger, with_agreement):
    oid = build(ledger, with_agreement, "A-5", "signed", documents=False)
    assert codes(ledger, DELIVERED, "A-5") == ("missing_documents",)
    assert details(ledger, DELIVERED, "A-5") == {"missing_documents": ["signed_order_form"]}
    with ledger.session() as s:
        att = attachments.attach(session=s, order_id=oid, file_name="form.pdf", content=PDF,
                                 kind="signed_order_form", actor=ACTOR)
        lines = orders.order_lines(session=s, order_id=oid)
        first = orders.record_delivery(session=s, order_id=oid, delivered_on=DELIVERED,
                                       quantities={lines[0].id: Decimal(100)}, actor=ACTOR)
        orders.record_delivery(session=s, order_id=oid, delivered_on=DELIVERED + timedelta(1),
                               quantities={lines[0].id: Decimal(100)}, actor=ACTOR)
        attachments.attach(session=s, order_id=oid, file_name="pod1.pdf", content=b"pod 1",
                           kind="proof_of_delivery", delivery_id=first[0].id, actor=ACTOR)
    # two delivery dates, one proof
    assert details(ledger, DELIVERED, "A-5") == {"missing_documents": ["proof_of_delivery"]}
    with ledger.session() as s:
        attachments.attach(session=s, order_id=oid, file_name="pod2.pdf", content=b"pod 2",
                           kind="proof_of_delivery", actor=ACTOR)
    assert codes(ledger, DELIVERED, "A-5") == ()
    with ledger.session() as s:  # a withdrawn document no longer counts
        attachments.withdraw(session=s, attachment_id=att.id, reason="wrong order's form",
                             actor=ACTOR)
    assert details(ledger, DELIVERED, "A-5") == {"missing_documents": ["signed_order_form"]}


def test_claim_late_counts_the_claim_days_from_the_first_delivery(ledger, with_agreement):
    build(ledger, with_agreement, "A-6", "delivered")
    assert "claim_late" not in codes(ledger, DELIVERED + timedelta(30), "A-6")  # day 30
    assert "claim_late" in codes(ledger, DELIVERED + timedelta(31), "A-6")
    with ledger.session() as s:
        agreement(s, claim_days=10)
    assert "claim_late" in codes(ledger, DELIVERED + timedelta(11), "A-6")
    assert "claim_late" not in codes(ledger, DELIVERED + timedelta(10), "A-6")
    build(ledger, with_agreement, "A-7", "invoiced")
    assert "claim_late" not in codes(ledger, DELIVERED + timedelta(90), "A-7")
    build(ledger, with_agreement, "A-8", "delivered", direction="received")
    assert "claim_late" not in codes(ledger, DELIVERED + timedelta(90), "A-8")  # theirs to claim


def test_finance_not_notified_until_the_claim_notice_is_recorded(ledger, with_agreement):
    oid = build(ledger, with_agreement, "A-9", "invoiced")
    assert codes(ledger, DELIVERED, "A-9") == ("finance_not_notified",)
    with ledger.session() as s:
        with pytest.raises(RuleViolation, match="before the claim was raised"):
            claims.notify_finance(session=s, order_id=oid, notified_on=DELIVERED - timedelta(1),
                                  notified_to="DFO", actor=ACTOR)
        with pytest.raises(RuleViolation, match="name the finance"):
            claims.notify_finance(session=s, order_id=oid, notified_on=DELIVERED,
                                  notified_to=" ", actor=ACTOR)
        claims.notify_finance(session=s, order_id=oid, notified_on=DELIVERED,
                              notified_to="DFO Ottawa", reference_text="CN-9", actor=ACTOR)
    assert codes(ledger, DELIVERED, "A-9") == ()


def test_finance_cannot_be_notified_before_the_claim(ledger, with_agreement):
    oid = build(ledger, with_agreement, "A-10", "delivered")
    with ledger.session() as s, pytest.raises(RuleViolation, match="no claim yet"):
        claims.notify_finance(session=s, order_id=oid, notified_on=DELIVERED, notified_to="DFO",
                              actor=ACTOR)


def test_due_soon_and_overdue_around_the_deadline_day(ledger, with_agreement):
    build(ledger, with_agreement, "A-11", "notified")
    deadline = date(2026, 6, 4)  # 12 months after the delivery
    assert "due_soon" not in codes(ledger, deadline - timedelta(60), "A-11")
    assert codes(ledger, deadline - timedelta(59), "A-11") == ("due_soon",)
    assert codes(ledger, deadline, "A-11") == ("due_soon",)  # the deadline day: still a warning
    assert codes(ledger, deadline + timedelta(1), "A-11") == ("overdue",)
    with ledger.reader() as s:  # the same orders as the overdue list
        for day in (deadline, deadline + timedelta(1), deadline + timedelta(400)):
            listed = {o.order_number for o in balances.overdue(session=s, as_of=day)}
            flagged = {r.number for r in readiness.assess(session=s, as_of=day)
                       if "overdue" in r.exceptions}
            assert listed == flagged


def test_a_shorter_deadline_moves_the_warning(ledger, with_agreement):
    build(ledger, with_agreement, "A-12", "notified")
    with ledger.session() as s:
        agreement(s, settlement_months=6)
    assert codes(ledger, date(2025, 12, 4), "A-12") == ("due_soon",)
    assert codes(ledger, date(2025, 12, 5), "A-12") == ("overdue",)


def test_awaiting_approval_and_not_closed(ledger, with_agreement):
    oid = build(ledger, with_agreement, "A-13", "notified", partial=True)
    with ledger.session() as s:
        order = orders.get_order(session=s, order_id=oid)
        settlement = orders.record_settlement(session=s, order_id=oid, settled_on=DELIVERED,
                                              method="cash", amount_minor=order.billable_minor,
                                              actor=ACTOR)
        assert order.status == "invoiced"  # settled once our side approves
    assert codes(ledger, DELIVERED, "A-13") == ("awaiting_approval",)
    with ledger.session() as s:
        orders.approve_settlement(session=s, settlement_id=settlement.id, actor="officer")
        assert orders.get_order(session=s, order_id=oid).status == "settled"  # rest undelivered
    assert codes(ledger, DELIVERED, "A-13") == ("not_closed",)
    with ledger.session() as s:
        assert claims.could_close(s, oid)
        orders.close_order(session=s, order_id=oid, reason="rest not needed", actor=ACTOR)
    assert codes(ledger, DELIVERED, "A-13") == ()


def test_partner_filter_and_cancelled_orders(ledger, with_agreement):
    build(ledger, with_agreement, "A-14", "signed", documents=False)
    oid = build(ledger, with_agreement, "A-15", "signed", documents=False)
    with ledger.session() as s:
        orders.cancel_order(session=s, order_id=oid, reason="not needed", actor=ACTOR)
        assert [r.number for r in readiness.assess(session=s, as_of=DELIVERED)] == ["A-14"]
        assert readiness.assess(session=s, as_of=DELIVERED, partner="USA") == []


def test_the_assessment_stops_when_asked_while_the_orders_load(ledger, with_agreement, monkeypatch):
    for n in range(5):
        build(ledger, with_agreement, f"S-{n}", "signed")
    monkeypatch.setattr(readiness, "_BATCH", 2)  # a look at cancelled every two orders
    asked: list[int] = []
    seen: list[str] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) >= 2  # the window closes while the orders are being read

    with ledger.reader() as s, pytest.raises(readiness.Interrupted):
        for row in readiness.iter_assess(session=s, as_of=date(2027, 1, 1),
                                         only_exceptions=False, cancelled=cancelled):
            seen.append(row.number)
    assert len(asked) == 2 and seen == ["S-0", "S-1", "S-2"]  # stopped at the fourth order
    with ledger.reader() as s:
        assert len(readiness.assess(session=s, as_of=date(2027, 1, 1), only_exceptions=False,
                                    cancelled=lambda: False)) == 5


def test_the_count_stops_when_asked_between_spans_of_orders(ledger, with_agreement, monkeypatch):
    for n in range(5):
        build(ledger, with_agreement, f"T-{n}", "signed", documents=False)
    monkeypatch.setattr(readiness, "_COUNT_SPAN", 2)  # orders counted two ids at a time
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) >= 2

    with ledger.reader() as s:
        with pytest.raises(readiness.Interrupted):
            readiness.count_exceptions(session=s, as_of=DELIVERED, cancelled=cancelled)
        assert len(asked) == 2
        assert readiness.count_exceptions(session=s, as_of=DELIVERED,
                                          cancelled=lambda: False) == 5
