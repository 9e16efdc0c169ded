"""What the dashboard shows, read in one unit of work (Qt-free; runs in a worker thread)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from acsa_desk.core.domain import Status
from acsa_desk.db.engine import Ledger
from acsa_desk.services import balances as balance_service
from acsa_desk.services.balances import AgeingRow, Balance, OverdueOrder, WaitingCounts
from acsa_desk.services.queries import OrderFilter, count_orders, page_orders

#: The statuses of "delivered, not yet invoiced" (as counted by waiting_for_action).
DELIVERED_NOT_INVOICED = (Status.DELIVERED, Status.RECEIVED)


@dataclass(frozen=True)
class DashboardData:
    as_of: date
    balances: tuple[Balance, ...]
    ageing: tuple[AgeingRow, ...]
    overdue: tuple[OverdueOrder, ...]
    due_soon: tuple[OverdueOrder, ...]
    waiting: WaitingCounts
    #: The orders behind the "delivered, not invoiced" tile (two statuses: no single filter).
    delivered_not_invoiced_ids: tuple[int, ...]

    def currencies(self) -> list[str]:
        return sorted({b.currency for b in self.balances})


def load_dashboard(ledger: Ledger, as_of: date) -> DashboardData:
    with ledger.reader() as session:
        ids: list[int] = []
        for status in DELIVERED_NOT_INVOICED:
            flt = OrderFilter(status=status.value)
            total = count_orders(session=session, flt=flt)
            if total:
                ids += [r.id for r in page_orders(session=session, flt=flt, sort="number",
                                                  descending=False, limit=total)]
        return DashboardData(
            as_of=as_of,
            balances=tuple(balance_service.balances(session=session)),
            ageing=tuple(balance_service.ageing(session=session, as_of=as_of)),
            overdue=tuple(balance_service.overdue(session=session, as_of=as_of)),
            due_soon=tuple(balance_service.due_soon(session=session, as_of=as_of)),
            waiting=balance_service.waiting_for_action(session=session),
            delivered_not_invoiced_ids=tuple(sorted(ids)),
        )


def orders_behind(
    ledger: Ledger, *, partner: str, currency: str, directions: tuple[str, ...]
) -> tuple[int, ...]:
    """The orders with something outstanding behind a balance figure (partner, currency and
    direction): the click-through target of the balances and ageing tables."""
    ids: list[int] = []
    with ledger.reader() as session:
        for direction in directions:
            flt = OrderFilter(partner=partner, direction=direction)
            total = count_orders(session=session, flt=flt)
            if not total:
                continue
            rows = page_orders(session=session, flt=flt, sort="number", descending=False,
                               limit=total)
            ids += [r.id for r in rows if r.currency == currency and r.outstanding_minor > 0]
    return tuple(sorted(ids))
