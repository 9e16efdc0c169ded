"""The sums a document prints, from its rows, in integer minor units (never floats).

Amounts are added only within one currency. Net = receivable - payable: positive, the partner
owes us; negative, we owe the partner.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from acsa_desk.core.categories import CATEGORIES
from acsa_desk.core.domain import Direction
from acsa_desk.documents.data import (
    AnnualCategoryRow,
    StatementOrder,
    UnreconciledTransaction,
)

_CATEGORY_ORDER = {c.code: i for i, c in enumerate(CATEGORIES)}
_DIRECTION_ORDER = {Direction.PROVIDED.value: 0, Direction.RECEIVED.value: 1}


@dataclass(frozen=True, slots=True)
class Amounts:
    billable: int = 0
    settled: int = 0
    outstanding: int = 0

    def __add__(self, other: Amounts) -> Amounts:
        return Amounts(
            self.billable + other.billable,
            self.settled + other.settled,
            self.outstanding + other.outstanding,
        )


@dataclass(frozen=True, slots=True)
class CategoryTotal:
    direction: str
    categories: tuple[str, ...]  # one code, or the combination of an order not split by category
    currency: str
    amounts: Amounts


@dataclass(frozen=True, slots=True)
class DirectionTotal:
    direction: str
    currency: str
    amounts: Amounts


@dataclass(frozen=True, slots=True)
class NetPosition:
    currency: str
    receivable: int  # outstanding on what we provided: the partner owes it
    payable: int  # outstanding on what we received: we owe it

    @property
    def net(self) -> int:
        return self.receivable - self.payable

    @property
    def partner_owes_us(self) -> bool:
        return self.net > 0

    @property
    def we_owe_partner(self) -> bool:
        return self.net < 0


def _category_key(codes: tuple[str, ...]) -> tuple[int, ...]:
    return tuple(_CATEGORY_ORDER.get(code, len(_CATEGORY_ORDER)) for code in codes)


def _order_parts(order: StatementOrder) -> list[tuple[tuple[str, ...], Amounts]]:
    if order.category_split:
        return [
            ((p.category,), Amounts(p.billable_minor, p.settled_minor, p.outstanding_minor))
            for p in order.category_split
        ]
    codes = tuple(sorted(dict.fromkeys(order.categories), key=_CATEGORY_ORDER.__getitem__))
    return [(codes, Amounts(order.billable_minor, order.settled_minor, order.outstanding_minor))]


def category_totals(orders: Iterable[StatementOrder]) -> list[CategoryTotal]:
    """Billable, settled and outstanding per direction, category and currency."""
    sums: dict[tuple[str, tuple[str, ...], str], Amounts] = {}
    for order in orders:
        for codes, amounts in _order_parts(order):
            key = (order.direction, codes, order.currency)
            sums[key] = sums.get(key, Amounts()) + amounts
    ordered = sorted(
        sums.items(),
        key=lambda kv: (_DIRECTION_ORDER[kv[0][0]], kv[0][2], _category_key(kv[0][1])),
    )
    return [CategoryTotal(d, codes, cur, amounts) for (d, codes, cur), amounts in ordered]


def direction_totals(orders: Iterable[StatementOrder]) -> list[DirectionTotal]:
    """The same sums per direction and currency (the subtotal lines)."""
    sums: dict[tuple[str, str], Amounts] = {}
    for order in orders:
        key = (order.direction, order.currency)
        sums[key] = sums.get(key, Amounts()) + Amounts(
            order.billable_minor, order.settled_minor, order.outstanding_minor
        )
    ordered = sorted(sums.items(), key=lambda kv: (_DIRECTION_ORDER[kv[0][0]], kv[0][1]))
    return [DirectionTotal(d, cur, amounts) for (d, cur), amounts in ordered]


def net_positions(orders: Iterable[StatementOrder]) -> list[NetPosition]:
    """Receivable, payable and net per currency, sorted by currency code."""
    receivable: dict[str, int] = {}
    payable: dict[str, int] = {}
    for order in orders:
        receivable.setdefault(order.currency, 0)
        payable.setdefault(order.currency, 0)
        if order.direction == Direction.PROVIDED:
            receivable[order.currency] += order.outstanding_minor
        else:
            payable[order.currency] += order.outstanding_minor
    return [NetPosition(cur, receivable[cur], payable[cur]) for cur in sorted(receivable)]


def annual_currency_totals(rows: Iterable[AnnualCategoryRow]) -> list[tuple[str, Amounts]]:
    """Total value, collected and outstanding per currency of one direction's rows."""
    sums: dict[str, Amounts] = {}
    for row in rows:
        sums[row.currency] = sums.get(row.currency, Amounts()) + Amounts(
            row.total_minor, row.collected_minor, row.outstanding_minor
        )
    return sorted(sums.items())


def sorted_annual_rows(rows: Iterable[AnnualCategoryRow]) -> list[AnnualCategoryRow]:
    return sorted(rows, key=lambda r: (r.currency, _CATEGORY_ORDER.get(r.category, 99)))


def unreconciled_totals(rows: Iterable[UnreconciledTransaction]) -> list[tuple[str, int]]:
    sums: dict[str, int] = {}
    for row in rows:
        sums[row.currency] = sums.get(row.currency, 0) + row.value_minor
    return sorted(sums.items())
