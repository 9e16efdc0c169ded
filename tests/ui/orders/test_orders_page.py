"""The Orders page driven as a user would: search, filters, chips, sorting, opening an order."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from acsa_desk.db.engine import Ledger
from acsa_desk.services import orders
from acsa_desk.services.queries import OrderFilter
from acsa_desk.ui.context import AppContext
from acsa_desk.ui.orders import OrdersPage
from acsa_desk.ui.orders.list_page import SEARCH_DELAY_MS
from acsa_desk.ui.orders.table_model import AMOUNT_MINOR_ROLE, ORDER_ID_ROLE, STATUS_ROLE, Column
from acsa_desk.ui.settings import Settings


@pytest.fixture
def page(qtbot: QtBot, demo_context: AppContext) -> OrdersPage:
    widget = OrdersPage(demo_context)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    return widget


def column(page: OrdersPage, col: Column, role: int = Qt.ItemDataRole.DisplayRole) -> list[object]:
    model = page.model
    return [model.index(r, col).data(role) for r in range(model.rowCount())]


def test_the_page_lists_the_first_page_of_orders(page: OrdersPage, demo_size: int) -> None:
    assert page.title() == "Orders"
    assert page.model.rowCount() == page.model.page_size < demo_size
    assert page.count_label.text() == f"{demo_size} orders"
    # newest first by default
    dates = column(page, Column.ORDERED)
    assert dates == sorted(dates, reverse=True)


def test_scrolling_fetches_the_next_page(qtbot: QtBot, page: OrdersPage) -> None:
    page.show()
    qtbot.waitExposed(page)
    page.view.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() > page.model.page_size)


def test_the_search_waits_for_a_pause_in_typing(qtbot: QtBot, page: OrdersPage) -> None:
    queries: list[int] = []
    page.model.requeried.connect(queries.append)
    qtbot.keyClicks(page.search, "diesel")
    assert page.model.order_filter().text == ""  # nothing asked yet: the timer is running
    assert page.search_timer.isActive() and page.search_timer.interval() == SEARCH_DELAY_MS
    qtbot.waitUntil(lambda: page.model.order_filter().text == "diesel")
    assert len(queries) == 1  # six keystrokes, one query
    assert 0 < page.model.total_count() < 600
    assert page.count_label.text() == f"{page.model.total_count()} orders"


def test_each_filter_narrows_the_rows(page: OrdersPage, demo_today: date) -> None:
    page.status_combo.setCurrentIndex(page.status_combo.findData("invoiced"))
    assert set(column(page, Column.STATUS, STATUS_ROLE)) == {"invoiced"}
    invoiced = page.model.total_count()
    page.partner_combo.setCurrentIndex(page.partner_combo.findData("USA"))
    assert set(column(page, Column.PARTNER)) == {"USA"}
    assert page.model.total_count() < invoiced
    page.direction_combo.setCurrentIndex(page.direction_combo.findData("provided"))
    assert page.current_filter() == OrderFilter(partner="USA", status="invoiced", direction="provided")
    for combo in (page.status_combo, page.partner_combo, page.direction_combo):
        combo.setCurrentIndex(0)
    page.category_combo.setCurrentIndex(page.category_combo.findData("fuel"))
    assert page.category_combo.currentText() == "Petroleum, oils and lubricants"
    assert 0 < page.model.total_count() < 600
    page.category_combo.setCurrentIndex(0)
    page.exercise_combo.setCurrentIndex(page.exercise_combo.findText("KAEDEX 2025"))
    assert set(column(page, Column.EXERCISE)) == {"KAEDEX 2025"}
    page.exercise_combo.setCurrentIndex(0)
    page.overdue_check.setChecked(True)
    assert page.current_filter().overdue_as_of == date.today()
    page.apply_filter(OrderFilter(overdue_as_of=demo_today))
    assert page.overdue_check.isChecked()
    assert page.model.order_filter().overdue_as_of == demo_today
    assert 0 < page.model.total_count() < 600


def test_a_dashboard_filter_sets_the_widgets_and_shows_a_chip(page: OrdersPage) -> None:
    ids = tuple(page.model.index(r, 0).data(ORDER_ID_ROLE) for r in (1, 2, 4, 7))
    page.apply_filter(OrderFilter(partner="JPN", order_ids=ids, text=""))
    assert page.partner_combo.currentData() == "JPN"
    jpn = [i for i in ids if i in set(column(page, Column.NUMBER, ORDER_ID_ROLE))]
    assert page.model.total_count() == len(jpn) > 0
    assert not page.selection_chip.isHidden()
    assert page.selection_chip.label.text() == f"Showing {len(ids)} selected orders"
    page.selection_chip.close_button.click()
    assert page.selection_chip.isHidden()
    assert page.model.order_filter() == OrderFilter(partner="JPN")
    page.apply_filter(OrderFilter(unsigned_past_signing=True))
    assert not page.unsigned_chip.isHidden() and page.partner_combo.currentIndex() == 0
    page.unsigned_chip.close_button.click()
    assert page.model.order_filter() == OrderFilter()


def test_sorting_by_a_header_requeries(page: OrdersPage) -> None:
    page.view.sortByColumn(Column.OUTSTANDING, Qt.SortOrder.AscendingOrder)
    values = column(page, Column.OUTSTANDING, AMOUNT_MINOR_ROLE)
    assert values == sorted(values)  # type: ignore[type-var]
    page.view.sortByColumn(Column.SIGNATURES, Qt.SortOrder.AscendingOrder)  # cannot sort
    header = page.view.horizontalHeader()
    assert header.sortIndicatorSection() == Column.OUTSTANDING
    assert page.model.sort_column() == Column.OUTSTANDING


def test_double_click_and_enter_open_the_order(qtbot: QtBot, page: OrdersPage) -> None:
    page.show()
    qtbot.waitExposed(page)
    opened: list[int] = []
    page._context.events.open_order.connect(opened.append)
    rect = page.view.visualRect(page.model.index(2, Column.NUMBER))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    expected = page.model.index(2, 0).data(ORDER_ID_ROLE)
    assert opened == [expected]
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert opened == [expected, page.model.index(3, 0).data(ORDER_ID_ROLE)]
    # the page's editors answer the request: one window per order
    qtbot.waitUntil(lambda: len(page.editors.editors()) == 2)
    assert {e.order_id() for e in page.editors.editors()} == set(opened)
    page.open_action.trigger()
    assert len(page.editors.editors()) == 2  # the same order again raises its window
    for editor in page.editors.editors():
        editor.close()


def test_a_change_of_the_ledger_refreshes_the_list(
    qtbot: QtBot, make_context: Callable[[Ledger], AppContext], ledger: Ledger, exercise_id: int,
) -> None:
    from tests.conftest import order_input

    context = make_context(ledger)
    page = OrdersPage(context)
    qtbot.addWidget(page)
    assert page.model.total_count() == 0
    with ledger.session(actor="clerk") as session:
        orders.create_order(session=session, data=order_input(exercise_id), actor="clerk")
    context.events.changed("orders")
    assert page.model.total_count() == 1
    assert page.model.index(0, Column.NUMBER).data() == "CAN-JPN-25-0001"
    assert page.model.index(0, Column.SIGNATURES).data() == "Awaiting"
    assert page.exercise_combo.findText("KAEDEX 2025") > 0


def test_find_focuses_the_search_box(qtbot: QtBot, page: OrdersPage) -> None:
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.search.setText("abc")
    page.view.setFocus()
    page.focus_search()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.search)
    assert page.search.selectedText() == "abc"


def test_the_column_layout_is_remembered(
    qtbot: QtBot, demo_context: AppContext, settings: Settings
) -> None:
    first = OrdersPage(demo_context)
    qtbot.addWidget(first)
    first.view.horizontalHeader().resizeSection(Column.NUMBER, 210)
    first.view.sortByColumn(Column.NUMBER, Qt.SortOrder.AscendingOrder)
    again = OrdersPage(demo_context)
    qtbot.addWidget(again)
    assert again.view.columnWidth(Column.NUMBER) == 210
    assert again.model.sort_column() == Column.NUMBER
    numbers = column(again, Column.NUMBER)
    assert numbers == sorted(numbers)  # type: ignore[type-var]
