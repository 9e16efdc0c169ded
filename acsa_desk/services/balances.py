"""What every partner owes in every currency, computed by the database (SQL aggregates).

- receivable (partner, currency): outstanding over ``provided`` orders (the partner owes us)
- payable: outstanding over ``received`` orders (we owe the partner); net = receivable - payable
- Settlements pay the oldest deliveries first, so each delivery date carries its own unpaid
  part: that part is overdue once the delivery is more than the agreement's settlement
  deadline (12 months by default) before the reference date, and ages from its date.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Date, TextClause, and_, bindparam, func, select, text
from sqlalchemy.orm import Session

from acsa_desk.core.domain import DELIVERED_NOT_INVOICED, PAST_SIGNING, Status
from acsa_desk.db.models import Order
from acsa_desk.services import ledger_sql
from acsa_desk.services.ledger_sql import (
    AGEING_BUCKETS,
    DUE_SOON_DAYS,
    AgeingRow,
    Balance,
    OverdueOrder,
    WaitingCounts,
)

__all__ = [
    "AGEING_BUCKETS",
    "DUE_SOON_DAYS",
    "AgeingRow",
    "Balance",
    "OverdueOrder",
    "WaitingCounts",
    "ageing",
    "balances",
    "due_soon",
    "overdue",
    "totals_by_currency",
    "waiting_for_action",
]


def statement_of(query: ledger_sql.Query) -> TextClause:
    dates = [bindparam(k, type_=Date) for k, v in query.params.items() if isinstance(v, date)]
    return text(query.sql).bindparams(*dates)


def fetcher(session: Session) -> Any:
    """Runs ledger_sql queries on this session's connection."""
    return lambda query: session.execute(statement_of(query), query.params).all()


def balances(
    *,
    session: Session,
    exercise_id: int | None = None,
    partner: str | None = None,
    by_exercise: bool = False,
) -> list[Balance]:
    """Receivable, payable and net per partner and currency (and exercise when asked)."""
    return ledger_sql.read_balances(fetcher(session), partner=partner, exercise_id=exercise_id,
                                    by_exercise=by_exercise)


def overdue(
    *, session: Session, as_of: date, partner: str | None = None, exercise_id: int | None = None
) -> list[OverdueOrder]:
    """Orders with an amount outstanding on a delivery past the settlement deadline."""
    return ledger_sql.read_overdue(fetcher(session), as_of=as_of, partner=partner,
                                   exercise_id=exercise_id)


def due_soon(
    *, session: Session, as_of: date, days: int = DUE_SOON_DAYS, partner: str | None = None
) -> list[OverdueOrder]:
    """Orders not overdue on ``as_of`` with an amount that will be within ``days``."""
    return ledger_sql.read_overdue(fetcher(session), as_of=as_of, partner=partner,
                                   horizon=as_of + timedelta(days=days))


def ageing(*, session: Session, as_of: date, partner: str | None = None) -> list[AgeingRow]:
    """Outstanding amounts by days since delivery, per partner, currency and direction."""
    return ledger_sql.read_ageing(fetcher(session), as_of=as_of, partner=partner)


def waiting_for_action(*, session: Session) -> WaitingCounts:
    """Orders waiting for someone: the states audits keep finding left open."""
    unsigned = (Order.ordering_official_name == "") | (Order.issuing_official_name == "")
    delivered_states = tuple(s.value for s in DELIVERED_NOT_INVOICED)
    past_signing = tuple(s.value for s in PAST_SIGNING)
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
