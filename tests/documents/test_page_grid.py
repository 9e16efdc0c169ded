"""A streamed table's page drawn from its template is what a reportlab Table of the page's rows
draws; text widths from the advance table are reportlab's."""

from __future__ import annotations

import io

from hypothesis import given
from hypothesis import strategies as st
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from acsa_desk.core.categories import CATEGORIES
from acsa_desk.core.domain import country_name_in
from acsa_desk.documents import labels as L
from acsa_desk.documents import layout as ly
from acsa_desk.documents import statement
from acsa_desk.documents.page_grid import PageTemplate
from acsa_desk.documents.tables import simple_style
from acsa_desk.documents.typography import string_width, text_width

COLUMNS = statement.ORDER_COLUMNS
WIDTHS = [c.width for c in COLUMNS]


def _row_style(marks: list[int], offset: int) -> list[tuple[object, ...]]:
    """Marks 1 and 2 shade their row; 2 also colours a cell, fills one cell and rules above."""
    out: list[tuple[object, ...]] = []
    for i, mark in enumerate(marks):
        y = i + offset
        if mark:
            out += [("BACKGROUND", (0, y), (-1, y), ly.OVERDUE_FILL)]
        if mark == 2:
            out += [("TEXTCOLOR", (10, y), (10, y), ly.OVERDUE_INK),
                    ("BACKGROUND", (3, y), (3, y), ly.TOTAL_FILL),
                    ("LINEABOVE", (0, y), (-1, y), 0.8, ly.INK)]
    return out


def _rows(first: int, count: int, langs: tuple[str, ...]) -> list[list[str]]:
    return [
        [ly.cell(f"CAN-JPN-24-{i:06d} / JP-2024-{i * 7:06d}", WIDTHS[0]), "KAEDEX 2024",
         ly.choice_cell(tuple(L.stacked("provided", langs)), WIDTHS[2]), "2024-11-04",
         "" if i % 4 else "2024-11-10",
         ly.cell(ly.category_label(("fuel", "transport"), langs[-1]), WIDTHS[5]), "JPY",
         ly.amount(i * 12_345, "JPY", langs[0]), "0", "(1,000) \\",
         ly.choice_cell(tuple(L.stacked("overdue_flag", langs)), WIDTHS[10]) if i % 3 else "",
         ly.choice_cell(tuple(L.stacked("status_invoiced", langs)), WIDTHS[11])]
        for i in range(first, first + count)
    ]


def _canvas_code(pages: list[object]) -> list[list[str]]:
    """Each flowable drawn on a page of its own, all in one document: the canvas code."""
    canv = Canvas(io.BytesIO())
    code = []
    for flowable in pages:
        flowable.wrap(800, 1000)  # type: ignore[attr-defined]
        flowable.drawOn(canv, 34.0, 54.7)  # type: ignore[attr-defined]
        code.append(list(canv._code))
        canv.showPage()
    return code


def test_a_page_from_the_template_draws_what_a_table_of_its_rows_draws():
    ly.register_font()
    for langs in (("en",), ("en", "ja")):
        header = [ly.header_row(COLUMNS, langs)]
        style = simple_style(COLUMNS)
        head = [ly.row_height(r, WIDTHS, ly.HEAD_LEADING) for r in header]
        odd = _rows(55, 5, langs)
        odd[2][5] = ly.paragraph("a <b>paragraph</b> cell", ly.styles().cell)  # Table.draw's way
        pages = [(_rows(0, 30, langs), [i % 3 for i in range(30)]),
                 (_rows(30, 25, langs), [(i + 1) % 3 for i in range(25)]),
                 (odd, [0, 1, 2, 0, 1])]
        tables = []
        grids = []
        template = PageTemplate(header, WIDTHS, style, _row_style, head)
        for rows, marks in pages:
            heights = [ly.row_height(r, WIDTHS, ly.CELL_LEADING) for r in rows]
            tables.append(ly.make_table(header + rows, WIDTHS, style + _row_style(marks, 1),
                                        row_heights=head + heights, repeat_rows=1))
            grids.append(template.page(rows, heights, marks))
        expected = _canvas_code(tables)
        assert any("1 .88 .88 rg" in line for line in expected[0])  # the marks were drawn
        assert _canvas_code(grids) == expected


def _demo_texts() -> list[str]:
    texts = [t for key in L.keys() for t in L.translations(key)]
    texts += [c.label(lang) for c in CATEGORIES for lang in L.LANGUAGES]
    texts += [country_name_in(code, lang) for code in ("JPN", "CAN", "USA", "AUS", "FRA")
              for lang in L.LANGUAGES]
    texts += ["CAN-JPN-24-000669 / JP-2024-266022", "¥1,234,567", "(1,000)", "\u00a0x", ""]
    return texts


def test_text_widths_are_reportlabs_to_the_last_bit():
    font = ly.register_font()
    for text in _demo_texts():
        for size in (6.8, 7.0, 7.2, 8.0, 10.5, 14):
            assert string_width(text, font, size) == pdfmetrics.stringWidth(text, font, size)
    assert text_width("日本 / Japan") == pdfmetrics.stringWidth("日本 / Japan", font, ly.CELL_SIZE)
    # a font that is not TrueType is measured by reportlab itself
    assert string_width("Japan", "Helvetica", 9) == pdfmetrics.stringWidth("Japan", "Helvetica", 9)


@given(st.text(max_size=40), st.sampled_from([6.8, 7.2, 9.0]))
def test_any_text_measures_as_reportlab_measures_it(text, size):
    font = ly.register_font()
    assert string_width(text, font, size) == pdfmetrics.stringWidth(text, font, size)
