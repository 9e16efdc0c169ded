"""The Documents page: preview in the page, save through the dialogs, print through a stand-in."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from acsa_desk.ui.context import AppContext
from acsa_desk.ui.dialogs import DialogKind, ScriptedDialogs
from acsa_desk.ui.documents import DocumentsPage
from acsa_desk.ui.documents.page import ANNUAL_REPORT, ORDER_FORM, STATEMENT

WAIT_MS = 30_000


@pytest.fixture
def page(qtbot: QtBot, context: AppContext, pdf_printer) -> DocumentsPage:
    choose, _calls, _target = pdf_printer
    widget = DocumentsPage(context, choose_printer=choose)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    with qtbot.waitSignal(widget.choices_loaded, timeout=WAIT_MS):
        widget.refresh()
    return widget


def preview(qtbot: QtBot, page: DocumentsPage) -> int:
    with qtbot.waitSignal(page.previewed, timeout=WAIT_MS) as blocker:
        page.preview_button.click()
    return int(blocker.args[0])


def first_order(context: AppContext) -> str:
    from sqlalchemy import select

    from acsa_desk.db.models import Order

    with context.ledger.reader() as session:
        return str(session.scalars(select(Order.number).where(Order.partner_code == "JPN")
                                   .order_by(Order.number)).first())


def test_nothing_to_save_or_print_before_a_preview(page: DocumentsPage) -> None:
    assert page.title() == "Documents"
    assert page.viewer.page_count() == 0
    assert not page.save_button.isEnabled() and not page.print_button.isEnabled()
    assert [page.partner.itemData(i) for i in range(page.partner.count())] == ["AUS", "JPN", "USA"]
    assert page.exercise.itemData(0) is None and page.exercise.count() > 1


def test_preview_of_a_statement_shows_its_pages(qtbot: QtBot, page: DocumentsPage) -> None:
    page.select_kind(STATEMENT)
    page.select_partner("JPN")
    assert tuple(page.langs.currentData()) == ("en", "ja")  # Japan reads Japanese
    pages = preview(qtbot, page)
    assert pages >= 1
    assert page.viewer.document is not None and page.viewer.document.pageCount() == pages
    assert page.viewer.is_landscape()
    assert page.viewer.stack.currentWidget() is page.viewer.view
    assert page.save_button.isEnabled() and page.print_button.isEnabled()
    assert str(pages) in page.status.text()
    assert page.viewer.built is not None and page.viewer.built.langs == ("en", "ja")


def test_preview_of_an_order_form_and_an_annual_report(qtbot: QtBot, page: DocumentsPage,
                                                       context: AppContext) -> None:
    page.select_kind(ORDER_FORM)
    assert page.order_number.isVisibleTo(page) and not page.partner.isVisibleTo(page)
    page.order_number.setText(first_order(context))
    assert preview(qtbot, page) == 1
    assert not page.viewer.is_landscape()

    page.select_kind(ANNUAL_REPORT)
    assert page.year.isVisibleTo(page) and not page.order_number.isVisibleTo(page)
    page.year.setValue(2025)
    assert preview(qtbot, page) >= 1
    assert page.viewer.built is not None and page.viewer.built.file_name == "annual-report-2025.pdf"


def test_an_unknown_order_is_said_on_the_page(qtbot: QtBot, page: DocumentsPage,
                                              dialogs: ScriptedDialogs) -> None:
    page.select_kind(ORDER_FORM)
    page.preview_button.click()  # no number yet: asks for one, builds nothing
    assert "number" in page.status.text()
    page.order_number.setText("NO-SUCH-ORDER")
    with qtbot.waitSignal(page.preview_failed, timeout=WAIT_MS) as blocker:
        page.preview_button.click()
    assert "no order numbered 'NO-SUCH-ORDER'" in blocker.args[0]
    assert "NO-SUCH-ORDER" in page.status.text()
    assert page.preview_button.isEnabled() and not page.save_button.isEnabled()
    assert dialogs.calls == []  # said on the page, no message box


def test_save_writes_the_previewed_pdf(qtbot: QtBot, page: DocumentsPage,
                                       dialogs: ScriptedDialogs, tmp_path: Path) -> None:
    page.select_partner("USA")
    pages = preview(qtbot, page)
    target = tmp_path / "statement-usa"  # no suffix: .pdf is added
    dialogs.answer_save_file(target)
    page.save_button.click()
    saved = target.with_suffix(".pdf")
    qtbot.waitUntil(saved.exists, timeout=WAIT_MS)
    assert dialogs.of_kind(DialogKind.SAVE_FILE)[0].title == "Save as PDF"
    assert saved.read_bytes().startswith(b"%PDF-")
    assert len(PdfReader(saved).pages) == pages
    assert "United States" in PdfReader(saved).pages[0].extract_text()

    dialogs.answer_save_file(None)  # cancelled: nothing happens
    page.save_button.click()
    dialogs.assert_all_answers_used()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".pdf") == [saved.name]


def test_print_calls_the_injected_printer_function(qtbot: QtBot, page: DocumentsPage,
                                                   pdf_printer) -> None:
    _choose, calls, target = pdf_printer
    page.select_partner("AUS")
    pages = preview(qtbot, page)
    with qtbot.waitSignal(page.printed, timeout=WAIT_MS) as blocker:
        page.print_button.click()
    assert calls == [(page, True)]  # the statement is landscape
    assert blocker.args == [pages]
    assert len(PdfReader(target).pages) == pages


def test_a_cancelled_print_prints_nothing(qtbot: QtBot, context: AppContext) -> None:
    asked: list[bool] = []
    widget = DocumentsPage(context, choose_printer=lambda parent, landscape: asked.append(
        landscape))
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.choices_loaded, timeout=WAIT_MS):
        widget.refresh()
    widget.select_kind(ANNUAL_REPORT)
    preview(qtbot, widget)
    with qtbot.waitSignal(widget.printed, timeout=WAIT_MS) as blocker:
        widget.print_button.click()
    assert asked == [False] and blocker.args == [0]


def test_importing_the_views_loads_neither_qtpdf_nor_reportlab() -> None:
    code = ("import sys, acsa_desk.ui.documents; "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6.QtPdf', "
            "'PySide6.QtPrintSupport', 'reportlab'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60).stdout
    assert out.strip() == "[]"


def test_save_writes_the_document_selected_now_not_the_last_preview(
    qtbot: QtBot, page: DocumentsPage, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    page.select_partner("USA")
    preview(qtbot, page)
    page.select_partner("AUS")  # changed after the preview: Save builds the AUS statement
    target = tmp_path / "statement.pdf"
    dialogs.answer_save_file(target)
    with qtbot.waitSignal(page.previewed, timeout=WAIT_MS):
        page.save_button.click()
    # written by a background task: the file exists before the whole of it is written
    qtbot.waitUntil(lambda: target.exists() and target.read_bytes().rstrip().endswith(b"%%EOF"),
                    timeout=WAIT_MS)
    text = PdfReader(target).pages[0].extract_text()
    assert "Australia" in text and "United States" not in text
    assert page.viewer.built is not None and "AUS" in page.viewer.built.file_name
