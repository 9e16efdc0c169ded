"""Bulk writers' audit entries packed on a second thread (``audit.append_tree(later=True)``):
the same entries, in the same order, as written at once; nothing left behind by a commit, a
rollback or an error while packing."""

from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from acsa_desk.db import audit
from acsa_desk.db.engine import open_ledger
from acsa_desk.db.models import Exercise
from acsa_desk.interchange import orders_write
from acsa_desk.interchange.orders_import import import_orders
from tests.conftest import register_cast
from tests.interchange.conftest import csv_text, invoiced_row, order_row

STAMP = datetime(2026, 12, 3, 8, 0, 0, 123456, tzinfo=UTC)
ORDERS = 2 * orders_write.CHUNK + 37  # three chunks: two packed while the next is written


def _file(tmp_path):
    rows = []
    for n in range(ORDERS):
        number = f"CAN-JPN-25-{n:05d}"
        make = invoiced_row if n % 3 == 0 else order_row
        rows.append(make(order_number=number, description=f"fuel {n}", quantity=str(n + 1),
                         delivered_quantity=str(n + 1)))
        if n % 4 == 0:
            rows.append(make(order_number=number, description=f"its other line {n}",
                             unit_price="0.10"))
    path = tmp_path / "orders.csv"
    path.write_text(csv_text(rows), encoding="utf-8", newline="")
    return path


def _entries(ledger):
    with ledger.reader() as r:
        report = audit.verify(r)
        assert report.ok, report.problems
        return r.execute(text(
            "SELECT id, actor, entity, entity_id, action, packed FROM audit_entry "
            "WHERE entity = 'acsa_order' ORDER BY id")).all()


def _import(tmp_path, name, monkeypatch, *, later):
    ledger = register_cast(open_ledger(tmp_path / f"{name}.sqlite"))
    append_tree = audit.append_tree
    used = []

    def spy(*args, **kwargs):
        used.append(kwargs.get("later", False))
        if not later:
            kwargs["later"] = False
        return append_tree(*args, **kwargs)

    with monkeypatch.context() as m:
        m.setattr(orders_write, "now", lambda: STAMP)
        m.setattr(audit, "append_tree", spy)
        with ledger.session() as s:
            result = import_orders(session=s, path=_file(tmp_path), actor="clerk")
    assert result.orders == ORDERS
    assert used == [True, True, True]  # the import asks for it, chunk by chunk
    entries = _entries(ledger)
    ledger.close()
    return entries


def test_an_import_packed_later_writes_the_same_entries_in_the_same_order(tmp_path,
                                                                          monkeypatch):
    at_once = _import(tmp_path, "at-once", monkeypatch, later=False)
    later = _import(tmp_path, "later", monkeypatch, later=True)
    assert len(later) == ORDERS
    assert later == at_once
    order_ids = [int(row.entity_id) for row in later]
    assert order_ids == sorted(order_ids)  # chunk after chunk, as they were written


def _tree(session, number):
    """One bulk-written exercise row recorded as a tree with no children."""
    exercise = Exercise(name=f"Bulk {number}")
    session.add(exercise)
    session.flush()  # its own entry, by the unit of work
    return {"id": exercise.id, "name": exercise.name}


@pytest.fixture
def ledger(tmp_path):
    opened = register_cast(open_ledger(tmp_path / "ledger.sqlite"))
    yield opened
    opened.close()


def _audited(ledger):
    with ledger.reader() as r:
        assert audit.verify(r).ok
        return [tuple(row) for row in r.execute(text(
            "SELECT entity, entity_id, action FROM audit_entry ORDER BY id")).all()]


def test_a_change_after_a_later_append_is_chained_after_it(ledger):
    with ledger.session() as s:
        row = _tree(s, 1)
        audit.append_tree(s, "bulk_exercise", [row], {}, later=True)
        s.add(Exercise(name="After"))
        s.flush()  # the unit of work's entry: after the pending one
    entries = _audited(ledger)
    assert entries[-2:] == [("bulk_exercise", str(row["id"]), "insert"),
                            ("exercise", str(row["id"] + 1), "insert")]


def test_the_commit_writes_what_is_pending(ledger):
    with ledger.session() as s:
        row = _tree(s, 2)
        audit.append_tree(s, "bulk_exercise", [row], {}, later=True)
    assert _audited(ledger)[-1] == ("bulk_exercise", str(row["id"]), "insert")


def test_a_rollback_drops_what_is_pending(ledger):
    from sqlalchemy.orm import Session

    before = _audited(ledger)
    with Session(ledger.engine) as s:  # a session that goes on after a rollback
        audit.watch(s, "clerk")
        audit.append_tree(s, "bulk_exercise", [_tree(s, 3)], {}, later=True)
        s.rollback()  # the batch is abandoned
        with s.begin():
            s.add(Exercise(name="Next"))
    after = _audited(ledger)
    assert after[:-1] == before  # nothing of the dropped batch, then the next change
    assert after[-1][0] == "exercise"


def test_no_savepoint_while_entries_are_pending(ledger):
    """Written inside a savepoint, a rollback to it would drop the entries and keep their
    rows: refused, and the whole transaction with it."""
    before = _audited(ledger)
    with pytest.raises(RuntimeError, match="pending"), ledger.session() as s:
        audit.append_tree(s, "bulk_exercise", [_tree(s, 5)], {}, later=True)
        with s.begin_nested():
            s.add(Exercise(name="Not kept"))
    assert _audited(ledger) == before
    with ledger.session() as s:
        row = _tree(s, 6)
        audit.append_tree(s, "bulk_exercise", [row], {}, later=True)
        audit.drain(s)
        with pytest.raises(RuntimeError), s.begin_nested():  # drained first: allowed
            s.add(Exercise(name="Not kept"))
            s.flush()
            raise RuntimeError("refused")
    assert _audited(ledger)[-2:] == [("exercise", str(row["id"]), "insert"),
                                     ("bulk_exercise", str(row["id"]), "insert")]


def test_an_error_while_packing_fails_the_transaction(ledger):
    before = _audited(ledger)
    with pytest.raises(TypeError), ledger.session() as s:
        row = {**_tree(s, 4), "what": object()}  # no JSON for it
        audit.append_tree(s, "bulk_exercise", [row], {}, later=True)
    assert _audited(ledger) == before
