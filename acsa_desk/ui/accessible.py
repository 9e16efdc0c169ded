"""Every input has a name a screen reader speaks (issue 14): one place that gives it.

Qt names an input from its own accessible name or from a label whose buddy it is. Forms here
often put an input in a holder (the input with its message under it), so the label's buddy
is the holder and the input itself would be spoken without a name; and a few inputs carry
only a placeholder. :class:`AccessibleNames`, installed once on the application
(``install``), names such inputs when their window (or page, or tab) is shown: from the label of their
holder, else from their placeholder. Tables and lists are named where they are made.
``tests/ui/test_accessible_names.py`` walks every view of the tour and fails on any input
left without a name.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QTextEdit,
    QWidget,
)

#: What counts as an input.
INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractButton, QPlainTextEdit, QTextEdit,
          QAbstractItemView)


def spoken(text: str) -> str:
    """A label's text as a name: without its & shortcut marker and trailing colon."""
    return text.replace("&&", "\x00").replace("&", "").replace("\x00", "&").strip().rstrip(
        ":：").strip()


def _inputs_in(holder: QWidget) -> list[QWidget]:
    return [w for w in holder.findChildren(QWidget) if isinstance(w, INPUTS)
            and not isinstance(w.parentWidget(), (QComboBox, QAbstractSpinBox))]


def name_inputs(root: QWidget) -> None:
    """Names the inputs under ``root`` that have no name yet (see the module's text)."""
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None or isinstance(buddy, INPUTS) or not label.text().strip():
            continue
        inner = _inputs_in(buddy)
        if inner and not inner[0].accessibleName():
            inner[0].setAccessibleName(spoken(label.text()))
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label = label_item.widget() if label_item is not None else None
            field = field_item.widget() if field_item is not None else None
            if not isinstance(label, QLabel) or field is None or not label.text().strip():
                continue
            inner = [field] if isinstance(field, INPUTS) else _inputs_in(field)
            if inner and not inner[0].accessibleName():
                inner[0].setAccessibleName(spoken(label.text()))
    for edit in root.findChildren(QLineEdit):
        if not edit.accessibleName() and edit.placeholderText() and not isinstance(
                edit.parentWidget(), (QComboBox, QAbstractSpinBox)):
            edit.setAccessibleName(edit.placeholderText())


class AccessibleNames(QObject):
    """Names the inputs of each window as it is shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and (
                watched.isWindow() or isinstance(watched.parentWidget(), QStackedWidget)):
            name_inputs(watched)  # a window, or a page of a stack or tabs, as it is shown
        return False


def install(app: QCoreApplication | None = None) -> None:
    """Installs the naming once on the application."""
    app = app or QCoreApplication.instance()
    if app is None or app.property("acsa_accessible_names"):
        return
    names = AccessibleNames(app)
    app.installEventFilter(names)
    app.setProperty("acsa_accessible_names", True)
