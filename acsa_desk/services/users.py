"""The users of a ledger: who they are (login, name, rank, appointment), their role, and
whether they may act. Logins are kept and compared normalised (acsa_desk.core.people).

``require_role`` / ``require`` are the one check every service, the window and the command
line call before an action that needs a role (see Ability in acsa_desk.core.people).

Only an admin adds users, changes roles and deactivates (each change is audited as any row
is). On PostgreSQL the same calls also change the server: the user's login role is created
in its group (``acsa_clerk``, ``acsa_officer``, ``acsa_auditor``, ``acsa_admin``), moved to
another, or refused the connection, in the same transaction, through the owner's function
``acsa_manage_login`` (acsa_desk.db.pg_roles), which the server lets only admins call.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from acsa_desk.core.errors import RuleViolation
from acsa_desk.core.people import (
    REFUSALS,
    Ability,
    Role,
    can,
    check_login,
    normalize_login,
    parse_role,
    shown_name,
)
from acsa_desk.db import pg_roles, users_sql
from acsa_desk.db.models import AppUser

__all__ = [
    "Ability",
    "Role",
    "active_users",
    "add_user",
    "certifying_officers",
    "deactivate",
    "describe",
    "display_names",
    "ensure_first_user",
    "get_user",
    "list_users",
    "require",
    "require_role",
    "save_user",
    "set_role",
]


def find_user(*, session: Session, login: str) -> AppUser | None:
    """The registered user of that login (any case or width), or None."""
    return session.get(AppUser, normalize_login(login)) if login.strip() else None


def get_user(*, session: Session, login: str) -> AppUser:
    """The user's profile; an unknown login is shown by its login name."""
    return find_user(session=session, login=login) or AppUser(login=login, display_name=login,
                                                              role="", active=False)


def list_users(*, session: Session) -> list[AppUser]:
    return list(session.scalars(select(AppUser).order_by(AppUser.login)))


def active_users(*, session: Session) -> list[AppUser]:
    return list(session.scalars(select(AppUser).where(AppUser.active.is_(True))  # type: ignore[attr-defined]
                                .order_by(AppUser.login)))


def count_active(*, session: Session) -> int:
    return users_sql.count_active(users_sql.session_run(session))


def certifying_officers(*, session: Session, excluding: str | None = None) -> list[AppUser]:
    """Active users who may sign and approve for our side (chosen, never typed), other than
    ``excluding`` (who entered the record)."""
    skip = normalize_login(excluding) if excluding else None
    return [u for u in active_users(session=session)
            if can(u.role, Ability.CERTIFY) and u.login != skip]


def describe(user: AppUser) -> str:
    return shown_name(user.login, user.display_name, user.rank)


def display_names(*, session: Session, logins: Iterable[str] | None = None) -> dict[str, str]:
    """Rank and name of each registered login (keyed by the login as given); unknown logins
    are left out, so callers show them as recorded."""
    wanted = None if logins is None else {normalize_login(x): x for x in logins if x}
    stmt = select(AppUser)
    if wanted is not None:
        if not wanted:
            return {}
        stmt = stmt.where(AppUser.login.in_(list(wanted)))  # type: ignore[attr-defined]
    found = {u.login: describe(u) for u in session.scalars(stmt)}
    if wanted is None:
        return found
    return {given: found[normal] for normal, given in wanted.items() if normal in found}


def require(*, session: Session, login: str, ability: Ability, what: str) -> AppUser:
    """The active user ``login`` if their role allows ``ability``; otherwise a refusal that
    says who may (``what`` is the action: "approve settlements")."""
    user = find_user(session=session, login=login)
    if (user is None or not user.active) and count_active(session=session) == 0:
        user = ensure_first_user(session=session, login=login)  # a new ledger's first user
    if user is None or not user.active:
        state = "is not a user of this ledger" if user is None else "is no longer active"
        raise RuleViolation("role", f"{login} {state}, so cannot {what}")
    if not can(user.role, ability):
        raise RuleViolation("role", REFUSALS[ability].format(what=what))
    return user


def require_role(session: Session, login: str, role: str | Role, what: str = "do this") -> AppUser:
    """Refuses unless ``login`` is an active user with ``role`` or a role that includes it
    (admin includes officer, officer includes clerk). For admin-only actions:
    ``require_role(session, actor, Role.ADMIN, "change the markings")``."""
    wanted = parse_role(str(role))
    ability = {Role.CLERK: Ability.ENTER, Role.OFFICER: Ability.CERTIFY,
               Role.ADMIN: Ability.MANAGE, Role.AUDITOR: Ability.READ}[wanted]
    return require(session=session, login=login, ability=ability, what=what)


def may_write(*, session: Session, login: str) -> bool:
    """Whether ``login`` may change the ledger: any role but auditor (an unregistered login
    on a ledger without users is its first user)."""
    user = find_user(session=session, login=login)
    if user is None:
        return count_active(session=session) == 0
    return user.active and can(user.role, Ability.ENTER)


def ensure_first_user(*, session: Session, login: str, display_name: str = "") -> AppUser | None:
    """A ledger without an active user makes ``login`` its admin (the first user of a new
    ledger; on an upgraded ledger, whoever opens it first). Returns the new admin, if any."""
    if count_active(session=session) > 0:
        return None
    normal = check_login(login)
    user = session.get(AppUser, normal)
    if user is None:
        user = AppUser(login=normal, display_name=display_name.strip() or login.strip())
        session.add(user)
    user.role, user.active = Role.ADMIN.value, True
    session.flush()
    return user


def save_user(*, session: Session, login: str, display_name: str = "", rank: str = "",
              appointment: str = "") -> AppUser:
    """Sets how a user is named (a new login is registered as an active clerk)."""
    normal = check_login(login)
    user = session.get(AppUser, normal)
    if user is None:
        user = AppUser(login=normal)
        session.add(user)
    user.display_name = display_name.strip()
    user.rank = rank.strip()
    user.appointment = appointment.strip()
    session.flush()
    return user


def add_user(*, session: Session, login: str, role: str, by: str, display_name: str = "",
             rank: str = "", appointment: str = "", server_password: str | None = None
             ) -> AppUser:
    """An admin registers a user (or re-activates a recorded one with a new role); on
    PostgreSQL also their login role, in its group (``server_password``: its password, kept
    by the server as SCRAM; None for the server's own methods, e.g. certificates)."""
    require(session=session, login=by, ability=Ability.MANAGE, what="add users")
    normal = check_login(login)
    parsed = parse_role(role)
    user = session.get(AppUser, normal)
    if user is not None and user.active:
        raise RuleViolation("login", f"{normal} is already a user of this ledger")
    if user is None:
        user = AppUser(login=normal)
        session.add(user)
    user.display_name = display_name.strip() or user.display_name or login.strip()
    user.rank = rank.strip() or user.rank
    user.appointment = appointment.strip() or user.appointment
    user.role, user.active = parsed.value, True
    session.flush()
    pg_roles.manage_login(session, user.login, group_of=parsed.value, password=server_password,
                          active=True)
    return user


def _other_admins(session: Session, login: str) -> int:
    return sum(1 for u in active_users(session=session)
               if u.role == Role.ADMIN.value and u.login != login)


def set_role(*, session: Session, login: str, role: str, by: str) -> AppUser:
    require(session=session, login=by, ability=Ability.MANAGE, what="change roles")
    parsed = parse_role(role)
    user = _registered(session, login)
    if user.role == Role.ADMIN.value and parsed != Role.ADMIN and not _other_admins(session,
                                                                                  user.login):
        raise RuleViolation("role", f"{user.login} is the ledger's last admin: make another "
                                    "user admin first")
    user.role = parsed.value
    session.flush()
    pg_roles.manage_login(session, user.login, group_of=parsed.value)
    return user


def deactivate(*, session: Session, login: str, by: str) -> AppUser:
    """The user can no longer act; everything they recorded stays theirs."""
    require(session=session, login=by, ability=Ability.MANAGE, what="deactivate users")
    user = _registered(session, login)
    if user.role == Role.ADMIN.value and not _other_admins(session, user.login):
        raise RuleViolation("active", f"{user.login} is the ledger's last admin: make another "
                                      "user admin first")
    user.active = False
    session.flush()
    pg_roles.manage_login(session, user.login, active=False)
    return user


def _registered(session: Session, login: str) -> AppUser:
    user = find_user(session=session, login=login)
    if user is None:
        raise RuleViolation("login", f"{login} is not a user of this ledger")
    return user
