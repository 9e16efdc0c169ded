"""The small widgets the step dialogs and the order editor share: an ISO date field that a
full typed date replaces, a red message that hides while empty and grows its window to fit,
plain line edits and bold headings."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDateEdit, QLabel, QLineEdit, QSizePolicy, QWidget

from acsa_desk.ui import theme
from acsa_desk.ui.date_entry import install as whole_date_typing


def date_edit(value: date, name: str, minimum: date | None = None) -> QDateEdit:
    editor = QDateEdit()
    editor.setObjectName(name)
    editor.setCalendarPopup(True)
    editor.setDisplayFormat("yyyy-MM-dd")
    if minimum is not None:
        editor.setMinimumDate(QDate(minimum.year, minimum.month, minimum.day))
    editor.setDate(QDate(value.year, value.month, value.day))
    whole_date_typing(editor)  # typing 2027-01-15 replaces the whole date
    return editor


def date_of(editor: QDateEdit) -> date:
    value = editor.date()
    return date(value.year(), value.month(), value.day())


def error_label(name: str) -> QLabel:
    """A red, word-wrapped label for a refusal; hidden while empty."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, theme.colour("error", palette))
    label.setPalette(palette)
    label.setVisible(False)
    return label


def show_text(label: QLabel, text: str) -> None:
    """Shows (or, for "", hides) a message; its window grows to fit a message of more lines,
    so that neither the message nor what is under it is clipped."""
    label.setText(text)
    label.setVisible(bool(text))
    if text:
        make_room(label)


def make_room(widget: QWidget) -> None:
    """Grows ``widget``'s window (never shrinks it) to what its layout now needs, within the
    screen."""
    window = widget.window()
    layout = window.layout()
    if window is widget or layout is None or not window.isVisible() or window.isMaximized() \
            or window.isFullScreen():
        return
    layout.invalidate()
    layout.activate()
    needed = layout.totalHeightForWidth(window.width()) if layout.hasHeightForWidth() \
        else layout.totalSizeHint().height()
    needed = max(needed, layout.totalMinimumSize().height())
    screen = window.screen()
    limit = screen.availableGeometry().height() if screen is not None else needed
    if needed > window.height():
        window.resize(window.width(), min(needed, limit))


def _line(name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    return edit


def _bold(text: str, *, right: bool = False) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    if right:
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return label
