"""Values as the documents print them: dates, amounts for a column, amounts in a sentence.

Amounts are formatted from int minor units by acsa_desk.core.money, never through float.
Re-exported by :mod:`acsa_desk.documents.layout`, which the builders import.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from acsa_desk.core.money import format_money, format_plain
from acsa_desk.documents import labels as L


def fmt_date(day: date | None) -> str:
    return "" if day is None else day.isoformat()


def amount(minor: int, currency: str, lang: str = "en") -> str:
    """An amount for a table column: digits grouped, the currency's decimals, no symbol.

    English and Japanese: 1,234,567 and 12,345.67; French: 12 345,67 (no-break spaces).
    """
    return group_digits(format_plain(minor, currency), lang)


def group_digits(plain: str, lang: str = "en") -> str:
    """Groups the digits of a plain decimal string ("-12345.67") for reading."""
    sign = "-" if plain.startswith("-") else ""
    whole, _, fraction = plain.lstrip("-").partition(".")
    group, point = ("\u00a0", ",") if lang == "fr" else (",", ".")
    if whole.isascii() and whole.isdigit() and (whole[0] != "0" or len(whole) == 1):
        # the common case: Python's own grouping of the integer's digits, the same groups
        grouped = f"{int(whole):,}"
        if lang == "fr":
            grouped = grouped.replace(",", group)
        return sign + grouped + (point + fraction if fraction else "")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return sign + group.join(groups) + (point + fraction if fraction else "")


_MONEY_LOCALES = {"en": "en", "ja": "ja", "fr": "fr_CA"}


def money(minor: int, currency: str, lang: str) -> str:
    """An amount with its currency sign for a sentence: ¥150,000, CA$12.50, 12 345,67 $.

    The yen sign is always U+00A5 (Japanese locales give the full-width U+FFE5), and narrow
    no-break spaces become no-break spaces, which every viewer's font has.
    """
    text = format_money(minor, currency, _MONEY_LOCALES.get(lang, "en"))
    return text.replace("\uffe5", "\u00a5").replace("\u202f", "\u00a0")


def category_label(codes: Sequence[str], lang: str) -> str:
    return " + ".join(L.category_name(code, lang) for code in codes)
