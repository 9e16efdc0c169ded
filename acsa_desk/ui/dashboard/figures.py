"""What the dashboard shows (Qt-free), apart from how it is read (``data.py``).

Here, with no ORM model imported, so that the figures kept from the last start
(``snapshot.py``) are loaded and painted without the models (issue 16, goal 1).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from acsa_desk.services.ledger_sql import AgeingRow, Balance, OverdueOrder, WaitingCounts


@dataclass(frozen=True)
class DashboardData:
    as_of: date
    balances: tuple[Balance, ...]
    ageing: tuple[AgeingRow, ...]
    #: The oldest overdue orders (at most LIST_LIMIT), oldest first; overdue_count: all of them.
    overdue: tuple[OverdueOrder, ...]
    overdue_count: int
    #: The same for the orders that become overdue within DUE_SOON_DAYS.
    due_soon: tuple[OverdueOrder, ...]
    due_soon_count: int
    #: Every due-soon order (no filter says "due soon"; a by-product of the one pass).
    due_soon_ids: tuple[int, ...]
    waiting: WaitingCounts
    #: Per partner, when and by whom it was last reconciled against its statement.
    last_reconciled: Mapping[str, tuple[datetime, str]] = field(default_factory=dict)
    #: Orders with at least one audit-readiness exception (services.readiness) as of as_of;
    #: None until counted (``data.count_audit_exceptions``, read after the other figures: a
    #: count over every live order, seconds at 100,000 orders).
    audit_exceptions: int | None = None

    def currencies(self) -> list[str]:
        return sorted({b.currency for b in self.balances})
