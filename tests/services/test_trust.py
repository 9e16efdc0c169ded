"""Audit trail, append-only entries, verify, four eyes, concurrent writers, upgrades."""

import json
import shutil
import sqlite3
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DatabaseError

from acsa_desk.core.errors import RuleViolation, StaleRecord
from acsa_desk.db import audit
from acsa_desk.db.engine import open_ledger
from acsa_desk.db.models import AuditEntry, Order
from acsa_desk.services import orders
from tests.conftest import ACTOR, DATA, both_officials, order_input


def entries(ledger):
    with ledger.reader() as s:
        return list(s.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def test_every_change_is_logged_with_who_before_and_after(ledger, signed_order):
    log = entries(ledger)
    assert {e.entity for e in log} >= {"exercise", "acsa_order", "order_line", "status_change"}
    update = [e for e in log if e.entity == "acsa_order" and e.action == "update"][-1]
    before, after = json.loads(update.before_text), json.loads(update.after_text)
    assert (before["status"], after["status"]) == ("requested", "signed")
    assert after["issuing_official_name"] == "Anne Tremblay"
    assert all(e.actor for e in log) and all(len(e.hash) == 64 for e in log)
    assert all(e.entity_id for e in log), "every entry names the record it changed"
    created = [e for e in log if e.entity == "acsa_order" and e.action == "insert"]
    assert [e.entity_id for e in created] == [str(signed_order)]


def test_the_log_is_chained_and_verify_passes(ledger, signed_order):
    with ledger.reader() as s:
        report = audit.verify(s)
        head = audit.chain_head(s)
    assert report.ok, report.problems
    assert report.entries == len(entries(ledger)) and report.head == head


def test_the_database_refuses_update_and_delete_of_the_log(ledger, signed_order):
    for statement in ("UPDATE audit_entry SET actor = 'mallory'", "DELETE FROM audit_entry"):
        with pytest.raises(DatabaseError, match="append-only"):
            with ledger.engine.begin() as c:
                c.execute(text(statement))


@pytest.mark.parametrize("statement", [
    "UPDATE delivery SET quantity = '2'",
    "DELETE FROM delivery",
    "UPDATE status_change SET by = 'x'",
    "DELETE FROM acsa_order",
    "DELETE FROM order_line",
])
def test_ledger_entries_are_never_changed_or_deleted(ledger, signed_order, statement):
    with ledger.session() as s:
        line = orders.order_lines(session=s, order_id=signed_order)[0]
        orders.record_delivery(session=s, order_id=signed_order, delivered_on=date(2025, 6, 4),
                               quantities={line.id: Decimal(1)}, actor=ACTOR)
    with pytest.raises(DatabaseError, match=r"append-only|never deleted"):
        with ledger.engine.begin() as c:
            c.execute(text(statement))


def _tamper(ledger, sql):
    """What someone with direct access to the file or server could do."""
    with ledger.engine.begin() as c:
        if ledger.is_sqlite:
            c.execute(text("DROP TRIGGER audit_entry_no_update"))
            c.execute(text("DROP TRIGGER audit_entry_no_delete"))
        else:
            c.execute(text("ALTER TABLE audit_entry DISABLE TRIGGER USER"))
        c.execute(text(sql))


@pytest.mark.parametrize(("sql", "problem"), [
    ("UPDATE audit_entry SET packed = (SELECT packed FROM audit_entry WHERE id = 2) "
     "WHERE id = 3", "entry 3 was altered"),
    ("DELETE FROM audit_entry WHERE id = 3", "entry 3 is missing"),
])
def test_verify_reports_the_first_break(ledger, signed_order, sql, problem):
    _tamper(ledger, sql)
    with ledger.reader() as s:
        report = audit.verify(s)
    assert not report.ok and problem in report.problems[0]


def test_verify_re_adds_the_ledger(ledger, signed_order):
    with ledger.engine.begin() as c:
        c.execute(text("UPDATE acsa_order SET billable_minor = 999"))
    with ledger.reader() as s:
        report = audit.verify(s)
    assert report.problems == ["acsa_order 1, column billable_minor: logged 0, stored 999",
                               "order CAN-JPN-25-0001: billable does not equal its deliveries"]


@pytest.mark.parametrize("bad", ["order", "line"])
def test_verify_re_adds_every_order_range_by_range(ledger, exercise_id, monkeypatch, bad):
    """Orders are re-added a chunk of ids at a time (bounded memory): a total wrong in the
    last chunk, or a line of the last order, is found as surely as in the first."""
    with ledger.session() as s:
        ids = [orders.create_order(session=s, data=order_input(
            exercise_id, number=f"CAN-JPN-25-{n:04d}"), actor=ACTOR).id for n in range(1, 4)]
    monkeypatch.setattr(audit, "LEDGER_CHUNK", 1)
    with ledger.engine.begin() as c:
        if bad == "order":
            c.execute(text("UPDATE acsa_order SET billable_minor = 5 WHERE id = :i"), {"i": ids[-1]})
        else:
            c.execute(text("UPDATE order_line SET billable_minor = 5 WHERE id = (SELECT max(id) "
                           "FROM order_line)"))
    with ledger.reader() as s:
        report = audit.verify(s)
    assert report.orders == 3
    wanted = ("order CAN-JPN-25-0003: billable does not equal its deliveries" if bad == "order"
              else "billable is not quantity x unit price")
    assert any(wanted in p for p in report.problems), report.problems


def test_four_eyes_on_signing(ledger, exercise_id):
    with ledger.session() as s:
        oid = orders.create_order(session=s, data=order_input(exercise_id), actor="OFFICER").id
    with pytest.raises(RuleViolation, match="only an officer can sign orders"):
        with ledger.session() as s:
            orders.sign(session=s, order_id=oid, signed_on=date(2025, 6, 3), actor="clerk",
                        **both_officials())
    with pytest.raises(RuleViolation, match="not a user of this ledger"):
        with ledger.session() as s:
            orders.sign(session=s, order_id=oid, signed_on=date(2025, 6, 3), actor="mallory",
                        **both_officials())
    # a case variant of who entered the order is the same person
    with pytest.raises(RuleViolation, match=r"officer entered order CAN-JPN-25-0001, so another "
                                            r"officer must sign it: sign as o or officer2"):
        with ledger.session() as s:
            orders.sign(session=s, order_id=oid, signed_on=date(2025, 6, 3), actor="officer",
                        **both_officials())
    with ledger.engine.begin() as c:
        c.execute(text("UPDATE acsa_order SET entered_by = 'clerk'"))
    with pytest.raises(DatabaseError, match=r"four_eyes|CHECK"):  # the database refuses too
        with ledger.engine.begin() as c:
            c.execute(text("UPDATE acsa_order SET our_official_login = entered_by"))
    with ledger.session() as s:
        order = orders.sign(session=s, order_id=oid, signed_on=date(2025, 6, 3),
                            actor="officer", **both_officials())
        assert order.our_official_login == "officer"


def test_four_eyes_on_settlement_approval(ledger, signed_order):
    with ledger.session() as s:
        qty = {ln.id: Decimal(ln.quantity) for ln in orders.order_lines(session=s,
                                                                        order_id=signed_order)}
        orders.record_delivery(session=s, order_id=signed_order, delivered_on=date(2025, 6, 4),
                               quantities=qty, actor=ACTOR)
        orders.record_receipt(session=s, order_id=signed_order, received_on=date(2025, 6, 4),
                              received_by="Sato", actor=ACTOR)
        orders.raise_invoice(session=s, order_id=signed_order, reference_text="I1",
                             issued_on=date(2025, 6, 5), actor=ACTOR)
    with pytest.raises(RuleViolation, match="only an officer can approve settlements"):
        with ledger.session() as s:
            orders.record_settlement(session=s, order_id=signed_order, settled_on=date(2025, 7, 1),
                                     method="cash", amount_minor=100, actor="clerk",
                                     approved_by="clerk")
    with pytest.raises(RuleViolation, match="another officer must approve it"):
        with ledger.session() as s:
            orders.record_settlement(session=s, order_id=signed_order, settled_on=date(2025, 7, 1),
                                     method="cash", amount_minor=100, actor="Officer",
                                     approved_by="officer")
    with ledger.session() as s:
        pending = orders.record_settlement(session=s, order_id=signed_order,
                                           settled_on=date(2025, 7, 1), method="cash",
                                           amount_minor=100, actor="clerk")
        assert [x.id for x in orders.unapproved_settlements(session=s)] == [pending.id]
    with pytest.raises(RuleViolation, match="only an officer can approve settlements"):
        with ledger.session() as s:
            orders.approve_settlement(session=s, settlement_id=pending.id, actor="clerk")
    with pytest.raises(DatabaseError, match="four eyes"):  # the database refuses too
        with ledger.engine.begin() as c:
            c.execute(text("INSERT INTO settlement_approval (settlement_id, approved_by, "
                           "approved_at) VALUES (:i, 'clerk', '2025-07-01')"), {"i": pending.id})
    with ledger.session() as s:
        orders.approve_settlement(session=s, settlement_id=pending.id, actor="officer")
        assert orders.unapproved_settlements(session=s) == []


def test_two_writers_on_one_file_one_wins_the_other_is_told(ledger, exercise_id, tmp_path):
    with ledger.session() as s:
        oid = orders.create_order(session=s, data=order_input(exercise_id), actor=ACTOR).id
    other = open_ledger(ledger.url)  # a second copy of the program on the same database
    with ledger.reader() as s:
        mine = orders.get_order(session=s, order_id=oid).version
    with other.session(actor="colleague") as s:
        orders.update_order(session=s, order_id=oid, data=order_input(exercise_id,
                            delivery_place="Yokosuka"), actor="colleague", expected_version=mine)
    with pytest.raises(StaleRecord, match="changed by colleague"):
        with ledger.session() as s:
            orders.update_order(session=s, order_id=oid, data=order_input(exercise_id,
                                delivery_place="Sasebo"), actor=ACTOR, expected_version=mine)
    with ledger.reader() as s:
        assert s.get(Order, oid).delivery_place == "Yokosuka"
    other.close()


def test_two_clients_at_once_one_wins_the_other_is_told(ledger, exercise_id):
    """Two officers save the same order at the same moment; nothing is lost."""
    import threading

    with ledger.session() as s:
        oid = orders.create_order(session=s, data=order_input(exercise_id), actor=ACTOR).id
    with ledger.reader() as s:
        version = orders.get_order(session=s, order_id=oid).version
    alice_flushed, bob_started = threading.Event(), threading.Event()
    failures = []

    def alice():
        try:
            with ledger.session(actor="alice") as s:
                orders.update_order(session=s, order_id=oid, data=order_input(
                    exercise_id, delivery_place="Yokosuka"), actor="alice",
                    expected_version=version)
                s.flush()
                alice_flushed.set()
                assert bob_started.wait(30)
        except Exception as exc:  # reported to the main thread
            failures.append(exc)
            alice_flushed.set()

    thread = threading.Thread(target=alice)
    thread.start()
    assert alice_flushed.wait(30)
    bob_started.set()
    with pytest.raises(StaleRecord, match="changed by alice"):
        with ledger.session(actor="bob") as s:
            orders.update_order(session=s, order_id=oid, data=order_input(
                exercise_id, delivery_place="Sasebo"), actor="bob", expected_version=version)
    thread.join(30)
    assert failures == []
    with ledger.reader() as s:
        order = s.get(Order, oid)
        assert (order.delivery_place, order.updated_by) == ("Yokosuka", "alice")


def test_a_lost_update_is_caught_by_the_version_column(ledger, exercise_id):
    """A window holding an order loaded before someone else saved it cannot overwrite it."""
    with ledger.session() as s:
        oid = orders.create_order(session=s, data=order_input(exercise_id), actor=ACTOR).id
    with ledger.reader() as s:
        held = orders.get_order(session=s, order_id=oid)  # loaded at version 1
    with ledger.session(actor="colleague") as s:
        orders.update_order(session=s, order_id=oid, data=order_input(
            exercise_id, delivery_place="Yokosuka"), actor="colleague", expected_version=1)
    with pytest.raises(StaleRecord, match="changed by colleague"):
        with ledger.session() as s:
            s.add(held)  # the stale object: UPDATE ... WHERE version = 1 matches no row
            held.delivery_place = "Sasebo"
            orders._touch(held, ACTOR)
    with ledger.reader() as s:
        assert s.get(Order, oid).delivery_place == "Yokosuka"


def test_the_first_released_schema_upgrades_with_every_record(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy(DATA / "ledger-schema-0001.sqlite", path)
    con = sqlite3.connect(path)
    tables = ["acsa_order", "order_line", "delivery", "settlement", "status_change", "exercise",
              "agreement", "partner", "receipt", "invoice"]
    before = {t: con.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001_first_schema"
    con.close()
    upgraded = open_ledger(path)
    con = sqlite3.connect(path)
    for table in tables:
        rows = con.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
        width = len(before[table][0]) if before[table] else 0
        assert [r[:width] for r in rows] == before[table], table
    from acsa_desk.db.schema_version import HEAD

    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD
    names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {"acsa_order_no_delete", "audit_entry_no_update", "delivery_no_delete",
            "settlement_approval_four_eyes", "order_line_delete_only_draft"} <= names
    searchable = con.execute("SELECT search_text FROM acsa_order LIMIT 1").fetchone()[0]
    assert searchable.startswith("can-") and searchable == searchable.lower()
    con.close()
    with upgraded.reader() as s:
        assert audit.verify(s).ok
    upgraded.close()
