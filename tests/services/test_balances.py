"""Balances, overdue, due-soon and ageing, computed by SQL over a real SQLite file."""

from datetime import date
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event

from acsa_desk.services import balances, orders, reference
from tests.conftest import ACTOR, both_officials, order_input, register_admin, register_cast


def _invoiced_order(ledger, exercise_id, number, *, direction="provided", currency="CAD",
                    delivered_on=date(2025, 6, 4), partner="JPN", price=100, qty=10):
    line = orders.LineInput("fuel", "F-76", "L", Decimal(qty), price)
    with ledger.session() as s:
        order = orders.create_order(
            session=s, data=order_input(exercise_id, number=number, direction=direction,
                                        currency=currency, partner_code=partner, lines=(line,),
                                        ordered_on=date(2024, 1, 2), required_on=date(2024, 1, 3)),
            actor=ACTOR)
        orders.sign(session=s, order_id=order.id, signed_on=date(2024, 1, 2), actor="o",
                    **both_officials())
        line_id = orders.order_lines(session=s, order_id=order.id)[0].id
        orders.record_delivery(session=s, order_id=order.id, delivered_on=delivered_on,
                               quantities={line_id: Decimal(qty)}, actor=ACTOR)
        orders.record_receipt(session=s, order_id=order.id, received_on=delivered_on,
                              received_by="x", actor=ACTOR)
        orders.raise_invoice(session=s, order_id=order.id, reference_text="I",
                             issued_on=delivered_on, actor=ACTOR)
        return order.id


def _settle(ledger, oid, amount, on=date(2025, 7, 1)):
    with ledger.session() as s:
        orders.record_settlement(session=s, order_id=oid, settled_on=on, method="cash",
                                 amount_minor=amount, actor=ACTOR, approved_by="officer")


def test_receivable_payable_net_per_partner_and_currency(ledger, exercise_id):
    _invoiced_order(ledger, exercise_id, "A", qty=10, price=1000)  # 100.00 CAD receivable
    b = _invoiced_order(ledger, exercise_id, "B", direction="received", qty=4, price=1000)
    _invoiced_order(ledger, exercise_id, "C", currency="JPY", qty=3, price=500)  # 1500 JPY
    _settle(ledger, b, 1500)
    with ledger.reader() as s:
        rows = balances.balances(session=s)
    assert [(r.partner, r.currency, r.receivable_minor, r.payable_minor, r.net_minor)
            for r in rows] == [("JPN", "CAD", 10000, 2500, 7500), ("JPN", "JPY", 1500, 0, 1500)]


def test_balances_by_exercise_and_filtered(ledger, exercise_id):
    _invoiced_order(ledger, exercise_id, "A", qty=10, price=1000)
    with ledger.session() as s:
        other = reference.create_exercise(session=s, data=reference.ExerciseInput(
            name="Operation NEON 2025", activity_type="routine")).id
    _invoiced_order(ledger, other, "B", qty=1, price=700, partner="USA")
    with ledger.reader() as s:
        per_exercise = balances.balances(session=s, by_exercise=True)
        neon = balances.balances(session=s, exercise_id=other)
        usa = balances.balances(session=s, partner="USA")
    assert {(r.exercise, r.partner, r.receivable_minor) for r in per_exercise} == {
        ("KAEDEX 2025", "JPN", 10000), ("Operation NEON 2025", "USA", 700)}
    assert [(r.partner, r.receivable_minor) for r in neon] == [("USA", 700)]
    assert [(r.partner, r.receivable_minor) for r in usa] == [("USA", 700)]


def test_balances_are_one_sql_aggregate(ledger, exercise_id):
    for n in range(5):
        _invoiced_order(ledger, exercise_id, f"N{n}")
    statements = []

    def count(conn, cursor, statement, *args):
        statements.append(statement)

    event.listen(ledger.engine, "before_cursor_execute", count)
    with ledger.reader() as s:
        rows = balances.balances(session=s)
    event.remove(ledger.engine, "before_cursor_execute", count)
    selects = [st for st in statements if st.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 1
    assert "sum(" in selects[0].lower() and "group by" in selects[0].lower()
    assert rows[0].receivable_minor == 5 * 1000


def test_overdue_is_more_than_twelve_months_after_delivery(ledger, exercise_id):
    oid = _invoiced_order(ledger, exercise_id, "OLD", delivered_on=date(2025, 6, 4))
    with ledger.reader() as s:
        assert balances.overdue(session=s, as_of=date(2026, 6, 4)) == []  # exactly 12 months
        (late,) = balances.overdue(session=s, as_of=date(2026, 6, 5))
    assert (late.order_number, late.outstanding_minor, late.delivered_on) == (
        "OLD", 1000, date(2025, 6, 4))
    _settle(ledger, oid, 1000)
    with ledger.reader() as s:
        assert balances.overdue(session=s, as_of=date(2026, 6, 5)) == []


def test_agreement_deadline_setting_is_used(ledger, exercise_id):
    _invoiced_order(ledger, exercise_id, "OLD", delivered_on=date(2025, 6, 4))
    with ledger.session(actor=register_admin(ledger)) as s:
        reference.set_agreement(session=s, partner_code="JPN", reference="R",
                                settlement_months=6)
    with ledger.reader() as s:
        assert [o.order_number for o in balances.overdue(session=s, as_of=date(2025, 12, 5))] == [
            "OLD"]


def test_settlements_pay_the_oldest_delivery_first(ledger, exercise_id):
    line = orders.LineInput("fuel", "F-76", "L", Decimal(10), 100)
    with ledger.session() as s:
        order = orders.create_order(session=s, data=order_input(
            exercise_id, lines=(line,), ordered_on=date(2024, 1, 1), required_on=date(2024, 1, 2)),
            actor=ACTOR)
        orders.sign(session=s, order_id=order.id, signed_on=date(2024, 1, 1), actor="o",
                    **both_officials())
        lid = orders.order_lines(session=s, order_id=order.id)[0].id
        orders.record_delivery(session=s, order_id=order.id, delivered_on=date(2024, 6, 1),
                               quantities={lid: Decimal(4)}, actor=ACTOR)
        orders.record_delivery(session=s, order_id=order.id, delivered_on=date(2025, 6, 1),
                               quantities={lid: Decimal(6)}, actor=ACTOR)
        orders.record_receipt(session=s, order_id=order.id, received_on=date(2025, 6, 1),
                              received_by="x", actor=ACTOR)
        orders.raise_invoice(session=s, order_id=order.id, reference_text="I",
                             issued_on=date(2025, 6, 2), actor=ACTOR)
        oid = order.id
    with ledger.reader() as s:
        (late,) = balances.overdue(session=s, as_of=date(2025, 8, 1))
        assert late.overdue_minor == 400 and late.outstanding_minor == 1000
        (row,) = balances.ageing(session=s, as_of=date(2025, 8, 1))
        assert row.buckets_minor == (600, 0, 0, 400)
    _settle(ledger, oid, 400)  # pays the 2024 delivery
    with ledger.reader() as s:
        assert balances.overdue(session=s, as_of=date(2025, 8, 1)) == []
        (row,) = balances.ageing(session=s, as_of=date(2025, 8, 1))
        assert row.buckets_minor == (600, 0, 0, 0)


def test_due_within_sixty_days(ledger, exercise_id):
    _invoiced_order(ledger, exercise_id, "SOON", delivered_on=date(2025, 1, 10))
    _invoiced_order(ledger, exercise_id, "LATER", delivered_on=date(2025, 6, 10))
    with ledger.reader() as s:
        soon = balances.due_soon(session=s, as_of=date(2025, 12, 1))
        assert [o.order_number for o in soon] == ["SOON"]
        assert balances.due_soon(session=s, as_of=date(2026, 2, 1)) == []  # SOON is overdue now
        assert [o.order_number for o in balances.overdue(session=s, as_of=date(2026, 2, 1))] == [
            "SOON"]


def test_waiting_for_action_counts(ledger, exercise_id):
    with ledger.session() as s:
        orders.create_order(session=s, data=order_input(exercise_id, number="R1"), actor=ACTOR)
    _invoiced_order(ledger, exercise_id, "I1")
    with ledger.reader() as s:
        counts = balances.waiting_for_action(session=s)
    assert counts.awaiting_signatures == 1
    assert counts.invoiced_unsettled == 1
    assert counts.delivered_not_invoiced == 0


amounts = st.lists(
    st.tuples(st.sampled_from(["provided", "received"]), st.sampled_from(["CAD", "JPY"]),
              st.integers(1, 50), st.integers(1, 10**6), st.integers(0, 100)),
    min_size=1, max_size=6,
)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(specs=amounts)
def test_balances_are_the_sum_of_their_parts(tmp_path_factory, specs):
    from acsa_desk.db.engine import open_ledger

    ledger = register_cast(open_ledger(tmp_path_factory.mktemp("b") / "l.sqlite"))
    with ledger.session() as s:
        ex = reference.create_exercise(session=s, data=reference.ExerciseInput(name="X")).id
    expected: dict[str, list[int]] = {}
    for n, (direction, currency, qty, price, pct) in enumerate(specs):
        oid = _invoiced_order(ledger, ex, f"P{n}", direction=direction, currency=currency,
                              qty=qty, price=price)
        billable = qty * price
        paid = billable * pct // 100
        if paid:
            _settle(ledger, oid, paid)
        out = billable - paid
        rec, pay = expected.setdefault(currency, [0, 0])
        expected[currency] = [rec + out, pay] if direction == "provided" else [rec, pay + out]
    with ledger.reader() as s:
        rows = balances.balances(session=s)
        by_currency = balances.totals_by_currency(rows)
        order_rows = [orders.get_order(session=s, order_id=i) for i in range(1, len(specs) + 1)]
    ledger.close()
    for currency, (rec, pay) in expected.items():
        assert by_currency[currency] == (rec, pay, rec - pay)
    # an order's billable is the sum of its lines' once-rounded amounts
    assert all(o.billable_minor >= o.settled_minor for o in order_rows)
