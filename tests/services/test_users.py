"""Users of a ledger, passphrases and lock-out, roles, and four eyes over the whole ledger."""

import json
import shutil
import sqlite3
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select, text, update

from acsa_desk.core.errors import RuleViolation
from acsa_desk.db import audit_format
from acsa_desk.db.engine import open_ledger
from acsa_desk.db.models import AppUser, AuditEntry, UserSecret
from acsa_desk.services import auth, integrity, orders, users
from acsa_desk.services.identity import resolve
from tests.conftest import ACTOR, DATA, order_input

PASS = "correct horse battery"


def _ledger_with_admin(tmp_path):
    ledger = open_ledger(tmp_path / "l.sqlite")
    with ledger.session(actor="anne") as s:
        admin = users.ensure_first_user(session=s, login="Anne")
        assert admin is not None and (admin.login, admin.role) == ("anne", "admin")
        assert users.ensure_first_user(session=s, login="bob") is None  # only the first
        auth.set_passphrase(session=s, login="anne", passphrase=PASS, by="anne")
    return ledger


def test_case_and_width_variants_of_a_login_are_one_user(tmp_path):
    ledger = _ledger_with_admin(tmp_path)
    with ledger.session(actor="anne") as s:
        users.add_user(session=s, login="Tremblay", role="officer", by="anne",
                       display_name="Anne-Marie Tremblay", rank="Lt(N)")
        for variant in ("TREMBLAY", "ｔｒｅｍｂｌａｙ", " tremblay "):
            with pytest.raises(RuleViolation, match="already a user"):
                users.add_user(session=s, login=variant, role="clerk", by="anne")
        assert users.find_user(session=s, login="ＴＲＥＭＢＬＡＹ").login == "tremblay"
        assert users.display_names(session=s, logins=["TREMBLAY"]) == {
            "TREMBLAY": "Lt(N) Anne-Marie Tremblay"}


def test_roles_decide_who_may_do_what(tmp_path):
    ledger = _ledger_with_admin(tmp_path)
    with ledger.session(actor="anne") as s:
        users.add_user(session=s, login="clerk", role="clerk", by="anne")
        users.add_user(session=s, login="audit", role="auditor", by="anne")
        with pytest.raises(RuleViolation, match="only an admin can add users"):
            users.add_user(session=s, login="x", role="admin", by="clerk")
        with pytest.raises(RuleViolation, match="only an admin can change the markings"):
            users.require_role(s, "clerk", "admin", "change the markings")
        assert users.require_role(s, "ANNE", users.Role.OFFICER).login == "anne"  # admin > officer
        with pytest.raises(RuleViolation, match="last admin"):
            users.deactivate(session=s, login="anne", by="anne")
    with pytest.raises(RuleViolation, match="an auditor reads the ledger and changes nothing"):
        with ledger.session(actor="audit") as s:
            s.add(AppUser(login="sneaky"))
    with ledger.session(actor="anne") as s:
        users.deactivate(session=s, login="clerk", by="anne")
    with pytest.raises(RuleViolation, match="no longer an active user"):
        with ledger.session(actor="Clerk") as s:
            s.add(AppUser(login="sneaky"))
    with ledger.reader() as s:
        assert s.get(AppUser, "sneaky") is None


def test_passphrases_are_argon2id_hashes_and_never_logged(tmp_path):
    ledger = _ledger_with_admin(tmp_path)
    con = sqlite3.connect(ledger.path)
    stored = con.execute("SELECT passphrase_hash FROM user_secret").fetchone()[0]
    assert stored.startswith("$argon2id$") and PASS not in stored
    logged = " ".join(" ".join(audit_format.texts(*r)) for r in con.execute(
        "SELECT before, after, packed FROM audit_entry"))
    con.close()
    assert stored not in logged and PASS not in logged and "argon2" not in logged
    assert auth.authenticate(ledger, "ANNE", PASS).login == "anne"
    with pytest.raises(RuleViolation, match="at least 8"):
        with ledger.session(actor="anne") as s:
            auth.set_passphrase(session=s, login="anne", passphrase="short", by="anne")


def test_wrong_passphrases_are_counted_and_lock_the_user_out_for_a_while(tmp_path):
    ledger = _ledger_with_admin(tmp_path)
    for left in range(auth.MAX_TRIES - 1, 0, -1):
        with pytest.raises(RuleViolation, match=f"{left} tries left"):
            auth.authenticate(ledger, "anne", "wrong guess")
    with pytest.raises(RuleViolation, match="locked out for"):
        auth.authenticate(ledger, "anne", "wrong guess")
    ledger.close()
    reopened = open_ledger(ledger.path)  # the lock-out is kept in the ledger
    with pytest.raises(RuleViolation, match="locked out after"):
        auth.authenticate(reopened, "anne", PASS)  # even the right passphrase, for now
    with reopened.reader() as s:
        tries = [json.loads(e.after_text) for e in s.scalars(
            select(AuditEntry).where(AuditEntry.entity == "user_secret"))]
    # the last entry: the count that locked the user out, and the row as stored (count reset)
    assert tries[-1]["note"]["failed_attempts"] == auth.MAX_TRIES and tries[-1]["locked_until"]
    assert tries[-1]["failed_attempts"] == 0
    with reopened.engine.begin() as c:  # the while has passed
        c.execute(update(UserSecret).values(locked_until=datetime(2000, 1, 1, tzinfo=UTC)))
    assert auth.authenticate(reopened, "anne", PASS).login == "anne"


def test_who_is_working_on_sqlite(tmp_path):
    ledger = open_ledger(tmp_path / "l.sqlite")
    asked = []

    def ask(login):
        asked.append(login)
        return PASS

    # one user: the operating-system login, no passphrase
    assert resolve(ledger, as_login=None, read_passphrase=ask, os_login="Anne") == "anne"
    with ledger.session(actor="anne") as s:
        auth.set_passphrase(session=s, login="anne", passphrase=PASS, by="anne")
        users.add_user(session=s, login="bob", role="officer", by="anne")
        auth.set_passphrase(session=s, login="bob", passphrase=PASS, by="anne")
    with pytest.raises(RuleViolation, match="has 2 users: say who you are with --as"):
        resolve(ledger, as_login=None, read_passphrase=ask, os_login="anne")
    assert resolve(ledger, as_login="BOB", read_passphrase=ask, os_login="anne") == "bob"
    assert asked == ["bob"]
    with pytest.raises(RuleViolation, match="wrong passphrase"):
        resolve(ledger, as_login="bob", read_passphrase=lambda _l: "nope nope", os_login="anne")


def _invoiced(ledger, exercise_id):
    with ledger.session() as s:
        order = orders.create_order(session=s, data=order_input(exercise_id), actor=ACTOR)
        orders.sign(session=s, order_id=order.id, signed_on=date(2025, 6, 3), actor="officer",
                    ordering_official=orders.Official("Hiroshi Sato", "2佐"),
                    issuing_official=orders.Official("Anne Tremblay", "Cdr"))
        qty = {ln.id: Decimal(ln.quantity) for ln in orders.order_lines(session=s,
                                                                        order_id=order.id)}
        orders.record_delivery(session=s, order_id=order.id, delivered_on=date(2025, 6, 4),
                               quantities=qty, actor=ACTOR)
        orders.record_receipt(session=s, order_id=order.id, received_on=date(2025, 6, 4),
                              received_by="Sato", actor=ACTOR)
        orders.raise_invoice(session=s, order_id=order.id, reference_text="I1",
                             issued_on=date(2025, 6, 5), actor=ACTOR)
        return order.id


def test_a_settlement_awaiting_approval_does_not_settle_or_close_the_order(ledger, exercise_id):
    oid = _invoiced(ledger, exercise_id)
    with ledger.session() as s:
        entry = orders.record_settlement(session=s, order_id=oid, settled_on=date(2025, 7, 1),
                                         method="cash", amount_minor=9_844_000, actor=ACTOR)
        order = orders.get_order(session=s, order_id=oid)
        assert (orders.outstanding_minor(order), order.status) == (0, "invoiced")
    with ledger.session() as s:
        orders.approve_settlement(session=s, settlement_id=entry.id, actor="o")
        assert orders.get_order(session=s, order_id=oid).status == "closed"
    with ledger.reader() as s:
        assert integrity.verify(s).ok


@pytest.mark.parametrize("ledger", ["sqlite"], indirect=True)  # PRAGMA: SQLite's own switch
def test_verify_finds_four_eyes_broken_with_the_constraints_off(ledger, exercise_id):
    oid = _invoiced(ledger, exercise_id)
    with ledger.session() as s:
        entry = orders.record_settlement(session=s, order_id=oid, settled_on=date(2025, 7, 1),
                                         method="cash", amount_minor=100, actor="officer2")
    with ledger.reader() as s:
        assert integrity.verify(s).ok
    raw = sqlite3.connect(ledger.path)
    raw.execute("PRAGMA ignore_check_constraints = ON")
    raw.execute("UPDATE acsa_order SET our_official_login = entered_by")
    raw.execute("DROP TRIGGER settlement_approval_four_eyes")
    raw.execute("INSERT INTO settlement_approval (settlement_id, approved_by, approved_at) "
                "VALUES (?, 'Officer2', '2025-07-02')", (entry.id,))
    raw.execute("UPDATE acsa_order SET status = 'closed'")
    raw.commit()
    raw.close()
    with ledger.reader() as s:
        problems = integrity.verify(s).problems
    assert "four eyes: order CAN-JPN-25-0001 was signed for our side by clerk, who entered it" \
        in problems
    assert any("approved by Officer2, who entered it" in p for p in problems), problems


def test_verify_finds_an_approval_by_a_clerk_and_a_closed_order_awaiting(ledger, exercise_id):
    oid = _invoiced(ledger, exercise_id)
    with ledger.session() as s:
        entry = orders.record_settlement(session=s, order_id=oid, settled_on=date(2025, 7, 1),
                                         method="cash", amount_minor=100, actor="officer2")
    with ledger.engine.begin() as c:
        c.execute(text("UPDATE acsa_order SET status = 'closed'"))
    # (verify's replay also names each hand-made change; the four-eyes lines are checked here)
    with ledger.reader() as s:
        assert [p for p in integrity.verify(s).problems if p.startswith("four eyes")] == [
            "four eyes: order CAN-JPN-25-0001 is closed while a settlement awaits approval"]
    with ledger.engine.begin() as c:
        c.execute(text("INSERT INTO settlement_approval (settlement_id, approved_by, "
                       "approved_at) VALUES (:i, 'clerk', '2025-07-02')"), {"i": entry.id})
    with ledger.reader() as s:
        assert [p for p in integrity.verify(s).problems if p.startswith("four eyes")] == [
            f"four eyes: settlement {entry.id} of order CAN-JPN-25-0001 was approved by clerk "
            "is a clerk, not an officer"]


def test_an_upgraded_ledger_keeps_its_recorded_names_as_inactive_users(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy(DATA / "ledger-schema-0001.sqlite", path)
    con = sqlite3.connect(path)
    recorded = {r[0] for r in con.execute(
        "SELECT entered_by FROM acsa_order UNION SELECT recorded_by FROM settlement "
        "UNION SELECT by FROM status_change UNION SELECT recorded_by FROM delivery")}
    con.close()
    upgraded = open_ledger(path)
    with upgraded.reader() as s:
        found = {u.login: u for u in users.list_users(session=s)}
        assert integrity.verify(s).ok, integrity.verify(s).problems
    assert {name.casefold() for name in recorded if name} <= set(found)
    assert not any(u.active for u in found.values())
    with upgraded.reader() as s:
        assert not any(auth.has_passphrase(session=s, login=u) for u in found)
    # whoever opens it first becomes its admin
    assert resolve(upgraded, as_login=None, read_passphrase=str, os_login="newcomer") == "newcomer"


def test_verify_finds_a_passphrase_hash_swapped_in_the_file(tmp_path):
    ledger = _ledger_with_admin(tmp_path)
    with ledger.reader() as s:
        assert integrity.verify(s).ok
    from argon2 import PasswordHasher

    ledger.close()
    con = sqlite3.connect(tmp_path / "l.sqlite")  # someone with the file sets their own passphrase
    con.execute("UPDATE user_secret SET passphrase_hash = ?", (PasswordHasher().hash("mine now!"),))
    con.commit()
    con.close()
    reopened = open_ledger(tmp_path / "l.sqlite")
    with reopened.reader() as s:
        problems = integrity.verify(s).problems
    assert any(p.startswith("user_secret anne, column passphrase_hash") for p in problems), problems
