"""The life-cycle steps of an order other than settlement: entering and editing,
signing, delivering (and reversing a delivery), receiving, invoicing, closing and
cancelling, and the steps an order allows now.

Part of the order service: call it through ``acsa_desk.services.orders``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from acsa_desk.core.domain import Direction, Status
from acsa_desk.core.errors import NotFound, RuleViolation
from acsa_desk.core.limits import check_quantity, check_text, format_quantity
from acsa_desk.core.money import line_amount_minor
from acsa_desk.db.models import Delivery, Invoice, Order, OrderLine, Receipt, StatusChange
from acsa_desk.services import (
    agreements,
    draft_lines,
    four_eyes,
    ledger_total,
    partner_numbers,
    rules,
)
from acsa_desk.services.identity import now
from acsa_desk.services.ledger_sql import as_date, search_text
from acsa_desk.services.order_records import (
    CONTACT_FIELDS,
    TEXT_LIMITS,
    LineInput,
    Official,
    OrderInput,
    _check_order_input,
    _check_reversible,
    _check_version,
    _require_status,
    _set_status,
    _touch,
    fully_delivered,
    get_order,
    has_both_signatures,
    missing_data,
    order_lines,
    outstanding_minor,
    refresh_oldest_unpaid,
)
from acsa_desk.services.order_settlements import SETTLEABLE

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
            raise _more_than_left(line, format_quantity(qty), format_quantity(left))
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


def _more_than_left(line: OrderLine, qty: str, left: str) -> RuleViolation:
    """The refusal of a delivery past what the line still awaits, its quantities written as
    the ledger writes them (0.0000000001, never 1E-10)."""
    return RuleViolation(
        "quantity",
        f"line {line.line_no}: {qty} {line.unit_of_issue} is more than the {left} "
        "still to deliver",
    )


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
