"""The main window's Order menu (issue #14 point 4): every step on the selected order by its
shortcut, New order without colliding with New database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from acsa_desk.db.engine import Ledger
from acsa_desk.ui.orders import OrderEditor, OrdersPage
from acsa_desk.ui.orders.steps import SignDialog
from acsa_desk.ui.page import PageId
from tests.ui.app.conftest import OFFSCREEN_NOISE, Desk, Known

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def editors() -> list[OrderEditor]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, OrderEditor) and w.isVisible()]


@pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, r"^This plugin does not support raise\(\)$")
def test_the_order_menu_reaches_every_step_from_the_keyboard(
    qtbot: QtBot, desk: Desk, ledger: Ledger, known: Known
) -> None:
    desk.start(ledger)
    window = desk.window
    actions = window.menu_actions
    steps = {"sign", "deliver", "receive", "invoice", "settle", "reverse", "cancel", "close"}
    assert steps <= set(actions.order_steps)
    assert all(a.shortcut().toString() for a in actions.order_steps.values())
    new_database = {s.toString() for s in actions.new_database.shortcuts()}
    assert actions.new_order.shortcut().toString() not in new_database
    titles = [a.text() for a in window.menu_bar.actions()]
    assert "&Order" in titles

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)  # the Orders page
    page = window.page(PageId.ORDERS)
    assert isinstance(page, OrdersPage)
    row = page.model.row_of(known.requested)
    assert row is not None
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(row, 0))
    qtbot.keyClick(page.view, Qt.Key.Key_G, CTRL | SHIFT)  # Order > Sign…
    opened = [e for e in editors() if e.order_id() == known.requested]
    assert len(opened) == 1
    editor = opened[0]
    assert isinstance(editor.step_dialog, SignDialog) and editor.step_dialog.isVisible()
    editor.step_dialog.reject()
    editor.close()

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(page.view, Qt.Key.Key_N, CTRL | SHIFT)  # Order > New order…
    new = [e for e in editors() if e.order_id() is None]
    assert len(new) == 1
    new[0].close()
    desk.idle()
