"""What the order editor shows of the order as the ledger has it: its entries (deliveries,
settlements, history, receipts and invoices), its state (what may be edited, which steps
are offered, the heading, status badge and signatures). Functions of an ``OrderEditor``;
strings keep the editor's translation context ("OrderEditor").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QLineEdit,
)

from acsa_desk.core.domain import Status
from acsa_desk.core.money import format_money
from acsa_desk.ui.orders import labels
from acsa_desk.ui.orders.editor_sections import _line_edit_of
from acsa_desk.ui.orders.fields import OptionalDateEdit, set_read_only
from acsa_desk.ui.orders.snapshot import OrderSnapshot
from acsa_desk.ui.orders.steps import (
    show_text,
)

if TYPE_CHECKING:
    from acsa_desk.ui.orders.editor import OrderEditor

translate = QCoreApplication.translate  # the editor's context: translate("OrderEditor", ...)


def fill_entries(ed: OrderEditor, snapshot: OrderSnapshot) -> None:
    locale, currency = ed._context.locale, snapshot.currency
    deliveries = []
    for d in snapshot.deliveries:
        entry = (
            translate("OrderEditor", "Reversal of an earlier delivery")
            if d.reverses_id
            else (
                translate("OrderEditor", "Delivery (reversed)")
                if d.reversed
                else translate("OrderEditor", "Delivery")
            )
        )
        deliveries.append(
            (
                d.delivered_on.isoformat(),
                f"{d.line_no}. {d.description}",
                f"{d.quantity} {d.unit_of_issue}",
                format_money(d.billable_delta_minor, currency, locale),
                entry,
                d.reason,
                f"{d.recorded_by}, {d.recorded_at:%Y-%m-%d %H:%M}",
            )
        )
    ed.deliveries_model.set_rows(deliveries, muted=[d.reversed for d in snapshot.deliveries])
    settlements = []
    for s in snapshot.settlements:
        entry = (
            translate("OrderEditor", "Reversal of an earlier settlement")
            if s.reverses_id
            else (
                translate("OrderEditor", "Settlement (reversed)")
                if s.reversed
                else translate("OrderEditor", "Settlement")
            )
        )
        settlements.append(
            (
                s.settled_on.isoformat(),
                labels.method_label(s.method),
                format_money(s.amount_minor, s.currency, locale),
                s.reference,
                entry,
                s.reason,
                f"{s.recorded_by}, {s.recorded_at:%Y-%m-%d %H:%M}",
                ed._context.people.shown(s.approved_by)
                if s.approved_by
                else translate("OrderEditor", "awaiting approval"),
            )
        )
    ed.settlements_model.set_rows(settlements, muted=[s.reversed for s in snapshot.settlements])
    history = [
        (
            f"{h.at:%Y-%m-%d %H:%M}",
            ed._context.people.shown(h.by),
            labels.status_label(h.from_status) if h.from_status else "",
            labels.status_label(h.to_status),
            h.reason,
        )
        for h in snapshot.history
    ]
    ed.history_model.set_rows(history, tooltips=[h.reason for h in snapshot.history])
    receipts = "; ".join(
        translate("OrderEditor", "received {date} by {who}{condition}").format(
            date=r.received_on.isoformat(),
            who=r.received_by,
            condition=f" ({r.condition})" if r.condition else "",
        )
        for r in snapshot.receipts
    )
    show_text(
        ed.receipts_label,
        translate("OrderEditor", "Receipt: {text}").format(text=receipts) if receipts else "",
    )
    invoices = "; ".join(f"{i.reference} ({i.issued_on.isoformat()})" for i in snapshot.invoices)
    show_text(
        ed.invoices_label,
        translate("OrderEditor", "Invoice: {text}").format(text=invoices) if invoices else "",
    )
    ed.tabs.setTabText(1, translate("OrderEditor", "Deliveries ({n})").format(n=len(snapshot.deliveries)))
    ed.tabs.setTabText(2, translate("OrderEditor", "Settlements ({n})").format(n=len(snapshot.settlements)))
    ed.tabs.setTabText(3, translate("OrderEditor", "History ({n})").format(n=len(snapshot.history)))


def refresh_state(ed: OrderEditor) -> None:
    snapshot = ed._snapshot
    editable = ed.is_editable()
    for box in ed._boxes.values():
        widget = box.editor
        if isinstance(widget, QLineEdit | QDateEdit):
            widget.setReadOnly(not editable)
        elif isinstance(widget, OptionalDateEdit):
            widget.set_editable(editable)
        elif isinstance(widget, QComboBox):
            set_read_only(widget, not editable)
            if widget.isEditable():
                _line_edit_of(widget).setReadOnly(not editable)
    partner_open = ed._may_edit("partner_order_number")
    ed.partner_number_edit.setReadOnly(not partner_open)
    ed.edit_separator.setVisible(editable)
    for index in (1, 2, 3, 4):  # nothing to list before the order exists
        ed.tabs.setTabEnabled(index, snapshot is not None)
    ed.lines_model.set_editable(editable)
    triggers = QAbstractItemView.EditTrigger
    ed.lines_view.setEditTriggers(
        triggers.DoubleClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed | triggers.SelectedClicked
        if editable
        else triggers.NoEditTriggers
    )
    for button in (ed.add_line_button, ed.duplicate_line_button, ed.remove_line_button):
        button.setVisible(editable)
    for action in (ed.save_action, ed.undo_action, ed.redo_action, ed.toolbar_undo, ed.toolbar_redo):
        action.setVisible(editable)
    ed.menus.update()
    allowed = snapshot.allowed if snapshot is not None else ()
    for name, action in ed.step_actions.items():
        action.setVisible(name in allowed)
        action.setEnabled(not ed._busy)
    ed.order_form_action.setVisible(snapshot is not None)
    ed.save_action.setEnabled(not ed._busy)
    if snapshot is None:
        ed.heading.setText(translate("OrderEditor", "New order"))
        ed.setWindowTitle(translate("OrderEditor", "New order") + "[*]")
        show_status(ed, "")
        ed.amounts_label.setText("")
        ed.signatures_label.setText(translate("OrderEditor", "Not saved yet."))
        ed.signatures_label.setStyleSheet("")
    else:
        ed.heading.setText(translate("OrderEditor", "Order {number}").format(number=snapshot.number))
        ed.setWindowTitle(translate("OrderEditor", "Order {number}").format(number=snapshot.number) + "[*]")
        show_status(ed, snapshot.status)
        amounts = translate(
            "OrderEditor", "Billable {billable}   Settled {settled}   Outstanding {outstanding}"
        )
        ed.amounts_label.setText(
            amounts.format(
                billable=ed._money(snapshot.billable_minor),
                settled=ed._money(snapshot.settled_minor),
                outstanding=ed._money(snapshot.outstanding_minor),
            )
        )
        ed.signatures_label.setText(signatures_text(ed, snapshot))
        missing = snapshot.status not in (Status.REQUESTED, Status.CANCELLED) and not (
            snapshot.ordering_official and snapshot.issuing_official
        )
        ed.signatures_label.setStyleSheet(
            f"QLabel {{ color: {labels.WARNING_COLOUR}; font-weight: bold; }}" if missing else ""
        )
    ed._after_edit()


def show_status(ed: OrderEditor, status: str) -> None:
    if not status:
        ed.status_badge.setText("")
        ed.status_badge.setVisible(False)
        return
    look = labels.status_look(status)
    ed.status_badge.setText(labels.status_label(status))
    ed.status_badge.setStyleSheet(
        f"QLabel {{ background: {look.background}; color: {look.foreground};"
        f" border: 1px solid {look.foreground}; border-radius: 4px; padding: 2px 10px;"
        " font-weight: bold; }"
    )
    ed.status_badge.setVisible(True)


def signatures_text(ed: OrderEditor, snapshot: OrderSnapshot) -> str:
    who = translate("OrderEditor", "Entered by {who}; last changed by {changed} at {at} UTC.").format(
        who=snapshot.entered_by or "?",
        changed=snapshot.updated_by or "?",
        at=f"{snapshot.updated_at:%Y-%m-%d %H:%M}",
    )
    if snapshot.ordering_official and snapshot.issuing_official:
        signed = translate(
            "OrderEditor", "Signed {date} by {ordering} (ordering) and {issuing} (issuing)."
        ).format(
            date=snapshot.signed_on.isoformat() if snapshot.signed_on else "?",
            ordering=snapshot.ordering_official,
            issuing=snapshot.issuing_official,
        )
    elif snapshot.status in (Status.REQUESTED, Status.CANCELLED):
        signed = translate("OrderEditor", "Not signed.")
    else:
        signed = translate("OrderEditor", "{status} WITHOUT both officials' signatures.").format(
            status=labels.status_label(snapshot.status)
        )
    read_only = (
        ""
        if "edit" in snapshot.allowed
        else " "
        + QCoreApplication.translate(
            "OrderEditor", "Read-only: only a requested order is edited; later changes are new entries."
        )
    )
    return f"{signed} {who}{read_only}"
