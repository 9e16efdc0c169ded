"""Typing a whole date into a date box replaces the whole date.

A QDateEdit edits one section at a time: typing ``2027-01-15`` over 2026-03-04 with the cursor
in the year leaves 2026-01-15 (the year's digits are taken as they come and the ``-`` moves on),
silently. ``WholeDateTyping`` watches what is typed: once the characters typed in a row form a
full ISO date (YYYY-MM-DD) that is a real day, that date is set, whatever the sections did.
Dates are shown in the ISO form in every language, so two nations' officers read the same date.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit

_FULL = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_PREFIX = re.compile(r"^\d{0,4}(-\d{0,2}(-\d{0,2})?)?$")


class WholeDateTyping(QObject):
    """Installed on a QDateEdit (``install``); see the module."""

    def __init__(self, editor: QDateEdit) -> None:
        super().__init__(editor)
        self._editor = editor
        self.typed = ""
        editor.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut, QEvent.Type.MouseButtonPress):
            self.typed = ""
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            text = event.text()
            if not text or not (text.isdigit() or text == "-") or \
                    event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                self.typed = ""
                return False
            candidate = self.typed + text
            self.typed = candidate if _PREFIX.match(candidate) else (text if text.isdigit() else "")
            match = _FULL.match(self.typed)
            if match:
                year, month, day = (int(part) for part in match.groups())
                try:
                    date(year, month, day)
                except ValueError:
                    return False  # not a day: the sections' own rules answer
                self.typed = ""
                self._editor.setDate(QDate(year, month, day))
                return True
        return False


def install(editor: QDateEdit) -> WholeDateTyping:
    return WholeDateTyping(editor)
