"""Issue 14: French number entry in every step dialog (one widget, NumberEdit), and Notify
finance as an Order menu step reached from the keyboard."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from acsa_desk.db.engine import Ledger
from acsa_desk.services import claims, orders
from acsa_desk.ui.context import AppContext
from acsa_desk.ui.number_entry import NumberEdit
from acsa_desk.ui.orders import open_order_editor
from acsa_desk.ui.orders.steps import (
    DeliveryDialog,
    NotifyFinanceDialog,
    SettlementDialog,
    StepDialog,
)

TIMEOUT_MS = 10_000
#: Object names of the fields that take a money amount or a quantity.
NUMBER_FIELDS = ("amount", "quantity_", "official_limit", "unit_price")


def _invoiced(ledger: Ledger, order_id: int) -> None:
    with ledger.session(actor="clerk") as session:
        line_id = orders.order_lines(session=session, order_id=order_id)[0].id
        orders.record_delivery(session=session, order_id=order_id, delivered_on=date(2025, 6, 4),
                               quantities={line_id: 10}, actor="clerk")
        orders.record_receipt(session=session, order_id=order_id, received_on=date(2025, 6, 5),
                              received_by="PO1 Gagnon", actor="clerk")
        orders.raise_invoice(session=session, order_id=order_id, reference_text="INV-1",
                             issued_on=date(2025, 6, 6), actor="clerk")


def _record(qtbot: QtBot, editor: object, dialog: StepDialog) -> None:
    with qtbot.waitSignal(editor.step_recorded, timeout=TIMEOUT_MS):  # type: ignore[attr-defined]
        dialog.accept()


def _number_fields(dialog: StepDialog) -> list[QLineEdit]:
    return [edit for edit in dialog.findChildren(QLineEdit)
            if edit.objectName().startswith(NUMBER_FIELDS)]


def test_french_quantities_in_the_delivery_dialog(
    qtbot: QtBot, context: AppContext, ledger: Ledger, signed_order: int,
) -> None:
    context.locale = "fr_CA"
    editor = open_order_editor(context, signed_order)
    qtbot.addWidget(editor)
    dialog = editor.start_step("deliver")
    assert isinstance(dialog, DeliveryDialog)
    fields = _number_fields(dialog)
    assert fields and all(isinstance(f, NumberEdit) for f in fields)
    dialog.quantity_edit(1).setText("40 000,5")  # grouped with a space, decimal comma
    dialog.quantity_edit(2).setText("")
    dialog.quantity_edit(3).setText("0")
    _record(qtbot, editor, dialog)
    with ledger.reader() as session:
        line = orders.order_lines(session=session, order_id=signed_order)[0]
    assert line.delivered_quantity == "40000.5"


def test_french_amount_in_the_settlement_dialog_shown_and_read_the_french_way(
    qtbot: QtBot, context: AppContext, ledger: Ledger, signed_order: int,
) -> None:
    _invoiced(ledger, signed_order)
    context.locale = "fr_CA"
    context.actor = "officer"
    editor = open_order_editor(context, signed_order)
    qtbot.addWidget(editor)
    dialog = editor.start_step("settle")
    assert isinstance(dialog, SettlementDialog)
    assert isinstance(dialog.amount, NumberEdit)
    assert dialog.amount.text() == "11,20"  # what is outstanding, the French way
    dialog.amount.setText("1 0,00")  # not a number in either form: the core's rule says why
    assert dialog.problem_text()
    dialog.amount.setText("10,50")
    assert dialog.problem_text() == ""
    assert dialog.approved_by.choose("officer2")
    _record(qtbot, editor, dialog)
    with ledger.reader() as session:
        assert orders.get_order(session=session, order_id=signed_order).settled_minor == 1050


@pytest.mark.parametrize("shortcut", [True, False])
def test_notify_finance_is_an_order_menu_step_with_its_shortcut(
    qtbot: QtBot, context: AppContext, ledger: Ledger, signed_order: int, shortcut: bool,
) -> None:
    editor = open_order_editor(context, signed_order)
    qtbot.addWidget(editor)
    menu_action = editor.menus.steps["notify_finance"]
    assert menu_action in editor.menus.order_menu.actions()
    assert menu_action.shortcut().toString() == "Ctrl+Shift+F"
    assert not menu_action.isEnabled()  # signed: no claim yet
    _invoiced(ledger, signed_order)
    editor.reload()
    qtbot.waitUntil(lambda: menu_action.isEnabled(), timeout=TIMEOUT_MS)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()  # shortcuts go to the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    if shortcut:
        editor.number_edit.setFocus()
        qtbot.keyClick(editor.number_edit, Qt.Key.Key_F,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    else:
        menu_action.trigger()
    dialog = editor.step_dialog
    assert isinstance(dialog, NotifyFinanceDialog)
    dialog.accept()  # no office named: the service's rule, beside its field
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=TIMEOUT_MS)
    assert "name the finance or revenue office notified" in dialog.problem_text()
    dialog.notified_to.setText("Revenue office, JMSDF Yokosuka")
    dialog.reference.setText("memo 31")
    _record(qtbot, editor, dialog)
    with ledger.reader() as session:
        (notice,) = claims.finance_notices(session=session, order_id=signed_order)
    assert (notice.notified_to, notice.reference) == ("Revenue office, JMSDF Yokosuka", "memo 31")
