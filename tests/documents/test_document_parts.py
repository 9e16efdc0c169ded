"""The parts under the builders: data checks, totals, labels, escaping, amounts, wrapping, font."""

from __future__ import annotations

import io
import string
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from acsa_desk.core.categories import CATEGORIES
from acsa_desk.core.errors import RuleViolation
from acsa_desk.documents import (
    build_annual_report_pdf,
    build_order_form,
    build_statement,
)
from acsa_desk.documents import labels as L
from acsa_desk.documents import layout as ly
from acsa_desk.documents.data import (
    AnnualCategoryRow,
    OrderLine,
    StatementOrder,
    StatementSettlement,
)
from acsa_desk.documents.totals import category_totals, direction_totals, net_positions

# --------------------------------------------------------------------------- totals


def test_net_positions_hand_computed(samples):
    positions = {p.currency: p for p in net_positions(samples.orders())}
    cad, jpy = positions["CAD"], positions["JPY"]
    assert (cad.receivable, cad.payable, cad.net) == (samples.cad_receivable, 0, 4_739_700)
    assert cad.partner_owes_us and not cad.we_owe_partner
    assert (jpy.receivable, jpy.payable, jpy.net) == (0, samples.jpy_payable, -35_000)
    assert jpy.we_owe_partner and not jpy.partner_owes_us


def test_category_totals_use_the_split_and_keep_currencies_apart(samples):
    totals = {(t.direction, t.categories, t.currency): t.amounts
              for t in category_totals(samples.orders())}
    assert totals[("received", ("port_services",), "JPY")].billable == 288_000
    assert totals[("received", ("water",), "JPY")].billable == 60_000
    assert totals[("provided", ("fuel",), "CAD")].outstanding == 4_520_000
    assert totals[("received", ("fuel",), "JPY")].billable == 0
    by_direction = {(t.direction, t.currency): t.amounts for t in direction_totals(samples.orders())}
    assert by_direction[("provided", "CAD")].billable == 9_520_000 + 119_700 + 250_000
    assert set(by_direction) == {("provided", "CAD"), ("received", "JPY")}


def test_order_with_several_categories_and_no_split_is_totalled_as_the_combination():
    order = StatementOrder("X-1", "E", "provided", date(2025, 1, 1), date(2025, 1, 2),
                           ("water", "food"), "CAD", 500, 0, 500, False, "invoiced")
    (total,) = category_totals([order])
    assert total.categories == ("food", "water")  # catalogue order
    assert ly.category_label(total.categories, "en") == "Food + Water"


@given(st.lists(st.tuples(st.sampled_from(["provided", "received"]),
                          st.sampled_from(["CAD", "JPY", "USD"]),
                          st.integers(0, 10**12), st.integers(0, 10**12)), max_size=30))
def test_net_is_receivable_minus_payable_exactly(rows):
    orders = [
        StatementOrder(f"N-{i}", "E", direction, date(2025, 1, 1), None, ("food",), currency,
                       billable + settled, settled, billable, False, "invoiced")
        for i, (direction, currency, billable, settled) in enumerate(rows)
    ]
    for pos in net_positions(orders):
        provided = sum(o.outstanding_minor for o in orders
                       if o.currency == pos.currency and o.direction == "provided")
        received = sum(o.outstanding_minor for o in orders
                       if o.currency == pos.currency and o.direction == "received")
        assert (pos.receivable, pos.payable, pos.net) == (provided, received, provided - received)
        assert isinstance(pos.net, int)


# --------------------------------------------------------------------------- data checks


def test_amounts_must_be_int_minor_units(samples):
    order = samples.orders()[0]
    with pytest.raises(TypeError, match="minor units"):
        replace(order, billable_minor=95200.0)
    with pytest.raises(TypeError):
        StatementSettlement("X", date(2025, 1, 1), "cash", True, "CAD")


def test_outstanding_must_equal_billable_minus_settled(samples):
    with pytest.raises(ValueError, match="outstanding"):
        replace(samples.orders()[0], outstanding_minor=1)
    with pytest.raises(ValueError, match="outstanding"):
        AnnualCategoryRow("fuel", "CAD", 100, 50, 60)


def test_unknown_codes_are_refused(samples):
    with pytest.raises(RuleViolation):
        replace(samples.orders()[0], currency="XXQ")
    with pytest.raises(ValueError):
        replace(samples.orders()[0], categories=("weapons",))
    with pytest.raises(ValueError):
        replace(samples.orders()[0], direction="sideways")
    with pytest.raises(ValueError):
        StatementSettlement("X", date(2025, 1, 1), "barter", 1, "CAD")
    with pytest.raises(ValueError, match="plain decimal"):
        OrderLine(1, "fuel", "x", "L", "1e3", 1, 1000)


def test_langs_are_checked(statement_data):
    assert L.normalize_langs("en,ja") == ("en", "ja")
    assert L.normalize_langs(("fr",)) == ("fr",)
    for bad in ("", "de", ("en", "en"), ("en", "ja", "fr")):
        with pytest.raises(ValueError):
            build_statement(statement_data, bad)


# --------------------------------------------------------------------------- labels


def test_every_label_has_three_languages_with_the_same_fields():
    formatter = string.Formatter()
    for key in L.keys():
        texts = L.translations(key)
        assert len(texts) == len(L.LANGUAGES) and all(t.strip() for t in texts), key
        fields = [{f for _, f, _, _ in formatter.parse(t) if f} for t in texts]
        assert fields[0] == fields[1] == fields[2], key


def test_every_label_and_category_glyph_is_in_the_embedded_font():
    ly.register_font()
    face = pdfmetrics.getFont(ly.FONT).face
    texts = [t for key in L.keys() for t in L.translations(key)]
    texts += [c.label(lang) for c in CATEGORIES for lang in L.LANGUAGES]
    texts += ["¥", "\u00a0", "–", "—", "°"]
    missing = {ch for t in texts for ch in t if ord(ch) not in face.charToGlyph}
    assert not missing


def test_bilingual_label_joins_and_drops_repeats():
    assert L.label("outstanding", ("en", "ja")) == "Outstanding / 未決済額"
    assert L.label("date", ("en", "fr")) == "Date"
    assert L.stacked("page_of", ("en", "ja"), n=1, m=3) == ["Page 1 of 3", "1 / 3 ページ"]


# --------------------------------------------------------------------------- layout helpers


def test_paragraph_escapes_markup():
    para = ly.paragraph("<b>fuel & oil</b>", ly.styles().cell)
    assert para.getPlainText() == "<b>fuel & oil</b>"
    stacked = ly.paragraph(["a < b", "c & d"], ly.styles().cell)
    assert stacked.getPlainText() == "a < bc & d"


@pytest.mark.parametrize(("minor", "currency", "lang", "expected"), [
    (123_456_789, "CAD", "en", "1,234,567.89"),
    (1_500, "JPY", "en", "1,500"),
    (-35_000, "JPY", "ja", "-35,000"),
    (5, "CAD", "en", "0.05"),
    (0, "CAD", "en", "0.00"),
    (123_456_789, "CAD", "fr", "1\u00a0234\u00a0567,89"),
    (999, "JPY", "en", "999"),
])
def test_amount_groups_digits_per_currency(minor, currency, lang, expected):
    assert ly.amount(minor, currency, lang) == expected


def test_money_uses_the_plain_yen_sign():
    assert ly.money(35_000, "JPY", "ja") == "¥35,000"
    assert ly.money(35_000, "JPY", "en") == "¥35,000"
    assert ly.money(4_739_700, "CAD", "en") == "CA$47,397.00"
    assert "\u202f" not in ly.money(4_739_700, "CAD", "fr")


@given(st.text(alphabet=st.sampled_from(list("abc XYZ-0123燃料・輸送/")), max_size=120),
       st.floats(min_value=30, max_value=200))
def test_wrap_plain_keeps_every_character_and_fits(text, width):
    ly.register_font()
    wrapped = ly.wrap_plain(text, width)
    assert wrapped.replace("\n", "").replace(" ", "") == text.replace(" ", "")
    for line in wrapped.split("\n"):
        assert ly.text_width(line) <= width + 0.01 or len(line) == 1


# --------------------------------------------------------------------------- font


@pytest.mark.parametrize("build", ["statement", "order_form", "annual"])
def test_every_font_is_the_embedded_truetype(build, statement_data, order_form_data,
                                             annual_data):
    built = {
        "statement": lambda: build_statement(statement_data, ("en", "ja")),
        "order_form": lambda: build_order_form(order_form_data, ("en", "ja")),
        "annual": lambda: build_annual_report_pdf(annual_data, ("en", "ja")),
    }[build]()
    reader = PdfReader(io.BytesIO(built))
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert font["/Subtype"] == "/TrueType"
            assert str(font["/BaseFont"]).endswith("+IPAexGothic")
            assert "/FontFile2" in font["/FontDescriptor"].get_object()
            assert "/ToUnicode" in font  # text can be searched and copied


# --------------------------------------------------------------------------- fast table text


def _fast_table_pdf(tables: list[list[list[str]]]) -> bytes:
    """One page per table, all in one document, drawn by FastTable."""
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=ly.PORTRAIT, invariant=1)
    for data in tables:
        style = [*ly.grid_style(0), ("ALIGN", (1, 0), (1, -1), "RIGHT")]
        table = ly.make_table(data, [250.0, 250.0], style)
        table.wrapOn(c, 500, 800)
        table.drawOn(c, 40, 40)
        c.showPage()
    c.save()
    return out.getvalue()


def test_fast_table_encodes_cells_per_document_across_subsets_and_escapes():
    """FastTable caches each line's encoded glyph codes; the codes of a TrueType subset are
    assigned per document in order of first use, so the same text must stay right when it
    is drawn again on another page, in another subset, or in another document that met its
    characters in a different order; PDF string syntax must be escaped."""
    font = pdfmetrics.getFont(ly.register_font())
    han = [chr(c) for c in range(0x4E00, 0x9FA0) if c in font.face.charToGlyph][:320]
    assert len(han) == 320  # more than one 256-code subset
    chunks = ["".join(han[i:i + 16]) for i in range(0, len(han), 16)]
    tricky = ["(a) \\ b)", "x\\(y", "¥1,234 )(", "\\"]
    cells = [[chunks[i], tricky[i % len(tricky)]] for i in range(len(chunks))]
    cells.append(["two\nlines (A)", "end\\"])
    reversed_cells = [[row[0][::-1], row[1]] for row in reversed(cells)]
    for tables in ([cells, cells], [reversed_cells, cells], [cells, reversed_cells]):
        reader = PdfReader(io.BytesIO(_fast_table_pdf(tables)))
        for page, data in zip(reader.pages, tables, strict=True):
            text = page.extract_text()
            for row in data:
                for value in row:
                    for line in value.split("\n"):
                        assert line in text
