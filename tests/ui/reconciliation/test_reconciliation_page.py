"""The Reconciliation page under pytest-qt: open a statement, filter, act on items, print."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from acsa_desk.services import orders
from acsa_desk.ui.context import AppContext
from acsa_desk.ui.dialogs import DialogKind, ScriptedDialogs
from acsa_desk.ui.reconciliation import ReconciliationPage
from tests.services.reconcile_helpers import exercise, invoiced

HEADER = ("sender_order_number,receiver_order_number,ordered_on,direction,currency,billable,"
          "settled,status\r\n")
ROWS = ("J-1,CAN-1,2025-06-03,received,CAD,1000.00,600.00,invoiced\r\n"
        "J-2,CAN-2,2025-06-03,received,CAD,1000.00,0,invoiced\r\n"
        "J-9,,2025-06-05,provided,CAD,5.00,0,invoiced\r\n")


def statement(tmp_path: Path, text: str = ROWS) -> Path:
    path = tmp_path / "japan.csv"
    path.write_text(HEADER + text, encoding="utf-8", newline="")
    return path


def page_for(qtbot: QtBot, context: AppContext) -> ReconciliationPage:
    ex = exercise(context.ledger)
    invoiced(context.ledger, ex, "CAN-1", partner_number="J-1", settled=40000)
    invoiced(context.ledger, ex, "CAN-2")
    invoiced(context.ledger, ex, "CAN-3", partner_number="J-3")
    page = ReconciliationPage(context)
    qtbot.addWidget(page)
    page.resize(1280, 640)
    page.show()
    qtbot.waitUntil(lambda: page.partner_combo.currentText() == "JPN", timeout=10_000)
    qtbot.waitUntil(lambda: bool(page.summary_label.text()), timeout=10_000)
    return page


def texts(page: ReconciliationPage, column: int) -> list[str]:
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


def test_open_act_and_print(qtbot: QtBot, context: AppContext, dialogs: ScriptedDialogs,
                            tmp_path: Path) -> None:
    page = page_for(qtbot, context)
    assert "Not reconciled yet" in page.summary_label.text()
    dialogs.answer_open_file(statement(tmp_path))
    with qtbot.waitSignal(page.changed, timeout=20_000):
        page.open_button.click()
    qtbot.waitUntil(lambda: page.view() is not None, timeout=20_000)
    assert "1 agreed" not in page.summary_label.text()
    assert "2 differ, 1 not on their statement, 1 not in our ledger" in page.summary_label.text()
    # the default filter hides nothing but agreed orders; "All" shows them too
    assert sorted(texts(page, 1)) == ["", "CAN-1", "CAN-2", "CAN-3"]
    page.filter_combo.setCurrentIndex(page.filter_combo.findText("Not in our ledger"))
    assert texts(page, 2) == ["J-9"]
    page.filter_combo.setCurrentIndex(0)

    # accept theirs on CAN-1: our settled 400.00 becomes 600.00 through the settlement rules
    page.table.selectRow(texts(page, 1).index("CAN-1"))
    assert not page.accept_button.isEnabled()  # no reason yet
    page.reason_edit.setText("their second payment reached us")
    assert page.accept_button.isEnabled()
    told: list[str] = []
    context.messages.shown.connect(lambda message: told.append(message.text))
    with qtbot.waitSignal(page.changed, timeout=20_000):
        page.accept_button.click()
    qtbot.waitUntil(lambda: "Accepted" in texts(page, 9), timeout=20_000)
    # what the order's rules leave to do is said: the new settlement awaits approval
    qtbot.waitUntil(lambda: any("awaits approval" in text for text in told), timeout=20_000)
    with context.ledger.reader() as s:
        assert orders.order_by_number(session=s, number="CAN-1").settled_minor == 60000
    # dispute the order they never recorded
    page.table.selectRow(texts(page, 1).index("CAN-3"))
    assert not page.accept_button.isEnabled() and not page.dispute_button.isEnabled()
    page.reason_edit.setText("signed by both sides on 3 June; copy sent")
    with qtbot.waitSignal(page.changed, timeout=20_000):
        page.dispute_button.click()
    qtbot.waitUntil(lambda: "Disputed" in texts(page, 9), timeout=20_000)
    page.grab().save(str(tmp_path / "reconciliation-page.png"))

    out = tmp_path / "recon.pdf"
    dialogs.answer_save_file(out)
    page.print_button.click()
    qtbot.waitUntil(out.exists, timeout=30_000)
    assert out.read_bytes().startswith(b"%PDF")

    # reopened with a new statement: what changed since is shown
    dialogs.answer_open_file(statement(tmp_path, ROWS.replace("J-9", "J-8")))
    with qtbot.waitSignal(page.changed, timeout=20_000):
        page.open_button.click()
    qtbot.waitUntil(lambda: "new since the last reconciliation" in texts(page, 11),
                    timeout=20_000)
    page.filter_combo.setCurrentIndex(page.filter_combo.findText("All"))
    changes = dict(zip(texts(page, 1), texts(page, 11), strict=True))
    assert changes["CAN-1"] == "was Differs (settled)"


def test_a_bad_statement_is_refused_and_nothing_saved(qtbot: QtBot, context: AppContext,
                                                      dialogs: ScriptedDialogs,
                                                      tmp_path: Path) -> None:
    page = page_for(qtbot, context)
    dialogs.answer_open_file(statement(tmp_path, ROWS + "J-1,CAN-3,,received,CAD,1,0,\r\n"))
    page.open_button.click()
    qtbot.waitUntil(lambda: bool(dialogs.of_kind(DialogKind.WARNING)), timeout=20_000)
    assert "row 5" in dialogs.last.text and "already on row 2" in dialogs.last.text
    assert page.view() is None


def test_the_dashboard_says_when_each_partner_was_last_reconciled(
        qtbot: QtBot, context: AppContext, dialogs: ScriptedDialogs, tmp_path: Path) -> None:
    from datetime import date

    from acsa_desk.ui.dashboard import DashboardPage

    page = page_for(qtbot, context)
    dashboard = DashboardPage(context)
    qtbot.addWidget(dashboard)
    dashboard.show()
    qtbot.waitUntil(lambda: dashboard.balances_model.rowCount() > 0, timeout=20_000)
    column = dashboard.balances_model.columnCount() - 1
    assert dashboard.balances_model.index(0, column).data() == "never"
    dialogs.answer_open_file(statement(tmp_path))
    with qtbot.waitSignal(page.changed, timeout=20_000):
        page.open_button.click()
    dashboard.reload()
    today = date.today().isoformat()
    qtbot.waitUntil(lambda: dashboard.balances_model.index(0, column).data() == today,
                    timeout=20_000)
    assert "Reconciled by clerk" in dashboard.balances_model.index(0, column).data(
        Qt.ItemDataRole.ToolTipRole)
