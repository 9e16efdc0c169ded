"""The entries an append adds to the audit chain, and the head it leaves: the one place that
makes them, free of SQLAlchemy, so that ``db.audit.append`` (any database, through the unit of
work) and the fast path of ``export-finance`` (``cli/lean_export.py``, sqlite3) write the same.

The caller reads the head (locked for its transaction), gives the changes with the stamp and
the actor, and writes back the rows and the head that :func:`chain` returns.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from acsa_desk.db import keys
from acsa_desk.db.audit_format import entry_hash, pack

GENESIS = "0" * 64
#: The head's columns as :func:`chain` reads them (``audit_head``, its one row ``id = 1``).
HEAD_COLUMNS = ("last_id", "hash", "key_id", "keyed_from")
ENTRY_COLUMNS = ("id", "at", "actor", "entity", "entity_id", "action", "before", "after",
                 "packed", "prev_hash", "hash", "mac")


@dataclass(frozen=True, slots=True)
class Change:
    entity: str
    entity_id: str
    action: str  # insert, update, delete
    before: Mapping[str, Any] | None
    after: Mapping[str, Any] | None


@dataclass(frozen=True, slots=True)
class Chained:
    """The rows to insert into ``audit_entry`` and the head's new values."""

    rows: list[dict[str, Any]]
    last_id: int
    hash: str
    key_id: str
    keyed_from: int
    mac: str  # the head's MAC ("" when the ledger is not keyed)

    def head(self) -> dict[str, Any]:
        return {"last_id": self.last_id, "hash": self.hash, "key_id": self.key_id,
                "keyed_from": self.keyed_from, "mac": self.mac}


def head_message(last_id: int, head_hash: str, key_id: str, keyed_from: int) -> str:
    return f"head\x1f{last_id}\x1f{head_hash}\x1f{key_id}\x1f{keyed_from}"


def head_mac(secret: bytes | None, last_id: int, head_hash: str, key_id: str,
             keyed_from: int) -> str:
    return (keys.mac(secret, head_message(last_id, head_hash, key_id, keyed_from))
            if secret is not None and keyed_from else "")


def chain(head: Sequence[Any], changes: Sequence[Change], *, at: str, actor: str) -> Chained:
    """The entries of ``changes`` after ``head`` (its :data:`HEAD_COLUMNS`), stamped ``at``
    by ``actor``. Under the ledger key every entry carries its MAC; a machine without the key
    cannot write (``keys.require`` refuses)."""
    last_id, prev, key_id, keyed_from = int(head[0]), str(head[1]), str(head[2]), int(head[3])
    secret = keys.require(key_id) if key_id else None
    rows = []
    for change in changes:
        last_id += 1
        # Format 2 (acsa_desk/db/audit_format.py): the texts stay empty, the payload is packed.
        packed = pack(change.action, change.before, change.after)
        digest = entry_hash(prev, last_id, at, actor, change.entity, change.entity_id,
                            change.action, "", "", packed)
        rows.append({"id": last_id, "at": at, "actor": actor, "entity": change.entity,
                     "entity_id": change.entity_id, "action": change.action, "before": "",
                     "after": "", "packed": packed, "prev_hash": prev, "hash": digest,
                     "mac": keys.mac(secret, digest) if secret is not None else ""})
        prev = digest
    return Chained(rows, last_id, prev, key_id, keyed_from,
                   head_mac(secret, last_id, prev, key_id, keyed_from))


def append_sqlite(con: Any, changes: Sequence[Change], *, actor: str) -> str:
    """``db.audit.append`` on a plain sqlite3 connection inside its BEGIN IMMEDIATE (the write
    lock already held, so the head cannot move meanwhile); returns the new head."""
    from acsa_desk.db.identity import now

    head = con.execute(f"SELECT {', '.join(HEAD_COLUMNS)} FROM audit_head WHERE id = 1").fetchone()
    if head is None:
        raise sqlite3.DatabaseError("the audit chain has no head")
    done = chain(head, changes, at=now().isoformat(timespec="microseconds"), actor=actor)
    names = ", ".join(f'"{name}"' for name in ENTRY_COLUMNS)
    marks = ", ".join("?" for _ in ENTRY_COLUMNS)
    con.executemany(f'INSERT INTO "audit_entry" ({names}) VALUES ({marks})',
                    [tuple(row[name] for name in ENTRY_COLUMNS) for row in done.rows])
    values = done.head()
    con.execute("UPDATE audit_head SET " + ", ".join(f"{name} = :{name}" for name in values)
                + " WHERE id = 1", values)
    return done.hash
