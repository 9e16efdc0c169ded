"""Colours that stay readable on the desktop's palette, light or dark.

A colour the window draws text in over the palette's own background (an error message, a
green or red amount, a muted row, the chart) is chosen here from the palette in use: the
light set on a light desktop, a lighter set on a dark one (each at least WCAG AA, 4.5:1,
against the palette's Base and Window colours; tests/ui/test_dark_palette.py checks it).
Colours drawn on their own background (status cells, the marking banner) keep theirs.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

#: Text colours by role, for a light palette and for a dark one.
LIGHT = {
    "error": "#b00020",    # a refusal, a problem
    "ok": "#1b6e20",       # a check that passed
    "owed": "#1b6e20",     # the partner owes us (green)
    "owe": "#b3261e",      # we owe the partner (red)
    "muted": "#666666",    # a row that no longer counts (reversed)
}
DARK = {
    "error": "#ff8a80",
    "ok": "#8fd694",
    "owed": "#8fd694",
    "owe": "#ff8a80",
    "muted": "#a8a8a8",
}


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the palette draws light text on a dark window (a dark desktop theme)."""
    if palette is None:
        palette = QGuiApplication.palette()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightness() < text.lightness()


def colour(role: str, palette: QPalette | None = None) -> QColor:
    """The text colour of ``role`` (a key of LIGHT) on ``palette`` (default: the application's)."""
    return QColor((DARK if is_dark(palette) else LIGHT)[role])


def css(role: str, palette: QPalette | None = None) -> str:
    """The same colour for a style sheet: ``color: #b00020``."""
    return f"color: {colour(role, palette).name()}"


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)
