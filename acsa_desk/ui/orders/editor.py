"""The order editor: one window per order, for entering it and for following it through its life.

Header fields and the lines table are validated as typed by :mod:`acsa_desk.ui.orders.form`;
every edit is an undo command on the editor's QUndoStack (registered with the main window's
QUndoGroup when one is given). Save and the life-cycle steps are ledger writes: they run
through ``context.tasks`` in a unit of work as ``context.actor``; a refusal is shown beside
the field its rule names and changes nothing. Reading the order (a few small indexed queries)
happens on the UI thread.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QObject,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QUndoGroup,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QWidget,
)

from acsa_desk.core.domain import Status
from acsa_desk.core.errors import LedgerError, NotFound, RuleViolation
from acsa_desk.core.money import format_money
from acsa_desk.services import orders as order_service
from acsa_desk.ui.context import AppContext
from acsa_desk.ui.orders import (
    editor_checks,
    editor_fields,
    editor_lines,
    editor_sections,
    editor_state,
    editor_writes,
)
from acsa_desk.ui.orders.closing import close_unsaved
from acsa_desk.ui.orders.editor_sections import COMMON_CURRENCIES, STEP_ACTIONS
from acsa_desk.ui.orders.form import OrderDraft
from acsa_desk.ui.orders.snapshot import EditorChoices, OrderSnapshot, load_choices, load_order
from acsa_desk.ui.orders.steps import (
    StepDialog,
    date_of,
    show_text,
)
from acsa_desk.ui.page import resize_to_fit
from acsa_desk.ui.qtfix import emit

log = logging.getLogger(__name__)

__all__ = ["COMMON_CURRENCIES", "STEP_ACTIONS", "OrderEditor", "open_order_editor"]


class _UndoKeysToStack(QObject):
    """Lets Undo/Redo keys reach the editor's stack instead of a line edit's private undo."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo):
                event.ignore()
                return True
        return False


class OrderEditor(QWidget):
    """Edits one order (or a new one) in its own window."""

    #: The order was saved. Argument: its id.
    saved = Signal(int)
    #: The editor shows the ledger's current state of the order (after open, save or a step).
    reloaded = Signal()
    #: A life-cycle step was recorded. Argument: its action name ("sign", "deliver"...).
    step_recorded = Signal(str)

    def __init__(
        self,
        context: AppContext,
        order_id: int | None = None,
        *,
        undo_group: QUndoGroup | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setObjectName("order_editor")
        self._context = context
        self._order_id = order_id
        self._snapshot: OrderSnapshot | None = None
        self._choices = EditorChoices((), (), "CAD")
        self._loading = 0
        self._busy = False
        self._announcing = False
        self._show_all = False  # after a save attempt every problem shows, touched or not
        self._touched: set[str] = set()
        self._committed: dict[str, Any] = {}
        self.step_dialog: StepDialog | None = None
        self._undo_keys = _UndoKeysToStack(self)

        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self._undo_group = undo_group
        if undo_group is not None:
            undo_group.addStack(self.undo_stack)

        self._build()
        self._load_choices()
        if order_id is None:
            self._start_new()
        else:
            self.reload()
        context.events.ledger_changed.connect(self._on_ledger_changed)
        resize_to_fit(self, QSize(1180, 780))  # less on a 1366x768 laptop

    # --- public API ---

    def order_id(self) -> int | None:
        return self._order_id

    def snapshot(self) -> OrderSnapshot | None:
        """The order as last read from the ledger (None for an order not saved yet)."""
        return self._snapshot

    def status_text(self) -> str:
        """The status shown in the header (translated), "" for a new order."""
        return self.status_badge.text()

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def is_busy(self) -> bool:
        return self._busy

    def is_editable(self) -> bool:
        return self._snapshot is None or "edit" in self._snapshot.allowed

    def _may_edit(self, key: str) -> bool:
        """The partner's number is a reference, not a term: it may be set at any stage."""
        if key == "partner_order_number" and self._snapshot is not None:
            return self._snapshot.status != Status.CANCELLED
        return self.is_editable()

    def _partner_number_changed(self) -> bool:
        snapshot = self._snapshot
        return snapshot is not None and (
            self.partner_number_edit.text().strip() != snapshot.draft.partner_order_number)

    def field_message(self, key: str) -> str:
        """The validation message shown beside header field ``key`` ("" if none)."""
        return self._boxes[key].message_text()

    def lines_message_text(self) -> str:
        return self.lines_message.text()

    def banner_message(self) -> str:
        """The message under the toolbar (why a save was refused, notices)."""
        return self.message_bar.text()

    def draft(self) -> OrderDraft:
        """The order as typed now."""
        return OrderDraft(
            number=self.number_edit.text(),
            exercise_id=self.exercise_combo.currentData(),
            partner=self.partner_combo.currentText(),
            direction=str(self.direction_combo.currentData() or ""),
            ordered_on=date_of(self.ordered_on_edit),
            required_on=self.required_on_edit.value(),
            requesting_unit=self.requesting_unit_edit.text(),
            requesting_poc=self.requesting_poc_edit.text(),
            supplying_unit=self.supplying_unit_edit.text(),
            supplying_poc=self.supplying_poc_edit.text(),
            delivery_place=self.delivery_place_edit.text(),
            settlement_method=str(self.method_combo.currentData() or ""),
            currency=self.currency_combo.currentText(),
            lines=self.lines_model.lines(),
            partner_order_number=self.partner_number_edit.text(),
            requesting_poc_phone=self.requesting_phone_edit.text(),
            requesting_poc_email=self.requesting_email_edit.text(),
            supplying_poc_phone=self.supplying_phone_edit.text(),
            supplying_poc_email=self.supplying_email_edit.text(),
            funding_reference=self.funding_edit.text(),
        )

    def show_order_form(self) -> QWidget | None:
        """Opens the preview of this order's form (save and print from there)."""
        if self._snapshot is None:
            return None
        from acsa_desk.ui.documents import preview_order_form

        return preview_order_form(self._context, self._snapshot.number, parent=self)

    def reload(self) -> None:
        """Reads the order again and shows it; forgets unsaved edits and the undo history."""
        if self._order_id is None:
            return
        try:
            with self._context.ledger.reader() as session:
                snapshot = load_order(session=session, order_id=self._order_id)
                self._choices = load_choices(session=session)
        except NotFound:
            self._gone()
            return
        self._fill_choices()
        self._show_snapshot(snapshot)
        emit(self.reloaded)

    def save(self) -> bool:
        """Saves the order as typed. False when refused at once (reasons shown beside fields);
        True when the save was started (``saved`` follows, or the ledger's refusal is shown)."""
        return editor_writes.save(self)

    def start_step(self, action: str) -> StepDialog:
        """Opens the dialog of a life-cycle step ("sign", "deliver", "receive", "invoice",
        "settle", "reverse", "cancel", "close") and returns it (window-modal, not blocking)."""
        snapshot = self._snapshot
        if snapshot is None:
            raise RuntimeError("save the order before recording steps")
        if action not in snapshot.allowed:
            raise RuleViolation("status", self.tr("Order {number} does not allow '{action}' now").format(
                number=snapshot.number, action=action))
        if self.step_dialog is not None:
            self.step_dialog.close()
        dialog = self._make_step_dialog(action, snapshot)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.finished.connect(lambda _result, d=dialog: self._forget_dialog(d))
        self.step_dialog = dialog
        dialog.open()
        return dialog

    # --- building the window ---

    def _build(self) -> None:
        editor_sections.build(self)

    def _connect_field(self, key: str) -> None:
        editor_fields.connect_field(self, key)

    # --- field values ---

    def _apply_field(self, key: str, value: Any) -> None:
        """Called by undo commands: puts ``value`` in the field."""
        editor_fields.apply_field(self, key, value)

    def _on_field_changed(self, key: str) -> None:
        editor_fields.on_field_changed(self, key)

    # --- loading ---

    def _load_choices(self) -> None:
        editor_fields.load_choices(self)

    def _fill_choices(self) -> None:
        editor_fields.fill_choices(self)

    def _start_new(self) -> None:
        editor_fields.start_new(self)

    def _show_snapshot(self, snapshot: OrderSnapshot) -> None:
        self._snapshot = snapshot
        self.banners.set_rendering(snapshot.marking)
        editor_fields.fill_fields(self, snapshot.draft)
        self.undo_stack.clear()
        self._touched.clear()
        self._show_all = False
        show_text(self.message_bar, "")
        self._fill_entries(snapshot)
        self.attachments_panel.set_order(snapshot.id)
        self._refresh_state()

    def _fill_entries(self, snapshot: OrderSnapshot) -> None:
        editor_state.fill_entries(self, snapshot)

    # --- state shown ---

    def _refresh_state(self) -> None:
        editor_state.refresh_state(self)

    def _show_status(self, status: str) -> None:
        editor_state.show_status(self, status)

    def _money(self, minor: int) -> str:
        assert self._snapshot is not None
        return format_money(minor, self._snapshot.currency, self._context.locale)

    def _after_edit(self) -> None:
        """Validation, totals and the signing checklist follow every edit."""
        editor_checks.after_edit(self)

    def _after_lines_edit(self) -> None:
        if not self._loading:
            self._touched.add("lines")
            self._after_edit()

    # --- lines buttons ---

    def _add_line(self) -> None:
        editor_lines.add_line(self)

    def _duplicate_line(self) -> None:
        editor_lines.duplicate_line(self)

    def _remove_line(self) -> None:
        editor_lines.remove_line(self)

    # --- results of writes ---

    def _on_saved(self, order_id: int) -> None:
        editor_writes.on_saved(self, order_id)

    def _reload_after_conflict(self) -> None:
        self.reload_button.setVisible(False)
        self.undo_stack.clear()
        self.reload()
        show_text(self.message_bar, "")

    def _on_save_refused(self, error: LedgerError) -> None:
        editor_writes.on_save_refused(self, error)

    def _make_step_dialog(self, action: str, snapshot: OrderSnapshot) -> StepDialog:
        return editor_writes.make_step_dialog(self, action, snapshot)

    def _forget_dialog(self, dialog: StepDialog) -> None:
        if self.step_dialog is dialog:
            self.step_dialog = None

    def _announce(self) -> None:
        self._announcing = True
        try:
            self._context.events.changed("orders")
        finally:
            self._announcing = False

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.save_action.setEnabled(not busy)
        for action in self.step_actions.values():
            action.setEnabled(not busy)
        self.menus.update()

    # --- reacting ---

    def _on_clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    def _on_ledger_changed(self, _what: str) -> None:
        if self._announcing or self._busy:
            return
        if self._order_id is None:
            self._load_choices()
            return
        if not self.is_modified():
            self.reload()
            return
        with self._context.ledger.reader() as session:
            version = order_service.get_order(session=session, order_id=self._order_id).version
        if self._snapshot is not None and version != self._snapshot.version:
            show_text(self.message_bar, self.tr(
                "This order was changed elsewhere since you opened it; saving your edits will be "
                "refused. Undo them, or reload the order."))
            self.reload_button.setVisible(True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.attachments_panel.accepts(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        if self.attachments_panel.accepts(event.mimeData()):
            event.acceptProposedAction()
            self.tabs.setCurrentWidget(self.attachments_panel)
            self.attachments_panel.drop(event.mimeData())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate and self._undo_group is not None:
            self.undo_stack.setActive(True)
        return super().event(event)

    def _gone(self) -> None:
        """The order is not in the ledger (another database was opened): nothing can be done."""
        show_text(self.message_bar, self.tr("This order is not in the ledger now open; close this window."))
        for action in (self.save_action, *self.step_actions.values()):
            action.setVisible(False)
        for action in self.menus.steps.values():
            action.setEnabled(False)
        self.undo_stack.clear()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:  # a save or step is under way: its answer needs this window
            show_text(self.message_bar, self.tr("Wait a moment: the order is being written."))
            event.ignore()
            return
        if self.is_modified() and not close_unsaved(self, self._context.dialogs):
            event.ignore()
            return
        if self.step_dialog is not None:
            self.step_dialog.close()
        super().closeEvent(event)


def open_order_editor(
    context: AppContext,
    order_id: int | None,
    parent: QWidget | None = None,
    *,
    undo_group: QUndoGroup | None = None,
) -> OrderEditor:
    """Opens an editor window for ``order_id`` (None: a new order), shows it and returns it.

    The window is deleted when closed.
    """
    editor = OrderEditor(context, order_id, undo_group=undo_group, parent=parent)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    editor.show()
    editor.raise_()
    editor.activateWindow()
    return editor

