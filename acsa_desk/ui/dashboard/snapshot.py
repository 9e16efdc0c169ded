"""The dashboard's last figures, kept per ledger so that the window opens with them at once.

Reading the figures costs more as the ledger grows (half a second at 100,000 orders, the
audit-exceptions count far more); the window must not. When the dashboard has shown fresh
figures it keeps them in a small JSON file, with the ledger's content fingerprint
(``db.backup.content_fingerprint``: the audit chain's head and each table's highest rowid,
read in milliseconds whatever the size). At the next start, if the ledger's fingerprint is
still that one (nothing was written to it since), the dashboard paints those figures at once,
says they are the last ones shown and being refreshed, and reads them again in the background.
A ledger changed since (another copy of the program, an import from the command line) shows
no snapshot: its figures are read first.

Qt-free. The snapshot holds what a plain backup holds, so it is written only where the ledger's
rotated backups are plain (``core.seal_rules.rotated_plan`` is None): a ledger whose backups are
sealed keeps no figures outside itself. Files are owner-only, in an owner-only folder beside
the user's settings.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from acsa_desk.services.ledger_sql import AgeingRow, Balance, OverdueOrder, WaitingCounts
from acsa_desk.ui import summary as ledger_summary
from acsa_desk.ui.dashboard.figures import DashboardData
from acsa_desk.ui.summary import LedgerSummary

if TYPE_CHECKING:
    from acsa_desk.ui.settings import Settings

log = logging.getLogger(__name__)

#: Bumped when the file's shape changes (an older file is then ignored). 2: with the ledger
#: summary (marking and counts), so that the kept figures paint before the ORM is imported.
VERSION = 2


@dataclass(frozen=True)
class Snapshot:
    fingerprint: str
    #: When the figures were read (UTC).
    saved_at: datetime
    data: DashboardData
    #: The ledger's marking and counts, read at the same fingerprint as the figures.
    summary: LedgerSummary


def snapshot_folder(settings: Settings) -> Path:
    """Where the dashboard keeps its last figures: beside the user's settings file (a test's
    temporary settings keep them in its own folder)."""
    return Path(settings.store.fileName()).parent / "dashboard"


def snapshot_file(folder: Path, ledger_path: Path) -> Path:
    """The snapshot of the ledger at ``ledger_path`` (one file per ledger, named by a digest
    of its resolved path: the folder names no ledger)."""
    digest = hashlib.sha256(str(ledger_path.resolve()).encode("utf-8")).hexdigest()[:24]
    return folder / f"{digest}.json"


def fingerprint(ledger_path: Path) -> str | None:
    from acsa_desk.db.backup import content_fingerprint

    return content_fingerprint(ledger_path)


def may_keep(ledger_path: Path) -> bool:
    """Whether figures of this ledger may be kept outside it: its rotated backups are plain."""
    from acsa_desk.core.seal_rules import rotated_plan
    from acsa_desk.db.backup import _protection_settings

    try:
        return rotated_plan(_protection_settings(ledger_path)) is None
    except Exception:  # a refused policy ("always" without a key): keep nothing
        return False


def load(folder: Path, ledger_path: Path, current: str | None) -> Snapshot | None:
    """The snapshot of the ledger if it was taken of its content ``current`` (its fingerprint
    now); None when there is none, it is unreadable, or the ledger changed since."""
    if current is None:
        return None
    path = snapshot_file(folder, ledger_path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if raw.get("version") != VERSION or raw.get("fingerprint") != current:
            return None
        return Snapshot(fingerprint=current, saved_at=datetime.fromisoformat(raw["saved_at"]),
                        data=decode(raw["data"]), summary=ledger_summary.decode(raw["summary"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("dashboard snapshot %s unreadable (%s); ignored", path, exc)
        return None


def save(folder: Path, ledger_path: Path, snapshot: Snapshot) -> Path | None:
    """Keeps ``snapshot`` (atomically, owner-only); removes the ledger's snapshot instead when
    its figures may not be kept. Returns the file written, or None."""
    path = snapshot_file(folder, ledger_path)
    if not may_keep(ledger_path):
        path.unlink(missing_ok=True)
        return None
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    text = json.dumps({"version": VERSION, "fingerprint": snapshot.fingerprint,
                       "saved_at": snapshot.saved_at.isoformat(),
                       "data": encode(snapshot.data),
                       "summary": ledger_summary.encode(snapshot.summary)}, separators=(",", ":"))
    part = path.with_name(f".{path.name}.{os.getpid()}.part")
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        part.replace(path)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return path


def with_audit_count(data: DashboardData, count: int | None) -> DashboardData:
    return replace(data, audit_exceptions=count)


# --- the figures as JSON (exact integers, ISO dates) ---------------------------------------


def encode(data: DashboardData) -> dict[str, Any]:
    def late(o: OverdueOrder) -> list[Any]:
        return [o.order_id, o.order_number, o.partner, o.currency, o.direction,
                o.outstanding_minor, o.overdue_minor, o.delivered_on.isoformat()]

    w = data.waiting
    return {
        "as_of": data.as_of.isoformat(),
        "balances": [[b.partner, b.currency, b.receivable_minor, b.payable_minor, b.exercise]
                     for b in data.balances],
        "ageing": [[a.partner, a.currency, a.direction, list(a.buckets_minor)] for a in data.ageing],
        "overdue": [late(o) for o in data.overdue],
        "overdue_count": data.overdue_count,
        "due_soon": [late(o) for o in data.due_soon],
        "due_soon_count": data.due_soon_count,
        "due_soon_ids": list(data.due_soon_ids),
        "waiting": [w.awaiting_signatures, w.delivered_without_signatures,
                    w.delivered_not_invoiced, w.invoiced_unsettled, w.settled_not_closed],
        "last_reconciled": {p: [at.isoformat(), by] for p, (at, by) in data.last_reconciled.items()},
        "audit_exceptions": data.audit_exceptions,
    }


def decode(raw: dict[str, Any]) -> DashboardData:
    def late(r: list[Any]) -> OverdueOrder:
        return OverdueOrder(order_id=int(r[0]), order_number=str(r[1]), partner=str(r[2]),
                            currency=str(r[3]), direction=str(r[4]), outstanding_minor=int(r[5]),
                            overdue_minor=int(r[6]), delivered_on=date.fromisoformat(r[7]))

    buckets = [tuple(int(x) for x in r[3]) for r in raw["ageing"]]
    if any(len(b) != 4 for b in buckets):
        raise ValueError("ageing buckets")
    audit = raw.get("audit_exceptions")
    return DashboardData(
        as_of=date.fromisoformat(raw["as_of"]),
        balances=tuple(Balance(partner=str(p), currency=str(c), receivable_minor=int(r),
                               payable_minor=int(pay), exercise=None if e is None else str(e))
                       for p, c, r, pay, e in raw["balances"]),
        ageing=tuple(AgeingRow(partner=str(r[0]), currency=str(r[1]), direction=str(r[2]),
                               buckets_minor=b)  # type: ignore[arg-type]
                     for r, b in zip(raw["ageing"], buckets, strict=True)),
        overdue=tuple(late(r) for r in raw["overdue"]),
        overdue_count=int(raw["overdue_count"]),
        due_soon=tuple(late(r) for r in raw["due_soon"]),
        due_soon_count=int(raw["due_soon_count"]),
        due_soon_ids=tuple(int(i) for i in raw["due_soon_ids"]),
        waiting=WaitingCounts(*(int(x) for x in raw["waiting"])),
        last_reconciled={str(p): (datetime.fromisoformat(at), str(by))
                         for p, (at, by) in raw["last_reconciled"].items()},
        audit_exceptions=None if audit is None else int(audit),
    )
