"""A whole order through the real window, as an officer would do it.

Create an exercise from the welcome page, enter an order with three lines, sign (as another
person), deliver part, receive, invoice, settle part, settle the rest — and at each step see
the order's status in the editor and the dashboard's figures change. Then the order form and
the partner's statement from the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt

from acsa_desk.services import reference
from acsa_desk.ui.dashboard import DashboardPage
from acsa_desk.ui.orders.steps import (
    DeliveryDialog,
    SettlementDialog,
    SignDialog,
    StepDialog,
)
from acsa_desk.ui.page import PageId
from tests.ui.app.conftest import OFFSCREEN_NOISE, WAIT_MS
from tests.ui.orders.test_order_editor import fill_header, fill_lines

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from acsa_desk.db.engine import Ledger
    from acsa_desk.ui.orders import OrderEditor
    from tests.ui.app.conftest import Desk


def tiles(dashboard: DashboardPage) -> dict[str, str]:
    return {name: tile.count() for name, tile in dashboard.tiles.items()}


def cad_receivable(dashboard: DashboardPage) -> int | None:
    data = dashboard.data()
    assert data is not None
    rows = [b for b in data.balances if (b.partner, b.currency) == ("JPN", "CAD")]
    return rows[0].receivable_minor if rows else None


def step(qtbot: QtBot, editor: OrderEditor, action: str, fill) -> None:  # type: ignore[no-untyped-def]
    editor.step_actions[action].trigger()
    dialog = editor.step_dialog
    assert isinstance(dialog, StepDialog) and dialog.isVisible()
    fill(dialog)
    with qtbot.waitSignal(editor.step_recorded, timeout=WAIT_MS):
        dialog.accept()


@pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, r"^This plugin does not support raise\(\)$")
def test_a_whole_order_through_the_window(qtbot: QtBot, desk: Desk, ledger: Ledger) -> None:
    desk.start(ledger)
    window = desk.window
    assert window.current_page_id() is None  # the welcome page of an empty ledger

    # 1. a new exercise from the welcome page
    qtbot.mouseClick(window.welcome_page.new_exercise_button, Qt.MouseButton.LeftButton)
    from acsa_desk.ui.exercises import ExerciseDialog

    dialog = window.findChild(ExerciseDialog)
    assert dialog is not None
    dialog.name.setText("KAEDEX 2026")
    dialog.partners.setText("JPN")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    desk.idle()
    with ledger.reader() as s:
        exercise = reference.exercise_by_name(session=s, name="KAEDEX 2026")

    dashboard = window.page(PageId.DASHBOARD)
    assert isinstance(dashboard, DashboardPage)

    def dashboard_shows(**expected: str) -> None:
        window.show_page(PageId.DASHBOARD)
        qtbot.waitUntil(lambda: all(tiles(dashboard)[k] == v for k, v in expected.items()),
                        timeout=WAIT_MS)

    # 2. an order with three lines, entered by the clerk
    window.show_page(PageId.ORDERS)
    orders_page = window.page(PageId.ORDERS)
    editor = orders_page.new_order()
    qtbot.addWidget(editor, before_close_func=lambda e: e.undo_stack.setClean())
    fill_header(editor, qtbot, exercise.id)
    fill_lines(editor, qtbot)
    assert editor.totals_label.text() == "Total ordered: $158,080.00"
    with qtbot.waitSignal(editor.saved, timeout=WAIT_MS):
        editor.save_action.trigger()
    assert editor.status_text() == "Requested"
    dashboard_shows(awaiting_signatures="1", delivered_not_invoiced="0", invoiced_unsettled="0")
    assert orders_page.model.total_count() == 1

    # 3. signed by an officer: the clerk cannot sign what the clerk entered
    desk.controller.context.actor = "officer"

    def sign(d: SignDialog) -> None:
        d.ordering_name.setText("Hiroshi Sato")
        d.ordering_rank.setText("2佐")
        d.issuing_name.setText("Anne Tremblay")
        d.issuing_rank.setText("Cdr")

    step(qtbot, editor, "sign", sign)
    assert editor.status_text() == "Signed"
    dashboard_shows(awaiting_signatures="0")

    # 4. delivered in part: 40000 L of fuel only
    def deliver(d: DeliveryDialog) -> None:
        d.quantity_edit(1).setText("40000")
        d.quantity_edit(2).setText("0")
        d.quantity_edit(3).setText("0")

    step(qtbot, editor, "deliver", deliver)
    assert editor.status_text() == "Delivered"
    dashboard_shows(delivered_not_invoiced="1")
    assert cad_receivable(dashboard) == 4_480_000  # 40000 x 1.12

    # 5. received, 6. invoiced
    step(qtbot, editor, "receive", lambda d: d.received_by.setText("PO1 M. Gagnon"))
    assert editor.status_text() == "Received"
    step(qtbot, editor, "invoice", lambda d: d.reference.setText("INV-2026-0001"))
    assert editor.status_text() == "Invoiced"
    dashboard_shows(delivered_not_invoiced="0", invoiced_unsettled="1")

    # 7. settled in part, then the rest
    def settle_part(d: SettlementDialog) -> None:
        d.amount.setText("30000.00")
        d.reference.setText("JMOD transfer 118")
        d.approved_by.choose("officer2")

    step(qtbot, editor, "settle", settle_part)
    assert editor.status_text() == "Invoiced"
    window.show_page(PageId.DASHBOARD)
    qtbot.waitUntil(lambda: cad_receivable(dashboard) == 1_480_000, timeout=WAIT_MS)

    step(qtbot, editor, "settle", lambda d: d.approved_by.choose("officer2"))
    assert editor.status_text() == "Settled"  # fuel and water not delivered: not closed yet
    dashboard_shows(invoiced_unsettled="0")
    window.show_page(PageId.DASHBOARD)
    qtbot.waitUntil(lambda: cad_receivable(dashboard) in (0, None), timeout=WAIT_MS)
    history = [row[3] for row in editor.history_model.rows()]
    for status in ("Requested", "Signed", "Delivered", "Received", "Invoiced", "Settled"):
        assert any(status in str(cell) for cell in history), (status, history)

    # 8. the paper: the order form from the editor, the statement from the balances
    preview = editor.show_order_form()
    assert preview is not None
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: preview.viewer.document is not None
                    and preview.viewer.document.pageCount() >= 1, timeout=WAIT_MS * 2)
    statement = dashboard.show_statement()
    assert statement is not None
    qtbot.addWidget(statement)
    qtbot.waitUntil(lambda: statement.viewer.document is not None
                    and statement.viewer.document.pageCount() >= 1, timeout=WAIT_MS * 2)
    desk.idle()
