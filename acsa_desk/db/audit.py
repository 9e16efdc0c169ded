"""The audit trail: every change (who, when, what, before and after), hash-chained.

Entries are written in the same transaction as the change they record: ORM changes by an
``after_flush`` hook on every ledger session, bulk inserts (imports, demo) by
``append_rows``. Each entry's hash covers the previous entry's hash, so removing, changing
or reordering any entry breaks the chain; the database refuses UPDATE and DELETE on the log
(triggers), and ``verify`` walks the chain and re-adds the ledger's totals.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, inspect, select, update
from sqlalchemy.orm import Session

from acsa_desk.core.deadlines import oldest_unpaid
from acsa_desk.core.money import line_amount_minor
from acsa_desk.db import audit_chain, shipped
from acsa_desk.db.audit_chain import GENESIS, Change
from acsa_desk.db.audit_format import canonical, entry_hash, pack  # noqa: F401  (re-exported)
from acsa_desk.db.bulk import insert_rows
from acsa_desk.db.identity import current_user, now
from acsa_desk.db.models import (
    AttachmentContent,
    AuditEntry,
    AuditHead,
    Delivery,
    Order,
    OrderLine,
    Settlement,
)

CHILDREN = "+"  # rows written in bulk with an entry's row (acsa_desk/db/replay.py)
ACTOR_KEY = "acsa_actor"
_SNAPSHOTS = "acsa_rows_before"
_SKIP = (AuditEntry, AuditHead)


def actor_of(session: Session) -> str:
    return str(session.info.get(ACTOR_KEY) or current_user())


def append(session: Session, changes: Iterable[Change]) -> str:
    """Appends entries after the chain's head (locked for the transaction); returns the head."""
    items = list(changes)
    if not items:
        return chain_head(session)
    connection = session.connection()
    head = connection.execute(
        select(AuditHead.last_id, AuditHead.hash, AuditHead.key_id, AuditHead.keyed_from)
        .where(AuditHead.id == 1).with_for_update()
    ).one()
    done = audit_chain.chain(head, items, at=now().isoformat(timespec="microseconds"),
                             actor=actor_of(session))
    insert_rows(session, AuditEntry.__table__, done.rows)  # type: ignore[arg-type]  # ids explicit: hashed
    connection.execute(update(AuditHead).where(AuditHead.id == 1).values(**done.head()))
    return done.hash


def _move_head(session: Session, last_id: int, head_hash: str, key_id: str, keyed_from: int,
               secret: bytes | None) -> None:
    seal = audit_chain.head_mac(secret, last_id, head_hash, key_id, keyed_from)
    session.connection().execute(update(AuditHead).where(AuditHead.id == 1).values(
        last_id=last_id, hash=head_hash, key_id=key_id, keyed_from=keyed_from, mac=seal))


def seal_head(session: Session, secret: bytes) -> None:
    """Writes the head's MAC (after keying a ledger that has no entries to write)."""
    head = session.connection().execute(
        select(AuditHead.last_id, AuditHead.hash, AuditHead.key_id, AuditHead.keyed_from)
        .where(AuditHead.id == 1)).one()
    _move_head(session, int(head[0]), str(head[1]), str(head[2]), int(head[3]), secret)


def append_rows(session: Session, entity: str, rows: Iterable[Mapping[str, Any]],
                key: str = "id") -> None:
    """Records bulk-inserted rows (each with its primary key and every column) as insert
    entries."""
    append(session, (Change(entity, str(row[key]), "insert", None, row) for row in rows))


def append_tree(session: Session, entity: str, parents: Iterable[Mapping[str, Any]],
                children: Mapping[str, Iterable[Mapping[str, Any]]],
                parent_key: str = "order_id") -> None:
    """Records bulk-inserted rows as one insert entry per parent row carrying its children
    (``{"+": {table: [row, ...]}}``; every row with its id and every column), so that the
    replay of ``verify`` rebuilds each of them."""
    grouped: dict[Any, dict[str, list[Mapping[str, Any]]]] = {}
    for table, rows in children.items():
        for row in rows:
            grouped.setdefault(row[parent_key], {}).setdefault(table, []).append(row)
    append(session, (Change(entity, str(row["id"]), "insert", None,
                            {**row, CHILDREN: grouped.get(row["id"], {})}) for row in parents))


def _row(obj: Any) -> dict[str, Any]:
    mapper = inspect(obj).mapper
    return {attr.key: getattr(obj, attr.key) for attr in mapper.column_attrs}


def _identity(obj: Any) -> str:
    """The primary key (already assigned at after_flush, before the identity map has it)."""
    return ",".join(str(v) for v in inspect(obj).mapper.primary_key_from_instance(obj))


def _committed_row(obj: Any) -> dict[str, Any]:
    """The row as the database holds it before this flush writes it."""
    state = inspect(obj)
    row = {}
    for attr in state.mapper.column_attrs:
        history = state.attrs[attr.key].history
        if history.deleted:
            row[attr.key] = history.deleted[0]
        elif history.unchanged:
            row[attr.key] = history.unchanged[0]
        elif history.added:
            row[attr.key] = None  # set without having been loaded: the old value is unknown
        else:
            row[attr.key] = getattr(obj, attr.key)
    return row


def _before_flush(session: Session, _flush_context: Any, _instances: Any) -> None:
    # Before the flush, so that what the flush itself writes (the version) is seen as it was.
    session.info[_SNAPSHOTS] = {id(obj): _committed_row(obj) for obj in session.dirty
                                if not isinstance(obj, _SKIP)}


def _changes_of_flush(session: Session) -> list[Change]:
    changes: list[Change] = []
    snapshots: dict[int, dict[str, Any]] = session.info.pop(_SNAPSHOTS, None) or {}
    for obj in session.new:
        if not isinstance(obj, _SKIP):
            changes.append(Change(obj.__tablename__, _identity(obj), "insert", None, _row(obj)))
    for obj in session.dirty:
        if isinstance(obj, _SKIP) or not session.is_modified(obj, include_collections=False):
            continue
        # The whole row before and after (verify's replay rebuilds every column from them).
        after = _row(obj)
        before = snapshots.get(id(obj)) or _committed_row(obj)
        if after != before:
            changes.append(Change(obj.__tablename__, _identity(obj), "update", before, after))
    for obj in session.deleted:
        if not isinstance(obj, _SKIP):
            changes.append(Change(obj.__tablename__, _identity(obj), "delete", _row(obj), None))
    return changes


def _after_flush(session: Session, _flush_context: Any) -> None:
    append(session, _changes_of_flush(session))


def watch(session: Session, actor: str | None = None) -> Session:
    """Makes a session write an audit entry for every change it flushes."""
    from sqlalchemy import event

    session.info[ACTOR_KEY] = actor or current_user()
    event.listen(session, "before_flush", _before_flush)
    event.listen(session, "after_flush", _after_flush)
    return session


def chain_head(session: Session) -> str:
    value = session.scalar(select(AuditHead.hash).where(AuditHead.id == 1))
    return str(value or GENESIS)


# --- verification ------------------------------------------------------------------------


@dataclass
class VerifyReport:
    entries: int = 0
    orders: int = 0
    head: str = GENESIS
    problems: list[str] = field(default_factory=list)
    key_id: str = ""
    keyed_from: int = 0  # the first entry written under the ledger key (0: not keyed)
    key_missing: bool = False
    rows: int = 0  # rows the replay compared
    tables: int = 0
    anchors_ok: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def anchor(self) -> str:
        from acsa_desk.db import anchors

        return anchors.text(self.entries, self.head)

    def notes(self) -> list[str]:
        """What the report does not prove, in words (printed with a passing verify)."""
        said = []
        if self.key_id and self.keyed_from > 1:
            said.append(f"entries 1-{self.keyed_from - 1} were written before this ledger was "
                        f"keyed: they are chained but carry no MAC, and the replay starts from "
                        f"the ledger as it stood then (entry {self.keyed_from} on)")
        return said


def verify(session: Session, *, batch: int = 5000,
           anchors: Iterable[Any] = ()) -> VerifyReport:
    """Walks the chain (hashes, MACs under the ledger key, head, anchors), replays the log
    against every table, checks the shipped triggers and constraints, re-adds the ledger.
    What the database layer can check; the whole ``verify`` (with the services' rules over
    the ledger, e.g. four eyes) is ``services.integrity.verify``."""
    from acsa_desk.db.chain import check_log

    report = VerifyReport()
    check_log(session, report, anchors)
    report.problems.extend(shipped.problems(session.connection()))
    try:
        _verify_ledger(session, report)
    except (ArithmeticError, ValueError, TypeError) as exc:  # a value no program wrote
        report.problems.append(f"the ledger's totals cannot be re-added: a stored value is "
                               f"not what the program writes ({type(exc).__name__})")
    _verify_attachments(session, report)
    return report


def _verify_attachments(session: Session, report: VerifyReport) -> None:
    """Every supporting document's bytes still hash to the SHA-256 it is filed under."""
    from acsa_desk.db.replay import stream

    table = AttachmentContent.__tablename__
    for digest, data, size in stream(session.connection(),
                                     f"SELECT sha256, content, size_bytes FROM {table}"):
        if hashlib.sha256(bytes(data)).hexdigest() != digest or len(data) != size:
            report.problems.append(f"attachment {digest[:12]}: its content does not match its "
                                   "SHA-256")
            return


#: Orders re-added at a time (memory: one chunk's sums, whatever the ledger's size).
LEDGER_CHUNK = 5000


def _verify_ledger(session: Session, report: VerifyReport) -> None:
    """The cached totals equal the entries they sum (first mismatch reported), order-id
    range by range: the ranges cover every integer, so no row escapes the check."""
    low: int | None = None
    while True:
        high = session.scalar(select(Order.id).where(*(() if low is None else (Order.id > low,)))
                              .order_by(Order.id).offset(LEDGER_CHUNK - 1).limit(1))
        if not _verify_orders(session, report, low, high) or high is None:
            return
        low = high


def _verify_orders(session: Session, report: VerifyReport, low: int | None,
                   high: int | None) -> bool:
    """Orders with ``low < id <= high`` (None: unbounded) and their lines; False on a problem."""

    def within(column: Any) -> tuple[Any, ...]:
        return (*(() if low is None else (column > low,)),
                *(() if high is None else (column <= high,)))

    delivered = dict(session.execute(
        select(Delivery.order_id, func.sum(Delivery.billable_delta_minor))
        .where(*within(Delivery.order_id)).group_by(Delivery.order_id)).all())
    settled = dict(session.execute(
        select(Settlement.order_id, func.sum(Settlement.amount_minor))
        .where(*within(Settlement.order_id)).group_by(Settlement.order_id)).all())
    quantities: dict[int, Decimal] = {}
    for line_id, qty in session.execute(
            select(Delivery.line_id, Delivery.quantity)
            .join(OrderLine, OrderLine.id == Delivery.line_id).where(*within(OrderLine.order_id))):
        quantities[line_id] = quantities.get(line_id, Decimal(0)) + Decimal(qty)
    groups: dict[int, list[tuple[date, int]]] = {}
    for oid, day, amount in session.execute(
            select(Delivery.order_id, Delivery.delivered_on, func.sum(Delivery.billable_delta_minor))
            .where(*within(Delivery.order_id))
            .group_by(Delivery.order_id, Delivery.delivered_on)
            .order_by(Delivery.order_id, Delivery.delivered_on)):
        groups.setdefault(oid, []).append((day, int(amount)))
    for order in session.execute(select(Order.id, Order.number, Order.billable_minor,
                                        Order.settled_minor, Order.oldest_unpaid_on)
                                 .where(*within(Order.id)).order_by(Order.id)):
        report.orders += 1
        oid, number, billable, paid, oldest_on = order
        expected_oldest = oldest_unpaid(groups.get(oid, []), paid) if billable > paid else None
        if oldest_on != expected_oldest:
            report.problems.append(f"order {number}: its oldest unpaid delivery date is wrong")
            return False
        if billable != int(delivered.get(oid, 0) or 0):
            report.problems.append(f"order {number}: billable does not equal its deliveries")
            return False
        if paid != int(settled.get(oid, 0) or 0):
            report.problems.append(f"order {number}: settled does not equal its settlements")
            return False
        if paid > billable or paid < 0:
            report.problems.append(f"order {number}: settled is outside 0..billable")
            return False
    for line in session.execute(select(OrderLine.id, OrderLine.order_id, OrderLine.delivered_quantity,
                                       OrderLine.unit_price_minor, OrderLine.billable_minor)
                                .where(*within(OrderLine.order_id)).order_by(OrderLine.id)):
        lid, _oid, dq, price, billable = line
        if Decimal(dq) != quantities.get(lid, Decimal(0)):
            report.problems.append(f"order line {lid}: delivered quantity does not equal its deliveries")
            return False
        if billable != line_amount_minor(Decimal(dq), price):
            report.problems.append(f"order line {lid}: billable is not quantity x unit price")
            return False
    return True
