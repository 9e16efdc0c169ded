"""The orders import assistant on real .xlsx and .ods files (issue #14 point 3): a file dropped
on the window, the sheet picked, French column names mapped by guess, every defect shown in its
cell, then all or nothing; a mapping saved for the command line."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from acsa_desk.db.engine import Ledger
from acsa_desk.interchange.mappings import load_mapping
from acsa_desk.ui.dialogs import DialogKind
from acsa_desk.ui.import_assistant import ImportAssistant
from tests.interchange.conftest import snapshot
from tests.interchange.test_spreadsheet_import import typed_row
from tests.interchange.workbooks import write_ods, write_xlsx
from tests.ui.app.conftest import OFFSCREEN_NOISE, WAIT_MS, Desk

FRENCH = ["N° de commande", "Exercice", "Partenaire", "Sens", "Date de commande",
          "Date de livraison", "Unité demandeuse", "Unité fournisseuse", "Mode de règlement",
          "Devise", "Catégorie", "Désignation", "NSN", "Unité", "Quantité", "Prix unitaire",
          "Quantité livrée"]
WRITERS = {"xlsx": write_xlsx, "ods": write_ods}


def drop(desk: Desk, path: Path) -> ImportAssistant:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    # offscreen has no drag machinery: hand the window the events a drag would bring
    with warnings.catch_warnings():  # PySide marks the QPoint constructor deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(QPoint(200, 200), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    desk.window.dragEnterEvent(enter)
    assert enter.isAccepted()
    desk.window.dropEvent(event)
    assistants = [w for w in QApplication.topLevelWidgets()
                  if isinstance(w, ImportAssistant) and w.isVisible()]
    assert len(assistants) == 1
    return assistants[0]


def wait_preview(qtbot: QtBot, assistant: ImportAssistant, desk: Desk) -> None:
    qtbot.waitUntil(lambda: assistant.preview is not None, timeout=WAIT_MS)
    desk.idle()


@pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
@pytest.mark.parametrize("kind", ["xlsx", "ods"])
def test_a_dropped_workbook_through_the_assistant(
    qtbot: QtBot, desk: Desk, ledger: Ledger, tmp_path: Path, kind: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ACSA_DESK_MAPPINGS", str(tmp_path / "mappings"))
    desk.start(ledger)
    path = WRITERS[kind](tmp_path / f"journal.{kind}", {
        "Notes": [["Journal du bataillon, 2025"]],
        "Commandes": [FRENCH, typed_row(), typed_row(order_number="B-2", partner="XXX"),
                      typed_row(order_number="B-3", unit_price=3223.59, quantity=2,
                                delivered_quantity=0, delivered_on=None)],
    })
    before = snapshot(ledger)
    assistant = drop(desk, path)
    wait_preview(qtbot, assistant, desk)
    # the first sheet holds notes: nothing to import there
    assert [assistant.sheet_combo.itemText(i) for i in range(assistant.sheet_combo.count())] == [
        "Notes", "Commandes"]
    assert assistant.preview is not None and assistant.preview.defects
    assert not assistant.import_button.isEnabled()
    assistant.sheet_combo.setCurrentIndex(1)
    qtbot.waitUntil(lambda: assistant.preview is not None and assistant.preview.header[:1] == [
        "order_number"], timeout=WAIT_MS)
    desk.idle()
    assert assistant.mapping()["N° de commande"] == "order_number"  # guessed from French
    assert assistant.mapping()["Prix unitaire"] == "unit_price"
    cells = assistant.defect_cells()
    assert (3, "partner") in cells and "XXX" in cells[(3, "partner")]  # shown in its cell
    assert not assistant.import_button.isEnabled()
    assert "row 3, column partner" in assistant.defects_text.toPlainText()
    assert snapshot(ledger) == before  # the preview is a trial, rolled back

    # the unit corrects its file and drops it again
    assistant.save_name.setText("Journal du bataillon")
    assistant.save_current_mapping()
    assert load_mapping("Journal du bataillon")["Quantité livrée"] == "delivered_quantity"
    assistant.reject()
    fixed = WRITERS[kind](tmp_path / f"journal-fixed.{kind}", {
        "Commandes": [FRENCH, typed_row(), typed_row(order_number="B-3", unit_price=3223.59,
                                                     quantity=2, delivered_quantity=0,
                                                     delivered_on=None)],
    })
    assistant = drop(desk, fixed)
    wait_preview(qtbot, assistant, desk)
    qtbot.waitUntil(lambda: assistant.import_button.isEnabled(), timeout=WAIT_MS)
    assert "2 orders (2 lines) will be imported" in assistant.summary.text()
    with qtbot.waitSignal(desk.controller.imported, timeout=WAIT_MS):
        assistant.import_button.click()
    desk.idle()
    shown = desk.dialogs.of_kind(DialogKind.INFORMATION)[-1]
    assert "2 orders (2 lines) imported from journal-fixed" in shown.text
    from acsa_desk.services import orders

    with ledger.reader() as s:
        line = orders.order_lines(session=s, order_id=orders.order_by_number(
            session=s, number="B-3").id)[0]
    assert line.unit_price_minor == 322359  # the decimal typed, not the float
