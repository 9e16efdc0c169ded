"""Moving a ledger to another database (e.g. SQLite -> PostgreSQL) loses nothing."""

from datetime import date

import pytest

from acsa_desk.core.errors import DatabaseProblem
from acsa_desk.db import audit
from acsa_desk.db.copy import copy_ledger
from acsa_desk.db.engine import open_ledger
from acsa_desk.services import balances, orders
from acsa_desk.services.demo import fill_demo
from tests.conftest import BACKENDS, open_backend


@pytest.fixture(params=BACKENDS)
def ledger(request, tmp_path):
    """The target of the copy: a fresh, empty ledger (no users registered)."""
    yield from open_backend(request, tmp_path, cast=False)


def test_copy_keeps_every_figure_and_the_audit_chain(ledger, tmp_path):
    source = open_ledger(tmp_path / "unit.sqlite")
    with source.session() as s:
        fill_demo(session=s, orders=150, seed=9, today=date(2026, 11, 25))
    copy_ledger(source, ledger)  # ledger: a fresh SQLite file or PostgreSQL database
    with source.reader() as a, ledger.reader() as b:
        assert balances.balances(session=a) == balances.balances(session=b)
        assert balances.overdue(session=a, as_of=date(2026, 11, 25)) == balances.overdue(
            session=b, as_of=date(2026, 11, 25))
        original, copied = audit.verify(a), audit.verify(b)
    assert copied.ok and copied.head == original.head and copied.entries == original.entries
    with ledger.session(actor="officer") as s:  # the copy keeps working: ids continue
        order = orders.order_by_number(session=s, number=orders.get_order(session=s, order_id=1).number)
        orders.history(session=s, order_id=order.id)
        from acsa_desk.services import reference

        reference.create_exercise(session=s, data=reference.ExerciseInput(name="After the move"))
    with ledger.reader() as s:
        assert audit.verify(s).ok
    with pytest.raises(DatabaseProblem, match="already holds a ledger"):
        copy_ledger(source, ledger)
    source.close()


@pytest.mark.parametrize("ledger", [pytest.param("postgresql", marks=pytest.mark.postgres)],
                         indirect=True)
def test_a_copy_into_postgresql_is_planned_with_its_statistics(ledger, tmp_path):
    """copy-to fills the database in one go: the planner's statistics are gathered after it,
    so the first searches are not planned for empty tables, and its pages are marked visible
    to all (VACUUM)."""
    source = open_ledger(tmp_path / "unit.sqlite")
    with source.session() as s:
        fill_demo(session=s, orders=120, seed=3, today=date(2026, 11, 25))
    copy_ledger(source, ledger)
    source.close()
    with ledger.engine.connect() as c:
        estimated = dict(c.exec_driver_sql(
            "SELECT relname, reltuples FROM pg_class WHERE relname IN "
            "('acsa_order', 'order_search_doc', 'order_line')").all())
        counted = {name: c.exec_driver_sql(f"SELECT count(*) FROM {name}").scalar()
                   for name in estimated}
    assert set(estimated) == {"acsa_order", "order_search_doc", "order_line"}
    assert counted["acsa_order"] == 120
    assert {name: int(rows) for name, rows in estimated.items()} == counted
    with ledger.engine.connect() as c:  # vacuumed: a count may read an index alone
        pages, visible = c.exec_driver_sql(
            "SELECT relpages, relallvisible FROM pg_class WHERE relname = 'order_search_doc'"
        ).one()
    assert pages > 0 and visible == pages
