"""The finance export's query plan on a real PostgreSQL server, on a ledger large enough for
the planner's estimates to matter (issue 16: the export of 100,000 orders never finished).

The deliveries are reached per line through their index, never as a pre-aggregated whole
joined by a nested loop (which the planner chose when it estimated that whole at one row,
then ran the aggregate again for every line). The plan is read with EXPLAIN (FORMAT JSON):
its shape is asserted, never its time. The export itself is checked on both backends by
tests/interchange/test_finance_export.py.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import text

from acsa_desk.db.engine import open_ledger
from acsa_desk.db.models import Delivery, Order, OrderLine
from acsa_desk.interchange.finance_rows import finance_query
from acsa_desk.services import orders, reference
from tests.conftest import ACTOR, both_officials, order_input, register_cast
from tests.pg import fresh_database

pytestmark = pytest.mark.postgres

COPIES = 6000  # orders: 18,000 lines, 18,000 deliveries and 1,800 reversals of them


@pytest.fixture(scope="module")
def big_ledger(pg_server: Any) -> Any:
    url, drop = fresh_database(pg_server)
    ledger = register_cast(open_ledger(url))
    _fill(ledger)
    yield ledger
    ledger.close()
    drop()  # type: ignore[operator]


def _fill(ledger: Any) -> None:
    """One order made by the services, then copied server-side (the plan depends on the
    tables' sizes and statistics, not on how the rows came in)."""
    with ledger.session() as s:
        exercise = reference.create_exercise(
            session=s, data=reference.ExerciseInput(name="KAEDEX 2025", partners=("JPN",)))
        order = orders.create_order(session=s, data=order_input(exercise.id), actor=ACTOR)
        orders.sign(session=s, order_id=order.id, signed_on=date(2025, 6, 3), actor="officer",
                    **both_officials())
        lines = orders.order_lines(session=s, order_id=order.id)
        orders.record_delivery(session=s, order_id=order.id, delivered_on=date(2025, 6, 4),
                               quantities={ln.id: Decimal(1) for ln in lines}, actor=ACTOR)
        template = order.id
    copy_cols = _columns(Order, {"id", "number"})
    line_cols = _columns(OrderLine, {"id", "order_id"})
    delivery_cols = _columns(Delivery, {"id", "order_id", "line_id", "reverses_id"})
    with ledger.engine.begin() as c:
        c.execute(text(
            f"INSERT INTO acsa_order (number, {copy_cols}) SELECT 'COPY-' || g, {copy_cols} "
            f"FROM acsa_order, generate_series(1, {COPIES}) g WHERE id = :t"), {"t": template})
        c.execute(text(
            f"INSERT INTO order_line (order_id, {line_cols}) SELECT o.id, "
            + ", ".join(f"l.{c}" for c in line_cols.split(", "))
            + " FROM acsa_order o, order_line l WHERE o.number LIKE 'COPY-%' AND l.order_id = :t"),
            {"t": template})
        c.execute(text(
            f"INSERT INTO delivery (order_id, line_id, {delivery_cols}) SELECT nl.order_id, nl.id, "
            + ", ".join(f"d.{c}" for c in delivery_cols.split(", "))
            + " FROM delivery d JOIN order_line tl ON tl.id = d.line_id "
            "JOIN order_line nl ON nl.line_no = tl.line_no AND nl.order_id <> tl.order_id "
            "WHERE d.order_id = :t"), {"t": template})
        c.execute(text(  # every tenth delivery reversed
            f"INSERT INTO delivery (order_id, line_id, reverses_id, {delivery_cols}) "
            "SELECT d.order_id, d.line_id, d.id, "
            + ", ".join(f"d.{c}" for c in delivery_cols.split(", "))
            + " FROM delivery d WHERE d.id % 10 = 0 AND d.reverses_id IS NULL"))
    with ledger.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
        c.execute(text("ANALYZE"))


def _columns(model: Any, leave_out: set[str]) -> str:
    return ", ".join(c.name for c in model.__table__.columns if c.name not in leave_out)


def _plan(ledger: Any, cursor: bool) -> dict[str, Any]:
    """The plan of the export's query; ``cursor``: as the export runs it, through a
    server-side cursor (planned for its first rows: where the nested loop was chosen)."""
    query = finance_query()
    declare = "DECLARE finance CURSOR FOR " if cursor else ""
    with ledger.engine.connect() as c:
        raw = c.execute(text(f"EXPLAIN (FORMAT JSON) {declare}{query.sql}"), query.params).scalar()
    plan = raw if isinstance(raw, list) else json.loads(raw)
    return plan[0]["Plan"]  # type: ignore[no-any-return]


def _nodes(node: dict[str, Any], inner: bool = False) -> list[tuple[dict[str, Any], bool]]:
    """Every node of the plan, with whether it sits on the inner side of a nested loop (run
    again for each row of the outer side)."""
    found = [(node, inner)]
    for child in node.get("Plans", []):
        rerun = inner or (node["Node Type"] == "Nested Loop"
                          and child.get("Parent Relationship") == "Inner")
        found += _nodes(child, rerun)
    return found


@pytest.mark.parametrize("cursor", [True, False], ids=["server-side cursor", "plain"])
def test_deliveries_are_read_per_line_through_the_index_never_whole(big_ledger, cursor):
    nodes = _nodes(_plan(big_ledger, cursor))
    delivery_scans = [n for n, _inner in nodes if n.get("Relation Name") == "delivery"]
    assert delivery_scans, "the plan reads the deliveries"
    for scan in delivery_scans:  # each look-up goes by the line or the reversed delivery
        assert scan["Node Type"] in {"Index Scan", "Index Only Scan", "Bitmap Heap Scan"}, scan
    reaggregated = [n for n, inner in nodes if inner and n["Node Type"] == "Aggregate"
                    and n.get("Strategy") != "Plain"]
    assert not reaggregated, "a grouped aggregate under a nested loop's inner side"
    scanned_again = [n for n, inner in nodes if inner and n["Node Type"] == "Seq Scan"
                     and n.get("Relation Name") in {"delivery", "order_line", "acsa_order"}]
    assert not scanned_again, "a whole table scanned under a nested loop's inner side"


def test_the_ledger_is_large_enough_to_show_it(big_ledger):
    with big_ledger.engine.connect() as c:
        deliveries = c.execute(text("SELECT count(*) FROM delivery")).scalar()
        estimated = c.execute(text(
            "SELECT reltuples FROM pg_class WHERE relname = 'delivery'")).scalar()
    assert deliveries > 3 * COPIES and estimated > 3 * COPIES
