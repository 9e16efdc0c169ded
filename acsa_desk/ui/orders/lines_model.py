"""The order editor's lines table: a model over LineDraft values, validated as typed.

Every edit (a cell, a line added, duplicated or removed) goes through the editor's QUndoStack
as a command; the commands call back ``apply_*``, which change the rows and tell the view.
A refused cell is tinted and its reason is its tooltip (and PROBLEM_ROLE).
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPainter, QPen, QUndoStack
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from acsa_desk.core.categories import CATEGORIES
from acsa_desk.core.money import format_money, is_currency
from acsa_desk.ui.number_entry import to_locale, to_plain
from acsa_desk.ui.orders import form, labels
from acsa_desk.ui.orders.form import LineDraft, LineField
from acsa_desk.ui.orders.undo import CellEdit, InsertLine, RemoveLine
from acsa_desk.ui.qtfix import emit
from acsa_desk.ui.service_text import ui_message

#: Why a cell is refused (str), None when it is fine.
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 11
#: The line's ordered amount in minor units (int or None), in the AMOUNT column.
AMOUNT_MINOR_ROLE = Qt.ItemDataRole.UserRole + 12

_Index = QModelIndex | QPersistentModelIndex


class LineColumn(IntEnum):
    CATEGORY = 0
    DESCRIPTION = 1
    NSN = 2
    UNIT_OF_ISSUE = 3
    QUANTITY = 4
    UNIT_PRICE = 5
    AMOUNT = 6
    DELIVERED = 7


_CELLS: dict[LineColumn, LineField] = {
    LineColumn.CATEGORY: LineField.CATEGORY,
    LineColumn.DESCRIPTION: LineField.DESCRIPTION,
    LineColumn.NSN: LineField.NSN,
    LineColumn.UNIT_OF_ISSUE: LineField.UNIT_OF_ISSUE,
    LineColumn.QUANTITY: LineField.QUANTITY,
    LineColumn.UNIT_PRICE: LineField.UNIT_PRICE,
}
_COLUMN_OF: dict[LineField, LineColumn] = {cell: column for column, cell in _CELLS.items()}
#: Cells typed and shown as numbers of the locale ("2,50" in French); stored plain ("2.50").
_NUMBERS = (LineColumn.QUANTITY, LineColumn.UNIT_PRICE)
_RIGHT = (LineColumn.QUANTITY, LineColumn.UNIT_PRICE, LineColumn.AMOUNT, LineColumn.DELIVERED)


def column_of(cell: LineField) -> LineColumn:
    return _COLUMN_OF[cell]


class LinesModel(QAbstractTableModel):
    """The lines of one order as typed."""

    #: Lines were added, removed or edited (totals and messages should follow).
    lines_changed = Signal()

    def __init__(
        self,
        *,
        locale: str = "en_CA",
        undo_stack: QUndoStack | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._lines: list[LineDraft] = []
        self._problems: list[dict[LineField, str]] = []
        self._currency = ""
        self._locale = locale
        self._lang = form.language_of(locale)
        self._stack = undo_stack
        self._editable = True

    # --- state ---

    def lines(self) -> tuple[LineDraft, ...]:
        return tuple(self._lines)

    def line(self, row: int) -> LineDraft:
        return self._lines[row]

    def set_lines(self, lines: tuple[LineDraft, ...] | list[LineDraft]) -> None:
        """Replaces every line (loading an order; not an undoable edit)."""
        self.beginResetModel()
        self._lines = list(lines)
        self._revalidate_all()
        self.endResetModel()
        emit(self.lines_changed)

    def set_currency(self, currency: str) -> None:
        """Prices are checked against the currency's decimals: re-check them all."""
        code = currency.strip().upper()
        if code == self._currency:
            return
        self._currency = code
        self._revalidate_all()
        if self._lines:
            self._changed_rows(0, len(self._lines) - 1)
        emit(self.headerDataChanged, Qt.Orientation.Horizontal, LineColumn.UNIT_PRICE,
             LineColumn.AMOUNT)
        emit(self.lines_changed)

    def currency(self) -> str:
        return self._currency

    def set_editable(self, editable: bool) -> None:
        if editable != self._editable:
            self._editable = editable
            if self._lines:
                self._changed_rows(0, len(self._lines) - 1)

    def is_editable(self) -> bool:
        return self._editable

    def problem(self, row: int, cell: LineField) -> str:
        return ui_message(self._problems[row].get(cell, ""))

    # --- undoable edits ---

    def add_line(self, line: LineDraft | None = None, row: int | None = None) -> int:
        """Adds a line (empty by default) at ``row`` (default: the end); returns its row."""
        at = len(self._lines) if row is None else max(0, min(row, len(self._lines)))
        text = QCoreApplication.translate("LinesModel", "Add line")
        self._push(InsertLine(self, at, line or LineDraft(), text))
        return at

    def duplicate_line(self, row: int) -> int:
        """Adds a copy of line ``row`` just below it; returns the new row."""
        copy = self._lines[row].copy_for_new_line()
        text = QCoreApplication.translate("LinesModel", "Duplicate line")
        self._push(InsertLine(self, row + 1, copy, text))
        return row + 1

    def remove_line(self, row: int) -> None:
        text = QCoreApplication.translate("LinesModel", "Remove line")
        self._push(RemoveLine(self, row, text))

    def _push(self, command: Any) -> None:
        if self._stack is not None:
            self._stack.push(command)
        else:
            command.redo()

    # --- what the commands call ---

    def apply_cell(self, row: int, cell: LineField, value: str) -> None:
        self._lines[row] = self._lines[row].with_text(cell, value)
        self._problems[row] = form.line_problems(self._lines[row], self._currency)
        self._changed_rows(row, row)
        emit(self.lines_changed)

    def apply_insert(self, row: int, line: LineDraft) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self._lines.insert(row, line)
        self._problems.insert(row, form.line_problems(line, self._currency))
        self.endInsertRows()
        emit(self.headerDataChanged, Qt.Orientation.Vertical, row, len(self._lines) - 1)
        emit(self.lines_changed)

    def apply_remove(self, row: int) -> LineDraft:
        self.beginRemoveRows(QModelIndex(), row, row)
        line = self._lines.pop(row)
        self._problems.pop(row)
        self.endRemoveRows()
        if row < len(self._lines):
            emit(self.headerDataChanged, Qt.Orientation.Vertical, row, len(self._lines) - 1)
        emit(self.lines_changed)
        return line

    # --- QAbstractTableModel ---

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(LineColumn)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if self._editable and LineColumn(index.column()) in _CELLS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._lines):
                return str(section + 1)
            return None
        if not 0 <= section < len(LineColumn):
            return None
        column = LineColumn(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._title(column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        if not 0 <= index.column() < len(LineColumn):
            return None
        line = self._lines[index.row()]
        column = LineColumn(index.column())
        cell = _CELLS.get(column)
        problem = self._problems[index.row()].get(cell) if cell is not None else None
        problem = ui_message(problem) if problem else problem
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, column)
        if role == Qt.ItemDataRole.EditRole:
            if cell is not None and column in _NUMBERS:
                return to_locale(line.text(cell), self._locale)
            return line.text(cell) if cell is not None else self._display(line, column)
        if role == PROBLEM_ROLE:
            return problem
        if role == AMOUNT_MINOR_ROLE:
            return form.line_amount(line, self._currency) if column == LineColumn.AMOUNT else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if problem:
                return problem
            if column == LineColumn.CATEGORY:
                return form.category_label(line.category, self._lang)
            if column == LineColumn.DESCRIPTION:
                return line.description or None
            return None
        if role == Qt.ItemDataRole.BackgroundRole and problem:
            return QColor(labels.INVALID_CELL_COLOUR)
        if role == Qt.ItemDataRole.ForegroundRole and problem:
            return QColor(labels.ERROR_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self._editable:
            return False
        cell = _CELLS.get(LineColumn(index.column()))
        if cell is None or not 0 <= index.row() < len(self._lines):
            return False
        new = "" if value is None else str(value)
        if cell != LineField.DESCRIPTION:
            new = new.strip()
        if LineColumn(index.column()) in _NUMBERS:  # "2,50" in French is 2.50
            new = to_plain(new, self._locale)
        old = self._lines[index.row()].text(cell)
        if new == old:
            return True
        text = QCoreApplication.translate("LinesModel", "Edit line {n}").format(n=index.row() + 1)
        self._push(CellEdit(self, index.row(), cell, old, new, text))
        return True

    # --- internals ---

    def _title(self, column: LineColumn) -> str:
        translate = QCoreApplication.translate
        if column == LineColumn.UNIT_PRICE and is_currency(self._currency):
            return translate("LinesModel", "Unit price ({currency})").format(currency=self._currency)
        titles = {
            LineColumn.CATEGORY: translate("LinesModel", "Category"),
            LineColumn.DESCRIPTION: translate("LinesModel", "Description"),
            LineColumn.NSN: translate("LinesModel", "NSN"),
            LineColumn.UNIT_OF_ISSUE: translate("LinesModel", "Unit"),
            LineColumn.QUANTITY: translate("LinesModel", "Quantity"),
            LineColumn.UNIT_PRICE: translate("LinesModel", "Unit price"),
            LineColumn.AMOUNT: translate("LinesModel", "Amount"),
            LineColumn.DELIVERED: translate("LinesModel", "Delivered"),
        }
        return titles[column]

    def _display(self, line: LineDraft, column: LineColumn) -> str:
        if column == LineColumn.CATEGORY:
            return form.category_label(line.category, self._lang) if line.category else ""
        if column == LineColumn.AMOUNT:
            amount = form.line_amount(line, self._currency)
            return "" if amount is None else format_money(amount, self._currency, self._locale)
        if column == LineColumn.DELIVERED:
            return to_locale(line.delivered, self._locale) if line.line_id is not None else ""
        if column in _NUMBERS:
            return to_locale(line.text(_CELLS[column]), self._locale)
        return line.text(_CELLS[column])

    def _revalidate_all(self) -> None:
        self._problems = [form.line_problems(ln, self._currency) for ln in self._lines]

    def _changed_rows(self, first: int, last: int) -> None:
        emit(self.dataChanged, self.index(first, 0), self.index(last, len(LineColumn) - 1), [])


class ProblemDelegate(QStyledItemDelegate):
    """Paints a red frame round a refused cell, so that it shows even in a selected row."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        super().paint(painter, option, index)
        if index.data(PROBLEM_ROLE):
            painter.save()
            pen = QPen(QColor(labels.ERROR_COLOUR))
            pen.setWidth(2)
            painter.setPen(pen)
            painter.drawRect(option.rect.adjusted(1, 1, -1, -1))
            painter.restore()


class CategoryDelegate(ProblemDelegate):
    """Edits the category column with a combo of the 16 categories' labels (data: the code)."""

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lang = lang

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("category_editor")
        for category in CATEGORIES:
            combo.addItem(category.label(self._lang), category.code)
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: Any, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
