"""The settlement statement's rows and sums, read from the ledger as a stream.

:class:`StatementRows` and :class:`SettlementRows` run their query each time they are iterated
and yield one row at a time from the cursor (``yield_per``: a server-side cursor on
PostgreSQL), in print order: no list of every order is ever made, so a statement of 750,000
orders holds what one of 10,000 does. They must be read inside the unit of work (``session``)
that made them. :func:`statement_totals` computes every sum the statement prints in SQL, by
the rules of :mod:`acsa_desk.documents.totals` (which adds up the same parts in Python).

An order's settled amount is spread over its lines in line order (as in the finance export);
an order with no lines has nothing to print and is left out, with its settlements.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import groupby
from typing import Any

from sqlalchemy import Select, case, exists, func, null, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.selectable import Subquery

from acsa_desk.db.models import Delivery, Exercise, Order, OrderLine, Settlement
from acsa_desk.documents.data import CategoryAmount, StatementOrder, StatementSettlement
from acsa_desk.documents.totals import (
    Amounts,
    Part,
    StatementTotals,
    combined_categories,
    totals_of_parts,
)

#: Rows fetched from the cursor at a time.
BATCH = 1000


def first_delivery_by_order(conditions: Iterable[ColumnElement[bool]]) -> Select[Any]:
    """Per chosen order, the date of its first delivery not reversed (as the finance export).

    The reversed entries are found by one uncorrelated IN list: a correlated NOT EXISTS on
    ``delivery.reverses_id`` (not indexed) costs a scan per delivery, minutes on a large ledger.
    """
    reversed_ids = select(Delivery.reverses_id).where(Delivery.reverses_id.is_not(None))
    return (
        select(Delivery.order_id.label("order_id"),
               func.min(Delivery.delivered_on).label("first_on"))
        .join(Order, Order.id == Delivery.order_id)
        .where(*conditions, Delivery.reverses_id.is_(None),
               Delivery.id.not_in(reversed_ids))
        .group_by(Delivery.order_id)
    )


def line_split(
    conditions: Iterable[ColumnElement[bool]],
) -> tuple[Subquery, ColumnElement[int]]:
    """A subquery: per line of the chosen orders, its billable and the part of the order's
    settled amount that falls to it (spread over the lines in line order)."""
    running = func.sum(OrderLine.billable_minor).over(
        partition_by=OrderLine.order_id, order_by=OrderLine.line_no, rows=(None, 0)
    )
    lines = (
        select(
            OrderLine.order_id.label("order_id"),
            OrderLine.line_no.label("line_no"),
            OrderLine.category.label("category"),
            OrderLine.billable_minor.label("billable"),
            (Order.settled_minor - (running - OrderLine.billable_minor)).label("left"),
        )
        .join(Order, Order.id == OrderLine.order_id)
        .where(*conditions)
        .subquery("lines")
    )
    settled = case(
        (lines.c.left <= 0, 0),
        (lines.c.left >= lines.c.billable, lines.c.billable),
        else_=lines.c.left,
    )
    return lines, settled


def _parts(conditions: Sequence[ColumnElement[bool]]) -> Subquery:
    """Per chosen order and category: billable, settled (spread in line order), first line."""
    lines, line_settled = line_split(conditions)
    return (
        select(
            lines.c.order_id.label("order_id"),
            lines.c.category.label("category"),
            func.sum(lines.c.billable).label("billable"),
            func.sum(line_settled).label("settled"),
            func.min(lines.c.line_no).label("first_line"),
        )
        .group_by(lines.c.order_id, lines.c.category)
        .subquery("parts")
    )


def _has_lines() -> ColumnElement[bool]:
    return exists().where(OrderLine.order_id == Order.id)


def order_count(session: Session, conditions: Sequence[ColumnElement[bool]]) -> int:
    """How many orders the statement prints (the chosen ones that have lines)."""
    return int(session.scalar(
        select(func.count()).select_from(Order).where(*conditions, _has_lines())) or 0)


class StatementRows:
    """The statement's orders, in print order (order date, number), streamed from a cursor."""

    def __init__(self, session: Session, conditions: Sequence[ColumnElement[bool]],
                 overdue: ColumnElement[bool]) -> None:
        """``overdue``: the condition under which an order is flagged overdue
        (``queries.overdue_condition``), judged in the rows' query."""
        self._session = session
        self._conditions = list(conditions)
        self._overdue = overdue
        self._count: int | None = None
        #: how many rows the last iteration has read from its cursor so far
        self.read = 0

    def __len__(self) -> int:
        if self._count is None:
            self._count = order_count(self._session, self._conditions)
        return self._count

    def __bool__(self) -> bool:
        return len(self) > 0

    def query(self) -> Select[Any]:
        parts = _parts(self._conditions)
        first = first_delivery_by_order(self._conditions).subquery("first_delivery")
        return (
            select(
                Order.id, Order.number, Exercise.name, Order.direction, Order.ordered_on,
                first.c.first_on, Order.currency, Order.billable_minor, Order.settled_minor,
                Order.status, Order.partner_order_number,
                parts.c.category, parts.c.billable, parts.c.settled,
                case((self._overdue, 1), else_=0),
            )
            .select_from(Order)
            .join(parts, parts.c.order_id == Order.id)
            .join(Exercise, Exercise.id == Order.exercise_id)
            .outerjoin(first, first.c.order_id == Order.id)
            .where(*self._conditions)
            .order_by(Order.ordered_on, Order.number, Order.id, parts.c.first_line)
            .execution_options(yield_per=BATCH)
        )

    def __iter__(self) -> Iterator[StatementOrder]:
        self.read = 0
        result = self._session.execute(self.query())
        try:
            for _order_id, group in groupby(result, key=lambda row: row[0]):
                yield self._order(list(group))
        finally:
            result.close()

    def _order(self, rows: list[Any]) -> StatementOrder:
        self.read += len(rows)
        (_id, number, exercise_name, direction, ordered_on, first_on, currency, billable,
         settled, status, partner_number) = rows[0][:11]
        overdue = bool(rows[0][14])
        parts = []
        for row in rows:
            part_billable, part_settled = int(row[12] or 0), int(row[13] or 0)
            parts.append(CategoryAmount(row[11], part_billable, part_settled,
                                        part_billable - part_settled))
        whole = (
            sum(p.billable_minor for p in parts) == billable
            and sum(p.settled_minor for p in parts) == settled
        )
        return StatementOrder(
            order_number=number,
            exercise=exercise_name,
            direction=direction,
            ordered_on=ordered_on,
            delivered_on=first_on,
            categories=tuple(p.category for p in parts),
            currency=currency,
            billable_minor=billable,
            settled_minor=settled,
            outstanding_minor=billable - settled,
            overdue=overdue,
            status=status,
            # a split that does not add up (it cannot, by the ledger's rules) is left out
            # rather than printed wrong: the order then counts under its combined categories
            category_split=tuple(parts) if whole else (),
            partner_order_number=partner_number or "",
        )


class SettlementRows:
    """The settlements of the statement's orders, by date, streamed from a cursor."""

    def __init__(self, session: Session, conditions: Sequence[ColumnElement[bool]]) -> None:
        self._session = session
        self._conditions = list(conditions)
        self._count: int | None = None

    def __len__(self) -> int:
        if self._count is None:
            self._count = int(self._session.scalar(
                select(func.count()).select_from(Settlement)
                .join(Order, Order.id == Settlement.order_id)
                .where(*self._conditions, _has_lines())) or 0)
        return self._count

    def __bool__(self) -> bool:
        return len(self) > 0

    def __iter__(self) -> Iterator[StatementSettlement]:
        result = self._session.execute(
            select(Order.number, Settlement.settled_on, Settlement.method,
                   Settlement.amount_minor, Settlement.currency, Settlement.reference,
                   Settlement.reason, Order.direction)
            .join(Order, Order.id == Settlement.order_id)
            .where(*self._conditions, _has_lines())
            .order_by(Settlement.settled_on, Settlement.id)
            .execution_options(yield_per=BATCH)
        )
        try:
            for number, settled_on, method, amount, currency, ref, reason, direction in result:
                yield StatementSettlement(number, settled_on, method, amount, currency,
                                          ref or reason, direction)
        finally:
            result.close()


def statement_totals(session: Session, conditions: Sequence[ColumnElement[bool]]) -> StatementTotals:
    """Every sum the statement prints, in SQL: per category, per direction, net.

    An order whose split adds up to its amounts counts per category (summed in the database);
    one whose split does not (it cannot, by the ledger's rules) comes back alone and counts
    wholly under its combined categories, as :func:`documents.totals.order_parts` has it.
    """
    parts = _parts(conditions)
    per_order = (
        select(
            parts.c.order_id, parts.c.category, parts.c.billable, parts.c.settled,
            func.sum(parts.c.billable).over(partition_by=parts.c.order_id).label("order_billable"),
            func.sum(parts.c.settled).over(partition_by=parts.c.order_id).label("order_settled"),
        )
        .subquery("per_order")
    )
    whole = ((per_order.c.order_billable == Order.billable_minor)
             & (per_order.c.order_settled == Order.settled_minor))
    alone = case((whole, null()), else_=Order.id)
    rows = session.execute(
        select(
            Order.direction, Order.currency, per_order.c.category, alone,
            func.sum(per_order.c.billable), func.sum(per_order.c.settled),
            func.max(Order.billable_minor), func.max(Order.settled_minor),
        )
        .select_from(per_order)
        .join(Order, Order.id == per_order.c.order_id)
        .group_by(Order.direction, Order.currency, per_order.c.category, alone)
    ).all()
    found: list[Part] = []
    unsplit: dict[int, tuple[str, str, list[str], int, int]] = {}
    for direction, currency, category, order_id, billable, settled, order_b, order_s in rows:
        if order_id is None:
            b, s = int(billable or 0), int(settled or 0)
            found.append(Part(direction, (category,), currency, Amounts(b, s, b - s)))
        else:
            entry = unsplit.setdefault(
                order_id, (direction, currency, [], int(order_b), int(order_s)))
            entry[2].append(category)
    for direction, currency, categories, b, s in unsplit.values():
        found.append(Part(direction, combined_categories(categories), currency,
                          Amounts(b, s, b - s)))
    return totals_of_parts(found)
