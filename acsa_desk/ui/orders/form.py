"""The order editor's logic without Qt: typed texts -> OrderInput, validation messages, totals.

The editor's widgets only copy texts into an :class:`OrderDraft` and show what this module
says about it. Every check here uses the core's own rules (``parse_money``, ``normalize_nsn``,
``check_country``...), so the editor refuses as typed what the services would refuse on save.
Messages are English here, like the services' messages (the core is not translated yet).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any, cast

from acsa_desk.core.categories import BY_CODE, is_category
from acsa_desk.core.domain import (
    ORDER_SETTLEMENT_METHODS,
    Direction,
    check_country,
    normalize_nsn,
)
from acsa_desk.core.errors import N_, RuleViolation
from acsa_desk.core.limits import check_text
from acsa_desk.core.money import (
    check_currency,
    format_plain,
    is_currency,
    line_amount_minor,
    parse_decimal,
    parse_money,
)
from acsa_desk.db.models import Order
from acsa_desk.services import orders as order_service
from acsa_desk.services.orders import LineInput, OrderInput
from acsa_desk.services.partner_numbers import clean_partner_order_number

MAX_NUMBER_LENGTH = 60


class LineField(StrEnum):
    """The editable cells of an order line, in the order the lines table shows them."""

    CATEGORY = "category"
    DESCRIPTION = "description"
    NSN = "nsn"
    UNIT_OF_ISSUE = "unit_of_issue"
    QUANTITY = "quantity"
    UNIT_PRICE = "unit_price"


#: Header fields of the editor, by the name services use in ``RuleViolation.rule``.
HEADER_FIELDS = (
    "number", "exercise", "partner", "direction", "ordered_on", "required_on",
    "requesting_unit", "requesting_poc", "supplying_unit", "supplying_poc",
    "delivery_place", "settlement_method", "currency", "partner_order_number",
    # what the order form and the agreement's required data elements add (readiness)
    "requesting_poc_phone", "requesting_poc_email", "supplying_poc_phone",
    "supplying_poc_email", "funding_reference",
)
#: The contact and funding fields (free text, at most 200 characters each).
CONTACT_FIELDS = order_service.CONTACT_FIELDS

#: Rules of services that name a line cell rather than a header field.
LINE_RULES = frozenset(f.value for f in LineField) | {"lines", "line"}


@dataclass(frozen=True, slots=True)
class LineDraft:
    """One line as typed: texts, plus what the ledger says about an existing line."""

    category: str = ""
    description: str = ""
    nsn: str = ""
    unit_of_issue: str = ""
    quantity: str = ""
    unit_price: str = ""
    line_id: int | None = None  # None until saved
    delivered: str = "0"
    billable_minor: int = 0

    def text(self, name: LineField) -> str:
        return str(getattr(self, name.value))

    def with_text(self, name: LineField, value: str) -> LineDraft:
        changes: dict[str, Any] = {name.value: value}
        return replace(self, **changes)

    def copy_for_new_line(self) -> LineDraft:
        """The same line again, unsaved and undelivered (the Duplicate button)."""
        return replace(self, line_id=None, delivered="0", billable_minor=0)


@dataclass(frozen=True, slots=True)
class OrderDraft:
    """An order as typed in the editor."""

    number: str = ""
    exercise_id: int | None = None
    partner: str = ""
    direction: str = Direction.PROVIDED.value
    ordered_on: date | None = None
    required_on: date | None = None
    requesting_unit: str = ""
    requesting_poc: str = ""
    supplying_unit: str = ""
    supplying_poc: str = ""
    delivery_place: str = ""
    settlement_method: str = "cash"
    currency: str = ""
    lines: tuple[LineDraft, ...] = field(default_factory=tuple)
    partner_order_number: str = ""
    requesting_poc_phone: str = ""
    requesting_poc_email: str = ""
    supplying_poc_phone: str = ""
    supplying_poc_email: str = ""
    funding_reference: str = ""

    @property
    def currency_code(self) -> str:
        return self.currency.strip().upper()

    @property
    def partner_code(self) -> str:
        return self.partner.strip().upper()


@dataclass(frozen=True, slots=True)
class LineProblem:
    line: int  # 1-based, as the lines table numbers them
    cell: LineField
    message: str

    def __str__(self) -> str:
        return f"line {self.line}, {_CELL_NAMES[self.cell]}: {self.message}"


_CELL_NAMES = {
    LineField.CATEGORY: "category",
    LineField.DESCRIPTION: "description",
    LineField.NSN: "NSN",
    LineField.UNIT_OF_ISSUE: "unit of issue",
    LineField.QUANTITY: "quantity",
    LineField.UNIT_PRICE: "unit price",
}


@dataclass(frozen=True, slots=True)
class Problems:
    """Everything wrong with a draft: header fields by name, and line cells."""

    fields: Mapping[str, str] = field(default_factory=dict)
    lines: tuple[LineProblem, ...] = ()
    lines_message: str = ""  # about the lines as a whole (e.g. none at all)

    def __bool__(self) -> bool:
        return bool(self.fields or self.lines or self.lines_message)

    def line_messages(self) -> list[str]:
        out = [self.lines_message] if self.lines_message else []
        return out + [str(p) for p in self.lines]


# --- header fields -------------------------------------------------------------------------


def header_problems(draft: OrderDraft) -> dict[str, str]:
    """Problems of the header fields, by field name ("" fields are fine)."""
    found: dict[str, str] = {}
    number = draft.number.strip()
    if not number:
        found["number"] = N_("the order needs a number")
    elif len(number) > MAX_NUMBER_LENGTH:
        found["number"] = N_(f"an order number is at most {MAX_NUMBER_LENGTH} characters")
    if draft.exercise_id is None:
        found["exercise"] = N_("choose the exercise or operation the order belongs to")
    partner = draft.partner_code
    if not partner:
        found["partner"] = N_("enter the partner nation (ISO 3166-1 alpha-3, e.g. JPN)")
    else:
        _collect(found, "partner", lambda: check_country(partner))
    if draft.direction not in {d.value for d in Direction}:
        found["direction"] = N_("direction must be 'provided' or 'received'")
    if draft.settlement_method not in {m.value for m in ORDER_SETTLEMENT_METHODS}:
        found["settlement_method"] = N_("settlement method must be cash, rik or eve")
    elif draft.settlement_method == "rik":
        categories = [ln.category for ln in draft.lines if is_category(ln.category)]
        _collect(found, "settlement_method", lambda: order_service.check_rik(categories))
    currency = draft.currency_code
    if not currency:
        found["currency"] = N_("enter the currency (ISO 4217, e.g. CAD or JPY)")
    else:
        _collect(found, "currency", lambda: check_currency(currency))
    _collect(found, "partner_order_number",
             lambda: clean_partner_order_number(draft.partner_order_number))
    for name in CONTACT_FIELDS:  # the service's own text rule
        _collect(found, name, lambda n=name: check_text(
            getattr(draft, n).strip(), n, max_length=order_service.TEXT_LIMITS[n]))
    if draft.ordered_on is None:
        found["ordered_on"] = N_("enter the order date")
    elif draft.required_on is not None and draft.required_on < draft.ordered_on:
        found["required_on"] = N_("the date required cannot be before the order date")
    return found


def _collect(found: dict[str, str], name: str, check: Any) -> None:
    try:
        check()
    except RuleViolation as exc:
        found[name] = exc.message


# --- lines ---------------------------------------------------------------------------------


def line_problems(line: LineDraft, currency: str) -> dict[LineField, str]:
    """Problems of one line's cells. A price is checked only once the currency is known."""
    found: dict[LineField, str] = {}
    if not line.category:
        found[LineField.CATEGORY] = N_("choose a category")
    elif not is_category(line.category):
        found[LineField.CATEGORY] = N_(f"'{line.category}' is not one of the 16 categories")
    if not line.description.strip():
        found[LineField.DESCRIPTION] = N_("the description is missing")
    if line.nsn.strip():
        try:
            normalize_nsn(line.nsn)
        except RuleViolation as exc:
            found[LineField.NSN] = exc.message
    if not line.unit_of_issue.strip():
        found[LineField.UNIT_OF_ISSUE] = N_("the unit of issue is missing (e.g. L, KL, EA, HR)")
    quantity = parse_quantity(line.quantity)
    if isinstance(quantity, str):
        found[LineField.QUANTITY] = quantity
    price = parse_price(line.unit_price, currency)
    if isinstance(price, str):
        found[LineField.UNIT_PRICE] = price
    return found


def parse_quantity(text: str) -> Decimal | str:
    """The quantity, or why it is refused."""
    if not text.strip():
        return N_("the quantity is missing")
    try:
        value = parse_decimal(text, what="quantity")
    except RuleViolation as exc:
        return exc.message
    if value <= 0:
        return N_("the quantity must be more than 0")
    return value


def parse_price(text: str, currency: str) -> int | str:
    """The unit price in minor units of ``currency``, or why it is refused."""
    if not text.strip():
        return N_("the unit price is missing (0 for no charge)")
    code = currency.strip().upper()
    try:
        if not is_currency(code):
            parse_decimal(text, what="unit_price")
            return N_("choose a valid currency first: the price's decimals depend on it")
        return parse_money(text, code, what="unit_price")
    except RuleViolation as exc:
        return exc.message


def line_amount(line: LineDraft, currency: str) -> int | None:
    """Ordered amount of the line (quantity x unit price, rounded once), or None if invalid."""
    quantity = parse_quantity(line.quantity)
    price = parse_price(line.unit_price, currency)
    if isinstance(quantity, str) or isinstance(price, str):
        return None
    return line_amount_minor(quantity, price)


@dataclass(frozen=True, slots=True)
class Totals:
    """Live totals of a draft: per currency, and how many lines could not be counted."""

    by_currency: Mapping[str, int]
    uncounted_lines: int = 0


def totals(draft: OrderDraft) -> Totals:
    """Ordered value per currency (an order has one; a currency being typed has none)."""
    code = draft.currency_code
    amounts = [line_amount(ln, code) for ln in draft.lines]
    counted = [a for a in amounts if a is not None]
    uncounted = len(amounts) - len(counted)
    if not is_currency(code):
        return Totals({}, len(amounts))
    return Totals({code: sum(counted)}, uncounted)


# --- the whole draft -----------------------------------------------------------------------


def check_draft(draft: OrderDraft) -> Problems:
    """Everything the editor refuses before it asks the ledger."""
    line_found = [
        LineProblem(index, cell, message)
        for index, line in enumerate(draft.lines, start=1)
        for cell, message in line_problems(line, draft.currency_code).items()
    ]
    return Problems(
        fields=header_problems(draft),
        lines=tuple(line_found),
        lines_message="" if draft.lines else N_("add at least one line"),
    )


class DraftInvalid(ValueError):
    def __init__(self, problems: Problems) -> None:
        super().__init__("the order as typed cannot be saved")
        self.problems = problems


def to_order_input(draft: OrderDraft) -> OrderInput:
    """The draft as the services' OrderInput; raises DraftInvalid with every problem."""
    problems = check_draft(draft)
    if problems:
        raise DraftInvalid(problems)
    currency = draft.currency_code
    assert draft.exercise_id is not None and draft.ordered_on is not None
    return OrderInput(
        number=draft.number.strip(),
        exercise_id=draft.exercise_id,
        partner_code=draft.partner_code,
        direction=draft.direction,
        ordered_on=draft.ordered_on,
        settlement_method=draft.settlement_method,
        currency=currency,
        lines=tuple(to_line_input(line, currency) for line in draft.lines),
        requesting_unit=draft.requesting_unit.strip(),
        requesting_poc=draft.requesting_poc.strip(),
        supplying_unit=draft.supplying_unit.strip(),
        supplying_poc=draft.supplying_poc.strip(),
        required_on=draft.required_on,
        delivery_place=draft.delivery_place.strip(),
        partner_order_number=draft.partner_order_number.strip(),
        **{name: getattr(draft, name).strip() for name in CONTACT_FIELDS},
    )


def to_line_input(line: LineDraft, currency: str) -> LineInput:
    quantity = parse_quantity(line.quantity)
    price = parse_price(line.unit_price, currency)
    if isinstance(quantity, str) or isinstance(price, str):
        raise ValueError("check_draft first")
    nsn = normalize_nsn(line.nsn) if line.nsn.strip() else ""
    return LineInput(
        category=line.category,
        description=line.description.strip(),
        unit_of_issue=line.unit_of_issue.strip(),
        quantity=quantity,
        unit_price_minor=price,
        nsn=nsn,
    )


def line_number_of(message: str) -> int | None:
    """The line a service message is about ("line 2: ..."), if it names one."""
    head = message.split(":", 1)[0].strip()
    if head.startswith("line ") and head[5:].isdigit():
        return int(head[5:])
    return None


# --- from the ledger -----------------------------------------------------------------------


def draft_line(
    *, line_id: int | None, category: str, description: str, nsn: str, unit_of_issue: str,
    quantity: str, unit_price_minor: int, currency: str, delivered: str = "0",
    billable_minor: int = 0,
) -> LineDraft:
    """A stored line as the editor shows it (price with the currency's decimals)."""
    return LineDraft(
        category=category,
        description=description,
        nsn=nsn,
        unit_of_issue=unit_of_issue,
        quantity=plain_quantity(quantity),
        unit_price=format_plain(unit_price_minor, currency) if is_currency(currency) else "",
        line_id=line_id,
        delivered=plain_quantity(delivered),
        billable_minor=billable_minor,
    )


def plain_quantity(text: str) -> str:
    """A stored quantity without exponent or useless trailing zeros ("85000", "2.5")."""
    try:
        value = Decimal(text)
    except ArithmeticError:
        return text
    if value == value.to_integral_value():
        return str(value.quantize(Decimal(1)))
    return format(value.normalize(), "f")


@dataclass(frozen=True, slots=True)
class _SigningView:
    """What ``orders.missing_data`` reads of an order, taken from a draft."""

    requesting_unit: str
    requesting_poc: str
    supplying_unit: str
    supplying_poc: str
    delivery_place: str
    required_on: date | None


def missing_for_signature(draft: OrderDraft) -> list[str]:
    """What the order as typed still lacks before it can be signed (the services' own list)."""
    view = _SigningView(
        draft.requesting_unit, draft.requesting_poc, draft.supplying_unit,
        draft.supplying_poc, draft.delivery_place, draft.required_on,
    )
    lines = cast(Sequence[Any], draft.lines)
    return [message for _, message in order_service.missing_data(cast(Order, view), lines)]


def category_label(code: str, lang: str) -> str:
    category = BY_CODE.get(code)
    return category.label(lang) if category is not None else code


def language_of(locale: str) -> str:
    """"ja_JP" -> "ja": the language the category labels are shown in."""
    return locale.replace("-", "_").split("_", 1)[0].lower() or "en"


# --- life-cycle dialogs --------------------------------------------------------------------


def parse_delivery(texts: Mapping[int, tuple[int, str]]) -> dict[int, Decimal]:
    """Quantities typed per line id ({line_id: (line_no, text)}); blank means none.

    Raises RuleViolation("quantity", "line N: ...") for the first text that is no quantity.
    """
    out: dict[int, Decimal] = {}
    for line_id, (line_no, text) in texts.items():
        if not text.strip():
            continue
        try:
            value = parse_decimal(text, what="quantity")
        except RuleViolation as exc:
            raise RuleViolation("quantity", f"line {line_no}: {exc.message}") from exc
        if value != 0:
            out[line_id] = value
    if not out:
        raise RuleViolation("quantity", "enter the quantity delivered on at least one line")
    return out
