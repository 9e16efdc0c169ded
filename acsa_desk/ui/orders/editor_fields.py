"""The order editor's header fields: reading and setting each field's widget, the undo command
an edit makes, filling the fields from a draft (a new order's or the ledger's) and the choice
boxes from the ledger. Functions of an ``OrderEditor``; strings keep the editor's translation
context ("OrderEditor").
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit

from acsa_desk.ui.orders import form
from acsa_desk.ui.orders.editor_sections import _FIELD_KEYS
from acsa_desk.ui.orders.fields import OptionalDateEdit
from acsa_desk.ui.orders.form import OrderDraft
from acsa_desk.ui.orders.snapshot import load_choices as read_choices
from acsa_desk.ui.orders.steps import date_of
from acsa_desk.ui.orders.undo import FieldEdit

if TYPE_CHECKING:
    from acsa_desk.ui.orders.editor import OrderEditor

translate = QCoreApplication.translate  # the editor's context: translate("OrderEditor", ...)


def connect_field(ed: OrderEditor, key: str) -> None:
    widget = ed._boxes[key].editor
    handler: Callable[..., None] = lambda *_args, k=key: ed._on_field_changed(k)  # noqa: E731
    if isinstance(widget, QLineEdit):
        widget.textChanged.connect(handler)
    elif isinstance(widget, QComboBox):
        if widget.isEditable():
            widget.currentTextChanged.connect(handler)
        else:
            widget.currentIndexChanged.connect(handler)
    elif isinstance(widget, QDateEdit):
        widget.dateChanged.connect(handler)
    elif isinstance(widget, OptionalDateEdit):
        widget.value_changed.connect(handler)


def get(ed: OrderEditor, key: str) -> Any:
    widget = ed._boxes[key].editor
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentText() if widget.isEditable() else widget.currentData()
    if isinstance(widget, QDateEdit):
        return date_of(widget)
    assert isinstance(widget, OptionalDateEdit)
    return widget.value()


def put(ed: OrderEditor, key: str, value: Any) -> None:
    if get(ed, key) == value:
        return  # setting the same text would move the cursor of the line being typed
    widget = ed._boxes[key].editor
    ed._loading += 1
    try:
        if isinstance(widget, QLineEdit):
            widget.setText(str(value))
            if not widget.hasFocus():  # a text longer than its field is read from its start
                widget.setCursorPosition(0)
        elif isinstance(widget, QComboBox):
            if widget.isEditable():
                widget.setCurrentText(str(value))
            else:
                found = widget.findData(value)
                if found < 0 and value is not None:
                    widget.addItem(str(value), value)
                    found = widget.count() - 1
                widget.setCurrentIndex(found)
        elif isinstance(widget, QDateEdit):
            widget.setDate(QDate(value.year, value.month, value.day))
        else:
            assert isinstance(widget, OptionalDateEdit)
            widget.set_value(value)
    finally:
        ed._loading -= 1


def apply_field(ed: OrderEditor, key: str, value: Any) -> None:
    """Called by undo commands: puts ``value`` in the field."""
    put(ed, key, value)
    ed._committed[key] = value
    ed._touched.add(key)
    ed._after_edit()


def on_field_changed(ed: OrderEditor, key: str) -> None:
    if ed._loading:
        return
    new, old = get(ed, key), ed._committed.get(key)
    if new == old:
        return
    if not ed._may_edit(key):  # a read-only field changed anyway (keyboard): put it back
        put(ed, key, old)
        return
    ed._committed[key] = new
    text = translate("OrderEditor", "Edit {field}").format(field=ed._field_names[key])
    ed.undo_stack.push(FieldEdit(key, _FIELD_KEYS.index(key), old, new, ed._apply_field, text))


def fill_fields(ed: OrderEditor, draft: OrderDraft) -> None:
    values = {
        "number": draft.number, "exercise": draft.exercise_id, "partner": draft.partner,
        "direction": draft.direction, "ordered_on": draft.ordered_on or date.today(),
        "required_on": draft.required_on, "requesting_unit": draft.requesting_unit,
        "requesting_poc": draft.requesting_poc, "supplying_unit": draft.supplying_unit,
        "supplying_poc": draft.supplying_poc, "delivery_place": draft.delivery_place,
        "settlement_method": draft.settlement_method, "currency": draft.currency,
        "partner_order_number": draft.partner_order_number,
        **{name: getattr(draft, name) for name in form.CONTACT_FIELDS},
    }
    ed._loading += 1
    try:
        for key, value in values.items():
            put(ed, key, value)
        ed.lines_model.set_currency(draft.currency)
        ed.lines_model.set_lines(draft.lines)
    finally:
        ed._loading -= 1
    ed._committed = {key: get(ed, key) for key in _FIELD_KEYS}


def load_choices(ed: OrderEditor) -> None:
    with ed._context.ledger.reader() as session:
        ed._choices = read_choices(session=session)
    fill_choices(ed)


def fill_choices(ed: OrderEditor) -> None:
    ed._loading += 1
    try:
        current = ed.exercise_combo.currentData()
        ed.exercise_combo.clear()
        for exercise_id, name in ed._choices.exercises:
            ed.exercise_combo.addItem(name, exercise_id)
        found = ed.exercise_combo.findData(current)
        if found < 0:
            found = 0 if ed._choices.exercises else -1
        ed.exercise_combo.setCurrentIndex(found)
        partner = ed.partner_combo.currentText()
        ed.partner_combo.clear()
        ed.partner_combo.addItems(list(ed._choices.partners))
        ed.partner_combo.setCurrentText(partner)
    finally:
        ed._loading -= 1


def start_new(ed: OrderEditor) -> None:
    choices = ed._choices
    exercise = choices.exercises[0][0] if choices.exercises else None
    partner = choices.last_partner or (choices.partners[0] if choices.partners else "")
    draft = OrderDraft(exercise_id=exercise, partner=partner, ordered_on=date.today(),
                       currency=choices.default_currency)
    fill_fields(ed, draft)
    ed._snapshot = None
    ed.undo_stack.clear()
    ed._touched.clear()
    ed._show_all = False
    ed._refresh_state()
