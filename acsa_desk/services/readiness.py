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

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any, cast

from sqlalchemy import Table, and_, func, select
from sqlalchemy.orm import Session

from acsa_desk.db.models import Exercise
from acsa_desk.services import reference
from acsa_desk.services.agreements import TermsBook
from acsa_desk.services.readiness_rules import CODES, DOCUMENTS, PAST_SIGNING, Rules, o, order

__all__ = ["CODES", "PAST_SIGNING", "Interrupted", "Readiness", "assess", "count_exceptions",
           "details_text", "exception_filter", "iter_assess", "register_data"]
_exercise = cast(Table, Exercise.__table__)  # type: ignore[attr-defined]


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


#: Orders read between two looks at ``cancelled`` (the listing), and orders by id counted
#: per statement between two looks (the count).
_BATCH = 2000
_COUNT_SPAN = 50_000


class Interrupted(Exception):
    """``assess`` stopped because its ``cancelled()`` said so (the window is closing)."""


def _live(partner: str | None) -> list[Any]:
    where = [o.status != "cancelled"]
    if partner is not None:
        where.append(o.partner_code == partner)
    return where


def iter_assess(*, session: Session, as_of: date, partner: str | None = None,
                order_ids: list[int] | None = None, only_exceptions: bool = True,
                cancelled: Callable[[], bool] | None = None) -> Iterator[Readiness]:
    """Readiness of every live order (or of ``order_ids``), by order number, one at a time
    (one statement, read as it goes: memory does not grow with the ledger). ``cancelled``
    is asked every ``_BATCH`` orders; true raises :class:`Interrupted`."""
    book = TermsBook(session)
    rules = Rules(book, as_of, partner)
    codes = [rules.codes[c].label(f"c_{c}") for c in CODES]
    missing = [rules.missing[e].label(f"e_{n}") for n, e in enumerate(rules.elements)]
    documents = [rules.documents[d].label(f"d_{d}") for d in DOCUMENTS]
    stmt = (select(o.id, o.number, o.partner_code, _exercise.c.name, o.direction, o.status,
                   o.currency, o.ordered_on, o.billable_minor, o.settled_minor,
                   *codes, *missing, *documents)
            .select_from(order.join(_exercise, _exercise.c.id == o.exercise_id))
            .where(*_live(partner)).order_by(o.number))
    if order_ids is not None:
        stmt = stmt.where(o.id.in_(order_ids))
    if only_exceptions:
        stmt = stmt.where(rules.any_of())
    flags = len(CODES)
    rows = session.execute(stmt.execution_options(yield_per=_BATCH))
    try:
        for done, row in enumerate(rows, start=1):
            if cancelled is not None and done % _BATCH == 0 and cancelled():
                raise Interrupted()
            (oid, number, partner_code, exercise, direction, status, currency, ordered_on,
             billable, settled) = row[:10]
            found = row[10:10 + flags]
            empty = dict(zip(rules.elements, row[10 + flags:10 + flags + len(missing)],
                             strict=True))
            due = row[10 + flags + len(missing):]
            details: dict[str, list[str]] = {}
            if found[0]:
                terms = book.for_order(partner_code, ordered_on)
                details["missing_data"] = [e for e in terms.required_elements if empty.get(e)]
            if found[2]:
                details["missing_documents"] = [d for d, flag in zip(DOCUMENTS, due, strict=True)
                                                if flag]
            yield Readiness(oid, number, partner_code, exercise, direction, status, currency,
                            ordered_on, billable, billable - settled,
                            tuple(c for c, flag in zip(CODES, found, strict=True) if flag),
                            details)
    finally:
        rows.close()  # a server-side cursor (PostgreSQL) stopped half-way is closed


def assess(*, session: Session, as_of: date, partner: str | None = None,
           order_ids: list[int] | None = None, only_exceptions: bool = True,
           cancelled: Callable[[], bool] | None = None) -> list[Readiness]:
    """``iter_assess``, as a list."""
    return list(iter_assess(session=session, as_of=as_of, partner=partner, order_ids=order_ids,
                            only_exceptions=only_exceptions, cancelled=cancelled))


def exception_filter(*, session: Session, as_of: date, codes: tuple[str, ...] = CODES,
                     partner: str | None = None) -> Any:
    """A condition on ``acsa_order``: the order is live (of ``partner``) and has one of
    ``codes`` as of ``as_of`` (an unknown code: none has it), as ``assess`` lists it; for a
    statement of orders (the orders list's filter)."""
    rules = Rules(TermsBook(session), as_of, partner)
    return and_(*_live(partner), rules.any_of(tuple(c for c in codes if c in rules.codes)))


def count_exceptions(*, session: Session, as_of: date, partner: str | None = None,
                     codes: tuple[str, ...] = CODES,
                     cancelled: Callable[[], bool] | None = None) -> int:
    """How many live orders have at least one of ``codes`` (every code: how many rows
    ``assess`` lists), counted in SQL by the listing's own predicates: nothing is read but
    the counts. ``cancelled`` is asked between spans of ``_COUNT_SPAN`` order ids; true
    raises :class:`Interrupted`."""
    rules = Rules(TermsBook(session), as_of, partner)
    top = session.scalar(select(func.max(o.id))) or 0
    counted = select(func.count()).select_from(order).where(*_live(partner), rules.any_of(codes))
    total = 0
    for low in range(0, top, _COUNT_SPAN):
        if cancelled is not None and cancelled():
            raise Interrupted()
        total += session.scalar(counted.where(o.id > low, o.id <= low + _COUNT_SPAN)) or 0
    return total


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
