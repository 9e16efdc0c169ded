"""Small widgets of the order editor's header: a field with its message, an optional date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from acsa_desk.ui.orders.steps import date_edit, date_of, error_label, show_text
from acsa_desk.ui.qtfix import emit
from acsa_desk.ui.service_text import ui_message


class FieldBox(QWidget):
    """An editor with its validation message under it (the message is hidden while empty)."""

    def __init__(self, editor: QWidget, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.message: QLabel = error_label(f"{name}_message")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(editor)
        layout.addWidget(self.message)

    def show_message(self, text: str) -> None:
        text = ui_message(text)  # a service's or a rule's message, in the interface language
        show_text(self.message, text)
        self.editor.setToolTip(text)
        self.editor.setAccessibleDescription(text)

    def message_text(self) -> str:
        return self.message.text()


class OptionalDateEdit(QWidget):
    """A date that may be unset: a check box switches the date on or off."""

    #: The value changed (by the user or in code). Argument: a date or None.
    value_changed = Signal(object)

    def __init__(self, name: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.check = QCheckBox(label)
        self.check.setObjectName(f"{name}_set")
        self.date_edit = date_edit(date.today(), f"{name}_date")
        self.date_edit.setEnabled(False)
        self.date_edit.setAccessibleName(label.replace("&", ""))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.date_edit, 1)
        self.setFocusProxy(self.date_edit)
        self.check.toggled.connect(self._on_toggled)
        self.date_edit.dateChanged.connect(self._on_date)

    def value(self) -> date | None:
        return date_of(self.date_edit) if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        if value == self.value():
            return
        blocked = self.blockSignals(True)
        try:
            if value is not None:
                self.date_edit.setDate(QDate(value.year, value.month, value.day))
            self.check.setChecked(value is not None)
        finally:
            self.blockSignals(blocked)
        self._announce()

    def set_editable(self, editable: bool) -> None:
        """Read-only keeps the value readable (not greyed), only refuses changes."""
        set_read_only(self.check, not editable)
        self.date_edit.setReadOnly(not editable)

    def _on_toggled(self, checked: bool) -> None:
        self.date_edit.setEnabled(checked)
        self._announce()

    def _on_date(self, _value: QDate) -> None:
        if self.check.isChecked():
            self._announce()

    def _announce(self) -> None:
        if not self.signalsBlocked():
            emit(self.value_changed, self.value())


def set_read_only(widget: QWidget, read_only: bool) -> None:
    """A widget without a read-only mode (check box, combo) that ignores the mouse and the
    keyboard but keeps its normal, readable look (a disabled widget is greyed out)."""
    widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, read_only)
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus if read_only else Qt.FocusPolicy.StrongFocus)
