"""From the ledger to the documents' plain data (``acsa_desk.documents.data``), in SQL.

Qt-free and reportlab-free: each function reads one unit of work (``session``) and returns the
frozen dataclass a builder in :mod:`acsa_desk.documents` turns into bytes. Filters are in the
WHERE clause and sums in the database; Python only walks the rows a document prints.

- :func:`statement_data`: one partner (optionally one exercise and/or an order-date period).
- :func:`order_form_data`: one order by its number.
- :func:`annual_report_data`: one calendar year, per category and currency, both directions,
  plus every delivery still unreconciled more than a year before the report's date.

An order's settled amount is spread over its lines in line order (as in the finance export),
which is how a settled amount falls to categories. Cancelled orders are left out, as in the
balances; an order with no lines (a request still being typed) has nothing to print and is
left out too.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from acsa_desk.core import marking as M
from acsa_desk.core.domain import Direction, Status, add_months, country_name
from acsa_desk.core.errors import NotFound, RuleViolation
from acsa_desk.core.files import write_document, write_document_with  # noqa: F401  (re-exported)
from acsa_desk.core.money import line_amount_minor
from acsa_desk.db.among import among
from acsa_desk.db.models import AppUser, Exercise, Order, OrderLine, Partner
from acsa_desk.db.models import Receipt as ReceiptRow
from acsa_desk.documents import data as doc
from acsa_desk.documents.data import (
    AnnualCategoryRow,
    AnnualReportData,
    OrderFormData,
    Party,
    Receipt,
    SignatureBlock,
    StatementData,
    UnreconciledTransaction,
)
from acsa_desk.services import agreements, balances, ledger_sql, queries, reference
from acsa_desk.services import marking as marking_svc
from acsa_desk.services.integrity import current_anchor
from acsa_desk.services.statement_rows import (
    SettlementRows,
    StatementRows,
    line_split,
    statement_totals,
)

#: The languages a document can be printed in (one, or two side by side).
LANGUAGES = ("en", "ja", "fr")
#: Printed instead of an agreement reference when the partner has none on record.
NO_AGREEMENT = "(no agreement recorded)"
#: The annual report lists what is still unpaid this many months after delivery.
UNRECONCILED_AFTER_MONTHS = 12

_live = Order.status != Status.CANCELLED.value


# --------------------------------------------------------------------------- small helpers


def parse_langs(text: str) -> tuple[str, ...]:
    """"en", "en,ja", "fr, en" -> a tuple of one or two of en, ja, fr; else RuleViolation."""
    items = [part.strip() for part in text.split(",")]
    if not text.strip() or any(not part for part in items):
        raise RuleViolation("lang", f"'{text}' is not a language list such as en or en,ja")
    for part in items:
        if part not in LANGUAGES:
            raise RuleViolation(
                "lang", f"unknown language '{part}' (choose one or two of {', '.join(LANGUAGES)})"
            )
    if len(items) > 2:
        raise RuleViolation("lang", f"'{text}': a document shows one language or two, not more")
    if len(set(items)) != len(items):
        raise RuleViolation("lang", f"'{text}': the same language is given twice")
    return tuple(items)


def nation_name(code: str) -> str:
    """The nation's English short name ("Canada") for an ISO alpha-3 code, else the code."""
    return country_name(code) or code


def user_signature(*, session: Session, login: str, signed_on: date | None = None) -> SignatureBlock:
    """A signature block pre-filled from a user's profile; blank when the login has none."""
    user = session.get(AppUser, login)
    if user is None:
        return SignatureBlock(signed_on=signed_on)
    return SignatureBlock(user.display_name, user.rank, user.appointment, signed_on)


def _partner(session: Session, code: str) -> Partner:
    partner = session.get(Partner, code)
    if partner is None:
        raise NotFound(f"no partner '{code}' in the ledger")
    return partner


def _agreement_reference(session: Session, partner_code: str) -> str:
    agreement = reference.agreement_for(session=session, partner_code=partner_code)
    return agreement.reference if agreement is not None else NO_AGREEMENT


def _plain_quantity(text: str) -> str:
    """A stored quantity as a plain decimal ("85000", "12.5"), never in exponent form."""
    value = Decimal(text)
    plain = format(value, "f")
    return plain.rstrip("0").rstrip(".") if "." in plain else plain


# --------------------------------------------------------------------------- statement


def statement_data(
    *,
    session: Session,
    partner: str,
    exercise: str | None = None,
    period_from: date | None = None,
    period_to: date | None = None,
    as_of: date | None = None,
    generated_on: date | None = None,
    home_signature: SignatureBlock | None = None,
    partner_signature: SignatureBlock | None = None,
    stream: bool = False,
) -> StatementData:
    """The settlement statement of one partner, optionally one exercise (by name) and/or the
    orders dated within ``period_from``..``period_to`` (inclusive). Overdue as of ``as_of``
    (default today). Raises NotFound for an unknown partner or exercise.

    ``stream``: the orders and settlements are :class:`StatementRows` / :class:`SettlementRows`
    read from a cursor while the document is built (inside this ``session``), never all held;
    else tuples. The sums are computed in SQL either way."""
    today = date.today()
    as_of = as_of or today
    partner_row = _partner(session, partner)
    if period_from and period_to and period_to < period_from:
        raise RuleViolation("period", "the period ends before it starts")
    exercise_id: int | None = None
    if exercise is not None:
        exercise_id = reference.exercise_by_name(session=session, name=exercise).id
    conditions: list[ColumnElement[bool]] = [Order.partner_code == partner, _live]
    if exercise_id is not None:
        conditions.append(Order.exercise_id == exercise_id)
    if period_from is not None:
        conditions.append(Order.ordered_on >= period_from)
    if period_to is not None:
        conditions.append(Order.ordered_on <= period_to)

    # judged order by order in the rows' own query (no list of the overdue orders is held)
    orders: Any = StatementRows(session, conditions, queries.overdue_condition(session, as_of))
    settlements: Any = SettlementRows(session, conditions)
    if not stream:
        orders, settlements = tuple(orders), tuple(settlements)
    prefs = reference.get_preferences(session=session)
    return StatementData(
        partner_code=partner_row.code,
        partner_name=partner_row.name or nation_name(partner_row.code),
        agreement_reference=_agreement_reference(session, partner),
        home_nation=nation_name(prefs.home_nation),
        home_code=prefs.home_nation,
        generated_on=generated_on or today,
        as_of=as_of,
        banner=marking_svc.rendering(
            session=session, marking=marking_svc.marking_for(session=session, where=conditions)),
        orders=orders,
        settlements=settlements,
        totals=statement_totals(session, conditions),
        home_signature=home_signature or SignatureBlock(),
        partner_signature=partner_signature or SignatureBlock(),
        exercise=exercise,
        period_from=period_from,
        period_to=period_to,
        chain_head=current_anchor(session),
    )


# --------------------------------------------------------------------------- order form


def order_form_data(
    *, session: Session, order_number: str, generated_on: date | None = None
) -> OrderFormData:
    """The order form of one order. Raises NotFound for an unknown number.

    Direction "provided": we (the home nation) supply and the partner requests; "received":
    the partner supplies and we request. The units and points of contact are the order's.
    """
    order = session.scalars(select(Order).where(Order.number == order_number)).first()
    if order is None:
        raise NotFound(f"no order numbered '{order_number}'")
    assert order.id is not None
    prefs = reference.get_preferences(session=session)
    home = nation_name(prefs.home_nation)
    partner = session.get(Partner, order.partner_code)
    partner_name = partner.name if partner is not None and partner.name else nation_name(
        order.partner_code)
    we_supply = order.direction == Direction.PROVIDED
    partner_code, home_code = order.partner_code, prefs.home_nation
    requesting = Party(partner_name if we_supply else home, order.requesting_unit,
                       order.requesting_poc, partner_code if we_supply else home_code,
                       order.requesting_poc_phone, order.requesting_poc_email)
    supplying = Party(home if we_supply else partner_name, order.supplying_unit,
                      order.supplying_poc, home_code if we_supply else partner_code,
                      order.supplying_poc_phone, order.supplying_poc_email)

    lines = tuple(
        doc.OrderLine(
            line_no=line.line_no,
            category=line.category,
            description=line.description,
            unit_of_issue=line.unit_of_issue,
            quantity=_plain_quantity(line.quantity),
            unit_price_minor=line.unit_price_minor,
            # the form states what is ordered: ordered quantity x unit price, rounded once
            total_minor=line_amount_minor(Decimal(line.quantity), line.unit_price_minor),
            nsn=line.nsn,
        )
        for line in session.scalars(
            select(OrderLine).where(OrderLine.order_id == order.id).order_by(OrderLine.line_no)
        )
    )
    exercise_name = session.scalar(select(Exercise.name).where(Exercise.id == order.exercise_id))

    # our side's official may have a profile with an appointment (the partner's never does)
    ours = session.get(AppUser, order.our_official_login) if order.our_official_login else None

    def official(name: str, rank: str) -> SignatureBlock:
        if not name:
            return SignatureBlock()
        appointment = ""
        if ours is not None and ours.display_name.strip().casefold() == name.strip().casefold():
            appointment = ours.appointment
        return SignatureBlock(name, rank, appointment, order.signed_on)

    latest = session.scalars(
        select(ReceiptRow).where(ReceiptRow.order_id == order.id).order_by(ReceiptRow.id.desc())
    ).first()
    receipt = (
        Receipt(latest.received_on, latest.received_by, latest.condition)
        if latest is not None else Receipt()
    )
    # the agreement's terms in force on the order date (a later change applies to later orders)
    terms = agreements.terms_for(session=session, partner_code=order.partner_code,
                                 ordered_on=order.ordered_on)
    return OrderFormData(
        agreement_reference=terms.reference or NO_AGREEMENT,
        funding_reference=order.funding_reference,
        order_number=order.number,
        partner_order_number=order.partner_order_number,
        banner=marking_svc.rendering(session=session, marking=marking_svc.marking_for(
            session=session, where=[Order.id == order.id])),
        requesting=requesting,
        supplying=supplying,
        direction=order.direction,
        ordered_on=order.ordered_on,
        settlement_method=order.settlement_method,
        currency=order.currency,
        exercise=exercise_name or "",
        generated_on=generated_on or date.today(),
        lines=lines,
        required_on=order.required_on,
        delivery_place=order.delivery_place,
        ordering_official=official(order.ordering_official_name, order.ordering_official_rank),
        issuing_official=official(order.issuing_official_name, order.issuing_official_rank),
        receipt=receipt,
        anchor=current_anchor(session),
    )


# --------------------------------------------------------------------------- annual report


def annual_report_data(
    *, session: Session, year: int, as_of: date | None = None, generated_on: date | None = None
) -> AnnualReportData:
    """The annual report of ``year``.

    Per direction, category and currency over the orders dated in the year: total value (their
    billable amount), collected (settled, spread over the lines in line order) and outstanding,
    as the ledger stands. Then every delivery, whatever its year, with a part still unpaid that
    was delivered more than twelve months before ``as_of`` (default: 31 December of ``year``):
    its date, partner, order, currency and the unpaid value (settlements pay the oldest
    deliveries first, as in the balances).
    """
    if not 1900 <= year <= 9999:
        raise RuleViolation("year", f"{year} is not a year such as 2025")
    as_of = as_of or date(year, 12, 31)
    conditions = [_live, Order.ordered_on >= date(year, 1, 1), Order.ordered_on <= date(year, 12, 31)]
    lines, line_settled = line_split(conditions)
    direction = (
        select(Order.id.label("order_id"), Order.direction.label("direction"),
               Order.currency.label("currency"))
        .where(*conditions)
        .subquery("o")
    )
    total = func.sum(lines.c.billable)
    collected = func.sum(line_settled)
    rows = session.execute(
        select(direction.c.direction, lines.c.category, direction.c.currency, total, collected)
        .join(direction, direction.c.order_id == lines.c.order_id)
        .group_by(direction.c.direction, lines.c.category, direction.c.currency)
        .having((total != 0) | (collected != 0))
    )
    by_direction: dict[str, list[AnnualCategoryRow]] = defaultdict(list)
    for direction_value, category, currency, total_minor, collected_minor in rows:
        total_minor, collected_minor = int(total_minor or 0), int(collected_minor or 0)
        by_direction[direction_value].append(
            AnnualCategoryRow(category, currency, total_minor, collected_minor,
                              total_minor - collected_minor)
        )

    # the balances' own rule (ledger_sql): settlements pay the oldest deliveries first
    params: dict[str, object] = {"cutoff": add_months(as_of, -UNRECONCILED_AFTER_MONTHS)}
    unpaid = ledger_sql.unpaid_by_delivery(params)
    query = ledger_sql.Query(
        "SELECT u.delivered_on, u.partner, u.number, u.currency, u.unpaid "
        f"FROM ({unpaid}) u WHERE u.unpaid > 0 AND u.delivered_on < :cutoff "
        "ORDER BY u.delivered_on, u.partner, u.number",
        params,
    )
    unreconciled = tuple(
        UnreconciledTransaction(ledger_sql.as_date(on), code, number, currency, int(value))
        for on, code, number, currency, value in balances.fetcher(session)(query)
    )
    prefs = reference.get_preferences(session=session)
    return AnnualReportData(
        year=year,
        home_nation=nation_name(prefs.home_nation),
        banner=marking_svc.rendering(session=session, marking=M.highest(
            [marking_svc.marking_for(session=session, where=conditions),
             marking_svc.marking_for(session=session, where=[among(
                 Order.number, sorted({t.order_number for t in unreconciled}),
                 session.get_bind().dialect.name)])],
            marking_svc.schemes(session=session))),
        generated_on=generated_on or date.today(),
        provided=tuple(by_direction.get(Direction.PROVIDED.value, ())),
        received=tuple(by_direction.get(Direction.RECEIVED.value, ())),
        unreconciled=unreconciled,
        anchor=current_anchor(session),
        agreements=agreements_in_force(session, year),
    )


def agreements_in_force(session: Session, year: int) -> tuple[doc.AgreementInForce, ...]:
    """The agreements in force at some time in ``year`` (undated ones included), by partner."""
    first, last = date(year, 1, 1), date(year, 12, 31)
    return tuple(
        doc.AgreementInForce(a.partner_code, a.reference, a.title, a.signed_on, a.in_force_from,
                             a.in_force_until, a.notified_on)
        for a in agreements.list_agreements(session=session)
        if (a.in_force_from is None or a.in_force_from <= last)
        and (a.in_force_until is None or a.in_force_until >= first))
