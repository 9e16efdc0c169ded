"""Every statement, order form and annual report prints the audit anchor it was made at."""

from dataclasses import replace

from acsa_desk.documents.annual_report import build_annual_report_pdf
from acsa_desk.documents.order_form import build_order_form
from acsa_desk.documents.statement import build_statement
from tests.documents.conftest import pdf_pages_text

ANCHOR = "acsa1:48213:9f2c4e6a1b3d5f7081a2c3e4f5061728"


def _text(pdf):
    return "\n".join(pdf_pages_text(pdf)).replace("\n", " ")


def test_the_order_form_and_annual_report_print_the_anchor_on_every_page(order_form_data,
                                                                          annual_data):
    for pdf in (build_order_form(replace(order_form_data, anchor=ANCHOR), ("en", "ja")),
                build_annual_report_pdf(replace(annual_data, anchor=ANCHOR))):
        pages = pdf_pages_text(pdf)
        assert pages and all("Audit anchor" in page and ANCHOR in page for page in pages)
    assert "Audit anchor" not in _text(build_order_form(order_form_data))


def test_the_statement_prints_the_anchor(statement_data):
    text = _text(build_statement(replace(statement_data, chain_head=ANCHOR)))
    assert "Audit anchor" in text and ANCHOR in text
