"""What the order editor shows, read from the ledger as plain values (no Qt, no live ORM rows).

:func:`load_order` and :func:`load_choices` each run a handful of small indexed queries in one
read-only session; the editor calls them on the UI thread (they take a few milliseconds).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from acsa_desk.core.categories import is_supply
from acsa_desk.core.marking import Rendering
from acsa_desk.db.models import Order, SettlementApproval
from acsa_desk.services import marking as marking_svc
from acsa_desk.services import orders as order_service
from acsa_desk.services import reference
from acsa_desk.ui.orders.form import LineDraft, OrderDraft, draft_line, plain_quantity


@dataclass(frozen=True, slots=True)
class DeliveryEntry:
    id: int
    delivered_on: date
    line_no: int
    description: str
    unit_of_issue: str
    quantity: str
    billable_delta_minor: int
    reverses_id: int | None
    reversed: bool
    reason: str
    recorded_by: str
    recorded_at: datetime


@dataclass(frozen=True, slots=True)
class SettlementEntry:
    id: int
    settled_on: date
    method: str
    amount_minor: int
    currency: str
    reference: str
    reverses_id: int | None
    reversed: bool
    reason: str
    recorded_by: str
    recorded_at: datetime
    approved_by: str


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    at: datetime
    by: str
    from_status: str
    to_status: str
    reason: str


@dataclass(frozen=True, slots=True)
class ReceiptEntry:
    received_on: date
    received_by: str
    condition: str


@dataclass(frozen=True, slots=True)
class InvoiceEntry:
    reference: str
    issued_on: date


@dataclass(frozen=True, slots=True)
class OrderSnapshot:
    """One order as stored, with everything the editor's tabs list."""

    id: int
    version: int
    status: str
    draft: OrderDraft
    entered_by: str
    updated_by: str
    updated_at: datetime
    billable_minor: int
    settled_minor: int
    ordering_official: str  # "rank name", "" when unsigned
    issuing_official: str
    signed_on: date | None
    allowed: tuple[str, ...]
    missing: tuple[str, ...]  # what blocks the signature (only while requested)
    deliveries: tuple[DeliveryEntry, ...]
    settlements: tuple[SettlementEntry, ...]
    history: tuple[HistoryEntry, ...]
    receipts: tuple[ReceiptEntry, ...]
    invoices: tuple[InvoiceEntry, ...]
    #: The order's handling marking (the ledger's, its exercise's and its own, highest).
    marking: Rendering | None = None

    @property
    def number(self) -> str:
        return self.draft.number

    @property
    def currency(self) -> str:
        return self.draft.currency

    @property
    def lines(self) -> tuple[LineDraft, ...]:
        return self.draft.lines

    @property
    def outstanding_minor(self) -> int:
        return self.billable_minor - self.settled_minor

    @property
    def only_supplies(self) -> bool:
        return all(is_supply(ln.category) for ln in self.lines)

    def reversible_deliveries(self) -> list[DeliveryEntry]:
        return [d for d in self.deliveries if d.reverses_id is None and not d.reversed]

    def reversible_settlements(self) -> list[SettlementEntry]:
        return [s for s in self.settlements if s.reverses_id is None and not s.reversed]

    def remaining(self, line: LineDraft) -> Decimal:
        return Decimal(line.quantity or "0") - Decimal(line.delivered or "0")


def load_order(*, session: Session, order_id: int) -> OrderSnapshot:
    order = order_service.get_order(session=session, order_id=order_id)
    lines = order_service.order_lines(session=session, order_id=order_id)
    currency = order.currency
    line_drafts = tuple(
        draft_line(
            line_id=ln.id, category=ln.category, description=ln.description, nsn=ln.nsn,
            unit_of_issue=ln.unit_of_issue, quantity=ln.quantity,
            unit_price_minor=ln.unit_price_minor, currency=currency,
            delivered=ln.delivered_quantity, billable_minor=ln.billable_minor,
        )
        for ln in lines
    )
    draft = OrderDraft(
        number=order.number, exercise_id=order.exercise_id, partner=order.partner_code,
        direction=order.direction, ordered_on=order.ordered_on, required_on=order.required_on,
        requesting_unit=order.requesting_unit, requesting_poc=order.requesting_poc,
        supplying_unit=order.supplying_unit, supplying_poc=order.supplying_poc,
        delivery_place=order.delivery_place, settlement_method=order.settlement_method,
        currency=currency, lines=line_drafts, partner_order_number=order.partner_order_number,
        **{name: getattr(order, name) for name in order_service.CONTACT_FIELDS},
    )
    by_line = {ln.id: ln for ln in lines}
    raw_deliveries = order_service.deliveries(session=session, order_id=order_id)
    reversed_deliveries = {d.reverses_id for d in raw_deliveries if d.reverses_id is not None}
    delivery_entries = []
    for d in raw_deliveries:
        line = by_line.get(d.line_id)
        delivery_entries.append(DeliveryEntry(
            id=d.id or 0, delivered_on=d.delivered_on, line_no=line.line_no if line else 0,
            description=line.description if line else "", unit_of_issue=line.unit_of_issue if line else "",
            quantity=plain_quantity(d.quantity), billable_delta_minor=d.billable_delta_minor,
            reverses_id=d.reverses_id, reversed=d.id in reversed_deliveries, reason=d.reason,
            recorded_by=d.recorded_by, recorded_at=d.recorded_at,
        ))
    raw_settlements = order_service.settlements(session=session, order_id=order_id)
    reversed_settlements = {s.reverses_id for s in raw_settlements if s.reverses_id is not None}
    ids = [s.id for s in raw_settlements]
    approvals: dict[int, str] = {}
    if ids:
        rows = session.execute(
            select(SettlementApproval.settlement_id, SettlementApproval.approved_by)  # type: ignore[call-overload]
            .where(SettlementApproval.settlement_id.in_(ids))  # type: ignore[attr-defined]
        )
        approvals = {settlement_id: approved_by for settlement_id, approved_by in rows}
    settlement_entries = tuple(
        SettlementEntry(
            id=s.id or 0, settled_on=s.settled_on, method=s.method, amount_minor=s.amount_minor,
            currency=s.currency, reference=s.reference, reverses_id=s.reverses_id,
            reversed=s.id in reversed_settlements, reason=s.reason, recorded_by=s.recorded_by,
            recorded_at=s.recorded_at, approved_by=approvals.get(s.id or 0, ""),
        )
        for s in raw_settlements
    )
    history = tuple(
        HistoryEntry(at=h.at, by=h.by, from_status=h.from_status, to_status=h.to_status,
                     reason=h.reason)
        for h in order_service.history(session=session, order_id=order_id)
    )
    receipts = tuple(
        ReceiptEntry(r.received_on, r.received_by, r.condition)
        for r in order_service.receipts(session=session, order_id=order_id)
    )
    invoices = tuple(
        InvoiceEntry(i.reference, i.issued_on)
        for i in order_service.invoices(session=session, order_id=order_id)
    )
    missing: tuple[str, ...] = ()
    if order.status == "requested":
        missing = tuple(m for _, m in order_service.missing_data(order, lines))
    return OrderSnapshot(
        id=order_id,
        version=order.version,
        status=order.status,
        draft=draft,
        entered_by=order.entered_by,
        updated_by=order.updated_by,
        updated_at=order.updated_at,
        billable_minor=order.billable_minor,
        settled_minor=order.settled_minor,
        ordering_official=_official(order.ordering_official_rank, order.ordering_official_name),
        issuing_official=_official(order.issuing_official_rank, order.issuing_official_name),
        signed_on=order.signed_on,
        allowed=tuple(order_service.allowed_actions(order)),
        missing=missing,
        deliveries=tuple(delivery_entries),
        settlements=settlement_entries,
        history=history,
        receipts=receipts,
        invoices=invoices,
        marking=marking_svc.rendering(session=session, marking=marking_svc.marking_for(
            session=session, where=[Order.id == order_id])),
    )


def _official(rank: str, name: str) -> str:
    return " ".join(p for p in (rank.strip(), name.strip()) if p)


@dataclass(frozen=True, slots=True)
class EditorChoices:
    """What the editor's combos offer: exercises (id, name), known partners, the default currency."""

    exercises: tuple[tuple[int, str], ...]
    partners: tuple[str, ...]
    default_currency: str
    last_partner: str = ""  # of the order entered last: orders come in runs


def load_choices(*, session: Session) -> EditorChoices:
    exercises = tuple(
        (e.id, e.name) for e in reference.list_exercises(session=session) if e.id is not None
    )
    partners = tuple(p.code for p in reference.list_partners(session=session))
    prefs = reference.get_preferences(session=session)
    newest_first = Order.id.desc()  # type: ignore[union-attr]
    last = session.scalar(select(Order.partner_code).order_by(newest_first).limit(1))  # type: ignore[call-overload]
    return EditorChoices(exercises, partners, prefs.default_currency, last or "")
