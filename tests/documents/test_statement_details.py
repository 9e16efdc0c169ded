"""Statement details: nations named in each document language in every sentence, signature
blocks never alone on a page, "1 order" and not "1 orders"."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from acsa_desk.cli.document_commands import orders_phrase
from acsa_desk.documents import build_statement
from acsa_desk.documents.data import StatementSettlement


def test_the_nations_are_named_in_each_language_of_the_statement(statement_data, pdf):
    ja = "\n".join(pdf.pages_text(build_statement(statement_data, ("en", "ja"))))
    assert "Japan owes Canada CA$47,397.00." in ja
    assert "日本はカナダに対しCA$47,397.00の債務を負う。" in ja
    assert "カナダは日本に対し¥35,000の債務を負う。" in ja
    assert "For Canada / カナダ代表" in ja
    assert "For Japan / 日本代表" in ja
    assert "Japan / 日本 (JPN)" in ja  # the partner in the identification block
    assert "Canada / カナダ" in ja  # our nation too
    fr = "\n".join(pdf.pages_text(build_statement(statement_data, ("fr", "en"))))
    assert "Débiteur : Japon; créancier : Canada; montant : 47 397,00 $." in fr.replace("\u00a0", " ")
    assert "Pour le compte de : Japon / For Japan" in fr.replace("\u00a0", " ")
    assert "Japon / Japan (JPN)" in fr
    for text in (ja, fr):  # no English nation name inside a Japanese or French sentence
        assert "JapanはCanada" not in text and "Japan doit" not in text


def test_the_nations_keep_the_name_given_when_no_code_is_known(statement_data, pdf):
    text = "\n".join(pdf.pages_text(build_statement(replace(statement_data, home_code=""),
                                                    ("en", "ja"))))
    assert "日本はCanadaに対し" in text  # the partner from its code; home as given


def _settlements(n: int) -> tuple[StatementSettlement, ...]:
    start = date(2024, 1, 1)
    return tuple(StatementSettlement("CAN-JPN-24-0042", start + timedelta(days=i), "cash", 100 + i,
                                     "CAD", f"PAY-{i:04d}") for i in range(n))


def test_the_signature_blocks_never_stand_alone_on_a_page(statement_data, pdf):
    """Whatever the length of the last table, the page with the signatures has rows of it."""
    pages_seen = set()
    for n in range(1, 61):
        pages = pdf.pages_text(build_statement(replace(statement_data, settlements=_settlements(n))))
        signing = [p for p in pages if "Signatures" in p and "For Canada" in p]
        assert len(signing) == 1, n
        page = signing[0]
        assert page.index("PAY-") < page.index("Signatures"), n  # a row of the table comes first
        assert f"PAY-{n - 1:04d}" in page, n  # its last row, with the signatures
        pages_seen.add(len(pages))
    assert len(pages_seen) >= 2  # the settlements crossed a page boundary on the way


def test_one_order_is_one_order() -> None:
    assert orders_phrase(1) == "1 order"
    assert orders_phrase(0) == "0 orders"
    assert orders_phrase(2) == "2 orders"


def test_the_order_form_names_both_parties_in_each_language(order_form_data, pdf):
    from acsa_desk.documents import build_order_form
    from acsa_desk.documents.data import Party

    data = replace(order_form_data, requesting=Party("Japan", "JS Kirisame", "2佐 佐藤", "JPN"),
                   supplying=Party("Canada", "HMCS Montréal", "Lt(N) Roy", "CAN"))
    ja = "\n".join(pdf.pages_text(build_order_form(data, ("en", "ja"))))
    assert "Japan / 日本" in ja and "Canada / カナダ" in ja
    fr = "\n".join(pdf.pages_text(build_order_form(data, ("fr",))))
    assert "Japon" in fr and "Japan" not in fr
