"""The statement's shortcuts write what the long way writes: repeated page strings, plain rows,
digit grouping, escaping, the deferred reportlab pattern, the enum checks."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from datetime import date
from xml.sax.saxutils import escape as sax_escape

import pytest
from hypothesis import given
from hypothesis import strategies as st
from reportlab.pdfgen.canvas import Canvas

from acsa_desk.documents import layout as ly
from acsa_desk.documents import statement
from acsa_desk.documents._reportlab import URI_PATTERN_START, DeferredPattern
from acsa_desk.documents.data import StatementOrder, StatementSettlement
from acsa_desk.documents.formats import group_digits
from acsa_desk.documents.page_grid import PageTemplate
from acsa_desk.documents.pages import RepeatedStrings
from acsa_desk.documents.tables import FastTable, simple_style
from acsa_desk.documents.typography import escape

COLUMNS = statement.ORDER_COLUMNS
WIDTHS = [c.width for c in COLUMNS]


def _strings(canv: Canvas) -> list[list[str]]:
    """Three pages of the strings every page repeats (and one that changes), the fonts and
    the arguments varied: each page's canvas code."""
    font = ly.register_font()
    pages = []
    for n in range(1, 4):
        canv.setFont(font, 7)
        canv.drawString(34.0, 560.5, "Settlement statement — Japan / 日本 (JPN)")
        canv.drawRightString(807.9, 560.5, "Agreement (ACSA), Toronto, 21 April 2018")
        canv.drawCentredString(420.9, 575.0, "UNCLASSIFIED / 取扱注意")
        canv.drawRightString(807.9, 27.2, f"Page {n} of 3 / {n} / 3 ページ")
        canv.setFont(font, 7, 10)
        canv.drawString(34.0, 560.5, "Settlement statement — Japan / 日本 (JPN)")  # leading
        canv.setFont(font, 9.5, 10)
        canv.drawString(34.0, 560.5, "Settlement statement — Japan / 日本 (JPN)")  # size
        canv.drawString(34.0, 27.2, "Generated on 2025-06-30", 2)  # a render mode: reportlab's
        canv.drawCentredString(420.9, 20.0, "漢字 first seen on page 3" if n == 3 else "same")
        pages.append(list(canv._code))
        canv.showPage()
    return pages


def test_repeated_page_strings_are_written_as_reportlab_writes_them():
    class Plain(Canvas):
        pass

    repeated = RepeatedStrings(io.BytesIO())
    expected = _strings(Plain(io.BytesIO()))
    assert _strings(repeated) == expected
    assert repeated._text_ops  # the strings were kept, and written again from there
    assert sum("BT" in line for line in expected[1]) == 8


def _rows(count: int, langs: tuple[str, ...]) -> list[list[str]]:
    return [
        [ly.cell(f"CAN-JPN-24-{i:06d}", WIDTHS[0]), "KAEDEX 2024",
         ly.choice_cell(tuple(ly.L.stacked("provided", langs)), WIDTHS[2]), "2024-11-04",
         "" if i % 4 else "2024-11-10", ly.cell(ly.category_label(("fuel",), langs[-1]), WIDTHS[5]),
         "JPY", ly.amount(i * 12_345, "JPY", langs[0]), "0", "", "",
         ly.choice_cell(tuple(ly.L.stacked("status_invoiced", langs)), WIDTHS[11])]
        for i in range(count)
    ]


def test_plain_rows_go_the_short_way_and_write_the_long_ways_code(monkeypatch):
    ly.register_font()
    calls = {"plain": 0}
    plain_row = FastTable._write_plain_row

    def counted(self, *args):  # type: ignore[no-untyped-def]
        calls["plain"] += 1
        return plain_row(self, *args)

    for langs in (("en",), ("en", "ja")):
        header = [ly.header_row(COLUMNS, langs)]
        style = simple_style(COLUMNS)
        head = [ly.row_height(r, WIDTHS, ly.HEAD_LEADING) for r in header]
        rows = _rows(40, langs)
        rows[3] = [""] * len(WIDTHS)  # a row with nothing to write
        heights = [ly.row_height(r, WIDTHS, ly.CELL_LEADING) for r in rows]
        codes = []
        for short in (False, True):
            canv = Canvas(io.BytesIO())
            grid = PageTemplate(header, WIDTHS, style, None, head).page(rows, heights,
                                                                        [0] * len(rows))
            if short:
                monkeypatch.setattr(FastTable, "_write_plain_row", counted)
            else:  # every row the general way
                monkeypatch.setattr(FastTable, "_write_plain_row",
                                    lambda self, row, plan, pos, height: self._write_row(
                                        zip(row, self._rowspecs[1], self._colpositions[:-1],
                                            self._colWidths, strict=True), pos, height))
            grid.wrap(800, 1000)
            grid.drawOn(canv, 34.0, 54.7)
            codes.append(list(canv._code))
        assert codes[1] == codes[0]
    assert calls["plain"] == 80


def _grouped(plain: str, lang: str) -> str:
    """The grouping loop group_digits had before its shortcut."""
    sign = "-" if plain.startswith("-") else ""
    whole, _, fraction = plain.lstrip("-").partition(".")
    group, point = ("\u00a0", ",") if lang == "fr" else (",", ".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return sign + group.join(groups) + (point + fraction if fraction else "")


@given(st.integers(min_value=-10**30, max_value=10**30), st.integers(0, 3),
       st.sampled_from(["en", "ja", "fr"]))
def test_digits_are_grouped_as_the_loop_grouped_them(value, places, lang):
    plain = str(value) if places == 0 else f"{value}.{abs(value) % 10**places:0{places}d}"
    assert group_digits(plain, lang) == _grouped(plain, lang)


@pytest.mark.parametrize("plain", ["0", "-0", "007", "00.50", "", "-", "１２３４", "12a456", ".5"])
def test_odd_digit_strings_are_grouped_as_before(plain):
    for lang in ("en", "fr"):
        assert group_digits(plain, lang) == _grouped(plain, lang)


@given(st.text(max_size=30))
def test_escaping_is_saxutils(text):
    assert escape(text) == sax_escape(text)
    assert escape("<b>fuel & oil</b>") == "&lt;b&gt;fuel &amp; oil&lt;/b&gt;"


def test_reportlab_uri_pattern_is_compiled_when_first_used():
    from reportlab.platypus import paragraph

    assert isinstance(paragraph.uri_pat, DeferredPattern)
    compiled = re.compile(paragraph.uri_pat._args[0], re.I)
    assert paragraph.uri_pat._args[0].startswith(URI_PATTERN_START)
    for uri in ("https://example.com/a/b", "ftp://10.0.0.1:21/x", "not a uri", "HTTP://Ex.COM"):
        assert bool(paragraph.uri_pat.match(uri)) == bool(compiled.match(uri))
    assert paragraph._uri_split_pairs("https://example.com/a/b")[0] == ("https://example.com/a/",
                                                                        "b")
    assert re.compile.__module__ == "re"  # the wrapper is gone once platypus is imported


def test_only_reportlabs_platypus_is_imported_while_re_compile_is_wrapped():
    """Nothing else is imported in that window (a module that bound ``re.compile`` to a name
    then would keep the wrapper)."""
    out = subprocess.run(
        [sys.executable, "-c",
         "import re, sys\n"
         "import acsa_desk.documents._reportlab as r\n"
         "for m in [m for m in sys.modules if m.startswith('reportlab.platypus')]:\n"
         "    del sys.modules[m]\n"
         "seen = set(sys.modules)\n"
         "r.import_paragraph()\n"
         "print(re.compile.__module__, type(sys.modules['reportlab.platypus.paragraph'].uri_pat)"
         ".__name__)\n"
         "print(' '.join(sorted(set(sys.modules) - seen)))\n"],
        capture_output=True, text=True, check=True)
    first, new = out.stdout.splitlines()
    assert first.split() == ["re", "DeferredPattern"]
    assert "reportlab.platypus.paragraph" in new.split()
    assert all(m.startswith("reportlab.platypus") for m in new.split()), new


def test_enum_values_are_refused_as_the_enums_refuse_them():
    good = dict(order_number="CAN-JPN-25-000001", exercise="KAEDEX", direction="provided",
                ordered_on=date(2025, 1, 2), delivered_on=None, categories=("fuel",),
                currency="JPY", billable_minor=10, settled_minor=0, outstanding_minor=10,
                overdue=False, status="invoiced")
    StatementOrder(**good)  # type: ignore[arg-type]
    for field, value, message in (("direction", "sideways", "'sideways' is not a valid Direction"),
                                  ("direction", ["provided"], "is not a valid Direction"),
                                  ("status", "Invoiced", "'Invoiced' is not a valid Status")):
        with pytest.raises(ValueError, match=re.escape(message)):
            StatementOrder(**{**good, field: value})  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="'barter' is not a valid SettlementMethod"):
        StatementSettlement("CAN-JPN-25-000001", date(2025, 1, 3), "barter", 10, "JPY")
