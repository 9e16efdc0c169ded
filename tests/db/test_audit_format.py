"""The audit entry's stored format (acsa_desk/db/audit_format.py): format 2 packs what changed,
verify reads formats 1 and 2 side by side, and tampering with either is found."""

import hashlib
import json
import sqlite3
import zlib
from datetime import date

import pytest

from acsa_desk.db import audit, audit_format, keys
from acsa_desk.db.chain import head_message
from acsa_desk.db.engine import open_ledger
from acsa_desk.services import orders
from tests.conftest import both_officials, order_input
from tests.db.attacker import Attacker

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def _body(packed):
    d = zlib.decompressobj(-12, zdict=audit_format.DICTIONARY_2)
    return json.loads(d.decompress(bytes(packed)[1:]) + d.flush())


def test_the_dictionary_is_frozen():
    """Changing it makes every format 2 entry unreadable: a new dictionary is a new format."""
    assert hashlib.sha256(audit_format.DICTIONARY_2).hexdigest() == (
        "a95a3450bd7c7551acaab2c8cd98c8fc9ec246e4d9da052bfee4df9e5f73e703")
    assert len(audit_format.DICTIONARY_2) <= 4096  # the DEFLATE window


def test_an_update_keeps_the_row_before_and_only_what_changed():
    before = {"id": 7, "status": "requested", "unit": "JS Kirisame", "n": 1, "gone": None}
    after = {"id": 7, "status": "signed", "unit": "JS Kirisame", "n": True, "gone": None}
    packed = audit_format.pack("update", before, after)
    assert _body(packed) == {"b": before, "d": {"status": "signed", "n": True}}
    assert audit_format.unpack(packed) == (before, after)
    assert audit_format.unpack(audit_format.pack("insert", None, after)) == (None, after)
    assert audit_format.unpack(audit_format.pack("delete", before, None)) == (before, None)
    wider = {**after, "note": "x"}  # columns that differ: the row after whole
    assert _body(audit_format.pack("update", before, wider)) == {"b": before, "a": wider}


def test_the_hash_covers_the_stored_bytes_and_format_1_hashes_as_before():
    fields = ("0" * 64, 1, "2026-01-01T00:00:00+00:00", "anne", "acsa_order", "1", "insert")
    v1 = hashlib.sha256("\x1f".join((*map(str, fields), "", '{"id":1}')).encode()).hexdigest()
    assert audit_format.entry_hash(*fields, "", '{"id":1}') == v1  # old entries unchanged
    packed = audit_format.pack("insert", None, {"id": 1})
    other = packed[:-1] + bytes([packed[-1] ^ 1])
    assert audit_format.entry_hash(*fields, "", "", packed) != audit_format.entry_hash(
        *fields, "", "", other)


@pytest.mark.parametrize("bad", [b"", b"\x01abc", b"\x02not deflate", b"\x02"])
def test_a_payload_no_program_wrote_is_refused(bad):
    with pytest.raises(ValueError):
        audit_format.unpack(bad)


def _signed(ledger, number):
    with ledger.session() as s:
        from acsa_desk.services import reference

        ex = reference.create_exercise(session=s, data=reference.ExerciseInput(
            name=f"EX {number}", place="Sea of Japan", partners=("JPN",)))
        order = orders.create_order(session=s, data=order_input(ex.id, number=number),
                                    actor="clerk")
        orders.sign(session=s, order_id=order.id, signed_on=date(2025, 6, 3), actor="officer",
                    **both_officials())
        return order.id


def _to_format_1(path):
    """Rewrites every entry as the previous version wrote it (JSON text, no packed bytes),
    re-hashed and re-MACed with the ledger's key: a ledger made before 0015."""
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("BEGIN")
    triggers = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
                           "tbl_name = 'audit_entry'").fetchall()
    for name, _ in triggers:
        con.execute(f"DROP TRIGGER {name}")
    key_id, keyed_from = con.execute("SELECT key_id, keyed_from FROM audit_head").fetchone()
    secret = keys.load(key_id)
    prev, last = audit.GENESIS, 0
    for eid, at, actor, entity, entity_id, action, packed in con.execute(
            "SELECT id, at, actor, entity, entity_id, action, packed FROM audit_entry "
            "ORDER BY id").fetchall():
        before, after = audit_format.texts("", "", packed)
        digest = audit_format.entry_hash(prev, eid, at, actor, entity, entity_id, action,
                                         before, after)
        con.execute("UPDATE audit_entry SET before = ?, after = ?, packed = NULL, prev_hash = ?, "
                    "hash = ?, mac = ? WHERE id = ?", (before, after, prev, digest,
                                                       keys.mac(secret, digest), eid))
        prev, last = digest, eid
    con.execute("UPDATE audit_head SET last_id = ?, hash = ?, mac = ?", (
        last, prev, keys.mac(secret, head_message(last, prev, key_id, keyed_from))))
    for _, sql in triggers:
        con.execute(sql)
    con.execute("COMMIT")
    con.close()
    return last


@pytest.fixture
def mixed(tmp_path):
    """A ledger whose first entries are format 1 and the later ones format 2."""
    path = tmp_path / "mixed.sqlite"
    ledger = open_ledger(path)
    _signed(ledger, "CAN-JPN-25-0001")
    ledger.close()
    old = _to_format_1(path)
    ledger = open_ledger(path)
    _signed(ledger, "CAN-JPN-25-0002")
    ledger.close()
    return path, old


def _verify(path):
    ledger = open_ledger(path)
    try:
        with ledger.reader() as s:
            return audit.verify(s)
    finally:
        ledger.close()


def test_a_ledger_of_both_formats_verifies(mixed):
    path, old = mixed
    con = sqlite3.connect(path)
    kinds = con.execute("SELECT id <= ?, packed IS NULL, count(*) FROM audit_entry GROUP BY 1, 2",
                        (old,)).fetchall()
    con.close()
    assert sorted(kinds) == [(0, 0, kinds[0][2]), (1, 1, kinds[1][2])]  # old v1, new v2
    report = _verify(path)
    assert report.ok, report.problems
    assert report.entries > old


@pytest.mark.parametrize("which", ["format-1", "format-2"])
def test_a_logged_value_changed_and_rechained_is_found_in_either_format(mixed, which):
    path, old = mixed
    with Attacker(path) as a:
        entry = a.rewrite_logged("acsa_order", 1 if which == "format-1" else 2,
                                 "requesting_unit", "HMCS Nowhere")
        a.rechain(entry)
    assert (entry <= old) == (which == "format-1")
    problems = _verify(path).problems
    assert any(f"audit entry {entry} does not carry the ledger key's MAC" in p
               for p in problems), problems


def test_a_packed_byte_flipped_is_an_altered_entry(mixed):
    path, old = mixed
    with Attacker(path) as a:
        packed = a.one("SELECT packed FROM audit_entry WHERE id = ?", old + 1)[0]
        a.run("UPDATE audit_entry SET packed = ? WHERE id = ?",
              packed[:-1] + bytes([packed[-1] ^ 0x10]), old + 1)
    problems = _verify(path).problems
    assert problems[0] == f"audit entry {old + 1} was altered (hash mismatch)", problems


def test_a_row_changed_in_the_table_is_named_by_the_replay_of_format_2(mixed):
    path, _old = mixed
    with Attacker(path) as a:
        a.run("UPDATE acsa_order SET requesting_unit = 'HMCS Nowhere' WHERE id = 2")
    problems = _verify(path).problems
    assert any("acsa_order 2, column requesting_unit: logged 'JS Kirisame', stored "
               "'HMCS Nowhere'" in p for p in problems), problems
