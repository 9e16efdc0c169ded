"""Keyboard-first (issue #14 point 4): steps from the Order menu by shortcut, Escape/Ctrl+W
close, Ctrl+Y redo, a toolbar that does not move, Down/Enter from the search, Ctrl+End and the
scrollbar reach the last order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractSlider, QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from acsa_desk.db.engine import Ledger
from acsa_desk.services import orders
from acsa_desk.ui.context import AppContext
from acsa_desk.ui.orders import OrderEditor, OrdersPage, open_order_editor
from acsa_desk.ui.orders.keys import NEW_ORDER_SHORTCUT, STEP_SHORTCUTS
from acsa_desk.ui.orders.lines_model import LineColumn
from acsa_desk.ui.orders.steps import SignDialog
from tests.conftest import order_input

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Shortcuts go to the active window: make it so, as a click on it would."""
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _forget_edits(editor: OrderEditor) -> None:
    from shiboken6 import Shiboken

    if Shiboken.isValid(editor):  # closed (and deleted) by the test itself
        editor.undo_stack.setClean()


@pytest.fixture
def entered_order(ledger: Ledger, exercise_id: int) -> int:
    with ledger.session(actor="clerk") as session:
        order = orders.create_order(session=session, data=order_input(exercise_id), actor="clerk")
        assert order.id is not None
        return order.id


@pytest.fixture
def editor(qtbot: QtBot, context: AppContext, entered_order: int) -> OrderEditor:
    opened = open_order_editor(context, entered_order)
    qtbot.addWidget(opened, before_close_func=_forget_edits)
    activate(qtbot, opened)
    return opened


def test_every_step_is_in_the_order_menu_with_its_own_shortcut(editor: OrderEditor) -> None:
    steps = editor.menus.steps
    assert set(steps) == set(editor.step_actions)  # every step the editor offers
    shortcuts = [action.shortcut().toString() for action in steps.values()]
    assert all(shortcuts) and len(set(shortcuts)) == len(shortcuts)
    assert set(editor.menus.order_menu.actions()) >= set(steps.values())
    # a requested order may be signed or cancelled: the other steps are greyed, not hidden
    enabled = {name for name, action in steps.items() if action.isEnabled()}
    assert enabled == {"sign", "cancel"}


def test_ctrl_shift_g_opens_the_sign_dialog(qtbot: QtBot, editor: OrderEditor) -> None:
    assert STEP_SHORTCUTS["sign"] == "Ctrl+Shift+G"
    editor.number_edit.setFocus()
    qtbot.keyClick(editor.number_edit, Qt.Key.Key_G, CTRL | SHIFT)
    assert isinstance(editor.step_dialog, SignDialog) and editor.step_dialog.isVisible()
    editor.step_dialog.reject()
    # a step the status does not allow does nothing
    qtbot.keyClick(editor.number_edit, Qt.Key.Key_D, CTRL | SHIFT)
    assert editor.step_dialog is None


def test_ctrl_y_redoes_and_the_toolbar_does_not_move(qtbot: QtBot, context: AppContext,
                                                     exercise_id: int) -> None:
    editor = open_order_editor(context, None)
    qtbot.addWidget(editor, before_close_func=lambda e: e.undo_stack.setClean())
    activate(qtbot, editor)
    toolbar = editor.toolbar
    after_undo = toolbar.widgetForAction(editor.toolbar_redo)
    x_before = after_undo.x()
    qtbot.keyClicks(editor.delivery_place_edit, "Yokosuka, berth 4 and the long quay")
    assert editor.undo_action.text().endswith("Edit delivery place")
    assert editor.toolbar_undo.text() == "&Undo" and "delivery place" in editor.toolbar_undo.toolTip()
    assert after_undo.x() == x_before  # the Undo label grew in the menu, not in the toolbar
    qtbot.keyClick(editor.delivery_place_edit, Qt.Key.Key_Z, CTRL)
    assert editor.delivery_place_edit.text() == ""
    qtbot.keyClick(editor.delivery_place_edit, Qt.Key.Key_Y, CTRL)
    assert editor.delivery_place_edit.text() == "Yokosuka, berth 4 and the long quay"


@pytest.mark.parametrize("key", ["escape", "ctrl+w"])
def test_escape_and_ctrl_w_close_the_editor(qtbot: QtBot, context: AppContext,
                                            entered_order: int, key: str) -> None:
    editor = open_order_editor(context, entered_order)  # deleted when closed
    activate(qtbot, editor)
    editor.delivery_place_edit.setFocus()
    if key == "escape":
        qtbot.keyClick(editor.delivery_place_edit, Qt.Key.Key_Escape)
    else:
        qtbot.keyClick(editor.delivery_place_edit, Qt.Key.Key_W, CTRL)
    qtbot.waitUntil(lambda: not editor.isVisible())


def test_escape_while_editing_a_cell_only_ends_the_cell(qtbot: QtBot, context: AppContext,
                                                        exercise_id: int) -> None:
    editor = open_order_editor(context, None)
    qtbot.addWidget(editor, before_close_func=lambda e: e.undo_stack.setClean())
    activate(qtbot, editor)
    editor.add_line_button.click()
    view = editor.lines_view
    view.edit(editor.lines_model.index(0, LineColumn.DESCRIPTION))
    cell = view.findChild(QLineEdit)
    assert cell is not None and cell.isVisible()
    qtbot.keyClick(cell, Qt.Key.Key_Escape)
    assert editor.isVisible()
    qtbot.waitUntil(lambda: view.findChild(QLineEdit) is None or not cell.isVisible())


@pytest.fixture
def page(qtbot: QtBot, demo_context: AppContext) -> OrdersPage:
    widget = OrdersPage(demo_context)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_down_and_enter_from_the_search_go_to_the_results(qtbot: QtBot, page: OrdersPage) -> None:
    page.search.setFocus()
    qtbot.keyClicks(page.search, "diesel")
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.model.order_filter().text == "diesel"  # applied at once, no wait
    assert QApplication.focusWidget() is page.view
    assert page.view.currentIndex().row() == 0
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is page.view


def test_ctrl_end_reaches_the_last_order(qtbot: QtBot, page: OrdersPage, demo_size: int) -> None:
    assert page.model.rowCount() < demo_size
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.view, Qt.Key.Key_End, CTRL)
    assert page.model.rowCount() == demo_size
    assert page.view.currentIndex().row() == demo_size - 1


def test_the_scrollbar_end_reaches_the_last_order(qtbot: QtBot, page: OrdersPage,
                                                  demo_size: int) -> None:
    scrollbar = page.view.verticalScrollBar()
    scrollbar.triggerAction(QAbstractSlider.SliderAction.SliderToMaximum)
    assert page.model.rowCount() == demo_size
    def last_visible() -> int:
        return page.view.indexAt(page.view.viewport().rect().bottomLeft() - QPoint(-2, 2)).row()

    qtbot.waitUntil(lambda: last_visible() == demo_size - 1)


def test_new_order_does_not_collide_with_new_database() -> None:
    assert QKeySequence(NEW_ORDER_SHORTCUT) not in QKeySequence.keyBindings(
        QKeySequence.StandardKey.New)


def test_ready_for_signature_is_not_said_while_a_line_has_errors(
    qtbot: QtBot, context: AppContext, exercise_id: int
) -> None:
    from tests.ui.orders.test_order_editor import fill_header, fill_lines

    editor = open_order_editor(context, None)
    qtbot.addWidget(editor, before_close_func=_forget_edits)
    fill_header(editor, qtbot, exercise_id)
    fill_lines(editor, qtbot, (("fuel", "Marine diesel F-76", "", "L", "85000", "1.125"),))
    assert not editor.missing_label.text().startswith("Ready for signature")
    assert "marked in red" in editor.missing_label.text()
    model = editor.lines_model
    model.setData(model.index(0, LineColumn.UNIT_PRICE), "1.12")  # corrected
    assert editor.missing_label.text().startswith("Ready for signature")
