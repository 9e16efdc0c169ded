"""The order editor's contact and funding fields: typed, checked, saved, shown again,
undoable, and counted by readiness (an order entered in the window need not show
missing_data)."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from acsa_desk.db.engine import Ledger
from acsa_desk.services import agreements, orders, readiness
from acsa_desk.ui.context import AppContext
from acsa_desk.ui.orders import OrderEditor
from tests.conftest import admin_in
from tests.ui.orders.test_order_editor import fill_header, fill_lines, watch

VALUES = {
    "requesting_phone_edit": ("requesting_poc_phone", "+81 3 1234 5678"),
    "requesting_email_edit": ("requesting_poc_email", "tanaka@mod.go.jp"),
    "supplying_phone_edit": ("supplying_poc_phone", "+1 613 555 0100"),
    "supplying_email_edit": ("supplying_poc_email", "tremblay@forces.gc.ca"),
    "funding_edit": ("funding_reference", "L101-2025-KAEDEX"),
}


def test_contact_fields_are_saved_shown_and_counted(qtbot: QtBot, context: AppContext,
                                                    ledger: Ledger, exercise_id: int) -> None:
    with ledger.session() as s:
        agreements.set_agreement(session=s, partner_code="JPN", reference_text="CAN-JPN ACSA",
                                 actor=admin_in(s), effective_from=date(2018, 1, 1))
    editor = watch(qtbot, OrderEditor(context, None))
    fill_header(editor, qtbot, exercise_id)
    fill_lines(editor, qtbot)
    for attribute, (_name, value) in VALUES.items():
        qtbot.keyClicks(getattr(editor, attribute), value)
    # a control character is refused beside its field, as the service would refuse it
    editor.funding_edit.setText("L101\u200b")
    assert not editor.save()
    assert "not allowed in text" in editor.field_message("funding_reference")
    assert "funding reference" in editor.undo_stack.undoText()  # an undoable field edit
    editor.funding_edit.setText("L101-2025-KAEDEX")
    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        assert editor.save()
    order_id = saved.args[0]
    with ledger.reader() as s:
        order = orders.get_order(session=s, order_id=order_id)
        assert {name: getattr(order, name) for name, _v in VALUES.values()} == dict(
            VALUES.values())
        (row,) = readiness.assess(session=s, as_of=date(2025, 6, 4), only_exceptions=False)
        assert "missing_data" not in row.exceptions, row.details
    again = watch(qtbot, OrderEditor(context, order_id))
    for attribute, (_name, value) in VALUES.items():
        assert getattr(again, attribute).text() == value
    again.grab().save("/tmp/h12-editor-contacts.png")
