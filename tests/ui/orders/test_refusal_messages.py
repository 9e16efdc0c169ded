"""Issue 14 point 6: a save refusal says the real reason and goes away when fixed; a message of
several lines is never clipped (its window grows to fit it)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from acsa_desk.db.engine import Ledger
from acsa_desk.ui.context import AppContext
from acsa_desk.ui.orders import OrderEditor, open_order_editor
from acsa_desk.ui.orders.steps import ReasonDialog, show_text
from tests.ui.conftest import OFFSCREEN_NOISE
from tests.ui.orders.test_order_editor import fill_header, fill_lines

RAISES = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, r"^This plugin does not support raise\(\)$")


@RAISES
def test_the_refusal_names_the_first_problem_and_goes_when_fixed(
    qtbot: QtBot, context: AppContext, exercise_id: int,
) -> None:
    editor = open_order_editor(context, None)
    qtbot.addWidget(editor, before_close_func=lambda e: e.undo_stack.setClean())
    editor.number_edit.setText("CAN-JPN-27-0003")
    assert not editor.save()
    text = editor.message_bar.text()
    assert text.startswith("Not saved: ")
    assert "correct the fields" not in text  # the reason itself, not a pointer to it
    reason = text.removeprefix("Not saved: ").split(" (")[0]
    assert len(reason) > 10
    assert editor.message_bar.isVisibleTo(editor)
    editor.number_edit.clear()
    fill_header(editor, qtbot, exercise_id, number="CAN-JPN-27-0003")
    fill_lines(editor, qtbot)
    assert not editor.message_bar.isVisibleTo(editor)  # fixed: the refusal is gone
    assert editor.message_bar.text() == ""


@RAISES
def test_a_long_message_is_not_clipped(qtbot: QtBot, context: AppContext, ledger: Ledger,
                                       signed_order: int) -> None:
    editor: OrderEditor = open_order_editor(context, signed_order)
    qtbot.addWidget(editor)
    dialog = editor.start_step("cancel")
    assert isinstance(dialog, ReasonDialog)
    qtbot.waitExposed(dialog)
    before = dialog.height()
    show_text(dialog.message, " ".join(["a refusal long enough to wrap over several lines"] * 8))
    qtbot.wait(10)
    label = dialog.message
    assert label.height() >= label.heightForWidth(label.width())  # every line shown
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.mapTo(dialog, ok.rect().bottomLeft()).y() <= dialog.height()  # buttons still in
    assert dialog.height() > before
    dialog.reject()
