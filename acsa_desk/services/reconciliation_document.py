"""The reconciliation statement's data, read from the ledger (plain values for the PDF)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from sqlalchemy.orm import Session

from acsa_desk.core.money import format_plain
from acsa_desk.db.models import Order
from acsa_desk.documents.reconciliation import (
    CurrencyTotals,
    Difference,
    MissingOrder,
    ReconciliationData,
)
from acsa_desk.services import documents_data as dd
from acsa_desk.services import marking as marking_svc
from acsa_desk.services import reference
from acsa_desk.services.integrity import current_anchor
from acsa_desk.services.reconciliation import Item, Result, State


def _shown(item: Item, field: str, side: str) -> str:
    record = item.ours if side == "ours" else item.theirs
    if record is None:
        return ""
    if field == "billable":
        return format_plain(record.billable_minor, record.currency)
    if field == "settled":
        return format_plain(record.settled_minor, record.currency)
    if field == "partner_order_number":
        if side == "ours":
            return item.ours.partner_order_number if item.ours else ""
        return item.theirs.sender_order_number if item.theirs else ""
    return str(getattr(record, field))


def reconciliation_data(*, session: Session, result: Result, statement_name: str,
                        reasons: Mapping[str, str] | None = None,
                        generated_on: date | None = None, reference_text: str = "",
                        signer: str | None = None) -> ReconciliationData:
    """``reasons``: per item key (``Item.key()``), the explanation or action recorded;
    ``signer``: the authenticated user whose block is pre-filled (None: blank, signed by
    hand)."""
    reasons = reasons or {}
    partner = dd._partner(session, result.partner)
    prefs = reference.get_preferences(session=session)
    differences: list[Difference] = []
    missing: list[MissingOrder] = []
    for item in result.items:
        reason = reasons.get(item.key(), "")
        if item.state == State.DIFFERS:
            for field_name in item.differences:
                differences.append(Difference(
                    item.order_number or "", item.partner_order_number or "", item.currency,
                    field_name, _shown(item, field_name, "ours"),
                    _shown(item, field_name, "theirs"), reason))
        elif item.state in (State.MISSING_OURS, State.MISSING_THEIRS):
            side = item.ours if item.ours is not None else item.theirs
            assert side is not None
            missing.append(MissingOrder(
                item.state, item.order_number or "", item.partner_order_number or "",
                side.ordered_on, side.currency, side.billable_minor, side.settled_minor, reason))
    totals = tuple(
        CurrencyTotals(t.currency, t.agreed_minor, t.differs_ours_minor, t.differs_theirs_minor,
                       t.missing_theirs_minor, t.missing_ours_minor)
        for t in result.totals())
    return ReconciliationData(
        partner_code=partner.code,
        partner_name=partner.name or dd.nation_name(partner.code),
        home_nation=dd.nation_name(prefs.home_nation),
        home_code=prefs.home_nation,
        agreement_reference=dd._agreement_reference(session, partner.code),
        banner=marking_svc.rendering(session=session, marking=marking_svc.marking_for(
            session=session, where=[Order.partner_code == partner.code])),
        generated_on=generated_on or date.today(),
        statement_name=statement_name,
        chain_head=current_anchor(session),
        agreed_count=result.counts.get(State.AGREED, 0),
        totals=totals,
        differences=tuple(differences),
        missing=tuple(missing),
        period_from=result.date_from,
        period_to=result.date_to,
        out_of_scope_rows=result.out_of_scope_rows,
        reference=reference_text,
        home_signature=dd.user_signature(session=session, login=signer or ""),
    )
