"""The preferences dialog: edits user settings and LedgerPreferences; refuses bad codes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from acsa_desk.core import marking as M
from acsa_desk.ui import settings as opt
from acsa_desk.ui.preferences import LedgerPreferences, PreferencesDialog
from acsa_desk.ui.settings import Settings

LEDGER = LedgerPreferences(
    banner="UNCLASSIFIED", home_nation="CAN", home_unit="1 Cdn Div", default_currency="CAD"
)


@pytest.fixture
def dialog(qtbot: QtBot, settings: Settings) -> Iterator[PreferencesDialog]:
    settings.set(opt.OFFICER_NAME, "Jane Doe")
    settings.set(opt.OFFICER_RANK, "Capt")
    dlg = PreferencesDialog(settings, LEDGER)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow)
    yield dlg


def retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def press_ok(qtbot: QtBot, dialog: PreferencesDialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_the_dialog_shows_the_current_values(dialog: PreferencesDialog) -> None:
    assert dialog.officer_name.text() == "Jane Doe"
    assert dialog.officer_rank.text() == "Capt"
    assert dialog.language.currentData() == "en"
    assert dialog.marking_form.scheme.currentData() == "ca"
    assert dialog.marking_form.level.currentText() == "UNCLASSIFIED"
    assert dialog.marking_form.preview.marking() == "UNCLASSIFIED"
    assert dialog.home_nation.text() == "CAN"
    assert dialog.home_unit.text() == "1 Cdn Div"
    assert dialog.default_currency.text() == "CAD"


def test_valid_changes_are_saved_and_returned(
    qtbot: QtBot, dialog: PreferencesDialog, settings: Settings
) -> None:
    retype(qtbot, dialog.officer_appointment, "Logistics Officer")
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.marking_form.level.setCurrentIndex(dialog.marking_form.level.findData("PROTECTED B"))
    retype(qtbot, dialog.marking_form.rel_to, "jpn, can")
    retype(qtbot, dialog.home_nation, "jpn")  # typed in lower case
    retype(qtbot, dialog.default_currency, "jpy")
    assert dialog.home_nation.text() == "JPN"
    press_ok(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_preferences() == LedgerPreferences(
        banner="PROTECTED B//REL TO CAN, JPN", home_nation="JPN", home_unit="1 Cdn Div",
        default_currency="JPY",
        marking=M.make_marking(M.CANADA, "PROTECTED B", rel_to=["CAN", "JPN"]),
    )
    assert settings.get(opt.OFFICER_APPOINTMENT) == "Logistics Officer"
    assert settings.get(opt.UI_LANGUAGE) == "fr"


@pytest.mark.parametrize(
    ("field", "typed", "message"),
    [
        ("default_currency", "XYZ", "XYZ is not an ISO 4217 currency code."),
        ("default_currency", "CA", "Enter three letters, e.g. CAD or JPY."),
        ("home_nation", "XYZ", "XYZ is not an ISO 3166 country code."),
        ("home_nation", "", "Enter three letters, e.g. CAN or JPN."),
    ],
)
def test_an_invalid_code_is_refused_beside_its_field_and_nothing_changes(
    qtbot: QtBot,
    dialog: PreferencesDialog,
    settings: Settings,
    field: str,
    typed: str,
    message: str,
) -> None:
    retype(qtbot, dialog.officer_name, "Someone Else")
    edit: QLineEdit = getattr(dialog, field)
    retype(qtbot, edit, typed)
    press_ok(qtbot, dialog)

    assert dialog.isVisible()  # still open: refused
    assert dialog.result_preferences() is None
    assert dialog.message_for(field) == message
    assert settings.get(opt.OFFICER_NAME) == "Jane Doe"  # nothing saved
    assert edit.hasFocus()
    other = "home_nation" if field == "default_currency" else "default_currency"
    assert dialog.message_for(other) == ""

    shown = dialog.message_label(field)  # beside the editor, on the same row
    editor_box = edit.geometry().translated(edit.parentWidget().mapTo(dialog, QPoint(0, 0)))
    label_box = shown.geometry().translated(shown.parentWidget().mapTo(dialog, QPoint(0, 0)))
    assert label_box.left() >= editor_box.right()
    assert label_box.top() <= editor_box.center().y() <= label_box.bottom()

    retype(qtbot, edit, "JPY" if field == "default_currency" else "JPN")
    press_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.message_for(field) == ""
    assert settings.get(opt.OFFICER_NAME) == "Someone Else"


def test_a_message_appears_when_leaving_the_field(qtbot: QtBot, dialog: PreferencesDialog) -> None:
    dialog.default_currency.setFocus()
    retype(qtbot, dialog.default_currency, "ZZZ")
    assert dialog.message_for("default_currency") == ""  # not while typing
    qtbot.keyClick(dialog.default_currency, Qt.Key.Key_Tab)
    assert dialog.message_for("default_currency") == "ZZZ is not an ISO 4217 currency code."


def test_cancel_changes_nothing(qtbot: QtBot, dialog: PreferencesDialog, settings: Settings) -> None:
    retype(qtbot, dialog.officer_name, "Someone Else")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.result_preferences() is None
    assert settings.get(opt.OFFICER_NAME) == "Jane Doe"


def test_the_marking_is_checked_beside_the_form_and_previewed_by_its_scheme_rules(
    qtbot: QtBot, dialog: PreferencesDialog, tmp_path
) -> None:
    form = dialog.marking_form
    form.level.setCurrentIndex(form.level.findData("PROTECTED B"))
    retype(qtbot, form.rel_to, "CAN, JP")
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.result_preferences() is None  # refused
    assert "'JP' is not an ISO 3166-1 alpha-3 country code" in form.message.text()
    retype(qtbot, form.rel_to, "CAN, JPN")
    retype(qtbot, form.originators, "JPN")
    assert form.message.text() == ""
    assert form.preview.marking() == "PROTECTED B//REL TO CAN, JPN"
    assert form.preview.colour() == "#502b85"
    assert form.preview.alignment() & Qt.AlignmentFlag.AlignRight  # Canadian PROTECTED: top right
    dialog.grab().save(str(tmp_path / "preferences.png"))
    form.scheme.setCurrentIndex(form.scheme.findData("us"))
    form.level.setCurrentIndex(form.level.findData("CUI"))
    assert form.preview.marking() == "CUI"
    assert form.preview.alignment() & Qt.AlignmentFlag.AlignHCenter
    press_ok(qtbot, dialog)
    result = dialog.result_preferences()
    assert result is not None and result.marking is not None
    assert (result.marking.scheme, result.marking.level, result.marking.originators) == (
        "us", "CUI", ("JPN",))
