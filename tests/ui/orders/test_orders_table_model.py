"""The orders table model: SQL paging, sorting and filtering; what each cell shows."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from acsa_desk.db.engine import Ledger
from acsa_desk.db.models import Order
from acsa_desk.services import queries
from acsa_desk.services.queries import OrderFilter
from acsa_desk.ui.orders import labels
from acsa_desk.ui.orders.table_model import (
    AMOUNT_MINOR_ROLE,
    ORDER_ID_ROLE,
    SORT_KEYS,
    STATUS_ROLE,
    Column,
    OrdersTableModel,
)

ROOT = QModelIndex()


DEMO_ORDERS = 600  # as tests/ui/orders/conftest.py builds it
DEMO_TODAY = date(2026, 6, 30)


@pytest.fixture(autouse=True)
def _demo_as_expected(demo_size: int, demo_today: date) -> None:
    assert (demo_size, demo_today) == (DEMO_ORDERS, DEMO_TODAY)


@pytest.fixture
def model(qtbot: QtBot, demo_ledger: Ledger) -> OrdersTableModel:
    return OrdersTableModel(demo_ledger, locale="en_CA", page_size=200)


def outstanding(model: OrdersTableModel) -> list[int]:
    return [model.index(r, Column.OUTSTANDING).data(AMOUNT_MINOR_ROLE) for r in range(model.rowCount())]


def test_the_model_passes_the_model_tester(qtmodeltester: ModelTester, model: OrdersTableModel) -> None:
    qtmodeltester.check(model)  # the tester stays attached: what follows is checked too
    model.fetchMore(ROOT)
    model.sort(Column.OUTSTANDING, Qt.SortOrder.AscendingOrder)
    model.set_filter(OrderFilter(partner="JPN"))
    model.fetchMore(ROOT)
    model.reload()
    model.set_filter(OrderFilter(text="no such order anywhere"))


def test_rows_arrive_one_page_at_a_time(model: OrdersTableModel) -> None:
    assert model.total_count() == DEMO_ORDERS
    assert model.rowCount() == model.page_size == 200 < DEMO_ORDERS
    assert model.canFetchMore(ROOT)
    model.fetchMore(ROOT)
    assert model.rowCount() == 400
    model.fetchMore(ROOT)
    model.fetchMore(ROOT)  # nothing left: no change
    assert model.rowCount() == DEMO_ORDERS
    assert not model.canFetchMore(ROOT)
    ids = [model.index(r, 0).data(ORDER_ID_ROLE) for r in range(model.rowCount())]
    assert len(set(ids)) == DEMO_ORDERS


def test_sorting_asks_the_database_again(model: OrdersTableModel, demo_ledger: Ledger) -> None:
    """Amounts sort within a currency (currencies in code order), each currency's in SQL."""
    model.fetchMore(ROOT)
    model.sort(Column.OUTSTANDING, Qt.SortOrder.AscendingOrder)
    assert model.rowCount() == 200  # a new query: back to the first page
    values = per_currency(model)
    assert values == sorted(values)
    first = values[0][0]
    outstanding_sql = Order.billable_minor - Order.settled_minor  # type: ignore[operator]
    with demo_ledger.reader() as session:
        smallest = session.scalar(select(func.min(outstanding_sql)).where(Order.currency == first))
        largest = session.scalar(select(func.max(outstanding_sql)).where(Order.currency == first))
    assert values[0][1] == smallest
    model.sort(Column.OUTSTANDING, Qt.SortOrder.DescendingOrder)
    values = per_currency(model)
    assert [(c, -v) for c, v in values] == sorted((c, -v) for c, v in values)
    assert values[0] == (first, largest)
    # the next page continues the database's order
    model.fetchMore(ROOT)
    values = per_currency(model)
    assert [(c, -v) for c, v in values] == sorted((c, -v) for c, v in values)


def per_currency(model: OrdersTableModel) -> list[tuple[str, int]]:
    return [(model.order_row(r).currency, model.index(r, Column.OUTSTANDING).data(AMOUNT_MINOR_ROLE))
            for r in range(model.rowCount())]


def test_a_column_that_cannot_sort_leaves_the_rows_alone(model: OrdersTableModel) -> None:
    model.sort(Column.NUMBER, Qt.SortOrder.AscendingOrder)
    first = model.index(0, Column.NUMBER).data()
    model.sort(Column.SIGNATURES, Qt.SortOrder.DescendingOrder)
    assert model.sort_column() == Column.NUMBER
    assert model.index(0, Column.NUMBER).data() == first


def test_filters_narrow_the_rows(model: OrdersTableModel, demo_ledger: Ledger) -> None:
    model.set_filter(OrderFilter(partner="JPN", status="invoiced"))
    assert 0 < model.total_count() < DEMO_ORDERS
    for r in range(model.rowCount()):
        assert model.index(r, Column.PARTNER).data() == "JPN"
        assert model.index(r, Column.STATUS).data(STATUS_ROLE) == "invoiced"
    fuel_received = OrderFilter(category="fuel", direction="received")
    model.set_filter(fuel_received)
    with demo_ledger.reader() as session:
        expected = queries.count_orders(session=session, flt=fuel_received)
    assert model.total_count() == expected < DEMO_ORDERS
    model.set_filter(OrderFilter(overdue_as_of=DEMO_TODAY))
    assert 0 < model.total_count() < DEMO_ORDERS
    model.set_filter(OrderFilter(text="no such order anywhere"))
    assert model.total_count() == 0 and model.rowCount() == 0
    assert not model.canFetchMore(ROOT)


def test_the_chosen_orders_only(model: OrdersTableModel) -> None:
    ids = tuple(model.index(r, 0).data(ORDER_ID_ROLE) for r in (3, 5, 8))
    model.set_filter(OrderFilter(order_ids=ids))
    assert model.total_count() == 3
    assert {model.index(r, 0).data(ORDER_ID_ROLE) for r in range(3)} == set(ids)


def test_money_is_formatted_for_the_locale_and_right_aligned(model: OrdersTableModel) -> None:
    model.set_filter(OrderFilter(text=""))
    seen: set[str] = set()
    for r in range(model.rowCount()):
        currency = model.index(r, Column.CURRENCY).data()
        text = model.index(r, Column.BILLABLE).data()
        seen.add(currency)
        if currency == "JPY":
            assert "¥" in text and "." not in text  # en_CA writes JP¥214,618
        if currency == "CAD":
            assert text.startswith("$") and text[-3] == "."
        align = model.index(r, Column.OUTSTANDING).data(Qt.ItemDataRole.TextAlignmentRole)
        assert align & int(Qt.AlignmentFlag.AlignRight)
    assert {"JPY", "CAD"} <= seen


def test_status_has_a_colour_and_a_text(model: OrdersTableModel) -> None:
    index = model.index(0, Column.STATUS)
    status = index.data(STATUS_ROLE)
    assert index.data() == labels.status_label(status) != ""
    background = index.data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(background, QColor)
    assert background == QColor(labels.STATUS_LOOKS[status].background)


def test_orders_past_signing_without_signatures_are_marked(model: OrdersTableModel) -> None:
    model.set_filter(OrderFilter(unsigned_past_signing=True))
    if model.rowCount() == 0:
        pytest.skip("the demo ledger has no unsigned delivered orders with this seed")
    index = model.index(0, Column.SIGNATURES)
    assert index.data() == "Missing"
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "without both" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_reload_keeps_the_rows_fetched(model: OrdersTableModel, demo_ledger: Ledger) -> None:
    model.fetchMore(ROOT)
    assert model.rowCount() == 400
    model.reload()
    assert model.rowCount() == 400 and model.total_count() == DEMO_ORDERS
    assert model.index(0, Column.ORDERED).data() >= model.index(399, Column.ORDERED).data()
    assert date.fromisoformat(model.index(0, Column.ORDERED).data()) <= DEMO_TODAY


@pytest.mark.parametrize("column", [Column.EXERCISE, Column.OUTSTANDING, Column.STATUS])
def test_scrolling_pages_by_keyset_never_by_offset(model: OrdersTableModel, demo_ledger: Ledger,
                                                   column: Column) -> None:
    """Each further page starts after the last row fetched (no OFFSET, which reads every row
    before the page), and the rows are exactly the whole list's, in its order."""
    from sqlalchemy import event

    model.sort(column, Qt.SortOrder.DescendingOrder)
    sent: list[tuple[str, tuple]] = []

    def caught(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        sent.append((statement, tuple(parameters)))

    event.listen(demo_ledger.engine, "before_cursor_execute", caught)
    try:
        while model.canFetchMore(ROOT):
            model.fetchMore(ROOT)
    finally:
        event.remove(demo_ledger.engine, "before_cursor_execute", caught)
    paging = [(s, p) for s, p in sent if "LIMIT" in s.upper()]
    # SQLite's dialect always writes "LIMIT ? OFFSET ?": the offset is a parameter, always 0
    assert paging and all(p[-1] == 0 for s, p in paging if s.rstrip().endswith("OFFSET ?"))
    key = SORT_KEYS[column]
    assert key is not None
    with demo_ledger.reader() as session:
        whole = queries.page_orders(session=session, flt=OrderFilter(), sort=key,
                                    descending=True, limit=DEMO_ORDERS)
    assert [model.order_row(r).id for r in range(model.rowCount())] == [r.id for r in whole]


def test_a_search_matching_nothing_reads_the_orders_once(model: OrdersTableModel,
                                                         demo_ledger: Ledger) -> None:
    """The count found nothing (in the same snapshot): no page query after it."""
    from sqlalchemy import event

    sent: list[str] = []

    def caught(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        sent.append(statement)

    model.rowCount()
    event.listen(demo_ledger.engine, "before_cursor_execute", caught)
    try:
        model.set_filter(OrderFilter(text="no such order anywhere"))
    finally:
        event.remove(demo_ledger.engine, "before_cursor_execute", caught)
    assert model.rowCount() == 0 and model.total_count() == 0
    reads = [s for s in sent if s.lstrip().upper().startswith("SELECT")]
    assert len(reads) == 1 and "count(" in reads[0], sent  # the count (in the search index)
    model.set_filter(OrderFilter())
    assert model.rowCount() == model.page_size


def test_each_page_is_asked_for_with_the_lists_count(model: OrdersTableModel,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The model gives each page query the count it holds, so the query can choose its plan
    (a page sorted by exercise on PostgreSQL) without counting again."""
    asked: list[int | None] = []
    real = queries.page_orders

    def page_orders(**kwargs):  # type: ignore[no-untyped-def]
        asked.append(kwargs.get("matches"))
        return real(**kwargs)

    monkeypatch.setattr(queries, "page_orders", page_orders)
    model.set_filter(OrderFilter(partner="JPN"))
    jpn = model.total_count()
    model.fetchMore(ROOT)
    model.fetch_to_end()
    assert asked and asked == [jpn] * len(asked) and 0 < jpn < DEMO_ORDERS
