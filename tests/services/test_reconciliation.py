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


def test_a_period_reads_only_what_can_match_and_finds_what_matching_all_finds(ledger):
    """With a period, the orders read are those in it and those a row names; the result is
    the one matching every order of the partner gives (rows of older orders out of scope,
    a reused partner number matching its oldest order, another partner's number unknown)."""
    from acsa_desk.interchange.partner_statement import StatementRow

    ex = exercise(ledger)
    exercise(ledger, partner="USA", name="PACIFIC VANGUARD")
    early = {"ordered_on": date(2025, 1, 3), "delivered_on": date(2025, 1, 4)}
    invoiced(ledger, ex, "CAN-OLD-1", partner_number="J-OLD", **early)
    invoiced(ledger, ex, "CAN-OLD-2", partner_number="J-RE", **early)  # reused by them later
    invoiced(ledger, ex, "CAN-NEW-1", partner_number="J-RE")
    invoiced(ledger, ex, "CAN-NEW-2", partner_number="J-NEW")
    with ledger.session() as s:
        from acsa_desk.services import reference
        usa_ex = reference.find_exercise(session=s, name="PACIFIC VANGUARD").id
    invoiced(ledger, usa_ex, "CAN-USA-1", partner="USA")

    def row(n, sender, receiver, day):
        return StatementRow(n, sender, receiver, day, "received", "CAD", 100000, 0, "invoiced")

    june = date(2025, 6, 3)
    rows = (row(2, "J-OLD", "", date(2025, 1, 3)),  # an older order, by their number
            row(3, "J-X", "CAN-OLD-1", None),  # the same older order by ours: a second row
            row(4, "J-RE", "", june),  # the reused number: the oldest order bearing it
            row(5, "J-RE2", "CAN-NEW-1", june),
            row(6, "J-U", "CAN-USA-1", june))  # another partner's order: not ours with JPN
    period = {"date_from": date(2025, 6, 1)}
    with ledger.reader() as s:
        got = reconciliation.reconcile(session=s, partner="JPN", rows=rows, **period)
        every = reconciliation.load_our_orders(session=s, partner="JPN")
        read = reconciliation.load_our_orders(session=s, partner="JPN", rows=rows, **period)
    assert got == reconciliation.match(every, rows, partner="JPN", **period)
    assert len(read) == len(every) == 4
    states = {(i.order_number, i.partner_order_number): i.state for i in got.items}
    assert states == {("CAN-NEW-1", "J-RE2"): "differs", ("CAN-NEW-2", "J-NEW"): "missing_theirs",
                      (None, "J-U"): "missing_ours"}
    assert got.out_of_scope_rows == 3  # rows 2, 3 and 4 concern CAN-OLD-1 and CAN-OLD-2
