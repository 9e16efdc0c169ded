"""Preview windows other pages open: an order's form, a partner's statement."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from acsa_desk.db.models import Order
from acsa_desk.ui import settings as opt
from acsa_desk.ui.context import AppContext
from acsa_desk.ui.dialogs import ScriptedDialogs
from acsa_desk.ui.documents import PreviewDialog, preview_order_form, preview_statement

WAIT_MS = 30_000


def order_of(context: AppContext, partner: str) -> str:
    with context.ledger.reader() as session:
        return str(session.scalars(select(Order.number).where(Order.partner_code == partner)
                                   .order_by(Order.number)).first())


def shown(qtbot: QtBot, dialog: PreviewDialog) -> int:
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.previewed, timeout=WAIT_MS) as blocker:
        pass
    return int(blocker.args[0])


def test_order_form_preview_saves_and_prints(qtbot: QtBot, context: AppContext,
                                             dialogs: ScriptedDialogs, tmp_path: Path,
                                             pdf_printer) -> None:
    choose, calls, printed = pdf_printer
    number = order_of(context, "JPN")
    dialog = preview_order_form(context, number, choose_printer=choose)
    assert shown(qtbot, dialog) == 1
    assert dialog.isVisible() and not dialog.isModal()
    assert number in dialog.windowTitle()
    assert tuple(dialog.langs.currentData()) == ("en", "ja")  # chosen by the partner
    assert dialog.viewer.document is not None and dialog.viewer.document.pageCount() == 1

    target = tmp_path / "form.pdf"
    dialogs.answer_save_file(target)
    dialog.save_button.click()
    # written by a background task: the file exists before the whole of it is written
    qtbot.waitUntil(lambda: target.exists() and target.read_bytes().rstrip().endswith(b"%%EOF"),
                    timeout=WAIT_MS)
    assert number in PdfReader(target).pages[0].extract_text()

    with qtbot.waitSignal(dialog.printed, timeout=WAIT_MS) as blocker:
        dialog.print_button.click()
    assert blocker.args == [1] and calls == [(dialog, False)]
    assert len(PdfReader(printed).pages) == 1


def test_changing_the_languages_builds_again(qtbot: QtBot, context: AppContext) -> None:
    dialog = preview_order_form(context, order_of(context, "USA"),
                                choose_printer=lambda *_: None)
    shown(qtbot, dialog)
    assert tuple(dialog.langs.currentData()) == ("en", "fr")  # a Canadian ledger: bilingual
    with qtbot.waitSignal(dialog.previewed, timeout=WAIT_MS):
        dialog.langs.setCurrentIndex(dialog.langs.findData(("en",)))
    assert dialog.viewer.built is not None and dialog.viewer.built.langs == ("en",)
    text = pdf_text(dialog.viewer.built.pdf)
    assert "Commande" not in text and "Order for logistic support" in text


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def test_statement_preview_of_one_exercise_signed_by_the_officer(
    qtbot: QtBot, context: AppContext
) -> None:
    context.settings.set(opt.OFFICER_NAME, "Jane Doe")
    context.settings.set(opt.OFFICER_RANK, "Capt(N)")
    context.settings.set(opt.OFFICER_APPOINTMENT, "J4 Finance")
    dialog = preview_statement(context, "JPN", "KAEDEX 2025", choose_printer=lambda *_: None)
    assert shown(qtbot, dialog) >= 1
    assert dialog.viewer.is_landscape()
    assert dialog.viewer.built is not None
    text = pdf_text(dialog.viewer.built.pdf)
    assert "KAEDEX 2025" in text and "Jane Doe" in text and "J4 Finance" in text
    assert "決済明細書" in text


def test_an_unknown_partner_is_said_in_the_window(qtbot: QtBot, context: AppContext,
                                                  dialogs: ScriptedDialogs) -> None:
    dialog = preview_statement(context, "FRA", choose_printer=lambda *_: None)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.preview_failed, timeout=WAIT_MS) as blocker:
        pass
    assert "no partner 'FRA'" in blocker.args[0]
    assert "FRA" in dialog.status.text()
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    assert dialogs.calls == []
