"""Closing an order editor with unsaved changes: Save, Discard or Cancel.

Save starts the save and closes the window once it is written (a refusal keeps it open with
its reason shown); Discard closes it; Cancel keeps it open. The main window asks each open
editor in turn before quitting (``DeskController.may_quit``), so quitting never leaves a
window, or a process, behind.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from acsa_desk.ui.dialogs import Dialogs, Unsaved

if TYPE_CHECKING:
    from acsa_desk.ui.orders.editor import OrderEditor


def close_unsaved(editor: OrderEditor, dialogs: Dialogs) -> bool:
    """True when the editor may close now (the user discarded the changes)."""
    translate = QCoreApplication.translate
    number = editor.number_edit.text().strip()
    answer = dialogs.unsaved(
        translate("OrderEditor", "Save changes?"),
        translate("OrderEditor", "The changes to order {number} have not been saved.").format(
            number=number) if number else
        translate("OrderEditor", "This new order has not been saved."),
    )
    if answer is Unsaved.DISCARD:
        editor.undo_stack.setClean()
        return True
    if answer is Unsaved.SAVE and editor.save():
        def close_when_saved(_order_id: int) -> None:
            editor.saved.disconnect(close_when_saved)
            editor.close()

        editor.saved.connect(close_when_saved)
    return False
