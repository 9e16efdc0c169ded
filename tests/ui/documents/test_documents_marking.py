"""The Documents page shows the previewed document's own marking; saving a marked document
offers to seal it, and records where it went (sidecar and audit) either way."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from acsa_desk.core import marking as M
from acsa_desk.core import sealed
from acsa_desk.db.models import Order
from acsa_desk.services import marking as marking_svc
from acsa_desk.ui.context import AppContext
from acsa_desk.ui.dialogs import DialogKind, ScriptedDialogs
from acsa_desk.ui.documents import DocumentsPage
from acsa_desk.ui.documents.page import STATEMENT
from acsa_desk.ui.sealing import SealChoice

WAIT_MS = 30_000
PASS = "correct horse battery staple"


@pytest.fixture
def page(qtbot: QtBot, context: AppContext, pdf_printer) -> DocumentsPage:
    with context.ledger.session() as session:
        number = session.scalars(select(Order.number).where(Order.partner_code == "JPN")
                                 .order_by(Order.number)).first()
        marking_svc.set_part_marking(session=session, order=number, marking=M.make_marking(
            M.CANADA, "SECRET", rel_to=["CAN", "JPN"]))
    choose, _calls, _target = pdf_printer
    widget = DocumentsPage(context, choose_printer=choose)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    with qtbot.waitSignal(widget.choices_loaded, timeout=WAIT_MS):
        widget.refresh()
    return widget


def _preview(qtbot: QtBot, page: DocumentsPage, partner: str) -> None:
    page.select_kind(STATEMENT)
    page.select_partner(partner)
    with qtbot.waitSignal(page.previewed, timeout=WAIT_MS):
        page.preview_button.click()


def test_the_preview_shows_the_documents_own_marking(qtbot: QtBot, page: DocumentsPage) -> None:
    assert page.document_marking() == ""  # nothing previewed: no strip of its own
    _preview(qtbot, page, "JPN")  # holds the SECRET order
    assert page.document_marking() == "SECRET//REL TO CAN, JPN"
    assert page.document_banners.top.colour() == "#c8102e"
    assert page.document_banners.bottom.isVisibleTo(page)
    if os.environ.get("ACSA_DESK_GRAB"):  # to look at: ACSA_DESK_GRAB=folder pytest ...
        page.grab().save(str(Path(os.environ["ACSA_DESK_GRAB"]) / "documents-secret.png"))
    _preview(qtbot, page, "USA")  # holds no marked order: the ledger's default
    assert page.document_marking() == "UNCLASSIFIED"


def test_saving_a_secret_document_offers_to_seal_it(qtbot: QtBot, page: DocumentsPage,
                                                    dialogs: ScriptedDialogs,
                                                    tmp_path: Path) -> None:
    _preview(qtbot, page, "JPN")
    dialogs.answer_save_file(tmp_path / "statement-jpn.pdf")
    dialogs.answer_seal(SealChoice(True, PASS))
    page.save_button.click()
    target = tmp_path / "statement-jpn.pdf.acsa"
    side = tmp_path / "statement-jpn.pdf.acsa.marking.json"
    qtbot.waitUntil(side.exists, timeout=WAIT_MS)
    assert "SECRET//REL TO CAN, JPN" in dialogs.of_kind(DialogKind.SEAL)[0].text
    assert not (tmp_path / "statement-jpn.pdf").exists()
    assert b"%PDF" not in target.read_bytes()
    header, content = sealed.open_bytes(target.read_bytes(), passphrase=PASS)
    assert content.startswith(b"%PDF-") and header["banner"] == "SECRET//REL TO CAN, JPN"
    record = json.loads(side.read_text(encoding="utf-8"))
    assert record["kind"] == "statement" and record["sealed"] is True


def test_an_unclassified_document_is_saved_with_its_record_without_asking(
        qtbot: QtBot, page: DocumentsPage, dialogs: ScriptedDialogs, tmp_path: Path) -> None:
    _preview(qtbot, page, "USA")
    dialogs.answer_save_file(tmp_path / "statement-usa.pdf")
    page.save_button.click()
    side = tmp_path / "statement-usa.pdf.marking.json"
    qtbot.waitUntil(side.exists, timeout=WAIT_MS)
    assert dialogs.of_kind(DialogKind.SEAL) == []
    record = json.loads(side.read_text(encoding="utf-8"))
    assert record["banner"] == "UNCLASSIFIED" and record["sealed"] is False
    assert record["file"] == str((tmp_path / "statement-usa.pdf").resolve())
