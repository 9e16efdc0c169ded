"""The audit-readiness rules (``services.readiness``), each written once as a SQL predicate
over an order row (``acsa_order``), for the listing and the count alike.

``Rules(book, as_of)`` holds, per exception code, a predicate true when the order has that
exception (``codes``), and the predicates behind the details: per required data element,
"required by the terms in force on the order's date and empty" (``missing``), per document,
"due and not attached" (``documents``). ``readiness.assess`` selects them as columns of each
order, ``readiness.count_exceptions`` counts the orders where one holds: the same expressions.

The agreement terms an order is judged by depend on its partner and date
(``agreements.TermsBook``); a rule that depends on the terms is the OR, over the stretches of
``TermsBook.stretches`` (partner and dates, mutually exclusive), of "in the stretch and the
rule with that stretch's terms".

"Empty" keeps Python's ``str.strip()``: the characters trimmed are exactly those for which
``str.isspace()`` holds (SQLite ``trim(x, chars)``, PostgreSQL ``btrim(x, chars)``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, timedelta
from functools import cache
from typing import Any, cast

from sqlalchemy import Numeric, String, Table, and_, bindparam, false, func, not_, or_, select, true
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement

from acsa_desk.core.domain import PAST_SIGNING, Direction, Status, add_months
from acsa_desk.db.models import (
    Attachment,
    AttachmentWithdrawal,
    Delivery,
    FinanceNotice,
    Invoice,
    Order,
    OrderLine,
    Settlement,
    SettlementApproval,
)
from acsa_desk.services.agreements import SIGNATURE_ELEMENTS, Terms, TermsBook
from acsa_desk.services.ledger_sql import DUE_SOON_DAYS

CODES = ("missing_data", "missing_signatures", "missing_documents", "claim_late",
         "finance_not_notified", "due_soon", "overdue", "awaiting_approval", "not_closed")
DOCUMENTS = ("signed_order_form", "proof_of_delivery", "invoice")
ORDER_FIELDS = ("requesting_unit", "requesting_poc", "requesting_poc_phone",
                "requesting_poc_email", "supplying_unit", "supplying_poc", "supplying_poc_phone",
                "supplying_poc_email", "delivery_place", "settlement_method",
                "funding_reference")

Predicate = ColumnElement[bool]

order = cast(Table, Order.__table__)  # type: ignore[attr-defined]
_line = cast(Table, OrderLine.__table__)  # type: ignore[attr-defined]
_delivery = cast(Table, Delivery.__table__)  # type: ignore[attr-defined]
_attachment = cast(Table, Attachment.__table__)  # type: ignore[attr-defined]
_withdrawal = cast(Table, AttachmentWithdrawal.__table__)  # type: ignore[attr-defined]
_invoice = cast(Table, Invoice.__table__)  # type: ignore[attr-defined]
_notice = cast(Table, FinanceNotice.__table__)  # type: ignore[attr-defined]
_settlement = cast(Table, Settlement.__table__)  # type: ignore[attr-defined]
_approval = cast(Table, SettlementApproval.__table__)  # type: ignore[attr-defined]
o = order.c


@cache
def whitespace() -> str:
    """Every character ``str.strip()`` removes (``str.isspace()``), in code point order."""
    return "".join(ch for ch in map(chr, range(sys.maxunicode + 1)) if ch.isspace())


class _strip(FunctionElement[str]):
    """``str.strip()`` of a text expression (its second argument: the characters)."""

    type = String()
    name = "strip"
    inherit_cache = True


@compiles(_strip)
def _strip_default(element: _strip, compiler: Any, **kw: Any) -> str:
    return f"trim({compiler.process(element.clauses, **kw)})"


@compiles(_strip, "postgresql")
def _strip_postgresql(element: _strip, compiler: Any, **kw: Any) -> str:
    return f"btrim({compiler.process(element.clauses, **kw)})"


def blank(text: Any) -> Predicate:
    """``not str(text or "").strip()``."""
    chars = bindparam("whitespace", whitespace(), type_=String(), literal_execute=False)
    return _strip(func.coalesce(text, ""), chars) == ""


def _withdrawn(attachment: Any) -> Predicate:
    return select(_withdrawal.c.id).where(
        _withdrawal.c.attachment_id == attachment.c.id).exists()


def attached(kind: str) -> Predicate:
    """The order has a supporting document of ``kind`` that is not withdrawn."""
    a = _attachment.alias("a_" + kind)
    return select(a.c.id).where(a.c.order_id == o.id, a.c.kind == kind,
                                not_(_withdrawn(a))).exists()


def live_delivery(d: Any) -> Predicate:
    """A delivery that neither reverses another nor is reversed."""
    r = _delivery.alias(f"{d.name}_reversal")
    return and_(d.c.reverses_id.is_(None),
                not_(select(r.c.id).where(r.c.reverses_id == d.c.id).exists()))


def _line_has(condition: Callable[[Any], Predicate]) -> Predicate:
    ln = _line.alias("ln")
    return select(ln.c.id).where(ln.c.order_id == o.id, condition(ln.c)).exists()


def _no_lines() -> Predicate:
    return not_(select(_line.c.id).where(_line.c.order_id == o.id).exists())


#: An order's data element left empty (signatures are judged apart; the agreement reference
#: by the terms, ``empty``).
_EMPTY: dict[str, Callable[[], Predicate]] = {
    "order_number": lambda: blank(o.number),
    "ordered_on": lambda: o.ordered_on.is_(None),
    "required_on": lambda: o.required_on.is_(None),
    "lines": _no_lines,
    "line_description": lambda: _line_has(lambda ln: blank(ln.description)),
    "line_unit_of_issue": lambda: _line_has(lambda ln: blank(ln.unit_of_issue)),
    "line_quantity": lambda: _line_has(lambda ln: ln.quantity.cast(Numeric()) <= 0),
    "line_unit_price": lambda: _line_has(lambda ln: ln.unit_price_minor.is_(None)),
    "line_total": lambda: _line_has(lambda ln: ln.unit_price_minor.is_(None)),
    **{name: (lambda name=name: blank(o[name])) for name in ORDER_FIELDS},  # type: ignore[misc]
}


def empty(name: str, terms: Terms) -> Predicate:
    """The required data element ``name`` is empty on the order judged by ``terms``."""
    if name in SIGNATURE_ELEMENTS:
        return false()
    if name == "agreement_reference":
        return false() if terms.reference else true()
    make = _EMPTY.get(name)
    return make() if make is not None else false()


def missing_element(name: str, terms: Terms) -> Predicate:
    """``name`` is one of the terms' required elements and is empty."""
    return empty(name, terms) if name in terms.required_elements else false()


class Rules:
    """Every rule's predicate, for the orders judged as of ``as_of`` by ``book``'s terms
    (of ``partner``'s orders only, when given)."""

    def __init__(self, book: TermsBook, as_of: date, partner: str | None = None) -> None:
        self.book = book
        self.as_of = as_of
        known = book.partners()
        self._stretches = [(self._where(code, start, until, known), terms)
                           for code, start, until, terms in book.stretches()
                           if partner is None or code is None or code == partner]
        #: Every element some terms require, in a stable order (the listing's detail columns).
        self.elements: tuple[str, ...] = tuple(dict.fromkeys(
            name for _, terms in self._stretches for name in terms.required_elements))
        self.missing: dict[str, Predicate] = {
            name: self.by_terms(lambda t, name=name: missing_element(name, t),  # type: ignore[misc]
                                lambda t, name=name: (name in t.required_elements,  # type: ignore[misc]
                                                      bool(t.reference)))
            for name in self.elements}
        invoiced = select(_invoice.c.id).where(_invoice.c.order_id == o.id).exists()
        self.documents: dict[str, Predicate] = {
            "signed_order_form": and_(o.status != Status.REQUESTED.value,
                                      not_(attached("signed_order_form"))),
            "proof_of_delivery": _unproved_days() > _order_proofs(),
            "invoice": and_(invoiced, not_(attached("invoice"))),
        }
        horizon = as_of + timedelta(days=DUE_SOON_DAYS)
        unpaid = and_(o.oldest_unpaid_on.is_not(None), o.billable_minor > o.settled_minor)
        pending = select(_settlement.c.id).where(
            _settlement.c.order_id == o.id,
            not_(select(_approval.c.id).where(
                _approval.c.settlement_id == _settlement.c.id).exists())).exists()
        self.codes: dict[str, Predicate] = {
            "missing_data": self.by_terms(lambda t: or_(
                false(), *(missing_element(name, t) for name in dict.fromkeys(
                    t.required_elements))),
                lambda t: (frozenset(t.required_elements), bool(t.reference))),
            "missing_signatures": and_(
                o.status.in_([s.value for s in PAST_SIGNING]),
                or_(blank(o.ordering_official_name), blank(o.issuing_official_name))),
            "missing_documents": or_(*self.documents.values()),
            "claim_late": and_(o.direction == Direction.PROVIDED.value, not_(invoiced),
                               self.by_terms(lambda t: _delivered_before(
                                   as_of - timedelta(days=t.claim_days)),
                                   lambda t: t.claim_days)),
            "finance_not_notified": and_(invoiced, not_(select(_notice.c.id).where(
                _notice.c.order_id == o.id).exists())),
            "due_soon": and_(unpaid, self.by_terms(lambda t: and_(
                o.oldest_unpaid_on >= add_months(as_of, -t.settlement_months),
                o.oldest_unpaid_on < add_months(horizon, -t.settlement_months)),
                lambda t: t.settlement_months)),
            "overdue": and_(unpaid, self.by_terms(
                lambda t: o.oldest_unpaid_on < add_months(as_of, -t.settlement_months),
                lambda t: t.settlement_months)),
            "awaiting_approval": pending,
            "not_closed": and_(o.status == Status.SETTLED.value,
                               o.billable_minor == o.settled_minor, not_(pending)),
        }
        assert tuple(self.codes) == CODES

    @staticmethod
    def _where(code: str | None, start: date | None, until: date | None,
               known: tuple[str, ...]) -> Predicate:
        if code is None:  # the default terms: a partner with no agreement
            return o.partner_code.not_in(known) if known else true()
        parts = [o.partner_code == code]
        if start is not None:
            parts.append(o.ordered_on >= start)
        if until is not None:
            parts.append(o.ordered_on < until)
        return and_(*parts)

    def by_terms(self, rule: Callable[[Terms], Predicate],
                 uses: Callable[[Terms], object]) -> Predicate:
        """``rule`` judged with the terms in force on each order's date; ``uses``: what of
        the terms the rule reads (the stretches whose terms agree on it are judged at once)."""
        groups: dict[object, tuple[list[Predicate], Terms]] = {}
        for where, terms in self._stretches:
            groups.setdefault(uses(terms), ([], terms))[0].append(where)
        if len(groups) == 1:  # the stretches cover every order: one rule for all
            ((_, terms),) = groups.values()
            return rule(terms)
        return or_(false(), *(and_(or_(*wheres), rule(terms))
                              for wheres, terms in groups.values()))

    def any_of(self, codes: tuple[str, ...] = CODES) -> Predicate:
        """The order has at least one of ``codes``."""
        return or_(false(), *(self.codes[code] for code in codes))


def _delivered_before(day: date) -> Predicate:
    """The order has a live delivery dated before ``day``."""
    d = _delivery.alias("dl")
    return select(d.c.id).where(d.c.order_id == o.id, d.c.delivered_on < day,
                                live_delivery(d)).exists()


def _unproved_days() -> Any:
    """How many of the order's live delivery dates have no proof of delivery attached to
    one of that date's live deliveries."""
    d = _delivery.alias("dd")
    d2 = _delivery.alias("dp")
    a = _attachment.alias("ap")
    proved = (select(d2.c.id).join(a, a.c.delivery_id == d2.c.id)
              .where(d2.c.order_id == o.id, d2.c.delivered_on == d.c.delivered_on,
                     live_delivery(d2), a.c.order_id == o.id, a.c.kind == "proof_of_delivery",
                     not_(_withdrawn(a))).correlate_except(d2, a).exists())
    return (select(func.count(d.c.delivered_on.distinct()))
            .where(d.c.order_id == o.id, live_delivery(d), not_(proved)).scalar_subquery())


def _order_proofs() -> Any:
    """How many proofs of delivery are attached to the order itself (no delivery named)."""
    a = _attachment.alias("ao")
    return (select(func.count(a.c.id))
            .where(a.c.order_id == o.id, a.c.kind == "proof_of_delivery",
                   a.c.delivery_id.is_(None), not_(_withdrawn(a))).scalar_subquery())
