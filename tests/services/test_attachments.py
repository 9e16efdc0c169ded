"""Supporting documents: in the ledger, by SHA-256, deduplicated, limited, never deleted."""

import hashlib
import os
from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from acsa_desk.core.errors import RuleViolation
from acsa_desk.db import audit, backup, shipped
from acsa_desk.db.copy import copy_ledger
from acsa_desk.db.engine import open_ledger
from acsa_desk.db.models import AuditEntry
from acsa_desk.services import attachments, orders
from tests.conftest import ACTOR
from tests.services.readiness_helpers import agreement, build

BLOB = os.urandom(300_000) + bytes(range(256)) + b"\x00\r\n\x1a"


@pytest.fixture
def oid(ledger, exercise_id):
    return build(ledger, exercise_id, "D-1", "delivered", documents=False)


def test_attach_list_and_read_back_byte_for_byte(ledger, oid):
    with ledger.session() as s:
        first = attachments.attach(session=s, order_id=oid, file_name="scan.pdf", content=BLOB,
                                   kind="signed_order_form", note="both signatures", actor=ACTOR)
        again = attachments.attach(session=s, order_id=oid, file_name="copy.pdf", content=BLOB,
                                   kind="correspondence", actor=ACTOR)
        digest = hashlib.sha256(BLOB).hexdigest()
        assert first.sha256 == again.sha256 == digest
        stored = s.execute(text("SELECT count(*) FROM attachment_content")).scalar()
        assert stored == 1  # deduplicated
    with ledger.reader() as s:
        views = attachments.list_for_order(session=s, order_id=oid)
        assert [(v.file_name, v.kind, v.media_type, v.size_bytes) for v in views] == [
            ("scan.pdf", "signed_order_form", "application/pdf", len(BLOB)),
            ("copy.pdf", "correspondence", "application/pdf", len(BLOB))]
        assert attachments.content(session=s, attachment_id=first.id) == BLOB
        logged = [e.after_text for e in s.query(AuditEntry).filter(
            AuditEntry.entity == "attachment_content")]
        assert len(logged) == 1 and f'"content":"sha256:{digest}"' in logged[0]
        assert audit.verify(s).ok


def test_refusals_change_nothing(ledger, oid, tmp_path):
    big = tmp_path / "big.bin"
    with open(big, "wb") as f:
        f.truncate(attachments.MAX_BYTES + 1)
    with pytest.raises(RuleViolation, match="limited to 50 MB"):
        attachments.read_file(big)
    with ledger.session() as s:
        with pytest.raises(RuleViolation, match="limited to 50 MB"):
            attachments.attach(session=s, order_id=oid, file_name="big.bin",
                               content=b"x" * (attachments.MAX_BYTES + 1), kind="other",
                               actor=ACTOR)
        with pytest.raises(RuleViolation, match="not a kind of document"):
            attachments.attach(session=s, order_id=oid, file_name="a.pdf", content=b"a",
                               kind="receipts", actor=ACTOR)
        with pytest.raises(RuleViolation, match="is empty"):
            attachments.attach(session=s, order_id=oid, file_name="a.pdf", content=b"",
                               kind="other", actor=ACTOR)
        with pytest.raises(RuleViolation, match="has no delivery"):
            attachments.attach(session=s, order_id=oid, file_name="a.pdf", content=b"a",
                               kind="proof_of_delivery", delivery_id=999, actor=ACTOR)
    exactly = tmp_path / "exact.bin"
    exactly.write_bytes(b"y" * attachments.MAX_BYTES)
    assert len(attachments.read_file(exactly)) == attachments.MAX_BYTES  # the limit itself is fine
    with ledger.reader() as s:
        assert attachments.list_for_order(session=s, order_id=oid) == []


def test_withdrawn_not_deleted_and_the_database_refuses_rewriting(ledger, oid, exercise_id):
    with ledger.session() as s:
        agreement(s)
    build(ledger, exercise_id, "D-9", "notified")  # a finance notice to try deleting
    with ledger.session() as s:
        att = attachments.attach(session=s, order_id=oid, file_name="wrong.pdf", content=b"oops",
                                 kind="invoice", actor=ACTOR)
        attachments.withdraw(session=s, attachment_id=att.id, reason="another order's invoice",
                             actor="officer")
        with pytest.raises(RuleViolation, match="already withdrawn by officer"):
            attachments.withdraw(session=s, attachment_id=att.id, reason="again", actor=ACTOR)
        with pytest.raises(RuleViolation, match="say why"):
            attachments.withdraw(session=s, attachment_id=att.id, reason=" ", actor=ACTOR)
    with ledger.reader() as s:
        (view,) = attachments.list_for_order(session=s, order_id=oid)
        assert view.withdrawn and view.withdrawn_reason == "another order's invoice"
    for sql in ("UPDATE attachment SET kind = 'other'", "DELETE FROM attachment",
                "UPDATE attachment_content SET content = :x", "DELETE FROM attachment_content",
                "DELETE FROM attachment_withdrawal", "UPDATE attachment_withdrawal SET reason=''",
                "DELETE FROM finance_notice", "DELETE FROM agreement_terms"):
        with ledger.engine.begin() as c, pytest.raises(DatabaseError, match="append-only"):
            c.execute(text(sql), {"x": b"evil"} if ":x" in sql else {})


def test_verify_rehashes_every_attachment(tmp_path, exercise_id, ledger):
    if ledger.path is None:
        pytest.skip("tampering by hand is shown on the SQLite file")
    build(ledger, exercise_id, "D-2", "signed")  # attaches a signed order form
    with ledger.reader() as s:
        assert audit.verify(s).ok
    with ledger.engine.begin() as c:
        c.execute(text("DROP TRIGGER attachment_content_no_update"))
        c.execute(text("UPDATE attachment_content SET content = :x"), {"x": b"forged"})
        (again,) = [t for t in shipped.append_only_sql("attachment_content", "sqlite")
                    if "no_update" in t]
        c.execute(text(again))  # the trigger back as shipped: only the bytes differ
    with ledger.reader() as s:
        report = audit.verify(s)
    # verify re-hashes the bytes (this check) and its replay finds the column the log does not explain
    rehashed = [p for p in report.problems if p.endswith("its content does not match its SHA-256")]
    assert len(rehashed) == 1 and rehashed[0].startswith("attachment ")
    assert any(p.startswith("attachment_content ") and "column content" in p for p in report.problems)
    assert len(report.problems) == 2


def test_backup_restore_and_copy_carry_the_bytes(tmp_path, pg_server):
    from tests.pg import fresh_database

    path = tmp_path / "unit.sqlite"
    source = open_ledger(path)
    with source.session() as s:
        from acsa_desk.services import reference

        ex = reference.create_exercise(session=s, data=reference.ExerciseInput(name="KAEDEX"))
        ex_id = ex.id
    oid = build(source, ex_id, "D-3", "signed", documents=False)
    with source.session() as s:
        att = attachments.attach(session=s, order_id=oid, file_name="scan.png", content=BLOB,
                                 kind="signed_order_form", actor=ACTOR)
        att_id = att.id
    copy = backup.backup(path, reason="test")
    source.close()
    restored = tmp_path / "restored.sqlite"
    restored.write_bytes(b"")
    restored.unlink()
    open_ledger(restored).close()
    backup.restore(copy, restored)
    again = open_ledger(restored)
    with again.reader() as s:
        assert attachments.content(session=s, attachment_id=att_id) == BLOB
        assert audit.verify(s).ok
    url, drop = fresh_database(pg_server)
    target = open_ledger(url)
    copy_ledger(again, target)
    with target.reader() as s:
        assert attachments.content(session=s, attachment_id=att_id) == BLOB
        assert orders.order_by_number(session=s, number="D-3").id == oid
        assert audit.verify(s).ok
    with target.session() as s:  # ids continue on the server
        later = attachments.attach(session=s, order_id=oid, file_name="b.pdf", content=b"b",
                                   kind="other", actor=ACTOR)
        assert later.id == att_id + 1
    again.close()
    target.close()
    drop()
    assert date.today()  # the run is dated by the ledger, not by this test


def test_a_settlement_is_found_by_its_reference_or_its_only_date(ledger, exercise_id):
    from acsa_desk.services import orders
    from tests.services.readiness_helpers import build

    oid = build(ledger, exercise_id, "AT-S", "notified")
    with ledger.session() as s:
        for ref in ("PAY-1", "PAY-2"):
            orders.record_settlement(session=s, order_id=oid, settled_on=date(2025, 6, 4),
                                     method="cash", amount_minor=100, actor="clerk",
                                     reference_text=ref)
        first = attachments.settlement_by(session=s, order_id=oid, key="PAY-1")
        assert first.reference == "PAY-1"
        with pytest.raises(RuleViolation, match="has 2 settlements for '2025-06-04'"):
            attachments.settlement_by(session=s, order_id=oid, key="2025-06-04")
        with pytest.raises(RuleViolation, match="no settlement with reference or date 'X'"):
            attachments.settlement_by(session=s, order_id=oid, key="X")
        doc = attachments.attach(session=s, order_id=oid, file_name="advice.pdf",
                                 content=b"%PDF advice", kind="payment_advice", actor="clerk",
                                 settlement_id=first.id)
        (view,) = [v for v in attachments.list_for_order(session=s, order_id=oid)
                   if v.settlement_id is not None]
        assert (view.id, view.settlement_id) == (doc.id, first.id)
        with pytest.raises(RuleViolation, match="has no delivery on 2025-06-05"):
            attachments.delivery_on(session=s, order_id=oid, day=date(2025, 6, 5))
        assert attachments.delivery_on(session=s, order_id=oid, day=date(2025, 6, 4)).id
