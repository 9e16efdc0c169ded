"""What every partner owes in every currency, computed by the database (SQL aggregates).

- receivable (partner, currency): outstanding over ``provided`` orders (the partner owes us)
- payable: outstanding over ``received`` orders (we owe the partner); net = receivable - payable
- Settlements pay the oldest deliveries first, so each delivery date carries its own unpaid
  part: that part is overdue once the delivery is more than the agreement's settlement
  deadline (12 months by default) before the reference date, and ages from its date.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Select, and_, case, func, literal, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from acsa_desk.core.domain import Direction, Status, add_months
from acsa_desk.db.models import Delivery, Exercise, Order
from acsa_desk.services.reference import DEFAULT_SETTLEMENT_MONTHS, settlement_months_by_partner

AGEING_BUCKETS = ("0-90", "91-180", "181-365", "over 365")
DUE_SOON_DAYS = 60

_outstanding = Order.billable_minor - Order.settled_minor  # type: ignore[operator]
_live = Order.status != Status.CANCELLED.value


@dataclass(frozen=True, slots=True)
class Balance:
    partner: str
    currency: str
    receivable_minor: int
    payable_minor: int
    exercise: str | None = None

    @property
    def net_minor(self) -> int:
        return self.receivable_minor - self.payable_minor


def _sum_for(direction: Direction) -> ColumnElement[int]:
    return func.coalesce(
        func.sum(case((Order.direction == direction.value, _outstanding), else_=0)), 0
    )


def balances(
    *,
    session: Session,
    exercise_id: int | None = None,
    partner: str | None = None,
    by_exercise: bool = False,
) -> list[Balance]:
    """Receivable, payable and net per partner and currency (and exercise when asked)."""
    columns = [Order.partner_code, Order.currency]
    stmt: Select[tuple[object, ...]]
    if by_exercise:
        stmt = select(
            Exercise.name, *columns, _sum_for(Direction.PROVIDED), _sum_for(Direction.RECEIVED)
        ).join(Exercise, Exercise.id == Order.exercise_id)
        group = [Exercise.name, *columns]
    else:
        stmt = select(
            literal(None), *columns, _sum_for(Direction.PROVIDED), _sum_for(Direction.RECEIVED)
        )
        group = list(columns)
    stmt = stmt.where(_live)
    if exercise_id is not None:
        stmt = stmt.where(Order.exercise_id == exercise_id)
    if partner is not None:
        stmt = stmt.where(Order.partner_code == partner)
    stmt = stmt.group_by(*group).order_by(*group)
    return [
        Balance(
            partner=str(code), currency=str(currency), receivable_minor=int(rec),
            payable_minor=int(pay), exercise=None if name is None else str(name),
        )
        for name, code, currency, rec, pay in session.execute(stmt)
    ]


# --- per delivery date: the unpaid part (settlements pay the oldest deliveries first) -----


def _unpaid_by_delivery(partner: str | None = None, exercise_id: int | None = None):  # type: ignore[no-untyped-def]
    """A subquery: per order and delivery date, the part of it still unpaid."""
    grouped = (
        select(
            Delivery.order_id.label("order_id"),
            Delivery.delivered_on.label("delivered_on"),
            func.sum(Delivery.billable_delta_minor).label("amount"),
        )
        .join(Order, Order.id == Delivery.order_id)
        .where(_live, _outstanding > 0)
    )
    if partner is not None:
        grouped = grouped.where(Order.partner_code == partner)
    if exercise_id is not None:
        grouped = grouped.where(Order.exercise_id == exercise_id)
    grouped_sq = grouped.group_by(Delivery.order_id, Delivery.delivered_on).subquery("g")
    cumulative = func.sum(grouped_sq.c.amount).over(
        partition_by=grouped_sq.c.order_id,
        order_by=grouped_sq.c.delivered_on,
        rows=(None, 0),
    )
    with_cum = select(
        grouped_sq.c.order_id, grouped_sq.c.delivered_on, grouped_sq.c.amount,
        cumulative.label("cum"),
    ).subquery("c")
    settled = Order.settled_minor
    unpaid = case(
        (settled >= with_cum.c.cum, 0),
        (settled <= with_cum.c.cum - with_cum.c.amount, with_cum.c.amount),
        else_=with_cum.c.cum - settled,
    )
    return (
        select(
            Order.id.label("order_id"),  # type: ignore[union-attr]
            Order.number.label("number"),
            Order.partner_code.label("partner"),
            Order.currency.label("currency"),
            Order.direction.label("direction"),
            with_cum.c.delivered_on,
            unpaid.label("unpaid"),
        )
        .join(with_cum, with_cum.c.order_id == Order.id)
        .subquery("u")
    )


def _cutoff_case(session: Session, column: ColumnElement[str], as_of: date) -> ColumnElement[date]:
    """Per partner: deliveries dated before this are past the settlement deadline."""
    months = settlement_months_by_partner(session=session)
    default = add_months(as_of, -DEFAULT_SETTLEMENT_MONTHS)
    special = {code: m for code, m in months.items() if m != DEFAULT_SETTLEMENT_MONTHS}
    if not special:
        return literal(default)
    return case(
        *[(column == code, literal(add_months(as_of, -m))) for code, m in special.items()],
        else_=literal(default),
    )


def overdue_order_ids_query(session: Session, as_of: date) -> Select[tuple[int]]:
    """A SELECT of the ids of orders overdue on ``as_of`` (for filters and lists)."""
    u = _unpaid_by_delivery()
    return select(u.c.order_id).where(
        u.c.unpaid > 0, u.c.delivered_on < _cutoff_case(session, u.c.partner, as_of)
    )


@dataclass(frozen=True, slots=True)
class OverdueOrder:
    order_id: int
    order_number: str
    partner: str
    currency: str
    direction: str
    outstanding_minor: int
    overdue_minor: int
    delivered_on: date  # the oldest delivery still (partly) unpaid


def overdue(
    *, session: Session, as_of: date, partner: str | None = None, exercise_id: int | None = None
) -> list[OverdueOrder]:
    """Orders with an amount outstanding on a delivery past the settlement deadline."""
    return _past_deadline(session, as_of, as_of, partner, exercise_id, due_soon=False)


def due_soon(
    *, session: Session, as_of: date, days: int = DUE_SOON_DAYS, partner: str | None = None
) -> list[OverdueOrder]:
    """Orders not overdue on ``as_of`` with an amount that will be within ``days``."""
    return _past_deadline(session, as_of, as_of + timedelta(days=days), partner, None, due_soon=True)


def _past_deadline(
    session: Session, as_of: date, horizon: date, partner: str | None, exercise_id: int | None,
    *, due_soon: bool,
) -> list[OverdueOrder]:
    u = _unpaid_by_delivery(partner, exercise_id)
    late_by_horizon = u.c.delivered_on < _cutoff_case(session, u.c.partner, horizon)
    condition: ColumnElement[bool] = and_(u.c.unpaid > 0, late_by_horizon)
    if due_soon:
        late_now = u.c.delivered_on < _cutoff_case(session, u.c.partner, as_of)
        condition = and_(condition, ~late_now)
    stmt = (
        select(
            u.c.order_id, u.c.number, u.c.partner, u.c.currency, u.c.direction,
            func.sum(u.c.unpaid), func.min(u.c.delivered_on), _outstanding,
        )
        .join(Order, Order.id == u.c.order_id)
        .where(condition)
        .group_by(
            u.c.order_id, u.c.number, u.c.partner, u.c.currency, u.c.direction,
            Order.billable_minor, Order.settled_minor,
        )
        .order_by(func.min(u.c.delivered_on), u.c.number)
    )
    if due_soon:
        # Orders already overdue on as_of are listed as overdue, not as due soon.
        already = {o.order_id for o in _past_deadline(session, as_of, as_of, partner, None,
                                                      due_soon=False)}
    else:
        already = set()
    return [
        OverdueOrder(
            order_id=int(order_id), order_number=str(number), partner=str(code),
            currency=str(currency), direction=str(direction), outstanding_minor=int(out),
            overdue_minor=int(amount), delivered_on=first,
        )
        for order_id, number, code, currency, direction, amount, first, out in session.execute(stmt)
        if order_id not in already
    ]


@dataclass(frozen=True, slots=True)
class AgeingRow:
    partner: str
    currency: str
    direction: str
    buckets_minor: tuple[int, int, int, int]  # 0-90, 91-180, 181-365, over 365 days

    @property
    def total_minor(self) -> int:
        return sum(self.buckets_minor)


def ageing(*, session: Session, as_of: date, partner: str | None = None) -> list[AgeingRow]:
    """Outstanding amounts by days since delivery, per partner, currency and direction."""
    u = _unpaid_by_delivery(partner)
    bounds = [as_of - timedelta(days=d) for d in (90, 180, 365)]
    bucket_sums = []
    for index in range(4):
        if index == 0:
            cond = u.c.delivered_on >= bounds[0]
        elif index == 3:
            cond = u.c.delivered_on < bounds[2]
        else:
            cond = and_(u.c.delivered_on < bounds[index - 1], u.c.delivered_on >= bounds[index])
        bucket_sums.append(func.coalesce(func.sum(case((cond, u.c.unpaid), else_=0)), 0))
    stmt = (
        select(u.c.partner, u.c.currency, u.c.direction, *bucket_sums)
        .group_by(u.c.partner, u.c.currency, u.c.direction)
        .order_by(u.c.partner, u.c.currency, u.c.direction)
    )
    rows: list[AgeingRow] = []
    for code, currency, direction, *sums in session.execute(stmt):
        values = tuple(int(v) for v in sums)
        rows.append(AgeingRow(str(code), str(currency), str(direction), values))  # type: ignore[arg-type]
    return rows


@dataclass(frozen=True, slots=True)
class WaitingCounts:
    awaiting_signatures: int
    delivered_without_signatures: int
    delivered_not_invoiced: int
    invoiced_unsettled: int
    settled_not_closed: int


def waiting_for_action(*, session: Session) -> WaitingCounts:
    """Orders waiting for someone: the states audits keep finding left open."""
    unsigned = (Order.ordering_official_name == "") | (Order.issuing_official_name == "")
    delivered_states = (Status.DELIVERED.value, Status.RECEIVED.value)
    past_signing = (
        Status.DELIVERED.value, Status.RECEIVED.value, Status.INVOICED.value,
        Status.SETTLED.value, Status.CLOSED.value,
    )
    stmt = select(
        func.count().filter(Order.status == Status.REQUESTED.value),
        func.count().filter(and_(Order.status.in_(past_signing), unsigned)),  # type: ignore[attr-defined]
        func.count().filter(Order.status.in_(delivered_states)),  # type: ignore[attr-defined]
        func.count().filter(Order.status == Status.INVOICED.value),
        func.count().filter(Order.status == Status.SETTLED.value),
    )
    values = [int(v) for v in session.execute(stmt).one()]
    return WaitingCounts(*values)


def totals_by_currency(rows: Sequence[Balance]) -> dict[str, tuple[int, int, int]]:
    """Receivable, payable and net per currency over balance rows (never across currencies)."""
    out: dict[str, tuple[int, int, int]] = {}
    for row in rows:
        rec, pay, net = out.get(row.currency, (0, 0, 0))
        out[row.currency] = (rec + row.receivable_minor, pay + row.payable_minor,
                             net + row.net_minor)
    return out
