"""The users' table read in plain SQL (SQLAlchemy Core, no ORM model): what the window needs
to know who is working before it paints, without importing ``db.models`` (issue 16, goal 1).

The tables are the ones ``db.models`` defines (``AppUser``, ``UserSecret``); only the columns
read here are named.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Boolean, String, column, select, table, text
from sqlalchemy.orm import Session

from acsa_desk.db.actor_guard import ACTIVE_USERS

USERS = table("app_user", column("login", String), column("display_name", String),
              column("rank", String), column("role", String), column("active", Boolean))
SECRETS = table("user_secret", column("login", String), column("passphrase_hash", String))


@dataclass(frozen=True)
class UserRow:
    login: str
    display_name: str
    rank: str
    role: str
    active: bool


def count_active(session: Session) -> int:
    """How many users are active (the SQL of ``db.actor_guard``, the writers' check)."""
    return int(session.execute(text(ACTIVE_USERS), {"active": True}).scalar() or 0)


def user_rows(session: Session) -> list[UserRow]:
    """Every registered user, by login."""
    return [UserRow(str(r.login), r.display_name or "", r.rank or "", str(r.role), bool(r.active))
            for r in session.execute(select(USERS.c.login, USERS.c.display_name, USERS.c.rank,
                                            USERS.c.role, USERS.c.active)
                                     .order_by(USERS.c.login))]


def with_passphrase(session: Session, logins: Iterable[str] | None = None) -> set[str]:
    """The logins (of ``logins``, default all) that have a passphrase (SQLite ledgers only: on
    PostgreSQL no application role may read the secrets)."""
    stmt = select(SECRETS.c.login).where(SECRETS.c.passphrase_hash != "")
    if logins is not None:
        stmt = stmt.where(SECRETS.c.login.in_(list(logins)))
    return {str(login) for login in session.scalars(stmt)}
