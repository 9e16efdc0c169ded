"""Properties of the ledger over random orders (SQLite; the rules are the same on PostgreSQL)."""

from datetime import date
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from acsa_desk.core.money import line_amount_minor
from acsa_desk.db import audit
from acsa_desk.db.engine import open_ledger
from acsa_desk.services import orders, reference
from tests.conftest import both_officials, order_input, register_cast

quantities = st.decimals(min_value=Decimal("0.001"), max_value=Decimal("50000"), places=3)
lines = st.lists(st.tuples(quantities, st.integers(0, 10**7), st.integers(0, 100)),
                 min_size=1, max_size=5)
SETTINGS = settings(max_examples=15, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


def _order(tmp_path_factory, specs, currency):
    ledger = register_cast(open_ledger(tmp_path_factory.mktemp("p") / "l.sqlite"))
    with ledger.session() as s:
        ex = reference.create_exercise(session=s, data=reference.ExerciseInput(name="X")).id
        data = order_input(ex, currency=currency, lines=tuple(
            orders.LineInput("fuel", f"lot {n}", "L", qty, price)
            for n, (qty, price, _pct) in enumerate(specs)))
        oid = orders.create_order(session=s, data=data, actor="clerk").id
        orders.sign(session=s, order_id=oid, signed_on=date(2025, 6, 3), actor="officer",
                    **both_officials())
    return ledger, oid


@SETTINGS
@given(specs=lines, currency=st.sampled_from(["JPY", "CAD"]))
def test_order_total_is_the_sum_of_once_rounded_lines(tmp_path_factory, specs, currency):
    ledger, oid = _order(tmp_path_factory, specs, currency)
    with ledger.session() as s:
        ids = [ln.id for ln in orders.order_lines(session=s, order_id=oid)]
        delivered = {}
        for line_id, (qty, _price, pct) in zip(ids, specs, strict=True):
            part = (qty * pct / 100).quantize(Decimal("0.001"))
            if part > 0:
                delivered[line_id] = part
        if delivered:
            # delivered in two steps: the total is still rounded once per line
            first = {k: (v / 2).quantize(Decimal("0.001")) for k, v in delivered.items()}
            first = {k: v for k, v in first.items() if v > 0}
            if first:
                orders.record_delivery(session=s, order_id=oid, delivered_on=date(2025, 6, 4),
                                       quantities=first, actor="clerk")
            rest = {k: v - first.get(k, 0) for k, v in delivered.items()}
            rest = {k: v for k, v in rest.items() if v > 0}
            if rest:
                orders.record_delivery(session=s, order_id=oid, delivered_on=date(2025, 6, 5),
                                       quantities=rest, actor="clerk")
    with ledger.reader() as s:
        order = orders.get_order(session=s, order_id=oid)
        got = orders.order_lines(session=s, order_id=oid)
        expected = [line_amount_minor(delivered.get(ln.id, Decimal(0)), price)
                    for ln, (_q, price, _p) in zip(got, specs, strict=True)]
        assert [ln.billable_minor for ln in got] == expected
        assert order.billable_minor == sum(expected)
        assert audit.verify(s).ok
    ledger.close()


@SETTINGS
@given(specs=lines, pay_pct=st.integers(1, 100))
def test_reversals_net_to_zero(tmp_path_factory, specs, pay_pct):
    ledger, oid = _order(tmp_path_factory, specs, "CAD")
    with ledger.session() as s:
        ids = [ln.id for ln in orders.order_lines(session=s, order_id=oid)]
        entries = orders.record_delivery(session=s, order_id=oid, delivered_on=date(2025, 6, 4),
                                         quantities=dict(zip(ids, [q for q, _, _ in specs],
                                                             strict=True)), actor="clerk")
        orders.record_receipt(session=s, order_id=oid, received_on=date(2025, 6, 4),
                              received_by="x", actor="clerk")
        order = orders.get_order(session=s, order_id=oid)
        paid = None
        if order.billable_minor > 0:
            orders.raise_invoice(session=s, order_id=oid, reference_text="I",
                                 issued_on=date(2025, 6, 5), actor="clerk")
            amount = max(1, order.billable_minor * pay_pct // 100)
            paid = orders.record_settlement(session=s, order_id=oid, settled_on=date(2025, 7, 1),
                                            method="cash", amount_minor=amount, actor="clerk")
    with ledger.session() as s:
        if paid is not None:
            orders.reverse_settlement(session=s, settlement_id=paid.id, reason="wrong",
                                      actor="officer")
        for entry in entries:
            orders.reverse_delivery(session=s, delivery_id=entry.id, reason="wrong",
                                    actor="officer")
        order = orders.get_order(session=s, order_id=oid)
        assert (order.billable_minor, order.settled_minor) == (0, 0)
        assert all(Decimal(ln.delivered_quantity) == 0
                   for ln in orders.order_lines(session=s, order_id=oid))
        assert sum(e.amount_minor for e in orders.settlements(session=s, order_id=oid)) == 0
        assert sum(d.billable_delta_minor for d in orders.deliveries(session=s, order_id=oid)) == 0
        assert order.status == "signed"
        assert audit.verify(s).ok
    ledger.close()
