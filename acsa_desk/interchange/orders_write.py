"""The orders import's second pass: each checked order written in bulk, with its lines,
deliveries, receipt, invoice, status history and one audit entry (interchange.md, "Orders
import"). The first pass (``orders_import``) has checked every rule; nothing here refuses."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Protocol

from sqlalchemy.orm import Session

from acsa_desk.core.domain import Status
from acsa_desk.core.errors import DatabaseProblem
from acsa_desk.core.limits import format_quantity
from acsa_desk.core.money import line_amount_minor
from acsa_desk.db import audit
from acsa_desk.db.bulk import insert_rows
from acsa_desk.db.models import (
    Delivery,
    Exercise,
    Invoice,
    Order,
    OrderLine,
    Receipt,
    StatusChange,
)
from acsa_desk.interchange.csvfile import Cancelled, ImportCancelled, Progress
from acsa_desk.interchange.spill import Spill
from acsa_desk.services import reference, rules
from acsa_desk.services.identity import now
from acsa_desk.services.ledger_sql import oldest_unpaid, search_text

#: A line's amount (``core.money.line_amount_minor``, pure), once per quantity and price: a
#: file repeats them on many lines, and each line's amount is needed three times.
amount_of = lru_cache(maxsize=65536)(line_amount_minor)

IMPORTED_INVOICE = "imported"  # the reference of an invoice that came with an order's history
CHUNK = 500
#: Optional order-level columns of what the order form carries (README "Orders import"):
#: points of contact with phone and e-mail, delivery place, funding reference (free text),
#: and required_on (YYYY-MM-DD). A file without them imports as before.
CONTACT_COLUMNS = (
    "requesting_poc", "requesting_poc_phone", "requesting_poc_email", "supplying_poc",
    "supplying_poc_phone", "supplying_poc_email", "delivery_place", "funding_reference",
)


@dataclass(slots=True)
class ParsedLine:
    row: int
    category: str
    description: str
    nsn: str
    unit_of_issue: str
    quantity: Decimal
    unit_price_minor: int
    delivered_quantity: Decimal
    delivered_on: date | None


@dataclass(slots=True)
class ParsedOrder:
    number: str
    row: int
    exercise: str
    partner: str
    direction: str
    ordered_on: date
    settlement_method: str
    currency: str
    requesting_unit: str
    supplying_unit: str
    lines: list[ParsedLine] = field(default_factory=list)  # filled while it is written
    received_on: date | None = None
    invoiced_on: date | None = None
    partner_order_number: str = ""
    contacts: dict[str, str] = field(default_factory=dict)
    required_on: date | None = None
    # What the checks of the whole order need, added up row by row (its lines are not kept)
    line_count: int = 0
    ordered_minor: int = 0  # every line delivered in full
    billable_minor: int = 0  # as delivered
    last_delivered_on: date | None = None
    fully_delivered: bool = True


@dataclass(frozen=True)
class OrdersImportResult:
    orders: int
    lines: int
    new_exercises: tuple[str, ...]
    new_partners: tuple[str, ...]


def stage_of(order: ParsedOrder) -> Status:
    """Where an imported order stands: requested, delivered, received (or closed), invoiced."""
    if order.invoiced_on is not None:
        return Status.INVOICED
    if order.received_on is not None:
        return rules.status_after_receipt(order.billable_minor, order.fully_delivered)
    if order.last_delivered_on is not None:
        return Status.DELIVERED
    return Status.REQUESTED


class Orders(Protocol):
    """What the first pass kept of the orders (``orders_import.OrderTable``)."""

    def __len__(self) -> int: ...
    def line_count(self, number: str) -> int: ...
    def order(self, number: str) -> ParsedOrder: ...
    def exercises(self) -> set[str]: ...
    def partners(self) -> set[str]: ...


def write_orders(
    session: Session,
    orders: Orders,
    spill: Spill,
    actor: str,
    progress: Progress | None,
    cancelled: Cancelled | None,
    *,
    decimal_of: Callable[[str], Decimal] = Decimal,
) -> OrdersImportResult:
    """Writes the orders of ``spill`` (their lines, in the file's order) a chunk at a time,
    each order once all its lines are read back (in a file whose orders' rows are together,
    one order at a time is held)."""
    new_partners = []
    for code in sorted(orders.partners()):
        if session.get(reference.Partner, code) is None:
            new_partners.append(code)
        reference.ensure_partner(session=session, code=code)
    exercise_ids: dict[str, int] = {}
    new_exercises = []
    for name in sorted(orders.exercises()):
        found = reference.find_exercise(session=session, name=name)
        if found is None:
            found = Exercise(name=name)
            session.add(found)
            session.flush()
            new_exercises.append(name)
        assert found.id is not None
        exercise_ids[name] = found.id
    stamp = now()
    total = len(orders)
    done = line_count = 0
    chunk: list[ParsedOrder] = []
    reading: dict[str, ParsedOrder] = {}  # orders whose lines are not all read back yet

    def write_chunk() -> None:
        nonlocal done, line_count
        if cancelled is not None and cancelled():
            raise ImportCancelled
        line_count += _write_chunk(session, chunk, exercise_ids, actor, stamp)
        done += len(chunk)
        chunk.clear()  # its orders and their lines are written: they go
        if progress is not None:
            progress(done, total)

    for number, row, category, description, nsn, unit, qty, price, dq, on in spill:
        order = reading.get(number)
        if order is None:
            order = reading[number] = orders.order(number)
        order.lines.append(ParsedLine(
            row=row, category=category, description=description, nsn=nsn, unit_of_issue=unit,
            quantity=decimal_of(qty), unit_price_minor=price, delivered_quantity=decimal_of(dq),
            delivered_on=date.fromordinal(on) if on else None))
        if len(order.lines) == order.line_count:  # the order's last line: it can be written
            chunk.append(reading.pop(number))
            if len(chunk) >= CHUNK:
                write_chunk()
    if chunk:
        write_chunk()
    if reading or done != total:  # the spill file lost lines the first pass counted
        raise DatabaseProblem("the import's temporary file was cut short; nothing was imported")
    session.flush()
    return OrdersImportResult(total, line_count, tuple(new_exercises), tuple(new_partners))


def _write_chunk(
    session: Session,
    chunk: list[ParsedOrder],
    exercise_ids: dict[str, int],
    actor: str,
    stamp: object,
) -> int:
    order_rows = []
    billables: list[list[int]] = []
    for order in chunk:
        amounts = [amount_of(ln.delivered_quantity, ln.unit_price_minor)
                   for ln in order.lines]
        billables.append(amounts)
        stage = stage_of(order)
        groups: dict[date, int] = {}
        for line, amount in zip(order.lines, amounts, strict=True):
            if line.delivered_on is not None:
                groups[line.delivered_on] = groups.get(line.delivered_on, 0) + amount
        order_rows.append({
            "number": order.number, "partner_order_number": order.partner_order_number,
            "exercise_id": exercise_ids[order.exercise],
            "partner_code": order.partner, "direction": order.direction,
            "status": stage.value,
            "requesting_unit": order.requesting_unit, "supplying_unit": order.supplying_unit,
            **{name: order.contacts.get(name, "") for name in CONTACT_COLUMNS},
            "ordered_on": order.ordered_on, "required_on": order.required_on,
            "settlement_method": order.settlement_method, "currency": order.currency,
            "ordering_official_name": "", "ordering_official_rank": "",
            "issuing_official_name": "", "issuing_official_rank": "", "signed_on": None,
            "billable_minor": sum(amounts), "settled_minor": 0,
            "entered_by": actor, "updated_by": actor, "created_at": stamp, "updated_at": stamp,
            "version": 1, "source": "import", "our_official_login": None,
            "oldest_unpaid_on": oldest_unpaid(sorted(groups.items()), 0),
            "search_text": search_text(order.number, order.requesting_unit, order.supplying_unit,
                                       [ln.description for ln in order.lines]),
        })
    ids = insert_rows(session, Order.__table__, order_rows, want_ids=True)
    line_rows: list[dict[str, object]] = []
    line_dates: list[date | None] = []
    history_rows: list[dict[str, object]] = []
    receipt_rows: list[dict[str, object]] = []
    invoice_rows: list[dict[str, object]] = []
    for order_id, order, amounts, row in zip(ids, chunk, billables, order_rows, strict=True):
        _history(history_rows, order_id, Status(str(row["status"])), stamp, actor)
        if order.received_on is not None:
            receipt_rows.append({
                "order_id": order_id, "received_on": order.received_on,
                "received_by": "imported", "condition": "", "recorded_by": actor,
                "recorded_at": stamp,
            })
        if order.invoiced_on is not None:
            invoice_rows.append({
                "order_id": order_id, "reference": IMPORTED_INVOICE,
                "issued_on": order.invoiced_on, "recorded_by": actor, "recorded_at": stamp,
            })
        for line_no, (line, amount) in enumerate(zip(order.lines, amounts, strict=True), 1):
            line_rows.append({
                "order_id": order_id, "line_no": line_no, "category": line.category,
                "description": line.description, "nsn": line.nsn,
                "unit_of_issue": line.unit_of_issue, "quantity": format_quantity(line.quantity),
                "unit_price_minor": line.unit_price_minor,
                "delivered_quantity": format_quantity(line.delivered_quantity),
                "billable_minor": amount,
            })
            line_dates.append(line.delivered_on)
    line_ids = insert_rows(session, OrderLine.__table__, line_rows, want_ids=True)
    delivery_rows = [
        {
            "order_id": row["order_id"], "line_id": line_id, "delivered_on": delivered_on,
            "quantity": row["delivered_quantity"], "billable_delta_minor": row["billable_minor"],
            "reverses_id": None, "reason": "imported", "recorded_by": actor,
            "recorded_at": stamp,
        }
        for line_id, row, delivered_on in zip(line_ids, line_rows, line_dates, strict=True)
        if delivered_on is not None
    ]
    children: dict[str, list[dict[str, object]]] = {
        "order_line": line_rows, "delivery": delivery_rows, "receipt": receipt_rows,
        "invoice": invoice_rows, "status_change": history_rows}
    for table, rows in ((OrderLine.__table__, line_rows), (Delivery.__table__, delivery_rows),
                        (Receipt.__table__, receipt_rows), (Invoice.__table__, invoice_rows),
                        (StatusChange.__table__, history_rows)):
        new_ids = (line_ids if rows is line_rows
                   else insert_rows(session, table, rows, want_ids=True))  # type: ignore[arg-type]
        for row, new_id in zip(rows, new_ids, strict=True):
            row["id"] = new_id
    for row, new_id in zip(order_rows, ids, strict=True):
        row["id"] = new_id
    # One audit entry per imported order, carrying every row written with it.
    audit.append_tree(session, "acsa_order", order_rows, children)
    return len(line_rows)


_STEPS = (
    (Status.DELIVERED, "imported as delivered; signatures not on record"),
    (Status.RECEIVED, "imported as received"),
    (Status.INVOICED, "imported as invoiced"),
)


def _history(rows: list[dict[str, object]], order_id: int, stage: Status, stamp: object,
             actor: str) -> None:
    """The status changes that bring an imported order to its stage, in life-cycle order."""
    rows.append({"order_id": order_id, "at": stamp, "by": actor, "from_status": "",
                 "to_status": Status.REQUESTED.value, "reason": "order imported"})
    if stage == Status.REQUESTED:
        return
    previous = Status.REQUESTED
    for status, reason in _STEPS:
        rows.append({"order_id": order_id, "at": stamp, "by": actor,
                     "from_status": previous.value, "to_status": status.value,
                     "reason": reason})
        previous = status
        if status == stage or (stage == Status.CLOSED and status == Status.RECEIVED):
            break
    if stage == Status.CLOSED:
        rows.append({"order_id": order_id, "at": stamp, "by": actor,
                     "from_status": previous.value, "to_status": Status.CLOSED.value,
                     "reason": "received in full at no charge: nothing to bill"})
