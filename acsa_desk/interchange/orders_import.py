"""Orders import: one row per order line, all or nothing (interchange.md, "Orders import").

Imported orders keep the state the file shows: an order with a delivered quantity is
recorded as delivered. Spreadsheets hold no signatures, so such an order appears among the
"delivered without both signatures" exceptions until an officer records them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from acsa_desk.core.categories import BY_CODE, is_category, is_supply
from acsa_desk.core.domain import (
    ORDER_SETTLEMENT_METHODS,
    Direction,
    Status,
    check_country,
    normalize_nsn,
    parse_iso_date,
)
from acsa_desk.core.errors import RuleViolation
from acsa_desk.core.limits import check_amount, check_quantity, check_text, format_quantity
from acsa_desk.core.money import check_currency, line_amount_minor, parse_decimal, parse_money
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
from acsa_desk.interchange.csvfile import (
    Cancelled,
    DefectList,
    ImportCancelled,
    Progress,
    Record,
    iter_records,
)
from acsa_desk.interchange.spreadsheet import is_spreadsheet, read_rows
from acsa_desk.services import reference, rules
from acsa_desk.services.identity import now
from acsa_desk.services.ledger_sql import oldest_unpaid, search_text
from acsa_desk.services.partner_numbers import clean_partner_order_number

REQUIRED = (
    "order_number", "exercise", "partner", "direction", "ordered_on", "settlement_method",
    "currency", "category", "description", "unit_of_issue", "quantity", "unit_price",
)
#: Optional order-level columns of what the order form carries (README "Orders import"):
#: points of contact with phone and e-mail, delivery place, funding reference (free text),
#: and required_on (YYYY-MM-DD). A file without them imports as before.
CONTACT_COLUMNS = (
    "requesting_poc", "requesting_poc_phone", "requesting_poc_email", "supplying_poc",
    "supplying_poc_phone", "supplying_poc_email", "delivery_place", "funding_reference",
)
ORDER_LEVEL = (
    "exercise", "partner", "direction", "ordered_on", "requesting_unit", "supplying_unit",
    "settlement_method", "currency", "partner_order_number", "received_on", "invoiced_on",
    *CONTACT_COLUMNS, "required_on",
)
_METHOD = ORDER_LEVEL.index("settlement_method")
IMPORTED_INVOICE = "imported"  # the reference of an invoice that came with an order's history
CHUNK = 500


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
    lines: list[ParsedLine] = field(default_factory=list)
    received_on: date | None = None
    invoiced_on: date | None = None
    partner_order_number: str = ""
    contacts: dict[str, str] = field(default_factory=dict)
    required_on: date | None = None


@dataclass(frozen=True)
class OrdersImportResult:
    orders: int
    lines: int
    new_exercises: tuple[str, ...]
    new_partners: tuple[str, ...]


def _choice(options: Sequence[str], what: str):  # type: ignore[no-untyped-def]
    def parse(text: str) -> str:
        if text not in options:
            raise RuleViolation(what, f"'{text}' is not one of: {', '.join(options)}")
        return text

    return parse


def _required_text(what: str, max_length: int = 200, *, multiline: bool = False):  # type: ignore[no-untyped-def]
    def parse(text: str) -> str:
        if not text:
            raise RuleViolation(what, "is empty but required")
        return check_text(text, what, max_length=max_length, multiline=multiline)

    return parse


def _free_text(what: str, max_length: int = 200):  # type: ignore[no-untyped-def]
    return lambda text: check_text(text, what, max_length=max_length)


def _order_number(text: str) -> str:
    if not text:
        raise RuleViolation("order_number", "is empty but required")
    return rules.check_order_number(text)


# The validators below are pure: their results are cached, as a file repeats its dates,
# partners, currencies, categories and prices on many rows.
_country = lru_cache(maxsize=1024)(check_country)


@lru_cache(maxsize=8192)
def _date(text: str, what: str) -> date:
    return parse_iso_date(text, what=what)


@lru_cache(maxsize=65536)
def _price(text: str, currency: str) -> int:
    return parse_money(text, currency, what="unit_price")


def _decimal(text: str, what: str) -> Decimal:
    try:
        return _decimal_of(text)
    except RuleViolation as exc:
        raise RuleViolation(what, exc.message) from exc


@lru_cache(maxsize=65536)
def _decimal_of(text: str) -> Decimal:  # one object per text: a quantity and its delivery
    return parse_decimal(text, what="value")


_nsn = lru_cache(maxsize=65536)(normalize_nsn)  # one string per NSN, however many lines


@lru_cache(maxsize=1024)
def _category(text: str) -> str:
    if not is_category(text):
        raise RuleViolation("category", f"'{text}' is not one of the 16 category codes")
    return text


@lru_cache(maxsize=1024)
def _currency(text: str) -> str:
    return check_currency(text)


def _positive(text: str) -> Decimal:
    value = _decimal(text, "quantity")
    if value <= 0:
        raise RuleViolation("quantity", f"{text} must be more than 0")
    return check_quantity(value)


def _delivered(text: str) -> Decimal:
    return check_quantity(_decimal(text, "delivered_quantity"), "delivered_quantity",
                          allow_zero=True)


def parse_orders(records: Iterable[Record], defects: DefectList) -> dict[str, ParsedOrder]:
    """Checks every row against the rules, in one pass over any source of rows (a list, or
    a file read as it goes); returns the orders keyed by number (none once a defect is
    found: the rows are still all checked, to name every defect up to the cap)."""
    orders: dict[str, ParsedOrder] = {}
    # per order: its first row and order-level cells (shared between orders alike)
    first_level: dict[str, tuple[int, tuple[str, ...]]] = {}
    shared: dict[tuple[str, ...], tuple[str, ...]] = {}
    directions = [d.value for d in Direction]
    methods = [m.value for m in ORDER_SETTLEMENT_METHODS]
    for rec in records:
        number = defects.cell(rec, "order_number", _order_number)
        exercise = defects.cell(rec, "exercise", _required_text("exercise"))
        defects.cell(rec, "requesting_unit", _free_text("requesting_unit"))
        defects.cell(rec, "supplying_unit", _free_text("supplying_unit"))
        partner = defects.cell(rec, "partner", _country)
        direction = defects.cell(rec, "direction", _choice(directions, "direction"))
        ordered_on = defects.cell(rec, "ordered_on", lambda t: _date(t, "ordered_on"))
        method = defects.cell(rec, "settlement_method", _choice(methods, "settlement_method"))
        currency = defects.cell(rec, "currency", _currency)
        category = defects.cell(rec, "category", _category)
        description = defects.cell(rec, "description",
                                   _required_text("description", 2000, multiline=True))
        nsn_text = rec.cells.get("nsn", "")
        nsn = defects.cell(rec, "nsn", _nsn) if nsn_text else ""
        unit = defects.cell(rec, "unit_of_issue", _required_text("unit_of_issue", 20))
        quantity = defects.cell(rec, "quantity", _positive)
        price = None
        if currency is not None:
            price = defects.cell(rec, "unit_price", lambda t, c=currency: _price(t, c))
        delivered_text = rec.cells.get("delivered_quantity", "")
        delivered = (
            defects.cell(rec, "delivered_quantity", _delivered)
            if delivered_text else Decimal(0)
        )
        delivered_on_text = rec.cells.get("delivered_on", "")
        delivered_on = (
            defects.cell(rec, "delivered_on", lambda t: _date(t, "delivered_on"))
            if delivered_on_text else None
        )
        partner_number = defects.cell(rec, "partner_order_number", clean_partner_order_number)
        received_on = _optional_date(rec, "received_on", defects)
        invoiced_on = _optional_date(rec, "invoiced_on", defects)
        contacts = {name: defects.cell(rec, name, _free_text(name)) or ""
                    for name in CONTACT_COLUMNS if rec.cells.get(name)}
        required_on = _optional_date(rec, "required_on", defects)
        if required_on is not None and ordered_on is not None and required_on < ordered_on:
            defects.add(rec.row, "required_on",  # the rule of services.orders.create_order
                        f"{required_on} is before ordered_on ({ordered_on})")
        if price is not None and quantity is not None:
            try:  # the line's amount once everything ordered is delivered
                check_amount(line_amount_minor(quantity, price), "unit_price")
            except RuleViolation:
                defects.add(rec.row, "unit_price", f"{quantity} x {rec.cells['unit_price']} is "
                            "above the largest line amount the ledger holds (10^15 minor units)")
        if quantity is not None and delivered is not None and delivered > quantity:
            defects.add(rec.row, "delivered_quantity",
                        f"{delivered} is more than the quantity ordered ({quantity})")
        if delivered is not None and delivered > 0 and not delivered_on_text:
            defects.add(rec.row, "delivered_on",
                        "is required when delivered_quantity is more than 0")
        if delivered_on is not None and ordered_on is not None and delivered_on < ordered_on:
            defects.add(rec.row, "delivered_on",
                        f"{delivered_on} is before ordered_on ({ordered_on})")
        if number is None:
            continue
        level = tuple(rec.cells.get(name, "") for name in ORDER_LEVEL)
        known = first_level.get(number)
        if known is not None:
            first_row, first = known
            if level != first:
                for name, mine, theirs in zip(ORDER_LEVEL, level, first, strict=True):
                    if mine != theirs:
                        defects.add(
                            rec.row, name,
                            f"'{mine[:80]}' differs from row {first_row} of order {number} "
                            f"('{theirs[:80]}'); an order's rows must agree",
                        )
        else:
            first = shared.setdefault(level, level)  # orders often share their fields
            first_level[number] = (rec.row, first)
        if first[_METHOD] == "rik" and category is not None and not is_supply(category):
            defects.add(
                rec.row, "category",
                f"order {number} is settled by replacement in kind (rik), which is only for "
                f"supplies, but {BY_CODE[category].en} is a service",
            )
        if None in (exercise, partner, direction, ordered_on, method, currency, category,
                    description, nsn, unit, quantity, price, delivered) or defects:
            continue
        order = orders.get(number)
        if order is None:
            order = orders[number] = ParsedOrder(
                number=number, row=rec.row, exercise=str(exercise), partner=str(partner),
                direction=str(direction), ordered_on=ordered_on,  # type: ignore[arg-type]
                settlement_method=str(method), currency=str(currency),
                requesting_unit=rec.cells.get("requesting_unit", ""),
                supplying_unit=rec.cells.get("supplying_unit", ""),
                received_on=received_on, invoiced_on=invoiced_on,
                partner_order_number=str(partner_number or ""),
                contacts=contacts, required_on=required_on,
            )
        order.lines.append(
            ParsedLine(
                row=rec.row, category=str(category), description=str(description),
                nsn=str(nsn), unit_of_issue=str(unit), quantity=quantity,  # type: ignore[arg-type]
                unit_price_minor=int(price),  # type: ignore[arg-type]
                delivered_quantity=delivered,  # type: ignore[arg-type]
                delivered_on=delivered_on if delivered and delivered > 0 else None,
            )
        )
    for order in orders.values():
        _check_stage(order, defects)
    return orders


def _optional_date(rec: Record, column: str, defects: DefectList) -> date | None:
    if not rec.cells.get(column, ""):
        return None
    return defects.cell(rec, column, lambda t: _date(t, column))


def _check_stage(order: ParsedOrder, defects: DefectList) -> None:
    """The stage the file gives an order obeys the window's rules (services/rules.py)."""
    amounts = [line_amount_minor(ln.delivered_quantity, ln.unit_price_minor)
               for ln in order.lines]
    billable = sum(amounts)
    try:
        rules.check_order_total(order.number, billable, order.currency)
    except RuleViolation as exc:
        defects.add(order.row, "unit_price", exc.message)
        return
    dates = [ln.delivered_on for ln in order.lines if ln.delivered_on is not None]
    try:
        if order.received_on is not None:
            rules.check_receipt(order.number, Status.DELIVERED, order.received_on,
                                max(dates) if dates else None)
        if order.invoiced_on is not None:
            rules.check_invoice(order.number, Status.RECEIVED, billable, order.invoiced_on,
                                order.received_on, IMPORTED_INVOICE)
    except RuleViolation as exc:
        column = exc.rule if exc.rule in ("received_on", "invoiced_on") else (
            "invoiced_on" if order.invoiced_on is not None and exc.rule == "billable"
            else "received_on")
        defects.add(order.row, column, exc.message)


def stage_of(order: ParsedOrder, billable: int) -> Status:
    """Where an imported order stands: requested, delivered, received (or closed), invoiced."""
    if order.invoiced_on is not None:
        return Status.INVOICED
    if order.received_on is not None:
        done = all(ln.delivered_quantity >= ln.quantity for ln in order.lines)
        return rules.status_after_receipt(billable, done)
    if any(ln.delivered_quantity > 0 for ln in order.lines):
        return Status.DELIVERED
    return Status.REQUESTED


def _check_against_ledger(
    session: Session, orders: dict[str, ParsedOrder], defects: DefectList
) -> None:
    numbers = list(orders)
    for start in range(0, len(numbers), CHUNK):
        chunk = numbers[start : start + CHUNK]
        for (number,) in session.execute(select(Order.number).where(Order.number.in_(chunk))):  # type: ignore[attr-defined]
            defects.add(orders[number].row, "order_number",
                        f"order {number} already exists in the ledger")
    for code in sorted({o.partner for o in orders.values()}):
        agreement = reference.agreement_for(session=session, partner_code=code)
        allowed = reference.allowed_categories(agreement)
        for order in orders.values():
            if order.partner != code:
                continue
            for line in order.lines:
                if line.category not in allowed:
                    defects.add(line.row, "category",
                                f"{BY_CODE[line.category].en} is not covered by the agreement "
                                f"with {code}")


def import_orders(
    *,
    session: Session,
    path: Path,
    actor: str,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    sheet: str | None = None,
    mapping: Mapping[str, str] | None = None,
) -> OrdersImportResult:
    """Imports an orders file (CSV, .xlsx or .ods: ``spreadsheet.read_rows``) inside the
    caller's transaction; refuses it whole on any defect.

    A CSV file is read and checked as a stream (memory bounded by what the orders hold, not
    by the file's text)."""
    defects = DefectList(str(path))
    records: Iterable[Record]
    if is_spreadsheet(path) or sheet is not None or mapping:
        _header, records = read_rows(path, REQUIRED, defects, sheet=sheet, mapping=mapping)
        defects.raise_if_any()
    else:
        records = iter_records(path, REQUIRED, defects)
    return import_records(session=session, records=records, defects=defects, actor=actor,
                          progress=progress, cancelled=cancelled)




def import_records(
    *,
    session: Session,
    records: Iterable[Record],
    defects: DefectList,
    actor: str,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> OrdersImportResult:
    """The orders import from any source of rows (a CSV file, a spreadsheet's sheet): each
    ``Record`` is a row number (the header is row 1) and its cells by column name. The
    source reports its own defects of form into ``defects``; every rule is checked here."""
    orders = parse_orders(records, defects)
    defects.raise_if_any()
    _check_against_ledger(session, orders, defects)
    defects.raise_if_any()
    return _write(session, orders, actor, progress, cancelled)


def _write(
    session: Session,
    orders: dict[str, ParsedOrder],
    actor: str,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> OrdersImportResult:
    new_partners = []
    for code in sorted({o.partner for o in orders.values()}):
        if session.get(reference.Partner, code) is None:
            new_partners.append(code)
        reference.ensure_partner(session=session, code=code)
    exercise_ids: dict[str, int] = {}
    new_exercises = []
    for name in sorted({o.exercise for o in orders.values()}):
        found = reference.find_exercise(session=session, name=name)
        if found is None:
            found = Exercise(name=name)
            session.add(found)
            session.flush()
            new_exercises.append(name)
        assert found.id is not None
        exercise_ids[name] = found.id
    stamp = now()
    items = list(orders.values())
    total = len(items)
    line_count = 0
    for start in range(0, total, CHUNK):
        if cancelled is not None and cancelled():
            raise ImportCancelled
        chunk = items[start : start + CHUNK]
        line_count += _write_chunk(session, chunk, exercise_ids, actor, stamp)
        if progress is not None:
            progress(min(start + CHUNK, total), total)
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
        amounts = [line_amount_minor(ln.delivered_quantity, ln.unit_price_minor)
                   for ln in order.lines]
        billables.append(amounts)
        stage = stage_of(order, sum(amounts))
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


def _stage_dates(order: ParsedOrder) -> dict[str, str]:
    dates = {"received_on": order.received_on, "invoiced_on": order.invoiced_on}
    return {k: v.isoformat() for k, v in dates.items() if v is not None}
