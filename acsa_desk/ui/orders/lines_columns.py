"""The order lines table's column widths: the description stays readable in a narrow editor.

The description takes what the other columns leave (it stretches). In an editor narrower
than its usual 1180 pixels (a small screen, or the longer French and Japanese labels of the
form above), what they left was a few pixels: the category column gives way first (its names
are elided), down to CATEGORY_MIN, and below that the table scrolls rather than hide the
description.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView

from acsa_desk.ui.orders.lines_model import LineColumn

#: The columns' widths in an editor of the usual size; the description takes the rest.
WIDTHS = {
    LineColumn.CATEGORY: 200,
    LineColumn.NSN: 130,
    LineColumn.UNIT_OF_ISSUE: 60,
    LineColumn.QUANTITY: 90,
    LineColumn.UNIT_PRICE: 120,
    LineColumn.AMOUNT: 130,
    LineColumn.DELIVERED: 90,
}
DESCRIPTION_MIN = 180
CATEGORY_MIN = 110


class LinesColumns(QObject):
    """Sets the lines view's columns, and fits the category and the description to the
    view's width each time it changes."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(LineColumn.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for column, width in WIDTHS.items():
            view.setColumnWidth(column, width)
        self._viewport = view.viewport()  # its width is what the columns share
        self._viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self._viewport:
            self.fit()
        return False

    def fit(self) -> None:
        view = self._view
        header = view.horizontalHeader()
        others = sum(width for column, width in WIDTHS.items() if column != LineColumn.CATEGORY)
        width = self._viewport.width()
        category = max(CATEGORY_MIN, min(WIDTHS[LineColumn.CATEGORY],
                                         width - others - DESCRIPTION_MIN))
        view.setColumnWidth(LineColumn.CATEGORY, category)
        if width - others - category >= DESCRIPTION_MIN:
            header.setSectionResizeMode(LineColumn.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        else:  # too narrow even so: the table scrolls, the description keeps its minimum
            header.setSectionResizeMode(LineColumn.DESCRIPTION,
                                        QHeaderView.ResizeMode.Interactive)
            view.setColumnWidth(LineColumn.DESCRIPTION, DESCRIPTION_MIN)
