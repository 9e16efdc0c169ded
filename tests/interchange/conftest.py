import csv
import io
import sqlite3

import pytest

ORDER_HEADER = [
    "order_number", "exercise", "partner", "direction", "ordered_on", "delivered_on",
    "requesting_unit", "supplying_unit", "settlement_method", "currency", "category",
    "description", "nsn", "unit_of_issue", "quantity", "unit_price", "delivered_quantity",
]


def order_row(**changes):
    row = {
        "order_number": "CAN-JPN-25-0101", "exercise": "KAEDEX 2025", "partner": "JPN",
        "direction": "provided", "ordered_on": "2025-06-03", "delivered_on": "2025-06-04",
        "requesting_unit": "JS Kirisame", "supplying_unit": "MV Asterix",
        "settlement_method": "cash", "currency": "CAD", "category": "fuel",
        "description": "Marine diesel F-76", "nsn": "9140-00-273-2377", "unit_of_issue": "L",
        "quantity": "85000", "unit_price": "1.12", "delivered_quantity": "85000",
    }
    row.update(changes)
    return row


def csv_text(rows, header=None, *, bom=False):
    header = header or ORDER_HEADER
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([row.get(name, "") for name in header])
    return ("\ufeff" if bom else "") + buffer.getvalue()


@pytest.fixture
def write(tmp_path):
    counter = iter(range(10**6))

    def _write(rows, header=None, *, bom=False, raw=None):
        path = tmp_path / f"file{next(counter)}.csv"
        if raw is not None:
            path.write_bytes(raw)
        else:
            path.write_text(csv_text(rows, header, bom=bom), encoding="utf-8", newline="")
        return path

    return _write


def snapshot(ledger):
    """Everything in the database, to check a refused import changed nothing."""
    con = sqlite3.connect(ledger.path)
    try:
        return list(con.iterdump())
    finally:
        con.close()
