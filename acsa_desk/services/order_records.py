"""What an order is and how it is read and checked: the input shapes, the reading
functions, the validation of an order and its lines, and the bookkeeping every change
shares (version check, touch, status history, oldest unpaid date).

Part of the order service: call it through ``acsa_desk.services.orders``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, object_session

from acsa_desk.core.categories import BY_CODE, is_category
from acsa_desk.core.domain import (
    ORDER_SETTLEMENT_METHODS,
    Direction,
    SettlementMethod,
    Status,
    normalize_nsn,
)
from acsa_desk.core.errors import N_, NotFound, RuleViolation, StaleRecord
from acsa_desk.core.limits import check_amount, check_quantity, check_text
from acsa_desk.core.money import check_currency, line_amount_minor
from acsa_desk.db.engine import TOUCHED_KEY
from acsa_desk.db.models import (
    Delivery,
    Invoice,
    Order,
    OrderLine,
    Receipt,
    Settlement,
    StatusChange,
)
from acsa_desk.services import partner_numbers, reference, rules
from acsa_desk.services.identity import now
from acsa_desk.services.ledger_sql import OLDEST_UNPAID_GROUPS, as_date, oldest_unpaid

# --- input shapes ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LineInput:
    category: str
    description: str
    unit_of_issue: str
    quantity: Decimal
    unit_price_minor: int
    nsn: str = ""


@dataclass(frozen=True, slots=True)
class OrderInput:
    number: str
    exercise_id: int
    partner_code: str
    direction: str
    ordered_on: date
    settlement_method: str
    currency: str
    lines: Sequence[LineInput] = field(default_factory=tuple)
    requesting_unit: str = ""
    requesting_poc: str = ""
    supplying_unit: str = ""
    supplying_poc: str = ""
    required_on: date | None = None
    delivery_place: str = ""
    partner_order_number: str = ""
    requesting_poc_phone: str = ""
    requesting_poc_email: str = ""
    supplying_poc_phone: str = ""
    supplying_poc_email: str = ""
    funding_reference: str = ""


# Contact and funding fields the order form carries (free text, stripped).
CONTACT_FIELDS = ("requesting_poc_phone", "requesting_poc_email", "supplying_poc_phone",
                  "supplying_poc_email", "funding_reference")


@dataclass(frozen=True, slots=True)
class Official:
    name: str
    rank: str = ""


# --- reading -----------------------------------------------------------------------------


def get_order(*, session: Session, order_id: int) -> Order:
    order = session.get(Order, order_id)
    if order is None:
        raise NotFound(f"no order with id {order_id}")
    return order


def order_by_number(*, session: Session, number: str) -> Order:
    order = session.scalars(select(Order).where(Order.number == number)).first()
    if order is None:
        raise NotFound(f"no order numbered '{number}'")
    return order


def order_lines(*, session: Session, order_id: int) -> list[OrderLine]:
    return list(
        session.scalars(
            select(OrderLine).where(OrderLine.order_id == order_id).order_by(OrderLine.line_no)
        )
    )


def deliveries(*, session: Session, order_id: int) -> list[Delivery]:
    return list(
        session.scalars(
            select(Delivery).where(Delivery.order_id == order_id).order_by(Delivery.id)
        )
    )


def settlements(*, session: Session, order_id: int) -> list[Settlement]:
    return list(
        session.scalars(
            select(Settlement).where(Settlement.order_id == order_id).order_by(Settlement.id)
        )
    )


def receipts(*, session: Session, order_id: int) -> list[Receipt]:
    return list(
        session.scalars(select(Receipt).where(Receipt.order_id == order_id).order_by(Receipt.id))
    )


def invoices(*, session: Session, order_id: int) -> list[Invoice]:
    return list(
        session.scalars(select(Invoice).where(Invoice.order_id == order_id).order_by(Invoice.id))
    )


def history(*, session: Session, order_id: int) -> list[StatusChange]:
    return list(
        session.scalars(
            select(StatusChange)
            .where(StatusChange.order_id == order_id)
            .order_by(StatusChange.at, StatusChange.id)
        )
    )


def outstanding_minor(order: Order) -> int:
    return order.billable_minor - order.settled_minor


def fully_delivered(lines: Sequence[OrderLine]) -> bool:
    return bool(lines) and all(Decimal(ln.delivered_quantity) >= Decimal(ln.quantity) for ln in lines)


def has_both_signatures(order: Order) -> bool:
    return bool(order.ordering_official_name.strip() and order.issuing_official_name.strip())


def missing_data(order: Order, lines: Sequence[OrderLine]) -> list[tuple[str, str]]:
    """What an order lacks before it can be signed: (field, message) pairs."""
    missing: list[tuple[str, str]] = []
    required = {
        "requesting_unit": N_("the requesting unit"),
        "requesting_poc": N_("the requesting unit's point of contact"),
        "supplying_unit": N_("the supplying unit"),
        "supplying_poc": N_("the supplying unit's point of contact"),
        "delivery_place": N_("the delivery place"),
    }
    for name, label in required.items():
        if not str(getattr(order, name)).strip():
            missing.append((name, N_(f"{label} is missing")))
    if order.required_on is None:
        date_required = N_("the date required")
        missing.append(("required_on", N_(f"{date_required} is missing")))
    if not lines:
        missing.append(("lines", N_("the order has no lines")))
    return missing


# --- validation --------------------------------------------------------------------------


def _check_order_input(session: Session, data: OrderInput) -> None:
    if not data.number.strip():
        raise RuleViolation("number", "the order needs a number")
    try:
        rules.check_order_number(data.number.strip())
    except RuleViolation as exc:
        raise RuleViolation("number", exc.message) from exc
    for name in ("requesting_unit", "requesting_poc", "supplying_unit", "supplying_poc",
                 "delivery_place", *CONTACT_FIELDS):
        check_text(getattr(data, name).strip(), name, max_length=TEXT_LIMITS[name])
    reference.get_exercise(session=session, exercise_id=data.exercise_id)
    reference.ensure_partner(session=session, code=data.partner_code)
    if data.direction not in {d.value for d in Direction}:
        raise RuleViolation("direction", "direction must be 'provided' or 'received'")
    if data.settlement_method not in {m.value for m in ORDER_SETTLEMENT_METHODS}:
        raise RuleViolation("settlement_method", "settlement method must be cash, rik or eve")
    check_currency(data.currency)
    partner_numbers.clean_partner_order_number(data.partner_order_number)
    if data.required_on is not None and data.required_on < data.ordered_on:
        raise RuleViolation("required_on", "the date required cannot be before the order date")
    agreement = reference.agreement_for(session=session, partner_code=data.partner_code)
    allowed = reference.allowed_categories(agreement)
    for index, line in enumerate(data.lines, start=1):
        check_line(line, index=index, allowed=allowed)
    if data.settlement_method == SettlementMethod.RIK:
        check_rik([line.category for line in data.lines])
    rules.check_order_total(data.number.strip(), sum(
        line_amount_minor(line.quantity, line.unit_price_minor) for line in data.lines),
        data.currency)


# The longest text each field holds (the columns' lengths, so both backends store the same).
TEXT_LIMITS = {
    "requesting_unit": 200, "requesting_poc": 200, "supplying_unit": 200, "supplying_poc": 200,
    "delivery_place": 200, "description": 2000, "unit_of_issue": 20, "exercise": 200,
    "received_by": 200, "condition": 400, "reason": 400, "official_name": 200,
    "official_rank": 100, **dict.fromkeys(CONTACT_FIELDS, 200),
}


def check_line(line: LineInput, *, index: int, allowed: Sequence[str] | None = None) -> None:
    where = f"line {index}"
    if not is_category(line.category):
        raise RuleViolation("category", f"{where}: '{line.category}' is not one of the 16 categories")
    if allowed is not None and line.category not in allowed:
        raise RuleViolation(
            "category", f"{where}: {BY_CODE[line.category].en} is not covered by the agreement"
        )
    if not line.description.strip():
        raise RuleViolation("description", f"{where}: the description is missing")
    if not line.unit_of_issue.strip():
        raise RuleViolation("unit_of_issue", f"{where}: the unit of issue is missing")
    if line.quantity <= 0:
        raise RuleViolation("quantity", f"{where}: the quantity must be more than 0")
    if line.unit_price_minor < 0:
        raise RuleViolation("unit_price", f"{where}: the unit price cannot be negative")
    try:
        check_text(line.description.strip(), "description", max_length=TEXT_LIMITS["description"],
                   multiline=True)
        check_text(line.unit_of_issue.strip(), "unit_of_issue",
                   max_length=TEXT_LIMITS["unit_of_issue"])
        check_quantity(line.quantity)
        check_amount(line.unit_price_minor, "unit_price")
        check_amount(line_amount_minor(line.quantity, line.unit_price_minor), "line amount")
    except RuleViolation as exc:
        raise RuleViolation(exc.rule, f"{where}: {exc.message}") from exc
    if line.nsn.strip():
        normalize_nsn(line.nsn)


check_rik = rules.check_rik


def _check_version(order: Order, expected_version: int | None) -> None:
    if expected_version is not None and order.version != expected_version:
        raise StaleRecord(
            f"order {order.number} was changed by {order.updated_by or 'another user'} at "
            f"{order.updated_at:%Y-%m-%d %H:%M} UTC since you opened it; "
            "reload it and try again"
        )


def _require_status(order: Order, action: str, allowed: Sequence[Status]) -> None:
    rules.require_status(order.number, order.status, action, allowed)


def refresh_oldest_unpaid(session: Session, order: Order) -> None:
    """Recomputes the order's oldest unpaid delivery date (after deliveries or settlements)."""
    value = None
    if order.billable_minor > order.settled_minor:
        rows = session.execute(text(OLDEST_UNPAID_GROUPS), {"order_id": order.id}).all()
        value = oldest_unpaid([(as_date(d), int(a)) for d, a in rows], order.settled_minor)
    if order.oldest_unpaid_on != value:
        order.oldest_unpaid_on = value


def check_version(order: Order, expected_version: int | None) -> None:
    """Refuses a save based on an older version of the order (StaleRecord naming who)."""
    _check_version(order, expected_version)


def touch(order: Order, actor: str) -> None:
    """Marks the order changed by ``actor`` (its version is raised by the UPDATE)."""
    _touch(order, actor)


def _touch(order: Order, actor: str) -> None:
    """Marks the order changed; its version is raised by the UPDATE itself."""
    order.updated_at = now()
    order.updated_by = actor
    session = object_session(order)
    if session is not None:
        session.info.setdefault(TOUCHED_KEY, []).append(order.id)


def _set_status(session: Session, order: Order, to: Status, *, actor: str, reason: str) -> None:
    if order.status == to:
        return
    assert order.id is not None
    session.add(
        StatusChange(
            order_id=order.id,
            at=now(),
            by=actor,
            from_status=order.status,
            to_status=to.value,
            reason=reason,
        )
    )
    order.status = to.value


def _check_reversible(
    session: Session, model: type[Delivery] | type[Settlement], entry: Delivery | Settlement,
    reason: str,
) -> None:
    if not reason.strip():
        raise RuleViolation("reason", "say why the entry is reversed")
    if entry.reverses_id is not None:
        raise RuleViolation("reverses", "a reversal cannot itself be reversed; enter it again")
    already = session.scalar(
        select(func.count()).select_from(model).where(model.reverses_id == entry.id)  # type: ignore[arg-type]
    )
    if already:
        raise RuleViolation("reverses", "this entry has already been reversed")
