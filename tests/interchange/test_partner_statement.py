"""The partner statement file (interchange.md "Partner statement"): read whole or refused."""

import pytest

from acsa_desk.interchange.partner_statement import (
    COLUMNS,
    OutgoingRow,
    StatementRejected,
    read_statement,
    write_statement_csv,
)
from tests.interchange.conftest import csv_text

HEADER = list(COLUMNS)


def row(**changes):
    values = {"sender_order_number": "JMSDF-25-0077", "receiver_order_number": "CAN-JPN-25-0101",
              "ordered_on": "2025-06-03", "direction": "received", "currency": "CAD",
              "billable": "95200.00", "settled": "50000", "status": "invoiced"}
    values.update(changes)
    return values


@pytest.fixture
def statement(tmp_path):
    counter = iter(range(10**6))

    def _write(rows, header=HEADER, raw=None):
        path = tmp_path / f"statement{next(counter)}.csv"
        if raw is not None:
            path.write_bytes(raw)
        else:
            path.write_text(csv_text(rows, header), encoding="utf-8", newline="")
        return path

    return _write


def refused(path, row_no, column, fragment=""):
    with pytest.raises(StatementRejected) as caught:
        read_statement(path)
    assert any(d.row == row_no and d.column == column and fragment in d.message
               for d in caught.value.defects), [str(d) for d in caught.value.defects]
    assert "the statement was not read" in str(caught.value)
    return caught.value


def test_a_good_file_is_read_in_minor_units(statement):
    path = statement([row(), row(sender_order_number="J-2", receiver_order_number="",
                                 ordered_on="", currency="JPY", billable="1500", settled="0",
                                 status="", direction="provided")])
    rows = read_statement(path).rows
    assert [(r.row, r.sender_order_number, r.receiver_order_number, r.billable_minor,
             r.settled_minor, r.ordered_on) for r in rows] == [
        (2, "JMSDF-25-0077", "CAN-JPN-25-0101", 9520000, 5000000, rows[0].ordered_on),
        (3, "J-2", "", 1500, 0, None)]
    assert rows[0].ordered_on.isoformat() == "2025-06-03"


def test_bom_any_column_order_and_only_required_columns(statement, tmp_path):
    header = ["currency", "settled", "billable", "direction", "sender_order_number"]
    text = "\ufeff" + csv_text([row()], header)
    path = tmp_path / "bom.csv"
    path.write_text(text, encoding="utf-8", newline="")
    (only,) = read_statement(path).rows
    assert (only.receiver_order_number, only.status, only.ordered_on) == ("", "", None)


@pytest.mark.parametrize("column, value, fragment", [
    ("sender_order_number", "", "required"),
    ("direction", "supplied", "provided, received"),
    ("currency", "XXY", ""),
    ("billable", "1,200.00", ""),
    ("billable", "-5", ""),
    ("billable", "12.345", "more decimals than CAD"),
    ("settled", "", "required"),
    ("ordered_on", "03/06/2025", ""),
    ("receiver_order_number", "x" * 61, "at most 60"),
])
def test_each_cell_rule_names_row_and_column(statement, column, value, fragment):
    second = {"sender_order_number": "J-3", "receiver_order_number": "C-3", column: value}
    refused(statement([row(), row(**second)]), 3, column, fragment)


def test_minor_units_by_currency(statement):
    refused(statement([row(currency="JPY", billable="1500.5", settled="0")]), 2, "billable",
            "more decimals than JPY")
    (kwd,) = read_statement(statement([row(currency="KWD", billable="0.001",
                                           settled="0.001")])).rows
    assert (kwd.billable_minor, kwd.settled_minor) == (1, 1)


def test_settled_above_billable_is_refused(statement):
    refused(statement([row(billable="10.00", settled="10.01")]), 2, "settled", "more than billable")


def test_duplicate_numbers_are_refused_naming_both_rows(statement):
    path = statement([row(), row(receiver_order_number="C-2"), row(sender_order_number="J-9")])
    error = refused(path, 3, "sender_order_number", "already on row 2")
    assert any(d.row == 4 and d.column == "receiver_order_number" and "row 2" in d.message
               for d in error.defects)


def test_missing_columns_empty_and_not_utf8(statement):
    refused(statement([row()], header=[c for c in HEADER if c != "billable"]), 1, "billable",
            "missing")
    refused(statement([], raw=b""), 1, "", "empty")
    with pytest.raises(Exception) as caught:
        read_statement(statement([], raw=b"sender_order_number\n\xff\xfe"))
    assert "UTF-8" in str(caught.value)


def test_what_we_write_we_read_back(tmp_path):
    from datetime import date

    out = tmp_path / "ours.csv"
    rows = [OutgoingRow("CAN-1", "J-1", date(2025, 6, 3), "provided", "CAD", 9520000, 1, "invoiced"),
            OutgoingRow("=CAN-2", "", date(2025, 6, 4), "received", "JPY", 1500, 1500, "closed")]
    assert write_statement_csv(out, rows) == 2
    assert out.read_bytes().startswith(b"sender_order_number,receiver_order_number,ordered_on,")
    back = read_statement(out).rows
    assert [(r.sender_order_number, r.receiver_order_number, r.direction, r.billable_minor,
             r.settled_minor, r.status) for r in back] == [
        ("CAN-1", "J-1", "provided", 9520000, 1, "invoiced"),
        ("=CAN-2", "", "received", 1500, 1500, "closed")]
