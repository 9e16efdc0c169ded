"""The partner's own number for an order: one rule for the editor, the import and reconciliation.

The partner's number is a reference, not a term of the commitment, so it may be recorded or
corrected at any stage of the order (a partner often assigns its number after signature);
every change is a status-history entry with who, when, from and to, and audited.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from acsa_desk.core.limits import MAX_IDENTIFIER, check_identifier
from acsa_desk.db.models import Order, StatusChange
from acsa_desk.services.identity import now

MAX_LENGTH = MAX_IDENTIFIER


def clean_partner_order_number(value: str) -> str:
    """The number as stored (trimmed; "" for none), or RuleViolation naming what is wrong:
    an identifier like our order numbers (``core/limits.check_identifier``: printable ASCII
    without spaces, at most 60 characters), so a zero-width space, a BOM, a bidi override
    or a look-alike hyphen is refused, never stored."""
    text = value.strip()
    return check_identifier(text, "partner_order_number") if text else text


def set_partner_order_number(*, session: Session, order_id: int, value: str, actor: str,
                             expected_version: int | None = None, reason: str = "") -> Order:
    """Records (or corrects, or clears with "") the partner's number of an order, at any stage."""
    from acsa_desk.services import orders as order_service  # orders imports this module

    order = order_service.get_order(session=session, order_id=order_id)
    order_service.check_version(order, expected_version)
    number = clean_partner_order_number(value)
    if number == order.partner_order_number:
        return order
    before = order.partner_order_number
    order.partner_order_number = number
    order_service.touch(order, actor)
    assert order.id is not None
    what = (f"partner's number {number}" if not before
            else f"partner's number {before} -> {number or '(none)'}")
    session.add(StatusChange(order_id=order.id, at=now(), by=actor, from_status=order.status,
                             to_status=order.status,
                             reason=f"{what}: {reason}" if reason else what))
    session.flush()
    return order
