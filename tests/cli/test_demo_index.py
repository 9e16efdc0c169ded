"""`acsa-desk demo` into a new file builds it aside with the orders search's row triggers set
aside (``search_index.deferred``) and makes the index once at the end: the finished ledger
has the schema, the triggers, the documents and the search results of a demo written row by
row with the triggers on (SQLite)."""

import sqlite3

from acsa_desk.db import search_index
from acsa_desk.db.engine import open_ledger
from acsa_desk.services import queries
from acsa_desk.services.demo import fill_demo
from tests.cli.helpers import cli

ORDERS, SEED = 60, 7
SEARCHES = ("kirisame", "HMCS Ottawa", "inv-jpn-0000", "pay-0000", "marine diesel", "田中",
            "sea of japan", "ab")


def _schema(path) -> list[tuple[str, str, tuple[str, ...]]]:
    """Every table's, index's and trigger's SQL, its lines sorted: the order of a table's
    constraints is not the same from one process to the next (SQLAlchemy keeps them in a set,
    whose order depends on string hashing)."""
    connection = sqlite3.connect(path)
    try:
        return [(kind, name, tuple(sorted(line.strip().rstrip(",")
                                          for line in (sql or "").splitlines())))
                for kind, name, sql in connection.execute(
                    "SELECT type, name, sql FROM sqlite_master ORDER BY type, name")]
    finally:
        connection.close()


def _searched(path) -> dict[str, object]:
    ledger = open_ledger(path, create=False)
    try:
        with ledger.reader() as s:
            c = s.connection()
            assert search_index.problems(c) == []
            return {
                "docs": c.exec_driver_sql(
                    f"SELECT id, doc FROM {search_index.DOCS} ORDER BY id").all(),
                **{text: [o.number for o in queries.page_orders(
                    session=s, flt=queries.OrderFilter(text=text), limit=1000)]
                   for text in SEARCHES},
            }
    finally:
        ledger.close()


def test_a_demo_built_aside_is_indexed_once_as_the_triggers_would(tmp_path):
    aside = tmp_path / "aside.sqlite"
    cli("--db", aside, "demo", "--orders", ORDERS, "--seed", SEED)
    # The same orders written with the triggers on (a demo into an existing ledger)
    by_triggers = tmp_path / "by-triggers.sqlite"
    ledger = open_ledger(by_triggers)
    with ledger.session(actor="demo") as session:
        fill_demo(session=session, orders=ORDERS, seed=SEED)
    ledger.close()

    assert _schema(aside) == _schema(by_triggers)  # the triggers are back, as they were
    connection = sqlite3.connect(aside)
    triggers = dict(connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))
    connection.close()
    assert {name: triggers.get(name) for name in search_index.SQLITE_TRIGGERS} \
        == search_index.SQLITE_TRIGGERS
    found = _searched(aside)
    assert found == _searched(by_triggers)
    assert len(found["docs"]) == ORDERS
    connection = sqlite3.connect(aside)
    number, invoice = connection.execute(  # a demo order and one of its invoices
        "SELECT o.number, i.reference FROM acsa_order o JOIN invoice i ON i.order_id = o.id "
        "ORDER BY o.id DESC LIMIT 1").fetchone()
    connection.close()
    ledger = open_ledger(aside, create=False)
    try:
        with ledger.reader() as s:
            for text in (number, invoice):
                assert [o.number for o in queries.page_orders(
                    session=s, flt=queries.OrderFilter(text=text), limit=10)] == [number]
    finally:
        ledger.close()
    assert any(found[text] for text in SEARCHES)
