"""Tamper evidence for the window and the command line: the current anchor, the anchors
written down so far, checking an anchor typed from paper, the ledger key's state."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from acsa_desk.core.errors import DatabaseProblem
from acsa_desk.db import anchors, audit, keys, search_chars, search_index
from acsa_desk.db.models import AuditEntry, AuditHead
from acsa_desk.services import four_eyes

if TYPE_CHECKING:
    from acsa_desk.db.engine import Ledger


def verify(session: Session, *, batch: int = 5000,
           anchors: Iterable[Any] = ()) -> audit.VerifyReport:
    """The whole ``verify`` of the window and the command line: what the database layer
    checks (``db/audit.verify``: chain, MACs, anchors, replay, shipped constraints, totals,
    attachments), then the services' rules over the whole ledger (four eyes), so that a
    rule bypassed by hand is found, and the orders search's index and its character masks
    against the orders. The services sit above the database layer: it is called from here,
    never the other way."""
    report = audit.verify(session, batch=batch, anchors=anchors)
    report.problems.extend(four_eyes.ledger_violations(session))
    report.problems.extend(search_index.problems(session.connection()))
    report.problems.extend(search_chars.problems(session.connection()))
    return report


def current_anchor(session: Session) -> str:
    """``acsa1:<entries>:<hash>`` of the chain's head as the ledger states it now (what
    documents print; ``verify`` proves it)."""
    head = session.execute(select(AuditHead.last_id, AuditHead.hash)
                           .where(AuditHead.id == 1)).one_or_none()
    if head is None:
        return anchors.text(0, audit.GENESIS)
    return anchors.text(int(head[0]), str(head[1]) or audit.GENESIS)


def ledger_key_id(session: Session) -> str:
    return str(session.scalar(select(AuditHead.key_id).where(AuditHead.id == 1)) or "")


@dataclass(frozen=True)
class KeyState:
    key_id: str
    here: bool  # this machine holds the key
    where: Path | None


def key_state(session: Session) -> KeyState:
    key_id = ledger_key_id(session)
    if not key_id:
        return KeyState("", False, None)
    try:
        here = keys.load(key_id) is not None
    except DatabaseProblem:
        here = False
    return KeyState(key_id, here, keys.key_path(key_id))


def written_anchors(path: Path) -> list[str]:
    """The lines of the anchors file (newest last); none when there is no file yet."""
    if not path.exists():
        return []
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def check_anchor(session: Session, value: str) -> str:
    """One anchor (e.g. typed from a printed statement) against the chain as it is now:
    raises DatabaseProblem saying what is wrong, or returns what it proves. Quick: one
    entry, not the whole verify (which also proves the entries since)."""
    anchor = anchors.parse(value)
    if anchor.count == 0:
        if anchor.matches(audit.GENESIS):
            return "the empty ledger's anchor"
        raise DatabaseProblem(f"anchor {anchor}: not the anchor of an empty ledger")
    found = session.scalar(select(AuditEntry.hash).where(AuditEntry.id == anchor.count))
    last = int(session.scalar(select(AuditHead.last_id).where(AuditHead.id == 1)) or 0)
    if found is None:
        raise DatabaseProblem(f"anchor {anchor}: the log has no entry {anchor.count} (it ends "
                              f"at entry {last}): the history was cut short")
    if not anchor.matches(str(found)):
        raise DatabaseProblem(f"anchor {anchor}: entry {anchor.count} now has another hash: "
                              "the history up to it was rewritten")
    return (f"entry {anchor.count} is in the chain with this hash; run Verify to prove the "
            f"{max(last - anchor.count, 0)} entries since")


# --- the window's and the command line's anchor actions (a Ledger, not a session: the anchors
# file lives beside the ledger) -------------------------------------------------------------


def anchors_path(ledger: Ledger) -> Path:
    return anchors.anchors_file(ledger.path, ledger.describe())


def write_anchor(ledger: Ledger, path: Path | None = None) -> str:
    """Appends the current anchor (with the time, UTC) to the anchors file; returns it."""
    from acsa_desk.db.identity import now

    with ledger.reader() as session:
        value = current_anchor(session)
    anchors.append(path or anchors_path(ledger), anchors.parse(value),
                   now().strftime("%Y-%m-%dT%H:%M:%SZ"))
    return value


@dataclass(frozen=True)
class AnchorState:
    current: str
    path: Path
    written: list[str]  # the anchors file's lines, newest first


def anchor_state(ledger: Ledger) -> AnchorState:
    path = anchors_path(ledger)
    with ledger.reader() as session:
        value = current_anchor(session)
    return AnchorState(value, path, list(reversed(written_anchors(path))))


def check_typed_anchor(ledger: Ledger, value: str) -> str:
    with ledger.reader() as session:
        return check_anchor(session, value)


def file_anchors(ledger: Ledger) -> list[anchors.Anchor]:
    """The anchors written down beside the ledger (verify checks them all)."""
    path = anchors_path(ledger)
    return anchors.read_file(path) if path.exists() else []
