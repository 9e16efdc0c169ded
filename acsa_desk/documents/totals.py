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


def combined_categories(codes: Iterable[str]) -> tuple[str, ...]:
    """The categories of an order not split by category, once each, in the catalogue's order:
    the key it is totalled under ("Food + Water")."""
    return tuple(sorted(dict.fromkeys(codes), key=_CATEGORY_ORDER.__getitem__))


@dataclass(frozen=True, slots=True)
class Part:
    """What an order (or several, added up) adds to the totals under one key."""

    direction: str
    categories: tuple[str, ...]  # one code, or the combination of an order not split
    currency: str
    amounts: Amounts


#: A part as plain values: (direction, categories, currency, billable, settled, outstanding).
PartValues = tuple[str, tuple[str, ...], str, int, int, int]


def order_part_values(order: StatementOrder) -> list[PartValues]:
    """An order's parts: one per category of its split, else one under its combination."""
    if order.category_split:
        return [(order.direction, (p.category,), order.currency,
                 p.billable_minor, p.settled_minor, p.outstanding_minor)
                for p in order.category_split]
    return [(order.direction, combined_categories(order.categories), order.currency,
             order.billable_minor, order.settled_minor, order.outstanding_minor)]


def order_parts(order: StatementOrder) -> list[Part]:
    """An order's parts (:func:`order_part_values`) as :class:`Part`."""
    return [Part(direction, categories, currency, Amounts(billable, settled, outstanding))
            for direction, categories, currency, billable, settled, outstanding
            in order_part_values(order)]


@dataclass(frozen=True, slots=True)
class StatementTotals:
    """Everything a statement sums: per category, per direction (the subtotals), net."""

    categories: tuple[CategoryTotal, ...]
    directions: tuple[DirectionTotal, ...]
    net: tuple[NetPosition, ...]


def totals_of_parts(parts: Iterable[Part]) -> StatementTotals:
    """The statement's sums from its orders' parts, in one pass (each part may already add up
    several orders: the sums are the same). A currency with any part has a net position."""
    return _totals_of_values(
        (p.direction, p.categories, p.currency, p.amounts.billable, p.amounts.settled,
         p.amounts.outstanding) for p in parts)


def _totals_of_values(parts: Iterable[PartValues]) -> StatementTotals:
    # the three sums of each key as ints (an Amounts made once per key, at the end)
    sums: dict[tuple[str, tuple[str, ...], str], list[int]] = {}
    for direction, categories, currency, billable, settled, outstanding in parts:
        key = (direction, categories, currency)
        found = sums.get(key)
        if found is None:
            found = sums[key] = [0, 0, 0]
        found[0] += billable
        found[1] += settled
        found[2] += outstanding
    by_direction: dict[tuple[str, str], Amounts] = {}
    by_category: dict[tuple[str, tuple[str, ...], str], Amounts] = {}
    for key, (billable, settled, outstanding) in sums.items():
        amounts = by_category[key] = Amounts(billable, settled, outstanding)
        sub = (key[0], key[2])
        by_direction[sub] = by_direction.get(sub, Amounts()) + amounts
    categories = tuple(
        CategoryTotal(d, codes, cur, amounts)
        for (d, codes, cur), amounts in sorted(
            by_category.items(),
            key=lambda kv: (_DIRECTION_ORDER[kv[0][0]], kv[0][2], _category_key(kv[0][1])),
        )
    )
    directions = tuple(
        DirectionTotal(d, cur, amounts)
        for (d, cur), amounts in sorted(
            by_direction.items(), key=lambda kv: (_DIRECTION_ORDER[kv[0][0]], kv[0][1]))
    )
    receivable: dict[str, int] = {}
    payable: dict[str, int] = {}
    for (direction, currency), amounts in by_direction.items():
        receivable.setdefault(currency, 0)
        payable.setdefault(currency, 0)
        if direction == Direction.PROVIDED:
            receivable[currency] += amounts.outstanding
        else:
            payable[currency] += amounts.outstanding
    net = tuple(NetPosition(cur, receivable[cur], payable[cur]) for cur in sorted(receivable))
    return StatementTotals(categories, directions, net)


def statement_totals(orders: Iterable[StatementOrder]) -> StatementTotals:
    return _totals_of_values(part for order in orders for part in order_part_values(order))


def category_totals(orders: Iterable[StatementOrder]) -> list[CategoryTotal]:
    """Billable, settled and outstanding per direction, category and currency."""
    return list(statement_totals(orders).categories)


def direction_totals(orders: Iterable[StatementOrder]) -> list[DirectionTotal]:
    """The same sums per direction and currency (the subtotal lines)."""
    return list(statement_totals(orders).directions)


def net_positions(orders: Iterable[StatementOrder]) -> list[NetPosition]:
    """Receivable, payable and net per currency, sorted by currency code."""
    return list(statement_totals(orders).net)


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
