"""Keying a ledger: the first time a ledger is opened by this version, a new ledger key is
made (acsa_desk/db/keys.py) and named in the chain head; from then on every audit entry
carries a MAC under it. A ledger that already holds rows or entries (made by an earlier
version) gets a baseline first: entries holding every row of every replayed table as it
stands, so that ``verify`` replays from there (entries before it are chained but carry no
MAC, and ``verify`` says so)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import func, select, update

from acsa_desk.db import audit, keys, replay
from acsa_desk.db.models import AuditEntry, AuditHead

if TYPE_CHECKING:
    from acsa_desk.db.engine import Ledger

from acsa_desk.db.schema_version import KEYED_SINCE, keyed_by_schema  # noqa: F401  (re-exported)

BASELINE_CHUNK = 2000


def ensure_keyed(ledger: Ledger) -> None:
    with ledger.reader() as session:
        if session.scalar(select(AuditHead.key_id).where(AuditHead.id == 1)):
            return
    with ledger.session() as session:
        connection = session.connection()
        head = connection.execute(select(AuditHead.last_id, AuditHead.key_id)
                                  .where(AuditHead.id == 1).with_for_update()).one()
        if head[1]:
            return  # keyed meanwhile by another program
        if session.scalar(select(func.count()).select_from(AuditEntry)
                          .where(AuditEntry.mac != "")):
            return  # entries under a key whose id was removed: verify reports it, never re-key
        key_id, secret = keys.create()
        first = int(head[0]) + 1
        connection.execute(update(AuditHead).where(AuditHead.id == 1)
                           .values(key_id=key_id, keyed_from=first))
        wrote = False
        for shape in replay.shapes().values():
            rows = [dict(r) for r in connection.execute(
                select(shape.table).order_by(*shape.table.primary_key.columns)).mappings()]
            for start in range(0, len(rows), BASELINE_CHUNK):
                chunk = rows[start:start + BASELINE_CHUNK]
                audit.append(session, [audit.Change(
                    "baseline", shape.name, replay.BASELINE, None,
                    {audit.CHILDREN: {shape.name: chunk}})])
                wrote = True
        if not wrote:
            audit.seal_head(session, secret)
