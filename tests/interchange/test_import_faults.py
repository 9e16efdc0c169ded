"""Faults of the machine during an import end in one line, nothing saved (issue 9, section 1)."""

import threading

import pytest
from sqlalchemy import event

from acsa_desk.core.errors import DatabaseProblem, LedgerError
from acsa_desk.interchange.orders_import import import_orders
from tests.interchange.conftest import order_row, snapshot


def _rows(n):
    return [order_row(order_number=f"C-{i:05d}", description=f"Diesel lot {i}")
            for i in range(n)]


def test_two_imports_of_the_same_orders_at_once_one_wins_the_other_says_so(ledger, write):
    """On PostgreSQL the second writer waits on the first, then meets its order numbers."""
    path = write(_rows(20))
    first_done = threading.Event()
    flushed = threading.Event()
    errors = []

    def second():
        flushed.wait(60)
        try:
            with ledger.session() as s:
                import_orders(session=s, path=path, actor="other")
        except Exception as exc:
            errors.append(exc)

    worker = threading.Thread(target=second)
    worker.start()
    with ledger.session() as s:
        import_orders(session=s, path=path, actor="clerk")
        flushed.set()
        first_done.wait(0.5 if ledger.is_sqlite else 2)  # the other is now waiting on us
    worker.join(120)
    assert len(errors) == 1
    (error,) = errors
    # SQLite: the second waits for the lock, then finds the orders there (ImportRejected);
    # PostgreSQL: it meets the first one's numbers in the unique index (DatabaseProblem)
    assert isinstance(error, LedgerError), repr(error)
    assert "\n" not in str(error)
    assert "already exists" in str(error) or "at the same time" in str(error) or \
        "busy" in str(error)


def test_a_full_disk_during_an_import_is_one_line_and_nothing_is_saved(tmp_path, write):
    from acsa_desk.db.engine import open_ledger

    ledger = open_ledger(tmp_path / "full.sqlite")
    before = snapshot(ledger)

    @event.listens_for(ledger.engine, "connect")
    def _tiny(dbapi_connection, _record):  # the file may not grow: SQLITE_FULL
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 2}")

    ledger.engine.dispose()
    with pytest.raises(DatabaseProblem, match="disk is full"), ledger.session() as s:
        import_orders(session=s, path=write(_rows(3000)), actor="clerk")
    ledger.engine.dispose()
    event.remove(ledger.engine, "connect", _tiny)
    assert snapshot(ledger) == before
    ledger.close()
