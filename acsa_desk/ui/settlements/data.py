"""Settlements as the page lists them (Qt-free; runs in a worker thread).

The list across all orders is a read the services do not offer yet (they list one order's
settlements, or the unapproved ones in full); it is one SELECT, paged by the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from acsa_desk.db.engine import Ledger
from acsa_desk.db.models import Order, Settlement, SettlementApproval
from acsa_desk.services import orders as order_service


@dataclass(frozen=True)
class SettlementRow:
    id: int
    order_id: int
    order_number: str
    settled_on: date
    method: str
    amount_minor: int
    currency: str
    reference: str
    entered_by: str
    approved_by: str | None
    reverses_id: int | None
    reason: str

    @property
    def awaiting_approval(self) -> bool:
        return self.approved_by is None


def page_settlements(ledger: Ledger, *, awaiting_only: bool, offset: int, limit: int) -> list[SettlementRow]:
    """Settlements newest first (by date, then entry), optionally only those not approved."""
    stmt = (
        select(
            Settlement.id, Settlement.order_id, Order.number, Settlement.settled_on, Settlement.method,
            Settlement.amount_minor, Settlement.currency, Settlement.reference, Settlement.recorded_by,
            SettlementApproval.approved_by, Settlement.reverses_id, Settlement.reason,
        )
        .join(Order, Order.id == Settlement.order_id)
        .outerjoin(SettlementApproval, SettlementApproval.settlement_id == Settlement.id)
    )
    if awaiting_only:
        stmt = stmt.where(SettlementApproval.id.is_(None))  # type: ignore[union-attr]
    stmt = stmt.order_by(Settlement.settled_on.desc(), Settlement.id.desc())  # type: ignore[attr-defined, union-attr]
    stmt = stmt.offset(offset).limit(limit)
    with ledger.reader() as session:
        return [SettlementRow(*row) for row in session.execute(stmt)]


def approve(ledger: Ledger, actor: str, settlement_id: int) -> None:
    """Our side's approval (four eyes: refused when ``actor`` entered the settlement)."""
    with ledger.session(actor=actor) as session:
        approve_in(session, actor, settlement_id)


def approve_in(session: Session, officer: str, settlement_id: int) -> None:
    order_service.approve_settlement(session=session, settlement_id=settlement_id, actor=officer)
