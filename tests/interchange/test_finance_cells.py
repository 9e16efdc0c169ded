"""The finance export's row maker on hand-made query rows (no database): the merge of the
orders and their lines, the spreading of the settled amount, the stage dates, the cells."""

from datetime import date

from acsa_desk.interchange.finance_rows import COLUMNS, finance_cells


def order(oid, number, settled, currency="CAD", status="settled", ordered_on="2025-06-03"):
    return (oid, number, 3, "JPN", "provided", currency, settled, ordered_on, "cash",
            "=unit", "supplier", status)


def line(oid, line_no, billable, delivered="1", first_on="2025-06-04", description="fuel"):
    return (oid, "fuel", description, "1", delivered, billable, billable, first_on, line_no,
            "", "EA")


def cells(orders, lines, received=None, invoiced=None):
    return [dict(zip(COLUMNS, row, strict=True))
            for row in finance_cells(orders, lines, received or {}, invoiced or {},
                                     {3: "KAEDEX 25"})]


def test_the_settled_amount_is_spread_in_line_order_to_the_minor_unit():
    rows = cells([order(1, "A-1", 1499)],
                 [line(1, 1, 1000), line(1, 2, 500), line(1, 3, 0), line(1, 4, -20)])
    assert [(r["line_amount"], r["settled_amount"], r["outstanding_amount"]) for r in rows] == [
        ("10.00", "10.00", "0.00"), ("5.00", "4.99", "0.01"), ("0.00", "0.00", "0.00"),
        ("-0.20", "0.00", "-0.20")]


def test_exactly_settled_and_zero_decimal_currencies():
    rows = cells([order(1, "A-1", 1500, currency="JPY")], [line(1, 1, 1000), line(1, 2, 500)])
    assert [(r["settled_amount"], r["outstanding_amount"]) for r in rows] == [
        ("1000", "0"), ("500", "0")]


def test_orders_without_lines_are_skipped_and_each_line_gets_its_own_order():
    rows = cells([order(5, "A-1", 0), order(9, "A-2", 0), order(7, "A-3", 300)],
                 [line(7, 1, 300)])
    assert [(r["order_number"], r["settled_amount"]) for r in rows] == [("A-3", "3.00")]


def test_stage_dates_only_at_their_stage_and_delivery_only_when_delivered():
    rows = cells([order(1, "A-1", 0, status="delivered"), order(2, "A-2", 0, status="invoiced")],
                 [line(1, 1, 100, delivered="0"), line(2, 1, 100, delivered="0.50")],
                 received={1: "2025-06-05", 2: date(2025, 6, 6)},
                 invoiced={1: "2025-06-07", 2: date(2025, 6, 8)})
    assert [(r["delivered_on"], r["received_on"], r["invoiced_on"]) for r in rows] == [
        ("", "", ""), ("2025-06-04", "2025-06-06", "2025-06-08")]


def test_text_cells_that_start_like_a_formula_open_as_text():
    rows = cells([order(1, "+A-1", 0)], [line(1, 1, 100, description="-2 cans")])
    assert rows[0]["order_number"] == "'+A-1" and rows[0]["description"] == "'-2 cans"
    assert rows[0]["requesting_unit"] == "'=unit" and rows[0]["line_no"] == "1"
    assert rows[0]["exercise"] == "KAEDEX 25"
