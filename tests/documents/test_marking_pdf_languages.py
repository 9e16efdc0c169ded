"""The marking's notice and the CUI block's labels are in the document's languages; the
marking itself (each scheme's official terms, REL TO, trigraphs) prints as the scheme says."""

from __future__ import annotations

from dataclasses import replace

from acsa_desk.core import marking as M
from acsa_desk.documents import build_statement

S = M.BUILTIN_SCHEMES
PB = M.render(M.make_marking(M.CANADA, "PROTECTED B", rel_to=["CAN", "JPN"],
                             originators=["JPN"]), S)
CUI = M.render(M.make_marking(M.UNITED_STATES, "CUI", originators=["JPN"],
                              designation=M.Designation("DoD", "OPSEC", "FEDCON", "J4")), S)


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_a_french_document_words_the_originator_notice_in_french(statement_data, pdf):
    built = build_statement(replace(statement_data, banner=PB), ("fr",))
    for text in pdf.pages_text(built):
        text = _flat(text)
        assert "PROTECTED B//REL TO CAN, JPN" in text  # the scheme's own terms
        assert "Contient des renseignements de gouvernements étrangers : JPN" in text
        assert "Contains foreign government information" not in text


def test_a_bilingual_document_gives_the_notice_in_both_of_its_languages(statement_data, pdf):
    built = build_statement(replace(statement_data, banner=PB), ("en", "ja"))
    text = _flat(pdf.pages_text(built)[0])
    assert "Contains foreign government information: JPN" in text
    assert "外国政府情報を含む: JPN" in text


def test_the_cui_block_is_labelled_in_the_documents_languages_beside_the_us_labels(
        statement_data, pdf):
    built = build_statement(replace(statement_data, banner=CUI), ("ja",))
    first = _flat(pdf.pages_text(built)[0])
    assert "Controlled by / 管理者: DoD" in first
    assert "CUI Category / CUI区分: OPSEC" in first
    assert "POC / 連絡先: J4" in first
    assert "外国政府情報を含む: JPN" in first
    assert "Contains foreign" not in first
    english = _flat(pdf.pages_text(build_statement(replace(statement_data, banner=CUI),
                                                   ("en",)))[0])
    assert "Controlled by: DoD" in english and "管理者" not in english
