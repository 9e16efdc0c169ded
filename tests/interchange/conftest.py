"""Every interchange test runs on SQLite and on a real PostgreSQL server."""

import csv
import io

import pytest
from sqlalchemy import select

from acsa_desk.db.models import SQLModel
from tests.conftest import BACKENDS, open_backend


@pytest.fixture(params=BACKENDS)
def ledger(request, tmp_path):
    yield from open_backend(request, tmp_path)


ORDER_HEADER = [
    "order_number", "exercise", "partner", "direction", "ordered_on", "delivered_on",
    "requesting_unit", "supplying_unit", "settlement_method", "currency", "category",
    "description", "nsn", "unit_of_issue", "quantity", "unit_price", "delivered_quantity",
]
# with the optional order-level stage columns (interchange.md)
FULL_HEADER = [*ORDER_HEADER, "received_on", "invoiced_on"]


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


def invoiced_row(**changes):
    """An order row that came in invoiced (received and invoiced on its delivery date), so
    that settlements can follow it."""
    return order_row(**{"received_on": changes.get("delivered_on", "2025-06-04"),
                        "invoiced_on": changes.get("delivered_on", "2025-06-04"), **changes})


def csv_text(rows, header=None, *, bom=False):
    header = header or FULL_HEADER
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
    """Every row of every table, to check a refused import changed nothing."""
    with ledger.engine.connect() as c:
        return {
            name: c.execute(select(table).order_by(*table.primary_key.columns)).all()
            for name, table in sorted(SQLModel.metadata.tables.items())
        }
