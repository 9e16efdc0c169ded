"""People using the ledger: identified by their operating-system login by default."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from acsa_desk.core.errors import RuleViolation
from acsa_desk.db.models import AppUser


def save_user(*, session: Session, login: str, display_name: str = "", rank: str = "",
              appointment: str = "") -> AppUser:
    if not login.strip():
        raise RuleViolation("login", "a user needs a login name")
    user = session.get(AppUser, login.strip())
    if user is None:
        user = AppUser(login=login.strip())
        session.add(user)
    user.display_name = display_name.strip()
    user.rank = rank.strip()
    user.appointment = appointment.strip()
    session.flush()
    return user


def get_user(*, session: Session, login: str) -> AppUser:
    """The user's profile; an unknown login is shown by its login name."""
    return session.get(AppUser, login) or AppUser(login=login, display_name=login)


def list_users(*, session: Session) -> list[AppUser]:
    return list(session.scalars(select(AppUser).order_by(AppUser.login)))


def describe(user: AppUser) -> str:
    name = user.display_name or user.login
    return f"{user.rank} {name}".strip()
