"""The ledger's hot read queries as plain SQL, shared by two executors.

The services run these through SQLAlchemy (SQLite, PostgreSQL, the window); read-only
commands on a SQLite ledger run the very same SQL through the standard library's sqlite3,
so that `acsa-desk balances` does not pay for importing SQLAlchemy. This module imports
neither. The SQL is portable (CASE, window functions, named :parameters).

Settlements pay the oldest deliveries first: per order and delivery date, the unpaid part
is ``cum - max(settled, cum - amount)`` floored at 0, where ``cum`` is the running total
of the order's deliveries by date.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from acsa_desk.core.deadlines import (
    DEFAULT_SETTLEMENT_MONTHS,
    Schedule,
    build_schedule,
    oldest_unpaid,
    schedule_cutoffs,
)
from acsa_desk.core.search import search_fold

__all__ = ["DEFAULT_SETTLEMENT_MONTHS", "oldest_unpaid"]  # re-exported for the services
DUE_SOON_DAYS = 60
AGEING_BUCKETS = ("0-90", "91-180", "181-365", "over 365")
OUTSTANDING = "(o.billable_minor - o.settled_minor)"
LIVE = "o.status <> 'cancelled'"


@dataclass
class Query:
    """SQL text with its named parameters (dates as ``datetime.date``)."""

    sql: str
    params: dict[str, Any] = field(default_factory=dict)


def as_date(value: Any) -> date:
    """A date column as returned by either driver (SQLite gives text)."""
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _filters(params: dict[str, Any], *, partner: str | None, exercise_id: int | None) -> str:
    where = ""
    if partner is not None:
        where += " AND o.partner_code = :partner"
        params["partner"] = partner
    if exercise_id is not None:
        where += " AND o.exercise_id = :exercise_id"
        params["exercise_id"] = exercise_id
    return where


def balances(*, partner: str | None = None, exercise_id: int | None = None,
             by_exercise: bool = False) -> Query:
    """Rows: exercise name (or NULL), partner, currency, receivable, payable."""
    params: dict[str, Any] = {}
    where = _filters(params, partner=partner, exercise_id=exercise_id)
    exercise = "e.name" if by_exercise else "NULL"
    join = " JOIN exercise e ON e.id = o.exercise_id" if by_exercise else ""
    group = "e.name, o.partner_code, o.currency" if by_exercise else "o.partner_code, o.currency"
    sql = (
        f"SELECT {exercise} AS exercise, o.partner_code, o.currency, "
        f"COALESCE(SUM(CASE WHEN o.direction = 'provided' THEN {OUTSTANDING} ELSE 0 END), 0), "
        f"COALESCE(SUM(CASE WHEN o.direction = 'received' THEN {OUTSTANDING} ELSE 0 END), 0) "
        f"FROM acsa_order o{join} WHERE {LIVE}{where} GROUP BY {group} ORDER BY {group}"
    )
    return Query(sql, params)


def unpaid_by_delivery(params: dict[str, Any], *, partner: str | None = None,
                       exercise_id: int | None = None) -> str:
    """A subquery (alias it): order_id, number, partner, currency, direction, delivered_on,
    unpaid, ordered_on — per order and delivery date, for orders with something outstanding."""
    where = _filters(params, partner=partner, exercise_id=exercise_id)
    return (
        "SELECT o.id AS order_id, o.number AS number, o.partner_code AS partner, "
        "o.currency AS currency, o.direction AS direction, c.delivered_on AS delivered_on, "
        "CASE WHEN o.settled_minor >= c.cum THEN 0 "
        "WHEN o.settled_minor <= c.cum - c.amount THEN c.amount "
        "ELSE c.cum - o.settled_minor END AS unpaid, o.ordered_on AS ordered_on "
        "FROM (SELECT g.order_id, g.delivered_on, g.amount, "
        "SUM(g.amount) OVER (PARTITION BY g.order_id ORDER BY g.delivered_on "
        "ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cum "
        "FROM (SELECT d.order_id AS order_id, d.delivered_on AS delivered_on, "
        "SUM(d.billable_delta_minor) AS amount FROM delivery d "
        "JOIN acsa_order o ON o.id = d.order_id "
        f"WHERE {LIVE} AND {OUTSTANDING} > 0{where} "
        "GROUP BY d.order_id, d.delivered_on) g) c "
        "JOIN acsa_order o ON o.id = c.order_id"
    )


def cutoff(params: dict[str, Any], schedule: Schedule, as_of: date, name: str) -> str:
    """SQL for the date before which a delivery of the unpaid row ``u`` is past its deadline
    on as_of: per partner and the terms in force on the order's date (the dates from
    ``core.deadlines.schedule_cutoffs``)."""
    params[name], special = schedule_cutoffs(schedule, as_of)
    if not special:
        return f":{name}"
    whens = []
    for index, (code, steps) in enumerate(special.items()):
        params[f"{name}_p{index}"] = code
        for step in range(len(steps) - 1, -1, -1):  # the latest terms first
            start, day = steps[step]
            params[f"{name}_d{index}_{step}"] = day
            if step == 0:  # the first terms also cover orders dated before them
                whens.append(f"WHEN u.partner = :{name}_p{index} THEN :{name}_d{index}_{step}")
            else:
                params[f"{name}_s{index}_{step}"] = start
                whens.append(f"WHEN u.partner = :{name}_p{index} AND u.ordered_on >= "
                             f":{name}_s{index}_{step} THEN :{name}_d{index}_{step}")
    return f"CASE {' '.join(whens)} ELSE :{name} END"


def overdue(*, months: Schedule, as_of: date, partner: str | None = None,
            exercise_id: int | None = None, horizon: date | None = None) -> Query:
    """Rows: order_id, number, partner, currency, direction, overdue amount, oldest unpaid
    delivery date, outstanding. With ``horizon``: the orders that are not overdue on
    ``as_of`` but will be by ``horizon`` (due soon)."""
    params: dict[str, Any] = {}
    unpaid = unpaid_by_delivery(params, partner=partner, exercise_id=exercise_id)
    late = f"u.delivered_on < {cutoff(params, months, horizon or as_of, 'cutoff')}"
    extra = ""
    if horizon is not None:
        now_late = cutoff(params, months, as_of, "now")
        extra = (f" AND u.order_id NOT IN (SELECT u.order_id FROM ({unpaid}) u "
                 f"WHERE u.unpaid > 0 AND u.delivered_on < {now_late})")
    sql = (
        "SELECT u.order_id, u.number, u.partner, u.currency, u.direction, SUM(u.unpaid), "
        f"MIN(u.delivered_on), o.billable_minor - o.settled_minor FROM ({unpaid}) u "
        f"JOIN acsa_order o ON o.id = u.order_id WHERE u.unpaid > 0 AND {late}{extra} "
        "GROUP BY u.order_id, u.number, u.partner, u.currency, u.direction, o.billable_minor, "
        "o.settled_minor ORDER BY MIN(u.delivered_on), u.number"
    )
    return Query(sql, params)


def ageing(*, as_of: date, partner: str | None = None) -> Query:
    """Rows: partner, currency, direction, then the unpaid amount per ageing bucket."""
    params: dict[str, Any] = {}
    unpaid = unpaid_by_delivery(params, partner=partner)
    for days in (90, 180, 365):
        params[f"b{days}"] = as_of - timedelta(days=days)
    buckets = (
        "u.delivered_on >= :b90",
        "u.delivered_on < :b90 AND u.delivered_on >= :b180",
        "u.delivered_on < :b180 AND u.delivered_on >= :b365",
        "u.delivered_on < :b365",
    )
    sums = ", ".join(f"COALESCE(SUM(CASE WHEN {b} THEN u.unpaid ELSE 0 END), 0)" for b in buckets)
    sql = (f"SELECT u.partner, u.currency, u.direction, {sums} FROM ({unpaid}) u "
           "GROUP BY u.partner, u.currency, u.direction "
           "ORDER BY u.partner, u.currency, u.direction")
    return Query(sql, params)


SETTLEMENT_MONTHS = "SELECT partner_code, settlement_months FROM agreement"
TERMS_MONTHS = ("SELECT partner_code, effective_from, settlement_months FROM agreement_terms "
                "ORDER BY partner_code, effective_from, id")


# --- results: the same for both executors ------------------------------------------------

Fetch = Any  # Callable[[Query], list[tuple]]: runs a query on one driver or the other


#: Orders waiting for someone (services.balances.waiting_for_action): here, beside the other
#: figures' data classes, so that the dashboard's kept figures load without the ORM models.
@dataclass(frozen=True, slots=True)
class WaitingCounts:
    awaiting_signatures: int
    delivered_without_signatures: int
    delivered_not_invoiced: int
    invoiced_unsettled: int
    settled_not_closed: int


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


@dataclass(frozen=True, slots=True)
class AgeingRow:
    partner: str
    currency: str
    direction: str
    buckets_minor: tuple[int, int, int, int]  # 0-90, 91-180, 181-365, over 365 days

    @property
    def total_minor(self) -> int:
        return sum(self.buckets_minor)


def read_months(fetch: Fetch) -> Schedule:
    """Every partner's settlement months over time (``core.deadlines.build_schedule``)."""
    current = {str(code): int(m) for code, m in fetch(Query(SETTLEMENT_MONTHS))}
    history = [(str(code), as_date(day), int(m)) for code, day, m in fetch(Query(TERMS_MONTHS))]
    return build_schedule(current, history)


def read_balances(fetch: Fetch, *, partner: str | None = None, exercise_id: int | None = None,
                  by_exercise: bool = False) -> list[Balance]:
    rows = fetch(balances(partner=partner, exercise_id=exercise_id, by_exercise=by_exercise))
    return [Balance(str(code), str(currency), int(rec), int(pay),
                    None if name is None else str(name))
            for name, code, currency, rec, pay in rows]


def read_overdue(fetch: Fetch, *, as_of: date, partner: str | None = None,
                 exercise_id: int | None = None, horizon: date | None = None) -> list[OverdueOrder]:
    query = overdue(months=read_months(fetch), as_of=as_of, partner=partner,
                    exercise_id=exercise_id, horizon=horizon)
    return [OverdueOrder(int(oid), str(number), str(code), str(currency), str(direction),
                         int(out), int(amount), as_date(first))
            for oid, number, code, currency, direction, amount, first, out in fetch(query)]


def read_ageing(fetch: Fetch, *, as_of: date, partner: str | None = None) -> list[AgeingRow]:
    return [AgeingRow(str(code), str(currency), str(direction),
                      (int(b0), int(b1), int(b2), int(b3)))
            for code, currency, direction, b0, b1, b2, b3 in fetch(ageing(as_of=as_of,
                                                                           partner=partner))]


def search_text(number: str, requesting_unit: str, supplying_unit: str,
                descriptions: list[str] | tuple[str, ...]) -> str:
    """What the orders list's search box looks through, folded (``search_fold``), kept on each
    order."""
    return search_fold(" ".join([number, requesting_unit, supplying_unit, *descriptions])) or ""


OLDEST_UNPAID_GROUPS = ("SELECT delivered_on, SUM(billable_delta_minor) FROM delivery "
                        "WHERE order_id = :order_id GROUP BY delivered_on ORDER BY delivered_on")
