"""Reconciling our ledger with a partner's statement (interchange.md, "Partner statement").

A statement row matches our order when its ``receiver_order_number`` is our number, or when
its ``sender_order_number`` is the partner number we recorded on the order. When the two
point at different orders, the row matches by our number and ``partner_order_number`` is a
difference. Directions are compared across the two points of view: the sender's
``provided`` is our ``received``. The result has one item per our order of the partner in
scope and one per statement row that matches none. Differences are a result, not an error.

Scope: with ``from``/``to``, our orders ordered in that period (inclusive); every order of the
partner is still matched, so a row that belongs to an order outside the period is left out
rather than called missing. A row matching nothing is listed when its ``ordered_on`` is in
the period or not given.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import and_, select, true
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from acsa_desk.core.domain import Direction
from acsa_desk.core.errors import NotFound
from acsa_desk.core.money import format_plain, to_decimal
from acsa_desk.db.models import Order, Partner
from acsa_desk.interchange.partner_statement import OutgoingRow, StatementRow


class State:
    AGREED = "agreed"
    DIFFERS = "differs"
    MISSING_THEIRS = "missing_theirs"  # in our ledger, not on their statement
    MISSING_OURS = "missing_ours"  # on their statement, not in our ledger


STATES = (State.AGREED, State.DIFFERS, State.MISSING_THEIRS, State.MISSING_OURS)
FIELDS = ("direction", "currency", "billable", "settled", "status", "partner_order_number")


class OurOrder(NamedTuple):
    """One of our orders as reconciliation compares it (a tuple: tens of thousands are made)."""

    id: int
    number: str
    partner_order_number: str
    ordered_on: date
    direction: str
    currency: str
    billable_minor: int
    settled_minor: int
    status: str


@dataclass(frozen=True, slots=True)
class Item:
    """One line of a reconciliation: our order and/or their row, and what disagrees."""

    state: str
    ours: OurOrder | None
    theirs: StatementRow | None
    differences: tuple[str, ...] = ()

    @property
    def order_number(self) -> str | None:
        return self.ours.number if self.ours is not None else None

    @property
    def partner_order_number(self) -> str | None:
        if self.theirs is not None:
            return self.theirs.sender_order_number
        if self.ours is not None and self.ours.partner_order_number:
            return self.ours.partner_order_number
        return None

    @property
    def currency(self) -> str:
        side = self.ours if self.ours is not None else self.theirs
        assert side is not None
        return side.currency

    def key(self) -> str:
        """Identifies the item across reconciliations: our number, else their number."""
        if self.ours is not None:
            return f"ours:{self.ours.number}"
        assert self.theirs is not None
        return f"theirs:{self.theirs.sender_order_number}"

    def as_json(self) -> dict[str, object]:
        return {
            "order_number": self.order_number,
            "partner_order_number": self.partner_order_number,
            "state": self.state,
            "differences": list(self.differences),
            "ours": ours_json(self.ours),
            "theirs": theirs_json(self.theirs),
        }


def ours_json(order: OurOrder | None) -> dict[str, object] | None:
    if order is None:
        return None
    return {
        "order_number": order.number,
        "partner_order_number": order.partner_order_number,
        "ordered_on": order.ordered_on.isoformat(),
        "direction": order.direction,
        "currency": order.currency,
        "billable": format_plain(order.billable_minor, order.currency),
        "settled": format_plain(order.settled_minor, order.currency),
        "status": order.status,
    }


def theirs_json(row: StatementRow | None) -> dict[str, object] | None:
    if row is None:
        return None
    return {
        "row": row.row,
        "order_number": row.receiver_order_number,
        "partner_order_number": row.sender_order_number,
        "ordered_on": row.ordered_on.isoformat() if row.ordered_on else None,
        "direction": row.direction,
        "currency": row.currency,
        "billable": format_plain(row.billable_minor, row.currency),
        "settled": format_plain(row.settled_minor, row.currency),
        "status": row.status,
    }


@dataclass(frozen=True, slots=True)
class Totals:
    """Per currency: how much (billable, in minor units) is agreed, disputed and missing."""

    currency: str
    agreed_count: int = 0
    agreed_minor: int = 0
    differs_count: int = 0
    differs_ours_minor: int = 0
    differs_theirs_minor: int = 0
    missing_theirs_count: int = 0
    missing_theirs_minor: int = 0
    missing_ours_count: int = 0
    missing_ours_minor: int = 0


@dataclass(frozen=True, slots=True)
class Result:
    partner: str
    items: tuple[Item, ...]
    date_from: date | None = None
    date_to: date | None = None
    statement_rows: int = 0
    out_of_scope_rows: int = 0  # rows matching our orders outside the period
    counts: dict[str, int] = field(default_factory=dict)

    def totals(self) -> list[Totals]:
        return totals_of(self.items)


def known_partner(session: Session, code: str) -> Partner:
    partner = session.get(Partner, code)
    if partner is None:
        raise NotFound(f"no partner {code} in this ledger")
    return partner


def opposite(direction: str) -> str:
    return (Direction.RECEIVED.value if direction == Direction.PROVIDED.value
            else Direction.PROVIDED.value)


def _in_scope(day: date | None, date_from: date | None, date_to: date | None) -> bool:
    if day is None:
        return True
    return (date_from is None or day >= date_from) and (date_to is None or day <= date_to)


_COLUMNS = ("id", "number", "partner_order_number", "ordered_on", "direction", "currency",
            "billable_minor", "settled_minor", "status")
CHUNK = 500  # numbers per IN (...) query


def load_our_orders(*, session: Session, partner: str, rows: Sequence[StatementRow] | None = None,
                    date_from: date | None = None, date_to: date | None = None
                    ) -> list[OurOrder]:
    """The partner's orders as reconciliation compares them, by order date then number.

    Without ``rows``: every order of the partner. With ``rows`` (a statement to match): the
    orders in the period, and those outside it that a row can match (our number on the row,
    or the partner's number we recorded): matching them gives the same result as matching
    every order, since an order outside the period that no row names is never reported.
    """
    table = Order.__table__  # type: ignore[attr-defined]
    query = select(table.c.partner_code, *(table.c[name] for name in _COLUMNS))
    connection = session.connection()
    found: dict[int, OurOrder] = {}

    def fetch(where: ColumnElement[bool], *, by_partner: bool = True) -> None:
        # by our (unique) number or by date, the partner is checked here: a planner without
        # statistics would otherwise walk the whole partner's index each time
        chosen = query.where(table.c.partner_code == partner, where) if by_partner else \
            query.where(where)
        for row in connection.execute(chosen):
            if row[0] == partner:
                order = OurOrder._make(row[1:])
                found[order.id] = order

    if rows is None or (date_from is None and date_to is None):
        fetch(true())
    else:
        scope = [table.c.ordered_on >= date_from] if date_from is not None else []
        scope += [table.c.ordered_on <= date_to] if date_to is not None else []
        fetch(and_(*scope), by_partner=False)  # by the order date's index: the period's rows
        known = {o.number for o in found.values()}
        # our numbers are unique: only those not found in the period are looked up; the
        # partner's numbers repeat, so every order bearing one is needed (the oldest matches)
        for column, values in ((table.c.number, {r.receiver_order_number for r in rows} - known),
                               (table.c.partner_order_number,
                                {r.sender_order_number for r in rows})):
            wanted = sorted(v for v in values if v)
            for start in range(0, len(wanted), CHUNK):
                fetch(column.in_(wanted[start:start + CHUNK]),
                      by_partner=column is not table.c.number)
    return sorted(found.values(), key=lambda o: (o.ordered_on, o.number))


def differences(ours: OurOrder, theirs: StatementRow) -> tuple[str, ...]:
    """The fields on which our order and their row disagree, in FIELDS order. A row matched by
    our number whose sender number names another of our orders (or none we recorded) differs
    in ``partner_order_number``."""
    found: list[str] = []
    if opposite(theirs.direction) != ours.direction:
        found.append("direction")
    if theirs.currency != ours.currency:
        found.append("currency")
    same = theirs.currency == ours.currency  # then minor units compare as they are
    if (theirs.billable_minor != ours.billable_minor if same else
            _value(theirs.billable_minor, theirs.currency)
            != _value(ours.billable_minor, ours.currency)):
        found.append("billable")
    if (theirs.settled_minor != ours.settled_minor if same else
            _value(theirs.settled_minor, theirs.currency)
            != _value(ours.settled_minor, ours.currency)):
        found.append("settled")
    if theirs.status and theirs.status.strip().lower() != ours.status:
        found.append("status")
    if theirs.sender_order_number != ours.partner_order_number:
        found.append("partner_order_number")
    return tuple(found)


def _value(minor: int, currency: str) -> Decimal:
    return to_decimal(minor, currency)


def reconcile(*, session: Session, partner: str, rows: Sequence[StatementRow],
              date_from: date | None = None, date_to: date | None = None) -> Result:
    """Compares the partner's statement rows with our orders of that partner."""
    known_partner(session, partner)
    ours = load_our_orders(session=session, partner=partner, rows=rows, date_from=date_from,
                           date_to=date_to)
    return match(ours, rows, partner=partner, date_from=date_from, date_to=date_to)


def match(our_orders: Sequence[OurOrder], rows: Sequence[StatementRow], *, partner: str,
          date_from: date | None = None, date_to: date | None = None) -> Result:
    """The matching itself, on plain values (no database)."""
    by_number = {o.number: o for o in our_orders}
    by_partner_number: dict[str, list[OurOrder]] = {}
    for order in our_orders:
        if order.partner_order_number:
            by_partner_number.setdefault(order.partner_order_number, []).append(order)
    claimed: dict[str, StatementRow] = {}  # our number -> the row matched to it
    unmatched: list[StatementRow] = []
    # first by our number (the receiver's), then by the partner's number we recorded
    later: list[StatementRow] = []
    for row in rows:
        ours = by_number.get(row.receiver_order_number) if row.receiver_order_number else None
        if ours is None:
            later.append(row)
            continue
        claimed[ours.number] = row
    for row in later:
        candidates = [o for o in by_partner_number.get(row.sender_order_number, [])
                      if o.number not in claimed]
        if candidates:
            claimed[candidates[0].number] = row
        else:
            unmatched.append(row)
    items: list[Item] = []
    out_of_scope = 0
    for order in our_orders:
        in_scope = _in_scope(order.ordered_on, date_from, date_to)
        found = claimed.get(order.number)
        if not in_scope:
            out_of_scope += found is not None
            continue
        if found is None:
            items.append(Item(State.MISSING_THEIRS, order, None))
            continue
        diffs = differences(order, found)
        items.append(Item(State.DIFFERS if diffs else State.AGREED, order, found, diffs))
    for row in unmatched:
        if _in_scope(row.ordered_on, date_from, date_to):
            items.append(Item(State.MISSING_OURS, None, row))
        else:
            out_of_scope += 1
    counts = {state: 0 for state in STATES}
    for item in items:
        counts[item.state] += 1
    return Result(partner, tuple(items), date_from, date_to, len(rows), out_of_scope, counts)


def totals_of(items: Iterable[Item]) -> list[Totals]:
    """Agreed, disputed (differs) and missing billable amounts, per currency."""
    acc: dict[str, dict[str, int]] = {}
    for item in items:
        sums = acc.setdefault(item.currency, {})

        def add(name: str, minor: int, sums: dict[str, int] = sums) -> None:
            sums[name] = sums.get(name, 0) + minor

        if item.state == State.AGREED:
            assert item.ours is not None
            add("agreed_count", 1)
            add("agreed_minor", item.ours.billable_minor)
        elif item.state == State.DIFFERS:
            assert item.ours is not None and item.theirs is not None
            add("differs_count", 1)
            add("differs_ours_minor", item.ours.billable_minor)
            if item.theirs.currency == item.ours.currency:
                add("differs_theirs_minor", item.theirs.billable_minor)
        elif item.state == State.MISSING_THEIRS:
            assert item.ours is not None
            add("missing_theirs_count", 1)
            add("missing_theirs_minor", item.ours.billable_minor)
        else:
            assert item.theirs is not None
            add("missing_ours_count", 1)
            add("missing_ours_minor", item.theirs.billable_minor)
    return [Totals(currency, **sums) for currency, sums in sorted(acc.items())]


# --- our statement, for the partner ----------------------------------------------------


def our_statement(*, session: Session, partner: str, date_from: date | None = None,
                  date_to: date | None = None) -> list[OutgoingRow]:
    """Our orders of the partner as a partner statement (we are the sender)."""
    known_partner(session, partner)
    return [
        OutgoingRow(o.number, o.partner_order_number, o.ordered_on, o.direction, o.currency,
                    o.billable_minor, o.settled_minor, o.status)
        for o in load_our_orders(session=session, partner=partner)
        if _in_scope(o.ordered_on, date_from, date_to)
    ]
