"""The order editor and its step dialogs show the order's marking by the scheme's rules."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from acsa_desk.core import marking as M
from acsa_desk.services import marking as marking_svc
from acsa_desk.services import orders
from acsa_desk.ui.banner import add_banners
from acsa_desk.ui.context import AppContext
from acsa_desk.ui.orders import OrderEditor
from tests.conftest import ACTOR, order_input

PB = M.make_marking(M.CANADA, "PROTECTED B", rel_to=["CAN", "JPN"], originators=["JPN"])
SHOTS = Path("/tmp/h15-ui-shots")


def _strip_colour_in(image: QImage, y: int, x: int) -> str:
    return image.pixelColor(x, y).name()


def test_editor_and_step_dialog_show_the_orders_higher_marking(
        qtbot: QtBot, context: AppContext, exercise_id: int, tmp_path: Path) -> None:
    ledger = context.ledger
    with ledger.session() as s:
        plain = orders.create_order(session=s, data=order_input(exercise_id, "A-1"), actor=ACTOR)
        marked = orders.create_order(session=s, data=order_input(exercise_id, "A-2"), actor=ACTOR)
        marking_svc.set_marking(session=s, marking=M.make_marking(M.CANADA, "UNCLASSIFIED"))
        marking_svc.set_part_marking(session=s, order="A-2", marking=PB)
    # the window's marking: what the ledger as a whole carries
    with ledger.reader() as s:
        context.marking.set_rendering(marking_svc.rendering(
            session=s, marking=marking_svc.marking_for(session=s)))

    editor = OrderEditor(context, marked.id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.snapshot() is not None, timeout=10_000)
    top, bottom = editor.banners.top, editor.banners.bottom
    assert top.marking() == "PROTECTED B//REL TO CAN, JPN"
    assert "Contains foreign government information: JPN" in top.text()
    assert top.alignment() & Qt.AlignmentFlag.AlignRight  # Canadian PROTECTED: top right
    assert top.isVisible() and not bottom.isVisible()  # and nothing at the bottom
    assert top.colour() == "#502b85"
    assert top.mapTo(editor, top.rect().topLeft()).y() == 0  # above the toolbar
    image = editor.grab().toImage()
    assert _strip_colour_in(image, top.height() // 2, 3) == "#502b85"
    editor.grab().save(str(tmp_path / "editor.png"))

    dialog = editor.start_step("deliver") if "deliver" in editor.snapshot().allowed else None
    if dialog is None:
        dialog = editor.start_step("cancel")
    qtbot.addWidget(dialog)
    assert dialog.banners.top.marking() == "PROTECTED B//REL TO CAN, JPN"
    assert not dialog.banners.bottom.isVisible()
    dialog.grab().save(str(tmp_path / "step.png"))
    dialog.reject()

    other = OrderEditor(context, plain.id)
    qtbot.addWidget(other)
    other.show()
    qtbot.waitUntil(lambda: other.snapshot() is not None, timeout=10_000)
    assert other.banners.top.marking() == "UNCLASSIFIED"  # the order's own: the ledger's
    assert other.banners.bottom.marking() == "UNCLASSIFIED"  # centred, top and bottom
    assert other.banners.bottom.colour() == "#007a33"
    SHOTS.mkdir(exist_ok=True)
    for name in ("editor", "step"):
        (SHOTS / f"{name}.png").write_bytes((tmp_path / f"{name}.png").read_bytes())


def test_a_new_dialog_gets_banners_in_one_line_and_follows_the_ledger(
        qtbot: QtBot, context: AppContext) -> None:
    from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QVBoxLayout

    boxed = QDialog()
    QVBoxLayout(boxed).addWidget(QLabel("contents"))
    formed = QDialog()
    QFormLayout(formed).addRow("a", QLabel("b"))
    for dialog in (boxed, formed):
        qtbot.addWidget(dialog)
    # a dialog whose parent chain holds the context finds the ledger's marking itself
    holder = QLabel()
    holder.context = context  # type: ignore[attr-defined]
    qtbot.addWidget(holder)
    child = QDialog(holder)
    QVBoxLayout(child).addWidget(QLabel("x"))
    banners = [add_banners(boxed, state=context.marking), add_banners(formed, state=context.marking),
               add_banners(child)]
    context.marking.set_rendering(M.render(M.make_marking(M.UNITED_STATES, "CUI"),
                                           M.BUILTIN_SCHEMES))
    for b in banners:
        assert (b.top.marking(), b.bottom.marking()) == ("CUI", "CUI")
        assert b.top.colour() == "#502b85"
    context.marking.set_rendering(M.render(M.make_marking(M.CANADA, "SECRET", rel_to=["CAN"]),
                                           M.BUILTIN_SCHEMES))
    assert banners[2].bottom.marking() == "SECRET//REL TO CAN"
    assert banners[2].bottom.colour() == "#c8102e"
