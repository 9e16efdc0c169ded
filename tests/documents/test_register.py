"""The exceptions register: counts and values per exception, partner and exercise, then orders."""

import csv
import io
from datetime import date

from acsa_desk.documents.register import (
    RegisterData,
    RegisterOrder,
    build_register_pdf,
    by_exception,
    by_partner,
    register_csv,
)


def _data(**changes):
    orders = (
        RegisterOrder("CAN-JPN-25-0001", "JPN", "KAEDEX 2025", "delivered", "CAD", 9_520_000,
                      9_520_000, ("missing_documents", "claim_late"),
                      "missing_documents: proof_of_delivery"),
        RegisterOrder("CAN-JPN-25-0002", "JPN", "KAEDEX 2025", "invoiced", "CAD", 119_700,
                      19_700, ("finance_not_notified", "overdue")),
        RegisterOrder("CAN-JPN-25-0003", "JPN", "NEON 2025", "invoiced", "JPY", 288_000, 288_000,
                      ("overdue",)),
        RegisterOrder("=CMD", "AUS", "NEON 2025", "settled", "AUD", 1_000, 0, ("not_closed",)),
    )
    values = dict(banner="UNCLASSIFIED", home_nation="Canada", as_of=date(2026, 6, 1),
                  generated_on=date(2026, 6, 1), orders=orders)
    values.update(changes)
    return RegisterData(**values)


def test_tallies_count_orders_and_add_values_per_currency():
    data = _data()
    overdue = [(t.currency, t.orders, t.billable_minor, t.outstanding_minor)
               for t in by_exception(data) if t.key == "overdue"]
    assert overdue == [("CAD", 1, 119_700, 19_700), ("JPY", 1, 288_000, 288_000)]
    assert [t.key for t in by_exception(data)] == [  # in the order of the codes
        "missing_documents", "claim_late", "finance_not_notified", "overdue", "overdue",
        "not_closed"]
    jpn_cad = [t for t in by_partner(data) if (t.key, t.currency) == ("JPN", "CAD")]
    assert [(t.orders, t.billable_minor, t.outstanding_minor) for t in jpn_cad] == [
        (2, 9_639_700, 9_539_700)]


def test_register_pdf_and_csv(pdf):
    data = _data()
    text = "\n".join(pdf.pages_text(build_register_pdf(data, ("en", "ja"))))
    assert "Exceptions register (audit readiness)" in text
    assert "Past the settlement deadline / 決済期限超過 1 CAD 1,197.00 197.00" in text
    assert "By partner" in text and "By exercise or activity" in text
    assert "CAN-JPN-25-0001" in text and "proof_of_delivery" in text
    rows = list(csv.DictReader(io.StringIO(register_csv(data), newline="")))
    sections = [r["section"] for r in rows]
    assert sections.index("by_exception") < sections.index("by_partner") < sections.index(
        "by_exercise") < sections.index("order")
    (aus,) = [r for r in rows if r["section"] == "order" and r["partner"] == "AUS"]
    assert aus["order_number"] == "'=CMD" and aus["exceptions"] == "not_closed"
    (cad,) = [r for r in rows if (r["section"], r["key"], r["currency"]) == (
        "by_exception", "overdue", "CAD")]
    assert (cad["orders"], cad["billable"], cad["outstanding"]) == ("1", "1197.00", "197.00")


def test_an_empty_register(pdf):
    text = "\n".join(pdf.pages_text(build_register_pdf(_data(orders=()), "fr")))
    assert text.count("Aucun.") == 4
