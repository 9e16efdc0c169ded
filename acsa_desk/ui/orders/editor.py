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
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QDate,
    QEvent,
    QItemSelectionModel,
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
    QComboBox,
    QDateEdit,
    QLineEdit,
    QWidget,
)

from acsa_desk.core.domain import Status
from acsa_desk.core.errors import LedgerError, NotFound, RuleViolation, StaleRecord
from acsa_desk.core.money import format_money
from acsa_desk.services import orders as order_service
from acsa_desk.services.partner_numbers import clean_partner_order_number, set_partner_order_number
from acsa_desk.ui import settings as opt
from acsa_desk.ui.context import AppContext
from acsa_desk.ui.messages import counted
from acsa_desk.ui.orders import editor_sections, editor_state, form
from acsa_desk.ui.orders.closing import close_unsaved
from acsa_desk.ui.orders.editor_sections import _FIELD_KEYS, COMMON_CURRENCIES, STEP_ACTIONS
from acsa_desk.ui.orders.fields import OptionalDateEdit
from acsa_desk.ui.orders.form import DraftInvalid, LineDraft, OrderDraft, Problems
from acsa_desk.ui.orders.lines_model import (
    LineColumn,
    column_of,
)
from acsa_desk.ui.orders.refusal import clear_when_fixed, show_refusal
from acsa_desk.ui.orders.snapshot import EditorChoices, OrderSnapshot, load_choices, load_order
from acsa_desk.ui.orders.steps import (
    DeliveryDialog,
    InvoiceDialog,
    NotifyFinanceDialog,
    ReasonDialog,
    ReceiptDialog,
    ReverseDialog,
    SettlementDialog,
    Signatory,
    SignDialog,
    Step,
    StepDialog,
    date_of,
    show_text,
)
from acsa_desk.ui.orders.undo import FieldEdit
from acsa_desk.ui.page import resize_to_fit
from acsa_desk.ui.qtfix import emit
from acsa_desk.ui.service_text import ui_message
from acsa_desk.ui.signin import run_countersigned

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
        if self._busy:
            return False
        if not self.is_editable():
            return self._save_partner_number()
        self._show_all = True
        draft = self.draft()
        try:
            data = form.to_order_input(draft)
        except DraftInvalid as exc:
            self._show_problems(exc.problems)
            show_refusal(self.message_bar, exc.problems)  # names the first problem
            self._focus_first_problem(exc.problems)
            return False
        order_id = self._order_id
        version = self._snapshot.version if self._snapshot is not None else None
        ledger, actor = self._context.ledger, self._context.actor

        def work() -> int:
            with ledger.session(actor=actor) as session:
                if order_id is None:
                    order = order_service.create_order(session=session, data=data, actor=actor)
                else:
                    order = order_service.update_order(
                        session=session, order_id=order_id, data=data, actor=actor,
                        expected_version=version,
                    )
                assert order.id is not None
                return order.id

        self._set_busy(True)
        show_text(self.message_bar, "")
        task = self._context.tasks.run(
            work, on_success=self._on_saved, on_failure=self._on_save_refused,
            title=self.tr("Save order"),
        )
        task.crashed.connect(lambda _exc: self._set_busy(False))
        return True

    def _save_partner_number(self) -> bool:
        """On an order past editing, Save records the partner's number (the only field open)."""
        snapshot = self._snapshot
        if snapshot is None or not self._may_edit("partner_order_number") \
                or not self._partner_number_changed():
            return False
        value = self.partner_number_edit.text()
        try:
            clean_partner_order_number(value)
        except RuleViolation as exc:
            self._boxes["partner_order_number"].show_message(exc.message)
            show_text(self.message_bar, self.tr("Not saved: correct the fields marked in red."))
            return False
        ledger, actor, order_id, version = (self._context.ledger, self._context.actor,
                                            snapshot.id, snapshot.version)

        def work() -> int:
            with ledger.session(actor=actor) as session:
                set_partner_order_number(session=session, order_id=order_id, value=value,
                                         actor=actor, expected_version=version)
            return order_id

        self._set_busy(True)
        show_text(self.message_bar, "")
        task = self._context.tasks.run(
            work, on_success=self._on_saved, on_failure=self._on_save_refused,
            title=self.tr("Save order"),
        )
        task.crashed.connect(lambda _exc: self._set_busy(False))
        return True

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
        widget = self._boxes[key].editor
        handler: Callable[..., None] = lambda *_args, k=key: self._on_field_changed(k)  # noqa: E731
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(handler)
        elif isinstance(widget, QComboBox):
            if widget.isEditable():
                widget.currentTextChanged.connect(handler)
            else:
                widget.currentIndexChanged.connect(handler)
        elif isinstance(widget, QDateEdit):
            widget.dateChanged.connect(handler)
        elif isinstance(widget, OptionalDateEdit):
            widget.value_changed.connect(handler)

    # --- field values ---

    def _get(self, key: str) -> Any:
        widget = self._boxes[key].editor
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QComboBox):
            return widget.currentText() if widget.isEditable() else widget.currentData()
        if isinstance(widget, QDateEdit):
            return date_of(widget)
        assert isinstance(widget, OptionalDateEdit)
        return widget.value()

    def _set(self, key: str, value: Any) -> None:
        if self._get(key) == value:
            return  # setting the same text would move the cursor of the line being typed
        widget = self._boxes[key].editor
        self._loading += 1
        try:
            if isinstance(widget, QLineEdit):
                widget.setText(str(value))
            elif isinstance(widget, QComboBox):
                if widget.isEditable():
                    widget.setCurrentText(str(value))
                else:
                    found = widget.findData(value)
                    if found < 0 and value is not None:
                        widget.addItem(str(value), value)
                        found = widget.count() - 1
                    widget.setCurrentIndex(found)
            elif isinstance(widget, QDateEdit):
                widget.setDate(QDate(value.year, value.month, value.day))
            else:
                assert isinstance(widget, OptionalDateEdit)
                widget.set_value(value)
        finally:
            self._loading -= 1

    def _apply_field(self, key: str, value: Any) -> None:
        """Called by undo commands: puts ``value`` in the field."""
        self._set(key, value)
        self._committed[key] = value
        self._touched.add(key)
        self._after_edit()

    def _on_field_changed(self, key: str) -> None:
        if self._loading:
            return
        new, old = self._get(key), self._committed.get(key)
        if new == old:
            return
        if not self._may_edit(key):  # a read-only field changed anyway (keyboard): put it back
            self._set(key, old)
            return
        self._committed[key] = new
        text = self.tr("Edit {field}").format(field=self._field_names[key])
        self.undo_stack.push(FieldEdit(key, _FIELD_KEYS.index(key), old, new, self._apply_field, text))

    def _fill_fields(self, draft: OrderDraft) -> None:
        values = {
            "number": draft.number, "exercise": draft.exercise_id, "partner": draft.partner,
            "direction": draft.direction, "ordered_on": draft.ordered_on or date.today(),
            "required_on": draft.required_on, "requesting_unit": draft.requesting_unit,
            "requesting_poc": draft.requesting_poc, "supplying_unit": draft.supplying_unit,
            "supplying_poc": draft.supplying_poc, "delivery_place": draft.delivery_place,
            "settlement_method": draft.settlement_method, "currency": draft.currency,
            "partner_order_number": draft.partner_order_number,
            **{name: getattr(draft, name) for name in form.CONTACT_FIELDS},
        }
        self._loading += 1
        try:
            for key, value in values.items():
                self._set(key, value)
            self.lines_model.set_currency(draft.currency)
            self.lines_model.set_lines(draft.lines)
        finally:
            self._loading -= 1
        self._committed = {key: self._get(key) for key in _FIELD_KEYS}

    # --- loading ---

    def _load_choices(self) -> None:
        with self._context.ledger.reader() as session:
            self._choices = load_choices(session=session)
        self._fill_choices()

    def _fill_choices(self) -> None:
        self._loading += 1
        try:
            current = self.exercise_combo.currentData()
            self.exercise_combo.clear()
            for exercise_id, name in self._choices.exercises:
                self.exercise_combo.addItem(name, exercise_id)
            found = self.exercise_combo.findData(current)
            if found < 0:
                found = 0 if self._choices.exercises else -1
            self.exercise_combo.setCurrentIndex(found)
            partner = self.partner_combo.currentText()
            self.partner_combo.clear()
            self.partner_combo.addItems(list(self._choices.partners))
            self.partner_combo.setCurrentText(partner)
        finally:
            self._loading -= 1

    def _start_new(self) -> None:
        exercise = self._choices.exercises[0][0] if self._choices.exercises else None
        partner = self._choices.last_partner or (self._choices.partners[0] if self._choices.partners else "")
        draft = OrderDraft(exercise_id=exercise, partner=partner, ordered_on=date.today(),
                           currency=self._choices.default_currency)
        self._fill_fields(draft)
        self._snapshot = None
        self.undo_stack.clear()
        self._touched.clear()
        self._show_all = False
        self._refresh_state()

    def _show_snapshot(self, snapshot: OrderSnapshot) -> None:
        self._snapshot = snapshot
        self.banners.set_rendering(snapshot.marking)
        self._fill_fields(snapshot.draft)
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
        if self._loading:
            return
        draft = self.draft()
        if self.lines_model.currency() != draft.currency_code:
            self._loading += 1
            try:
                self.lines_model.set_currency(draft.currency_code)
            finally:
                self._loading -= 1
        if self.is_editable():
            problems = form.check_draft(draft)
            self._show_problems(problems)
        else:
            self._show_problems(Problems())
        self._show_totals(draft)
        self._show_missing(draft)
        if not self.is_editable():  # Save and Undo appear once the partner's number is typed
            changed = self._partner_number_changed()
            for action in (self.save_action, self.undo_action, self.redo_action,
                           self.toolbar_undo, self.toolbar_redo):
                action.setVisible(changed)

    def _after_lines_edit(self) -> None:
        if not self._loading:
            self._touched.add("lines")
            self._after_edit()

    def _show_problems(self, problems: Problems) -> None:
        for key, box in self._boxes.items():
            shown = key in self._touched or self._show_all
            box.show_message(problems.fields.get(key, "") if shown else "")
        messages = problems.line_messages() if ("lines" in self._touched or self._show_all) else []
        text = ""
        if messages:
            more = len(messages) - 3
            text = "\n".join(_capitalised(ui_message(m)) for m in messages[:3])
            if more > 0:
                text += "\n" + counted(self.tr("… and %n more (see the red cells)", "", more),
                                        more)
        show_text(self.lines_message, text)
        clear_when_fixed(self.message_bar, problems)

    def _show_totals(self, draft: OrderDraft) -> None:
        totals = form.totals(draft)
        if not totals.by_currency:
            self.totals_label.setText(self.tr("Total: enter a valid currency"))
            return
        locale = self._context.locale
        parts = [format_money(minor, code, locale) for code, minor in totals.by_currency.items()]
        text = self.tr("Total ordered: {total}").format(total=", ".join(parts))
        if totals.uncounted_lines:
            n = totals.uncounted_lines
            text += "  " + counted(self.tr("(%n line(s) not counted)", "", n), n)
        self.totals_label.setText(text)

    def _show_missing(self, draft: OrderDraft) -> None:
        snapshot = self._snapshot
        if snapshot is not None and snapshot.status != Status.REQUESTED:
            self.missing_label.setVisible(False)
            return
        missing = form.missing_for_signature(draft)
        problems = form.check_draft(draft)
        if not missing and problems:
            # nothing is missing, but something typed is wrong: not ready yet
            self.missing_label.setText(self.tr(
                "Not ready for signature: correct the fields and lines marked in red first."))
        elif not missing:
            self.missing_label.setText(self.tr("Ready for signature: nothing required is missing."))
        else:
            self.missing_label.setText(
                self.tr("Before it can be signed, this order needs: {items}.").format(
                    items="; ".join(ui_message(m.removesuffix(" is missing")) for m in missing)))
        self.missing_label.setVisible(True)

    def _focus_first_problem(self, problems: Problems) -> None:
        for key in _FIELD_KEYS:
            if key in problems.fields:
                self._boxes[key].editor.setFocus()
                return
        if problems.lines:
            first = problems.lines[0]
            self.tabs.setCurrentIndex(0)
            index = self.lines_model.index(first.line - 1, column_of(first.cell))
            no_selection = QItemSelectionModel.SelectionFlag.NoUpdate  # keep the red cells visible
            self.lines_view.selectionModel().setCurrentIndex(index, no_selection)
            self.lines_view.scrollTo(index)
            self.lines_view.setFocus()

    # --- lines buttons ---

    def _current_line(self) -> int | None:
        index = self.lines_view.currentIndex()
        return index.row() if index.isValid() else None

    def _add_line(self) -> None:
        current = self._current_line()
        previous: LineDraft | None = self.lines_model.line(current) if current is not None else None
        # a new line keeps the category of the line above: orders come in runs of one kind
        start = LineDraft(category=previous.category) if previous is not None else LineDraft()
        row = self.lines_model.add_line(start)
        self._select_line(row, LineColumn.DESCRIPTION if start.category else LineColumn.CATEGORY)

    def _duplicate_line(self) -> None:
        current = self._current_line()
        if current is None:
            return
        self._select_line(self.lines_model.duplicate_line(current), LineColumn.QUANTITY)

    def _remove_line(self) -> None:
        current = self._current_line()
        if current is None:
            return
        self.lines_model.remove_line(current)
        if self.lines_model.rowCount():
            self._select_line(min(current, self.lines_model.rowCount() - 1), LineColumn.CATEGORY)

    def _select_line(self, row: int, column: int) -> None:
        index = self.lines_model.index(row, column)
        self.lines_view.setCurrentIndex(index)
        self.lines_view.scrollTo(index)

    # --- results of writes ---

    def _on_saved(self, order_id: int) -> None:
        self._set_busy(False)
        created = self._order_id is None
        self._order_id = order_id
        self.reload()
        self._announce()
        self._context.messages.info(
            (self.tr("Order {number} entered") if created else self.tr("Order {number} saved")).format(
                number=self._snapshot.number if self._snapshot else order_id))
        emit(self.saved, order_id)

    def _reload_after_conflict(self) -> None:
        self.reload_button.setVisible(False)
        self.undo_stack.clear()
        self.reload()
        show_text(self.message_bar, "")

    def _on_save_refused(self, error: LedgerError) -> None:
        self._set_busy(False)
        message = ui_message(str(error))
        show_text(self.message_bar, self.tr("Not saved: {reason}").format(reason=message))
        if isinstance(error, StaleRecord):  # changed elsewhere: offer to read it again
            self.reload_button.setVisible(True)
        rule = error.rule if isinstance(error, RuleViolation) else None
        if rule in self._boxes:
            assert rule is not None
            self._boxes[rule].show_message(message)
            self._boxes[rule].editor.setFocus()
        elif rule in form.LINE_RULES:
            show_text(self.lines_message, _capitalised(message))
            line = form.line_number_of(message)
            if line is not None and rule in {f.value for f in form.LineField}:
                self._select_line(line - 1, column_of(form.LineField(rule)))
        else:
            self._context.dialogs.warning(self.tr("Order not saved"), message)

    def _run_step(
        self, action: str, step: Step, *, on_done: Callable[[], object],
        on_failed: Callable[[LedgerError], object],
    ) -> None:
        ledger, actor = self._context.ledger, self._context.actor

        def work() -> None:
            run_countersigned(ledger, step, actor)  # a certifying officer is checked first

        def done(_result: object) -> None:
            self._set_busy(False)
            self.reload()
            self._announce()
            emit(self.step_recorded, action)
            on_done()

        def failed(error: LedgerError) -> None:
            self._set_busy(False)
            on_failed(error)

        self._set_busy(True)
        task = self._context.tasks.run(work, on_success=done, on_failure=failed, title=self.windowTitle())
        crash_text = self.tr(
            "The step could not be recorded because of an error in ACSA Desk; nothing was changed.")
        task.crashed.connect(lambda _exc: failed(LedgerError(crash_text)))

    def _make_step_dialog(self, action: str, snapshot: OrderSnapshot) -> StepDialog:
        locale = self._context.locale

        def runner(step: Step, *, on_done: Callable[[], object],
                   on_failed: Callable[[LedgerError], object]) -> None:
            self._run_step(action, step, on_done=on_done, on_failed=on_failed)

        if action == "sign":
            ours = Signatory(self._context.settings.get(opt.OFFICER_NAME),
                             self._context.settings.get(opt.OFFICER_RANK))
            return SignDialog(snapshot, runner, actor=self._context.actor, ours=ours, parent=self,
                              people=self._context.people)
        if action == "deliver":
            return DeliveryDialog(snapshot, runner, locale=locale, parent=self)
        if action == "receive":
            return ReceiptDialog(snapshot, runner, parent=self)
        if action == "invoice":
            return InvoiceDialog(snapshot, runner, locale=locale, parent=self)
        if action == "notify_finance":
            return NotifyFinanceDialog(snapshot, runner, parent=self)
        if action == "settle":
            return SettlementDialog(snapshot, runner, locale=locale, parent=self,
                                    people=self._context.people, actor=self._context.actor)
        if action == "reverse":
            return ReverseDialog(snapshot, runner, locale=locale, parent=self)
        if action in ("cancel", "close"):
            return ReasonDialog(snapshot, runner, action=action, parent=self)
        raise ValueError(f"unknown step {action!r}")

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


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
