"""Least privilege on a real PostgreSQL server: each person logs in as their own role, and
nothing a clerk, officer or auditor does outside the program's rules succeeds."""

import threading
import uuid
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from acsa_desk.core.errors import DatabaseProblem, RuleViolation
from acsa_desk.db import audit, pg_roles
from acsa_desk.db.engine import open_ledger
from acsa_desk.services import orders, reference
from acsa_desk.services.identity import resolve
from tests.conftest import both_officials, order_input

pytestmark = pytest.mark.postgres


@pytest.fixture
def roles(pg_server):
    """A ledger database given to acsa_owner, with a clerk, two officers and an auditor who
    log in as themselves (trust authentication on the test server)."""
    from tests.pg import fresh_database

    url, drop = fresh_database(pg_server)
    admin = open_ledger(url)
    pg_roles.init_roles(admin)
    tag = uuid.uuid4().hex[:6]
    people = {"clerk": f"clerk_{tag}", "officer": f"officer_{tag}",
              "officer2": f"officer2_{tag}", "auditor": f"auditor_{tag}"}
    for key, login in people.items():
        pg_roles.add_user(admin, login, key.rstrip("2"), display_name=key.title())
    database = url.rsplit("/", 1)[1]
    ledgers = {key: open_ledger(f"postgresql+psycopg://{login}@{pg_server.host}:"
                                f"{pg_server.port}/{database}")
               for key, login in people.items()}
    yield admin, ledgers, people
    for ledger in ledgers.values():
        ledger.close()
    admin.close()
    drop()


def who(ledger):
    return resolve(ledger, as_login=None, read_passphrase=str)


def refused(ledger, statement, fragment="permission denied|must be owner"):
    with pytest.raises(DBAPIError, match=fragment):
        with ledger.engine.begin() as c:
            c.execute(text(statement))


def test_a_clerk_and_an_officer_take_an_order_from_request_to_closed(roles):
    _admin, ledgers, people = roles
    clerk, officer = ledgers["clerk"], ledgers["officer"]
    me = who(clerk)
    assert me == people["clerk"]  # from the server, not the environment
    assert who(officer) == people["officer"]
    with pytest.raises(RuleViolation, match="on PostgreSQL you act as your server login"):
        resolve(clerk, as_login=people["officer"], read_passphrase=str)
    with clerk.session(actor=me) as s:
        exercise = reference.create_exercise(session=s, data=reference.ExerciseInput(
            name="KAEDEX 2025", partners=("JPN",)))
        oid = orders.create_order(session=s, data=order_input(exercise.id), actor=me).id
    with pytest.raises(RuleViolation, match="only an officer can sign"):
        with clerk.session(actor=me) as s:
            orders.sign(session=s, order_id=oid, signed_on=date(2025, 6, 3), actor=me,
                        **both_officials())
    boss = who(officer)
    with officer.session(actor=boss) as s:
        orders.sign(session=s, order_id=oid, signed_on=date(2025, 6, 3), actor=boss,
                    **both_officials())
    with clerk.session(actor=me) as s:
        qty = {ln.id: Decimal(ln.quantity) for ln in orders.order_lines(session=s, order_id=oid)}
        orders.record_delivery(session=s, order_id=oid, delivered_on=date(2025, 6, 4),
                               quantities=qty, actor=me)
        orders.record_receipt(session=s, order_id=oid, received_on=date(2025, 6, 4),
                              received_by="3佐 田中", actor=me)
        orders.raise_invoice(session=s, order_id=oid, reference_text="INV-1",
                             issued_on=date(2025, 6, 5), actor=me)
        paid = orders.record_settlement(session=s, order_id=oid, settled_on=date(2025, 7, 1),
                                        method="cash", amount_minor=9_844_000, actor=me)
        assert orders.get_order(session=s, order_id=oid).status == "invoiced"
    # through a unit of work the refusal is one line for the user (DatabaseProblem)
    with pytest.raises(DatabaseProblem, match="permission denied for table settlement_approval"):
        with clerk.session(actor=me) as s:  # a clerk cannot approve, even by hand
            s.execute(text("INSERT INTO settlement_approval (settlement_id, approved_by, "
                           "approved_at) VALUES (:i, :w, now())"), {"i": paid.id, "w": me})
    with officer.session(actor=boss) as s:
        orders.approve_settlement(session=s, settlement_id=paid.id, actor=boss)
        assert orders.get_order(session=s, order_id=oid).status == "closed"
    with ledgers["auditor"].reader() as s:
        report = audit.verify(s)
    assert report.ok, report.problems


def test_a_clerk_can_only_do_what_the_program_does(roles):
    _admin, ledgers, _people = roles
    clerk = ledgers["clerk"]
    for statement in (
        "TRUNCATE acsa_order CASCADE",
        "TRUNCATE audit_entry",
        "DELETE FROM settlement",
        "DELETE FROM audit_entry",
        "DELETE FROM acsa_order",
        "UPDATE delivery SET quantity = '0'",
        "UPDATE audit_entry SET actor = 'mallory'",
        "UPDATE settlement SET amount_minor = 1",
        "UPDATE acsa_order SET entered_by = 'someone'",
        "UPDATE app_user SET role = 'admin'",
        "ALTER TABLE delivery DISABLE TRIGGER ALL",
        "ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only",
        "DROP TRIGGER audit_entry_append_only ON audit_entry",
        "ALTER TABLE acsa_order DROP CONSTRAINT ck_acsa_order_four_eyes",
        "CREATE TABLE mine (i int)",
        "CREATE SCHEMA mine",
        "SELECT * FROM user_secret",
        "CREATE TRIGGER t BEFORE INSERT ON delivery FOR EACH ROW "
        "EXECUTE FUNCTION acsa_refuse_change()",
    ):
        refused(clerk, statement)
    # what the clerk records names the clerk: the server checks it against its login
    refused(clerk, "INSERT INTO status_change (order_id, at, by, from_status, to_status, reason)"
                   " VALUES (1, now(), 'someone_else', '', 'requested', '')",
            "who: status_change recorded as someone_else")


def test_an_auditor_reads_and_cannot_insert(roles):
    _admin, ledgers, _people = roles
    auditor = ledgers["auditor"]
    with auditor.reader() as s:
        assert s.execute(text("SELECT count(*) FROM audit_entry")).scalar() >= 0
    me = who(auditor)
    refused(auditor, "INSERT INTO exercise (name, activity_type, place) VALUES ('X', "
                     "'exercise', '')")
    refused(auditor, "INSERT INTO audit_entry (id, at, actor, entity, entity_id, action, before, "
                     f"after, prev_hash, hash) VALUES (99, 'x', '{me}', 'x', '1', 'insert', '',"
                     " '', 'x', 'x')")
    with pytest.raises(RuleViolation, match="an auditor reads the ledger and changes nothing"):
        with auditor.session(actor=me) as s:
            reference.create_exercise(session=s, data=reference.ExerciseInput(name="X"))


def test_two_officers_racing_to_approve_one_settlement_exactly_one_wins(roles):
    admin, ledgers, people = roles
    clerk = ledgers["clerk"]
    me = who(clerk)
    with clerk.session(actor=me) as s:
        exercise = reference.create_exercise(session=s, data=reference.ExerciseInput(
            name="KAEDEX 2025", partners=("JPN",)))
        oid = orders.create_order(session=s, data=order_input(exercise.id), actor=me).id
    with ledgers["officer"].session(actor=people["officer"]) as s:
        orders.sign(session=s, order_id=oid, signed_on=date(2025, 6, 3), actor=people["officer"],
                    **both_officials())
    with clerk.session(actor=me) as s:
        qty = {ln.id: Decimal(ln.quantity) for ln in orders.order_lines(session=s, order_id=oid)}
        orders.record_delivery(session=s, order_id=oid, delivered_on=date(2025, 6, 4),
                               quantities=qty, actor=me)
        orders.record_receipt(session=s, order_id=oid, received_on=date(2025, 6, 4),
                              received_by="Sato", actor=me)
        orders.raise_invoice(session=s, order_id=oid, reference_text="I", issued_on=date(2025, 6, 5),
                             actor=me)
        paid = orders.record_settlement(session=s, order_id=oid, settled_on=date(2025, 7, 1),
                                        method="cash", amount_minor=100, actor=me).id
    start = threading.Barrier(2)
    outcomes: dict[str, str] = {}

    def approve(key):
        ledger, login = ledgers[key], people[key]
        try:
            with ledger.session(actor=login) as s:
                orders.settlements(session=s, order_id=oid)  # both have read it unapproved
                start.wait(timeout=30)
                orders.approve_settlement(session=s, settlement_id=paid, actor=login)
            outcomes[key] = "approved"
        except RuleViolation as exc:
            outcomes[key] = str(exc)

    threads = [threading.Thread(target=approve, args=(k,)) for k in ("officer", "officer2")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert sorted(outcomes.values()).count("approved") == 1, outcomes
    loser = next(v for v in outcomes.values() if v != "approved")
    assert "approved" in loser
    with admin.reader() as s:
        assert s.execute(text("SELECT count(*) FROM settlement_approval")).scalar() == 1


def test_migrations_run_as_the_owner_only(roles, pg_server):
    admin, ledgers, _people = roles
    clerk = ledgers["clerk"]
    with pytest.raises(DatabaseProblem, match="only its owner"):
        with clerk.engine.begin() as c:
            pg_roles.before_migration(c)
    engine = create_engine(admin.url)
    with engine.begin() as c:  # the administrator may become the owner
        pg_roles.before_migration(c)
        assert c.execute(text("SELECT current_user")).scalar() == pg_roles.OWNER
    engine.dispose()


def test_a_saved_reconciliation_is_never_updated_even_below_the_triggers(roles):
    """Reconciliations are records: a writer may add them and never UPDATE or DELETE one
    (the grant refuses it before the append-only trigger would)."""
    _admin, ledgers, _people = roles
    for key in ("clerk", "officer"):
        for table, column in (("reconciliation", "statement_name"),
                              ("reconciliation_item", "state"), ("reconciliation_action", "reason")):
            for statement in (f"UPDATE {table} SET {column} = 'x'", f"DELETE FROM {table}"):
                refused(ledgers[key], statement, f"permission denied for table {table}")
