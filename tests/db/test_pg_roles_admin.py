"""On a real PostgreSQL server: nothing is deleted by any application role, and an admin
manages the ledger's users (and their server logins) from the program, audited; nobody else
can."""

import uuid

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError, OperationalError

from acsa_desk.core.errors import DatabaseProblem, RuleViolation
from acsa_desk.db import audit, pg_roles
from acsa_desk.db.engine import open_ledger
from acsa_desk.db.models import AuditEntry, OrderLineWithdrawn
from acsa_desk.services import auth, orders, reference, users
from tests.conftest import order_input

pytestmark = pytest.mark.postgres


@pytest.fixture
def people(pg_server):
    """A ledger given to acsa_owner, with an admin, a clerk and an officer who log in as
    themselves (trust authentication on the test server)."""
    from tests.pg import fresh_database

    url, drop = fresh_database(pg_server)
    owner = open_ledger(url)
    pg_roles.init_roles(owner)
    tag = uuid.uuid4().hex[:6]
    logins = {"admin": f"admin_{tag}", "clerk": f"clerk_{tag}", "officer": f"officer_{tag}"}
    for role, login in logins.items():
        pg_roles.add_user(owner, login, role, display_name=role.title())
    database = url.rsplit("/", 1)[1]

    def connect(login):
        return open_ledger(f"postgresql+psycopg://{login}@{pg_server.host}:{pg_server.port}/"
                           f"{database}")

    ledgers = {key: connect(login) for key, login in logins.items()}
    yield owner, ledgers, logins, connect, tag
    for ledger in ledgers.values():
        ledger.close()
    owner.close()
    drop()


def refused(ledger, statement, fragment="permission denied"):
    with pytest.raises(DBAPIError, match=fragment):
        with ledger.engine.begin() as c:
            c.execute(text(statement))


def _draft(ledger, login):
    with ledger.session(actor=login) as s:
        ex = reference.create_exercise(session=s, data=reference.ExerciseInput(
            name="KAEDEX 2025", partners=("JPN", "USA")))
        order = orders.create_order(session=s, data=order_input(ex.id), actor=login)
        return ex.id, order.id, order.version


def test_no_application_role_deletes_anything(people):
    _owner, ledgers, logins, _connect, _tag = people
    clerk, me = ledgers["clerk"], logins["clerk"]
    ex, oid, version = _draft(clerk, me)
    for who in ("clerk", "officer", "admin"):
        for table in ("order_line", "exercise_partner", "reconciliation",
                      "reconciliation_item", "reconciliation_action", "order_line_withdrawn",
                      "exercise_partner_change", "app_user"):
            refused(ledgers[who], f"DELETE FROM {table}")
    refused(clerk, "UPDATE reconciliation_action SET reason = 'x'")
    line = clerk.engine.connect().execute(text(
        "SELECT max(id) FROM order_line")).scalar_one()
    # the owner's function will not take a line off without its recorded withdrawal ...
    refused(clerk, f"SELECT acsa_withdraw_draft_line({line})",
            "only with its withdrawal recorded")
    refused(ledgers["admin"], "CREATE TABLE mine (i int)")
    # ... and through the services the draft loses a line, kept on record by its clerk
    with clerk.session(actor=me) as s:
        orders.update_order(session=s, order_id=oid, actor=me, expected_version=version,
                            data=order_input(ex, lines=order_input(ex).lines[:2]))
        reference.update_exercise(session=s, exercise_id=ex, data=reference.ExerciseInput(
            name="KAEDEX 2025", partners=("JPN",)))
    with clerk.reader() as s:
        assert len(orders.order_lines(session=s, order_id=oid)) == 2
        assert [w.withdrawn_by for w in s.scalars(select(OrderLineWithdrawn))] == [me]
        assert reference.exercise_partners(session=s, exercise_id=ex) == ["JPN"]
        report = audit.verify(s)
        assert report.ok, report.problems
    # a withdrawal recorded in another's name is refused by the server
    refused(clerk, "INSERT INTO order_line_withdrawn (line_id, order_id, line_no, category, "
                   "description, nsn, unit_of_issue, quantity, unit_price_minor, withdrawn_by,"
                   " withdrawn_at) SELECT id, order_id, line_no, category, description, nsn, "
                   "unit_of_issue, quantity, unit_price_minor, 'someone_else', now() FROM "
                   "order_line LIMIT 1", "who: order_line_withdrawn recorded as someone_else")


def test_an_admin_manages_users_and_their_server_logins(people, pg_server):
    owner, ledgers, logins, connect, tag = people
    admin, boss = ledgers["admin"], logins["admin"]
    new = f"newclerk_{tag}"
    with admin.session(actor=boss) as s:
        user = auth.register(session=s, login=new.upper(), role="clerk", by=boss,
                             passphrase="a long server password", display_name="New Clerk")
        assert user.login == new
    with owner.engine.connect() as c:
        assert c.execute(text("SELECT rolcanlogin AND rolpassword LIKE 'SCRAM-SHA-256$%' "
                              "FROM pg_authid WHERE rolname = :r"), {"r": new}).scalar()
        assert c.execute(text("SELECT pg_has_role(:r, 'acsa_clerk', 'MEMBER')"),
                         {"r": new}).scalar()
    newcomer = connect(new)
    try:
        with newcomer.session(actor=new) as s:  # the new clerk works at once, as themselves
            reference.create_exercise(session=s, data=reference.ExerciseInput(name="X"))
        with admin.session(actor=boss) as s:
            users.set_role(session=s, login=new, role="officer", by=boss)
        with owner.engine.connect() as c:
            groups = c.execute(text(
                "SELECT string_agg(g.rolname, ',' ORDER BY g.rolname) FROM pg_auth_members m "
                "JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
                "WHERE u.rolname = :r"), {"r": new}).scalar()
        assert groups == "acsa_officer"
        with admin.session(actor=boss) as s:
            users.deactivate(session=s, login=new, by=boss)
        newcomer.engine.dispose()
        with pytest.raises((OperationalError, DatabaseProblem), match="not permitted to log in"):
            with newcomer.reader() as s:
                s.execute(text("SELECT 1"))
    finally:
        newcomer.close()
    with admin.reader() as s:  # each change is audited as done by the admin
        entries = list(s.scalars(select(AuditEntry).where(AuditEntry.entity == "app_user",
                                                          AuditEntry.entity_id == new)))
        assert [e.actor for e in entries] == [boss, boss, boss]
        report = audit.verify(s)
        assert report.ok, report.problems


def test_nobody_but_an_admin_manages_logins(people):
    owner, ledgers, logins, _connect, tag = people
    clerk, officer, admin = ledgers["clerk"], ledgers["officer"], ledgers["admin"]
    with pytest.raises(RuleViolation, match="only an admin can add users"):
        with officer.session(actor=logins["officer"]) as s:
            users.add_user(session=s, login=f"x_{tag}", role="admin", by=logins["officer"])
    for ledger in (clerk, officer):  # and by hand the server refuses
        refused(ledger, f"SELECT acsa_manage_login('x_{tag}', 'acsa_admin', NULL, NULL)")
        refused(ledger, "INSERT INTO app_user (login, role, active) VALUES ('x', 'admin', true)")
        refused(ledger, f"UPDATE app_user SET role = 'admin' WHERE login = '{logins['clerk']}'")
    # an admin manages this ledger's logins only: never a superuser, the owner or a stranger
    with admin.engine.connect() as c:
        me = c.execute(text("SELECT session_user")).scalar()
    stranger = f"stranger_{tag}"  # a server login of someone else's application
    with owner.engine.begin() as c:
        c.execute(text(f"CREATE ROLE {stranger} LOGIN"))
    for target in ("acsa", "acsa_owner", "acsa_officer", stranger):
        refused(admin, f"SELECT acsa_manage_login('{target}', 'acsa_clerk', NULL, false)",
                "not a login of this ledger|permission denied")
    refused(admin, f"SELECT acsa_manage_login('{me}', 'pg_read_all_data', NULL, NULL)",
            "no group")
    refused(admin, "ALTER ROLE acsa SUPERUSER", "permission denied|must be superuser")
    refused(admin, "ALTER TABLE app_user DISABLE TRIGGER ALL", "must be owner")
