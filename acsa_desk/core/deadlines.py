"""When an unpaid delivery is past its settlement deadline: one definition for every reader.

Settlements pay the oldest deliveries first; a delivery still (partly) unpaid is overdue
on D when it was delivered before D minus the agreement's settlement months (12 by
default). The SQL of the read-only commands (``services/ledger_sql``), the orders filter
(``services/queries``) and the dashboard's one-pass figures all take their cutoffs from
``cutoffs`` and the oldest unpaid delivery from ``oldest_unpaid``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from acsa_desk.core.domain import add_months

DEFAULT_SETTLEMENT_MONTHS = 12


def cutoffs(months: Mapping[str, int], on: date) -> tuple[date, dict[str, date]]:
    """The date before which a delivery is past its deadline on ``on``: the default one, and
    one per partner whose agreement sets other settlement months."""
    default = add_months(on, -DEFAULT_SETTLEMENT_MONTHS)
    return default, {code: add_months(on, -m) for code, m in sorted(months.items())
                     if m != DEFAULT_SETTLEMENT_MONTHS}


def oldest_unpaid(groups: list[tuple[date, int]], settled_minor: int) -> date | None:
    """The date of the oldest delivery still (partly) unpaid: settlements pay the oldest
    deliveries first. ``groups``: (delivery date, amount) summed per date, in date order."""
    cumulative = 0
    for delivered_on, amount in groups:
        cumulative += amount
        if amount > 0 and cumulative > settled_minor:
            return delivered_on
    return None
