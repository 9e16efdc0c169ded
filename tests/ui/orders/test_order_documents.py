"""The order editor's Documents and claim tab: attach (also by drag and drop), preview, save,
withdraw, notify finance, and the order's readiness badge."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from acsa_desk.services import attachments
from acsa_desk.services.demo_documents import tiny_pdf
from acsa_desk.ui.context import AppContext
from acsa_desk.ui.orders import open_order_editor
from tests.ui.orders.test_order_editor import watch

SHOTS = Path(os.environ.get("ACSA_SHOTS", "/tmp/acsa-shots"))
WAIT = 15_000


def test_documents_are_attached_previewed_saved_and_withdrawn(
    qtbot: QtBot, context: AppContext, signed_order: int, tmp_path: Path,
) -> None:
    editor = watch(qtbot, open_order_editor(context, signed_order))
    panel = editor.attachments_panel
    editor.tabs.setCurrentWidget(panel)  # the tab loads when it is first shown
    editor.resize(1100, 700)
    editor.show()
    qtbot.waitExposed(editor)
    qtbot.waitUntil(lambda: "Audit readiness" in panel.badge.text(), timeout=WAIT)
    assert "Documents missing" in panel.badge.text()  # a signed order without its signed form
    form = tmp_path / "signed form.pdf"
    form.write_bytes(tiny_pdf(["Signed order form", "CAN-JPN-25-0001"]))
    context.dialogs.answer_open_file(form)  # type: ignore[attr-defined]
    panel.kind.setCurrentIndex(panel.kind.findData("signed_order_form"))
    with qtbot.waitSignal(panel.loaded, timeout=WAIT):
        qtbot.mouseClick(panel.attach_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=WAIT)
    qtbot.waitUntil(lambda: "Documents missing" not in panel.badge.text(), timeout=WAIT)
    # dropped onto the editor: attached too, as the kind chosen
    photo = tmp_path / "pallets.png"
    photo.write_bytes(_png())
    panel.kind.setCurrentIndex(panel.kind.findData("correspondence"))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    editor.dropEvent(drop)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=WAIT)
    with context.ledger.reader() as s:
        views = attachments.list_for_order(session=s, order_id=signed_order)
        assert [(v.file_name, v.kind) for v in views] == [
            ("signed form.pdf", "signed_order_form"), ("pallets.png", "correspondence")]
        assert attachments.content(session=s, attachment_id=views[0].id) == form.read_bytes()
    panel.view.selectRow(0)
    preview = panel.show_preview(panel.model.row_at(0), form.read_bytes())
    qtbot.addWidget(preview)
    SHOTS.mkdir(parents=True, exist_ok=True)
    preview.grab().save(str(SHOTS / "attachment-preview.png"))
    target = tmp_path / "out.pdf"
    context.dialogs.answer_save_file(target)  # type: ignore[attr-defined]
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    # written by a background task: the file exists before the whole of it is written
    qtbot.waitUntil(lambda: target.exists() and target.read_bytes() == form.read_bytes(),
                    timeout=WAIT)
    # it left with the order's marking and a record of where it went (services.exports)
    side = target.with_name(target.name + ".marking.json")
    qtbot.waitUntil(side.exists, timeout=WAIT)
    assert '"kind": "attachment"' in side.read_text(encoding="utf-8")
    panel.view.selectRow(1)
    qtbot.mouseClick(panel.withdraw_button, Qt.MouseButton.LeftButton)  # no reason: refused
    qtbot.waitUntil(lambda: "say why" in panel.problem.text(), timeout=WAIT)
    qtbot.keyClicks(panel.note, "wrong photo")
    with qtbot.waitSignal(panel.loaded, timeout=WAIT):
        qtbot.mouseClick(panel.withdraw_button, Qt.MouseButton.LeftButton)
    assert "WITHDRAWN: wrong photo" in panel.model.index(1, 5).data()
    editor.grab().save(str(SHOTS / "order-documents-tab.png"))


def test_finance_is_notified_only_after_the_claim(qtbot: QtBot, context: AppContext,
                                                   signed_order: int) -> None:
    editor = watch(qtbot, open_order_editor(context, signed_order))
    panel = editor.attachments_panel
    editor.tabs.setCurrentWidget(panel)  # the tab loads when it is first shown
    editor.resize(1100, 700)
    editor.show()
    qtbot.waitExposed(editor)
    qtbot.waitUntil(lambda: "Audit readiness" in panel.badge.text(), timeout=WAIT)
    qtbot.keyClicks(panel.notice_to, "DFO Ottawa")
    qtbot.mouseClick(panel.notify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "no claim yet" in panel.problem.text(), timeout=WAIT)
    assert panel.notices_label.text() == ""


def _png() -> bytes:
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("steelblue"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def test_a_document_is_attached_to_a_delivery_or_a_settlement(
    qtbot: QtBot, context: AppContext, exercise_id: int, tmp_path: Path,
) -> None:
    from datetime import date

    from acsa_desk.services import orders
    from tests.services.readiness_helpers import build

    order_id = build(context.ledger, exercise_id, "AT-D", "notified", documents=False)
    with context.ledger.session() as s:
        orders.record_settlement(session=s, order_id=order_id, settled_on=date(2025, 6, 5),
                                 method="cash", amount_minor=100_00, actor="clerk",
                                 reference_text="PAY-7")
    editor = watch(qtbot, open_order_editor(context, order_id))
    panel = editor.attachments_panel
    editor.tabs.setCurrentWidget(panel)
    editor.resize(1100, 700)
    editor.show()
    qtbot.waitExposed(editor)
    qtbot.waitUntil(lambda: panel.target.count() == 3, timeout=WAIT)  # order, delivery, settlement
    assert "proof_of_delivery" in panel.badge.toolTip()
    pod = tmp_path / "pod.pdf"
    pod.write_bytes(tiny_pdf(["Proof of delivery", "AT-D"]))
    assert panel.choose_target("delivery", date(2025, 6, 4))
    panel.kind.setCurrentIndex(panel.kind.findData("proof_of_delivery"))
    context.dialogs.answer_open_file(pod)  # type: ignore[attr-defined]
    with qtbot.waitSignal(panel.loaded, timeout=WAIT):
        qtbot.mouseClick(panel.attach_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=WAIT)
    qtbot.waitUntil(lambda: "proof_of_delivery" not in panel.badge.toolTip(), timeout=WAIT)
    assert panel.model.index(0, 1).data() == "Delivery of 2025-06-04"
    advice = tmp_path / "advice.pdf"
    advice.write_bytes(tiny_pdf(["Payment advice", "PAY-7"]))
    assert panel.choose_target("settlement", date(2025, 6, 5))
    panel.kind.setCurrentIndex(panel.kind.findData("payment_advice"))
    context.dialogs.answer_open_file(advice)  # type: ignore[attr-defined]
    qtbot.mouseClick(panel.attach_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=WAIT)
    assert panel.model.index(1, 1).data().startswith("Settlement of 2025-06-05 PAY-7")
    with context.ledger.reader() as s:
        views = attachments.list_for_order(session=s, order_id=order_id)
        (delivery,) = [t for t in attachments.targets(session=s, order_id=order_id)
                       if t.kind == "delivery"]
        assert [(v.kind, v.delivery_id is not None, v.settlement_id is not None)
                for v in views] == [("proof_of_delivery", True, False),
                                    ("payment_advice", False, True)]
        assert views[0].delivery_id == delivery.id
    SHOTS.mkdir(parents=True, exist_ok=True)
    editor.grab().save(str(SHOTS / "order-documents-targets.png"))
