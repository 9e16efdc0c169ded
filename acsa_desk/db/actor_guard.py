"""The one check every writing unit of work makes first: a registered user who is an
auditor, or is no longer active, changes nothing (a ledger without any active user is
being given its first one, so it is let through)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from acsa_desk.core.errors import RuleViolation
from acsa_desk.core.people import Role, normalize_login
from acsa_desk.db.models import AppUser


def refuse_readers(session: Session, actor: str) -> None:
    row = session.execute(select(AppUser.role, AppUser.active)
                          .where(AppUser.login == normalize_login(actor))).first()
    if row is None:
        return
    role, active = row
    if active and role != Role.AUDITOR.value:
        return
    if not active:
        anyone = session.scalar(select(func.count()).select_from(AppUser)
                                .where(AppUser.active.is_(True)))  # type: ignore[attr-defined]
        if not anyone:
            return
        raise RuleViolation("role", f"{actor} is no longer an active user of this ledger, so "
                                    "changes nothing")
    raise RuleViolation("role", "an auditor reads the ledger and changes nothing")
