"""The life of an order, enforced here and nowhere else.

requested -> signed -> delivered (partially or fully) -> received -> invoiced -> settled
-> closed, plus cancelled. Nothing is deleted: a wrong delivery or settlement is reversed
by a new entry. Every status change is written to the order's history with who, when,
from, to and why. Each refusal raises ``RuleViolation`` naming the rule.

The cached totals (line ``delivered_quantity``/``billable_minor``, order ``billable_minor``
/ ``settled_minor``) are only ever changed here, in the same transaction as the entries.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError
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
from acsa_desk.core.limits import check_amount, check_quantity, check_text, format_quantity
from acsa_desk.core.money import check_currency, line_amount_minor
from acsa_desk.db.engine import TOUCHED_KEY
from acsa_desk.db.models import (
    Delivery,
    Invoice,
    Order,
    OrderLine,
    Receipt,
    Settlement,
    SettlementApproval,
    StatusChange,
)
from acsa_desk.services import (
    agreements,
    draft_lines,
    four_eyes,
    ledger_total,
    partner_numbers,
    reference,
    rules,
)
from acsa_desk.services.identity import now
from acsa_desk.services.ledger_sql import (
    OLDEST_UNPAID_GROUPS,
    as_date,
    oldest_unpaid,
    search_text,
)

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


# --- creating and editing ----------------------------------------------------------------


def create_order(*, session: Session, data: OrderInput, actor: str, source: str = "manual") -> Order:
    _check_order_input(session, data)
    number = data.number.strip()
    exists = session.scalar(select(func.count()).select_from(Order).where(Order.number == number))
    if exists:
        raise RuleViolation("number", f"an order numbered '{number}' already exists")
    stamp = now()
    order = Order(
        number=number,
        partner_order_number=partner_numbers.clean_partner_order_number(data.partner_order_number),
        exercise_id=data.exercise_id,
        partner_code=data.partner_code,
        direction=data.direction,
        status=Status.REQUESTED.value,
        requesting_unit=data.requesting_unit.strip(),
        requesting_poc=data.requesting_poc.strip(),
        supplying_unit=data.supplying_unit.strip(),
        supplying_poc=data.supplying_poc.strip(),
        ordered_on=data.ordered_on,
        required_on=data.required_on,
        delivery_place=data.delivery_place.strip(),
        settlement_method=data.settlement_method,
        currency=data.currency,
        entered_by=actor,
        updated_by=actor,
        created_at=stamp,
        updated_at=stamp,
        source=source,
        **{name: getattr(data, name).strip() for name in CONTACT_FIELDS},
        search_text=search_text(number, data.requesting_unit.strip(), data.supplying_unit.strip(),
                                [line.description.strip() for line in data.lines]),
    )
    session.add(order)
    session.flush()
    _replace_lines(session, order, data.lines, actor)
    assert order.id is not None
    session.add(
        StatusChange(
            order_id=order.id, at=stamp, by=actor, to_status=Status.REQUESTED.value,
            reason="order entered" if source == "manual" else f"order {source}",
        )
    )
    session.flush()
    return order


def _replace_lines(session: Session, order: Order, lines: Sequence[LineInput],
                   actor: str) -> None:
    searchable = search_text(order.number, order.requesting_unit, order.supplying_unit,
                             [line.description.strip() for line in lines])
    if order.search_text != searchable:
        order.search_text = searchable
    # kept lines updated in place, a line taken off recorded (never deleted): draft_lines
    draft_lines.replace_lines(session, order, lines, actor=actor)


def update_order(
    *, session: Session, order_id: int, data: OrderInput, actor: str, expected_version: int | None
) -> Order:
    """Changes a requested order. Once signed it is a binding commitment and not edited."""
    order = get_order(session=session, order_id=order_id)
    _check_version(order, expected_version)
    _require_status(order, "edit", (Status.REQUESTED,))
    _check_order_input(session, data)
    number = data.number.strip()
    if number != order.number:
        clash = session.scalars(select(Order).where(Order.number == number)).first()
        if clash is not None:
            raise RuleViolation("number", f"an order numbered '{number}' already exists")
    order.number = number
    order.partner_order_number = partner_numbers.clean_partner_order_number(
        data.partner_order_number)
    for name in (
        "exercise_id", "partner_code", "direction", "ordered_on", "required_on",
        "settlement_method", "currency",
    ):
        setattr(order, name, getattr(data, name))
    for name in ("requesting_unit", "requesting_poc", "supplying_unit", "supplying_poc",
                 "delivery_place", *CONTACT_FIELDS):
        setattr(order, name, getattr(data, name).strip())
    _replace_lines(session, order, data.lines, actor)
    _touch(order, actor)
    assert order.id is not None
    session.add(
        StatusChange(
            order_id=order.id, at=now(), by=actor, from_status=order.status,
            to_status=order.status, reason="order edited",
        )
    )
    session.flush()
    return order


# --- life-cycle steps --------------------------------------------------------------------


def sign(
    *,
    session: Session,
    order_id: int,
    ordering_official: Official,
    issuing_official: Official,
    signed_on: date,
    actor: str,
    expected_version: int | None = None,
) -> Order:
    """Both sides' authorised officials sign: the order becomes a binding commitment."""
    order = get_order(session=session, order_id=order_id)
    _check_version(order, expected_version)
    history = order.status != Status.REQUESTED
    if history:
        # imported history (delivered or later, spreadsheets carry no signatures): the
        # officer records the signatures the paper order bears; the stage stays as it is
        rules.check_history_signable(order.number, order.status, order.source,
                                     has_both_signatures(order))
    lines = order_lines(session=session, order_id=order_id)
    missing = [] if history else missing_data(order, lines)
    if missing:
        raise RuleViolation(
            missing[0][0],
            f"order {order.number} cannot be signed: " + "; ".join(m for _, m in missing),
        )
    if not ordering_official.name.strip():
        raise RuleViolation("ordering_official", "the ordering official's name is missing")
    if not issuing_official.name.strip():
        raise RuleViolation("issuing_official", "the issuing official's name is missing")
    for official in (ordering_official, issuing_official):
        check_text(official.name.strip(), "official_name", max_length=TEXT_LIMITS["official_name"])
        check_text(official.rank.strip(), "official_rank", max_length=TEXT_LIMITS["official_rank"])
    if signed_on < order.ordered_on:
        raise RuleViolation("signed_on", "an order cannot be signed before it was ordered")
    official = four_eyes.require_certifier(session, login=actor, entered_by=order.entered_by,
                                           verb="sign", record=f"order {order.number}")
    ours = issuing_official if order.direction == Direction.PROVIDED else ordering_official
    agreements.check_signing_authority(session, order, lines, ours.name, signed_on,
                                       login=official.login)
    order.our_official_login = official.login
    order.ordering_official_name = ordering_official.name.strip()
    order.ordering_official_rank = ordering_official.rank.strip()
    order.issuing_official_name = issuing_official.name.strip()
    order.issuing_official_rank = issuing_official.rank.strip()
    order.signed_on = signed_on
    signed_by = f"signed by {order.ordering_official_name} and {order.issuing_official_name}"
    if history:
        session.add(StatusChange(order_id=order.id, at=now(), by=actor, from_status=order.status,
                                 to_status=order.status,
                                 reason=f"signatures recorded on imported history: {signed_by}"))
    else:
        _set_status(session, order, Status.SIGNED, actor=actor, reason=signed_by)
    _touch(order, actor)
    session.flush()
    return order


DELIVERABLE = rules.DELIVERABLE


def apply_delivery(
    session: Session,
    order: Order,
    line: OrderLine,
    quantity: Decimal,
    delivered_on: date,
    *,
    actor: str,
    reverses_id: int | None = None,
    reason: str = "",
) -> Delivery:
    """Adds a delivery entry (negative for a reversal) and updates the cached totals.

    The entry's ``billable_delta_minor`` is the change of the line's billable amount, so
    the line total is always the once-rounded ``delivered quantity x unit price``.
    """
    old_delivered = Decimal(line.delivered_quantity)
    new_delivered = old_delivered + quantity
    new_billable = line_amount_minor(new_delivered, line.unit_price_minor)
    delta = new_billable - line.billable_minor
    entry = Delivery(
        order_id=order.id,
        line_id=line.id,
        delivered_on=delivered_on,
        quantity=format_quantity(quantity),
        billable_delta_minor=delta,
        reverses_id=reverses_id,
        reason=reason,
        recorded_by=actor,
        recorded_at=now(),
    )
    session.add(entry)
    line.delivered_quantity = format_quantity(new_delivered)
    line.billable_minor = new_billable
    order.billable_minor += delta
    return entry


def record_delivery(
    *,
    session: Session,
    order_id: int,
    delivered_on: date,
    quantities: Mapping[int, Decimal],
    actor: str,
    expected_version: int | None = None,
) -> list[Delivery]:
    """Records a (partial) delivery: quantities per line id, all on one date."""
    order = get_order(session=session, order_id=order_id)
    _check_version(order, expected_version)
    rules.check_deliverable(order.number, order.status)
    rules.check_delivery_date(order.ordered_on, delivered_on)
    lines = {ln.id: ln for ln in order_lines(session=session, order_id=order_id)}
    wanted = {line_id: qty for line_id, qty in quantities.items() if qty != 0}
    if not wanted:
        raise RuleViolation("quantity", "enter the quantity delivered on at least one line")
    for line_id, qty in wanted.items():
        line = lines.get(line_id)
        if line is None:
            raise RuleViolation("line", f"order {order.number} has no line with id {line_id}")
        if qty < 0:
            raise RuleViolation(
                "quantity",
                f"line {line.line_no}: a delivered quantity cannot be negative; "
                "reverse the wrong delivery instead",
            )
        left = Decimal(line.quantity) - Decimal(line.delivered_quantity)
        if qty > left:
            raise RuleViolation(
                "quantity",
                f"line {line.line_no}: {qty} {line.unit_of_issue} is more than the {left} "
                "still to deliver",
            )
        check_quantity(qty)
    ledger_total.accept(session, sum(
        line_amount_minor(Decimal(lines[i].delivered_quantity) + qty, lines[i].unit_price_minor)
        - lines[i].billable_minor for i, qty in wanted.items()))
    entries = [
        apply_delivery(session, order, lines[line_id], qty, delivered_on, actor=actor)
        for line_id, qty in sorted(wanted.items())
    ]
    refresh_oldest_unpaid(session, order)
    done = fully_delivered(list(lines.values()))
    _set_status(
        session, order, Status.DELIVERED, actor=actor,
        reason="delivered in full" if done else "delivered in part",
    )
    _touch(order, actor)
    session.flush()
    return entries


def reverse_delivery(
    *, session: Session, delivery_id: int, reason: str, actor: str,
    expected_version: int | None = None,
) -> Delivery:
    """Reverses a wrong delivery by a new, negative entry of the same date."""
    entry = session.get(Delivery, delivery_id)
    if entry is None:
        raise NotFound(f"no delivery with id {delivery_id}")
    order = get_order(session=session, order_id=entry.order_id)
    _check_version(order, expected_version)
    _check_reversible(session, Delivery, entry, reason)
    line = session.get(OrderLine, entry.line_id)
    assert line is not None
    quantity = -Decimal(entry.quantity)
    projected = order.billable_minor - line.billable_minor + line_amount_minor(
        Decimal(line.delivered_quantity) + quantity, line.unit_price_minor
    )
    if projected < order.settled_minor:
        raise RuleViolation(
            "settled",
            f"reversing this delivery would leave order {order.number} settled above its "
            "billable amount: reverse the settlement first",
        )
    reversal = apply_delivery(
        session, order, line, quantity, entry.delivered_on, actor=actor,
        reverses_id=entry.id, reason=reason.strip(),
    )
    refresh_oldest_unpaid(session, order)
    lines = order_lines(session=session, order_id=order.id or 0)
    anything_left = any(Decimal(ln.delivered_quantity) > 0 for ln in lines)
    target = Status.DELIVERED if anything_left else Status.SIGNED
    _set_status(session, order, target, actor=actor, reason=f"delivery reversed: {reason.strip()}")
    _touch(order, actor)
    session.flush()
    return reversal


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


def record_receipt(
    *,
    session: Session,
    order_id: int,
    received_on: date,
    received_by: str,
    condition: str = "",
    actor: str,
    expected_version: int | None = None,
) -> Receipt:
    """The receiving side acknowledges quantity and condition."""
    order = get_order(session=session, order_id=order_id)
    _check_version(order, expected_version)
    last_delivery = session.scalar(
        select(func.max(Delivery.delivered_on)).where(Delivery.order_id == order_id)
    )
    rules.check_receipt(order.number, order.status, received_on,
                        None if last_delivery is None else as_date(last_delivery))
    if not received_by.strip():
        raise RuleViolation("received_by", "name who received the delivery")
    check_text(received_by.strip(), "received_by", max_length=TEXT_LIMITS["received_by"])
    check_text(condition.strip(), "condition", max_length=TEXT_LIMITS["condition"],
               multiline=True)
    receipt = Receipt(
        order_id=order_id, received_on=received_on, received_by=received_by.strip(),
        condition=condition.strip(), recorded_by=actor, recorded_at=now(),
    )
    session.add(receipt)
    _set_status(session, order, Status.RECEIVED, actor=actor,
                reason=f"received by {received_by.strip()}")
    after = rules.status_after_receipt(
        order.billable_minor, fully_delivered(order_lines(session=session, order_id=order_id)))
    if after == Status.CLOSED:
        _set_status(session, order, Status.CLOSED, actor=actor,
                    reason="received in full at no charge: nothing to bill")
    _touch(order, actor)
    session.flush()
    return receipt


def raise_invoice(
    *,
    session: Session,
    order_id: int,
    reference_text: str,
    issued_on: date,
    actor: str,
    expected_version: int | None = None,
) -> Invoice:
    """The supplier bills: the claim exists and is on record."""
    order = get_order(session=session, order_id=order_id)
    _check_version(order, expected_version)
    received_on = session.scalar(
        select(func.max(Receipt.received_on)).where(Receipt.order_id == order_id))
    rules.check_invoice(order.number, order.status, order.billable_minor, issued_on,
                        None if received_on is None else as_date(received_on), reference_text)
    rules.check_reference(reference_text.strip())
    invoice = Invoice(
        order_id=order_id, reference=reference_text.strip(), issued_on=issued_on,
        recorded_by=actor, recorded_at=now(),
    )
    session.add(invoice)
    _set_status(session, order, Status.INVOICED, actor=actor,
                reason=f"invoice {reference_text.strip()}")
    _touch(order, actor)
    session.flush()
    return invoice


SETTLEABLE = rules.SETTLEABLE


def settlement_facts(
    session: Session, order_ids: Sequence[int]
) -> tuple[dict[int, date], dict[int, set[rules.PaymentKey]]]:
    """For the settlement rules: each order's invoice date and the payments it has
    (entries neither reversed nor reversals), read in chunks of 500 orders."""
    invoiced: dict[int, date] = {}
    paid: dict[int, set[rules.PaymentKey]] = {}
    ids = list(order_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for order_id, issued_on in session.execute(
            select(Invoice.order_id, func.min(Invoice.issued_on))
            .where(Invoice.order_id.in_(chunk)).group_by(Invoice.order_id)  # type: ignore[attr-defined]
        ):
            invoiced[order_id] = as_date(issued_on)
        reversed_ids = select(Settlement.reverses_id).where(
            Settlement.reverses_id.is_not(None))  # type: ignore[union-attr]
        for order_id, settled_on, amount, ref in session.execute(
            select(Settlement.order_id, Settlement.settled_on, Settlement.amount_minor,
                   Settlement.reference)
            .where(Settlement.order_id.in_(chunk),  # type: ignore[attr-defined]
                   Settlement.reverses_id.is_(None),  # type: ignore[union-attr]
                   Settlement.id.not_in(reversed_ids))  # type: ignore[union-attr]
        ):
            paid.setdefault(order_id, set()).add(
                rules.payment_key(as_date(settled_on), int(amount), ref))
    return invoiced, paid


def apply_settlement(
    session: Session,
    order: Order,
    *,
    settled_on: date,
    method: str,
    amount_minor: int,
    reference_text: str,
    actor: str,
    reverses_id: int | None = None,
    reason: str = "",
) -> Settlement:
    entry = Settlement(
        order_id=order.id, settled_on=settled_on, method=method, amount_minor=amount_minor,
        currency=order.currency, reference=reference_text.strip(), reverses_id=reverses_id,
        reason=reason, recorded_by=actor, recorded_at=now(),
    )
    session.add(entry)
    order.settled_minor += amount_minor
    return entry


def settle_if_nothing_outstanding(session: Session, order: Order, *, actor: str) -> None:
    """The settlement that clears an order settles it, and closes it when fully delivered."""
    if order.billable_minor <= 0 or outstanding_minor(order) != 0:
        return
    if four_eyes.pending_approvals(session, order.id or 0):
        return  # settled once our side has approved what settles it
    _set_status(session, order, Status.SETTLED, actor=actor, reason="nothing outstanding")
    if fully_delivered(order_lines(session=session, order_id=order.id or 0)):
        _set_status(session, order, Status.CLOSED, actor=actor,
                    reason="delivered in full and nothing outstanding")


def record_settlement(
    *,
    session: Session,
    order_id: int,
    settled_on: date,
    method: str,
    amount_minor: int,
    reference_text: str = "",
    actor: str,
    approved_by: str | None = None,
    expected_version: int | None = None,
) -> Settlement:
    """Cash, replacement in kind, equal value exchange or offset; partial allowed.

    ``approved_by`` is our side's approving official, who cannot be ``actor`` (four eyes);
    without it the settlement waits for approval (``approve_settlement``).
    """
    order = get_order(session=session, order_id=order_id)
    _check_version(order, expected_version)
    categories = [ln.category for ln in order_lines(session=session, order_id=order_id)]
    invoiced, paid = settlement_facts(session, [order_id])
    rules.check_settlement(
        number=order.number, status=order.status, order_currency=order.currency,
        currency=order.currency, method=method, amount_minor=amount_minor,
        left_minor=outstanding_minor(order), categories=categories,
        invoiced_on=invoiced.get(order_id), settled_on=settled_on, reference=reference_text,
        recorded=paid.get(order_id, set()),
    )
    approver = None if approved_by is None else four_eyes.require_certifier(
        session, login=approved_by, entered_by=actor, verb="approve",
        record=f"this settlement of order {order.number}").login
    entry = apply_settlement(
        session, order, settled_on=settled_on, method=method, amount_minor=amount_minor,
        reference_text=reference_text, actor=actor,
    )
    if approved_by is not None:
        session.flush()
        session.add(SettlementApproval(settlement_id=entry.id, approved_by=approver,
                                       approved_at=now()))
    refresh_oldest_unpaid(session, order)
    settle_if_nothing_outstanding(session, order, actor=actor)
    _touch(order, actor)
    session.flush()
    return entry


def reverse_settlement(
    *, session: Session, settlement_id: int, reason: str, actor: str,
    expected_version: int | None = None,
) -> Settlement:
    """Reverses a wrong settlement by a new, negative entry; a closed order reopens."""
    entry = session.get(Settlement, settlement_id)
    if entry is None:
        raise NotFound(f"no settlement with id {settlement_id}")
    order = get_order(session=session, order_id=entry.order_id)
    _check_version(order, expected_version)
    _check_reversible(session, Settlement, entry, reason)
    reversal = apply_settlement(
        session, order, settled_on=entry.settled_on, method=entry.method,
        amount_minor=-entry.amount_minor, reference_text=entry.reference, actor=actor,
        reverses_id=entry.id, reason=reason.strip(),
    )
    refresh_oldest_unpaid(session, order)
    if order.status in (Status.SETTLED, Status.CLOSED):
        has_invoice = bool(invoices(session=session, order_id=order.id or 0))
        target = Status.INVOICED if has_invoice else Status.DELIVERED
        _set_status(session, order, target, actor=actor,
                    reason=f"settlement reversed: {reason.strip()}")
    _touch(order, actor)
    session.flush()
    return reversal


def approve_settlement(*, session: Session, settlement_id: int, actor: str) -> SettlementApproval:
    """Our side's approval of a settlement, by someone other than who entered it."""
    entry = session.get(Settlement, settlement_id)
    if entry is None:
        raise NotFound(f"no settlement with id {settlement_id}")
    order = get_order(session=session, order_id=entry.order_id)
    officer = four_eyes.require_certifier(
        session, login=actor, entered_by=entry.recorded_by, verb="approve",
        record=f"settlement {settlement_id} of order {order.number}")
    done = session.scalars(select(SettlementApproval).where(
        SettlementApproval.settlement_id == settlement_id)).first()
    if done is not None:
        raise RuleViolation("approved", f"already approved by {done.approved_by}")
    approval = SettlementApproval(settlement_id=settlement_id, approved_by=officer.login,
                                  approved_at=now())
    try:
        with session.begin_nested():  # two officers at once: the second finds it approved
            session.add(approval)
            session.flush()
    except IntegrityError:
        raise RuleViolation("approved", f"settlement {settlement_id} was approved by another "
                                        "officer a moment ago") from None
    before = order.status
    settle_if_nothing_outstanding(session, order, actor=officer.login)
    if order.status != before:
        _touch(order, officer.login)
    session.flush()
    return approval


def unapproved_settlements(*, session: Session) -> list[Settlement]:
    approved = select(SettlementApproval.settlement_id)
    return list(session.scalars(
        select(Settlement).where(Settlement.id.not_in(approved))  # type: ignore[union-attr]
        .order_by(Settlement.settled_on)))


def close_order(
    *, session: Session, order_id: int, reason: str, actor: str,
    expected_version: int | None = None,
) -> Order:
    """Closes a settled order whose remaining quantity will not be delivered."""
    order = get_order(session=session, order_id=order_id)
    _check_version(order, expected_version)
    _require_status(order, "close", (Status.SETTLED,))
    if outstanding_minor(order) != 0:
        raise RuleViolation("outstanding", f"order {order.number} still has an amount outstanding")
    if not reason.strip():
        raise RuleViolation("reason", "say why the order is closed")
    four_eyes.require_nothing_pending(session, order, "closed")
    _set_status(session, order, Status.CLOSED, actor=actor, reason=reason.strip())
    _touch(order, actor)
    session.flush()
    return order


def cancel_order(
    *, session: Session, order_id: int, reason: str, actor: str,
    expected_version: int | None = None,
) -> Order:
    """Cancels an order on which nothing has been delivered."""
    order = get_order(session=session, order_id=order_id)
    _check_version(order, expected_version)
    _require_status(order, "cancel", (Status.REQUESTED, Status.SIGNED))
    if not reason.strip():
        raise RuleViolation("reason", "say why the order is cancelled")
    lines = order_lines(session=session, order_id=order_id)
    if any(Decimal(ln.delivered_quantity) != 0 for ln in lines):
        raise RuleViolation(
            "status", "an order with deliveries cannot be cancelled: reverse the deliveries first"
        )
    _set_status(session, order, Status.CANCELLED, actor=actor, reason=reason.strip())
    _touch(order, actor)
    session.flush()
    return order


def allowed_actions(order: Order) -> list[str]:
    """The life-cycle steps this order allows now (for buttons and menus)."""
    status = Status(order.status)
    actions: list[str] = []
    if status == Status.REQUESTED:
        actions += ["edit", "sign", "cancel"]
    elif (order.source == "import" and status in rules.HISTORY_STAGES
          and not has_both_signatures(order)):
        actions.append("sign")  # imported history: record the signatures on paper
    if status == Status.SIGNED:
        actions += ["deliver", "cancel"]
    if status in (Status.DELIVERED, Status.RECEIVED, Status.INVOICED, Status.SETTLED):
        actions.append("deliver")
    if status == Status.DELIVERED:
        actions.append("receive")
    if status == Status.RECEIVED:
        actions.append("invoice")
    if status in (Status.INVOICED, Status.SETTLED, Status.CLOSED):
        actions.append("notify_finance")  # the claim exists (claims.notify_finance checks it)
    if status in SETTLEABLE and outstanding_minor(order) > 0:
        actions.append("settle")
    if status == Status.SETTLED and outstanding_minor(order) == 0:
        actions.append("close")
    if status not in (Status.REQUESTED, Status.CANCELLED):
        actions.append("reverse")
    return actions
