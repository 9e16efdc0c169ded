"""The repeated cells of a long table are the very strings the layout's functions return."""

from __future__ import annotations

import pytest

from acsa_desk.core.categories import CATEGORIES
from acsa_desk.core.domain import Direction, SettlementMethod, Status
from acsa_desk.documents import labels as L
from acsa_desk.documents import layout as ly
from acsa_desk.documents import row_cells
from acsa_desk.documents.row_cells import RepeatedCells

LANGS = [("en",), ("en", "ja"), ("fr",), ("ja", "fr")]
KEYS = ([d.value for d in Direction] + [f"status_{s.value}" for s in Status]
        + [f"method_{m.value}" for m in SettlementMethod] + ["overdue_flag"])


@pytest.mark.parametrize("langs", LANGS)
def test_labels_categories_and_texts_are_the_layouts_cells(langs):
    ly.register_font()
    cells = RepeatedCells(langs)
    codes = [c.code for c in CATEGORIES]
    combos = [(a,) for a in codes] + [(a, b) for a in codes for b in codes if a != b]
    for _ in range(2):  # formatted the first time, looked up the second: the same
        for key in KEYS:
            for width in (21, 25, 29, 46):
                assert cells.choice(key, width) == ly.choice_cell(tuple(L.stacked(key, langs)), width)
        for combo in combos:
            assert cells.categories(combo, 31) == ly.cell(ly.category_label(combo, langs[0]), 31)
        for text in ("EX MAPLE 2025", "Exercise Keen Sword 2026 (joint logistics)", ""):
            assert cells.text(text, 27) == ly.cell(text, 27)


@pytest.mark.parametrize("lang", ["en", "ja", "fr"])
@pytest.mark.parametrize("currency", ["JPY", "CAD", "BHD"])
@pytest.mark.parametrize("billable,settled", [
    (0, 0), (123_456_789, 0), (123_456_789, 123_456_789), (5, 2), (1000, 1000), (-1500, 0),
    (1_000_000, 250_000), (250, -250),
])
def test_amounts_are_the_layouts_amounts(lang, currency, billable, settled):
    ly.register_font()
    cells = RepeatedCells((lang,))
    outstanding = billable - settled
    for _ in range(2):
        assert cells.amounts(billable, settled, outstanding, currency) == (
            ly.amount(billable, currency, lang), ly.amount(settled, currency, lang),
            ly.amount(outstanding, currency, lang))


def test_past_the_limit_values_are_still_formatted(monkeypatch):
    ly.register_font()
    monkeypatch.setattr(row_cells, "LIMIT", 2)
    cells = RepeatedCells(("en",))
    texts = [f"Exercise {i}" for i in range(6)]
    assert [cells.text(t, 27) for t in texts + texts] == [ly.cell(t, 27) for t in texts + texts]
    assert len(cells._texts) == 2
