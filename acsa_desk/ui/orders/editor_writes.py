"""The order editor's ledger writes: Save (the whole order, or only the partner's number on an
order past editing), the life-cycle steps' dialogs and their recording, and what the editor
shows of each answer (the reason of a refusal beside the field its rule names). Writes run
through ``context.tasks`` in a unit of work as ``context.actor``. Functions of an
``OrderEditor``; strings keep the editor's translation context ("OrderEditor").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from acsa_desk.core.errors import LedgerError, RuleViolation, StaleRecord
from acsa_desk.services import orders as order_service
from acsa_desk.services.partner_numbers import clean_partner_order_number, set_partner_order_number
from acsa_desk.ui import settings as opt
from acsa_desk.ui.orders import editor_checks, editor_lines, form
from acsa_desk.ui.orders.form import DraftInvalid
from acsa_desk.ui.orders.lines_model import column_of
from acsa_desk.ui.orders.refusal import show_refusal
from acsa_desk.ui.orders.snapshot import OrderSnapshot
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
    show_text,
)
from acsa_desk.ui.qtfix import emit
from acsa_desk.ui.service_text import ui_message
from acsa_desk.ui.signin import run_countersigned

if TYPE_CHECKING:
    from acsa_desk.ui.orders.editor import OrderEditor

translate = QCoreApplication.translate  # the editor's context: translate("OrderEditor", ...)


def save(ed: OrderEditor) -> bool:
    """See ``OrderEditor.save``."""
    if ed._busy:
        return False
    if not ed.is_editable():
        return save_partner_number(ed)
    ed._show_all = True
    draft = ed.draft()
    try:
        data = form.to_order_input(draft)
    except DraftInvalid as exc:
        editor_checks.show_problems(ed, exc.problems)
        show_refusal(ed.message_bar, exc.problems)  # names the first problem
        editor_checks.focus_first_problem(ed, exc.problems)
        return False
    order_id = ed._order_id
    version = ed._snapshot.version if ed._snapshot is not None else None
    ledger, actor = ed._context.ledger, ed._context.actor

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

    _start_save(ed, work)
    return True


def save_partner_number(ed: OrderEditor) -> bool:
    """On an order past editing, Save records the partner's number (the only field open)."""
    snapshot = ed._snapshot
    if snapshot is None or not ed._may_edit("partner_order_number") \
            or not ed._partner_number_changed():
        return False
    value = ed.partner_number_edit.text()
    try:
        clean_partner_order_number(value)
    except RuleViolation as exc:
        ed._boxes["partner_order_number"].show_message(exc.message)
        show_text(ed.message_bar,
                  translate("OrderEditor", "Not saved: correct the fields marked in red."))
        return False
    ledger, actor, order_id, version = (ed._context.ledger, ed._context.actor,
                                        snapshot.id, snapshot.version)

    def work() -> int:
        with ledger.session(actor=actor) as session:
            set_partner_order_number(session=session, order_id=order_id, value=value,
                                     actor=actor, expected_version=version)
        return order_id

    _start_save(ed, work)
    return True


def _start_save(ed: OrderEditor, work: Callable[[], int]) -> None:
    ed._set_busy(True)
    show_text(ed.message_bar, "")
    task = ed._context.tasks.run(
        work, on_success=ed._on_saved, on_failure=ed._on_save_refused,
        title=translate("OrderEditor", "Save order"),
    )
    task.crashed.connect(lambda _exc: ed._set_busy(False))


def on_saved(ed: OrderEditor, order_id: int) -> None:
    ed._set_busy(False)
    created = ed._order_id is None
    ed._order_id = order_id
    ed.reload()
    ed._announce()
    text = (translate("OrderEditor", "Order {number} entered") if created
            else translate("OrderEditor", "Order {number} saved"))
    ed._context.messages.info(text.format(number=ed._snapshot.number if ed._snapshot else order_id))
    emit(ed.saved, order_id)


def on_save_refused(ed: OrderEditor, error: LedgerError) -> None:
    ed._set_busy(False)
    message = ui_message(str(error))
    show_text(ed.message_bar, translate("OrderEditor", "Not saved: {reason}").format(reason=message))
    if isinstance(error, StaleRecord):  # changed elsewhere: offer to read it again
        ed.reload_button.setVisible(True)
    rule = error.rule if isinstance(error, RuleViolation) else None
    if rule in ed._boxes:
        assert rule is not None
        ed._boxes[rule].show_message(message)
        ed._boxes[rule].editor.setFocus()
    elif rule in form.LINE_RULES:
        show_text(ed.lines_message, editor_checks.capitalised(message))
        line = form.line_number_of(message)
        if line is not None and rule in {f.value for f in form.LineField}:
            editor_lines.select_line(ed, line - 1, column_of(form.LineField(rule)))
    else:
        ed._context.dialogs.warning(translate("OrderEditor", "Order not saved"), message)


def run_step(
    ed: OrderEditor, action: str, step: Step, *, on_done: Callable[[], object],
    on_failed: Callable[[LedgerError], object],
) -> None:
    ledger, actor = ed._context.ledger, ed._context.actor

    def work() -> None:
        run_countersigned(ledger, step, actor)  # a certifying officer is checked first

    def done(_result: object) -> None:
        ed._set_busy(False)
        ed.reload()
        ed._announce()
        emit(ed.step_recorded, action)
        on_done()

    def failed(error: LedgerError) -> None:
        ed._set_busy(False)
        on_failed(error)

    ed._set_busy(True)
    task = ed._context.tasks.run(work, on_success=done, on_failure=failed, title=ed.windowTitle())
    crash_text = translate(
        "OrderEditor",
        "The step could not be recorded because of an error in ACSA Desk; nothing was changed.")
    task.crashed.connect(lambda _exc: failed(LedgerError(crash_text)))


def make_step_dialog(ed: OrderEditor, action: str, snapshot: OrderSnapshot) -> StepDialog:
    context = ed._context
    locale = context.locale

    def runner(step: Step, *, on_done: Callable[[], object],
               on_failed: Callable[[LedgerError], object]) -> None:
        run_step(ed, action, step, on_done=on_done, on_failed=on_failed)

    if action == "sign":
        ours = Signatory(context.settings.get(opt.OFFICER_NAME), context.settings.get(opt.OFFICER_RANK))
        return SignDialog(snapshot, runner, actor=context.actor, ours=ours, parent=ed,
                          people=context.people)
    if action == "deliver":
        return DeliveryDialog(snapshot, runner, locale=locale, parent=ed)
    if action == "receive":
        return ReceiptDialog(snapshot, runner, parent=ed)
    if action == "invoice":
        return InvoiceDialog(snapshot, runner, locale=locale, parent=ed)
    if action == "notify_finance":
        return NotifyFinanceDialog(snapshot, runner, parent=ed)
    if action == "settle":
        return SettlementDialog(snapshot, runner, locale=locale, parent=ed,
                                people=context.people, actor=context.actor)
    if action == "reverse":
        return ReverseDialog(snapshot, runner, locale=locale, parent=ed)
    if action in ("cancel", "close"):
        return ReasonDialog(snapshot, runner, action=action, parent=ed)
    raise ValueError(f"unknown step {action!r}")
