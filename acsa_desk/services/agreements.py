"""Agreements as configuration: dates, terms in force per order, designated officials.

``set_agreement`` records a partner's agreement; every change of its terms (categories,
settlement deadline, claim days, required data elements) is also appended to
``agreement_terms`` with the date it takes effect, and an order is judged by the terms in force
on its order date (``terms_for``). Designated officials sign for our side up to a limit per
order, from and until dates; a delegation is an official row naming who delegated. Each
designation is linked to a registered officer (``login``): only that user, signed in, signs
under it, with the designated name.

Changing the agreements and the designated officials is an admin's work: ``set_agreement``,
``add_official`` and ``end_official`` refuse anyone else (``users.require_role``), for the
window, the command line and every other caller alike. Only the demo's seed data
(``seed_agreement``, ``seed_official``, like its orders written without a user's action) is
recorded without that check.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from acsa_desk.core.categories import CODES, is_category
from acsa_desk.core.domain import Direction
from acsa_desk.core.errors import N_, NotFound, RuleViolation
from acsa_desk.core.money import check_currency, format_plain, line_amount_minor
from acsa_desk.core.people import Ability, Role, can, normalize_login
from acsa_desk.db.models import (
    Agreement,
    AgreementTerms,
    AppUser,
    DesignatedOfficial,
    Order,
    OrderLine,
)
from acsa_desk.services import reference
from acsa_desk.services.identity import now
from acsa_desk.services.ledger_sql import DEFAULT_SETTLEMENT_MONTHS

DEFAULT_CLAIM_DAYS = 30
# What the order form carries: an order under an agreement needs each of these.
DEFAULT_ELEMENTS: tuple[str, ...] = (
    "agreement_reference", "order_number",
    "requesting_unit", "requesting_poc", "requesting_poc_phone", "requesting_poc_email",
    "supplying_unit", "supplying_poc", "supplying_poc_phone", "supplying_poc_email",
    "ordered_on", "required_on", "delivery_place",
    "lines", "line_description", "line_quantity", "line_unit_of_issue", "line_unit_price",
    "line_total", "settlement_method", "funding_reference",
    "ordering_signature", "issuing_signature",
)
SIGNATURE_ELEMENTS = ("ordering_signature", "issuing_signature")
#: What only an admin may do, in ``users.require_role``'s refusal; the whole refusal is marked
#: for the window's translation (a test holds the two together).
ADMIN_ONLY = "change the agreements"
REFUSAL = N_("only an admin can change the agreements")
_UNSET = object()


@dataclass(frozen=True, slots=True)
class Terms:
    """The terms an order is judged by."""

    reference: str | None  # None: no agreement recorded with the partner
    categories: tuple[str, ...]
    settlement_months: int
    claim_days: int
    required_elements: tuple[str, ...]


DEFAULT_TERMS = Terms(None, CODES, DEFAULT_SETTLEMENT_MONTHS, DEFAULT_CLAIM_DAYS, DEFAULT_ELEMENTS)


def _split(text: str) -> tuple[str, ...]:
    return tuple(part for part in (p.strip() for p in text.split(",")) if part)


def elements_of(agreement: Agreement | AgreementTerms) -> tuple[str, ...]:
    return _split(agreement.required_elements) or DEFAULT_ELEMENTS


def currencies_of(agreement: Agreement) -> tuple[str, ...]:
    return _split(agreement.currencies)


def check_elements(names: Sequence[str]) -> tuple[str, ...]:
    for name in names:
        if name not in DEFAULT_ELEMENTS:
            raise RuleViolation("required_elements",
                                f"'{name}' is not a data element an order carries "
                                f"(known: {', '.join(DEFAULT_ELEMENTS)})")
    return tuple(names)


def require_admin(session: Session, actor: str) -> None:
    """Refuses unless ``actor`` is an active admin of the ledger (one line, nothing changed)."""
    from acsa_desk.services import users

    users.require_role(session, actor, Role.ADMIN, ADMIN_ONLY)


def set_agreement(*, session: Session, actor: str, **fields: Any) -> Agreement:
    """Creates or changes the agreement with a partner, as ``actor``, who must be an admin;
    the fields are ``seed_agreement``'s."""
    require_admin(session, actor)
    return seed_agreement(session=session, actor=actor, **fields)


def seed_agreement(
    *,
    session: Session,
    partner_code: str,
    reference_text: str,
    actor: str,
    title: str | None = None,
    signed_on: date | object | None = _UNSET,
    in_force_from: date | object | None = _UNSET,
    in_force_until: date | object | None = _UNSET,
    notified_on: date | object | None = _UNSET,
    categories: Sequence[str] | None = None,
    currencies: Sequence[str] | None = None,
    settlement_months: int | None = None,
    claim_days: int | None = None,
    required_elements: Sequence[str] | None = None,
    effective_from: date | None = None,
) -> Agreement:
    """Creates or changes the agreement with a partner; what is not given is kept.

    A change of terms applies to orders dated from ``effective_from`` (default today).
    Unchecked: the demo's seed data only; a user's change is ``set_agreement``.
    """
    reference.ensure_partner(session=session, code=partner_code)
    if not reference_text.strip():
        raise RuleViolation("reference", "the agreement needs a reference")
    if len(reference_text.strip()) > 200:
        raise RuleViolation("reference", "an agreement reference is at most 200 characters")
    for code in categories or ():
        if not is_category(code):
            raise RuleViolation("categories", f"'{code}' is not one of the 16 category codes")
    for code in currencies or ():
        check_currency(code)
    if settlement_months is not None and not 1 <= settlement_months <= 60:
        raise RuleViolation("settlement_months", "the settlement deadline must be 1 to 60 months")
    if claim_days is not None and not 1 <= claim_days <= 365:
        raise RuleViolation("claim_days", "the claim days must be 1 to 365")
    if required_elements is not None:
        check_elements(required_elements)
    agreement = reference.agreement_for(session=session, partner_code=partner_code)
    if agreement is None:
        agreement = Agreement(partner_code=partner_code, reference=reference_text.strip(),
                              settlement_months=DEFAULT_SETTLEMENT_MONTHS,
                              claim_days=DEFAULT_CLAIM_DAYS, categories="", currencies="",
                              required_elements="", title="")
        session.add(agreement)
    old_terms = _terms_tuple(agreement) if agreement.id is not None else None
    agreement.reference = reference_text.strip()
    if title is not None:
        agreement.title = title.strip()
    for name, value in (("signed_on", signed_on), ("in_force_from", in_force_from),
                        ("in_force_until", in_force_until), ("notified_on", notified_on)):
        if value is not _UNSET:
            setattr(agreement, name, value)
    if (agreement.in_force_from and agreement.in_force_until
            and agreement.in_force_until < agreement.in_force_from):
        raise RuleViolation("in_force_until", "the agreement cannot end before it comes into force")
    if categories is not None:
        agreement.categories = ",".join(categories)
    if currencies is not None:
        agreement.currencies = ",".join(currencies)
    if settlement_months is not None:
        agreement.settlement_months = settlement_months
    if claim_days is not None:
        agreement.claim_days = claim_days
    if required_elements is not None:
        agreement.required_elements = ",".join(required_elements)
    session.flush()
    if _terms_tuple(agreement) != old_terms:
        session.add(AgreementTerms(
            partner_code=partner_code, effective_from=effective_from or now().date(),
            reference=agreement.reference, categories=agreement.categories,
            settlement_months=agreement.settlement_months, claim_days=agreement.claim_days,
            required_elements=agreement.required_elements, recorded_by=actor,
            recorded_at=now()))
        session.flush()
    return agreement


def _terms_tuple(a: Agreement) -> tuple[object, ...]:
    return (a.reference, a.categories, a.settlement_months, a.claim_days, a.required_elements)


def list_agreements(*, session: Session) -> list[Agreement]:
    return list(session.scalars(select(Agreement).order_by(Agreement.partner_code)))


def terms_history(*, session: Session, partner_code: str) -> list[AgreementTerms]:
    return list(session.scalars(
        select(AgreementTerms).where(AgreementTerms.partner_code == partner_code)
        .order_by(AgreementTerms.effective_from, AgreementTerms.id)))


def _as_terms(row: Agreement | AgreementTerms) -> Terms:
    cats = _split(row.categories) or CODES
    return Terms(row.reference, cats, row.settlement_months, row.claim_days, elements_of(row))


class TermsBook:
    """Every partner's agreement terms, loaded once; ``for_order`` picks those in force."""

    def __init__(self, session: Session) -> None:
        self._current = {a.partner_code: _as_terms(a) for a in list_agreements(session=session)}
        self._history: dict[str, tuple[list[date], list[Terms]]] = {}
        rows = session.scalars(select(AgreementTerms).order_by(
            AgreementTerms.partner_code, AgreementTerms.effective_from, AgreementTerms.id))
        for row in rows:
            days, terms = self._history.setdefault(row.partner_code, ([], []))
            if days and days[-1] == row.effective_from:  # the later change of the same day wins
                terms[-1] = _as_terms(row)
            else:
                days.append(row.effective_from)
                terms.append(_as_terms(row))

    def for_order(self, partner_code: str, ordered_on: date) -> Terms:
        history = self._history.get(partner_code)
        if history is None:
            return self._current.get(partner_code, DEFAULT_TERMS)
        days, terms = history
        index = bisect_right(days, ordered_on) - 1
        return terms[max(index, 0)]

    def partners(self) -> tuple[str, ...]:
        """The partners with an agreement (terms of their own)."""
        return tuple(sorted({*self._current, *self._history}))

    def stretches(self) -> list[tuple[str | None, date | None, date | None, Terms]]:
        """Where each terms apply, as ``for_order`` picks them: (partner, orders dated from,
        orders dated before, terms), ``None`` for no bound; partner ``None``: every partner
        without an agreement (the default terms). The stretches do not overlap."""
        out: list[tuple[str | None, date | None, date | None, Terms]] = []
        for code, (days, terms) in sorted(self._history.items()):
            for index, found in enumerate(terms):  # the first also covers earlier orders
                out.append((code, days[index] if index else None,
                            days[index + 1] if index + 1 < len(days) else None, found))
        out += [(code, None, None, found) for code, found in sorted(self._current.items())
                if code not in self._history]
        out.append((None, None, None, DEFAULT_TERMS))
        return out


def terms_for(*, session: Session, partner_code: str, ordered_on: date) -> Terms:
    return TermsBook(session).for_order(partner_code, ordered_on)


# --- designated officials -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OfficialInput:
    partner_code: str
    name: str
    limit_minor: int
    limit_currency: str
    valid_from: date
    valid_until: date | None = None
    rank: str = ""
    login: str | None = None
    delegated_by: str = ""


def _check_official(data: OfficialInput) -> None:
    if not data.name.strip():
        raise RuleViolation("name", "a designated official needs a name")
    check_currency(data.limit_currency)
    if data.limit_minor <= 0:
        raise RuleViolation("limit", "the authority limit per order must be more than 0")
    if data.valid_until is not None and data.valid_until < data.valid_from:
        raise RuleViolation("valid_until", "the designation cannot end before it begins")


def _linked_user(session: Session, data: OfficialInput) -> str:
    """The registered user the designation is for: an officer (who may sign for our side)
    whose recorded name, when there is one, is the designated name."""
    login = normalize_login(data.login or "")
    if not login:
        raise RuleViolation("login", f"say which registered user {data.name.strip()} signs in "
                            "as: a designated official signs as themself")
    user = session.get(AppUser, login)
    if user is None:
        raise RuleViolation("login", f"no registered user '{login}': add the user first "
                            "(Preferences > Users, or acsa-desk user add)")
    if not can(user.role, Ability.CERTIFY):
        raise RuleViolation("login", f"{login} is a {user.role}: only an officer signs orders")
    if user.display_name.strip() and not _same_name(user.display_name, data.name):
        raise RuleViolation("name", f"{login} is registered as '{user.display_name.strip()}', "
                            f"not '{data.name.strip()}': the designation names the user")
    return login


def _same_name(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def add_official(*, session: Session, actor: str, data: OfficialInput) -> DesignatedOfficial:
    """Designates one of our registered officers (``data.login``) to sign orders under the
    partner's agreement up to a limit per order, from and until dates (audited); ``actor``
    must be an admin."""
    require_admin(session, actor)
    return seed_official(session=session, data=data)


def seed_official(*, session: Session, data: OfficialInput) -> DesignatedOfficial:
    """``add_official`` unchecked: the demo's seed data only."""
    _check_official(data)
    if reference.agreement_for(session=session, partner_code=data.partner_code) is None:
        raise RuleViolation("partner", f"record the agreement with {data.partner_code} first")
    login = _linked_user(session, data)
    official = DesignatedOfficial(
        partner_code=data.partner_code, name=data.name.strip(), rank=data.rank.strip(),
        login=login, limit_minor=data.limit_minor,
        limit_currency=data.limit_currency, valid_from=data.valid_from,
        valid_until=data.valid_until, delegated_by=data.delegated_by.strip())
    session.add(official)
    session.flush()
    return official


def end_official(*, session: Session, actor: str, official_id: int,
                 valid_until: date) -> DesignatedOfficial:
    """Ends a designation (or delegation) on a date; the row stays, audited; ``actor`` must
    be an admin."""
    require_admin(session, actor)
    official = session.get(DesignatedOfficial, official_id)
    if official is None:
        raise NotFound(f"no designated official with id {official_id}")
    if valid_until < official.valid_from:
        raise RuleViolation("valid_until", "the designation cannot end before it begins")
    official.valid_until = valid_until
    session.flush()
    return official


def officials(*, session: Session, partner_code: str | None = None) -> list[DesignatedOfficial]:
    stmt = select(DesignatedOfficial).order_by(DesignatedOfficial.partner_code,
                                               DesignatedOfficial.name, DesignatedOfficial.id)
    if partner_code is not None:
        stmt = stmt.where(DesignatedOfficial.partner_code == partner_code)
    return list(session.scalars(stmt))


def order_value_minor(lines: Sequence[OrderLine]) -> int:
    """What the order commits: every line's quantity x unit price, each rounded once."""
    return sum(line_amount_minor(Decimal(ln.quantity), ln.unit_price_minor) for ln in lines)


def check_signing_authority(session: Session, order: Order, lines: Sequence[OrderLine],
                            our_official: str, signed_on: date, login: str | None = None) -> None:
    """Our side's signature must be a designated official's, in force and within the limit,
    given by that official: the authenticated user ``login`` is the one the designation
    links (a designation recorded before designations were linked is matched by name).

    Applies when the partner's agreement names designated officials (none: not checked).
    Our side orders what we receive and issues what we provide.
    """
    listed = officials(session=session, partner_code=order.partner_code)
    if not listed:
        return
    role = "issuing" if order.direction == Direction.PROVIDED else "ordering"
    name = our_official.strip()
    mine = [o for o in listed if _same_name(o.name, name)]
    if not mine:
        raise RuleViolation(f"{role}_official",
                            f"{name} is not a designated official under the agreement with "
                            f"{order.partner_code}")
    if login is not None:
        who = normalize_login(login)
        ours = [o for o in mine if o.login is None or o.login == who]
        if not ours:
            linked = ", ".join(sorted({str(o.login) for o in mine}))
            raise RuleViolation(f"{role}_official",
                                f"{name} is designated as user {linked}: {name} signs in as "
                                f"{linked} to sign, not {who}")
        mine = ours
    current = [o for o in mine if o.valid_from <= signed_on
               and (o.valid_until is None or signed_on <= o.valid_until)]
    if not current:
        raise RuleViolation(f"{role}_official",
                            f"{name}'s designation is not in force on {signed_on.isoformat()}")
    in_currency = [o for o in current if o.limit_currency == order.currency]
    if not in_currency:
        raise RuleViolation(f"{role}_official",
                            f"{name} has no authority limit in {order.currency}")
    value = order_value_minor(lines)
    limit = max(o.limit_minor for o in in_currency)
    if value > limit:
        raise RuleViolation(
            f"{role}_official",
            f"order {order.number} ({format_plain(value, order.currency)} {order.currency}) is "
            f"above {name}'s authority limit of {format_plain(limit, order.currency)} "
            f"{order.currency} per order")
