"""Undo commands of the order editor: a header field changed, a line cell changed, a line added
or removed. Each command only calls back into whoever applies the change; it holds plain values.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

from acsa_desk.ui.orders.form import LineDraft, LineField

#: Command ids (QUndoCommand.id) for merging consecutive edits; field edits add the field's index.
_FIELD_ID_BASE = 1000


class FieldEdit(QUndoCommand):
    """A header field went from ``old`` to ``new``. Consecutive edits of one field merge
    (typing a word is one undo step)."""

    def __init__(
        self, key: str, key_index: int, old: Any, new: Any, apply: Callable[[str, Any], None],
        text: str,
    ) -> None:
        super().__init__(text)
        self.key = key
        self._id = _FIELD_ID_BASE + key_index
        self.old = old
        self.new = new
        self._apply = apply

    def id(self) -> int:
        return self._id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, FieldEdit) or other.key != self.key:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self._apply(self.key, self.new)

    def undo(self) -> None:
        self._apply(self.key, self.old)


class LinesTarget(Protocol):
    """What line commands change (the lines model)."""

    def apply_cell(self, row: int, cell: LineField, value: str) -> None: ...

    def apply_insert(self, row: int, line: LineDraft) -> None: ...

    def apply_remove(self, row: int) -> LineDraft: ...


class CellEdit(QUndoCommand):
    def __init__(
        self, target: LinesTarget, row: int, cell: LineField, old: str, new: str, text: str
    ) -> None:
        super().__init__(text)
        self._target = target
        self.row = row
        self.cell = cell
        self.old = old
        self.new = new

    def redo(self) -> None:
        self._target.apply_cell(self.row, self.cell, self.new)

    def undo(self) -> None:
        self._target.apply_cell(self.row, self.cell, self.old)


class InsertLine(QUndoCommand):
    def __init__(self, target: LinesTarget, row: int, line: LineDraft, text: str) -> None:
        super().__init__(text)
        self._target = target
        self.row = row
        self.line = line

    def redo(self) -> None:
        self._target.apply_insert(self.row, self.line)

    def undo(self) -> None:
        self._target.apply_remove(self.row)


class RemoveLine(QUndoCommand):
    def __init__(self, target: LinesTarget, row: int, text: str) -> None:
        super().__init__(text)
        self._target = target
        self.row = row
        self.line: LineDraft | None = None

    def redo(self) -> None:
        self.line = self._target.apply_remove(self.row)

    def undo(self) -> None:
        assert self.line is not None
        self._target.apply_insert(self.row, self.line)
