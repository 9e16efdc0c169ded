"""The window seals what leaves the machine by the command line's rule, and opens sealed files.

A ledger marked PROTECTED B: the finance export, a backup elsewhere and a saved document are
offered sealed (a backup outside backups/ must be); nothing plain reaches the folder when
sealing is chosen; a sealed exchange file imports with its passphrase, and what it refuses
names the user's file, never the opened copy. The passphrase dialog follows the rule.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from acsa_desk.core import marking as M
from acsa_desk.core import sealed
from acsa_desk.db.engine import Ledger, open_ledger
from acsa_desk.services import marking as marking_svc
from acsa_desk.ui.dialogs import DialogKind
from acsa_desk.ui.sealing import SealChoice, SealDialog
from tests.ui.app.conftest import WAIT_MS, Desk, Known, bad_orders_csv

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

PASS = "correct horse battery staple"


def _mark(ledger: Ledger, level: str = "PROTECTED B") -> None:
    with ledger.session() as session:
        marking_svc.set_marking(session=session, marking=M.make_marking(
            M.BUILTIN_SCHEMES["ca"], level, rel_to=("CAN", "JPN")))


def _no_plain(folder: Path, *needles: bytes) -> None:
    for path in folder.iterdir():
        if path.is_file() and not path.name.endswith(".marking.json"):
            content = path.read_bytes()
            for needle in needles:
                assert needle not in content, path


def _wait(qtbot: QtBot, task: object) -> None:
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=WAIT_MS):  # type: ignore[attr-defined]
        pass


def test_a_marked_finance_export_is_offered_sealed_and_nothing_plain_is_written(
    qtbot: QtBot, desk: Desk, ledger: Ledger, tmp_path: Path, known: Known
) -> None:
    _mark(ledger)
    desk.start(ledger)
    out = tmp_path / "out"
    out.mkdir()
    desk.dialogs.answer_save_file(out / "finance.csv")
    desk.dialogs.answer_seal(SealChoice(True, PASS))
    _wait(qtbot, desk.controller.export_finance())
    asked = desk.dialogs.of_kind(DialogKind.SEAL)
    assert len(asked) == 1 and "PROTECTED B//REL TO CAN, JPN" in asked[0].text
    assert sorted(p.name for p in out.iterdir()) == ["finance.csv.acsa",
                                                     "finance.csv.acsa.marking.json"]
    _no_plain(out, b"order_number,exercise", b"KAEDEX")
    side = json.loads((out / "finance.csv.acsa.marking.json").read_text(encoding="utf-8"))
    assert side["sealed"] is True and side["banner"] == "PROTECTED B//REL TO CAN, JPN"
    header, plain = sealed.open_bytes((out / "finance.csv.acsa").read_bytes(), passphrase=PASS)
    assert header["banner"] == "PROTECTED B//REL TO CAN, JPN"
    assert plain.decode("utf-8").startswith("order_number,exercise,partner,direction")
    assert "sealed" in desk.window.status_bar.currentMessage()


def test_a_marked_export_may_still_be_written_plain_when_the_user_says_so(
    qtbot: QtBot, desk: Desk, ledger: Ledger, tmp_path: Path, known: Known
) -> None:
    _mark(ledger)
    desk.start(ledger)
    desk.dialogs.answer_save_file(tmp_path / "finance.csv")
    desk.dialogs.answer_seal(SealChoice(False))
    _wait(qtbot, desk.controller.export_finance())
    assert (tmp_path / "finance.csv").read_text(encoding="utf-8").startswith("order_number,")
    side = json.loads((tmp_path / "finance.csv.marking.json").read_text(encoding="utf-8"))
    assert side["sealed"] is False


def test_an_unclassified_export_is_written_without_asking(
    qtbot: QtBot, desk: Desk, ledger: Ledger, tmp_path: Path, known: Known
) -> None:
    desk.start(ledger)
    desk.dialogs.answer_save_file(tmp_path / "finance.csv")
    _wait(qtbot, desk.controller.export_finance())  # an unscripted sealing dialog would fail
    assert desk.dialogs.of_kind(DialogKind.SEAL) == []
    assert (tmp_path / "finance.csv").is_file()


def test_a_backup_elsewhere_is_never_written_plain(
    qtbot: QtBot, desk: Desk, ledger: Ledger, tmp_path: Path, known: Known
) -> None:
    desk.start(ledger)  # UNCLASSIFIED: the policy alone ("outside") seals it
    usb = tmp_path / "usb"
    usb.mkdir()
    desk.dialogs.answer_save_file(usb / "b.sqlite")
    desk.dialogs.answer_seal(SealChoice(False))  # the box cannot be unticked; a fake can try
    assert desk.controller.backup() is None
    assert list(usb.iterdir()) == []
    desk.dialogs.answer_save_file(usb / "b.sqlite")
    desk.dialogs.answer_seal(None)  # cancelled
    assert desk.controller.backup() is None
    assert list(usb.iterdir()) == []
    desk.dialogs.answer_save_file(usb / "b.sqlite")
    desk.dialogs.answer_seal(SealChoice(True, PASS))
    _wait(qtbot, desk.controller.backup())
    assert [p.name for p in usb.iterdir()] == ["b.sqlite.acsa"]
    _no_plain(usb, b"SQLite format 3", b"acsa_order")
    opened = tmp_path / "opened.sqlite"
    with pytest.raises(sealed.SealError, match="wrong passphrase"):
        sealed.open_file(usb / "b.sqlite.acsa", opened, passphrase="not the passphrase!")
    sealed.open_file(usb / "b.sqlite.acsa", opened, passphrase=PASS)
    open_ledger(opened, create=False).close()


def test_a_sealed_exchange_file_imports_and_its_errors_name_the_users_file(
    qtbot: QtBot, desk: Desk, ledger: Ledger, tmp_path: Path, known: Known
) -> None:
    desk.start(ledger)
    bad = bad_orders_csv(tmp_path)
    mine = tmp_path / "from-jpn.csv.acsa"
    sealed.seal_file(bad, mine, passphrase=PASS, info={"kind": "orders", "name": bad.name,
                                                       "banner": "PROTECTED B"})
    bad.unlink()
    desk.dialogs.answer_open_file(mine)
    desk.dialogs.answer_passphrase(PASS)
    _wait(qtbot, desk.controller.import_orders())
    desk.idle()
    warning = desk.dialogs.of_kind(DialogKind.WARNING)[-1]
    assert "from-jpn.csv.acsa was refused" in warning.text
    assert "acsa-desk-open-" not in warning.text + warning.details
    assert "row 4, column unit_price" in warning.details
    assert desk.dialogs.of_kind(DialogKind.PASSPHRASE)[0].text == "from-jpn.csv.acsa"


def test_a_sealed_file_refused_by_its_passphrase_says_so(
    qtbot: QtBot, desk: Desk, ledger: Ledger, tmp_path: Path, known: Known
) -> None:
    desk.start(ledger)
    plain = tmp_path / "x.csv"
    plain.write_text("order_number\n", encoding="utf-8")
    mine = tmp_path / "x.csv.acsa"
    sealed.seal_file(plain, mine, passphrase=PASS, info={"kind": "orders", "name": "x.csv"})
    desk.dialogs.answer_open_file(mine)
    desk.dialogs.answer_passphrase("not the right passphrase")
    _wait(qtbot, desk.controller.import_orders())
    desk.idle()
    assert any("wrong passphrase" in c.text for c in desk.dialogs.calls
               if c.kind in (DialogKind.WARNING, DialogKind.ERROR))


def test_the_passphrase_dialog_follows_the_rule(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

    from acsa_desk.services.protection import SealAdvice

    dialog = SealDialog("Backup", file_name="b.sqlite",
                        advice=SealAdvice(True, True, "PROTECTED B"), rendering=None,
                        recipients=("JPN-JMSDF",))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.seal_box.isChecked() and not dialog.seal_box.isEnabled()  # required
    assert not ok.isEnabled()
    dialog.passphrase.edit.setText("short")
    assert not ok.isEnabled() and "7 more" in dialog.hint.text()
    dialog.passphrase.edit.setText(PASS)
    assert not ok.isEnabled() and "differ" in dialog.hint.text()
    dialog.repeat.setText(PASS)
    assert ok.isEnabled()
    assert dialog.choice() == SealChoice(True, PASS, ())
    # show/hide shows both fields
    assert dialog.passphrase.edit.echoMode() == QLineEdit.EchoMode.Password
    dialog.passphrase.show_button.click()
    assert dialog.passphrase.edit.echoMode() == QLineEdit.EchoMode.Normal
    assert dialog.repeat.echoMode() == QLineEdit.EchoMode.Normal
    # a partner office alone is enough
    dialog.passphrase.edit.setText("")
    dialog.repeat.setText("")
    assert not ok.isEnabled()
    dialog.offices.item(0).setCheckState(dialog.offices.item(0).checkState().Checked)
    assert ok.isEnabled()
    assert dialog.choice() == SealChoice(True, None, ("JPN-JMSDF",))


def test_a_marked_exceptions_register_is_offered_sealed(qtbot: QtBot, ledger: Ledger,
                                                        make_context, tmp_path: Path) -> None:
    from datetime import date

    from PySide6.QtCore import QDate, Qt

    from acsa_desk.services.demo import fill_demo
    from acsa_desk.ui.readiness.page import ReadinessPage
    from tests.ui.app.conftest import wait_idle

    with ledger.session() as s:
        fill_demo(session=s, orders=40, seed=7, today=date(2026, 11, 25))
    _mark(ledger)
    context = make_context(ledger)
    page = ReadinessPage(context)
    qtbot.addWidget(page)
    page.as_of.setDate(QDate(2026, 11, 25))
    page.show()
    page.refresh()
    wait_idle(qtbot, context.tasks)
    out = tmp_path / "out"
    out.mkdir()
    context.dialogs.answer_save_file(out / "register.csv")  # type: ignore[attr-defined]
    context.dialogs.answer_seal(SealChoice(True, PASS))  # type: ignore[attr-defined]
    qtbot.mouseClick(page.save_csv, Qt.MouseButton.LeftButton)
    side = out / "register.csv.acsa.marking.json"
    qtbot.waitUntil(side.exists, timeout=WAIT_MS)
    wait_idle(qtbot, context.tasks)
    assert sorted(p.name for p in out.iterdir()) == ["register.csv.acsa", side.name]
    _header, plain = sealed.open_bytes((out / "register.csv.acsa").read_bytes(), passphrase=PASS)
    assert "\r\norder," in plain.decode("utf-8")
    assert json.loads(side.read_text(encoding="utf-8"))["banner"] == "PROTECTED B//REL TO CAN, JPN"
