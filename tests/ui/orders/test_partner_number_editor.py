"""The partner's number in the order editor and the orders list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from acsa_desk.services import orders
from acsa_desk.services.queries import OrderFilter
from acsa_desk.ui.context import AppContext
from acsa_desk.ui.orders import OrderEditor, open_order_editor
from acsa_desk.ui.orders.table_model import Column, OrdersTableModel
from tests.conftest import order_input
from tests.ui.orders.test_order_editor import fill_header, fill_lines, forget_edits


def watch(qtbot: QtBot, editor: OrderEditor) -> OrderEditor:
    qtbot.addWidget(editor, before_close_func=forget_edits)
    return editor


def test_entered_with_a_new_order(qtbot: QtBot, context: AppContext, exercise_id: int) -> None:
    editor = watch(qtbot, OrderEditor(context, None))
    fill_header(editor, qtbot, exercise_id)
    fill_lines(editor, qtbot)
    qtbot.keyClicks(editor.partner_number_edit, "JMSDF-25-0077")
    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        editor.save_action.trigger()
    with context.ledger.reader() as session:
        order = orders.get_order(session=session, order_id=saved.args[0])
        assert order.partner_order_number == "JMSDF-25-0077"


def test_a_signed_order_takes_its_partner_number_and_nothing_else(
    qtbot: QtBot, context: AppContext, signed_order: int,
) -> None:
    editor = watch(qtbot, open_order_editor(context, signed_order))
    assert editor.number_edit.isReadOnly() and not editor.partner_number_edit.isReadOnly()
    assert not editor.save_action.isVisible()
    editor.delivery_place_edit.setText("Sasebo")  # read-only: put back
    assert editor.delivery_place_edit.text() == "Sea of Japan"
    editor.partner_number_edit.setText("x" * 61)
    assert editor.save_action.isVisible()
    assert editor.save() is False
    assert "at most 60" in editor.field_message("partner_order_number")
    editor.partner_number_edit.setText("JMSDF-25-0077")
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        assert editor.save() is True
    with context.ledger.reader() as session:
        order = orders.get_order(session=session, order_id=signed_order)
        assert (order.partner_order_number, order.delivery_place, order.status) == (
            "JMSDF-25-0077", "Sea of Japan", "signed")
    assert not editor.save_action.isVisible() and not editor.is_modified()


def test_listed_in_the_orders_table(qtbot: QtBot, context: AppContext, exercise_id: int) -> None:
    with context.ledger.session(actor="clerk") as session:
        orders.create_order(session=session, actor="clerk",
                            data=order_input(exercise_id, partner_order_number="J-77"))
    model = OrdersTableModel(context.ledger, locale="en_CA")
    model.set_filter(OrderFilter())
    assert model.headerData(Column.PARTNER_NUMBER, Qt.Orientation.Horizontal) == "Partner's number"
    assert model.index(0, Column.PARTNER_NUMBER).data() == "J-77"
