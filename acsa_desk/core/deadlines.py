"""When an unpaid delivery is past its settlement deadline: one definition for every reader.

Settlements pay the oldest deliveries first; a delivery still (partly) unpaid is overdue
on D when it was delivered before D minus the settlement months (12 by default) of the
agreement terms **in force on the order's date**: a change of an agreement's deadline
applies to orders dated from the change, never to older ones. The terms a partner had over
time are a *schedule* (``build_schedule``): per partner, (effective from, months) steps in
date order, the first step also covering orders dated before it (as ``TermsBook`` does).

The SQL of the read-only commands (``services/ledger_sql``), the orders filter
(``services/queries``), the readiness exceptions and the dashboard's one-pass figures all
take their cutoffs from ``schedule_cutoffs``/``cutoff_for`` and the oldest unpaid delivery
from ``oldest_unpaid``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from datetime import date

from acsa_desk.core.domain import add_months

DEFAULT_SETTLEMENT_MONTHS = 12

#: Per partner: ((effective_from, settlement months), ...) in date order.
Schedule = Mapping[str, Sequence[tuple[date, int]]]
#: Per partner: ((orders dated from, cutoff), ...) in date order (first step: any date).
Cutoffs = Mapping[str, Sequence[tuple[date, date]]]


def build_schedule(current: Mapping[str, int],
                   history: Iterable[tuple[str, date, int]]) -> dict[str, tuple[tuple[date, int], ...]]:
    """The schedule from the recorded terms (``history``: partner, effective from, months,
    ordered by partner, date and entry) and each agreement's current months for a partner
    with no recorded terms. Of two changes on one day the later wins."""
    steps: dict[str, list[tuple[date, int]]] = {}
    for partner, start, months in history:
        mine = steps.setdefault(partner, [])
        if mine and mine[-1][0] == start:
            mine[-1] = (start, months)
        else:
            mine.append((start, months))
    out = {code: tuple(mine) for code, mine in steps.items()}
    for code, months in current.items():
        out.setdefault(code, ((date.min, months),))
    return out


def months_for(schedule: Schedule, partner: str, ordered_on: date) -> int:
    """The settlement months in force for an order of ``partner`` dated ``ordered_on``."""
    steps = schedule.get(partner)
    if not steps:
        return DEFAULT_SETTLEMENT_MONTHS
    index = bisect_right([start for start, _m in steps], ordered_on) - 1
    return steps[max(index, 0)][1]


def schedule_cutoffs(schedule: Schedule, on: date) -> tuple[date, dict[str, tuple[tuple[date, date], ...]]]:
    """The date before which a delivery is past its deadline on ``on``: the default one, and
    per partner whose terms ever set other months, one cutoff per step of its schedule."""
    default = add_months(on, -DEFAULT_SETTLEMENT_MONTHS)
    special = {
        code: tuple((start, add_months(on, -months)) for start, months in steps)
        for code, steps in sorted(schedule.items())
        if any(months != DEFAULT_SETTLEMENT_MONTHS for _start, months in steps)
    }
    return default, special


def cutoff_for(default: date, special: Cutoffs, partner: str, ordered_on: date) -> date:
    steps = special.get(partner)
    if not steps:
        return default
    index = bisect_right([start for start, _c in steps], ordered_on) - 1
    return steps[max(index, 0)][1]


def cutoffs(months: Mapping[str, int], on: date) -> tuple[date, dict[str, date]]:
    """Cutoffs by partner alone (one month count per partner, whatever the order's date)."""
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


def latest_cutoff(default: date, special: Cutoffs) -> date:
    return max([default, *[cut for steps in special.values() for _start, cut in steps]])
