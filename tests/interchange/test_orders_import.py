"""Every rule of the orders import (shared interchange.md) has a test here."""

import csv
import io
from decimal import Decimal

import pytest

from acsa_desk.core.errors import ImportRejected
from acsa_desk.interchange.orders_import import import_orders
from acsa_desk.services import balances, orders, reference
from tests.interchange.conftest import ORDER_HEADER, order_row, snapshot


def run(ledger, path):
    with ledger.session() as s:
        return import_orders(session=s, path=path, actor="clerk")


def refused(ledger, path, row, column, fragment=""):
    before = snapshot(ledger)
    with pytest.raises(ImportRejected) as info:
        run(ledger, path)
    defects = info.value.defects
    assert any(d.row == row and d.column == column and fragment in d.message
               for d in defects), [str(d) for d in defects]
    assert f"row {row}" in str(info.value) or len(defects) > 1
    assert snapshot(ledger) == before
    return defects


def test_a_good_file_imports_with_lines_grouped_by_order(ledger, write):
    path = write([
        order_row(),
        order_row(category="water", description="Potable water", nsn="", quantity="12000",
                  unit_price="0.03", delivered_quantity="6000"),
        order_row(order_number="B-1", delivered_on="", delivered_quantity="0", nsn=""),
    ])
    result = run(ledger, path)
    assert (result.orders, result.lines, result.new_exercises) == (2, 3, ("KAEDEX 2025",))
    with ledger.reader() as s:
        a = orders.order_by_number(session=s, number="CAN-JPN-25-0101")
        b = orders.order_by_number(session=s, number="B-1")
        lines = orders.order_lines(session=s, order_id=a.id)
        assert a.status == "delivered" and b.status == "requested"
        assert a.billable_minor == 85000 * 112 + 6000 * 3
        assert b.billable_minor == 0
        assert [ln.nsn for ln in lines] == ["9140-00-273-2377", ""]


def test_bom_shuffled_columns_multiline_and_japanese(ledger, write):
    header = list(reversed(ORDER_HEADER))
    text = "給油（洋上補給）\n第2行: \"quoted\", with comma"
    path = write([order_row(description=text, requesting_unit="護衛艦 きりさめ",
                            nsn="9140002732377")], header, bom=True)
    run(ledger, path)
    with ledger.reader() as s:
        order = orders.order_by_number(session=s, number="CAN-JPN-25-0101")
        (line,) = orders.order_lines(session=s, order_id=order.id)
    assert line.description == text
    assert order.requesting_unit == "護衛艦 きりさめ"
    assert line.nsn == "9140-00-273-2377"


@pytest.mark.parametrize(("currency", "qty", "price", "expected"),
                         [("JPY", "0.5", "5", 3), ("CAD", "2.5", "0.01", 3)])
def test_half_up_once_per_line(ledger, write, currency, qty, price, expected):
    run(ledger, write([order_row(currency=currency, quantity=qty, unit_price=price,
                                 delivered_quantity=qty)]))
    with ledger.reader() as s:
        assert orders.order_by_number(session=s, number="CAN-JPN-25-0101").billable_minor == expected


def test_rows_after_a_multiline_cell_are_counted_as_records(ledger, write):
    path = write([order_row(description="line one\nline two\nline three"),
                  order_row(order_number="B-2", partner="JP")])
    refused(ledger, path, 3, "partner", "alpha-3")


def test_existing_order_number_is_an_error(ledger, write):
    run(ledger, write([order_row()]))
    refused(ledger, write([order_row(exercise="Other")]), 2, "order_number", "already exists")


def test_unknown_exercise_is_created_and_reported(ledger, write):
    result = run(ledger, write([order_row(exercise="Operation NEON 2025")]))
    assert result.new_exercises == ("Operation NEON 2025",)
    with ledger.reader() as s:
        assert reference.find_exercise(session=s, name="Operation NEON 2025") is not None


@pytest.mark.parametrize(("column", "value", "fragment"), [
    ("order_number", "", "required"),
    ("exercise", "", "required"),
    ("partner", "XXX", "alpha-3"),
    ("partner", "jpn", "alpha-3"),
    ("direction", "given", "provided, received"),
    ("ordered_on", "03/06/2025", "YYYY-MM-DD"),
    ("ordered_on", "2025-02-30", "calendar"),
    ("settlement_method", "offset", "cash, rik, eve"),
    ("currency", "YEN", "ISO 4217"),
    ("category", "weapons", "16 category"),
    ("description", "", "required"),
    ("nsn", "9140-00-273-237", "NATO Stock Number"),
    ("nsn", "91400027323770", "NATO Stock Number"),
    ("unit_of_issue", "", "required"),
    ("quantity", "0", "more than 0"),
    ("quantity", "-5", "plain decimal"),
    ("quantity", "1,000", "plain decimal"),
    ("unit_price", "-1.00", "plain decimal"),
    ("unit_price", "1.125", "more decimals than CAD"),
    ("delivered_quantity", "85001", "more than the quantity"),
    ("delivered_quantity", "-1", "plain decimal"),
    ("delivered_on", "2025-06-02", "before ordered_on"),
    ("delivered_on", "4 June 2025", "YYYY-MM-DD"),
])
def test_each_cell_rule_names_row_and_column(ledger, write, column, value, fragment):
    path = write([order_row(order_number="OK-1"), order_row(**{column: value})])
    refused(ledger, path, 3, column, fragment)


def test_jpy_unit_price_cannot_have_decimals(ledger, write):
    refused(ledger, write([order_row(currency="JPY", unit_price="0.5")]), 2, "unit_price",
            "more decimals than JPY allows (0)")


def test_zero_unit_price_is_allowed(ledger, write):
    run(ledger, write([order_row(unit_price="0")]))


def test_delivered_on_required_when_delivered(ledger, write):
    refused(ledger, write([order_row(delivered_on="")]), 2, "delivered_on", "required")


def test_delivered_quantity_defaults_to_zero(ledger, write):
    header = [c for c in ORDER_HEADER if c not in ("delivered_quantity", "delivered_on")]
    run(ledger, write([order_row()], header))
    with ledger.reader() as s:
        order = orders.order_by_number(session=s, number="CAN-JPN-25-0101")
        assert (order.status, order.billable_minor) == ("requested", 0)


def test_rik_only_for_supplies(ledger, write):
    path = write([order_row(settlement_method="rik"),
                  order_row(settlement_method="rik", category="maintenance", nsn="")])
    refused(ledger, path, 3, "category", "only for supplies")
    run(ledger, write([order_row(settlement_method="rik")]))


@pytest.mark.parametrize("column", ["exercise", "partner", "direction", "ordered_on",
                                    "settlement_method", "currency", "requesting_unit",
                                    "supplying_unit"])
def test_order_level_fields_must_agree(ledger, write, column):
    other = {"exercise": "X", "partner": "USA", "direction": "received",
             "ordered_on": "2025-06-01", "settlement_method": "eve", "currency": "USD",
             "requesting_unit": "HMCS Ottawa", "supplying_unit": "JS Ise"}[column]
    path = write([order_row(), order_row(**{column: other})])
    refused(ledger, path, 3, column, "must agree")


def test_missing_and_duplicate_columns_are_named(ledger, write):
    header = [c for c in ORDER_HEADER if c != "currency"]
    refused(ledger, write([order_row()], header), 1, "currency", "missing")
    refused(ledger, write([order_row()], [*ORDER_HEADER, "partner"]), 1, "partner", "twice")


def test_not_utf8_is_refused(ledger, write):
    path = write(None, raw="order_number,exercise\nCAN-1,Exercice d'été\n".encode("latin-1"))
    refused(ledger, path, 2, "", "not UTF-8")


def test_ragged_row_is_refused(ledger, write, tmp_path):
    path = tmp_path / "ragged.csv"
    good = ",".join(order_row().values())
    path.write_text(",".join(ORDER_HEADER) + "\n" + good + "\n" + good + ",extra\n")
    refused(ledger, path, 3, "", "18 cells but the header has 17")


def test_every_defect_is_reported_not_just_the_first(ledger, write):
    path = write([order_row(partner="XX"), order_row(order_number="B", currency="ABC")])
    defects = refused(ledger, path, 2, "partner")
    assert any(d.row == 3 and d.column == "currency" for d in defects)


def test_blank_lines_are_skipped_and_empty_file_refused(ledger, write, tmp_path):
    path = tmp_path / "blank.csv"
    path.write_text(",".join(ORDER_HEADER) + "\n\n" + ",".join(order_row().values()) + "\n\n")
    assert run(ledger, path).orders == 1
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    refused(ledger, empty, 1, "", "")


def test_the_shared_sample_breaks_the_unit_price_rule(ledger):
    """interchange.md's own sample prices water at JPY 0.5/L, which JPY (0 decimals) refuses."""
    from tests.conftest import SAMPLES

    refused(ledger, SAMPLES / "orders-sample.csv", 4, "unit_price", "JPY allows (0)")


def test_worked_example_figures(ledger, tmp_path):
    """The worked example of interchange.md with the water line priced by the kilolitre."""
    from acsa_desk.interchange.settlements_import import import_settlements
    from tests.conftest import SAMPLES

    text = (SAMPLES / "orders-sample.csv").read_text(encoding="utf-8")
    fixed = text.replace("Potable water alongside,,L,120000,0.5,120000",
                         "Potable water alongside,,KL,120,500,120")
    assert fixed != text
    # the sample's orders carry no stage; its settlements need them invoiced (the rule of
    # the window), so each delivered order comes in received and invoiced on delivery
    rows = list(csv.DictReader(io.StringIO(fixed, newline="")))
    for row in rows:
        row["received_on"] = row["invoiced_on"] = row["delivered_on"]
    path = tmp_path / "orders.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    run(ledger, path)
    with ledger.session() as s:
        import_settlements(session=s, path=SAMPLES / "settlements-sample.csv", actor="clerk")
    with ledger.reader() as s:
        rows = {(r.partner, r.currency): (r.receivable_minor, r.payable_minor)
                for r in balances.balances(session=s)}
        not_delivered = orders.order_by_number(session=s, number="CAN-JPN-25-0103")
    assert rows[("JPN", "CAD")] == (4639700, 0)
    assert rows[("JPN", "JPY")] == (0, 0)
    assert not_delivered.billable_minor == 0


def test_large_decimal_quantities_are_exact(ledger, write):
    run(ledger, write([order_row(quantity="1234567.891", delivered_quantity="1234567.891",
                                 unit_price="0.07")]))
    with ledger.reader() as s:
        order = orders.order_by_number(session=s, number="CAN-JPN-25-0101")
        (line,) = orders.order_lines(session=s, order_id=order.id)
    assert Decimal(line.delivered_quantity) == Decimal("1234567.891")
    assert order.billable_minor == 8641975  # 8641975.237 -> 8641975 cents
