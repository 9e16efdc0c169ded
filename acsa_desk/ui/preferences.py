"""Preferences: the officer's own settings and the ledger-wide ones, in one dialog.

The officer's name, rank, appointment and the interface language are user settings
(:mod:`acsa_desk.ui.settings`), written when the dialog is accepted. The handling marking, home
nation and unit and default currency belong to the ledger (the database): the dialog edits a
:class:`LedgerPreferences` and hands it back; saving it is the caller's job::

    changed = PreferencesDialog.edit(settings, current_ledger_preferences, parent=window)
    if changed is not None:
        save_ledger_preferences(changed)   # the core's service
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QPalette, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from acsa_desk.core import marking as M
from acsa_desk.core.domain import country_name
from acsa_desk.core.errors import RuleViolation
from acsa_desk.core.money import is_currency
from acsa_desk.ui import settings as opt
from acsa_desk.ui import theme
from acsa_desk.ui.marking_form import MarkingForm
from acsa_desk.ui.settings import LANGUAGES, Settings

_ALPHA3 = re.compile(r"^[A-Z]{3}$")
ERROR_COLOUR = "#b00020"


@dataclass(frozen=True)
class LedgerPreferences:
    """Ledger-wide preferences kept in the database (plain data; no Qt, no database)."""

    banner: str = ""  # the marking in one line (what an old ledger kept as free text)
    home_nation: str = ""  # ISO 3166-1 alpha-3, e.g. "CAN"
    home_unit: str = ""
    default_currency: str = ""  # ISO 4217, e.g. "CAD"
    #: The ledger's handling marking (None: the one ``banner`` stands for) and its schemes.
    marking: M.Marking | None = None
    schemes: Mapping[str, M.Scheme] = field(default_factory=lambda: dict(M.BUILTIN_SCHEMES),
                                            compare=False)

    def the_marking(self) -> M.Marking:
        return self.marking or M.legacy_marking(self.banner, self.schemes)


class _Field(QWidget):
    """A short code editor with its validation message beside it."""

    def __init__(self, editor: QLineEdit, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.message = QLabel()
        self.message.setObjectName(f"{name}_message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        palette = self.message.palette()
        palette.setColor(QPalette.ColorRole.WindowText, theme.colour("error", palette))
        self.message.setPalette(palette)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(editor)
        layout.addWidget(self.message, 1)
        editor.setFixedWidth(editor.fontMetrics().horizontalAdvance("MMMMMM"))

    def show_message(self, text: str) -> None:
        """Shows ``text`` beside the editor ("" clears it; the label keeps its place)."""
        self.message.setText(text)
        self.editor.setAccessibleDescription(text)


class PreferencesDialog(QDialog):
    """Edits user settings and a LedgerPreferences; refuses invalid codes, saying why."""

    def __init__(self, settings: Settings, ledger: LedgerPreferences, parent: QWidget | None = None,
                 users: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences_dialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._settings = settings
        self._original = ledger
        self._result: LedgerPreferences | None = None

        # --- the officer (this computer's user) ---
        self.officer_name = self._line_edit("officer_name", 80, settings.get(opt.OFFICER_NAME))
        self.officer_rank = self._line_edit("officer_rank", 40, settings.get(opt.OFFICER_RANK))
        self.officer_appointment = self._line_edit(
            "officer_appointment", 80, settings.get(opt.OFFICER_APPOINTMENT)
        )
        self.officer_name.setPlaceholderText(self.tr("e.g. Jane Doe"))
        self.officer_rank.setPlaceholderText(self.tr("e.g. Capt"))
        self.officer_appointment.setPlaceholderText(self.tr("e.g. Logistics Officer"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(settings.get(opt.UI_LANGUAGE)))
        language_note = QLabel(self.tr("A new language shows the next time ACSA Desk starts."))
        language_note.setWordWrap(True)

        officer_box = QGroupBox(self.tr("You (for signature blocks)"))
        officer_form = QFormLayout(officer_box)
        officer_form.addRow(self.tr("&Name:"), self.officer_name)
        officer_form.addRow(self.tr("&Rank:"), self.officer_rank)
        officer_form.addRow(self.tr("A&ppointment:"), self.officer_appointment)
        officer_form.addRow(self.tr("&Language:"), self.language)
        officer_form.addRow("", language_note)

        # --- the ledger (shared by everyone using this database) ---
        self.marking_form = MarkingForm(ledger.the_marking(), ledger.schemes)
        self.home_nation = self._code_edit("home_nation", ledger.home_nation)
        self.home_unit = self._line_edit("home_unit", 120, ledger.home_unit)
        self.home_unit.setPlaceholderText(self.tr("e.g. 1 Canadian Division"))
        self.default_currency = self._code_edit("default_currency", ledger.default_currency)
        self._fields = {  # the validated fields, each with its message beside it
            "home_nation": _Field(self.home_nation, "home_nation"),
            "default_currency": _Field(self.default_currency, "default_currency"),
        }
        self.home_nation.editingFinished.connect(lambda: self._check("home_nation"))
        self.default_currency.editingFinished.connect(lambda: self._check("default_currency"))

        ledger_box = QGroupBox(self.tr("This ledger (shared by everyone using the database)"))
        ledger_form = QFormLayout(ledger_box)
        ledger_form.addRow(self.tr("Home &nation (ISO code):"), self._fields["home_nation"])
        ledger_form.addRow(self.tr("Home &unit:"), self.home_unit)
        ledger_form.addRow(self.tr("Default &currency (ISO code):"), self._fields["default_currency"])

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        _align_label_columns(officer_form, ledger_form)
        layout = QVBoxLayout(self)
        layout.addWidget(officer_box)
        layout.addWidget(ledger_box)
        layout.addWidget(self.marking_form)
        if users is not None:  # Users: for the ledger's admins
            users_box = QGroupBox(self.tr("Users of this ledger"))
            users_box.setObjectName("users_box")
            QVBoxLayout(users_box).addWidget(users)
            layout.addWidget(users_box)
        self.users = users
        layout.addWidget(buttons)
        self.setMinimumWidth(620)

    @classmethod
    def edit(
        cls, settings: Settings, ledger: LedgerPreferences, parent: QWidget | None = None,
        users: QWidget | None = None,
    ) -> LedgerPreferences | None:
        """Shows the dialog modally. Returns the edited ledger preferences if the user pressed
        OK (user settings are then saved too), None if cancelled. ``users``: the Users page,
        given to admins (changes there are saved as they are made)."""
        dialog = cls(settings, ledger, parent, users)
        try:
            dialog.exec()
            return dialog.result_preferences()
        finally:
            dialog.deleteLater()

    def result_preferences(self) -> LedgerPreferences | None:
        """The accepted ledger preferences; None until the dialog is accepted."""
        return self._result

    def message_label(self, field: str) -> QLabel:
        """The label beside ``field`` that shows its validation message."""
        return self._fields[field].message

    def message_for(self, field: str) -> str:
        """The validation message shown beside ``field`` ("" when none)."""
        return self._fields[field].message.text()

    def edited_preferences(self) -> LedgerPreferences:
        """The ledger preferences as currently typed (not validated)."""
        try:
            marking = self.marking_form.marking()
        except RuleViolation:
            marking = self._original.the_marking()
        return replace(
            self._original,
            banner=M.describe(marking, self._original.schemes),
            marking=marking,
            home_nation=self.home_nation.text().strip().upper(),
            home_unit=self.home_unit.text().strip(),
            default_currency=self.default_currency.text().strip().upper(),
        )

    def validate(self) -> bool:
        """Checks every field, shows each problem beside its field; True if none."""
        problems = [name for name in self._fields if not self._check(name)]
        if problems:
            self._fields[problems[0]].editor.setFocus()
        marking_ok = self.marking_form.validate()
        if not marking_ok and not problems:
            self.marking_form.level.setFocus()
        return not problems and marking_ok

    def accept(self) -> None:
        if not self.validate():
            return
        self._settings.set(opt.OFFICER_NAME, self.officer_name.text().strip())
        self._settings.set(opt.OFFICER_RANK, self.officer_rank.text().strip())
        self._settings.set(opt.OFFICER_APPOINTMENT, self.officer_appointment.text().strip())
        self._settings.set(opt.UI_LANGUAGE, str(self.language.currentData()))
        self._result = self.edited_preferences()
        super().accept()

    # --- helpers ---

    def _problem(self, name: str) -> str:
        edited = self.edited_preferences()
        if name == "home_nation":
            code = edited.home_nation
            if not _ALPHA3.match(code):
                return self.tr("Enter three letters, e.g. CAN or JPN.")
            if country_name(code) is None:
                return self.tr("{code} is not an ISO 3166 country code.").format(code=code)
        elif name == "default_currency":
            code = edited.default_currency
            if not _ALPHA3.match(code):
                return self.tr("Enter three letters, e.g. CAD or JPY.")
            if not is_currency(code):
                return self.tr("{code} is not an ISO 4217 currency code.").format(code=code)
        return ""

    def _check(self, name: str) -> bool:
        problem = self._problem(name)
        self._fields[name].show_message(problem)
        return not problem

    def _line_edit(self, name: str, max_length: int, text: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setObjectName(name)
        edit.setMaxLength(max_length)
        return edit

    def _code_edit(self, name: str, text: str) -> QLineEdit:
        edit = self._line_edit(name, 3, text.upper())
        edit.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,3}"), edit))
        edit.textEdited.connect(lambda typed: _uppercase(edit, typed))
        return edit


def _uppercase(edit: QLineEdit, typed: str) -> None:
    if typed != typed.upper():
        position = edit.cursorPosition()
        edit.setText(typed.upper())
        edit.setCursorPosition(position)


def _align_label_columns(*forms: QFormLayout) -> None:
    """Gives the label columns of several forms one width, so that their fields line up."""
    labels: list[QWidget] = []
    for form in forms:
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if label is not None:
                labels.append(label)
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)
