"""A small read-only table model over rows of texts (an order's deliveries, settlements, history).

These lists belong to one order and hold a handful of rows, loaded with the order.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from acsa_desk.ui import theme

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class TextRowsModel(QAbstractTableModel):
    """Rows of display texts under fixed headers; some columns right-aligned (amounts)."""

    def __init__(
        self, headers: Sequence[str], *, right_aligned: Sequence[int] = (),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._right = frozenset(right_aligned)
        self._rows: list[tuple[str, ...]] = []
        self._tooltips: list[str] = []
        self._muted: list[bool] = []

    def set_rows(
        self, rows: Sequence[Sequence[str]], *, tooltips: Sequence[str] = (),
        muted: Sequence[bool] = (),
    ) -> None:
        """Replaces the rows. ``muted`` rows (e.g. entries reversed later) are shown greyed."""
        for row in rows:
            if len(row) != len(self._headers):
                raise ValueError(f"a row has {len(row)} cells for {len(self._headers)} columns")
        self.beginResetModel()
        self._rows = [tuple(str(cell) for cell in row) for row in rows]
        self._tooltips = list(tooltips) + [""] * (len(rows) - len(tooltips))
        self._muted = list(muted) + [False] * (len(rows) - len(muted))
        self.endResetModel()

    def text(self, row: int, column: int) -> str:
        return self._rows[row][column]

    def rows(self) -> list[tuple[str, ...]]:
        return list(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self._right:
            return _RIGHT
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._right:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltips[index.row()] or None
        if role == Qt.ItemDataRole.ForegroundRole and self._muted[index.row()]:
            return theme.colour("muted")
        return None
