"""The audit trail as the History page shows it (Qt-free; runs in a worker thread)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo

from sqlalchemy import func, select

from acsa_desk.db import audit, audit_format
from acsa_desk.db.engine import Ledger
from acsa_desk.db.models import AuditEntry

#: Fields left out of the one-line summary of a change (they change with everything).
_NOISE = frozenset({"version", "updated_at", "updated_by", "created_at", "recorded_at", "+"})
#: Fields that say which record it is come first in the summary.
_FIRST = ("number", "name", "key", "value", "code", "login", "order_id", "line_no", "status",
          "from_status", "to_status", "method", "amount_minor", "quantity", "currency", "partner_code",
          "description", "reason")
#: The primary key columns, for entries written without the record's id.
_KEYS = ("id", "key", "code", "login")


def _ordered(keys: object) -> list[str]:
    names = [str(k) for k in keys]  # type: ignore[attr-defined]
    first = [k for k in _FIRST if k in names]
    return first + sorted(k for k in names if k not in first)


def local_time_text(at: str, zone: tzinfo | None = None) -> str:
    """An ISO 8601 time as stored (UTC) shown in local time with its zone, ISO-ordered so that
    officers of two nations read the same form: ``2026-12-02 15:09:14 JST (UTC+09:00)``."""
    try:
        moment = datetime.fromisoformat(at)
    except ValueError:
        return at
    if moment.tzinfo is None:  # written without an offset: the ledger's times are UTC
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone(zone)
    offset = local.strftime("%z") or "+0000"
    utc = f"UTC{offset[:3]}:{offset[3:5]}"
    name = local.tzname() or ""
    shown = local.strftime("%Y-%m-%d %H:%M:%S")
    if offset == "+0000" and name in ("UTC", "GMT", "Z", ""):
        return f"{shown} UTC"
    if not name or name[0] in "+-" or name.startswith("UTC"):
        return f"{shown} {utc}"
    return f"{shown} {name} ({utc})"


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: str  # ISO 8601 UTC as stored
    actor: str
    entity: str
    entity_id: str
    action: str
    before: str
    after: str

    def record_id(self) -> str:
        """The record's key (from the stored row when the entry was written without it)."""
        if self.entity_id:
            return self.entity_id
        row = _fields(self.after) or _fields(self.before)
        for key in _KEYS:
            if row.get(key) not in (None, ""):
                return str(row[key])
        return ""

    def local_time(self, zone: tzinfo | None = None) -> str:
        """When, in the computer's time zone (or ``zone``) with the zone shown:
        ``2026-12-02 15:09:14 JST (UTC+09:00)``; the stored text if it is not a time."""
        return local_time_text(self.at, zone)

    def summary(self, width: int = 160) -> str:
        """The change on one line: ``status: delivered → invoiced`` or the new record's fields."""
        before, after = _fields(self.before), _fields(self.after)
        if self.action == "update":
            parts = [f"{k}: {_short(before.get(k))} → {_short(after.get(k))}"
                     for k in _ordered(after) if k not in _NOISE]
        else:
            values = after if self.action == "insert" else before
            parts = [f"{k}={_short(values[k])}" for k in _ordered(values)
                     if k not in _NOISE and k != "id" and values[k] not in (None, "")]
        text = "; ".join(parts)
        return text if len(text) <= width else text[: width - 1] + "…"

    def details(self) -> str:
        """Before and after in full, for a tooltip."""
        lines = []
        if self.before:
            lines.append("before: " + _pretty(self.before))
        if self.after:
            lines.append("after: " + _pretty(self.after))
        return "\n".join(lines)


def _fields(text: str) -> dict[str, object]:
    if not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {"?": text}
    return value if isinstance(value, dict) else {"?": value}


def _short(value: object, width: int = 40) -> str:
    text = "∅" if value is None else str(value)
    return text if len(text) <= width else text[: width - 1] + "…"


def _pretty(text: str) -> str:
    return ", ".join(f"{k}={v}" for k, v in sorted(_fields(text).items()))


@dataclass(frozen=True)
class HistoryFilter:
    entity: str | None = None
    actor: str = ""  # part of the login, any case


def page_audit(ledger: Ledger, flt: HistoryFilter, *, offset: int, limit: int) -> list[AuditRow]:
    """Audit entries newest first, filtered and paged by the database."""
    stmt = select(
        AuditEntry.id, AuditEntry.at, AuditEntry.actor, AuditEntry.entity, AuditEntry.entity_id,
        AuditEntry.action, AuditEntry.before, AuditEntry.after, AuditEntry.packed,
    )
    if flt.entity:
        stmt = stmt.where(AuditEntry.entity == flt.entity)
    if flt.actor.strip():
        stmt = stmt.where(func.lower(AuditEntry.actor).like(f"%{flt.actor.strip().lower()}%"))
    stmt = stmt.order_by(AuditEntry.id.desc()).offset(offset).limit(limit)  # type: ignore[union-attr]
    with ledger.reader() as session:
        return [AuditRow(*row[:6], *audit_format.texts(row[6], row[7], row[8]))
                for row in session.execute(stmt)]


def entities(ledger: Ledger) -> list[str]:
    with ledger.reader() as session:
        return sorted(str(e) for e in session.scalars(select(AuditEntry.entity).distinct()))


def verify_chain(ledger: Ledger) -> audit.VerifyReport:
    """The whole verify, with every anchor written down beside the ledger."""
    from acsa_desk.services import integrity
    from acsa_desk.services.integrity import file_anchors

    wanted = file_anchors(ledger)
    with ledger.reader() as session:
        return integrity.verify(session, anchors=wanted)
