"""Partners, agreements, exercises and ledger settings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from acsa_desk.core.categories import CODES
from acsa_desk.core.deadlines import Schedule
from acsa_desk.core.domain import ActivityType, check_country, country_name
from acsa_desk.core.errors import NotFound, RuleViolation
from acsa_desk.core.money import check_currency
from acsa_desk.db.identity import now
from acsa_desk.db.models import (
    Agreement,
    Exercise,
    ExercisePartner,
    ExercisePartnerChange,
    LedgerSetting,
    Partner,
)
from acsa_desk.services.ledger_sql import DEFAULT_SETTLEMENT_MONTHS

# --- partners and agreements -------------------------------------------------------------


def ensure_partner(*, session: Session, code: str) -> Partner:
    """The partner nation with this ISO 3166-1 alpha-3 code, created when first used."""
    check_country(code)
    partner = session.get(Partner, code)
    if partner is None:
        partner = Partner(code=code, name=country_name(code) or code)
        session.add(partner)
        session.flush()
    return partner


def list_partners(*, session: Session) -> list[Partner]:
    return list(session.scalars(select(Partner).order_by(Partner.code)))


def agreement_for(*, session: Session, partner_code: str) -> Agreement | None:
    return session.scalars(select(Agreement).where(Agreement.partner_code == partner_code)).first()


def set_agreement(
    *,
    session: Session,
    partner_code: str,
    reference: str,
    categories: tuple[str, ...] = (),
    settlement_months: int = DEFAULT_SETTLEMENT_MONTHS,
) -> Agreement:
    """Creates or updates the agreement with a partner (categories empty = all 16).

    The full form (dates, claim days, required data) is ``agreements.set_agreement``.
    """
    from acsa_desk.db.audit import actor_of
    from acsa_desk.services import agreements

    return agreements.set_agreement(  # as the unit of work's (authenticated) actor
        session=session, partner_code=partner_code, reference_text=reference,
        actor=actor_of(session), categories=categories, settlement_months=settlement_months)


def allowed_categories(agreement: Agreement | None) -> tuple[str, ...]:
    if agreement is None or not agreement.categories:
        return CODES
    return tuple(agreement.categories.split(","))


def settlement_months_by_partner(*, session: Session) -> dict[str, int]:
    """Each agreement's current months (for orders dated from its latest terms)."""
    rows = session.execute(select(Agreement.partner_code, Agreement.settlement_months))
    return {code: months for code, months in rows}


def settlement_schedule(*, session: Session) -> Schedule:
    """Each partner's settlement months over time: an order is judged by the terms in force
    on its date (``core.deadlines``)."""
    from acsa_desk.services.ledger_sql import read_months

    return read_months(lambda q: session.execute(text(q.sql), q.params).all())


# --- exercises ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ExerciseInput:
    name: str
    activity_type: str = ActivityType.EXERCISE.value
    starts_on: date | None = None
    ends_on: date | None = None
    place: str = ""
    partners: tuple[str, ...] = ()


def _check_exercise(data: ExerciseInput) -> None:
    if not data.name.strip():
        raise RuleViolation("name", "an exercise needs a name")
    if data.activity_type not in {a.value for a in ActivityType}:
        kinds = ", ".join(a.value for a in ActivityType)
        raise RuleViolation("activity_type", f"activity type must be one of: {kinds}")
    if data.starts_on and data.ends_on and data.ends_on < data.starts_on:
        raise RuleViolation("ends_on", "the exercise cannot end before it starts")


def create_exercise(*, session: Session, data: ExerciseInput) -> Exercise:
    _check_exercise(data)
    name = data.name.strip()
    if find_exercise(session=session, name=name) is not None:
        raise RuleViolation("name", f"an exercise named '{name}' already exists")
    exercise = Exercise(
        name=name,
        activity_type=data.activity_type,
        starts_on=data.starts_on,
        ends_on=data.ends_on,
        place=data.place.strip(),
    )
    session.add(exercise)
    session.flush()
    _set_exercise_partners(session, exercise, data.partners)
    return exercise


def update_exercise(*, session: Session, exercise_id: int, data: ExerciseInput) -> Exercise:
    _check_exercise(data)
    exercise = get_exercise(session=session, exercise_id=exercise_id)
    name = data.name.strip()
    other = find_exercise(session=session, name=name)
    if other is not None and other.id != exercise.id:
        raise RuleViolation("name", f"an exercise named '{name}' already exists")
    exercise.name = name
    exercise.activity_type = data.activity_type
    exercise.starts_on = data.starts_on
    exercise.ends_on = data.ends_on
    exercise.place = data.place.strip()
    _set_exercise_partners(session, exercise, data.partners)
    session.flush()
    return exercise


def _set_exercise_partners(session: Session, exercise: Exercise, partners: tuple[str, ...]) -> None:
    """Links the exercise to exactly ``partners``. A link is never deleted: a partner taken
    out (or put back) is an ExercisePartnerChange, recorded with who and when."""
    assert exercise.id is not None
    wanted = set(partners)
    for code in wanted:
        ensure_partner(session=session, code=code)
    existing = {link.partner_code for link in session.scalars(
        select(ExercisePartner).where(ExercisePartner.exercise_id == exercise.id))}
    holding = set(exercise_partners(session=session, exercise_id=exercise.id))
    changes = [(code, False) for code in sorted(holding - wanted)]
    changes += [(code, True) for code in sorted(wanted & existing - holding)]
    if changes:
        from acsa_desk.db.audit import actor_of

        who, stamp = actor_of(session), now()
        for code, active in changes:
            session.add(ExercisePartnerChange(exercise_id=exercise.id, partner_code=code,
                                              active=active, by=who, at=stamp))
    for code in sorted(wanted - existing):
        session.add(ExercisePartner(exercise_id=exercise.id, partner_code=code))
    session.flush()


def exercise_partners(*, session: Session, exercise_id: int) -> list[str]:
    """The partners of an exercise: its links whose latest change (if any) put them in."""
    latest = (select(func.max(ExercisePartnerChange.id))
              .where(ExercisePartnerChange.exercise_id == ExercisePartner.exercise_id,
                     ExercisePartnerChange.partner_code == ExercisePartner.partner_code)
              .correlate(ExercisePartner).scalar_subquery())
    taken_out = (select(ExercisePartnerChange.id)
                 .where(ExercisePartnerChange.id == latest,
                        ExercisePartnerChange.active.is_(False)))  # type: ignore[attr-defined]
    rows = session.scalars(
        select(ExercisePartner.partner_code)
        .where(ExercisePartner.exercise_id == exercise_id, ~taken_out.exists())
        .order_by(ExercisePartner.partner_code)
    )
    return list(rows)


def get_exercise(*, session: Session, exercise_id: int) -> Exercise:
    exercise = session.get(Exercise, exercise_id)
    if exercise is None:
        raise NotFound(f"no exercise with id {exercise_id}")
    return exercise


def find_exercise(*, session: Session, name: str) -> Exercise | None:
    return session.scalars(select(Exercise).where(Exercise.name == name)).first()


def exercise_by_name(*, session: Session, name: str) -> Exercise:
    exercise = find_exercise(session=session, name=name)
    if exercise is None:
        raise NotFound(f"no exercise named '{name}'")
    return exercise


def list_exercises(*, session: Session) -> list[Exercise]:
    return list(session.scalars(select(Exercise).order_by(Exercise.starts_on.desc(), Exercise.name)))  # type: ignore[union-attr]


# --- ledger settings ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LedgerPreferences:
    """Settings of the ledger shared by all its users (kept in the database)."""

    banner: str = "UNCLASSIFIED"
    home_nation: str = "CAN"
    home_unit: str = ""
    default_currency: str = "CAD"


_PREFERENCE_KEYS = ("banner", "home_nation", "home_unit", "default_currency")


def get_preferences(*, session: Session) -> LedgerPreferences:
    stored = {
        row.key: row.value
        for row in session.scalars(
            select(LedgerSetting).where(LedgerSetting.key.in_(_PREFERENCE_KEYS))  # type: ignore[attr-defined]
        )
    }
    return LedgerPreferences(**stored)


def set_preferences(*, session: Session, preferences: LedgerPreferences) -> LedgerPreferences:
    check_country(preferences.home_nation)
    check_currency(preferences.default_currency)
    if len(preferences.banner) > 120:
        raise RuleViolation("banner", "the handling banner is limited to 120 characters")
    for key in _PREFERENCE_KEYS:
        value = str(getattr(preferences, key)).strip()
        row = session.get(LedgerSetting, key)
        if row is None:
            session.add(LedgerSetting(key=key, value=value))
        else:
            row.value = value
    session.flush()
    return get_preferences(session=session)
