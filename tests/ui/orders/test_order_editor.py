"""The order editor driven through its widgets: entering, validating, saving, undo, stale saves."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QUndoGroup
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from acsa_desk.db.engine import Ledger
from acsa_desk.db.models import Order
from acsa_desk.services import orders
from acsa_desk.ui.context import AppContext
from acsa_desk.ui.dialogs import DialogKind, ScriptedDialogs
from acsa_desk.ui.orders import OrderEditor, open_order_editor
from acsa_desk.ui.orders.editors import OrderEditors
from acsa_desk.ui.orders.lines_model import PROBLEM_ROLE, LineColumn
from tests.conftest import order_input

LINES = (
    ("fuel", "Marine diesel F-76", "9140002732377", "L", "85000", "1.12"),
    ("water", "Potable water", "", "KL", "120", "500"),
    ("port_services", "Tug assistance", "", "HR", "6", "480.00"),
)
COLUMNS = (LineColumn.CATEGORY, LineColumn.DESCRIPTION, LineColumn.NSN, LineColumn.UNIT_OF_ISSUE,
           LineColumn.QUANTITY, LineColumn.UNIT_PRICE)


def forget_edits(editor: OrderEditor) -> None:
    """Before the test's widgets close: no "discard changes?" question at teardown."""
    editor.undo_stack.setClean()


def watch(qtbot: QtBot, editor: OrderEditor) -> OrderEditor:
    qtbot.addWidget(editor, before_close_func=forget_edits)
    return editor


@pytest.fixture
def new_editor(qtbot: QtBot, context: AppContext, exercise_id: int) -> OrderEditor:
    return watch(qtbot, OrderEditor(context, None))


def order_count(ledger: Ledger) -> int:
    with ledger.reader() as session:
        return int(session.scalar(select(func.count()).select_from(Order)) or 0)


def fill_header(editor: OrderEditor, qtbot: QtBot, exercise_id: int, number: str = "CAN-JPN-25-0042",
                currency: str = "CAD") -> None:
    qtbot.keyClicks(editor.number_edit, number)
    editor.exercise_combo.setCurrentIndex(editor.exercise_combo.findData(exercise_id))
    editor.partner_combo.setCurrentText("JPN")
    editor.direction_combo.setCurrentIndex(editor.direction_combo.findData("provided"))
    editor.ordered_on_edit.setDate(QDate(2025, 6, 3))
    editor.required_on_edit.check.setChecked(True)
    editor.required_on_edit.date_edit.setDate(QDate(2025, 6, 4))
    editor.currency_combo.setCurrentText(currency)
    editor.method_combo.setCurrentIndex(editor.method_combo.findData("cash"))
    qtbot.keyClicks(editor.requesting_unit_edit, "JS Kirisame")
    editor.requesting_poc_edit.setText("3佐 田中")  # QTest types ASCII only
    qtbot.keyClicks(editor.supplying_unit_edit, "MV Asterix")
    qtbot.keyClicks(editor.supplying_poc_edit, "LCdr Tremblay")
    qtbot.keyClicks(editor.delivery_place_edit, "Sea of Japan")


def fill_lines(editor: OrderEditor, qtbot: QtBot, lines: tuple[tuple[str, ...], ...] = LINES) -> None:
    model = editor.lines_model
    for values in lines:
        qtbot.mouseClick(editor.add_line_button, Qt.MouseButton.LeftButton)
        row = model.rowCount() - 1
        for col, value in zip(COLUMNS, values, strict=True):
            assert model.setData(model.index(row, col), value)


def test_enter_an_order_with_three_lines(qtbot: QtBot, new_editor: OrderEditor, context: AppContext,
                                         exercise_id: int) -> None:
    editor = new_editor
    assert editor.windowTitle().startswith("New order")
    assert "delivery place" in editor.missing_label.text()
    fill_header(editor, qtbot, exercise_id)
    fill_lines(editor, qtbot)
    assert editor.lines_model.rowCount() == 3
    # 85000 L x 1.12 + 120 KL x 500.00 + 6 HR x 480.00 = 158,080.00
    assert editor.totals_label.text() == "Total ordered: $158,080.00"
    assert editor.lines_model.index(0, LineColumn.AMOUNT).data() == "$95,200.00"
    assert editor.lines_message_text() == ""
    assert editor.missing_label.text().startswith("Ready for signature")
    assert editor.is_modified()

    changed: list[str] = []
    context.events.ledger_changed.connect(changed.append)
    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        editor.save_action.trigger()
    order_id = saved.args[0]
    assert changed == ["orders"]
    assert editor.order_id() == order_id and not editor.is_modified()
    assert editor.status_text() == "Requested"
    assert editor.windowTitle().startswith("Order CAN-JPN-25-0042")
    with context.ledger.reader() as session:
        order = orders.get_order(session=session, order_id=order_id)
        lines = orders.order_lines(session=session, order_id=order_id)
        assert (order.partner_code, order.currency, order.entered_by) == ("JPN", "CAD", "clerk")
        assert order.required_on == date(2025, 6, 4)
        assert [(ln.category, ln.nsn, Decimal(ln.quantity), ln.unit_price_minor) for ln in lines] == [
            ("fuel", "9140-00-273-2377", Decimal(85000), 112),
            ("water", "", Decimal(120), 50000),
            ("port_services", "", Decimal(6), 48000),
        ]
    # shown as stored: the NSN hyphenated, the history started
    assert editor.lines_model.index(0, LineColumn.NSN).data() == "9140-00-273-2377"
    assert editor.history_model.rowCount() == 1


def test_a_cell_typed_through_the_table(qtbot: QtBot, new_editor: OrderEditor) -> None:
    editor = new_editor
    editor.show()
    qtbot.waitExposed(editor)
    qtbot.mouseClick(editor.add_line_button, Qt.MouseButton.LeftButton)
    index = editor.lines_model.index(0, LineColumn.DESCRIPTION)
    editor.lines_view.setCurrentIndex(index)
    editor.lines_view.edit(index)
    line_edit = editor.lines_view.findChild(QLineEdit)
    assert line_edit is not None
    qtbot.keyClicks(line_edit, "Fresh bread")
    qtbot.keyClick(line_edit, Qt.Key.Key_Return)  # the delegate commits in a queued call
    qtbot.waitUntil(lambda: editor.lines_model.line(0).description == "Fresh bread")
    editor.undo_stack.undo()
    assert editor.lines_model.line(0).description == ""
    editor.undo_stack.undo()
    assert editor.lines_model.rowCount() == 0


def test_a_jpy_price_with_decimals_and_a_bad_nsn_are_refused(
    qtbot: QtBot, new_editor: OrderEditor, context: AppContext, exercise_id: int,
    dialogs: ScriptedDialogs,
) -> None:
    editor = new_editor
    fill_header(editor, qtbot, exercise_id, currency="JPY")
    fill_lines(editor, qtbot, (("fuel", "Marine diesel F-76", "9140-00-273", "KL", "85", "112000.5"),))
    model = editor.lines_model
    price = model.index(0, LineColumn.UNIT_PRICE)
    nsn = model.index(0, LineColumn.NSN)
    assert "more decimals than JPY allows" in price.data(PROBLEM_ROLE)
    assert "NATO Stock Number" in nsn.data(PROBLEM_ROLE)
    assert price.data(Qt.ItemDataRole.BackgroundRole) == QColor("#fde0e0")
    assert price.data(Qt.ItemDataRole.ToolTipRole) == price.data(PROBLEM_ROLE)
    message = editor.lines_message_text()
    assert "Line 1, NSN:" in message and "Line 1, unit price:" in message
    assert model.headerData(LineColumn.UNIT_PRICE, Qt.Orientation.Horizontal) == "Unit price (JPY)"

    assert editor.save() is False
    assert editor.banner_message().startswith("Not saved")
    assert not context.tasks.busy and order_count(context.ledger) == 0
    # the same price is fine once the order is in CAD
    editor.currency_combo.setCurrentText("CAD")
    assert price.data(PROBLEM_ROLE) is None
    assert "Line 1, unit price" not in editor.lines_message_text()


def test_header_fields_say_what_is_wrong_as_typed(qtbot: QtBot, new_editor: OrderEditor,
                                                  dialogs: ScriptedDialogs) -> None:
    editor = new_editor
    assert editor.field_message("partner") == ""  # nothing shown before the field is touched
    editor.partner_combo.setCurrentText("XYZ")
    assert "alpha-3" in editor.field_message("partner")
    editor.partner_combo.setCurrentText("AUS")
    assert editor.field_message("partner") == ""
    editor.required_on_edit.check.setChecked(True)
    editor.ordered_on_edit.setDate(QDate(2025, 6, 3))
    editor.required_on_edit.date_edit.setDate(QDate(2025, 6, 1))
    assert "before the order date" in editor.field_message("required_on")
    assert editor.save() is False
    assert editor.field_message("number") == "the order needs a number"
    assert editor.lines_message_text() == "Add at least one line"


def test_a_refusal_by_the_ledger_is_shown_beside_its_field(
    qtbot: QtBot, new_editor: OrderEditor, context: AppContext, exercise_id: int,
    dialogs: ScriptedDialogs,
) -> None:
    with context.ledger.session(actor="clerk") as session:
        orders.create_order(session=session, data=order_input(exercise_id), actor="clerk")
    editor = new_editor
    fill_header(editor, qtbot, exercise_id, number="CAN-JPN-25-0001")
    fill_lines(editor, qtbot)
    assert editor.save() is True
    qtbot.waitUntil(lambda: not editor.is_busy(), timeout=10_000)
    assert editor.field_message("number") == "an order numbered 'CAN-JPN-25-0001' already exists"
    assert editor.order_id() is None and order_count(context.ledger) == 1
    assert dialogs.calls == []


def test_undo_and_redo_a_field_edit(qtbot: QtBot, new_editor: OrderEditor) -> None:
    editor = new_editor
    editor.show()
    qtbot.waitExposed(editor)
    qtbot.keyClicks(editor.delivery_place_edit, "Berth 4")
    assert editor.undo_stack.count() == 1  # one word typed is one step
    assert editor.undo_action.text().endswith("Undo Edit delivery place")
    editor.undo_stack.undo()
    assert editor.delivery_place_edit.text() == ""
    editor.undo_stack.redo()
    assert editor.delivery_place_edit.text() == "Berth 4"
    editor.direction_combo.setCurrentIndex(editor.direction_combo.findData("received"))
    editor.undo_stack.undo()
    assert editor.direction_combo.currentData() == "provided"
    # Ctrl+Z in a line edit undoes on the editor's stack, not only inside the line edit
    editor.activateWindow()
    editor.delivery_place_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.delivery_place_edit)
    qtbot.keyClick(editor.delivery_place_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.delivery_place_edit.text() == ""
    assert editor.undo_stack.index() == 0


def test_undo_and_redo_of_lines(new_editor: OrderEditor) -> None:
    editor, model = new_editor, new_editor.lines_model
    model.add_line()
    model.setData(model.index(0, LineColumn.QUANTITY), "12")
    editor.lines_view.setCurrentIndex(model.index(0, 0))
    editor.duplicate_line_button.click()
    assert model.rowCount() == 2 and model.line(1).quantity == "12"
    editor.lines_view.setCurrentIndex(model.index(0, 0))
    editor.remove_line_button.click()
    assert model.rowCount() == 1
    editor.undo_stack.undo()  # the removed line comes back
    assert model.rowCount() == 2 and model.line(0).quantity == "12"
    editor.undo_stack.undo()  # the duplicate goes
    editor.undo_stack.undo()  # the quantity goes
    assert model.rowCount() == 1 and model.line(0).quantity == ""
    editor.undo_stack.redo()
    assert model.line(0).quantity == "12"


def test_the_editor_registers_with_the_window_undo_group(qtbot: QtBot, context: AppContext,
                                                         exercise_id: int) -> None:
    group = QUndoGroup()
    editor = watch(qtbot, OrderEditor(context, None, undo_group=group))
    assert editor.undo_stack in group.stacks()
    editor.undo_stack.setActive(True)
    assert group.activeStack() is editor.undo_stack
    editor.number_edit.setText("X-1")
    group.undo()
    assert editor.number_edit.text() == ""


def test_a_stale_save_is_refused_naming_who_changed_the_order(
    qtbot: QtBot, context: AppContext, exercise_id: int, dialogs: ScriptedDialogs,
) -> None:
    with context.ledger.session(actor="clerk") as session:
        order_id = orders.create_order(session=session, data=order_input(exercise_id), actor="clerk").id
    assert order_id is not None
    editor = watch(qtbot, open_order_editor(context, order_id))
    editor.delivery_place_edit.setText("Yokosuka, berth 4")
    with context.ledger.session(actor="officer") as session:  # someone else, meanwhile
        orders.update_order(session=session, order_id=order_id, actor="officer", expected_version=None,
                            data=order_input(exercise_id, delivery_place="Sasebo"))
    assert editor.save() is True
    qtbot.waitUntil(lambda: bool(dialogs.of_kind(DialogKind.WARNING)), timeout=10_000)
    warning = dialogs.last
    assert warning.title == "Order not saved"
    assert "was changed by officer" in warning.text and "reload it" in warning.text
    assert "was changed by officer" in editor.banner_message()
    with context.ledger.reader() as session:
        assert orders.get_order(session=session, order_id=order_id).delivery_place == "Sasebo"
    # a Reload button reads the order as it is now (issue #14 point 6)
    assert editor.reload_button.isVisibleTo(editor)
    editor.reload_button.click()
    assert editor.delivery_place_edit.text() == "Sasebo" and not editor.is_modified()
    assert not editor.reload_button.isVisibleTo(editor) and editor.banner_message() == ""


def test_a_signed_order_is_read_only_and_offers_its_next_steps(
    qtbot: QtBot, context: AppContext, signed_order: int,
) -> None:
    editor = watch(qtbot, open_order_editor(context, signed_order))
    assert editor.status_text() == "Signed"
    assert editor.number_edit.isReadOnly() and editor.ordered_on_edit.isReadOnly()
    # a read-only combo keeps its readable look but takes neither clicks nor focus
    assert editor.exercise_combo.isEnabled()
    assert editor.exercise_combo.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    assert editor.exercise_combo.focusPolicy() == Qt.FocusPolicy.NoFocus
    editor.direction_combo.setCurrentIndex(editor.direction_combo.findData("received"))  # keyboard
    assert editor.direction_combo.currentData() == "provided" and not editor.is_modified()
    assert not editor.save_action.isVisible() and not editor.add_line_button.isVisibleTo(editor)
    visible = {name for name, action in editor.step_actions.items() if action.isVisible()}
    assert visible == {"deliver", "cancel", "reverse"}
    assert "2佐 Hiroshi Sato (ordering) and Cdr Anne Tremblay (issuing)" in editor.signatures_label.text()
    assert editor.missing_label.isHidden()
    assert editor.save() is False


def test_a_long_field_is_shown_from_its_start(qtbot: QtBot, context: AppContext,
                                             exercise_id: int) -> None:
    """An e-mail address longer than its field shows its beginning, not its end (QLineEdit
    leaves the cursor after the text it is given)."""
    email = "logistics.officer.j4.fleet-support@forces.example.ca"
    with context.ledger.session() as s:
        order = orders.create_order(session=s, data=order_input(
            exercise_id, requesting_poc_email=email), actor="clerk")
        order_id = order.id
    editor = watch(qtbot, open_order_editor(context, order_id))
    field = editor.requesting_email_edit
    assert field.text() == email
    assert field.cursorPosition() == 0


def test_a_step_dialog_shows_its_four_eyes_note_whole(qtbot: QtBot, context: AppContext,
                                                      signed_order: int) -> None:
    """The settlement dialog's note on four eyes wraps to several lines; the dialog opens tall
    enough for all of them (it was cut top and bottom)."""
    with context.ledger.session(actor="clerk") as session:
        line_id = orders.order_lines(session=session, order_id=signed_order)[0].id
        orders.record_delivery(session=session, order_id=signed_order,
                               delivered_on=date(2025, 6, 4), quantities={line_id: 10},
                               actor="clerk")
        orders.record_receipt(session=session, order_id=signed_order,
                              received_on=date(2025, 6, 5), received_by="PO1 Gagnon",
                              actor="clerk")
        orders.raise_invoice(session=session, order_id=signed_order, reference_text="INV-1",
                             issued_on=date(2025, 6, 6), actor="clerk")
    editor = watch(qtbot, open_order_editor(context, signed_order))
    dialog = editor.start_step("settle")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    note = dialog.approved_by.note  # type: ignore[attr-defined]
    assert note.isVisible() and note.text().startswith("Four eyes:")
    assert note.heightForWidth(note.width()) > 1.5 * note.fontMetrics().height()  # it wraps
    qtbot.waitUntil(lambda: note.height() >= note.heightForWidth(note.width()), timeout=2000)
    dialog.reject()


@pytest.mark.parametrize("width", [700, 900, 1180, 1600])
def test_the_description_column_stays_readable(qtbot: QtBot, new_editor: OrderEditor,
                                               width: int) -> None:
    """However narrow the editor, the lines' description keeps room to be read (it shrank
    to a few pixels below about 1000: the category gives way first, then the table scrolls);
    in a wide editor it takes what the other columns leave."""
    from acsa_desk.ui.orders.lines_columns import CATEGORY_MIN, DESCRIPTION_MIN, WIDTHS

    editor = new_editor
    editor.show()
    qtbot.waitExposed(editor)
    editor.resize(width, 760)
    view = editor.lines_view
    qtbot.wait(50)  # the resize delivered (not below the editor's own least width)
    description = view.columnWidth(LineColumn.DESCRIPTION)
    category = view.columnWidth(LineColumn.CATEGORY)
    assert description >= DESCRIPTION_MIN
    assert CATEGORY_MIN <= category <= WIDTHS[LineColumn.CATEGORY]
    shown = sum(view.columnWidth(c) for c in range(editor.lines_model.columnCount()))
    if shown > view.viewport().width():  # too narrow for every column at its least: it scrolls
        assert category == CATEGORY_MIN and description == DESCRIPTION_MIN
    else:
        assert shown == view.viewport().width()  # the description takes the rest


def test_one_editor_per_order(qtbot: QtBot, context: AppContext, signed_order: int) -> None:
    editors = OrderEditors(context)
    first = watch(qtbot, editors.open(signed_order))
    context.events.request_order(signed_order)
    assert editors.editors() == [first]
    watch(qtbot, editors.open(None))
    assert len(editors.editors()) == 2


def test_closing_with_unsaved_edits_asks_first(new_editor: OrderEditor, dialogs: ScriptedDialogs) -> None:
    editor = new_editor
    editor.show()
    editor.number_edit.setText("CAN-JPN-25-0077")
    assert editor.isWindowModified()
    dialogs.answer_unsaved("cancel")
    editor.close()
    assert editor.isVisible()
    assert dialogs.last.title == "Save changes?"
    assert "CAN-JPN-25-0077" in dialogs.last.text
    dialogs.answer_unsaved("discard")
    editor.close()
    assert not editor.isVisible()
    dialogs.assert_all_answers_used()
