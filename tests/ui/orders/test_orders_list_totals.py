"""The Orders page answers "how much" (issue #14 point 5): ordered value column, totals per
currency of the rows filtered, several statuses at once, the list exported as shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from acsa_desk.core.money import format_money
from acsa_desk.services import order_lists
from acsa_desk.ui.context import AppContext
from acsa_desk.ui.dialogs import ScriptedDialogs
from acsa_desk.ui.orders import OrdersPage
from acsa_desk.ui.orders.table_model import AMOUNT_MINOR_ROLE, Column


@pytest.fixture
def page(qtbot: QtBot, demo_context: AppContext) -> OrdersPage:
    widget = OrdersPage(demo_context)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_totals_follow_the_filter_currency_by_currency(page: OrdersPage,
                                                       demo_context: AppContext) -> None:
    with demo_context.ledger.reader() as session:
        everything = order_lists.totals_by_currency(session=session, flt=page.model.order_filter())
    text = page.totals_label.text()
    for total in everything:
        assert format_money(total.outstanding_minor, total.currency, "en_CA") in text
    page.partner_combo.setCurrentIndex(page.partner_combo.findData("JPN"))
    assert page.model.order_filter().partner == "JPN"
    with demo_context.ledger.reader() as session:
        jpn = order_lists.totals_by_currency(session=session, flt=page.model.order_filter())
    assert jpn != everything
    assert page.totals_label.text() != text
    for total in jpn:
        assert format_money(total.billable_minor, total.currency, "en_CA") in page.totals_label.text()


def test_several_statuses_and_the_ordered_value(page: OrdersPage) -> None:
    page.status_checks["requested"].setChecked(True)
    page.status_checks["signed"].setChecked(True)
    assert page.model.order_filter().statuses == ("requested", "signed")
    shown = {page.model.order_row(r).status for r in range(page.model.rowCount())}
    assert shown == {"requested", "signed"}
    assert page.statuses_button.text() == "2 statuses"
    values = [page.model.index(r, Column.ORDERED_VALUE).data(AMOUNT_MINOR_ROLE)
              for r in range(page.model.rowCount())]
    assert all(isinstance(v, int) and v > 0 for v in values)


def test_export_writes_the_rows_shown(qtbot: QtBot, page: OrdersPage, dialogs: ScriptedDialogs,
                                      tmp_path: Path) -> None:
    page.partner_combo.setCurrentIndex(page.partner_combo.findData("USA"))
    target = tmp_path / "usa.xlsx"
    dialogs.answer_save_file(target)
    with qtbot.waitSignal(page.exported, timeout=20_000):
        page.export_action.trigger()
    book = load_workbook(target, read_only=True)
    cells = list(book.active.iter_rows(values_only=True))
    book.close()
    numbers = [c[0] for c in cells[1:]]
    assert len(numbers) == page.model.total_count()
    assert numbers[: page.model.rowCount()] == [page.model.order_row(r).number
                                                for r in range(page.model.rowCount())]
