"""Numbers typed the locale's way (issue #14 point 2): in French 2,50 and 1 234,50 are accepted
where quantities and prices are typed, and shown the same way; stored as plain decimals."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from acsa_desk.ui.number_entry import to_locale, to_plain
from acsa_desk.ui.orders.form import LineDraft
from acsa_desk.ui.orders.lines_model import AMOUNT_MINOR_ROLE, LineColumn, LinesModel


@pytest.mark.parametrize(("typed", "locale", "plain"), [
    ("2,50", "fr_CA", "2.50"),
    ("1 234,50", "fr_CA", "1234.50"),
    ("1\u00a0234,50", "fr_CA", "1234.50"),   # a no-break space, as French typists use
    ("1\u202f234,5", "fr_CA", "1234.5"),
    ("2.50", "fr_CA", "2.50"),               # the plain form stays valid
    ("1,234.50", "en_CA", "1234.50"),
    ("85000", "ja_JP", "85000"),
    ("12 34", "fr_CA", "12 34"),             # not a number: left for the core to refuse
    ("1,5", "en_CA", "1,5"),
])
def test_to_plain(typed: str, locale: str, plain: str) -> None:
    assert to_plain(typed, locale) == plain


def test_to_locale_shows_the_stored_digits() -> None:
    assert to_locale("2.50", "fr_CA") == "2,50"
    assert to_locale("1.12", "en_CA") == "1.12"
    assert to_locale("not a number", "fr_CA") == "not a number"


def test_french_quantities_and_prices_in_the_lines(qapp: object) -> None:
    model = LinesModel(locale="fr_CA")
    model.set_currency("CAD")
    row = model.add_line(LineDraft(category="fuel", description="Diesel", unit_of_issue="L"))
    assert model.setData(model.index(row, LineColumn.QUANTITY), "1 234,5")
    assert model.setData(model.index(row, LineColumn.UNIT_PRICE), "2,50")
    line = model.line(row)
    assert (line.quantity, line.unit_price) == ("1234.5", "2.50")  # what the core reads
    shown = model.index(row, LineColumn.UNIT_PRICE)
    assert shown.data() == "2,50" and shown.data(Qt.ItemDataRole.EditRole) == "2,50"
    assert model.index(row, LineColumn.QUANTITY).data() == "1234,5"
    assert model.index(row, LineColumn.AMOUNT).data(AMOUNT_MINOR_ROLE) == 308625  # 1234.5 x 2.50
    assert not model.index(row, LineColumn.UNIT_PRICE).data(Qt.ItemDataRole.ToolTipRole)
