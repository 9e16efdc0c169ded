"""The annual report, as PDF and as CSV."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import replace

from PIL import Image

from acsa_desk.documents import annual_report_csv, build_annual_report_pdf

MM = 72 / 25.4


def test_annual_pdf_prints_categories_totals_and_unreconciled(annual_data, pdf):
    pages = pdf.pages_text(build_annual_report_pdf(annual_data, ("en", "ja")))
    text = "\n".join(pages)
    assert "Support provided / 提供した支援" in text
    assert "Support received / 受けた支援" in text
    assert "Transactions unreconciled after one year / 1年以上未整理の取引" in text
    assert "Petroleum, oils and lubricants / 燃料・油脂・潤滑油 CAD 95,200.00 50,000.00 45,200.00" in text
    # per-currency totals: CAD 95,200.00 + 1,197.00; JPY 288,000 + 60,000
    assert "Total / 合計 CAD 96,397.00 50,000.00 46,397.00" in text
    assert "Total / 合計 JPY 348,000 348,000 0" in text
    assert "2024-03-02 JPN CAN-JPN-24-0042 CAD 1,000.00" in text
    assert "Collected" in text and "回収済額" in text and "Paid" in text
    for number, page_text in enumerate(pages, start=1):
        assert page_text.count("UNCLASSIFIED") == 2
        assert f"Page {number} of {len(pages)} / {number} / {len(pages)} ページ" in page_text


def test_annual_pdf_in_french(annual_data, pdf):
    text = "\n".join(pdf.pages_text(build_annual_report_pdf(annual_data, "fr")))
    assert "Rapport annuel sur les acquisitions et services réciproques 2025" in text
    assert "Soutien fourni" in text and "Perçu" in text and "Soutien reçu" in text
    assert "96\u00a0397,00" in text or "96 397,00" in text


def test_empty_annual_report(annual_data, pdf):
    data = replace(annual_data, provided=(), received=(), unreconciled=(), agreements=())
    text = "\n".join(pdf.pages_text(build_annual_report_pdf(data, ("en",))))
    assert text.count("None.") == 4  # agreements, provided, received, unreconciled


def test_annual_pdf_invariant_and_rendered(annual_data, pdf, tmp_path):
    first = build_annual_report_pdf(annual_data, ("en", "ja"), invariant=True)
    assert first == build_annual_report_pdf(annual_data, ("en", "ja"), invariant=True)
    (png,) = pdf.render(first, tmp_path)
    with Image.open(png) as image:
        gray = image.convert("L")
        assert sum(gray.histogram()[:128]) > 0.002 * gray.width * gray.height


def test_amounts_are_right_aligned_in_their_column(annual_data, pdf, tmp_path):
    words = pdf.words(build_annual_report_pdf(annual_data, ("en",)), tmp_path)
    # the "Total value" column: 12 mm margin + 78 + 14 mm to + 31 mm
    start, end = (12 + 78 + 14) * MM, (12 + 78 + 14 + 31) * MM
    amounts = [(x_min, x_max) for word, x_min, x_max in words
               if re.fullmatch(r"[\d,.]+", word) and start < x_min < end]
    assert len(amounts) == 8  # 5 category rows and 3 per-currency totals
    assert len({round(x_max, 1) for _, x_max in amounts}) == 1
    assert len({round(x_min, 1) for x_min, _ in amounts}) > 1  # ragged left: right-aligned


def test_annual_csv_rows_and_amounts(annual_data):
    text = annual_report_csv(annual_data)
    assert text.endswith("\r\n") and "\r\n" in text.rstrip("\r\n")  # RFC 4180 line ends
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    provided = [r for r in rows if r["section"] == "provided"]
    assert [(r["category"], r["currency"], r["total_value"], r["collected"], r["outstanding"])
            for r in provided] == [
        ("fuel", "CAD", "95200.00", "50000.00", "45200.00"),
        ("maintenance", "CAD", "1197.00", "0.00", "1197.00"),
        ("food", "JPY", "120000", "20000", "100000"),
    ]
    totals = {(r["section"], r["currency"]): r for r in rows if r["section"].endswith("_total")}
    assert totals[("provided_total", "CAD")]["total_value"] == "96397.00"
    assert totals[("provided_total", "CAD")]["outstanding"] == "46397.00"
    assert totals[("received_total", "JPY")]["collected"] == "348000"
    unreconciled = [r for r in rows if r["section"] == "unreconciled"]
    assert [(r["date"], r["partner"], r["currency"], r["total_value"]) for r in unreconciled] == [
        ("2024-03-02", "JPN", "CAD", "1000.00"),
        ("2024-05-09", "AUS", "JPY", "5000"),
    ]


def test_annual_csv_neutralises_formulas_in_text_cells(annual_data):
    rows = list(csv.DictReader(io.StringIO(annual_report_csv(annual_data), newline="")))
    (row,) = [r for r in rows if r["partner"] == "AUS"]
    assert row["order_number"] == "'=CMD|' /C calc'!A0"


def test_agreements_in_force_come_first_with_their_dates(annual_data, pdf):
    from datetime import date

    from acsa_desk.documents.data import AgreementInForce

    data = replace(annual_data, agreements=(
        AgreementInForce("JPN", "CAN-JPN ACSA", "Canada-Japan agreement", date(2018, 4, 21),
                         date(2019, 7, 1), None, date(2018, 5, 1)),))
    text = "\n".join(pdf.pages_text(build_annual_report_pdf(data, ("en",))))
    assert "CAN-JPN ACSA — Canada-Japan agreement" in text
    assert "JPN 2018-04-21 2019-07-01 2018-05-01" in text.replace("\n", " ")
    assert text.index("Agreements in force") < text.index("Support provided")
    rows = list(csv.DictReader(io.StringIO(annual_report_csv(data), newline="")))
    assert rows[0]["section"] == "agreement"
    assert {k: rows[0][k] for k in ("partner", "reference", "signed_on", "in_force_from",
                                    "in_force_until", "notified_on")} == {
        "partner": "JPN", "reference": "CAN-JPN ACSA", "signed_on": "2018-04-21",
        "in_force_from": "2019-07-01", "in_force_until": "", "notified_on": "2018-05-01"}
