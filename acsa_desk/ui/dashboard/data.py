"""What the dashboard shows, read in one unit of work (Qt-free; runs in a worker thread).

The overdue list, the due-soon list and the ageing table all rest on the same thing: per
order and delivery date, the part still unpaid (settlements pay the oldest deliveries
first). The services compute it three times, once per figure (a window function over every
delivery of every outstanding order each time); the dashboard reads the deliveries of the
outstanding orders once, summed per order and date, and derives the three figures from that
single pass with exactly the arithmetic of ``acsa_desk.services.ledger_sql``. The lists keep
only their first rows (oldest first) and the count of all; the click-throughs are filters, or
ids read when a figure is clicked (:func:`orders_behind`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from acsa_desk.core.deadlines import Schedule, cutoff_for, schedule_cutoffs
from acsa_desk.db.engine import Ledger
from acsa_desk.db.models import Order
from acsa_desk.services import balances as balance_service
from acsa_desk.services.balances import AgeingRow, OverdueOrder
from acsa_desk.services.ledger_sql import (
    DUE_SOON_DAYS,
    LIVE,
    OUTSTANDING,
    as_date,
    read_months,
)
from acsa_desk.ui.dashboard.figures import DashboardData

#: How many rows of the overdue and due-soon lists the dashboard shows (the oldest).
LIST_LIMIT = 200

#: Per outstanding live order and delivery date, in order and date order: the order's
#: columns and the delivery amount of that date (what ledger_sql.unpaid_by_delivery cumulates).
DELIVERIES_OF_OUTSTANDING = (
    "SELECT o.id, o.number, o.partner_code, o.currency, o.direction, o.billable_minor, "
    "o.settled_minor, d.delivered_on, SUM(d.billable_delta_minor), o.ordered_on "
    "FROM acsa_order o JOIN delivery d ON d.order_id = o.id "
    f"WHERE {LIVE} AND {OUTSTANDING} > 0 "
    "GROUP BY o.id, o.number, o.partner_code, o.currency, o.direction, o.billable_minor, "
    "o.settled_minor, d.delivered_on, o.ordered_on "
    "ORDER BY o.id, d.delivered_on"
)


@dataclass(frozen=True)
class LateFigures:
    """Overdue, due soon and ageing, from one pass over the unpaid deliveries."""

    ageing: tuple[AgeingRow, ...]
    overdue: tuple[OverdueOrder, ...]  # all of them, oldest first
    due_soon: tuple[OverdueOrder, ...]


def late_figures(session: Session, as_of: date, *, days: int = DUE_SOON_DAYS) -> LateFigures:
    """balances.overdue, balances.due_soon and balances.ageing of ``as_of``, in one pass."""
    months = read_months(lambda q: session.execute(text(q.sql), q.params).all())
    horizon = as_of + timedelta(days=days)
    return _late_figures(session.execute(text(DELIVERIES_OF_OUTSTANDING)), months, as_of, horizon)


_cutoffs = schedule_cutoffs  # one definition of the deadline (core/deadlines.py)


def _late_figures(rows: Any, months: Schedule, as_of: date, horizon: date) -> LateFigures:
    now_default, now_special = _cutoffs(months, as_of)
    soon_default, soon_special = _cutoffs(months, horizon)
    b90, b180, b365 = (as_of - timedelta(days=n) for n in (90, 180, 365))
    dates: dict[Any, date] = {}  # SQLite gives text: each distinct date parsed once
    ageing: dict[tuple[str, str, str], list[int]] = {}
    overdue: list[OverdueOrder] = []
    due_soon: list[OverdueOrder] = []

    current: int | None = None
    head: tuple[Any, ...] = ()
    cum = settled = 0
    now_cut = soon_cut = now_default
    buckets: list[int] = []
    # per order: (sum, oldest) of the unpaid parts past the deadline now / by the horizon
    now_sum = soon_sum = 0
    now_first: date | None = None
    soon_first: date | None = None

    def close() -> None:
        if current is None:
            return
        oid, number, partner, currency, direction, billable = head
        if now_first is not None:
            overdue.append(OverdueOrder(oid, number, partner, currency, direction,
                                        billable - settled, now_sum, now_first))
        elif soon_first is not None:
            due_soon.append(OverdueOrder(oid, number, partner, currency, direction,
                                         billable - settled, soon_sum, soon_first))

    for oid, number, partner, currency, direction, billable, paid, on, amount, ordered in rows:
        if oid != current:
            close()
            current = oid
            head = (oid, number, partner, currency, direction, billable)  # ints and text
            settled, cum = paid, 0
            if now_special:  # the terms in force on the order's date
                ordered_on = as_date(ordered)
                now_cut = cutoff_for(now_default, now_special, head[2], ordered_on)
                soon_cut = cutoff_for(soon_default, soon_special, head[2], ordered_on)
            else:
                now_cut, soon_cut = now_default, soon_default
            key = (head[2], head[3], head[4])
            buckets = ageing.get(key) or ageing.setdefault(key, [0, 0, 0, 0])
            now_sum = soon_sum = 0
            now_first = soon_first = None
        amount = int(amount)
        cum += amount
        # ledger_sql.unpaid_by_delivery's CASE, term for term
        if settled >= cum:
            unpaid = 0
        elif settled <= cum - amount:
            unpaid = amount
        else:
            unpaid = cum - settled
        day = dates.get(on)
        if day is None:
            day = dates[on] = as_date(on)
        if day >= b90:
            buckets[0] += unpaid
        elif day >= b180:
            buckets[1] += unpaid
        elif day >= b365:
            buckets[2] += unpaid
        else:
            buckets[3] += unpaid
        if unpaid > 0:
            if day < now_cut:
                now_sum += unpaid
                if now_first is None or day < now_first:
                    now_first = day
            if day < soon_cut:
                soon_sum += unpaid
                if soon_first is None or day < soon_first:
                    soon_first = day
    close()

    def oldest_first(order: OverdueOrder) -> tuple[date, str]:
        return (order.delivered_on, order.order_number)

    overdue.sort(key=oldest_first)
    due_soon.sort(key=oldest_first)
    return LateFigures(
        ageing=tuple(AgeingRow(p, c, d, (b[0], b[1], b[2], b[3]))
                     for (p, c, d), b in sorted(ageing.items())),
        overdue=tuple(overdue),
        due_soon=tuple(due_soon),
    )


def load_dashboard(ledger: Ledger, as_of: date, *, limit: int = LIST_LIMIT) -> DashboardData:
    """Every figure but the audit exceptions (:func:`count_audit_exceptions`)."""
    from acsa_desk.services import reconciliation_records  # not on the path to the first paint

    with ledger.reader() as session:
        late = late_figures(session, as_of)
        return DashboardData(
            as_of=as_of,
            balances=tuple(balance_service.balances(session=session)),
            ageing=late.ageing,
            overdue=late.overdue[:limit],
            overdue_count=len(late.overdue),
            due_soon=late.due_soon[:limit],
            due_soon_count=len(late.due_soon),
            due_soon_ids=tuple(sorted(o.order_id for o in late.due_soon)),
            waiting=balance_service.waiting_for_action(session=session),
            last_reconciled=reconciliation_records.last_reconciled(session=session),
        )


def count_audit_exceptions(ledger: Ledger, as_of: date,
                           cancelled: Callable[[], bool] | None = None) -> int:
    """The audit-exceptions tile: live orders with at least one readiness exception (the
    Audit readiness page's rules, counted in SQL: ``services.readiness.count_exceptions``, as
    many as ``assess`` lists). ``cancelled()`` true stops the count (``readiness.Interrupted``)."""
    from acsa_desk.services import readiness  # the rules' module: never before the first paint

    with ledger.reader() as session:
        return readiness.count_exceptions(session=session, as_of=as_of, cancelled=cancelled)


def orders_behind(
    ledger: Ledger, *, partner: str, currency: str, directions: tuple[str, ...]
) -> tuple[int, ...]:
    """The orders with something outstanding behind a balance figure (partner, currency and
    direction): the click-through target of the balances and ageing tables. One query (the
    partner's index), whatever the number of the partner's orders."""
    with ledger.reader() as session:
        stmt = (select(Order.id)
                .where(Order.partner_code == partner, Order.currency == currency,
                       Order.direction.in_(directions),  # type: ignore[attr-defined]
                       Order.billable_minor > Order.settled_minor)  # type: ignore[operator]
                .order_by(Order.id))
        return tuple(int(i) for i in session.scalars(stmt))
