"""The bulk imports index their orders once, at the end of their transaction
(``search_index.deferred``), instead of by the row triggers: the documents and the FTS5 index
they leave are exactly those the triggers leave, the triggers are back after, and a write that
fails leaves triggers, documents and index as they were (SQLite; PostgreSQL has no documents)."""

from __future__ import annotations

import contextlib
from datetime import date

import pytest

from acsa_desk.core.search import char_mask
from acsa_desk.db import search_index
from acsa_desk.db.engine import open_ledger
from acsa_desk.interchange import orders_import, settlements_import
from acsa_desk.interchange.csvfile import ImportCancelled
from acsa_desk.interchange.orders_import import import_orders
from acsa_desk.interchange.settlements_import import import_settlements
from acsa_desk.services import queries
from acsa_desk.services.demo import fill_demo
from tests.conftest import register_cast
from tests.interchange.conftest import csv_text, order_row

#: The documents are SQLite's (PostgreSQL indexes the rows themselves: tests/services/
#: test_search_index.py runs the imports' searches on both backends).
pytestmark = pytest.mark.parametrize("ledger", ["sqlite"], indirect=True)


def _orders_file(tmp_path, prefix: str):
    """Orders at every stage an import can bring them to, two of them invoiced."""
    rows = []
    for k in range(12):
        stage = {}
        if k % 3 == 1:
            stage = {"received_on": "2025-06-05"}
        elif k % 3 == 2:
            stage = {"received_on": "2025-06-05", "invoiced_on": "2025-06-09"}
        number = f"{prefix}-{k:04d}"
        rows.append(order_row(order_number=number, description=f"Ration pack {prefix} {k}",
                              requesting_unit=f"HMCS Unit {k}", **stage))
        if k % 4 == 0:  # a second line
            rows.append(order_row(order_number=number, description="Fresh water Ｆ－７６",
                                  requesting_unit=f"HMCS Unit {k}", quantity="10",
                                  delivered_quantity="10", **stage))
    path = tmp_path / f"{prefix}.csv"
    path.write_text(csv_text(rows), encoding="utf-8", newline="")
    return path


def _settlements_file(tmp_path, numbers: list[tuple[str, str]]):
    lines = ["order_number,settled_on,method,amount,currency,reference"]
    today = date.today().isoformat()  # the demo's invoices are dated up to today
    lines += [f"{n},{today},cash,1,{cur},SWIFT-{i}77" for i, (n, cur) in enumerate(numbers)]
    path = tmp_path / "settlements.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _index(ledger) -> dict[str, object]:
    """The documents, the FTS5 index's own content and the triggers' definitions."""
    with ledger.reader() as s:
        c = s.connection()
        return {
            "docs": c.exec_driver_sql(
                f"SELECT id, doc, chars FROM {search_index.DOCS} ORDER BY id").all(),
            "matches": c.exec_driver_sql(
                f"SELECT rowid FROM {search_index.TABLE} WHERE {search_index.TABLE} MATCH "
                "'\"ration pack\" OR \"swift-\" OR \"imported\" OR \"kirisame\"' ORDER BY rowid"
            ).all(),
            "triggers": c.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                "AND name LIKE 'order_search%' ORDER BY name").all(),
        }


def _integrity(ledger) -> None:
    with ledger.session() as s:  # FTS5's own check of its index against the documents
        s.connection().exec_driver_sql(
            f"INSERT INTO {search_index.TABLE} ({search_index.TABLE}, rank) "
            "VALUES ('integrity-check', 1)")


def _fill(ledger, tmp_path) -> None:
    """A demo's orders, then an import of new ones, then settlements of old and new."""
    with ledger.session() as s:
        fill_demo(session=s, orders=30, seed=5)
    with ledger.session() as s:
        import_orders(session=s, path=_orders_file(tmp_path, "CAN-JPN-25"), actor="clerk")
    with ledger.reader() as s:
        invoiced = [(o.number, o.currency) for o in queries.page_orders(
            session=s, flt=queries.OrderFilter(statuses=("invoiced",)), limit=6)]
    assert len(invoiced) >= 4
    with ledger.session() as s:
        import_settlements(session=s, path=_settlements_file(tmp_path, invoiced), actor="clerk")


def test_imports_leave_the_index_the_row_triggers_would(ledger, tmp_path, monkeypatch):
    (tmp_path / "a").mkdir()
    _fill(ledger, tmp_path / "a")
    deferred = _index(ledger)
    with ledger.reader() as s:
        assert search_index.problems(s.connection()) == []
    _integrity(ledger)

    # The same work with the triggers left on, row by row, in a second ledger
    other = register_cast(open_ledger(tmp_path / "by-triggers.sqlite"))
    try:
        for module in (orders_import, settlements_import):
            monkeypatch.setattr(module.search_index, "deferred",
                                lambda _c: contextlib.nullcontext())
        (tmp_path / "b").mkdir()
        _fill(other, tmp_path / "b")
        assert _index(other) == deferred
    finally:
        other.close()
    assert len(deferred["triggers"]) == 6 and len(deferred["matches"]) >= 12
    assert all(chars == char_mask(doc) for _id, doc, chars in deferred["docs"])
    with ledger.reader() as s:
        found = queries.page_orders(session=s, flt=queries.OrderFilter(text="swift-077"),
                                    limit=10)
        assert len(found) == 1  # a settlement's reference, on an order older than the import
        assert [o.number for o in queries.page_orders(
            session=s, flt=queries.OrderFilter(text="ration pack can-jpn-25 11"), limit=10)] \
            == ["CAN-JPN-25-0011"]


def test_a_failed_bulk_write_leaves_triggers_and_index_as_they_were(ledger, tmp_path):
    with ledger.session() as s:
        fill_demo(session=s, orders=10, seed=5)
    before = _index(ledger)
    path = _orders_file(tmp_path, "CAN-JPN-26")
    calls = iter(range(100))

    def cancelled() -> bool:  # after the first chunk of orders is written
        return next(calls) >= 1

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("acsa_desk.interchange.orders_write.CHUNK", 4)
        with pytest.raises(ImportCancelled), ledger.session() as s:
            import_orders(session=s, path=path, actor="clerk", cancelled=cancelled)
    assert _index(ledger) == before  # the triggers are back (the same definitions)
    with ledger.session() as s:  # and keep the index in step, row by row, again
        import_orders(session=s, path=path, actor="clerk")
        s.connection().exec_driver_sql(
            "UPDATE acsa_order SET delivery_place = 'Pier Kirisame II' WHERE number = ?",
            ("CAN-JPN-26-0003",))
    with ledger.reader() as s:
        assert search_index.problems(s.connection()) == []
        assert [o.number for o in queries.page_orders(
            session=s, flt=queries.OrderFilter(text="kirisame ii"), limit=10)] \
            == ["CAN-JPN-26-0003"]
    _integrity(ledger)
