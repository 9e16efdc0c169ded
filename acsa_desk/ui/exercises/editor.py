"""The exercise editor: name, activity type, dates, place, partner nations.

Each field shows what is wrong with it beside it. Obvious mistakes (no name, an end before the
start, a partner code that is not a country) are caught as typed; the service has the last
word when saving (e.g. a name already taken), and its refusal is shown beside the field it names.
The dialog is window-modal but does not block (``open()``); ``saved`` says it was saved.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from acsa_desk.core.domain import ActivityType, country_name
from acsa_desk.core.errors import LedgerError, RuleViolation
from acsa_desk.services.reference import ExerciseInput
from acsa_desk.ui import theme
from acsa_desk.ui.banner import add_banners
from acsa_desk.ui.context import AppContext
from acsa_desk.ui.dashboard.tables import guarded
from acsa_desk.ui.exercises.data import ExerciseRow, load_exercise, save_exercise
from acsa_desk.ui.qtfix import emit
from acsa_desk.ui.service_text import ui_message

ERROR_COLOUR = "#b00020"
#: A date edit at this date shows "not set" (dates of imported exercises may be unknown).
NO_DATE = QDate(2000, 1, 1)
_CODE = re.compile(r"^[A-Z]{3}$")


def activity_label(kind: str) -> str:
    labels = {
        ActivityType.EXERCISE: QCoreApplication.translate("Exercises", "Training or exercise"),
        ActivityType.PEACEKEEPING: QCoreApplication.translate(
            "Exercises", "Peacekeeping or coordinated operation"),
        ActivityType.HUMANITARIAN: QCoreApplication.translate("Exercises", "Humanitarian or disaster relief"),
        ActivityType.EVACUATION: QCoreApplication.translate(
            "Exercises", "Protection or transport of nationals"),
        ActivityType.ROUTINE: QCoreApplication.translate(
            "Exercises", "Liaison or routine (port call, surveillance)"),
        ActivityType.OTHER: QCoreApplication.translate("Exercises", "Other activity"),
    }
    try:
        return labels[ActivityType(kind)]
    except ValueError:
        return kind


def parse_partners(text: str) -> tuple[tuple[str, ...], str]:
    """"jpn, USA" -> (("JPN", "USA"), ""); a bad code -> ((), the message)."""
    codes: list[str] = []
    for part in re.split(r"[\s,;]+", text.strip().upper()):
        if not part:
            continue
        if not _CODE.match(part):
            return (), QCoreApplication.translate(
                "Exercises", "{code}: enter three-letter codes, e.g. JPN, USA.").format(code=part)
        if country_name(part) is None:
            return (), QCoreApplication.translate(
                "Exercises", "{code} is not an ISO 3166 country code.").format(code=part)
        if part not in codes:
            codes.append(part)
    return tuple(codes), ""


class _Field(QWidget):
    """An editor with its validation message beside it."""

    def __init__(self, editor: QWidget, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.message = QLabel()
        self.message.setObjectName(f"{name}_message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.message.setMinimumWidth(220)
        palette = self.message.palette()
        palette.setColor(QPalette.ColorRole.WindowText, theme.colour("error", palette))
        self.message.setPalette(palette)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(editor)
        layout.addWidget(self.message, 1)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.editor.setAccessibleDescription(text)


class _DateEdit(QDateEdit):
    """A date with a calendar; its lowest value means "not set"."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(self.tr("not set"))
        self.setFixedWidth(self.fontMetrics().horizontalAdvance("0000-00-00") + 48)

    def value(self) -> date | None:
        current = self.date()
        if current == NO_DATE:
            return None
        return date(current.year(), current.month(), current.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(NO_DATE if value is None else QDate(value.year, value.month, value.day))


class ExerciseDialog(QDialog):
    """Creates an exercise (``exercise_id`` None) or edits one."""

    #: Saved. Argument: the exercise id.
    saved = Signal(int)

    FIELDS = ("name", "activity_type", "starts_on", "ends_on", "place", "partners")

    def __init__(
        self,
        context: AppContext,
        exercise_id: int | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exercise_dialog")
        self.context = context
        self.exercise_id = exercise_id
        self._saving = False
        self.setWindowTitle(self.tr("New exercise") if exercise_id is None else self.tr("Edit exercise"))

        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.name.setMaxLength(200)
        self.name.setPlaceholderText(self.tr("e.g. KAEDEX 2025"))
        self.name.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 28)
        self.activity_type = QComboBox()
        self.activity_type.setObjectName("activity_type")
        for kind in ActivityType:
            self.activity_type.addItem(activity_label(kind), kind.value)
        self.starts_on = _DateEdit("starts_on")
        self.ends_on = _DateEdit("ends_on")
        self.place = QLineEdit()
        self.place.setObjectName("place")
        self.place.setMaxLength(200)
        self.place.setPlaceholderText(self.tr("e.g. Sea of Japan"))
        self.partners = QLineEdit()
        self.partners.setObjectName("partners")
        self.partners.setPlaceholderText(self.tr("e.g. JPN, USA"))
        self.partners.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 18)

        self._fields = {
            "name": _Field(self.name, "name"),
            "activity_type": _Field(self.activity_type, "activity_type"),
            "starts_on": _Field(self.starts_on, "starts_on"),
            "ends_on": _Field(self.ends_on, "ends_on"),
            "place": _Field(self.place, "place"),
            "partners": _Field(self.partners, "partners"),
        }
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self._fields["name"])
        form.addRow(self.tr("&Activity:"), self._fields["activity_type"])
        form.addRow(self.tr("&Starts on:"), self._fields["starts_on"])
        form.addRow(self.tr("&Ends on:"), self._fields["ends_on"])
        form.addRow(self.tr("&Place:"), self._fields["place"])
        form.addRow(self.tr("Pa&rtners (ISO codes):"), self._fields["partners"])

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.banners = add_banners(self, state=context.marking)
        self.setMinimumWidth(720)

        self.name.editingFinished.connect(lambda: self._check("name"))
        self.starts_on.dateChanged.connect(lambda _d: self._check("ends_on"))
        self.ends_on.dateChanged.connect(lambda _d: self._check("ends_on"))
        self.partners.editingFinished.connect(lambda: self._check("partners"))

        if exercise_id is None:
            start = today or date.today()
            self.starts_on.set_value(start)
            self.ends_on.set_value(start + timedelta(days=14))
        else:
            self.setEnabled(False)  # until the exercise is loaded
            ledger = context.ledger
            context.tasks.run(lambda: load_exercise(ledger, exercise_id),
                              on_success=guarded(self, self.set_exercise))

    # --- content ---

    def set_exercise(self, row: ExerciseRow) -> None:
        self.name.setText(row.name)
        index = self.activity_type.findData(row.activity_type)
        self.activity_type.setCurrentIndex(max(index, 0))
        self.starts_on.set_value(row.starts_on)
        self.ends_on.set_value(row.ends_on)
        self.place.setText(row.place)
        self.partners.setText(", ".join(row.partners))
        self.setEnabled(True)

    def edited(self) -> ExerciseInput:
        partners, _problem = parse_partners(self.partners.text())
        return ExerciseInput(
            name=self.name.text().strip(),
            activity_type=str(self.activity_type.currentData()),
            starts_on=self.starts_on.value(),
            ends_on=self.ends_on.value(),
            place=self.place.text().strip(),
            partners=partners,
        )

    # --- validation ---

    def message_for(self, field: str) -> str:
        return self._fields[field].message.text()

    def message_label(self, field: str) -> QLabel:
        return self._fields[field].message

    def validate(self) -> bool:
        problems = [name for name in ("name", "ends_on", "partners") if not self._check(name)]
        if problems:
            self._fields[problems[0]].editor.setFocus()
        return not problems

    def _problem(self, name: str) -> str:
        if name == "name" and not self.name.text().strip():
            return self.tr("Give the exercise or operation a name.")
        if name == "ends_on":
            starts, ends = self.starts_on.value(), self.ends_on.value()
            if starts is not None and ends is not None and ends < starts:
                return self.tr("The end is before the start ({start}).").format(start=starts.isoformat())
        if name == "partners":
            return parse_partners(self.partners.text())[1]
        return ""

    def _check(self, name: str) -> bool:
        problem = self._problem(name)
        self._fields[name].show_message(problem)
        return not problem

    # --- saving ---

    def accept(self) -> None:
        if self._saving or not self.validate():
            return
        self._saving = True
        self.buttons.setEnabled(False)
        ledger, actor, exercise_id, data = (
            self.context.ledger, self.context.actor, self.exercise_id, self.edited())
        self.context.tasks.run(
            lambda: save_exercise(ledger, actor, exercise_id, data),
            on_success=guarded(self, self._saved),
            on_failure=guarded(self, self._refused),
            title=self.windowTitle(),
        )

    def _saved(self, exercise_id: int) -> None:
        self._saving = False
        self.buttons.setEnabled(True)
        self.exercise_id = exercise_id
        self.context.events.changed("exercises")
        emit(self.saved, exercise_id)
        super().accept()

    def _refused(self, error: LedgerError) -> None:
        self._saving = False
        self.buttons.setEnabled(True)
        field = error.rule if isinstance(error, RuleViolation) else ""
        if field == "partner":
            field = "partners"
        if field in self._fields:
            self._fields[field].show_message(ui_message(str(error)))
            self._fields[field].editor.setFocus()
        else:
            self.context.tasks.show_expected_error(error, self.windowTitle())


def open_exercise_editor(
    context: AppContext, exercise_id: int | None = None, parent: QWidget | None = None
) -> ExerciseDialog:
    """Opens the editor, window-modal, without blocking; it deletes itself when closed."""
    dialog = ExerciseDialog(context, exercise_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
