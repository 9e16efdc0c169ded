"""An order's life in the editor: sign, deliver part, receive, invoice, settle part, settle the
rest, close; the four-eyes refusal; reversing a settlement. Every step goes through its dialog."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from acsa_desk.db.engine import Ledger
from acsa_desk.services import orders
from acsa_desk.ui.context import AppContext
from acsa_desk.ui.orders import OrderEditor, open_order_editor
from acsa_desk.ui.orders.steps import (
    DeliveryDialog,
    InvoiceDialog,
    ReasonDialog,
    ReceiptDialog,
    ReverseDialog,
    SettlementDialog,
    SignDialog,
    StepDialog,
)
from tests.conftest import order_input

TIMEOUT_MS = 10_000


@pytest.fixture
def entered_order(ledger: Ledger, exercise_id: int) -> int:
    """A complete order for JPN in CAD, entered by "clerk" (85000 L of F-76 at 1.12 and more)."""
    with ledger.session(actor="clerk") as session:
        order = orders.create_order(session=session, data=order_input(exercise_id), actor="clerk")
        assert order.id is not None
        return order.id


@pytest.fixture
def editor(qtbot: QtBot, context: AppContext, entered_order: int) -> OrderEditor:
    opened = open_order_editor(context, entered_order)
    qtbot.addWidget(opened, before_close_func=lambda e: e.undo_stack.setClean())
    return opened


def step(qtbot: QtBot, editor: OrderEditor, action: str,
         fill: Callable[[StepDialog], object] = lambda _d: None) -> StepDialog:
    """Opens the step's dialog from its toolbar action, fills it, accepts; waits for the record."""
    editor.step_actions[action].trigger()
    dialog = editor.step_dialog
    assert dialog is not None and dialog.isVisible()
    fill(dialog)
    with qtbot.waitSignal(editor.step_recorded, timeout=TIMEOUT_MS) as recorded:
        dialog.accept()
    assert recorded.args == [action]
    assert editor.step_dialog is None  # closed on success
    return dialog


def visible_steps(editor: OrderEditor) -> set[str]:
    return {name for name, action in editor.step_actions.items() if action.isVisible()}


def history_to(editor: OrderEditor) -> list[str]:
    return [row[3] for row in editor.history_model.rows()]


def outstanding(context: AppContext, order_id: int) -> int:
    with context.ledger.reader() as session:
        return orders.outstanding_minor(orders.get_order(session=session, order_id=order_id))


def test_the_whole_life_of_an_order(qtbot: QtBot, context: AppContext, editor: OrderEditor,
                                    entered_order: int) -> None:
    changes: list[str] = []
    context.events.ledger_changed.connect(changes.append)
    assert editor.status_text() == "Requested"
    assert visible_steps(editor) == {"sign", "cancel"}
    assert editor.missing_label.text().startswith("Ready for signature")

    # sign: another person than the clerk who entered it
    context.actor = "officer"

    def sign(d: StepDialog) -> None:
        assert isinstance(d, SignDialog)
        d.ordering_name.setText("Hiroshi Sato")
        d.ordering_rank.setText("2佐")
        d.issuing_name.setText("Anne Tremblay")
        d.issuing_rank.setText("Cdr")

    step(qtbot, editor, "sign", sign)
    assert editor.status_text() == "Signed"
    assert "Hiroshi Sato" in editor.signatures_label.text()
    assert visible_steps(editor) == {"deliver", "cancel", "reverse"}

    # deliver part: 40000 of the 85000 L of fuel, nothing else yet
    def deliver(d: StepDialog) -> None:
        assert isinstance(d, DeliveryDialog)
        assert d.quantity_edit(1).text() == "85000"  # offered: what is still to deliver
        d.quantity_edit(1).setText("40000")
        d.quantity_edit(2).setText("")
        d.quantity_edit(3).setText("0")

    step(qtbot, editor, "deliver", deliver)
    assert editor.status_text() == "Delivered"
    assert editor.deliveries_model.rowCount() == 1
    assert editor.deliveries_model.text(0, 3) == "$44,800.00"  # 40000 x 1.12
    assert editor.lines_model.line(0).delivered == "40000"

    def receive(d: StepDialog) -> None:
        assert isinstance(d, ReceiptDialog)
        d.received_by.setText("PO1 M. Gagnon")
        d.condition.setText("good")

    step(qtbot, editor, "receive", receive)
    assert editor.status_text() == "Received"
    assert "PO1 M. Gagnon" in editor.receipts_label.text()

    def invoice(d: StepDialog) -> None:
        assert isinstance(d, InvoiceDialog)
        d.reference.setText("INV-2025-0042")

    step(qtbot, editor, "invoice", invoice)
    assert editor.status_text() == "Invoiced"
    assert outstanding(context, entered_order) == 4_480_000

    # settle part, then the rest (the dialog offers what is outstanding)
    def settle_part(d: StepDialog) -> None:
        assert isinstance(d, SettlementDialog)
        assert d.amount.text() == "44800.00"
        d.amount.setText("30000.00")
        d.reference.setText("transfer 118")
        assert d.approved_by.choose("officer2")

    step(qtbot, editor, "settle", settle_part)
    assert editor.status_text() == "Invoiced"
    assert outstanding(context, entered_order) == 1_480_000
    assert "Outstanding $14,800.00" in editor.amounts_label.text()

    def settle_rest(d: StepDialog) -> None:
        assert isinstance(d, SettlementDialog)
        assert d.amount.text() == "14800.00"
        assert d.approved_by.choose("officer2")

    step(qtbot, editor, "settle", settle_rest)
    assert editor.status_text() == "Settled"
    assert outstanding(context, entered_order) == 0
    assert editor.settlements_model.rowCount() == 2
    assert "close" in visible_steps(editor)

    def close(d: StepDialog) -> None:
        assert isinstance(d, ReasonDialog)
        d.reason.setText("the rest of the fuel is no longer needed")

    step(qtbot, editor, "close", close)
    assert editor.status_text() == "Closed"
    assert editor.status_badge.isVisible() or not editor.isVisible()

    # the history lists every step, with who, when, from, to and why
    assert history_to(editor) == ["Requested", "Signed", "Delivered", "Received", "Invoiced",
                                  "Settled", "Closed"]
    rows = editor.history_model.rows()
    assert rows[1][1] == "officer" and rows[1][2] == "Requested"
    assert rows[-1][4] == "the rest of the fuel is no longer needed"
    assert changes == ["orders"] * 7


def test_the_clerk_who_entered_the_order_cannot_sign_it(
    qtbot: QtBot, context: AppContext, editor: OrderEditor, entered_order: int,
) -> None:
    assert context.actor == "clerk"
    editor.step_actions["sign"].trigger()
    dialog = editor.step_dialog
    assert isinstance(dialog, SignDialog)
    assert "clerk" in dialog.findChild(type(dialog.message), "four_eyes_note").text()
    dialog.ordering_name.setText("Hiroshi Sato")
    dialog.issuing_name.setText("Anne Tremblay")
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=TIMEOUT_MS)
    assert "choose the officer who certifies this" in dialog.problem_text()
    offered = [dialog.countersign.officer.itemData(i)
               for i in range(dialog.countersign.officer.count())]
    assert offered == [None, "o", "officer", "officer2"]  # registered officers, not the clerk
    assert dialog.isVisible() and editor.step_dialog is dialog
    assert editor.status_text() == "Requested"
    with context.ledger.reader() as session:
        assert orders.get_order(session=session, order_id=entered_order).status == "requested"
    dialog.reject()


def test_a_step_refused_as_typed_asks_nothing_of_the_ledger(
    qtbot: QtBot, context: AppContext, ledger: Ledger, signed_order: int,
) -> None:
    with ledger.session(actor="clerk") as session:
        line_id = orders.order_lines(session=session, order_id=signed_order)[0].id
        orders.record_delivery(session=session, order_id=signed_order, delivered_on=date(2025, 6, 4),
                               quantities={line_id: 10}, actor="clerk")
        orders.record_receipt(session=session, order_id=signed_order, received_on=date(2025, 6, 5),
                              received_by="PO1 Gagnon", actor="clerk")
        orders.raise_invoice(session=session, order_id=signed_order, reference_text="INV-1",
                             issued_on=date(2025, 6, 6), actor="clerk")
    editor = open_order_editor(context, signed_order)
    qtbot.addWidget(editor)
    dialog = editor.start_step("settle")
    assert isinstance(dialog, SettlementDialog)
    dialog.amount.setText("0.125")
    assert "more decimals than CAD allows" in dialog.problem_text()  # as typed
    dialog.accept()
    assert not dialog.is_busy() and not context.tasks.busy
    assert dialog.isVisible()
    dialog.amount.setText("99.00")  # more than the 11.20 outstanding: the ledger refuses
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=TIMEOUT_MS)
    assert "above its billable amount" in dialog.problem_text()
    assert outstanding(context, signed_order) == 1120
    dialog.reject()


def test_reverse_a_settlement(qtbot: QtBot, context: AppContext, ledger: Ledger, signed_order: int) -> None:
    with ledger.session(actor="clerk") as session:
        line_id = orders.order_lines(session=session, order_id=signed_order)[0].id
        orders.record_delivery(session=session, order_id=signed_order, delivered_on=date(2025, 6, 4),
                               quantities={line_id: 1000}, actor="clerk")
        orders.record_receipt(session=session, order_id=signed_order, received_on=date(2025, 6, 5),
                              received_by="PO1 Gagnon", actor="clerk")
        orders.raise_invoice(session=session, order_id=signed_order, reference_text="INV-1",
                             issued_on=date(2025, 6, 6), actor="clerk")
        wrong = orders.record_settlement(session=session, order_id=signed_order,
                                         settled_on=date(2025, 6, 7), method="cash",
                                         amount_minor=1120_00 - 20_00, actor="clerk")
    editor = open_order_editor(context, signed_order)
    qtbot.addWidget(editor)
    assert outstanding(context, signed_order) == 20_00

    def reverse(d: StepDialog) -> None:
        assert isinstance(d, ReverseDialog)
        assert d.entry.count() == 2  # the delivery and the settlement
        assert wrong.id is not None
        d.select_entry("settlement", wrong.id)
        d.reason.setText("amount keyed wrongly")

    step(qtbot, editor, "reverse", reverse)
    assert outstanding(context, signed_order) == 1120_00
    rows = editor.settlements_model.rows()
    assert [r[4] for r in rows] == ["Settlement (reversed)", "Reversal of an earlier settlement"]
    assert rows[1][2] == "-$1,100.00" and rows[1][5] == "amount keyed wrongly"
    # a reversed entry cannot be reversed again: only the delivery is offered now
    dialog = editor.start_step("reverse")
    assert isinstance(dialog, ReverseDialog)
    assert dialog.entry_kinds() == ["delivery"]
    dialog.reject()
