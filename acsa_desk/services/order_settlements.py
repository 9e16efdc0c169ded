"""Settling an order: recording, reversing and approving (four eyes) settlements,
and the facts the settlement rules need.

Part of the order service: call it through ``acsa_desk.services.orders``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from acsa_desk.core.domain import Status
from acsa_desk.core.errors import NotFound, RuleViolation
from acsa_desk.db.models import Invoice, Order, Settlement, SettlementApproval
from acsa_desk.services import four_eyes, rules
from acsa_desk.services.identity import now
from acsa_desk.services.ledger_sql import as_date
from acsa_desk.services.order_records import (
    _check_reversible,
    _check_version,
    _set_status,
    _touch,
    fully_delivered,
    get_order,
    invoices,
    order_lines,
    outstanding_minor,
    refresh_oldest_unpaid,
)

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
