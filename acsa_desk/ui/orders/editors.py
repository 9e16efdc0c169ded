"""Which order editors are open: one window per order, raised again when asked twice."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoGroup
from PySide6.QtWidgets import QWidget

from acsa_desk.ui.context import AppContext
from acsa_desk.ui.orders.editor import OrderEditor, open_order_editor


class OrderEditors(QObject):
    """Opens order editors and remembers them; answers ``context.events.open_order``.

    ``host`` is the widget whose window the editors belong to (they close with it);
    ``undo_group`` is the main window's, so that Edit > Undo follows the active editor.
    """

    def __init__(
        self,
        context: AppContext,
        *,
        host: QWidget | None = None,
        undo_group: QUndoGroup | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._host = host
        self._undo_group = undo_group
        self._open: dict[int, OrderEditor] = {}
        self._new: list[OrderEditor] = []
        context.events.open_order.connect(self.open)

    def set_undo_group(self, group: QUndoGroup | None) -> None:
        """The group editors opened from now on register their undo stacks with."""
        self._undo_group = group

    def open(self, order_id: int | None) -> OrderEditor:
        """Shows the editor of ``order_id`` (None: a new order), opening it if needed."""
        if order_id is not None and order_id in self._open:
            editor = self._open[order_id]
            editor.show()
            editor.raise_()
            editor.activateWindow()
            return editor
        parent = self._host.window() if self._host is not None else None
        editor = open_order_editor(self._context, order_id, parent, undo_group=self._undo_group)
        if order_id is None:
            self._new.append(editor)
            editor.saved.connect(lambda saved_id, e=editor: self._adopt(e, saved_id))
        else:
            self._open[order_id] = editor
        editor.destroyed.connect(lambda _obj=None, e=editor: self._forget(e))
        return editor

    def editors(self) -> list[OrderEditor]:
        """The editors open now."""
        return [*self._open.values(), *self._new]

    def _adopt(self, editor: OrderEditor, order_id: int) -> None:
        if editor in self._new:
            self._new.remove(editor)
        self._open[order_id] = editor

    def _forget(self, editor: OrderEditor) -> None:
        self._new = [e for e in self._new if e is not editor]
        self._open = {k: e for k, e in self._open.items() if e is not editor}
