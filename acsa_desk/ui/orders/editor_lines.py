"""The order editor's line buttons: add (keeping the category of the line above), duplicate and
remove a line, and the cell selected after each. Functions of an ``OrderEditor``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from acsa_desk.ui.orders.form import LineDraft
from acsa_desk.ui.orders.lines_model import LineColumn

if TYPE_CHECKING:
    from acsa_desk.ui.orders.editor import OrderEditor


def current_line(ed: OrderEditor) -> int | None:
    index = ed.lines_view.currentIndex()
    return index.row() if index.isValid() else None


def add_line(ed: OrderEditor) -> None:
    current = current_line(ed)
    previous: LineDraft | None = ed.lines_model.line(current) if current is not None else None
    # a new line keeps the category of the line above: orders come in runs of one kind
    start = LineDraft(category=previous.category) if previous is not None else LineDraft()
    row = ed.lines_model.add_line(start)
    select_line(ed, row, LineColumn.DESCRIPTION if start.category else LineColumn.CATEGORY)


def duplicate_line(ed: OrderEditor) -> None:
    current = current_line(ed)
    if current is None:
        return
    select_line(ed, ed.lines_model.duplicate_line(current), LineColumn.QUANTITY)


def remove_line(ed: OrderEditor) -> None:
    current = current_line(ed)
    if current is None:
        return
    ed.lines_model.remove_line(current)
    if ed.lines_model.rowCount():
        select_line(ed, min(current, ed.lines_model.rowCount() - 1), LineColumn.CATEGORY)


def select_line(ed: OrderEditor, row: int, column: int) -> None:
    index = ed.lines_model.index(row, column)
    ed.lines_view.setCurrentIndex(index)
    ed.lines_view.scrollTo(index)
