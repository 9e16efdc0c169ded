"""Audit readiness: for each order, what an auditor would fault, as exception codes.

Codes (interchange.md, ``readiness``):

- ``missing_data``: required data elements of the agreement's list are empty (details: names)
- ``missing_signatures``: delivered or later without both officials' signatures
- ``missing_documents``: a signed order form once signed, a proof of delivery for each
  delivery date, the invoice once invoiced (details: which)
- ``claim_late``: provided, delivered and not invoiced more than the claim days after the
  first delivery
- ``finance_not_notified``: invoiced, and the claim notice never sent to finance
- ``due_soon`` / ``overdue``: an unpaid delivery reaches / passed the settlement deadline
  (the same rule and dates as the overdue list: due soon within 60 days, so the warning runs
  from 59 days before the deadline day through the deadline day itself)
- ``awaiting_approval``: a settlement waits for our side's approval
- ``not_closed``: settled with nothing outstanding and nothing to approve, yet not closed
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from acsa_desk.core.domain import Direction, Status, add_months
from acsa_desk.db.models import (
    Attachment,
    AttachmentWithdrawal,
    Delivery,
    Exercise,
    FinanceNotice,
    Invoice,
    Order,
    OrderLine,
    Settlement,
    SettlementApproval,
)
from acsa_desk.services import reference
from acsa_desk.services.agreements import SIGNATURE_ELEMENTS, TermsBook
from acsa_desk.services.ledger_sql import DUE_SOON_DAYS, as_date

CODES = ("missing_data", "missing_signatures", "missing_documents", "claim_late",
         "finance_not_notified", "due_soon", "overdue", "awaiting_approval", "not_closed")
PAST_SIGNING = (Status.DELIVERED, Status.RECEIVED, Status.INVOICED, Status.SETTLED, Status.CLOSED)
_ORDER_FIELDS = ("requesting_unit", "requesting_poc", "requesting_poc_phone",
                 "requesting_poc_email", "supplying_unit", "supplying_poc", "supplying_poc_phone",
                 "supplying_poc_email", "delivery_place", "settlement_method",
                 "funding_reference")


@dataclass(frozen=True, slots=True)
class Readiness:
    order_id: int
    number: str
    partner: str
    exercise: str
    direction: str
    status: str
    currency: str
    ordered_on: date
    billable_minor: int
    outstanding_minor: int
    exceptions: tuple[str, ...]
    details: dict[str, list[str]] = field(default_factory=dict)

    @property
    def ready(self) -> bool:
        return not self.exceptions


def missing_elements(order: Order, lines: list[OrderLine], elements: tuple[str, ...],
                     agreement_reference: str | None) -> list[str]:
    """The required data elements this order leaves empty (signatures are judged apart)."""
    missing: list[str] = []
    for name in elements:
        if name in SIGNATURE_ELEMENTS:
            continue
        if name == "agreement_reference":
            empty = not agreement_reference
        elif name == "order_number":
            empty = not order.number.strip()
        elif name == "ordered_on":
            empty = order.ordered_on is None
        elif name == "required_on":
            empty = order.required_on is None
        elif name == "lines":
            empty = not lines
        elif name == "line_description":
            empty = any(not ln.description.strip() for ln in lines)
        elif name == "line_unit_of_issue":
            empty = any(not ln.unit_of_issue.strip() for ln in lines)
        elif name == "line_quantity":
            empty = any(Decimal(ln.quantity) <= 0 for ln in lines)
        elif name in ("line_unit_price", "line_total"):
            empty = any(ln.unit_price_minor is None for ln in lines)
        elif name in _ORDER_FIELDS:
            empty = not str(getattr(order, name) or "").strip()
        else:
            empty = False
        if empty:
            missing.append(name)
    return missing


def _live_deliveries(session: Session, ids: list[int]) -> dict[int, dict[date, list[int]]]:
    """Per order, per delivery date, the ids of deliveries neither reversals nor reversed."""
    reversed_ids = select(Delivery.reverses_id).where(Delivery.reverses_id.is_not(None))  # type: ignore[union-attr]
    out: dict[int, dict[date, list[int]]] = defaultdict(lambda: defaultdict(list))
    for chunk in _chunks(ids):
        rows = session.execute(
            select(Delivery.order_id, Delivery.delivered_on, Delivery.id)
            .where(Delivery.order_id.in_(chunk), Delivery.reverses_id.is_(None),  # type: ignore[attr-defined,union-attr]
                   Delivery.id.not_in(reversed_ids)))  # type: ignore[union-attr]
        for oid, day, did in rows:
            out[oid][as_date(day)].append(did)
    return out


def _chunks(ids: list[int], size: int = 900) -> list[list[int]]:
    return [ids[i:i + size] for i in range(0, len(ids), size)] or [[]]


#: Orders loaded between two looks at ``cancelled``.
_BATCH = 2000


class Interrupted(Exception):
    """``assess`` stopped because its ``cancelled()`` said so (the window is closing)."""


def assess(*, session: Session, as_of: date, partner: str | None = None,
           order_ids: list[int] | None = None, only_exceptions: bool = True,
           cancelled: Callable[[], bool] | None = None) -> list[Readiness]:
    """Readiness of every live order (or of ``order_ids``), by order number. ``cancelled``
    is asked between chunks of orders; true raises :class:`Interrupted`."""

    def check() -> None:
        if cancelled is not None and cancelled():
            raise Interrupted()

    stmt = (select(Order, Exercise.name).join(Exercise, Exercise.id == Order.exercise_id)
            .where(Order.status != Status.CANCELLED.value).order_by(Order.number))
    if partner is not None:
        stmt = stmt.where(Order.partner_code == partner)
    if order_ids is not None:
        stmt = stmt.where(Order.id.in_(order_ids))  # type: ignore[union-attr]
    found: list[tuple[Order, str]] = []
    # read in batches so that ``cancelled`` is heard while the orders load, not only after
    rows = session.execute(stmt.execution_options(yield_per=_BATCH))
    try:
        for o, name in rows:
            found.append((o, name))
            if len(found) % _BATCH == 0:
                check()
    finally:
        rows.close()  # a server-side cursor (PostgreSQL) stopped half-way is closed
    ids = [o.id for o, _ in found if o.id is not None]
    lines: dict[int, list[OrderLine]] = defaultdict(list)
    invoiced: dict[int, date] = {}
    notified: set[int] = set()
    pending: dict[int, int] = defaultdict(int)
    kinds: dict[int, set[str]] = defaultdict(set)
    proofs_by_delivery: set[int] = set()
    proofs_for_order: dict[int, int] = defaultdict(int)
    withdrawn = select(AttachmentWithdrawal.attachment_id)
    approved = select(SettlementApproval.settlement_id)
    for chunk in _chunks(ids):
        check()
        for ln in session.scalars(select(OrderLine).where(OrderLine.order_id.in_(chunk))  # type: ignore[attr-defined]
                                  .order_by(OrderLine.order_id, OrderLine.line_no)):
            lines[ln.order_id].append(ln)
        for oid, first in session.execute(select(Invoice.order_id, func.min(Invoice.issued_on))
                                          .where(Invoice.order_id.in_(chunk))  # type: ignore[attr-defined]
                                          .group_by(Invoice.order_id)):
            invoiced[oid] = as_date(first)
        notified.update(session.scalars(select(FinanceNotice.order_id).where(
            FinanceNotice.order_id.in_(chunk))))  # type: ignore[attr-defined]
        for oid, count in session.execute(
                select(Settlement.order_id, func.count()).where(
                    Settlement.order_id.in_(chunk), Settlement.id.not_in(approved))  # type: ignore[attr-defined,union-attr]
                .group_by(Settlement.order_id)):
            pending[oid] = int(count)
        for oid, kind, delivery_id in session.execute(
                select(Attachment.order_id, Attachment.kind, Attachment.delivery_id).where(
                    Attachment.order_id.in_(chunk), Attachment.id.not_in(withdrawn))):  # type: ignore[attr-defined,union-attr]
            kinds[oid].add(kind)
            if kind == "proof_of_delivery":
                if delivery_id is None:
                    proofs_for_order[oid] += 1
                else:
                    proofs_by_delivery.add(delivery_id)
    deliveries = _live_deliveries(session, ids)
    book = TermsBook(session)
    horizon = as_of + timedelta(days=DUE_SOON_DAYS)
    result: list[Readiness] = []
    for done, (order, exercise) in enumerate(found):
        if done % 1000 == 0:
            check()
        assert order.id is not None
        oid = order.id
        terms = book.for_order(order.partner_code, order.ordered_on)
        status = Status(order.status)
        codes: list[str] = []
        details: dict[str, list[str]] = {}
        missing = missing_elements(order, lines[oid], terms.required_elements, terms.reference)
        if missing:
            codes.append("missing_data")
            details["missing_data"] = missing
        if status in PAST_SIGNING and not (order.ordering_official_name.strip()
                                           and order.issuing_official_name.strip()):
            codes.append("missing_signatures")
        documents: list[str] = []
        if status != Status.REQUESTED and "signed_order_form" not in kinds[oid]:
            documents.append("signed_order_form")
        by_date = deliveries.get(oid, {})
        unproved = sum(1 for ids_of_day in by_date.values()
                       if not any(d in proofs_by_delivery for d in ids_of_day))
        if unproved > proofs_for_order[oid]:
            documents.append("proof_of_delivery")
        if oid in invoiced and "invoice" not in kinds[oid]:
            documents.append("invoice")
        if documents:
            codes.append("missing_documents")
            details["missing_documents"] = documents
        if (order.direction == Direction.PROVIDED and by_date and oid not in invoiced
                and (as_of - min(by_date)).days > terms.claim_days):
            codes.append("claim_late")
        if oid in invoiced and oid not in notified:
            codes.append("finance_not_notified")
        if order.oldest_unpaid_on is not None and order.billable_minor > order.settled_minor:
            m = terms.settlement_months  # the terms in force on the order's date
            oldest = as_date(order.oldest_unpaid_on)
            if oldest < add_months(as_of, -m):
                codes.append("overdue")
            elif oldest < add_months(horizon, -m):
                codes.append("due_soon")
        if pending[oid]:
            codes.append("awaiting_approval")
        if (status == Status.SETTLED and order.billable_minor == order.settled_minor
                and not pending[oid]):
            codes.append("not_closed")
        if codes or not only_exceptions:
            result.append(Readiness(
                oid, order.number, order.partner_code, exercise, order.direction, order.status,
                order.currency, order.ordered_on, order.billable_minor,
                order.billable_minor - order.settled_minor,
                tuple(c for c in CODES if c in codes), details))
    return result


def details_text(row: Readiness) -> str:
    return "; ".join(f"{code}: {', '.join(names)}" for code, names in row.details.items())


def register_data(*, session: Session, as_of: date, partner: str | None = None,
                  generated_on: date | None = None) -> Any:
    """The exceptions register (``acsa_desk.documents.register.RegisterData``) as of a date."""
    from acsa_desk.documents.register import RegisterData, RegisterOrder
    from acsa_desk.services import marking as marking_svc

    prefs = reference.get_preferences(session=session)
    rows = assess(session=session, as_of=as_of, partner=partner)
    # the highest marking of the orders it lists, by the scheme's rules (as every document)
    listed = marking_svc.marking_for(session=session, where=(),
                                     order_ids=[r.order_id for r in rows])
    return RegisterData(
        banner=marking_svc.rendering(session=session, marking=listed),
        home_nation=prefs.home_nation, as_of=as_of,
        generated_on=generated_on or date.today(), partner=partner,
        orders=tuple(RegisterOrder(r.number, r.partner, r.exercise, r.status, r.currency,
                                   r.billable_minor, r.outstanding_minor, r.exceptions,
                                   details_text(r)) for r in rows))
