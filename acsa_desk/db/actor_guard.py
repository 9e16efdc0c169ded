"""The one check every writing unit of work makes first: a registered user who is an
auditor, or is no longer active, changes nothing (a ledger without any active user is
being given its first one, so it is let through).

Plain SQL run by the caller (``run(sql, params) -> rows``), so that the unit of work
(``refuse_readers``, through SQLAlchemy) and the fast path of ``export-finance``
(``cli/lean_export.py``, sqlite3) make the very same check; importing this module loads
neither SQLAlchemy nor the ORM models.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from acsa_desk.core.errors import RuleViolation
from acsa_desk.core.people import Role, normalize_login

Run = Callable[[str, Mapping[str, Any]], Sequence[Sequence[Any]]]
_USER = "SELECT role, active FROM app_user WHERE login = :login"
#: How many users are active (``users_sql.count_active`` runs it too).
ACTIVE_USERS = "SELECT COUNT(*) FROM app_user WHERE active = :active"


def refuse(run: Run, actor: str) -> None:
    """Raises RuleViolation when ``actor`` may change nothing in this ledger."""
    rows = run(_USER, {"login": normalize_login(actor)})
    if not rows:
        return
    role, active = rows[0]
    if active and role != Role.AUDITOR.value:
        return
    if not active:
        if not run(ACTIVE_USERS, {"active": True})[0][0]:
            return
        raise RuleViolation("role", f"{actor} is no longer an active user of this ledger, so "
                                    "changes nothing")
    raise RuleViolation("role", "an auditor reads the ledger and changes nothing")


def session_run(session: Any) -> Run:
    """``run`` over a SQLAlchemy session (its unit of work's connection)."""
    from sqlalchemy import text

    return lambda sql, params: session.execute(text(sql), params).all()


def refuse_readers(session: Any, actor: str) -> None:
    """:func:`refuse` on a unit of work's session."""
    refuse(session_run(session), actor)
