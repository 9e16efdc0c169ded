"""Accepting the partner's figure on one reconciliation item: our order is corrected through
the ordinary rules of ``services/orders.py``, never by writing a figure over ours.

Each kind of difference, compared again against the order as it stands now (the same rule
as ``reconciliation.differences``):

- ``partner_order_number``: their number is recorded on the order (``partner_numbers``).
- ``settled``: our latest settlement is reversed when we booked too much, and the missing
  amount entered as a new settlement (the settlement rules: invoiced, never above billable,
  four eyes).
- ``billable``: a delivered quantity is corrected at our unit prices (fixed since signing):
  a new delivery entry when they count more, the latest deliveries reversed and the right
  quantity entered again when they count less. Like any late delivery correction it takes
  the order back to ``delivered`` (the receipt and the corrected invoice follow); this is
  said in the notes returned.
- ``status``: the order moves through its life steps where the step needs nothing the
  statement cannot give (``settled`` -> ``closed``; ``requested``/``signed`` ->
  ``cancelled``); a step that needs a person's data (signatures, a receipt, an invoice
  reference) or that would go back in the order's life is refused naming what to do.
- ``direction``: changed by editing the order while it is still requested; once signed it
  is part of the binding commitment, and accepting is refused.
- ``currency``: never by accepting (the unit prices are in it).

Everything happens in the caller's transaction: a refusal anywhere leaves the order as it was.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, localcontext

from sqlalchemy.orm import Session

from acsa_desk.core.domain import Direction, Status
from acsa_desk.core.errors import N_, RuleViolation
from acsa_desk.core.limits import MAX_QUANTITY_DECIMALS
from acsa_desk.core.money import format_plain, line_amount_minor, parse_money
from acsa_desk.db.models import Delivery, Order, OrderLine, ReconciliationItem
from acsa_desk.interchange.partner_statement import StatementRow
from acsa_desk.services import four_eyes
from acsa_desk.services import orders as order_service
from acsa_desk.services.partner_numbers import set_partner_order_number
from acsa_desk.services.reconciliation import OurOrder, State, differences, opposite

# The order's life, in order (cancelled stands apart).
LIFE = (Status.REQUESTED, Status.SIGNED, Status.DELIVERED, Status.RECEIVED, Status.INVOICED,
        Status.SETTLED, Status.CLOSED)
# What moving forward to a stage needs that a statement does not carry.
NEEDS = {
    Status.SIGNED: N_("sign it in the order window (both officials' names are needed)"),
    Status.DELIVERED: N_("record the delivery in the order window (the quantities are needed)"),
    Status.RECEIVED: N_("record the receipt in the order window (who received it is needed)"),
    Status.INVOICED: N_("raise the invoice in the order window (its reference and date are "
                        "needed)"),
    Status.SETTLED: N_("record the settlement that clears it (or accept their settled amount)"),
    Status.CLOSED: N_("close it in the order window"),
}
# What was being accepted, as the refusal names it (each phrase translated on its own).
THEIR = {"billable": N_("their billable"), "settled": N_("their settled"),
         "status": N_("their status"), "direction": N_("their direction")}


def their_row(theirs_json: str) -> StatementRow:
    """Their row as saved with the reconciliation item."""
    t = json.loads(theirs_json)
    currency = str(t["currency"])
    return StatementRow(
        int(t["row"]), str(t["partner_order_number"]), str(t["order_number"] or ""), None,
        str(t["direction"]), currency, parse_money(str(t["billable"]), currency),
        parse_money(str(t["settled"]), currency), str(t["status"] or ""))


def _as_compared(order: Order) -> OurOrder:
    assert order.id is not None
    return OurOrder(order.id, order.number, order.partner_order_number, order.ordered_on,
                    order.direction, order.currency, order.billable_minor, order.settled_minor,
                    order.status)


def accept(session: Session, item: ReconciliationItem, *, reason: str, actor: str,
           on: date) -> list[str]:
    """Corrects our order to their figures; returns notes on what the rules left to do."""
    if item.state != State.DIFFERS or item.order_id is None:
        raise RuleViolation(
            "accept", "only a difference on one of our orders can be accepted; an order missing "
                      "on one side is explained or disputed (or entered in the order editor)")
    order = order_service.get_order(session=session, order_id=item.order_id)
    theirs = their_row(item.theirs)
    found = differences(_as_compared(order), theirs)
    if not found:
        raise RuleViolation(
            "accept", f"order {order.number} already agrees with their figures (corrected "
                      "since this reconciliation): reconcile again to see it agree")
    why = f"reconciliation: {reason}"
    _refuse_what_cannot_change(order, found, theirs)
    if "direction" in found:
        _change_direction(session, order, opposite(theirs.direction), actor)
    if "partner_order_number" in found:
        set_partner_order_number(session=session, order_id=order.id or 0,
                                 value=theirs.sender_order_number, actor=actor, reason=why)
    notes: list[str] = []
    settled_first = theirs.settled_minor <= order.billable_minor
    if "settled" in found and settled_first:
        _guarded("settled", order, lambda: correct_settled(
            session, order, theirs.settled_minor, why, actor, on))
    if "billable" in found:
        before = order.status
        _guarded("billable", order, lambda: correct_billable(
            session, order, theirs.billable_minor, why, actor, on))
        if (order.status == Status.DELIVERED != theirs.status.strip().lower()
                and LIFE.index(Status(before)) > LIFE.index(Status.DELIVERED)):
            notes.append(N_(f"order {order.number} is back at delivered after the delivery "
                            "correction: record the receipt and raise the corrected invoice"))
    if "settled" in found and not settled_first:
        _guarded("settled", order, lambda: correct_settled(
            session, order, theirs.settled_minor, why, actor, on))
    pending = four_eyes.pending_approvals(session, order.id or 0) > 0
    waiting = pending and order.billable_minor == order.settled_minor
    if "status" in found:
        _guarded("status", order, lambda: move_status(session, order, theirs.status, why, actor,
                                                      waiting=waiting))
    if waiting and "settled" in found:
        notes.append(N_(f"the new settlement of order {order.number} awaits approval by another "
                        "officer (four eyes); the order is settled once it is approved"))
    elif pending and "settled" in found:
        notes.append(N_(f"the new settlement of order {order.number} awaits approval by another "
                        "officer (four eyes)"))
    return notes


def _guarded(what: str, order: Order, step: object) -> None:
    """Runs a correction; a rule's refusal names what was being accepted."""
    try:
        step()  # type: ignore[operator]
    except RuleViolation as exc:
        their = THEIR[what]
        raise RuleViolation(exc.rule, f"cannot accept {their} for order {order.number}: "
                                       f"{exc.message}") from None


def _refuse_what_cannot_change(order: Order, found: tuple[str, ...], theirs: StatementRow) -> None:
    """Refuses before anything is written when a difference cannot go through the rules."""
    if "currency" in found:
        if order.status == Status.REQUESTED:
            todo = N_(f"enter its prices in {theirs.currency} in the order editor (a requested "
                      "order can still be edited)")
        else:
            todo = N_("dispute or explain it (once signed, the currency is part of the "
                      "commitment)")
        raise RuleViolation(
            "currency", f"cannot accept their currency {theirs.currency} for order "
                        f"{order.number}: its unit prices are in {order.currency}; {todo}")
    if "direction" in found and order.status != Status.REQUESTED:
        nothing_delivered = order.status == Status.SIGNED
        todo = (N_("cancel it and enter it again the other way round") if nothing_delivered
                else N_("dispute or explain it (deliveries and settlements stand on this "
                        "direction)"))
        raise RuleViolation(
            "direction", f"cannot accept their direction for order {order.number}: it is "
                         f"{order.status}, and once signed who supplied whom is part of the "
                         f"binding commitment; {todo}")


def _change_direction(session: Session, order: Order, direction: str, actor: str) -> None:
    """A requested order is edited like any other edit (every input rule applies)."""
    lines = order_service.order_lines(session=session, order_id=order.id or 0)
    data = order_service.OrderInput(
        number=order.number, exercise_id=order.exercise_id, partner_code=order.partner_code,
        direction=Direction(direction).value, ordered_on=order.ordered_on,
        settlement_method=order.settlement_method, currency=order.currency,
        lines=tuple(order_service.LineInput(
            ln.category, ln.description, ln.unit_of_issue, Decimal(ln.quantity),
            ln.unit_price_minor, ln.nsn) for ln in lines),
        requesting_unit=order.requesting_unit, requesting_poc=order.requesting_poc,
        supplying_unit=order.supplying_unit, supplying_poc=order.supplying_poc,
        required_on=order.required_on, delivery_place=order.delivery_place,
        partner_order_number=order.partner_order_number,
        **{name: getattr(order, name) for name in order_service.CONTACT_FIELDS},
    )
    _guarded("direction", order, lambda: order_service.update_order(
        session=session, order_id=order.id or 0, data=data, actor=actor,
        expected_version=order.version))


# --- settled -----------------------------------------------------------------------------


def correct_settled(session: Session, order: Order, target: int, reason: str, actor: str,
                    on: date) -> None:
    """Our settled total becomes ``target``: the latest settlement reversed when we booked
    too much, the missing amount entered as a new settlement."""
    entries = order_service.settlements(session=session, order_id=order.id or 0)
    reversed_ids = {s.reverses_id for s in entries if s.reverses_id is not None}
    live = [s for s in entries if s.reverses_id is None and s.id not in reversed_ids]
    method = "cash"
    while order.settled_minor > target:
        if not live:
            raise RuleViolation("settled", f"order {order.number} has no settlement to reverse")
        last = live.pop()
        method = last.method
        order_service.reverse_settlement(session=session, settlement_id=last.id or 0,
                                         reason=reason, actor=actor)
    missing = target - order.settled_minor
    if missing > 0:
        order_service.record_settlement(
            session=session, order_id=order.id or 0, settled_on=on, method=method,
            amount_minor=missing, reference_text="reconciliation", actor=actor)


# --- billable ----------------------------------------------------------------------------


def quantity_for(amount_minor: int, unit_price_minor: int, at_most: Decimal) -> Decimal | None:
    """The delivered quantity (fewest decimals) whose line amount is exactly ``amount_minor``
    at this unit price, within 0..``at_most``; None when no quantity gives it."""
    if amount_minor < 0:
        return None
    if amount_minor == 0:
        return Decimal(0)
    if unit_price_minor <= 0:
        return None
    with localcontext() as context:
        context.prec = 60
        exact = Decimal(amount_minor) / Decimal(unit_price_minor)
        for places in range(MAX_QUANTITY_DECIMALS + 1):
            candidate = exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
            if (0 < candidate <= at_most
                    and line_amount_minor(candidate, unit_price_minor) == amount_minor):
                return candidate
    return None


def correct_billable(session: Session, order: Order, target: int, reason: str, actor: str,
                     on: date) -> None:
    """Our billable becomes ``target`` by correcting the delivered quantity of one line."""
    lines = order_service.order_lines(session=session, order_id=order.id or 0)
    plan: tuple[OrderLine, Decimal] | None = None
    for line in reversed(lines):  # the last line first: where a correction usually falls
        others = order.billable_minor - line.billable_minor
        quantity = quantity_for(target - others, line.unit_price_minor, Decimal(line.quantity))
        if quantity is not None:
            plan = (line, quantity)
            break
    if plan is None:
        amount = format_plain(target, order.currency)
        raise RuleViolation(
            "billable", f"no delivered quantity at our unit prices (fixed since signing) bills "
                        f"{amount} {order.currency}: dispute or explain it")
    line, quantity = plan
    delivered = Decimal(line.delivered_quantity)
    live = _live_deliveries(session, line)
    dated = live[-1].delivered_on if live else on
    while delivered > quantity and live:
        entry = live.pop()
        dated = entry.delivered_on
        order_service.reverse_delivery(session=session, delivery_id=entry.id or 0,
                                       reason=reason, actor=actor)
        delivered = Decimal(line.delivered_quantity)
    if quantity > delivered:
        order_service.record_delivery(session=session, order_id=order.id or 0,
                                      delivered_on=max(dated, order.ordered_on),
                                      quantities={line.id or 0: quantity - delivered},
                                      actor=actor)


def _live_deliveries(session: Session, line: OrderLine) -> list[Delivery]:
    """The line's deliveries neither reversed nor reversals, oldest first."""
    entries = [d for d in order_service.deliveries(session=session, order_id=line.order_id)
               if d.line_id == line.id]
    reversed_ids = {d.reverses_id for d in entries if d.reverses_id is not None}
    return [d for d in entries if d.reverses_id is None and d.id not in reversed_ids]


# --- status ------------------------------------------------------------------------------


def move_status(session: Session, order: Order, their_status: str, reason: str,
                actor: str, *, waiting: bool = False) -> None:
    """Moves the order to their stage where its life allows it with what we know.
    ``waiting``: the settlement just entered awaits approval (four eyes), after which the
    order settles (and closes when fully delivered) by the settlement rules themselves."""
    word = their_status.strip().lower()
    if word == order.status:
        return
    try:
        target = Status(word)
    except ValueError:
        raise RuleViolation(
            "status", f"'{their_status}' is not one of the order's stages here: explain or "
                      "dispute it") from None
    current = Status(order.status)
    if target == Status.CANCELLED:
        if current in (Status.REQUESTED, Status.SIGNED):
            order_service.cancel_order(session=session, order_id=order.id or 0, reason=reason,
                                       actor=actor)
            return
        raise RuleViolation(
            "status", f"it is {current.value}: an order with deliveries is not cancelled "
                      "(reverse them first), so dispute or explain it")
    if current == Status.CANCELLED or LIFE.index(target) < LIFE.index(current):
        raise RuleViolation(
            "status", f"it is {current.value}, and an order's life does not go back to "
                      f"{target.value} (only a reversed delivery or settlement does): dispute "
                      "or explain it")
    if waiting and current == Status.INVOICED and target in (Status.SETTLED, Status.CLOSED):
        return
    if target == Status.CLOSED and current == Status.SETTLED:
        order_service.close_order(session=session, order_id=order.id or 0, reason=reason,
                                  actor=actor)
        return
    step = LIFE[LIFE.index(current) + 1]
    todo = NEEDS[step]
    raise RuleViolation(
        "status", f"it is {current.value} and their {target.value} needs the next step first: "
                  f"{todo}, then accept again")
