"""The keyboard: the Order menu's steps and shortcuts, the editor's menus, search-to-results.

One table of shortcuts for the whole window (README "Keyboard" lists it):

* the life-cycle steps, Ctrl+Shift+letter, in the editor's Order menu (on that order) and in
  the main window's Order menu (on the order selected in the Orders list);
* New order Ctrl+Shift+N (Ctrl+N stays New database);
* in the editor: Save Ctrl+S, Undo Ctrl+Z, Redo Ctrl+Y / Ctrl+Shift+Z, Close Ctrl+W / Escape,
  Order form Ctrl+P.

The editor's toolbar shows fixed "Undo" and "Redo" buttons (what they undo is in their tooltip),
so that the buttons after them do not move as the text of the last edit changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

if TYPE_CHECKING:
    from acsa_desk.ui.orders.editor import OrderEditor

#: The steps in menu order, with their shortcut. Adding a step is one line here (and its
#: dialog in steps.py, offered by services.orders.allowed_actions).
STEP_SHORTCUTS: dict[str, str] = {
    "sign": "Ctrl+Shift+G",
    "deliver": "Ctrl+Shift+D",
    "receive": "Ctrl+Shift+R",
    "invoice": "Ctrl+Shift+I",
    "notify_finance": "Ctrl+Shift+F",
    "settle": "Ctrl+Shift+T",
    "reverse": "Ctrl+Shift+V",
    "cancel": "Ctrl+Shift+X",
    "close": "Ctrl+Shift+L",
}
#: The steps the order editor offers as actions (its toolbar and menus), in toolbar order.
STEP_ACTIONS = ("sign", "deliver", "receive", "invoice", "notify_finance", "settle", "reverse",
                "cancel", "close")
NEW_ORDER_SHORTCUT = "Ctrl+Shift+N"
REDO_EXTRA = "Ctrl+Y"
CLOSE_EXTRA = ("Ctrl+W", "Escape")


def step_title(name: str) -> str:
    """The menu text of a step (translated)."""
    translate = QCoreApplication.translate
    titles = {
        "sign": translate("OrderSteps", "&Sign…"),
        "deliver": translate("OrderSteps", "Record &delivery…"),
        "receive": translate("OrderSteps", "Record &receipt…"),
        "invoice": translate("OrderSteps", "Raise &invoice…"),
        "notify_finance": translate("OrderSteps", "&Notify finance…"),
        "settle": translate("OrderSteps", "Record se&ttlement…"),
        "reverse": translate("OrderSteps", "Re&verse an entry…"),
        "cancel": translate("OrderSteps", "&Cancel order…"),
        "close": translate("OrderSteps", "C&lose order…"),
    }
    return titles[name]


def with_extra(bindings: Iterable[QKeySequence], *extra: str) -> list[QKeySequence]:
    """The platform's bindings plus ours where the platform lacks them (Ctrl+Y on GNOME)."""
    keys = list(bindings)
    for text in extra:
        sequence = QKeySequence(text)
        if sequence not in keys:
            keys.append(sequence)
    return keys


def step_actions(owner: QObject, steps: Iterable[str],
                 trigger: Callable[[str], object]) -> dict[str, QAction]:
    """One action per step with its shortcut, triggering ``trigger(step)``."""
    actions: dict[str, QAction] = {}
    for name in steps:
        action = QAction(step_title(name), owner)
        action.setObjectName(f"menu_{name}")
        action.setShortcut(QKeySequence(STEP_SHORTCUTS[name]))
        action.triggered.connect(lambda _checked=False, n=name: trigger(n))
        actions[name] = action
    return actions


def fixed_undo_actions(owner: QObject, stack: QUndoStack) -> tuple[QAction, QAction]:
    """Toolbar Undo/Redo whose text never changes (the tooltip says what they undo)."""
    undo = QAction(QCoreApplication.translate("OrderEditor", "&Undo"), owner)
    undo.setObjectName("toolbar_undo")
    redo = QAction(QCoreApplication.translate("OrderEditor", "&Redo"), owner)
    redo.setObjectName("toolbar_redo")
    undo.triggered.connect(stack.undo)
    redo.triggered.connect(stack.redo)
    undo.setEnabled(stack.canUndo())
    redo.setEnabled(stack.canRedo())
    stack.canUndoChanged.connect(undo.setEnabled)
    stack.canRedoChanged.connect(redo.setEnabled)
    stack.undoTextChanged.connect(lambda text: undo.setToolTip(text))
    stack.redoTextChanged.connect(lambda text: redo.setToolTip(text))
    return undo, redo


class EditorMenus:
    """The order editor's menu bar: Order (save, steps, order form, close) and Edit."""

    def __init__(self, editor: OrderEditor, steps: Iterable[str]) -> None:
        self.editor = editor
        translate = QCoreApplication.translate
        self.menu_bar = QMenuBar(editor)
        self.menu_bar.setObjectName("editor_menu_bar")
        self.order_menu = QMenu(translate("OrderEditor", "&Order"), self.menu_bar)
        self.order_menu.setObjectName("editor_order_menu")
        self.menu_bar.addMenu(self.order_menu)
        self.order_menu.addAction(editor.save_action)
        self.order_menu.addSeparator()
        self.steps = step_actions(editor, steps, self._start)
        for action in self.steps.values():
            editor.addAction(action)  # the shortcut works anywhere in the editor
            self.order_menu.addAction(action)
        self.order_menu.addSeparator()
        self.order_form = QAction(translate("OrderEditor", "Order &form…"), editor)
        self.order_form.setObjectName("menu_order_form")
        self.order_form.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Print))
        self.order_form.triggered.connect(editor.show_order_form)
        editor.addAction(self.order_form)
        self.order_menu.addAction(self.order_form)
        self.order_menu.addSeparator()
        self.close = QAction(translate("OrderEditor", "&Close window"), editor)
        self.close.setObjectName("menu_close")
        self.close.setShortcuts(with_extra(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Close), CLOSE_EXTRA[0]))
        self.close.triggered.connect(editor.close)
        editor.addAction(self.close)
        self.order_menu.addAction(self.close)
        self.edit_menu = QMenu(translate("OrderEditor", "&Edit"), self.menu_bar)
        self.edit_menu.setObjectName("editor_edit_menu")
        self.menu_bar.addMenu(self.edit_menu)
        self.edit_menu.addAction(editor.undo_action)
        self.edit_menu.addAction(editor.redo_action)
        self.escape = EscapeCloses(editor)
        editor.installEventFilter(self.escape)

    def _start(self, name: str) -> None:
        editor = self.editor
        snapshot = editor.snapshot()
        if snapshot is None or name not in snapshot.allowed or editor.is_busy():
            return
        editor.start_step(name)

    def update(self) -> None:
        """Steps are enabled when the order's status allows them and nothing is being written."""
        snapshot = self.editor.snapshot()
        allowed = snapshot.allowed if snapshot is not None else ()
        busy = self.editor.is_busy()
        for name, action in self.steps.items():
            action.setEnabled(name in allowed and not busy)
        self.order_form.setEnabled(snapshot is not None)


class EscapeCloses(QObject):
    """Escape that no child used (a cell being edited, an open list) closes the editor."""

    def __init__(self, editor: QWidget) -> None:
        super().__init__(editor)
        self._editor = editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self._editor and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape
                and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            self._editor.close()
            return True
        return False


class SearchToResults(QObject):
    """Down, Enter or Return in a search box moves to the results (``go()``)."""

    def __init__(self, search: QWidget, go: Callable[[], object]) -> None:
        super().__init__(search)
        self._go = go
        search.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                    and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                self._go()
                return True
        return False
