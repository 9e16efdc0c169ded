"""Numbers typed and shown the locale's way: ``2,50`` and ``1 234,50`` in French.

The core reads plain decimals (``2.50``); the window converts at its edge. ``to_plain`` turns
what an officer types in the interface's locale into that plain decimal; ``to_locale`` shows a
plain decimal the locale's way. Text that is not a number in either form is left as typed, so
that the core's own rule says what is wrong with it (Babel's CLDR symbols).

:class:`NumberEdit` is *the* field for a money amount or a quantity anywhere in the window
(step dialogs, settlement amounts, official limits): typed and shown in the locale's way, read
with :meth:`NumberEdit.plain`. The order lines' table uses the same two functions.
"""

from __future__ import annotations

import re
from functools import lru_cache

from babel.numbers import get_decimal_symbol, get_group_symbol
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

_PLAIN = re.compile(r"^-?\d+(\.\d+)?$")
#: Spaces a French number may be grouped with: space, no-break space, narrow no-break space.
_SPACES = " \u00a0\u202f"


@lru_cache(maxsize=16)
def _symbols(locale: str) -> tuple[str, str]:
    try:
        return get_decimal_symbol(locale), get_group_symbol(locale)
    except Exception:  # an unknown locale: the plain form
        return ".", ","


def to_plain(text: str, locale: str) -> str:
    """``1 234,50`` (fr) or ``1,234.50`` (en) -> ``1234.50``; anything else as typed."""
    stripped = text.strip()
    decimal, group = _symbols(locale)
    if decimal == ".":
        groups = re.escape(group)
        pattern = rf"^(-?)(\d{{1,3}}(?:[{groups}]\d{{3}})+|\d+)(?:\.(\d+))?$"
    else:
        groups = re.escape(group + _SPACES) if group.isspace() or group in _SPACES \
            else re.escape(group)
        pattern = rf"^(-?)(\d{{1,3}}(?:[{groups}]\d{{3}})+|\d+)(?:[{re.escape(decimal)}.](\d+))?$"
    match = re.match(pattern, stripped)
    if match is None:
        return text
    sign, whole, fraction = match.groups()
    digits = re.sub(r"\D", "", whole)
    return f"{sign}{digits}" + (f".{fraction}" if fraction is not None else "")


def to_locale(text: str, locale: str) -> str:
    """A plain decimal shown the locale's way (``2.50`` -> ``2,50`` in French); the digits kept
    as stored (no grouping added, no rounding); other text as it is."""
    if not _PLAIN.match(text.strip()):
        return text
    decimal, _group = _symbols(locale)
    return text.strip().replace(".", decimal)


class NumberEdit(QLineEdit):
    """A money or quantity field in the interface's locale: ``1 234,50`` in French.

    ``plain()`` is what the core reads (``1234.50``); ``set_plain`` shows a plain decimal the
    locale's way. Text that is no number in either form is passed on as typed, so the core's
    rule names what is wrong with it."""

    def __init__(self, locale: str, name: str = "", placeholder: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.locale_name = locale
        if name:
            self.setObjectName(name)
        if placeholder:
            self.setPlaceholderText(to_locale(placeholder, locale))
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)

    def plain(self) -> str:
        return to_plain(self.text(), self.locale_name)

    def set_plain(self, text: str) -> None:
        self.setText(to_locale(text, self.locale_name))
