"""The cells of a long table's rows, for values that repeat from row to row.

A statement of 750,000 orders prints a handful of directions, statuses, exercises and
category combinations, and many zero amounts. :class:`RepeatedCells` formats each such value
once per document, by the layout's own functions (:func:`~acsa_desk.documents.typography.cell`,
:func:`~acsa_desk.documents.typography.choice_cell`, :func:`~acsa_desk.documents.formats.amount`),
and looks it up for the next row: the cells are the very strings those functions return.
Values that differ on every row (order numbers, most amounts) are formatted as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from acsa_desk.documents import labels as L
from acsa_desk.documents.formats import amount, category_label
from acsa_desk.documents.typography import cell, choice_cell

#: At most this many distinct values are kept per kind (about 10 MB at most: a statement of
#: 75,000 orders has some 15,000 category combinations; a free-text column could have a new
#: value on every row: past the limit a value is formatted each time, as it was).
LIMIT = 32768

K = TypeVar("K")


class RepeatedCells:
    """Per document and languages: repeated values' cells, formatted once."""

    def __init__(self, langs: tuple[str, ...]) -> None:
        self.langs = langs
        self.lang = langs[0]
        self._choices: dict[tuple[str, float], str] = {}
        self._texts: dict[tuple[str, float], str] = {}
        self._categories: dict[tuple[tuple[str, ...], float], str] = {}
        self._zeros: dict[str, str] = {}

    def choice(self, key: str, width: float) -> str:
        """The label ``key`` in each language, as :func:`choice_cell` lays it in ``width``."""
        found = self._choices.get((key, width))
        if found is None:
            found = choice_cell(tuple(L.stacked(key, self.langs)), width)
            _keep(self._choices, (key, width), found)
        return found

    def text(self, value: str, width: float) -> str:
        """A plain text wrapped to ``width`` (:func:`cell`)."""
        found = self._texts.get((value, width))
        if found is None:
            found = cell(value, width)
            _keep(self._texts, (value, width), found)
        return found

    def categories(self, codes: Sequence[str], width: float) -> str:
        """The categories' names in the first language, joined, wrapped to ``width``."""
        key = (tuple(codes), width)
        found = self._categories.get(key)
        if found is None:
            found = cell(category_label(codes, self.lang), width)
            _keep(self._categories, key, found)
        return found

    def amounts(self, billable: int, settled: int, outstanding: int,
                currency: str) -> tuple[str, str, str]:
        """Three amounts of a row in the first language (:func:`amount`); a zero, or an
        amount equal to the billable, is not formatted again."""
        zero = self._zeros.get(currency)
        if zero is None:
            zero = self._zeros[currency] = amount(0, currency, self.lang)
        billable_text = zero if billable == 0 else amount(billable, currency, self.lang)
        return (
            billable_text,
            zero if settled == 0 else billable_text if settled == billable
            else amount(settled, currency, self.lang),
            zero if outstanding == 0 else billable_text if outstanding == billable
            else amount(outstanding, currency, self.lang),
        )


def _keep(found: dict[K, str], key: K, value: str) -> None:
    if len(found) < LIMIT:
        found[key] = value
