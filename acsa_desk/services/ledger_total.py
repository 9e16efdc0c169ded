"""The one place the ledger accepts more billable: its whole total stays below 2^63.

Every amount the ledger sums (balances, outstanding, the reports, the dashboard, verify's
re-adding) is a sum of orders' billable or settled amounts, and settled never exceeds
billable; so if the sum of every order's billable stays at most ``MAX_LEDGER_TOTAL_MINOR``
(9 x 10^18, below 2^63 - 1), every sum the program makes fits in a signed 64-bit integer on
SQLite and PostgreSQL alike. A delivery typed in (``services/orders.apply_delivery``) and an
import (``interchange/orders_import``) both ask here before they add billable.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from acsa_desk.core import limits
from acsa_desk.core.errors import RuleViolation
from acsa_desk.db.models import Order


def current(session: Session) -> int:
    """The sum of every order's billable amount (minor units, all currencies)."""
    return int(session.scalar(select(func.coalesce(func.sum(Order.billable_minor), 0))) or 0)


def room(session: Session) -> int:
    """How much billable the ledger may still take (minor units, all currencies)."""
    return limits.MAX_LEDGER_TOTAL_MINOR - current(session)


def refusal() -> RuleViolation:
    return RuleViolation(
        "billable",
        f"the ledger would hold more than {limits.MAX_LEDGER_TOTAL_MINOR:,} minor units "
        "billable in all (the largest total its balances and reports can add up)")


def accept(session: Session, added_minor: int) -> None:
    """Refuses adding ``added_minor`` of billable when the ledger's total would pass the bound."""
    if added_minor > 0 and added_minor > room(session):
        raise refusal()
