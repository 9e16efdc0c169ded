"""The life-cycle steps of an order, one small dialog each.

A dialog only collects values. Accepting it builds a *step*: a function ``(session, actor)``
that calls one service. The editor's runner runs the step in a write unit of work (through
the TaskManager) and answers; on success the dialog closes, on a refusal it stays open with
the service's message shown beside the field the rule names (or below the fields), and
nothing was changed. Tests fill the fields, call ``accept()`` and wait for ``recorded`` or
for the message.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from acsa_desk.core.domain import Direction, SettlementMethod
from acsa_desk.core.errors import LedgerError, RuleViolation
from acsa_desk.core.money import format_money, format_plain, parse_money
from acsa_desk.services import claims
from acsa_desk.services import orders as order_service
from acsa_desk.ui.banner import add_banners
from acsa_desk.ui.number_entry import NumberEdit, to_locale
from acsa_desk.ui.orders import form, labels
from acsa_desk.ui.orders.snapshot import OrderSnapshot
from acsa_desk.ui.orders.step_widgets import (
    _bold,
    _line,
    date_edit,
    date_of,
    error_label,
    make_room,
    show_text,
)
from acsa_desk.ui.people import People
from acsa_desk.ui.qtfix import emit
from acsa_desk.ui.service_text import ui_message
from acsa_desk.ui.signin import CountersignBox

log = logging.getLogger(__name__)

#: A life-cycle step: calls one service in the given session, as the given actor.
Step = Callable[[Session, str], object]


class StepRunner(Protocol):
    """Runs a step in a write unit of work and reports back in the main thread."""

    def __call__(
        self,
        step: Step,
        *,
        on_done: Callable[[], object],
        on_failed: Callable[[LedgerError], object],
    ) -> None: ...


class StepDialog(QDialog):
    """Base of the step dialogs: a form, messages per rule, OK/Cancel, and the runner call."""

    #: The step was recorded in the ledger (the dialog then closes).
    recorded = Signal()

    def __init__(self, snapshot: OrderSnapshot, runner: StepRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.snapshot = snapshot
        self._runner = runner
        self._busy = False
        self._field_messages: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.message = error_label("step_message")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        intro = QLabel(self.tr("Order {number} ({status})").format(
            number=snapshot.number, status=labels.status_label(snapshot.status)))
        intro.setObjectName("step_order")
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addSpacing(8)
        layout.addWidget(self.buttons)
        self.banners = add_banners(self, rendering=snapshot.marking)
        self.setMinimumWidth(460)

    # --- building the form ---

    def add_field(self, label: str, editor: QWidget, *rules: str) -> QWidget:
        """A form row: ``editor`` with a message under it for the given rule names."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        message = error_label(f"{editor.objectName() or 'field'}_message")
        column.addWidget(message)
        for rule in rules:
            self._field_messages[rule] = message
        self.form.addRow(label, holder)
        return holder

    # --- what a subclass says ---

    def build_step(self) -> Step:
        """The service call for the values typed; raises RuleViolation for a value refused here."""
        raise NotImplementedError

    # --- running ---

    def accept(self) -> None:
        if self._busy:
            return
        self.clear_messages()
        try:
            step = self.build_step()
        except RuleViolation as exc:
            self.show_problem(exc)
            return
        self._set_busy(True)
        self._runner(step, on_done=self._done, on_failed=self._failed)

    def _done(self) -> None:
        self._set_busy(False)
        emit(self.recorded)
        super().accept()

    def _failed(self, error: LedgerError) -> None:
        self._set_busy(False)
        self.show_problem(error)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not busy)

    def is_busy(self) -> bool:
        return self._busy

    def clear_messages(self) -> None:
        show_text(self.message, "")
        for label in self._field_messages.values():
            show_text(label, "")

    def show_problem(self, error: LedgerError) -> None:
        """Shows a refusal beside the field its rule names, else below the fields."""
        rule = getattr(error, "rule", None)
        label = self._field_messages.get(rule, self.message) if isinstance(rule, str) else self.message
        show_text(label, ui_message(str(error)))

    def problem_text(self) -> str:
        """Every message shown (for tests and accessibility)."""
        shown = [self.message, *dict.fromkeys(self._field_messages.values())]
        return "\n".join(label.text() for label in shown if label.text())


@dataclass(frozen=True)
class Signatory:
    """Our side's official as the settings know them (prefills the sign dialog)."""

    name: str = ""
    rank: str = ""


class SignDialog(StepDialog):
    """Both sides' authorised officials sign: names, ranks and the date."""

    def __init__(
        self, snapshot: OrderSnapshot, runner: StepRunner, *, actor: str,
        ours: Signatory = Signatory(), today: date | None = None, parent: QWidget | None = None,
        people: People | None = None,
    ) -> None:
        super().__init__(snapshot, runner, parent)
        people = people or People()
        self.setWindowTitle(self.tr("Sign order {number}").format(number=snapshot.number))
        self.setObjectName("sign_dialog")
        self.ordering_name = _line("ordering_name", self.tr("e.g. Hiroshi Sato"))
        self.ordering_rank = _line("ordering_rank", self.tr("e.g. 2佐 or Cdr"))
        self.issuing_name = _line("issuing_name", self.tr("e.g. Anne Tremblay"))
        self.issuing_rank = _line("issuing_rank", self.tr("e.g. Cdr"))
        ordered_on = snapshot.draft.ordered_on or date.today()
        self.signed_on = date_edit(max(today or date.today(), ordered_on), "signed_on")
        # our side signs as the supplier when we provide, as the orderer when we receive
        if snapshot.draft.direction == Direction.PROVIDED:
            self.issuing_name.setText(ours.name)
            self.issuing_rank.setText(ours.rank)
        else:
            self.ordering_name.setText(ours.name)
            self.ordering_rank.setText(ours.rank)
        self.add_field(self.tr("Ordering official:"), self.ordering_name, "ordering_official")
        self.add_field(self.tr("Ordering official's rank:"), self.ordering_rank)
        self.add_field(self.tr("Issuing official:"), self.issuing_name, "issuing_official")
        self.add_field(self.tr("Issuing official's rank:"), self.issuing_rank)
        self.add_field(self.tr("Signed on:"), self.signed_on, "signed_on")
        # our side's certifying officer: chosen from the registered officers, authenticated now
        self.countersign = CountersignBox(people, entered_by=snapshot.entered_by, actor=actor)
        self.add_field(self.tr("Signs for our side:"), self.countersign, "four_eyes", "role",
                       "passphrase")
        note = QLabel(self.tr(
            "Four eyes: whoever entered the order ({entered}) cannot sign it for our side."
        ).format(entered=people.shown(snapshot.entered_by) or "?"))
        note.setObjectName("four_eyes_note")
        note.setWordWrap(True)
        self.form.addRow(note)

    def build_step(self) -> Step:
        order_id, version = self.snapshot.id, self.snapshot.version
        ordering = order_service.Official(self.ordering_name.text(), self.ordering_rank.text())
        issuing = order_service.Official(self.issuing_name.text(), self.issuing_rank.text())
        signed_on = date_of(self.signed_on)

        def step(session: Session, actor: str) -> None:
            order_service.sign(
                session=session, order_id=order_id, ordering_official=ordering,
                issuing_official=issuing, signed_on=signed_on, actor=actor,
                expected_version=version,
            )

        return self.countersign.countersign(step, what="sign orders for our side",
                                            officer_acts=True)


class DeliveryDialog(StepDialog):
    """A (partial) delivery: the quantity delivered per line, all on one date."""

    def __init__(
        self, snapshot: OrderSnapshot, runner: StepRunner, *, today: date | None = None,
        locale: str = "en_CA", parent: QWidget | None = None,
    ) -> None:
        super().__init__(snapshot, runner, parent)
        self.setWindowTitle(self.tr("Record a delivery on order {number}").format(number=snapshot.number))
        self.setObjectName("delivery_dialog")
        ordered_on = snapshot.draft.ordered_on or date.today()
        self.delivered_on = date_edit(max(today or date.today(), ordered_on), "delivered_on")
        self.add_field(self.tr("Delivered on:"), self.delivered_on, "delivered_on")
        grid_holder = QWidget()
        grid = QGridLayout(grid_holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.addWidget(_bold(self.tr("Line")), 0, 0)
        grid.addWidget(_bold(self.tr("Still to deliver"), right=True), 0, 1)
        grid.addWidget(_bold(self.tr("Delivered now"), right=True), 0, 2)
        self.quantities: dict[int, NumberEdit] = {}
        self._line_numbers: dict[int, int] = {}
        for number, line in enumerate(snapshot.lines, start=1):
            if line.line_id is None:
                continue
            remaining = snapshot.remaining(line)
            name = QLabel(f"{number}. {line.description}")
            name.setTextFormat(Qt.TextFormat.PlainText)
            name.setWordWrap(True)
            left = QLabel(f"{to_locale(form.plain_quantity(str(remaining)), locale)} "
                          f"{line.unit_of_issue}")
            left.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            edit = NumberEdit(locale, f"quantity_{number}", "0")
            edit.setAccessibleName(self.tr("Delivered now, line {number}").format(number=number))
            if remaining > 0:
                edit.set_plain(form.plain_quantity(str(remaining)))
            else:
                edit.setEnabled(False)
            grid.addWidget(name, number, 0)
            grid.addWidget(left, number, 1)
            grid.addWidget(edit, number, 2)
            self.quantities[line.line_id] = edit
            self._line_numbers[line.line_id] = number
        grid.setColumnStretch(0, 1)
        grid.setRowStretch(len(snapshot.lines) + 1, 1)  # rows stay together at the top
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_holder)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        row_height = self.fontMetrics().height() + 16
        scroll.setMinimumHeight(min(row_height * (len(self.quantities) + 1) + 8, 360))
        self.lines_box = QWidget()
        column = QVBoxLayout(self.lines_box)
        column.setContentsMargins(0, 8, 0, 0)
        column.addWidget(scroll)
        quantity_message = error_label("quantity_message")
        column.addWidget(quantity_message)
        self._field_messages["quantity"] = quantity_message
        self._field_messages["line"] = quantity_message
        self.form.addRow(self.lines_box)
        self.setMinimumWidth(600)

    def quantity_edit(self, line_no: int) -> NumberEdit:
        """The quantity editor of the order's line ``line_no`` (1-based)."""
        for line_id, number in self._line_numbers.items():
            if number == line_no:
                return self.quantities[line_id]
        raise KeyError(line_no)

    def build_step(self) -> Step:
        texts = {
            line_id: (self._line_numbers[line_id], edit.plain())
            for line_id, edit in self.quantities.items() if edit.isEnabled()
        }
        quantities = form.parse_delivery(texts)
        order_id, version = self.snapshot.id, self.snapshot.version
        delivered_on = date_of(self.delivered_on)

        def step(session: Session, actor: str) -> None:
            order_service.record_delivery(
                session=session, order_id=order_id, delivered_on=delivered_on,
                quantities=quantities, actor=actor, expected_version=version,
            )

        return step


class ReceiptDialog(StepDialog):
    """The receiving side acknowledges quantity and condition."""

    def __init__(
        self, snapshot: OrderSnapshot, runner: StepRunner, *, today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(snapshot, runner, parent)
        self.setWindowTitle(self.tr("Record receipt of order {number}").format(number=snapshot.number))
        self.setObjectName("receipt_dialog")
        self.received_by = _line("received_by", self.tr("e.g. PO1 M. Gagnon"))
        last = max((d.delivered_on for d in snapshot.deliveries), default=snapshot.draft.ordered_on)
        self.received_on = date_edit(max(today or date.today(), last or date.today()), "received_on")
        self.condition = _line("condition", self.tr("e.g. complete, good condition"))
        self.add_field(self.tr("Received by:"), self.received_by, "received_by")
        self.add_field(self.tr("Received on:"), self.received_on, "received_on")
        self.add_field(self.tr("Condition:"), self.condition, "condition")

    def build_step(self) -> Step:
        order_id, version = self.snapshot.id, self.snapshot.version
        received_by, condition = self.received_by.text(), self.condition.text()
        received_on = date_of(self.received_on)

        def step(session: Session, actor: str) -> None:
            order_service.record_receipt(
                session=session, order_id=order_id, received_on=received_on,
                received_by=received_by, condition=condition, actor=actor,
                expected_version=version,
            )

        return step


class InvoiceDialog(StepDialog):
    """The supplier bills: the claim's reference and date."""

    def __init__(
        self, snapshot: OrderSnapshot, runner: StepRunner, *, locale: str = "en_CA",
        today: date | None = None, parent: QWidget | None = None,
    ) -> None:
        super().__init__(snapshot, runner, parent)
        self.setWindowTitle(self.tr("Raise the invoice for order {number}").format(number=snapshot.number))
        self.setObjectName("invoice_dialog")
        self.reference = _line("reference", self.tr("e.g. INV-2025-0042"))
        self.issued_on = date_edit(today or date.today(), "issued_on")
        self.add_field(self.tr("Reference:"), self.reference, "reference")
        self.add_field(self.tr("Issued on:"), self.issued_on, "issued_on")
        amount = QLabel(format_money(snapshot.billable_minor, snapshot.currency, locale))
        amount.setObjectName("invoice_amount")
        self.form.addRow(self.tr("Billable so far:"), amount)

    def build_step(self) -> Step:
        order_id, version = self.snapshot.id, self.snapshot.version
        reference, issued_on = self.reference.text(), date_of(self.issued_on)

        def step(session: Session, actor: str) -> None:
            order_service.raise_invoice(
                session=session, order_id=order_id, reference_text=reference,
                issued_on=issued_on, actor=actor, expected_version=version,
            )

        return step


class NotifyFinanceDialog(StepDialog):
    """The claim notice reached the finance or revenue office (Japan's rule: the providing
    unit notifies its revenue officer that a claim exists)."""

    def __init__(
        self, snapshot: OrderSnapshot, runner: StepRunner, *, today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(snapshot, runner, parent)
        self.setWindowTitle(self.tr("Notify finance of the claim on order {number}").format(
            number=snapshot.number))
        self.setObjectName("notify_finance_dialog")
        claimed = min((i.issued_on for i in snapshot.invoices), default=None)
        self.notified_on = date_edit(max(today or date.today(), claimed or date.min),
                                     "notified_on", minimum=claimed)
        self.notified_to = _line("notified_to", self.tr("Finance or revenue office"))
        self.reference = _line("reference", self.tr("e.g. memo 2025-31"))
        self.add_field(self.tr("Notified on:"), self.notified_on, "notified_on")
        self.add_field(self.tr("Office notified:"), self.notified_to, "notified_to")
        self.add_field(self.tr("Reference:"), self.reference, "reference", "status")

    def build_step(self) -> Step:
        order_id, version = self.snapshot.id, self.snapshot.version
        on, to, reference = date_of(self.notified_on), self.notified_to.text(), self.reference.text()

        def step(session: Session, actor: str) -> None:
            claims.notify_finance(session=session, order_id=order_id, notified_on=on,
                                  notified_to=to, reference_text=reference, actor=actor,
                                  expected_version=version)

        return step


class SettlementDialog(StepDialog):
    """A settlement: method, amount in the order's currency, date, reference, approver."""

    def __init__(
        self, snapshot: OrderSnapshot, runner: StepRunner, *, locale: str = "en_CA",
        today: date | None = None, parent: QWidget | None = None, people: People | None = None,
        actor: str = "",
    ) -> None:
        super().__init__(snapshot, runner, parent)
        self.setWindowTitle(self.tr("Record a settlement on order {number}").format(number=snapshot.number))
        self.setObjectName("settlement_dialog")
        currency = snapshot.currency
        self.method = QComboBox()
        self.method.setObjectName("method")
        for method in SettlementMethod:
            self.method.addItem(labels.method_label(method), method.value)
        if not snapshot.only_supplies:  # replacement in kind is for supplies only
            rik = self.method.findData(SettlementMethod.RIK.value)
            item = self.method.model().item(rik)  # type: ignore[attr-defined]
            item.setEnabled(False)
            item.setToolTip(self.tr("Replacement in kind is only for supplies"))
        default = self.method.findData(snapshot.draft.settlement_method)
        self.method.setCurrentIndex(max(default, 0))
        self.amount = NumberEdit(locale, "amount", "0")
        if snapshot.outstanding_minor > 0:
            self.amount.set_plain(format_plain(snapshot.outstanding_minor, currency))
        self.settled_on = date_edit(today or date.today(), "settled_on")
        self.reference = _line("reference", self.tr("e.g. transfer 2025-118"))
        # our approving officer, if one approves now (else it awaits approval): chosen, and
        # authenticated by their passphrase; not whoever enters the settlement
        self.approved_by = CountersignBox(people or People(), entered_by=actor, optional=True)
        self.approved_by.setObjectName("approved_by")
        self.add_field(self.tr("Method:"), self.method, "method")
        self.amount_holder = self.add_field(
            self.tr("Amount ({currency}):").format(currency=currency), self.amount, "amount", "currency"
        )
        outstanding = QLabel(format_money(snapshot.outstanding_minor, currency, locale))
        outstanding.setObjectName("outstanding")
        self.form.addRow(self.tr("Outstanding:"), outstanding)
        self.add_field(self.tr("Settled on:"), self.settled_on, "settled_on")
        self.add_field(self.tr("Reference:"), self.reference, "reference")
        self.add_field(self.tr("Approved by:"), self.approved_by, "four_eyes", "approved",
                       "role", "passphrase")
        self.amount.textChanged.connect(self._check_amount)

    def _check_amount(self) -> None:
        label = self._field_messages["amount"]
        try:
            parse_money(self.amount.plain(), self.snapshot.currency, what="amount")
        except RuleViolation as exc:
            show_text(label, ui_message(exc.message))
        else:
            show_text(label, "")

    def build_step(self) -> Step:
        order_id, version = self.snapshot.id, self.snapshot.version
        amount = parse_money(self.amount.plain(), self.snapshot.currency, what="amount")
        method = str(self.method.currentData())
        settled_on, reference = date_of(self.settled_on), self.reference.text()
        approved_by = self.approved_by.chosen()

        def step(session: Session, actor: str) -> None:
            order_service.record_settlement(
                session=session, order_id=order_id, settled_on=settled_on, method=method,
                amount_minor=amount, reference_text=reference, actor=actor,
                approved_by=approved_by, expected_version=version,
            )

        if approved_by is None:
            return step
        return self.approved_by.countersign(step, what="approve settlements", officer_acts=False)


class ReverseDialog(StepDialog):
    """Reverses a wrong delivery or settlement by a new, negative entry, saying why."""

    def __init__(
        self, snapshot: OrderSnapshot, runner: StepRunner, *, locale: str = "en_CA",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(snapshot, runner, parent)
        self.setWindowTitle(self.tr("Reverse an entry of order {number}").format(number=snapshot.number))
        self.setObjectName("reverse_dialog")
        self.entry = QComboBox()
        self.entry.setObjectName("entry")
        self.entry.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for d in snapshot.reversible_deliveries():
            text = self.tr("Delivery of {date}: line {line}, {quantity} {unit} ({amount})").format(
                date=d.delivered_on.isoformat(), line=d.line_no, quantity=d.quantity,
                unit=d.unit_of_issue,
                amount=format_money(d.billable_delta_minor, snapshot.currency, locale))
            self.entry.addItem(text, f"delivery:{d.id}")
        for s in snapshot.reversible_settlements():
            text = self.tr("Settlement of {date}: {method}, {amount}").format(
                date=s.settled_on.isoformat(), method=labels.method_label(s.method),
                amount=format_money(s.amount_minor, s.currency, locale))
            self.entry.addItem(text, f"settlement:{s.id}")
        self.reason = _line("reason", self.tr("why the entry was wrong"))
        self.add_field(self.tr("Entry:"), self.entry, "reverses", "settled")
        self.add_field(self.tr("Reason:"), self.reason, "reason")
        if self.entry.count() == 0:
            show_text(self.message, self.tr("Nothing to reverse: no delivery or settlement is on record."))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def entry_kinds(self) -> list[str]:
        """"delivery" or "settlement" for each entry offered, in order."""
        return [str(self.entry.itemData(i)).partition(":")[0] for i in range(self.entry.count())]

    def select_entry(self, kind: str, entry_id: int) -> None:
        found = self.entry.findData(f"{kind}:{entry_id}")
        if found < 0:
            raise KeyError((kind, entry_id))
        self.entry.setCurrentIndex(found)

    def build_step(self) -> Step:
        chosen = self.entry.currentData()
        if not isinstance(chosen, str):
            raise RuleViolation("reverses", self.tr("choose the entry to reverse"))
        kind, _, number = chosen.partition(":")
        entry_id = int(number)
        reason, version = self.reason.text(), self.snapshot.version

        def step(session: Session, actor: str) -> None:
            if kind == "delivery":
                order_service.reverse_delivery(session=session, delivery_id=entry_id, reason=reason,
                                               actor=actor, expected_version=version)
            else:
                order_service.reverse_settlement(session=session, settlement_id=entry_id,
                                                 reason=reason, actor=actor,
                                                 expected_version=version)

        return step


class ReasonDialog(StepDialog):
    """Cancel or close an order: only a reason is asked."""

    def __init__(
        self, snapshot: OrderSnapshot, runner: StepRunner, *, action: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(snapshot, runner, parent)
        if action not in ("cancel", "close"):
            raise ValueError(action)
        self.action = action
        self.setObjectName(f"{action}_dialog")
        if action == "cancel":
            self.setWindowTitle(self.tr("Cancel order {number}").format(number=snapshot.number))
        else:
            self.setWindowTitle(self.tr("Close order {number}").format(number=snapshot.number))
        self.reason = _line("reason", self.tr("e.g. requirement withdrawn"))
        self.add_field(self.tr("Reason:"), self.reason, "reason", "status", "outstanding")

    def build_step(self) -> Step:
        order_id, version, reason = self.snapshot.id, self.snapshot.version, self.reason.text()
        service = order_service.cancel_order if self.action == "cancel" else order_service.close_order

        def step(session: Session, actor: str) -> None:
            service(session=session, order_id=order_id, reason=reason, actor=actor,
                    expected_version=version)

        return step


__all__ = [
    "DeliveryDialog",
    "InvoiceDialog",
    "NotifyFinanceDialog",
    "ReasonDialog",
    "ReceiptDialog",
    "ReverseDialog",
    "SettlementDialog",
    "SignDialog",
    "Signatory",
    "Step",
    "StepDialog",
    "StepRunner",
    "date_edit",
    "date_of",
    "error_label",
    "make_room",
    "show_text",
]
