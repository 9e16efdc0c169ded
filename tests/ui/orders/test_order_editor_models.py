"""The editor's own table models (lines; deliveries, settlements and history) under the model tester."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from acsa_desk.ui.orders.form import LineDraft
from acsa_desk.ui.orders.lines_model import AMOUNT_MINOR_ROLE, PROBLEM_ROLE, LineColumn, LinesModel
from acsa_desk.ui.orders.rows_model import TextRowsModel


def test_the_lines_model_passes_the_model_tester_while_edited(
    qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    stack = QUndoStack()
    model = LinesModel(locale="en_CA", undo_stack=stack)
    model.set_currency("CAD")
    model.set_lines([LineDraft("fuel", "Marine diesel F-76", "", "L", "85000", "1.12", line_id=4)])
    qtmodeltester.check(model)  # stays attached: every edit below is checked too
    model.add_line(LineDraft("water", "Potable water", "", "KL", "120", "500"))
    model.setData(model.index(1, LineColumn.QUANTITY), "2.5")
    model.duplicate_line(0)
    model.remove_line(1)
    model.set_currency("JPY")  # the CAD prices now have too many decimals
    assert "more decimals than JPY" in model.index(0, LineColumn.UNIT_PRICE).data(PROBLEM_ROLE)
    model.set_currency("CAD")
    assert model.index(0, LineColumn.AMOUNT).data(AMOUNT_MINOR_ROLE) == 9_520_000
    while stack.canUndo():
        stack.undo()
    assert model.rowCount() == 1
    while stack.canRedo():
        stack.redo()
    assert model.rowCount() == 2
    model.set_editable(False)
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(0, LineColumn.QUANTITY), "1")


def test_the_rows_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = TextRowsModel(["When", "Who", "Amount"], right_aligned=(2,))
    qtmodeltester.check(model)
    model.set_rows([("2025-06-03", "clerk", "$1.00"), ("2025-06-04", "officer", "-$1.00")],
                   muted=[True, False])
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(1, 2).data(Qt.ItemDataRole.TextAlignmentRole) & int(Qt.AlignmentFlag.AlignRight)
    model.set_rows([])
    assert model.rowCount() == 0
