"""The users' table read in plain SQL (no ORM model, no SQLAlchemy): what the window needs to
know who is working before it paints, without importing ``db.models`` or SQLAlchemy (issue
16, goal 1).

Each function runs its SQL through ``run(sql, params) -> rows`` (``db.actor_guard.Run``): a
unit of work's session (:func:`session_run`) or a plain connection
(``Ledger.sql_reader``, sqlite3 before the window's first paint). The tables are the ones
``db.models`` defines (``AppUser``, ``UserSecret``); only the columns read here are named.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from acsa_desk.db.actor_guard import ACTIVE_USERS, Run, session_run  # noqa: F401  (re-exported)

_USER_ROWS = "SELECT login, display_name, rank, role, active FROM app_user ORDER BY login"
_WITH_PASSPHRASE = "SELECT login FROM user_secret WHERE passphrase_hash != ''"


@dataclass(frozen=True)
class UserRow:
    login: str
    display_name: str
    rank: str
    role: str
    active: bool


def count_active(run: Run) -> int:
    """How many users are active (the SQL of ``db.actor_guard``, the writers' check)."""
    return int(run(ACTIVE_USERS, {"active": True})[0][0] or 0)


def user_rows(run: Run) -> list[UserRow]:
    """Every registered user, by login."""
    return [UserRow(str(login), display_name or "", rank or "", str(role), bool(active))
            for login, display_name, rank, role, active in run(_USER_ROWS, {})]


def with_passphrase(run: Run, logins: Iterable[str] | None = None) -> set[str]:
    """The logins (of ``logins``, default all) that have a passphrase (SQLite ledgers only: on
    PostgreSQL no application role may read the secrets)."""
    found = {str(row[0]) for row in run(_WITH_PASSPHRASE, {})}
    return found if logins is None else found & set(logins)
