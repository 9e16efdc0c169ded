"""Orders import: one row per order line, all or nothing (interchange.md, "Orders import").

Imported orders keep the state the file shows: an order with a delivered quantity is
recorded as delivered. Spreadsheets hold no signatures, so such an order appears among the
"delivered without both signatures" exceptions until an officer records them.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Mapping, Sequence
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
from acsa_desk.core.money import check_currency, parse_decimal, parse_money
from acsa_desk.db import search_index
from acsa_desk.db.bulk import bulk_cache
from acsa_desk.db.models import (
    Order,
)
from acsa_desk.interchange.csvfile import (
    Cancelled,
    DefectList,
    Progress,
    Record,
    iter_records,
)
from acsa_desk.interchange.orders_write import (
    CHUNK,
    CONTACT_COLUMNS,
    IMPORTED_INVOICE,
    OrdersImportResult,
    ParsedOrder,
    amount_of,
    write_orders,
)
from acsa_desk.interchange.spill import Spill
from acsa_desk.interchange.spreadsheet import is_spreadsheet, read_rows
from acsa_desk.services import ledger_total, reference, rules
from acsa_desk.services.partner_numbers import clean_partner_order_number

REQUIRED = (
    "order_number", "exercise", "partner", "direction", "ordered_on", "settlement_method",
    "currency", "category", "description", "unit_of_issue", "quantity", "unit_price",
)
ORDER_LEVEL = (
    "exercise", "partner", "direction", "ordered_on", "requesting_unit", "supplying_unit",
    "settlement_method", "currency", "partner_order_number", "received_on", "invoiced_on",
    *CONTACT_COLUMNS, "required_on",
)
_METHOD = ORDER_LEVEL.index("settlement_method")
# OrderTable.order unpacks the cells in this order
assert ORDER_LEVEL[-1] == "required_on" and ORDER_LEVEL[11:-1] == CONTACT_COLUMNS
_BLANKS = ("",) * len(ORDER_LEVEL)  # the default of each order-level cell
#: Columns only a finance export has: such a file is refused as an orders file (importing it
#: would bring cancelled and settled orders back as live ones, without their settlements).
FINANCE_EXPORT_COLUMNS = ("settled_amount", "outstanding_amount")


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


@lru_cache(maxsize=65536)  # pure, like the checks above: a file repeats its quantities
def _positive(text: str) -> Decimal:
    value = _decimal(text, "quantity")
    if value <= 0:
        raise RuleViolation("quantity", f"{text} must be more than 0")
    return check_quantity(value)


@lru_cache(maxsize=65536)
def _delivered(text: str) -> Decimal:
    return check_quantity(_decimal(text, "delivered_quantity"), "delivered_quantity",
                          allow_zero=True)


def parse_orders(records: Iterable[Record], defects: DefectList, *, spill: Spill,
                 ledger: _Ledger | None = None) -> OrderTable:
    """Checks every row against the rules, in one pass over any source of rows (a list, or
    a file read as it goes); returns each order's first row, order-level cells and running
    totals (``OrderTable``, a few dozen bytes an order), the checked lines going to
    ``spill`` (on disk). Once a defect is found nothing more is kept, but the rows are still
    all checked, to name every defect up to the cap. ``ledger`` checks numbers and
    categories against the ledger."""
    table = OrderTable()
    shared: dict[tuple[str, ...], tuple[str, ...]] = {}
    directions = [d.value for d in Direction]
    methods = [m.value for m in ORDER_SETTLEMENT_METHODS]
    # The cells' checks, made once for the whole file (the same checks on every row).
    cell = defects.cell
    exercise_text, description_text = (_required_text("exercise"),
                                       _required_text("description", 2000, multiline=True))
    requesting_text, supplying_text = _free_text("requesting_unit"), _free_text("supplying_unit")
    unit_text = _required_text("unit_of_issue", 20)
    direction_choice = _choice(directions, "direction")
    method_choice = _choice(methods, "settlement_method")
    contact_texts = {name: _free_text(name) for name in CONTACT_COLUMNS}

    def ordered_on_date(text: str) -> date:
        return _date(text, "ordered_on")

    def delivered_on_date(text: str) -> date:
        return _date(text, "delivered_on")

    # The order-level cells of the row before, when every check of them passed (an order's
    # rows are usually together and repeat them): the same pure checks of the same cells would
    # pass again, so their values are taken as they are; any other row is checked in full.
    passed: tuple[str, ...] | None = None
    kept: tuple[object, ...] = ()
    for rec in records:
        cells = rec.cells
        level = tuple(map(cells.get, ORDER_LEVEL, _BLANKS))
        number = cell(rec, "order_number", _order_number)
        known = level == passed
        if known:
            (exercise, partner, direction, ordered_on, method, currency, partner_number,
             required_on) = kept  # type: ignore[assignment]
        else:
            found = defects.found
            exercise = cell(rec, "exercise", exercise_text)
            cell(rec, "requesting_unit", requesting_text)
            cell(rec, "supplying_unit", supplying_text)
            partner = cell(rec, "partner", _country)
            direction = cell(rec, "direction", direction_choice)
            ordered_on = cell(rec, "ordered_on", ordered_on_date)
            method = cell(rec, "settlement_method", method_choice)
            currency = cell(rec, "currency", _currency)
            level_defects = defects.found - found
        category = cell(rec, "category", _category)
        description = cell(rec, "description", description_text)
        nsn = cell(rec, "nsn", _nsn) if cells.get("nsn") else ""
        unit = cell(rec, "unit_of_issue", unit_text)
        quantity = cell(rec, "quantity", _positive)
        price = None
        if currency is not None:
            price = cell(rec, "unit_price", _price, currency)
        delivered_text = cells.get("delivered_quantity", "")
        delivered = cell(rec, "delivered_quantity", _delivered) if delivered_text else Decimal(0)
        delivered_on_text = cells.get("delivered_on", "")
        delivered_on = (
            cell(rec, "delivered_on", delivered_on_date) if delivered_on_text else None
        )
        if not known:
            found = defects.found
            partner_number = cell(rec, "partner_order_number", clean_partner_order_number)
            _optional_date(rec, "received_on", defects)  # order-level: kept in the level cells
            _optional_date(rec, "invoiced_on", defects)
            for name, check in contact_texts.items():
                if cells.get(name):
                    cell(rec, name, check)
            required_on = _optional_date(rec, "required_on", defects)
            if required_on is not None and ordered_on is not None and required_on < ordered_on:
                defects.add(rec.row, "required_on",  # the rule of services.orders.create_order
                            f"{required_on} is before ordered_on ({ordered_on})")
            if level_defects == 0 and defects.found == found:
                passed = level
                kept = (exercise, partner, direction, ordered_on, method, currency,
                        partner_number, required_on)
            else:
                passed = None
        if price is not None and quantity is not None:
            try:  # the line's amount once everything ordered is delivered
                check_amount(amount_of(quantity, price), "unit_price")
            except RuleViolation:
                _line_above_bound(defects, rec.row, format_quantity(quantity), cells)
        if quantity is not None and delivered is not None and delivered > quantity:
            _more_than_ordered(defects, rec.row, format_quantity(delivered),
                               format_quantity(quantity))
        if delivered is not None and delivered > 0 and not delivered_on_text:
            defects.add(rec.row, "delivered_on",
                        "is required when delivered_quantity is more than 0")
        if delivered_on is not None and ordered_on is not None and delivered_on < ordered_on:
            defects.add(rec.row, "delivered_on",
                        f"{delivered_on} is before ordered_on ({ordered_on})")
        if number is None:
            continue
        index = table.index.get(number)
        if index is not None:
            first_row, first = table.rows[index], table.levels[index]
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
            index = table.add(number, rec.row, first)
            if ledger is not None:
                ledger.new_number(number, rec.row, defects)
        if ledger is not None and partner is not None and category is not None:
            ledger.check_category(str(partner), str(category), rec.row, defects)
        if first[_METHOD] == "rik" and category is not None and not is_supply(category):
            defects.add(
                rec.row, "category",
                f"order {number} is settled by replacement in kind (rik), which is only for "
                f"supplies, but {BY_CODE[category].en} is a service",
            )
        if None in (exercise, partner, direction, ordered_on, method, currency, category,
                    description, nsn, unit, quantity, price, delivered, partner_number,
                    ) or defects:
            continue
        on = delivered_on if delivered and delivered > 0 else None
        added = table.add_line(index, quantity, int(price), delivered, on)  # type: ignore[arg-type]
        if ledger is not None:
            ledger.add_billable(added, rec.row, defects)
        spill.add((number, rec.row, str(category), str(description), str(nsn), str(unit),
                   rec.cells["quantity"], int(price),  # type: ignore[arg-type]
                   delivered_text or "0", on.toordinal() if on is not None else 0))
    if ledger is not None:
        ledger.check_numbers(defects)
    if not defects:
        for number in table.index:
            _check_stage(table.order(number), defects)
    return table


class OrderTable:
    """What the import keeps of each order between its two passes, in flat arrays: its
    first row, its order-level cells (one tuple shared by orders alike) and the running
    totals its checks need. ``order(number)`` builds the order as it is written."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}
        self.rows = array("q")
        self.levels: list[tuple[str, ...]] = []
        self.line_counts = array("q")
        self.ordered = array("q")  # every line delivered in full
        self.billable = array("q")  # as delivered
        self.last_delivered = array("q")  # date ordinal, 0 for none
        self.full = bytearray()  # every line delivered in full

    def __len__(self) -> int:
        return len(self.index)

    def add(self, number: str, row: int, level: tuple[str, ...]) -> int:
        index = self.index[number] = len(self.levels)
        self.rows.append(row)
        self.levels.append(level)
        for column in (self.line_counts, self.ordered, self.billable, self.last_delivered):
            column.append(0)
        self.full.append(1)
        return index

    def add_line(self, index: int, quantity: Decimal, price: int, delivered: Decimal,
                 delivered_on: date | None) -> int:
        """Adds a checked line to the order's totals; returns the line's billable amount."""
        billable = amount_of(delivered, price)
        self.line_counts[index] += 1
        self.ordered[index] = min(self.ordered[index] + amount_of(quantity, price),
                                  _CAPPED)
        self.billable[index] = min(self.billable[index] + billable, _CAPPED)
        if delivered < quantity:
            self.full[index] = 0
        if delivered_on is not None:
            self.last_delivered[index] = max(self.last_delivered[index], delivered_on.toordinal())
        return billable

    def line_count(self, number: str) -> int:
        return self.line_counts[self.index[number]]

    def exercises(self) -> set[str]:
        return {level[ORDER_LEVEL.index("exercise")] for level in set(self.levels)}

    def partners(self) -> set[str]:
        return {_country(level[ORDER_LEVEL.index("partner")]) for level in set(self.levels)}

    def order(self, number: str) -> ParsedOrder:
        """The order, its order-level cells parsed again (the same pure, cached checks
        that passed in the first pass), without its lines."""
        i = self.index[number]
        (exercise, partner, direction, ordered_on, requesting_unit, supplying_unit, method,
         currency, partner_number, received_on, invoiced_on, *contacts, required_on
         ) = self.levels[i]  # in the order of ORDER_LEVEL
        last = self.last_delivered[i]
        return ParsedOrder(
            number=number, row=self.rows[i], exercise=exercise, partner=_country(partner),
            direction=direction, ordered_on=_date(ordered_on, "ordered_on"),
            settlement_method=method, currency=_currency(currency),
            requesting_unit=requesting_unit, supplying_unit=supplying_unit,
            received_on=_date(received_on, "received_on") if received_on else None,
            invoiced_on=_date(invoiced_on, "invoiced_on") if invoiced_on else None,
            partner_order_number=clean_partner_order_number(partner_number),
            contacts={name: cell for name, cell in zip(CONTACT_COLUMNS, contacts, strict=True)
                      if cell},
            required_on=_date(required_on, "required_on") if required_on else None,
            line_count=self.line_counts[i], ordered_minor=self.ordered[i],
            billable_minor=self.billable[i],
            last_delivered_on=date.fromordinal(last) if last else None,
            fully_delivered=bool(self.full[i]))


# A running total past this is refused anyway (10^15 is the bound): the arrays hold int64.
_CAPPED = 2**62


class _Ledger:
    """What the import checks against the ledger while it reads: numbers already in it
    (asked in chunks), categories the partner's agreement covers (asked once per partner)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.pending: dict[str, int] = {}
        self.allowed: dict[str, frozenset[str]] = {}
        self.room = ledger_total.room(session)  # billable the ledger may still take
        self.over = False

    def add_billable(self, amount: int, row: int, defects: DefectList) -> None:
        """The file's billable, added up row by row, stays within what the ledger may take
        (services/ledger_total.py); the row that passes the bound is named, once."""
        if amount <= 0 or self.over:
            return
        self.room -= amount
        if self.room < 0:
            self.over = True
            defects.add(row, "delivered_quantity", ledger_total.refusal().message)

    def new_number(self, number: str, row: int, defects: DefectList) -> None:
        self.pending[number] = row
        if len(self.pending) >= CHUNK:
            self.check_numbers(defects)

    def check_numbers(self, defects: DefectList) -> None:
        if not self.pending:
            return
        query = select(Order.number).where(Order.number.in_(list(self.pending)))  # type: ignore[attr-defined]
        for (number,) in self.session.execute(query):
            defects.add(self.pending[number], "order_number",
                        f"order {number} already exists in the ledger")
        self.pending.clear()

    def check_category(self, code: str, category: str, row: int,
                       defects: DefectList) -> None:
        allowed = self.allowed.get(code)
        if allowed is None:
            agreement = reference.agreement_for(session=self.session, partner_code=code)
            allowed = self.allowed[code] = frozenset(reference.allowed_categories(agreement))
        if category not in allowed:
            defects.add(row, "category",
                        f"{BY_CODE[category].en} is not covered by the agreement with {code}")


# The refusals that name a quantity write it as the ledger writes one (0.0000000001, never
# 1E-10: a number the program shows is one it reads back).
def _line_above_bound(defects: DefectList, row: int, quantity: str,
                      cells: Mapping[str, str]) -> None:
    defects.add(row, "unit_price", f"{quantity} x {cells['unit_price']} is "
                "above the largest line amount the ledger holds (10^15 minor units)")


def _more_than_ordered(defects: DefectList, row: int, delivered: str, quantity: str) -> None:
    defects.add(row, "delivered_quantity",
                f"{delivered} is more than the quantity ordered ({quantity})")


def _optional_date(rec: Record, column: str, defects: DefectList) -> date | None:
    if not rec.cells.get(column, ""):
        return None
    return defects.cell(rec, column, lambda t: _date(t, column))


def _check_stage(order: ParsedOrder, defects: DefectList) -> None:
    """The stage the file gives an order obeys the window's rules (services/rules.py)."""
    try:  # what the order bills once delivered in full, as the window checks it
        rules.check_order_total(order.number, order.ordered_minor, order.currency)
    except RuleViolation as exc:
        defects.add(order.row, "unit_price", exc.message)
        return
    billable = order.billable_minor
    try:
        if order.received_on is not None:
            rules.check_receipt(order.number, Status.DELIVERED, order.received_on,
                                order.last_delivered_on)
        if order.invoiced_on is not None:
            rules.check_invoice(order.number, Status.RECEIVED, billable, order.invoiced_on,
                                order.received_on, IMPORTED_INVOICE)
    except RuleViolation as exc:
        column = exc.rule if exc.rule in ("received_on", "invoiced_on") else (
            "invoiced_on" if order.invoiced_on is not None and exc.rule == "billable"
            else "received_on")
        defects.add(order.row, column, exc.message)


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
        header, records = read_rows(path, REQUIRED, defects, sheet=sheet, mapping=mapping)
        refuse_finance_export(header, defects)
        defects.raise_if_any()
    else:
        header = []
        records = _refusing_finance_export(iter_records(path, REQUIRED, defects, header), header,
                                           defects)
    return import_records(session=session, records=records, defects=defects, actor=actor,
                          progress=progress, cancelled=cancelled)




def refuse_finance_export(header: Sequence[str], defects: DefectList) -> bool:
    """A finance export is not an orders file: it holds no cancellations, reversals nor
    settlements, so importing it would turn cancelled orders back into live ones and drop
    their settlements (issue 14). Adds one defect naming the file as such; True if it did."""
    found = [name for name in FINANCE_EXPORT_COLUMNS if name in header]
    if not found:
        return False
    defects.add(1, found[0], "this file is a finance export, not an orders file: importing it "
                "would turn cancelled and settled orders back into live ones without their "
                "settlements (import the orders file it came from)")
    return True


def _refusing_finance_export(records: Iterable[Record], header: list[str],
                             defects: DefectList) -> Iterable[Record]:
    """The records of a streamed CSV, stopped at the header if it is a finance export's."""
    rows = iter(records)
    first = next(rows, None)  # the header is read with it (or the file ends)
    if refuse_finance_export(header, defects) or first is None:
        return
    yield first
    yield from rows  # the rest handed on as they are, without a step here per record


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
    source reports its own defects of form into ``defects``; every rule is checked here.

    Two passes, so that memory does not grow with the file's text: the first checks every
    row (against the ledger too) and keeps each order's running totals, the checked lines
    going to a spill file on disk; the second reads them back and writes each order as soon
    as all its lines are in, a chunk at a time, in the caller's one transaction."""
    with Spill() as spill, bulk_cache(session):
        table = parse_orders(records, defects, spill=spill, ledger=_Ledger(session))
        defects.raise_if_any()
        with search_index.deferred(session.connection()):
            return write_orders(session, table, spill, actor, progress, cancelled,
                                decimal_of=_decimal_of)
