"""The handling banner: a coloured strip with the ledger's marking, e.g. "UNCLASSIFIED".

The text comes from the ledger's preferences (the database), never from code. The colour follows
the usual convention for the marking's level when it is recognised, and is neutral otherwise.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

#: Background colour per marking level (first matching prefix of the upper-cased text).
#: Text colour is chosen for contrast. Anything else: the neutral colour.
LEVEL_COLOURS: tuple[tuple[str, str], ...] = (
    ("TOP SECRET", "#ff8c00"),
    ("SECRET", "#c8102e"),
    ("CONFIDENTIAL", "#0033a0"),
    ("PROTECTED", "#5b2c83"),
    ("RESTRICTED", "#0033a0"),
    ("UNCLASSIFIED", "#007a33"),
)
NEUTRAL_COLOUR = "#3c4650"


def banner_colour(text: str) -> QColor:
    marking = text.strip().upper()
    for prefix, colour in LEVEL_COLOURS:
        if marking.startswith(prefix):
            return QColor(colour)
    return QColor(NEUTRAL_COLOUR)


def _contrasting(background: QColor) -> QColor:
    r, g, b = background.redF(), background.greenF(), background.blueF()
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return QColor("#000000") if luminance > 0.5 else QColor("#ffffff")


class BannerStrip(QLabel):
    """One strip (the window has one at the top and one at the bottom). Hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAutoFillBackground(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setContentsMargins(4, 2, 4, 2)
        self.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.font())
        font.setBold(True)
        self.setFont(font)
        self.set_marking("")

    def set_marking(self, text: str) -> None:
        marking = " ".join(text.split())
        self.setText(marking)
        background = banner_colour(marking)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, background)
        palette.setColor(QPalette.ColorRole.WindowText, _contrasting(background))
        self.setPalette(palette)
        self.setAccessibleName(marking)
        if self.parentWidget() is not None:  # never pop up as a window of its own
            self.setVisible(bool(marking))

    def marking(self) -> str:
        return self.text()
