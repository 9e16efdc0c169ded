"""Verify's pass over the audit log: the chain, the MACs, the head, anchors, and the replay
(acsa_desk/db/replay.py), streaming, in bounded memory."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from acsa_desk.core.errors import DatabaseProblem
from acsa_desk.db import keys, replay
from acsa_desk.db.anchors import Anchor
from acsa_desk.db.audit_chain import head_message

if TYPE_CHECKING:
    from acsa_desk.db.audit import VerifyReport

_ENTRIES = ('SELECT id, at, actor, entity, entity_id, action, "before", "after", packed, '
            'prev_hash, hash, mac FROM audit_entry ORDER BY id')


def check_log(session: Session, report: VerifyReport, anchors: Iterable[Anchor] = ()) -> None:
    from acsa_desk.db.audit import GENESIS
    from acsa_desk.db.audit_format import entry_hash

    connection = session.connection()
    head = connection.exec_driver_sql(
        "SELECT last_id, hash, key_id, keyed_from, mac FROM audit_head WHERE id = 1").one_or_none()
    last_id, head_hash, key_id, keyed_from, head_mac = (
        (0, GENESIS, "", 0, "") if head is None
        else (int(head[0]), str(head[1]), str(head[2]), int(head[3]), str(head[4])))
    report.key_id, report.keyed_from = key_id, keyed_from
    secret: bytes | None = None
    if key_id:
        try:
            secret = keys.load(key_id)
        except DatabaseProblem as exc:
            report.problems.append(str(exc))
        if secret is None:
            report.key_missing = True
    wanted = list(anchors)
    counts = {a.count for a in wanted}
    seen: dict[int, str] = {0: GENESIS}
    shapes = replay.shapes(connection.dialect.name)
    digests = replay.Digests(secret)
    sums = dict.fromkeys(shapes, 0)
    replay_from = keyed_from if keyed_from > 0 else 1
    prev, expected_id, broken = GENESIS, 1, False
    orphan_macs = unreadable = 0
    digest_of = digests.of
    mac_of = keys.mac_function(secret) if secret is not None else None
    for (eid, at, actor, entity, entity_id, action, before, after, packed, prev_hash, digest,
         mac) in replay.stream(connection, _ENTRIES):
        if eid in counts:
            seen[eid] = digest
        if not broken:
            if eid != expected_id:
                report.problems.append(f"audit entry {expected_id} is missing (next is {eid})")
                broken = True
            elif prev_hash != prev:
                report.problems.append(f"audit entry {eid} does not follow entry {eid - 1}")
                broken = True
            elif entry_hash(prev, eid, at, actor, entity, entity_id, action, before,
                            after, packed) != digest:
                report.problems.append(f"audit entry {eid} was altered (hash mismatch)")
                broken = True
            elif mac_of is not None and keyed_from and eid >= keyed_from \
                    and mac_of(digest) != mac:
                report.problems.append(
                    f"audit entry {eid} does not carry the ledger key's MAC (written or "
                    "rechained without the key)")
                broken = True
            elif not key_id and mac:
                orphan_macs += 1
        prev, expected_id = digest, expected_id + 1
        report.entries += 1
        if eid >= replay_from:
            try:
                logged = replay.entry_rows(shapes, entity, action, before, after, packed)
                for shape, sign, values in logged:
                    sums[shape.name] += sign * digest_of(values)
            except ValueError:
                unreadable += 1
                if unreadable == 1:
                    report.problems.append(f"audit entry {eid} cannot be read (its payload is "
                                           "not what the program writes)")
    report.head = prev
    if not broken and head is not None and (last_id, head_hash) != (report.entries, prev):
        report.problems.append(
            f"the chain head says entry {last_id} but the log ends at entry {report.entries}")
    if secret is not None and keyed_from and keys.mac(
            secret, head_message(last_id, head_hash, key_id, keyed_from)) != head_mac:
        report.problems.append("the chain head does not carry the ledger key's MAC (the head "
                               "or the key's start was moved without the key)")
    if not key_id:
        report.problems.append(
            "this ledger names no key" + (f" although {orphan_macs} entries carry MACs" if
                                          orphan_macs else "")
            + ": its key id was removed, or keying it was interrupted; nothing proves its "
            "entries were written by ACSA Desk (if you know why, key it now with "
            "`acsa-desk --db DB key init`)")
    if report.key_missing:
        report.problems.append("the MACs cannot be checked: " + keys.missing_message(key_id))
    for anchor in wanted:
        _check_anchor(report, anchor, seen.get(anchor.count))
    stored, report.rows = replay.table_sums(connection, shapes, digests)
    report.tables = len(shapes)
    for name, shape in shapes.items():
        if sums[name] % replay.MOD != stored[name]:
            report.problems.extend(replay.explain(
                connection, shape, digests, lambda: _log_rows(session, replay_from)))


def _log_rows(session: Session, start: int) -> Iterator[replay.LogRow]:
    rows = replay.stream(session.connection(), 'SELECT entity, action, "before", "after", packed '
                         f"FROM audit_entry WHERE id >= {int(start)} ORDER BY id")
    for entity, action, before, after, packed in rows:
        yield str(entity), str(action), str(before), str(after), packed


def _check_anchor(report: VerifyReport, anchor: Anchor, found: str | None) -> None:
    if found is None:
        report.problems.append(
            f"anchor {anchor}: the log has no entry {anchor.count} (it ends at entry "
            f"{report.entries}): the history was cut short")
    elif not anchor.matches(found):
        report.problems.append(
            f"anchor {anchor}: entry {anchor.count} now has hash {found[:len(anchor.hash_prefix)]}"
            ": the history up to it was rewritten")
    else:
        report.anchors_ok += 1
