"""Reconciliation between two real ledgers (ours and the partner's), on SQLite and PostgreSQL."""

from datetime import date

import pytest

from acsa_desk.core.errors import NotFound
from acsa_desk.db.engine import open_ledger
from acsa_desk.interchange.partner_statement import read_statement, write_statement_csv
from acsa_desk.services import reconciliation
from tests.services.reconcile_helpers import exercise, invoiced


@pytest.fixture
def partner_ledger(tmp_path):
    """Japan's own ACSA Desk ledger (SQLite), where Canada is the partner."""
    opened = open_ledger(tmp_path / "japan.sqlite")
    yield opened
    opened.close()


def test_two_offices_exchange_statements_both_ways(ledger, partner_ledger, tmp_path):
    ours_ex = exercise(ledger)
    theirs_ex = exercise(partner_ledger, partner="CAN")
    # we provided fuel (CAD 1000.00, 400.00 paid); they record it as received
    invoiced(ledger, ours_ex, "CAN-1", partner_number="J-1", settled=40000)
    invoiced(partner_ledger, theirs_ex, "J-1", partner="CAN", direction="received",
             partner_number="CAN-1", settled=40000)
    # they provided water to us; we recorded a price one cent lower
    invoiced(ledger, ours_ex, "CAN-2", direction="received", partner_number="J-2",
             price_minor=9999)
    invoiced(partner_ledger, theirs_ex, "J-2", partner="CAN", direction="provided",
             partner_number="CAN-2")
    # only in our ledger / only in theirs
    invoiced(ledger, ours_ex, "CAN-3")
    invoiced(partner_ledger, theirs_ex, "J-4", partner="CAN", direction="provided")

    def statement_of(opened, partner, name):
        path = tmp_path / name
        with opened.reader() as s:
            write_statement_csv(path, reconciliation.our_statement(session=s, partner=partner))
        return read_statement(path).rows

    japan_says = statement_of(partner_ledger, "CAN", "from-japan.csv")
    with ledger.reader() as s:
        result = reconciliation.reconcile(session=s, partner="JPN", rows=japan_says)
    got = {(i.order_number or i.partner_order_number): (i.state, i.differences)
           for i in result.items}
    assert got == {"CAN-1": ("agreed", ()), "CAN-2": ("differs", ("billable",)),
                   "CAN-3": ("missing_theirs", ()), "J-4": ("missing_ours", ())}
    differing = next(i for i in result.items if i.order_number == "CAN-2").as_json()
    assert (differing["ours"]["billable"], differing["theirs"]["billable"]) == ("999.90",
                                                                                "1000.00")
    # and Japan reconciling our statement sees the mirror image
    canada_says = statement_of(ledger, "JPN", "from-canada.csv")
    with partner_ledger.reader() as s:
        mirror = reconciliation.reconcile(session=s, partner="CAN", rows=canada_says)
    got = {(i.order_number or i.partner_order_number): (i.state, i.differences)
           for i in mirror.items}
    assert got == {"J-1": ("agreed", ()), "J-2": ("differs", ("billable",)),
                   "J-4": ("missing_theirs", ()), "CAN-3": ("missing_ours", ())}


def test_our_statement_scope_and_unknown_partner(ledger):
    ex = exercise(ledger)
    invoiced(ledger, ex, "CAN-1", ordered_on=date(2025, 1, 3), delivered_on=date(2025, 1, 4))
    invoiced(ledger, ex, "CAN-2")
    with ledger.reader() as s:
        rows = reconciliation.our_statement(session=s, partner="JPN",
                                            date_from=date(2025, 6, 1))
        assert [r.order_number for r in rows] == ["CAN-2"]
        with pytest.raises(NotFound, match="no partner USA"):
            reconciliation.reconcile(session=s, partner="USA", rows=())
