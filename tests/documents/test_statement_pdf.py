"""The settlement statement: what it prints, on every page, in both languages."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date

import pytest
from PIL import Image
from pypdf import PdfReader

from acsa_desk.documents import build_statement
from acsa_desk.documents.data import CategoryAmount, StatementOrder

MM = 72 / 25.4


def test_statement_prints_orders_amounts_and_labels_in_english_and_japanese(
    statement_data, pdf
):
    text = "\n".join(pdf.pages_text(build_statement(statement_data, ("en", "ja"))))

    for order in statement_data.orders:
        assert order.order_number in text
    # order CAN-JPN-25-0101: billable, settled, outstanding (CAD, 2 decimals)
    assert "95,200.00 50,000.00 45,200.00" in text
    # order CAN-JPN-25-0102: JPY has no decimals
    assert "348,000 348,000 0" in text
    for english, japanese in [
        ("Outstanding", "未決済額"),
        ("Billable", "請求額"),
        ("Settlements", "決済"),
        ("Net position per currency", "通貨別差引残高"),
        ("Signature", "署名"),
    ]:
        assert english in text
        assert japanese in text
    assert "Settlement statement" in text and "決済明細書" in text
    assert "Petroleum, oils and lubricants / 燃料・油脂・潤滑油" in text
    assert "CAN-JPN ACSA 2018 (in force 2019-07)" in text  # agreement reference
    assert statement_data.chain_head in text


def test_statement_in_french(statement_data, pdf):
    pages = pdf.pages_text(build_statement(statement_data, ("en", "fr")))
    text = "\n".join(pages)
    for french in ("Relevé de règlement", "Solde dû", "Règlements", "Position nette par devise",
                   "Grade", "Fonction"):
        assert french in text
    assert f"Page 1 of {len(pages)} / Page 1 de {len(pages)}" in pages[0]
    # French is second: amounts keep the first language's digits
    assert "47,397.00" in text


def test_french_first_groups_digits_the_french_way(statement_data, pdf):
    text = "\n".join(pdf.pages_text(build_statement(statement_data, "fr,en")))
    assert "47\u00a0397,00" in text or "47 397,00" in text


@pytest.mark.parametrize("langs", [("en",), ("en", "ja"), ("ja",), ("en", "fr")])
def test_every_page_has_banner_top_and_bottom_page_n_of_m_and_generation_date(
    statement_data, pdf, langs
):
    data = replace(statement_data, orders=statement_data.orders * 20)  # several pages
    built = build_statement(data, langs)
    pages = pdf.pages_text(built)
    total = len(pages)
    assert total >= 3
    for number, page_text in enumerate(pages, start=1):
        assert page_text.count("PROTECTED A") == 2
        if "en" in langs:
            assert f"Page {number} of {total}" in page_text
            assert "Generated on 2025-11-20" in page_text
        if "ja" in langs:
            assert f"{number} / {total} ページ" in page_text
            assert "作成日 2025-11-20" in page_text
        if "fr" in langs:
            assert f"Page {number} de {total}" in page_text
        height, positions = pdf.positions(built, number - 1)
        banner_y = [y for text, _, y in positions if text == "PROTECTED A"]
        assert max(banner_y) > height - 15 * MM  # top
        assert min(banner_y) < 15 * MM  # bottom


def test_page_n_of_m_reads_one_slash_three_in_japanese(statement_data, pdf):
    data = replace(
        statement_data,
        orders=statement_data.orders * 20,
    )
    pages = pdf.pages_text(build_statement(data, ("en", "ja")))
    assert f"Page 1 of {len(pages)} / 1 / {len(pages)} ページ" in pages[0]


def test_net_position_says_who_owes_whom_per_currency(statement_data, pdf):
    text = "\n".join(pdf.pages_text(build_statement(statement_data, ("en", "ja"))))
    # CAD: 45,200.00 + 1,197.00 + 1,000.00 receivable, nothing payable -> Japan owes Canada
    assert "CAD 47,397.00 0.00 47,397.00" in text
    assert "Japan owes Canada CA$47,397.00." in text
    assert "日本はカナダに対しCA$47,397.00の債務を負う。" in text
    # JPY: nothing receivable, 35,000 payable -> Canada owes Japan
    assert "JPY 0 35,000 -35,000" in text
    assert "Canada owes Japan ¥35,000." in text


def test_no_balance_in_a_currency_says_nobody_owes(statement_data, pdf):
    settled = tuple(
        o for o in statement_data.orders if o.currency == "JPY" and o.outstanding_minor == 0
    )
    data = replace(
        statement_data,
        orders=settled,
    )
    text = "\n".join(pdf.pages_text(build_statement(data, ("en", "fr"))))
    assert "Neither side owes the other anything in JPY." in text
    assert "Aucune des parties ne doit quoi que ce soit à l'autre en JPY." in text


def test_totals_per_category_and_currency(statement_data, pdf):
    text = "\n".join(pdf.pages_text(build_statement(statement_data)))
    # the JPY order split over two categories is totalled per category
    assert "Received Water JPY 60,000 60,000 0" in text
    assert "Received Airport and seaport services JPY 288,000 288,000 0" in text
    # subtotals per direction and currency
    assert "Total provided (CAD) CAD 98,897.00 51,500.00 47,397.00" in text
    assert "Total received (JPY) JPY 383,000 348,000 35,000" in text


def test_yen_sign_is_a_real_yen_sign_when_japanese_is_on(statement_data, pdf):
    for langs in (("en", "ja"), ("ja",)):
        text = "\n".join(pdf.pages_text(build_statement(statement_data, langs)))
        assert "¥35,000" in text
        assert "\\" not in text
        assert "\uffe5" not in text  # always U+00A5, whatever the locale prefers


def test_overdue_orders_are_flagged(statement_data, pdf):
    text = "\n".join(pdf.pages_text(build_statement(statement_data, ("en", "ja"))))
    assert text.count("OVERDUE / 期限超過") == 1
    row = text[text.index("OVERDUE") - 150:text.index("OVERDUE")]
    assert "CAN-JPN-24-0042" in row  # the overdue order, its dates and outstanding amount
    assert "2024-03-01 2024-03-02 Food CAD 2,500.00 1,500.00 1,000.00" in row


def test_settlements_are_listed_with_method_and_reference(statement_data, pdf):
    text = "\n".join(pdf.pages_text(build_statement(statement_data, ("en",))))
    assert "CAN-JPN-25-0101 Provided 2025-08-01 Cash reimbursement CAD 50,000.00" in text
    assert "JMOD payment 2025-114" in text
    assert "Equal value exchange" in text


def test_user_text_is_printed_literally_not_as_markup(statement_data, pdf, samples):
    data = replace(
        statement_data,
        exercise=samples.markup,
        partner_name="Japan <i>&amp;</i>",
        agreement_reference="A&B <para>",
    )
    text = "\n".join(pdf.pages_text(build_statement(data, ("en",))))
    assert "<b>fuel & oil</b>" in text  # a settlement reference (table cell)
    assert "Japan <i>&amp;</i>" in text  # a Paragraph and the running header
    assert "A&B <para>" in text


def test_signature_blocks_for_both_sides(statement_data, pdf):
    text = "\n".join(pdf.pages_text(build_statement(statement_data, ("en", "ja"))))
    assert "For Canada / カナダ代表" in text
    assert "For Japan / 日本代表" in text
    assert "A. Tremblay" in text and "LCdr" in text and "J4 Finance, CJOC" in text
    assert "2025-11-21" in text
    for label in ("Name / 氏名", "Rank / 階級", "Appointment / 官職", "Date / 日付"):
        assert text.count(label) == 2


def test_exercise_and_period_are_printed_when_narrowed(statement_data, pdf):
    data = replace(
        statement_data,
        exercise="KAEDEX 2025",
        period_from=date(2025, 6, 1),
        period_to=date(2025, 6, 30),
        chain_head=None,
    )
    text = "\n".join(pdf.pages_text(build_statement(data)))
    assert "KAEDEX 2025" in text
    assert "2025-06-01 – 2025-06-30" in text
    assert "Audit anchor" not in text


def test_empty_statement_still_builds(statement_data, pdf):
    data = replace(
        statement_data,
        orders=(),
        settlements=(),
    )
    text = "\n".join(pdf.pages_text(build_statement(data, ("en", "ja"))))
    assert "No orders. / 要請はありません。" in text
    assert "No settlements." in text


def test_invariant_builds_are_byte_identical(statement_data):
    first = build_statement(statement_data, ("en", "ja"), invariant=True)
    second = build_statement(statement_data, ("en", "ja"), invariant=True)
    assert first == second


def test_pages_render_and_are_not_blank(statement_data, pdf, tmp_path):
    pngs = pdf.render(build_statement(statement_data, ("en", "ja")), tmp_path)
    assert len(pngs) == pdf.page_count(build_statement(statement_data, ("en", "ja")))
    for png in pngs:
        with Image.open(png) as image:
            gray = image.convert("L")
            dark = sum(gray.histogram()[:128])  # pixels darker than mid-grey
            assert dark > 0.005 * gray.width * gray.height, png.name


@pytest.mark.slow
def test_a_statement_of_10000_orders_builds(samples, pdf):
    data = samples.big_statement(10_000)
    built = build_statement(data, ("en", "ja"))
    reader = PdfReader(io.BytesIO(built))
    total = len(reader.pages)
    assert total > 150  # about 30 rows a page
    first = reader.pages[0].extract_text()
    last = reader.pages[-1].extract_text()
    assert f"Page 1 of {total}" in first
    assert f"Page {total} of {total} / {total} / {total} ページ" in last
    # every order is on some page: the last orders sit on the last pages
    tail = "\n".join(reader.pages[i].extract_text() for i in range(total - 3, total))
    assert "CAN-JPN-009999" in tail
    numbers = set()
    for i in range(0, total, 25):
        numbers.update(re.findall(r"CAN-JPN-\d{6}", reader.pages[i].extract_text()))
    assert len(numbers) > 200
    middle = reader.pages[total // 2].extract_text()
    assert middle.count("PROTECTED A") == 2
    assert middle.count("Outstanding") == 1  # one table header per page, at its top
    assert middle.count("OVERDUE") >= 1  # every 50th order is overdue


def test_order_split_over_categories_must_add_up():
    with pytest.raises(ValueError, match="category split"):
        StatementOrder(
            "X-1", "E", "provided", date(2025, 1, 1), None, ("food", "water"), "CAD",
            300, 0, 300, False, "invoiced",
            category_split=(CategoryAmount("food", 100, 0, 100),
                            CategoryAmount("water", 100, 0, 100)),
        )
