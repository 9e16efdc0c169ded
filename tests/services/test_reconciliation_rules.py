"""Every matching rule and state of reconciliation, on plain values (no database needed)."""

from datetime import date

import pytest

from acsa_desk.interchange.partner_statement import StatementRow
from acsa_desk.services.reconciliation import OurOrder, State, match, totals_of


def ours(number="CAN-1", partner_number="J-1", *, direction="provided", currency="CAD",
         billable=9520000, settled=5000000, status="invoiced", ordered_on=date(2025, 6, 3),
         oid=1):
    return OurOrder(oid, number, partner_number, ordered_on, direction, currency, billable,
                    settled, status)


def theirs(sender="J-1", receiver="CAN-1", *, direction="received", currency="CAD",
           billable=9520000, settled=5000000, status="invoiced", ordered_on=date(2025, 6, 3),
           row=2):
    return StatementRow(row, sender, receiver, ordered_on, direction, currency, billable,
                        settled, status)


def one(our_orders, rows, **scope):
    result = match(our_orders, rows, partner="JPN", **scope)
    return result.items


def test_agreed_by_our_number_with_opposite_directions():
    (item,) = one([ours()], [theirs()])
    assert (item.state, item.differences) == (State.AGREED, ())
    assert item.as_json()["ours"]["direction"] == "provided"
    assert item.as_json()["theirs"]["direction"] == "received"


def test_the_other_point_of_view_we_received_they_provided():
    (item,) = one([ours(direction="received")], [theirs(direction="provided")])
    assert item.state == State.AGREED
    (item,) = one([ours(direction="received")], [theirs(direction="received")])
    assert (item.state, item.differences) == (State.DIFFERS, ("direction",))


def test_matched_by_the_partner_number_we_recorded():
    (item,) = one([ours()], [theirs(receiver="")])
    assert item.state == State.AGREED and item.order_number == "CAN-1"
    (item,) = one([ours()], [theirs(receiver="CAN-UNKNOWN")])
    assert item.state == State.AGREED


def test_our_number_wins_when_the_two_point_at_different_orders():
    a, b = ours("CAN-1", "J-9", oid=1), ours("CAN-2", "J-1", oid=2)
    items = {i.order_number: i for i in one([a, b], [theirs(sender="J-1", receiver="CAN-1")])}
    assert items["CAN-1"].state == State.DIFFERS
    assert items["CAN-1"].differences == ("partner_order_number",)
    assert items["CAN-2"].state == State.MISSING_THEIRS


def test_a_partner_number_we_never_recorded_is_a_difference():
    (item,) = one([ours(partner_number="")], [theirs()])
    assert item.differences == ("partner_order_number",)
    assert item.partner_order_number == "J-1"
    assert item.as_json()["ours"]["partner_order_number"] == ""


@pytest.mark.parametrize("change, field", [
    ({"currency": "USD"}, "currency"),
    ({"billable": 9520001}, "billable"),
    ({"billable": 9519999}, "billable"),
    ({"settled": 5000001}, "settled"),
    ({"status": "settled"}, "status"),
])
def test_each_field_that_differs_by_the_smallest_amount(change, field):
    (item,) = one([ours()], [theirs(**change)])
    assert (item.state, item.differences) == (State.DIFFERS, (field,))


def test_amounts_compare_by_value_and_status_words_by_case():
    (item,) = one([ours(status="invoiced")], [theirs(status="Invoiced")])
    assert item.state == State.AGREED
    (item,) = one([ours(status="invoiced")], [theirs(status="")])  # no status: not compared
    assert item.state == State.AGREED
    # JPY 1500 and CAD 15.00 are different values (and currencies)
    (item,) = one([ours(currency="JPY", billable=1500, settled=0)],
                  [theirs(currency="CAD", billable=1500, settled=0)])
    assert item.differences == ("currency", "billable")


def test_all_differences_at_once_in_contract_order():
    (item,) = one([ours()], [theirs(direction="provided", currency="USD", billable=1, settled=0,
                                    status="closed", sender="J-1", receiver="CAN-1")])
    assert item.differences == ("direction", "currency", "billable", "settled", "status")


def test_unmatched_on_both_sides():
    items = one([ours("CAN-1", ""), ours("CAN-2", "", oid=2)],
                [theirs(sender="J-7", receiver="", row=2), theirs(sender="J-1", receiver="CAN-1",
                                                                 row=3)])
    states = sorted((i.state, i.order_number, i.partner_order_number) for i in items)
    assert states == [("differs", "CAN-1", "J-1"), ("missing_ours", None, "J-7"),
                      ("missing_theirs", "CAN-2", None)]
    missing = next(i for i in items if i.state == State.MISSING_OURS).as_json()
    assert missing["order_number"] is None and missing["ours"] is None
    assert missing["theirs"]["row"] == 2


def test_amounts_are_decimal_strings_in_minor_units():
    (item,) = one([ours(currency="JPY", billable=1500, settled=0)],
                  [theirs(currency="JPY", billable=1500, settled=0)])
    out = item.as_json()
    assert (out["ours"]["billable"], out["theirs"]["settled"]) == ("1500", "0")
    (item,) = one([ours(billable=1250, settled=5)], [theirs(billable=1250, settled=5)])
    assert (item.as_json()["ours"]["billable"], item.as_json()["ours"]["settled"]) == ("12.50",
                                                                                      "0.05")


def test_scope_by_order_date():
    early, late = ours("CAN-1", "J-1", ordered_on=date(2025, 1, 5)), ours(
        "CAN-2", "J-2", ordered_on=date(2025, 6, 5), oid=2)
    rows = [theirs("J-1", "CAN-1"), theirs("J-2", "CAN-2", row=3),
            theirs("J-3", "", ordered_on=date(2024, 12, 1), row=4),
            theirs("J-4", "", ordered_on=None, row=5)]
    result = match([early, late], rows, partner="JPN", date_from=date(2025, 6, 1),
                   date_to=date(2025, 6, 30))
    assert sorted((i.state, i.order_number or i.partner_order_number) for i in result.items) == [
        ("agreed", "CAN-2"), ("missing_ours", "J-4")]
    assert result.out_of_scope_rows == 2 and result.counts["agreed"] == 1


def test_a_second_order_with_the_same_partner_number_is_matched_once():
    a, b = ours("CAN-1", "J-1", oid=1), ours("CAN-2", "J-1", oid=2)
    items = one([a, b], [theirs("J-1", "", row=2)])
    assert sorted(i.state for i in items) == ["agreed", "missing_theirs"]


def test_totals_per_currency():
    items = one([ours("CAN-1", "J-1"), ours("CAN-2", "J-2", oid=2, billable=100, settled=0),
                 ours("CAN-3", "", oid=3, billable=7, settled=0, currency="JPY")],
                [theirs("J-1", "CAN-1"), theirs("J-2", "CAN-2", billable=150, settled=0, row=3),
                 theirs("J-5", "", billable=40, settled=0, row=4)])
    totals = {t.currency: t for t in totals_of(items)}
    cad, jpy = totals["CAD"], totals["JPY"]
    assert (cad.agreed_count, cad.agreed_minor) == (1, 9520000)
    assert (cad.differs_count, cad.differs_ours_minor, cad.differs_theirs_minor) == (1, 100, 150)
    assert (cad.missing_ours_count, cad.missing_ours_minor) == (1, 40)
    assert (jpy.missing_theirs_count, jpy.missing_theirs_minor) == (1, 7)
