"""Terms apply from their date: an order is held to the settlement deadline of the agreement
terms in force on its order date, by every reader of the deadline."""

from datetime import date

from sqlalchemy import text

from acsa_desk.services import agreements, balances, ledger_sql, offsets, readiness
from acsa_desk.services.queries import OrderFilter, page_orders
from tests.conftest import admin_in
from tests.services.readiness_helpers import agreement, build

DELIVERED = date(2025, 6, 4)
AS_OF = date(2026, 1, 10)  # 7 months after the delivery: past 6 months, within 12


def two_versions(ledger, exercise_id):
    """OLD ordered under 12 months, NEW ordered once the 6-month terms apply (2025-06-01);
    both delivered the same day."""
    with ledger.session() as s:
        agreement(s)  # 12 months from 2018
    old = build(ledger, exercise_id, "T-OLD", "notified", ordered_on=date(2025, 5, 20))
    new = build(ledger, exercise_id, "T-NEW", "notified", ordered_on=date(2025, 6, 3))
    with ledger.session() as s:
        agreements.set_agreement(session=s, partner_code="JPN", reference_text="CAN-JPN ACSA",
                                 actor=admin_in(s), settlement_months=6,
                                 effective_from=date(2025, 6, 1))
    return old, new


def test_each_order_keeps_the_deadline_of_its_date(ledger, exercise_id):
    two_versions(ledger, exercise_id)
    with ledger.reader() as s:
        flagged = {r.number: r.exceptions for r in readiness.assess(session=s, as_of=AS_OF)}
        assert "overdue" in flagged["T-NEW"]
        assert "overdue" not in flagged.get("T-OLD", ()) and "due_soon" not in flagged.get(
            "T-OLD", ())
        listed = [o.order_number for o in balances.overdue(session=s, as_of=AS_OF)]
        assert listed == ["T-NEW"]
        shown = page_orders(session=s, flt=OrderFilter(overdue_as_of=AS_OF))
        assert [r.number for r in shown] == ["T-NEW"]
        # a year after the delivery both are late, each by its own terms
        later = date(2026, 6, 5)
        assert sorted(o.order_number for o in balances.overdue(session=s, as_of=later)) == [
            "T-NEW", "T-OLD"]
        # the old order becomes due soon 60 days before its own (12-month) deadline
        soon = [o.order_number for o in balances.due_soon(session=s, as_of=date(2026, 4, 6))]
        assert soon == ["T-OLD"]


def test_the_dashboard_and_the_lean_sql_agree(ledger, exercise_id):
    from acsa_desk.ui.dashboard.data import late_figures

    two_versions(ledger, exercise_id)
    with ledger.reader() as s:
        late = late_figures(s, AS_OF)
        assert [o.order_number for o in late.overdue] == ["T-NEW"]
        fetch = balances.fetcher(s)
        assert [o.order_number for o in ledger_sql.read_overdue(fetch, as_of=AS_OF)] == ["T-NEW"]
        schedule = ledger_sql.read_months(
            lambda q: s.execute(text(q.sql), q.params).all())
        assert schedule["JPN"] == ((date(2018, 1, 1), 12), (date(2025, 6, 1), 6))
    path = getattr(ledger, "path", None)
    if path is not None:  # SQLite: the read-only commands' sqlite3 path
        from acsa_desk.cli import lean

        con = lean.open_readonly(str(path))
        assert con is not None
        try:
            fast = ledger_sql.read_overdue(lean.fetcher(con), as_of=AS_OF)
        finally:
            con.close()
        assert [o.order_number for o in fast] == ["T-NEW"]


def test_an_offset_proposal_dates_each_leg_by_its_terms(ledger, exercise_id):
    two_versions(ledger, exercise_id)
    with ledger.reader() as s:
        legs = {leg.order_number: leg.deadline for leg in
                offsets._candidates(s, "JPN", "CAD", "provided",
                                    ledger_sql.read_months(
                                        lambda q: s.execute(text(q.sql), q.params).all()))}
    assert legs == {"T-OLD": date(2026, 6, 4), "T-NEW": date(2025, 12, 4)}
