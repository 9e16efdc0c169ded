"""Four eyes that holds: who may certify for our side, and a check of the whole ledger.

Our side's signing official and a settlement's approver are registered, active officers
(chosen, not typed; the window and the command line authenticate them at that moment) and
differ from whoever entered the order or settlement. A settlement awaiting approval does not
count toward its order being settled, and such an order cannot be closed.
``ledger_violations`` re-checks all of it over the whole ledger for ``verify``, so a rule
bypassed by hand (``PRAGMA ignore_check_constraints``, a dropped trigger) is found.
"""

from __future__ import annotations

from sqlalchemy import Integer, Select, and_, cast, func, select
from sqlalchemy.orm import Session

from acsa_desk.core.domain import Status
from acsa_desk.core.errors import RuleViolation
from acsa_desk.core.people import Ability, can, normalize_login, same_person
from acsa_desk.db.models import AppUser, LedgerSetting, Order, Settlement, SettlementApproval
from acsa_desk.services import users

# Settlements up to this id were recorded before approvals were required (migration 0009).
GRANDFATHERED = "settlements_approved_before"


def _shown(session: Session, login: str) -> str:
    return users.display_names(session=session, logins=[login]).get(login, login)


def require_certifier(session: Session, *, login: str, entered_by: str, verb: str,
                      record: str) -> AppUser:
    """The officer ``login`` if they may ``verb`` (sign, approve) ``record`` entered by
    ``entered_by``; otherwise a refusal saying who may."""
    what = {"sign": "sign orders for our side", "approve": "approve settlements"}.get(verb, verb)
    user = users.require(session=session, login=login, ability=Ability.CERTIFY, what=what)
    if same_person(user.login, entered_by):
        others = [users.describe(u) for u in
                  users.certifying_officers(session=session, excluding=entered_by)]
        hint = (f"{verb} as {' or '.join(others)}" if others else
                "this ledger has no other officer: an admin adds one (Preferences > Users, "
                "or acsa-desk user add LOGIN --role officer)")
        subject = record
        raise RuleViolation("four_eyes", f"four eyes: {_shown(session, entered_by)} entered "
                                         f"{subject}, so another officer must {verb} it: {hint}")
    return user


def _awaiting() -> Select[tuple[int]]:
    """Order ids of settlements awaiting approval (a reversal, and a settlement reversed,
    need none: the pair nets to nothing)."""
    reversed_ids = select(Settlement.reverses_id).where(Settlement.reverses_id.is_not(None))  # type: ignore[union-attr]
    before = select(func.coalesce(func.max(cast(LedgerSetting.value, Integer)), 0)).where(
        LedgerSetting.key == GRANDFATHERED).scalar_subquery()
    return (select(Settlement.order_id)
            .outerjoin(SettlementApproval, SettlementApproval.settlement_id == Settlement.id)
            .where(SettlementApproval.id.is_(None), Settlement.reverses_id.is_(None),  # type: ignore[union-attr]
                   Settlement.id.not_in(reversed_ids), Settlement.id > before))  # type: ignore[union-attr, operator]


def pending_approvals(session: Session, order_id: int) -> int:
    """How many of the order's settlements await our side's approval."""
    waiting = _awaiting().where(Settlement.order_id == order_id).subquery()
    return int(session.scalar(select(func.count()).select_from(waiting)) or 0)


def require_nothing_pending(session: Session, order: Order, action: str) -> None:
    waiting = pending_approvals(session, order.id or 0)
    if waiting:
        raise RuleViolation("approval", f"order {order.number} cannot be {action} while "
                                        f"{waiting} settlement(s) await approval: an officer "
                                        "approves them first")


def ledger_violations(session: Session, *, limit: int = 20) -> list[str]:
    """Every breach of the four-eyes rules in the ledger (first ``limit``), for verify."""
    problems: list[str] = []
    roles = {u.login: u for u in session.scalars(select(AppUser))}

    def certifier_problem(login: str) -> str | None:
        user = roles.get(normalize_login(login))
        if user is None:
            return f"{login} is not a registered user"
        if not can(user.role, Ability.CERTIFY):
            return f"{login} is a {user.role}, not an officer"
        return None

    signed = session.execute(select(Order.number, Order.entered_by, Order.our_official_login)
                             .where(Order.our_official_login.is_not(None)))  # type: ignore[union-attr]
    for number, entered, official in signed:
        if same_person(entered, official):
            problems.append(f"four eyes: order {number} was signed for our side by {official}, "
                            "who entered it")
    approvals = session.execute(
        select(Settlement.id, Order.number, Settlement.recorded_by, SettlementApproval.approved_by)
        .join(SettlementApproval, SettlementApproval.settlement_id == Settlement.id)
        .join(Order, Order.id == Settlement.order_id))
    for sid, number, recorded, approver in approvals:
        if same_person(recorded, approver):
            problems.append(f"four eyes: settlement {sid} of order {number} was approved by "
                            f"{approver}, who entered it")
        elif roles and (why := certifier_problem(approver)):
            problems.append(f"four eyes: settlement {sid} of order {number} was approved by "
                            f"{why}")
    unapproved = _awaiting()
    for (number, status) in session.execute(
            select(Order.number, Order.status).where(
                and_(Order.status.in_([Status.SETTLED.value, Status.CLOSED.value]),  # type: ignore[attr-defined]
                     Order.id.in_(unapproved)))):  # type: ignore[union-attr]
        problems.append(f"four eyes: order {number} is {status} while a settlement awaits "
                        "approval")
    return problems[:limit]
