"""A reconciliation is a record: saved with who and when, its items acted on one by one.

Saving keeps every item as compared (both sides' figures as JSON) in append-only tables;
each later save for the same partner points at the previous one, so a reopened
reconciliation shows what changed since. An officer acts on an item by:

- **explain**: a reason is recorded (who, when), nothing else changes;
- **dispute**: our figure stands, the reason goes on the reconciliation statement;
- **accept**: their figure is right and ours is corrected through the ordinary rules of
  ``services/orders.py`` (a reversal and a new entry; the order's life steps), each kind of
  difference as ``reconciliation_accept`` describes; what the rules cannot do is refused in
  one line naming what to do, and nothing is changed.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from acsa_desk.core.errors import NotFound, RuleViolation
from acsa_desk.db import audit
from acsa_desk.db.bulk import insert_rows
from acsa_desk.db.models import Reconciliation, ReconciliationAction, ReconciliationItem
from acsa_desk.services.identity import now
from acsa_desk.services.reconciliation import Result, State, known_partner, ours_json, theirs_json
from acsa_desk.services.reconciliation_accept import accept

ACTIONS = ("explain", "accept", "dispute")
CHUNK = 2000


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def save(*, session: Session, result: Result, statement_name: str, statement_sha256: str,
         actor: str) -> Reconciliation:
    """Saves the reconciliation as it stands (items in bulk, each audited)."""
    known_partner(session, result.partner)
    previous = latest(session=session, partner=result.partner)
    record = Reconciliation(
        partner_code=result.partner, statement_name=statement_name[:260],
        statement_sha256=statement_sha256, date_from=result.date_from, date_to=result.date_to,
        statement_rows=result.statement_rows, agreed=result.counts.get(State.AGREED, 0),
        differs=result.counts.get(State.DIFFERS, 0),
        missing_theirs=result.counts.get(State.MISSING_THEIRS, 0),
        missing_ours=result.counts.get(State.MISSING_OURS, 0),
        previous_id=previous.id if previous is not None else None,
        recorded_by=actor, recorded_at=now(),
    )
    session.add(record)
    session.flush()
    rows = [{
        "reconciliation_id": record.id, "item_key": item.key(),
        "order_id": item.ours.id if item.ours is not None else None, "state": item.state,
        "differences": ",".join(item.differences),
        "ours": json.dumps(ours_json(item.ours), ensure_ascii=False) if item.ours else "",
        "theirs": json.dumps(theirs_json(item.theirs), ensure_ascii=False) if item.theirs else "",
    } for item in result.items]
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start:start + CHUNK]
        ids = insert_rows(session, ReconciliationItem.__table__, chunk,  # type: ignore[attr-defined]
                          want_ids=True)
        audit.append_rows(session, "reconciliation_item",
                          [{**row, "id": item_id} for row, item_id in zip(chunk, ids, strict=True)])
    return record


def latest(*, session: Session, partner: str) -> Reconciliation | None:
    return session.scalars(select(Reconciliation).where(Reconciliation.partner_code == partner)
                           .order_by(Reconciliation.id.desc()).limit(1)).first()  # type: ignore[union-attr]


def last_reconciled(*, session: Session) -> dict[str, tuple[datetime, str]]:
    """Per partner, when and by whom it was last reconciled (for the dashboard)."""
    newest = (select(Reconciliation.partner_code, func.max(Reconciliation.id).label("id"))
              .group_by(Reconciliation.partner_code).subquery())
    rows = session.execute(select(Reconciliation.partner_code, Reconciliation.recorded_at,  # type: ignore[call-overload]
                                  Reconciliation.recorded_by)
                           .join(newest, newest.c.id == Reconciliation.id))
    return {str(code): (at, str(by)) for code, at, by in rows}


@dataclass(frozen=True, slots=True)
class ItemView:
    id: int
    key: str
    order_id: int | None
    state: str
    differences: tuple[str, ...]
    ours: dict[str, object] | None
    theirs: dict[str, object] | None
    action: str = ""  # the latest action, "" when none yet
    reason: str = ""
    by: str = ""
    at: datetime | None = None
    since: Since | None = None  # what changed since the previous reconciliation

    @property
    def change(self) -> str:
        """What changed since, in English ("" when nothing)."""
        return self.since.words() if self.since is not None else ""

    @property
    def order_number(self) -> str | None:
        return str(self.ours["order_number"]) if self.ours else None

    @property
    def partner_order_number(self) -> str | None:
        if self.theirs:
            return str(self.theirs["partner_order_number"])
        value = self.ours.get("partner_order_number") if self.ours else ""
        return str(value) if value else None


@dataclass(frozen=True, slots=True)
class RecordView:
    record: Reconciliation
    items: tuple[ItemView, ...]

    def reasons(self) -> dict[str, str]:
        """Per item key, what was decided, for the reconciliation statement."""
        return {i.key: f"{i.action}: {i.reason} ({i.by}, {i.at:%Y-%m-%d})" for i in self.items
                if i.action and i.at is not None}


def load(*, session: Session, reconciliation_id: int) -> RecordView:
    record = session.get(Reconciliation, reconciliation_id)
    if record is None:
        raise NotFound(f"no reconciliation {reconciliation_id:d}")
    items = _items(session, reconciliation_id)
    actions: dict[int, ReconciliationAction] = {}
    ids = [row.id for row in items]
    for start in range(0, len(ids), CHUNK):
        for action in session.scalars(
                select(ReconciliationAction)
                .where(ReconciliationAction.item_id.in_(ids[start:start + CHUNK]))  # type: ignore[attr-defined]
                .order_by(ReconciliationAction.id)):
            actions[action.item_id] = action
    before = ({row.item_key: row for row in _items(session, record.previous_id)}
              if record.previous_id is not None else {})
    views = []
    for row in items:
        assert row.id is not None
        act = actions.get(row.id)
        views.append(ItemView(
            row.id, row.item_key, row.order_id, row.state,
            tuple(d for d in row.differences.split(",") if d),
            json.loads(row.ours) if row.ours else None,
            json.loads(row.theirs) if row.theirs else None,
            act.action if act else "", act.reason if act else "", act.by if act else "",
            act.at if act else None,
            _since(before.get(row.item_key), row) if record.previous_id is not None else None))
    return RecordView(record, tuple(views))


def _items(session: Session, reconciliation_id: int) -> list[ReconciliationItem]:
    return list(session.scalars(select(ReconciliationItem)
                                .where(ReconciliationItem.reconciliation_id == reconciliation_id)
                                .order_by(ReconciliationItem.id)))


@dataclass(frozen=True, slots=True)
class Since:
    """What changed since the previous reconciliation: ``kind`` is ``new`` (not there
    before), ``state`` (it was ``state``, with ``differences``), ``differences`` (the same
    state, other differences: the old ones) or ``figures``."""

    kind: str
    state: str = ""
    differences: tuple[str, ...] = ()

    def words(self) -> str:
        """In English (the window shows its own words from the same values)."""
        listed = ", ".join(self.differences)
        if self.kind == "new":
            return "new since the last reconciliation"
        if self.kind == "state":
            return f"was {self.state}" + (f" ({listed})" if listed else "")
        if self.kind == "differences":
            return f"differences were {listed or 'none'}"
        return "figures changed"


def _since(old: ReconciliationItem | None, new: ReconciliationItem) -> Since | None:
    """What changed since the previous reconciliation (None when nothing)."""
    if old is None:
        return Since("new")
    before = tuple(d for d in old.differences.split(",") if d)
    if old.state != new.state:
        return Since("state", old.state, before)
    if old.differences != new.differences:
        return Since("differences", old.state, before)
    if (old.ours, old.theirs) != (new.ours, new.theirs):
        return Since("figures", old.state, before)
    return None


def resolved_since(*, session: Session, reconciliation_id: int) -> list[str]:
    """Keys of the previous reconciliation's items that are no longer there at all."""
    record = session.get(Reconciliation, reconciliation_id)
    if record is None or record.previous_id is None:
        return []
    now_keys = {row.item_key for row in _items(session, reconciliation_id)}
    return [row.item_key for row in _items(session, record.previous_id)
            if row.item_key not in now_keys]


@dataclass(frozen=True, slots=True)
class Decision:
    entry: ReconciliationAction
    notes: tuple[str, ...] = ()  # what the order's rules leave to do after an accept


def act(*, session: Session, item_id: int, action: str, reason: str, actor: str,
        on: date | None = None) -> Decision:
    """Explains, disputes or accepts one item; ``accept`` corrects our figure first."""
    if action not in ACTIONS:
        raise RuleViolation("action", "the action must be explain, accept or dispute")
    if not reason.strip():
        raise RuleViolation("reason", "give the reason for your decision (it is recorded)")
    if len(reason.strip()) > 400:
        raise RuleViolation("reason", "a reason is at most 400 characters")
    item = session.get(ReconciliationItem, item_id)
    if item is None:
        raise NotFound(f"no reconciliation item {item_id:d}")
    if item.state == State.AGREED:
        raise RuleViolation("state", "this order agrees on every figure: nothing to act on")
    notes: list[str] = []
    if action == "accept":
        notes = accept(session, item, reason=reason.strip(), actor=actor, on=on or date.today())
    entry = ReconciliationAction(item_id=item_id, action=action, reason=reason.strip(), by=actor,
                                 at=now())
    session.add(entry)
    session.flush()
    return Decision(entry, tuple(notes))
