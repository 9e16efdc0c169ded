"""Offsets: netting what the partner owes us against what we owe the partner, in one currency.

A proposal takes, on each side, the orders that can be settled now (invoiced, something
outstanding), oldest unpaid delivery first (so closest to the settlement deadline first),
then by order date and number; the amount offset is the smaller of the two sides' totals,
so it never exceeds what either side owes. Recording it is one transaction of ``offset``
settlements through the ordinary settlement rule (``orders.record_settlement``), each with
the agreement's reference; a proposal that changed since it was printed is refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from acsa_desk.core.deadlines import Schedule, months_for
from acsa_desk.core.domain import Direction, SettlementMethod, add_months
from acsa_desk.core.errors import RuleViolation
from acsa_desk.core.money import check_currency, format_plain
from acsa_desk.db.models import Order, Settlement
from acsa_desk.services import orders as order_service
from acsa_desk.services import reference
from acsa_desk.services.integrity import current_anchor
from acsa_desk.services.reconciliation import known_partner

if TYPE_CHECKING:
    from acsa_desk.documents.offset_agreement import OffsetAgreementData, OffsetLeg


@dataclass(frozen=True, slots=True)
class Leg:
    """One order's part of an offset."""

    order_id: int
    order_number: str
    partner_order_number: str
    direction: str
    ordered_on: date
    oldest_unpaid_on: date | None
    deadline: date | None
    outstanding_minor: int
    amount_minor: int  # offset now (<= outstanding)

    def as_json(self, currency: str) -> dict[str, object]:
        return {
            "order_number": self.order_number,
            "partner_order_number": self.partner_order_number or None,
            "direction": self.direction,
            "ordered_on": self.ordered_on.isoformat(),
            "oldest_unpaid_on": self.oldest_unpaid_on.isoformat() if self.oldest_unpaid_on else None,
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "outstanding": format_plain(self.outstanding_minor, currency),
            "amount": format_plain(self.amount_minor, currency),
        }


@dataclass(frozen=True, slots=True)
class Proposal:
    partner: str
    currency: str
    receivable_minor: int  # what the partner owes us, on settleable orders
    payable_minor: int  # what we owe the partner, on settleable orders
    amount_minor: int  # offset on each side
    receivable: tuple[Leg, ...]  # our provided orders (they pay us by this offset)
    payable: tuple[Leg, ...]  # our received orders (we pay them)

    def as_json(self) -> dict[str, object]:
        cur = self.currency
        return {
            "partner": self.partner,
            "currency": cur,
            "receivable": format_plain(self.receivable_minor, cur),
            "payable": format_plain(self.payable_minor, cur),
            "amount": format_plain(self.amount_minor, cur),
            "receivable_orders": [leg.as_json(cur) for leg in self.receivable],
            "payable_orders": [leg.as_json(cur) for leg in self.payable],
        }


def _candidates(session: Session, partner: str, currency: str, direction: str,
                schedule: Schedule) -> list[Leg]:
    rows = session.execute(
        select(Order.id, Order.number, Order.partner_order_number, Order.ordered_on,  # type: ignore[call-overload]
               Order.oldest_unpaid_on, Order.billable_minor - Order.settled_minor)
        .where(Order.partner_code == partner, Order.currency == currency,
               Order.direction == direction,
               Order.status.in_([s.value for s in order_service.SETTLEABLE]),  # type: ignore[attr-defined]
               Order.billable_minor > Order.settled_minor)
    )
    legs = [Leg(int(i), str(n), str(p or ""), direction, d, u,
                add_months(u, months_for(schedule, partner, d)) if u is not None else None,
                int(out), 0)
            for i, n, p, d, u, out in rows]
    # oldest unpaid delivery first (closest to the deadline), then order date and number
    legs.sort(key=lambda leg: (leg.oldest_unpaid_on or date.max, leg.ordered_on,
                               leg.order_number))
    return legs


def _allocate(legs: list[Leg], amount: int) -> tuple[Leg, ...]:
    taken: list[Leg] = []
    left = amount
    for leg in legs:
        if left <= 0:
            break
        part = min(left, leg.outstanding_minor)
        taken.append(Leg(leg.order_id, leg.order_number, leg.partner_order_number,
                         leg.direction, leg.ordered_on, leg.oldest_unpaid_on, leg.deadline,
                         leg.outstanding_minor, part))
        left -= part
    return tuple(taken)


def propose(*, session: Session, partner: str, currency: str) -> Proposal:
    """What can be offset now between us and ``partner`` in ``currency``."""
    known_partner(session, partner)
    check_currency(currency)
    months = reference.settlement_schedule(session=session)  # terms in force per order date
    ours = _candidates(session, partner, currency, Direction.PROVIDED.value, months)
    theirs = _candidates(session, partner, currency, Direction.RECEIVED.value, months)
    receivable = sum(leg.outstanding_minor for leg in ours)
    payable = sum(leg.outstanding_minor for leg in theirs)
    amount = min(receivable, payable)
    return Proposal(partner, currency, receivable, payable, amount,
                    _allocate(ours, amount), _allocate(theirs, amount))


def record_offset(*, session: Session, partner: str, currency: str, amount_minor: int,
                  reference_text: str, settled_on: date, actor: str,
                  approved_by: str | None = None,
                  agreement: tuple[str, bytes] | None = None) -> list[Settlement]:
    """Records a signed offset agreement: one ``offset`` settlement per leg, on both sides,
    in the caller's transaction (all or nothing). The proposal is recomputed and must still
    offset ``amount_minor``: a ledger that changed since the agreement was printed is refused.
    ``agreement`` (file name, bytes), the signed agreement, is attached to every settlement."""
    if not reference_text.strip():
        raise RuleViolation("reference", "the offset needs the agreement's reference")
    proposal = propose(session=session, partner=partner, currency=currency)
    if proposal.amount_minor != amount_minor or amount_minor <= 0:
        raise RuleViolation(
            "amount",
            f"the offset with {partner} in {currency} now comes to "
            f"{format_plain(proposal.amount_minor, currency)}, not "
            f"{format_plain(amount_minor, currency)}: print the agreement again")
    entries = []
    for leg in (*proposal.receivable, *proposal.payable):
        entries.append(order_service.record_settlement(
            session=session, order_id=leg.order_id, settled_on=settled_on,
            method=SettlementMethod.OFFSET.value, amount_minor=leg.amount_minor,
            reference_text=reference_text, actor=actor, approved_by=approved_by))
    if agreement is not None:
        from acsa_desk.services import attachments

        name, content = agreement
        for entry in entries:
            attachments.attach(session=session, order_id=entry.order_id, file_name=name,
                               content=content, kind=attachments.Kind.OTHER.value, actor=actor,
                               note=f"signed offset agreement {reference_text}",
                               settlement_id=entry.id)
    return entries


def agreement_data(*, session: Session, proposal: Proposal, generated_on: date | None = None,
                   signer: str | None = None) -> OffsetAgreementData:
    """The offset agreement's data for the PDF (plain values); ``signer``: the authenticated
    user whose block is pre-filled (None: blank, signed by hand)."""
    from acsa_desk.documents.offset_agreement import OffsetAgreementData, OffsetLeg
    from acsa_desk.services import documents_data as dd
    from acsa_desk.services import marking as marking_svc

    partner = known_partner(session, proposal.partner)
    prefs = reference.get_preferences(session=session)
    ids = [leg.order_id for leg in (*proposal.receivable, *proposal.payable)]

    def legs(items: tuple[Leg, ...]) -> tuple[OffsetLeg, ...]:
        return tuple(OffsetLeg(leg.order_number, leg.partner_order_number, leg.ordered_on,
                               leg.deadline, leg.outstanding_minor, leg.amount_minor)
                     for leg in items)

    return OffsetAgreementData(
        partner_code=partner.code,
        partner_name=partner.name or dd.nation_name(partner.code),
        home_nation=dd.nation_name(prefs.home_nation),
        home_code=prefs.home_nation,
        agreement_reference=dd._agreement_reference(session, partner.code),
        banner=marking_svc.rendering(session=session, marking=marking_svc.marking_for(
            session=session, order_ids=ids)),
        generated_on=generated_on or date.today(),
        currency=proposal.currency,
        receivable_minor=proposal.receivable_minor,
        payable_minor=proposal.payable_minor,
        amount_minor=proposal.amount_minor,
        receivable=legs(proposal.receivable),
        payable=legs(proposal.payable),
        chain_head=current_anchor(session),
        home_signature=dd.user_signature(session=session, login=signer or ""),
    )
