"""The order form: parties, lines, total, signatures and receipt, in English and French."""

from __future__ import annotations

from dataclasses import replace

from PIL import Image

from acsa_desk.documents import build_order_form
from acsa_desk.documents.data import OrderLine


def test_order_form_prints_parties_lines_and_total(order_form_data, pdf, samples):
    text = "\n".join(pdf.pages_text(build_order_form(order_form_data, ("en", "fr"))))
    for expected in (
        "CAN-JPN-25-0101",
        "CAN-JPN ACSA 2018",
        "KAEDEX 2025",
        "JS Kirisame (DD-104)",
        "LCDR Sato Kenji, +81 46 822 0000",
        "MV Asterix",
        "Replenishment at sea, 34°N 139°E",
        "2025-06-03",
        "2025-06-04",
        "Cash reimbursement",
        "Remboursement en",  # the settlement method, wrapped in its cell
        "9140-00-273-2377",
        "85,000 1.12 95,200.00",  # quantity, unit price, total of line 1
        "14 85.50 1,197.00",
    ):
        assert expected in text, expected
    assert f"Order total (CAD) / Total de la commande (CAD) {samples.order_total}" in text


def test_order_form_labels_in_both_languages(order_form_data, pdf):
    text = "\n".join(pdf.pages_text(build_order_form(order_form_data, ("en", "fr"))))
    for english, french in [
        ("Requesting party", "Partie requérante"),
        ("Supplying party", "Partie fournisseuse"),
        ("Point of contact", "Personne-ressource"),
        ("Unit price", "Prix unitaire"),
        ("Ordering official", "Responsable de la commande"),
        ("Issuing official", "Responsable de la fourniture"),
        ("Received on", "Reçu le"),
        ("Receipt", "Réception"),
    ]:
        assert english in text and french in text, (english, french)
    assert "Page 1 of 1 / Page 1 de 1" in text
    assert text.count("UNCLASSIFIED / NON CLASSIFIÉ") == 2


def test_order_form_in_japanese(order_form_data, pdf):
    text = "\n".join(pdf.pages_text(build_order_form(order_form_data, ("ja",))))
    for japanese in ("物品役務相互提供要請書", "要請側", "提供側", "単価", "受領確認", "1 / 1 ページ",
                     "燃料・油脂・潤滑油"):
        assert japanese in text


def test_description_markup_prints_literally(order_form_data, pdf, samples):
    data = replace(
        order_form_data,
        delivery_place="Pier <3> & berth",
        requesting=replace(order_form_data.requesting, point_of_contact="<font size=40>x</font>"),
    )
    text = "\n".join(pdf.pages_text(build_order_form(data, ("en",))))
    assert samples.markup in text  # "<b>fuel & oil</b>", a Paragraph cell
    assert "Pier <3> & berth" in text
    assert "<font size=40>x</font>" in text


def test_many_lines_continue_on_further_pages_with_headers(order_form_data, pdf):
    lines = tuple(
        OrderLine(i, "food", f"Ration pack type {i}", "EA", "10", 1_250, 12_500)
        for i in range(1, 121)
    )
    built = build_order_form(replace(order_form_data, lines=lines), ("en",))
    pages = pdf.pages_text(built)
    assert len(pages) >= 3
    for number, page_text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page_text
        assert page_text.count("UNCLASSIFIED / NON CLASSIFIÉ") == 2
    text = "\n".join(pages)
    for i in (1, 60, 120):
        assert f"Ration pack type {i}\n" in text or f"Ration pack type {i} " in text
    # 120 x 125.00 = 15,000.00; the column headers repeat on the continuation page
    assert "Order total (CAD) 15,000.00" in text
    assert pages[1].count("Unit price") == 1


def test_invariant_builds_are_byte_identical(order_form_data):
    assert build_order_form(order_form_data, ("en", "fr"), invariant=True) == build_order_form(
        order_form_data, ("en", "fr"), invariant=True
    )


def test_pages_render_and_are_not_blank(order_form_data, pdf, tmp_path):
    pngs = pdf.render(build_order_form(order_form_data, ("en", "fr")), tmp_path)
    assert len(pngs) == 1
    with Image.open(pngs[0]) as image:
        gray = image.convert("L")
        assert sum(gray.histogram()[:128]) > 0.005 * gray.width * gray.height
