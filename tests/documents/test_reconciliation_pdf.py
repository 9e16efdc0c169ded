"""The reconciliation statement and the offset agreement, built from a real ledger and read back."""

from datetime import date

import pytest

from acsa_desk.db.engine import open_ledger
from acsa_desk.documents.offset_agreement import build_offset_agreement
from acsa_desk.documents.reconciliation import build_reconciliation
from acsa_desk.interchange.partner_statement import StatementRow
from acsa_desk.services import offsets, reconciliation
from acsa_desk.services.reconciliation_document import reconciliation_data
from tests.services.reconcile_helpers import exercise, invoiced


@pytest.fixture
def ledger(tmp_path):
    opened = open_ledger(tmp_path / "ledger.sqlite")
    ex = exercise(opened)
    invoiced(opened, ex, "CAN-1", partner_number="J-1", settled=40000)
    invoiced(opened, ex, "CAN-2", direction="received", partner_number="J-2", price_minor=250)
    invoiced(opened, ex, "CAN-3", currency="JPY", price_minor=1500)
    yield opened
    opened.close()


ROWS = (
    StatementRow(2, "J-1", "CAN-1", date(2025, 6, 3), "received", "CAD", 10000000, 40000,
                 "invoiced"),
    StatementRow(3, "J-2", "", date(2025, 6, 3), "provided", "CAD", 2501, 0, "received"),
    StatementRow(4, "J-9", "", None, "provided", "JPY", 123456, 0, ""),
)


def test_reconciliation_statement_en_ja(ledger, pdf, tmp_path):
    with ledger.reader() as s:
        result = reconciliation.reconcile(session=s, partner="JPN", rows=ROWS)
        data = reconciliation_data(session=s, result=result, statement_name="japan.csv",
                                   reasons={"ours:CAN-2": "their price per litre differs"},
                                   generated_on=date(2025, 7, 1))
    built = build_reconciliation(data, ("en", "ja"), invariant=True)
    assert built == build_reconciliation(data, ("en", "ja"), invariant=True)  # pure
    text = "\n".join(pdf.pages_text(built))
    for english, japanese in [("Reconciliation statement", "照合明細書"),
                              ("Differences", "不一致の明細"), ("Signature", "署名"),
                              ("Not in our ledger", "自国の台帳になし"),
                              ("Not on their statement", "相手国の明細になし")]:
        assert english in text and japanese in text
    assert "For Canada" in text and "For Japan" in text
    assert "their price per litre differs" in text
    assert "25.00" in text and "25.01" in text  # CAN-2 billable: ours and theirs
    assert "100,000.00" in text  # CAN-1 billable on their side
    assert "123,456" in text and "J-9" in text and "CAN-3" in text
    assert data.chain_head and data.chain_head in text
    # totals per currency: CAD differs 1000.00 + 25.00 ours, JPY missing both sides
    cad = next(t for t in data.totals if t.currency == "CAD")
    assert (cad.disputed_ours_minor, cad.disputed_theirs_minor) == (102500, 10002501)
    pages = pdf.render(built, tmp_path)  # rendered with pdftoppm (and looked at when written)
    assert len(pages) == pdf.page_count(built)


def test_offset_agreement_en_ja_and_fr(ledger, pdf, tmp_path):
    with ledger.reader() as s:
        data = offsets.agreement_data(
            session=s, proposal=offsets.propose(session=s, partner="JPN", currency="CAD"),
            generated_on=date(2025, 7, 1))
    assert data.amount_minor == 2500
    for langs, words in [(("en", "ja"), ("Offset agreement", "相殺合意書", "Amount offset")),
                         (("fr",), ("Entente de compensation", "Montant compensé"))]:
        text = "\n".join(pdf.pages_text(build_offset_agreement(data, langs, invariant=True)))
        for word in words:
            assert word in text
        assert "CAN-1" in text and "CAN-2" in text and "J-2" in text
        assert "Canada" in text and ("Japan" if "en" in langs else "Japon") in text
    # French names a nation with its article ("au Canada", "du Japon"): the totals say who is
    # debtor and who creditor instead of "doit à Canada", which no French reader would write.
    fr = " ".join(pdf.pages_text(build_offset_agreement(data, ("fr",), invariant=True)))
    fr = fr.replace("\n", " ").replace("\xa0", " ")
    assert "doit à" not in fr
    assert "Débiteur : Japon ; créancier : Canada" in fr
    assert "Débiteur : Canada ; créancier : Japon" in fr


def _foreign_only(text, english=("Japan", "For Canada", "For Japan")):
    return [word for word in english if word in text]


@pytest.mark.parametrize("langs, names", [
    (("fr",), ("Japon", "Pour le compte de\u00a0: Canada", "Pour le compte de\u00a0: Japon")),
    (("ja",), ("日本", "カナダ代表", "日本代表")),
    (("en", "ja"), ("Japan / 日本", "For Canada / カナダ代表", "For Japan / 日本代表")),
])
def test_both_documents_name_the_nations_in_their_languages(ledger, pdf, langs, names):
    with ledger.reader() as s:
        result = reconciliation.reconcile(session=s, partner="JPN", rows=ROWS)
        recon = reconciliation_data(session=s, result=result, statement_name="japan.csv",
                                    generated_on=date(2025, 7, 1))
        offset = offsets.agreement_data(
            session=s, proposal=offsets.propose(session=s, partner="JPN", currency="CAD"),
            generated_on=date(2025, 7, 1))
    for built in (build_reconciliation(recon, langs, invariant=True),
                  build_offset_agreement(offset, langs, invariant=True)):
        text = "\n".join(pdf.pages_text(built)).replace("\n", " ").replace("\xa0", " ")
        for name in names:
            assert name.replace("\xa0", " ") in text, (langs, name)
        if "en" not in langs:
            assert _foreign_only(text) == []
