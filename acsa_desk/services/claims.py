"""The claim clock: the claim (invoice) and the claim notice to finance as dated steps, and
an order closing itself once nothing is left to do.

Raising the claim is ``orders.raise_invoice``; notifying finance (the finance or revenue office
that collects or pays) is ``notify_finance`` here, refused before the claim exists or dated
before it. An order closes itself when nothing is outstanding, everything ordered was
delivered and no settlement awaits approval (``orders.settle_if_nothing_outstanding``, run by
settlements and approvals); ``could_close`` says when a settled order could be closed.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from acsa_desk.core.domain import Status
from acsa_desk.core.errors import RuleViolation
from acsa_desk.db.models import FinanceNotice, Invoice, Settlement, SettlementApproval
from acsa_desk.services import orders
from acsa_desk.services.identity import now
from acsa_desk.services.ledger_sql import as_date


def finance_notices(*, session: Session, order_id: int) -> list[FinanceNotice]:
    return list(session.scalars(select(FinanceNotice).where(FinanceNotice.order_id == order_id)
                                .order_by(FinanceNotice.id)))


def notify_finance(
    *,
    session: Session,
    order_id: int,
    notified_on: date,
    notified_to: str,
    reference_text: str = "",
    actor: str,
    expected_version: int | None = None,
) -> FinanceNotice:
    """Records that the claim notice reached the finance or revenue office."""
    order = orders.get_order(session=session, order_id=order_id)
    orders._check_version(order, expected_version)
    first_invoice = session.scalar(select(func.min(Invoice.issued_on))
                                   .where(Invoice.order_id == order_id))
    if first_invoice is None:
        raise RuleViolation("status", f"order {order.number} has no claim yet: raise the invoice "
                            "before notifying finance")
    if notified_on < as_date(first_invoice):
        raise RuleViolation("notified_on", "finance cannot be notified before the claim was raised "
                            f"({as_date(first_invoice).isoformat()})")
    if not notified_to.strip():
        raise RuleViolation("notified_to", "name the finance or revenue office notified")
    if len(notified_to.strip()) > 200 or len(reference_text.strip()) > 200:
        raise RuleViolation("notified_to", "the office and reference are at most 200 characters")
    notice = FinanceNotice(order_id=order_id, notified_on=notified_on,
                           notified_to=notified_to.strip(), reference=reference_text.strip(),
                           recorded_by=actor, recorded_at=now())
    session.add(notice)
    orders._touch(order, actor)
    session.flush()
    return notice


def awaiting_approval(session: Session, order_id: int) -> int:
    """How many of the order's settlements wait for our side's approval."""
    approved = select(SettlementApproval.settlement_id)
    return int(session.scalar(
        select(func.count()).select_from(Settlement)
        .where(Settlement.order_id == order_id, Settlement.id.not_in(approved))  # type: ignore[union-attr]
    ) or 0)


def could_close(session: Session, order_id: int) -> bool:
    """Nothing outstanding, everything delivered (or the rest given up), nothing to approve."""
    order = orders.get_order(session=session, order_id=order_id)
    if order.status != Status.SETTLED or orders.outstanding_minor(order) != 0:
        return False
    return awaiting_approval(session, order_id) == 0
