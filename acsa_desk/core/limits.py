"""The bounds and shapes every value entering the ledger obeys, typed in or imported.

One rule per kind of field, so that the window, the command line and the bulk imports
accept exactly the same values, and SQLite and PostgreSQL store exactly the same text:

- identifiers (order numbers): printable ASCII without spaces, at most 60 characters (a
  look-alike hyphen or a zero-width suffix is refused, not stored); references (payments,
  invoices) the same, with single spaces between words;
- free text: no control characters (a line break is allowed where the field says so) and
  no invisible format characters (zero-width space, BOM, bidi overrides), at most the
  column's length;
- amounts: at most ``MAX_AMOUNT_MINOR`` (10^15) minor units per unit price, line, order
  and settlement, so that every sum the ledger makes fits in 64 bits;
- quantities: more than 0, at most 12 digits before the point and 10 after;
- dates: between ``EARLIEST_DATE`` and ``LATEST_DATE``.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from decimal import Decimal

from acsa_desk.core.errors import RuleViolation

MAX_IDENTIFIER = 60
MAX_REFERENCE = 200  # a reference may carry a document's digest (an offset agreement's)
MAX_AMOUNT_MINOR = 10**15
# What the whole ledger may hold (sum of every order's billable): below 2^63, so that any
# balance, total or report the database adds up fits in a signed 64-bit integer.
MAX_LEDGER_TOTAL_MINOR = 9 * 10**18
MAX_QUANTITY_DIGITS = 12  # before the decimal point
MAX_QUANTITY_DECIMALS = 10
MAX_QUANTITY = Decimal(10) ** MAX_QUANTITY_DIGITS - Decimal(1).scaleb(-MAX_QUANTITY_DECIMALS)
EARLIEST_DATE = date(1950, 1, 1)
LATEST_DATE = date(2099, 12, 31)

_IDENTIFIER = re.compile(r"[!-~]+", re.ASCII)  # printable ASCII, no space
# Format characters (Cf: ZWSP, BOM, bidi controls...), controls (Cc), unassigned (Cn),
# surrogates (Cs) and private use (Co) never belong in a ledger's text.
_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Cn", "Cs", "Co"})


def check_identifier(text: str, what: str, *, max_length: int = MAX_IDENTIFIER) -> str:
    """An order number or a reference: printable ASCII, no spaces, at most 60 characters."""
    if len(text) > max_length:
        raise RuleViolation(what, f"is {len(text)} characters long; at most {max_length}")
    if not _IDENTIFIER.fullmatch(text):
        bad = next((ch for ch in text if not ("!" <= ch <= "~")), " ")
        raise RuleViolation(
            what,
            f"'{_visible(text)}' contains {_describe(bad)}: an identifier is printable ASCII "
            "(letters, digits, punctuation) without spaces",
        )
    return text


def check_reference_text(text: str, what: str = "reference",
                         *, max_length: int = MAX_REFERENCE) -> str:
    """A payment or document reference: like an identifier, but single spaces may separate
    its words (``JMOD payment 2025-114``)."""
    if len(text) > max_length:
        raise RuleViolation(what, f"is {len(text)} characters long; at most {max_length}")
    if text != text.strip() or "  " in text:
        raise RuleViolation(what, f"'{_visible(text)}' has leading, trailing or double spaces")
    for word in text.split(" "):
        try:
            check_identifier(word, what, max_length=max_length)  # length checked above
        except RuleViolation as exc:
            raise RuleViolation(what, exc.message.replace(
                "without spaces", "with single spaces between words")) from exc
    return text


def check_text(text: str, what: str, *, max_length: int, multiline: bool = False) -> str:
    """Free text (any script): no control or invisible format characters, bounded length."""
    if len(text) > max_length:
        raise RuleViolation(what, f"is {len(text)} characters long; at most {max_length}")
    # str.isprintable() is false for every character of the refused categories (and for a
    # few more, such as line breaks and separators): the character-by-character look only
    # when it is false, the usual case being a printable text.
    if text.isprintable():
        return text
    for ch in text:
        if multiline and ch == "\n":
            continue
        if unicodedata.category(ch) in _REFUSED_CATEGORIES:
            raise RuleViolation(
                what, f"contains {_describe(ch)}, which is not allowed in text")
    return text


def check_amount(minor: int, what: str, *, allow_zero: bool = True) -> int:
    """An amount in minor units within the ledger's bound (0 <= minor <= 10^15)."""
    if minor < 0 or (minor == 0 and not allow_zero):
        raise RuleViolation(what, "must be more than 0" if not allow_zero else "cannot be negative")
    if minor > MAX_AMOUNT_MINOR:
        raise RuleViolation(
            what, "is above the largest amount the ledger holds (10^15 minor units)")
    return minor


def check_quantity(value: Decimal | int, what: str = "quantity", *,
                   allow_zero: bool = False) -> Decimal:
    """A quantity: more than 0 (or 0 when allowed), at most 12 digits and 10 decimals."""
    value = Decimal(value)
    if not value.is_finite():
        raise RuleViolation(what, f"'{value}' is not a number")
    if value < 0 or (value == 0 and not allow_zero):
        raise RuleViolation(what, f"{format_quantity(value)} must be more than 0")
    exponent = int(value.normalize().as_tuple().exponent) if value else 0
    if -exponent > MAX_QUANTITY_DECIMALS:
        raise RuleViolation(what, f"has more than {MAX_QUANTITY_DECIMALS} decimals")
    if value > MAX_QUANTITY:
        raise RuleViolation(
            what, f"is above the largest quantity the ledger holds ({MAX_QUANTITY_DIGITS} digits)")
    return value


def format_quantity(value: Decimal | int) -> str:
    """A quantity as a plain decimal (never an exponent: 0.0000000001, not 1E-10)."""
    return format(Decimal(value), "f")


def check_date(value: date, what: str) -> date:
    """A ledger date: between 1950-01-01 and 2099-12-31."""
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        raise RuleViolation(
            what, f"{value.isoformat()} is outside the dates the ledger holds "
            f"({EARLIEST_DATE.isoformat()} to {LATEST_DATE.isoformat()})")
    return value


def _describe(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return f"U+{ord(ch):04X}" + (f" {name}" if name else "")


def _visible(text: str) -> str:
    shown = "".join(ch if "!" <= ch <= "~" else f"<U+{ord(ch):04X}>" for ch in text[:40])
    return shown + ("..." if len(text) > 40 else "")
