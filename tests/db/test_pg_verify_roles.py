"""Verify on a PostgreSQL ledger with its roles set up (admin init): the server-side checks
of who acts, including the four-eyes trigger on signing, must be there as shipped."""

import pytest
from sqlalchemy import text

from acsa_desk.db import audit, shipped
from tests.db.test_pg_roles import roles  # noqa: F401  (the fixture)

pytestmark = pytest.mark.postgres


def test_verify_reports_a_dropped_or_disabled_who_trigger(roles):  # noqa: F811
    admin, ledgers, _people = roles
    with admin.reader() as s:
        assert shipped.problems(s.connection()) == []
    with ledgers["auditor"].reader() as s:  # an auditor's verify sees the triggers too
        assert shipped.problems(s.connection()) == []
    with admin.engine.begin() as c:
        c.execute(text("SET LOCAL ROLE acsa_owner"))
        c.execute(text("DROP TRIGGER settlement_recorded_by_login ON settlement"))
        c.execute(text("ALTER TABLE acsa_order DISABLE TRIGGER acsa_order_signed_by_login"))
    with ledgers["auditor"].reader() as s:
        report = audit.verify(s)
    assert "trigger settlement_recorded_by_login on settlement is missing (the server no " \
           "longer checks who acts)" in report.problems
    assert "trigger acsa_order_signed_by_login on acsa_order is disabled" in report.problems


def test_the_registry_names_every_who_trigger_admin_init_makes(roles):  # noqa: F811
    admin, _ledgers, _people = roles
    with admin.engine.connect() as c:
        made = {(r[0], r[1]) for r in c.execute(text(
            "SELECT t.tgname, c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE NOT t.tgisinternal AND t.tgname LIKE '%\\_login'"))}
    assert made == {(name, table) for name, table, _f in shipped.who_triggers()}
