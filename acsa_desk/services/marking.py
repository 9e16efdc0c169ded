"""The ledger's handling markings, kept in its settings (and so audited like every change).

Keys of ``ledger_setting`` (values are JSON):

    marking                  the ledger's default marking
    marking.exercise.<id>    an exercise marked higher than the default
    marking.order.<id>       an order marked higher than the default
    marking.scheme.<code>    a scheme configured by the ledger (e.g. Japan's own terms)

The legacy ``banner`` preference is kept equal to the default marking's one-line description,
so that whatever still reads it shows the right words. A document, list or export asks
:func:`marking_for` for the highest marking of what it contains.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from acsa_desk.core import marking as M
from acsa_desk.core.errors import NotFound, RuleViolation
from acsa_desk.db.models import Exercise, LedgerSetting, Order
from acsa_desk.services import marking_rules as rules
from acsa_desk.services.marking_rules import (
    DEFAULT_KEY,
    EXERCISE_PREFIX,
    LEGACY_KEY,
    ORDER_PREFIX,
    SCHEME_PREFIX,
)


def _setting(session: Session, key: str) -> str | None:
    row = session.get(LedgerSetting, key)
    return None if row is None else row.value


def _put(session: Session, key: str, value: str) -> None:
    if len(value) > 400:
        raise RuleViolation("marking", "the marking is too long to keep (at most 400 characters "
                                       "of settings); shorten its caveats or designation")
    row = session.get(LedgerSetting, key)
    if row is None:
        session.add(LedgerSetting(key=key, value=value))
    elif row.value != value:
        row.value = value
    session.flush()


def schemes(*, session: Session) -> dict[str, M.Scheme]:
    """The shipped schemes with the ledger's configured ones (which may replace them)."""
    return rules.schemes_from(row.value for row in session.scalars(
        select(LedgerSetting).where(LedgerSetting.key.startswith(SCHEME_PREFIX))  # type: ignore[attr-defined]
    ))


def configure_scheme(*, session: Session, scheme: M.Scheme) -> M.Scheme:
    """Keeps a scheme's terms for this ledger (Canada's and the US's are fixed)."""
    if scheme.code in ("ca", "us"):
        raise RuleViolation("scheme", f"the {scheme.code} scheme is fixed by its national rules")
    current = get_marking(session=session)
    if current.scheme == scheme.code:
        scheme.level(current.level)  # the ledger's level must still exist
    _put(session, SCHEME_PREFIX + scheme.code, json.dumps({
        "code": scheme.code, "name": scheme.name, "home": scheme.home,
        "levels": [[level.term, level.cls.value] for level in scheme.levels],
    }, ensure_ascii=False, separators=(",", ":")))
    return scheme


def _read(session: Session, value: str) -> M.Marking:
    return rules.read(value, schemes(session=session))


def get_marking(*, session: Session) -> M.Marking:
    """The ledger's default marking (a ledger that never set one: its old banner's meaning)."""
    stored = _setting(session, DEFAULT_KEY)
    return rules.default_marking(stored, None if stored is not None else
                                 _setting(session, LEGACY_KEY), schemes(session=session))


def set_marking(*, session: Session, marking: M.Marking) -> M.Marking:
    """Sets the ledger's default marking (checked again against its scheme)."""
    known = schemes(session=session)
    checked = M.marking_from_json(marking.to_json(), known)
    others = [value for prefix in (EXERCISE_PREFIX, ORDER_PREFIX)
              for value in _marked(session, prefix).values()
              if json.loads(value).get("scheme") != checked.scheme]
    if others:
        raise RuleViolation("scheme", f"{len(others)} exercises or orders are marked in another "
                                      "scheme; a ledger's markings all use one scheme")
    _put(session, DEFAULT_KEY, checked.dumps())
    _put(session, LEGACY_KEY, M.describe(checked, known)[:120])
    return checked


def _part_key(session: Session, *, exercise: str | None, order: str | None) -> str:
    if (exercise is None) == (order is None):
        raise RuleViolation("marking", "name one exercise or one order")
    if exercise is not None:
        found = session.scalar(select(Exercise.id).where(Exercise.name == exercise))
        if found is None:
            raise NotFound(f"no exercise named '{exercise}'")
        return f"{EXERCISE_PREFIX}{found}"
    found = session.scalar(select(Order.id).where(Order.number == order))
    if found is None:
        raise NotFound(f"no order numbered '{order}'")
    return f"{ORDER_PREFIX}{found}"


def set_part_marking(*, session: Session, marking: M.Marking, exercise: str | None = None,
                     order: str | None = None) -> M.Marking:
    """Marks one exercise or one order, never lower than the ledger's default."""
    key = _part_key(session, exercise=exercise, order=order)
    known = schemes(session=session)
    checked = M.marking_from_json(marking.to_json(), known)
    M.at_least(checked, get_marking(session=session), known)
    _put(session, key, checked.dumps())
    return checked


def part_marking(*, session: Session, exercise: str | None = None,
                 order: str | None = None) -> M.Marking | None:
    """The marking set on one exercise or order itself (None: it has none of its own)."""
    stored = _setting(session, _part_key(session, exercise=exercise, order=order))
    return None if stored is None else _read(session, stored)


def _marked(session: Session, prefix: str) -> dict[int, str]:
    rows = session.scalars(
        select(LedgerSetting).where(LedgerSetting.key.startswith(prefix))  # type: ignore[attr-defined]
    )
    return {int(row.key[len(prefix):]): row.value for row in rows}


def marking_for(*, session: Session,
                where: Sequence[ColumnElement[bool]] | None = (),
                order_ids: Iterable[int] | None = None) -> M.Marking:
    """The highest marking of the ledger's default and of the orders selected, with their exercises.

    ``where``: conditions on :class:`Order` selecting what a document or export contains
    (``()``: every order; ``None``: no order, the default alone); ``order_ids`` narrows it to
    those orders. Only the few marked orders and exercises are looked at, so this is cheap on
    a large ledger.
    """
    known = schemes(session=session)
    default = get_marking(session=session)
    if where is None:
        return default
    conditions = list(where)
    if order_ids is not None:
        conditions.append(Order.id.in_(list(order_ids)))  # type: ignore[union-attr]

    def hit_orders(ids: list[int]) -> Iterable[int]:
        return session.scalars(select(Order.id).where(Order.id.in_(ids), *conditions))  # type: ignore[union-attr]

    def hit_exercises(ids: list[int]) -> Iterable[int]:
        return session.scalars(select(Order.exercise_id).distinct().where(
            Order.exercise_id.in_(ids), *conditions))  # type: ignore[attr-defined]

    return rules.highest_of(default, known, _marked(session, ORDER_PREFIX),
                            _marked(session, EXERCISE_PREFIX), hit_orders, hit_exercises)


def exercise_marking(*, session: Session, exercise_id: int) -> M.Marking:
    """The highest marking of an exercise and of its orders (what its pages show)."""
    parts = [marking_for(session=session, where=[Order.exercise_id == exercise_id])]
    own = _setting(session, f"{EXERCISE_PREFIX}{exercise_id}")
    if own is not None:
        parts.append(_read(session, own))
    return M.highest(parts, schemes(session=session))


def rendering(*, session: Session, marking: M.Marking | None = None) -> M.Rendering:
    """How ``marking`` (default: the ledger's) is shown, by its scheme's rules."""
    return M.render(marking or get_marking(session=session), schemes(session=session))


def show(*, session: Session, marking: M.Marking | None = None) -> dict[str, Any]:
    """The JSON of ``marking show --json``: the marking and how it is rendered."""
    marking = marking or get_marking(session=session)
    r = M.render(marking, schemes(session=session))
    data = marking.to_json()
    data.update({
        "banner": r.banner,
        "placement": r.placement.value,
        "colour": r.colour,
        "notice": r.notice,
        "designation_block": list(r.designation),
    })
    return data


def sidecar(marking: M.Marking, known: Mapping[str, M.Scheme], **extra: Any) -> dict[str, Any]:
    """What a marking sidecar file holds: the marking, its banner and the file's facts."""
    r = M.render(marking, known)
    return {"marking": marking.to_json(), "banner": r.banner, "notice": r.notice, **extra}


def require_admin(*, session: Session, login: str | None = None) -> None:
    """Setting a marking or a scheme is an admin's work: ``login`` (default: the unit of
    work's authenticated actor) must be an admin (``users.require_role``)."""
    from acsa_desk.db.audit import actor_of
    from acsa_desk.services import users

    users.require_role(session, login or actor_of(session), "admin", "set the handling marking")
