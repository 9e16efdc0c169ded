"""Orders from .xlsx and .ods (issue #14 point 3): the CSV's rules on typed cells, the sheet,
and mappings. Real workbooks written by the test; both backends."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest

from acsa_desk.core.errors import ImportRejected, LedgerError
from acsa_desk.interchange.mappings import guess_mapping, load_mapping, save_mapping
from acsa_desk.interchange.orders_import import import_orders
from acsa_desk.interchange.spreadsheet import cell_text
from acsa_desk.services import orders
from tests.interchange.conftest import ORDER_HEADER, snapshot
from tests.interchange.workbooks import write_ods, write_xlsx

WRITERS = {"xlsx": write_xlsx, "ods": write_ods}


def typed_row(**changes: object) -> list[object]:
    """One order line as a unit's spreadsheet holds it: numbers, dates and text cells."""
    row: dict[str, object] = {
        "order_number": "CAN-JPN-25-0101", "exercise": "KAEDEX 2025", "partner": "JPN",
        "direction": "provided", "ordered_on": date(2025, 6, 3), "delivered_on": date(2025, 6, 4),
        "requesting_unit": "JS Kirisame", "supplying_unit": "MV Asterix",
        "settlement_method": "cash", "currency": "CAD", "category": "fuel",
        "description": "Marine diesel F-76", "nsn": "9140-00-273-2377", "unit_of_issue": "L",
        "quantity": 85000, "unit_price": 1.12, "delivered_quantity": 85000.0,
    }
    row.update(changes)
    return [row[name] for name in ORDER_HEADER]


def book(tmp_path: Path, kind: str, rows: list[list[object]], *, name: str = "orders",
         header: list[str] | None = None, extra: dict[str, list[list[object]]] | None = None) -> Path:
    sheets = {"Orders": [list(header or ORDER_HEADER), *rows], **(extra or {})}
    return WRITERS[kind](tmp_path / f"{name}.{kind}", sheets)  # type: ignore[arg-type]


def run(ledger, path: Path, **kwargs: object):  # type: ignore[no-untyped-def]
    with ledger.session() as s:
        return import_orders(session=s, path=path, actor="clerk", **kwargs)  # type: ignore[arg-type]


def refused(ledger, path: Path, row: int, column: str, fragment: str = "", **kwargs: object):  # type: ignore[no-untyped-def]
    before = snapshot(ledger)
    with pytest.raises(ImportRejected) as info:
        run(ledger, path, **kwargs)
    assert any(d.row == row and d.column == column and fragment in d.message
               for d in info.value.defects), [str(d) for d in info.value.defects]
    assert snapshot(ledger) == before
    return info.value.defects


@pytest.mark.parametrize("kind", ["xlsx", "ods"])
def test_a_workbook_imports_with_the_csv_rules(ledger, tmp_path, kind):
    path = book(tmp_path, kind, [
        typed_row(),
        typed_row(category="water", description="Potable water", nsn=None, quantity=12000,
                  unit_price=0.03, delivered_quantity=6000),
        typed_row(order_number="0012", delivered_on=None, delivered_quantity=0, nsn=None,
                  unit_price=3223.59, quantity=2.5),
    ])
    result = run(ledger, path)
    assert (result.orders, result.lines) == (2, 3)
    with ledger.reader() as s:
        first = orders.order_by_number(session=s, number="CAN-JPN-25-0101")
        assert first.ordered_on == date(2025, 6, 3)  # a date cell is a date
        assert first.billable_minor == 85000 * 112 + 6000 * 3
        text_number = orders.order_by_number(session=s, number="0012")  # text read as written
        line = orders.order_lines(session=s, order_id=text_number.id)[0]
        assert (line.quantity, line.unit_price_minor) == ("2.5", 322359)


def test_excel_s_seventeen_digit_floats_are_read_as_typed(ledger, tmp_path):
    path = book(tmp_path, "xlsx", [typed_row(unit_price=3223.59, quantity=0.1, delivered_quantity=0,
                                             delivered_on=None)])
    # Excel writes what was typed as 3223.59 in seventeen digits: do the same to the file
    patched = tmp_path / "excel.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(patched, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename.startswith("xl/worksheets/"):
                text = data.decode("utf-8")
                assert "<v>3223.59</v>" in text
                text = text.replace("<v>3223.59</v>", "<v>3223.5900000000001</v>")
                text = text.replace("<v>0.1</v>", "<v>0.10000000000000001</v>")
                data = text.encode("utf-8")
            target.writestr(item, data)
    run(ledger, patched)
    with ledger.reader() as s:
        order = orders.order_by_number(session=s, number="CAN-JPN-25-0101")
        line = orders.order_lines(session=s, order_id=order.id)[0]
    assert (line.quantity, line.unit_price_minor) == ("0.1", 322359)


def test_cell_text_rules():
    assert cell_text(3223.5900000000001) == "3223.59"
    assert cell_text(12.0) == "12" and cell_text(85000) == "85000"
    assert cell_text(1e-7) == "0.0000001"
    assert cell_text(date(2025, 6, 3)) == "2025-06-03"
    assert cell_text("0012") == "0012" and cell_text(None) == ""


@pytest.mark.parametrize("kind", ["xlsx", "ods"])
def test_defects_name_the_row_and_column_and_nothing_is_imported(ledger, tmp_path, kind):
    path = book(tmp_path, kind, [
        typed_row(),
        typed_row(order_number="B-2", partner="XXX"),
        typed_row(order_number="B-3", quantity="1,5"),  # a text cell, as written: not a number
        typed_row(order_number="B-4", ordered_on="03/06/2025"),
    ])
    defects = refused(ledger, path, 3, "partner")
    assert {(d.row, d.column) for d in defects} >= {(3, "partner"), (4, "quantity"),
                                                   (5, "ordered_on")}


@pytest.mark.parametrize("kind", ["xlsx", "ods"])
def test_the_first_sheet_or_the_one_named(ledger, tmp_path, kind):
    path = book(tmp_path, kind, [typed_row(partner="XXX")],
                extra={"Clean": [ORDER_HEADER, typed_row(order_number="C-1")]})
    refused(ledger, path, 2, "partner")  # the first sheet
    refused(ledger, path, 1, "", "no sheet named 'Missing' (its sheets: Orders, Clean)",
            sheet="Missing")
    assert run(ledger, path, sheet="Clean").orders == 1


def test_mappings_rename_a_unit_s_own_columns(ledger, tmp_path):
    french = ["N° de commande", "Exercice", "Partenaire", "Sens", "Date de commande",
              "Date de livraison", "Unité demandeuse", "Unité fournisseuse", "Mode de règlement",
              "Devise", "Catégorie", "Désignation", "NSN", "Unité", "Quantité", "Prix unitaire",
              "Quantité livrée"]
    guessed = guess_mapping(french)
    assert [guessed.get(name) for name in french] == ORDER_HEADER
    japanese = guess_mapping(["注文番号", "演習", "相手国", "注文日", "通貨", "数量", "単価", "品名"])
    assert set(japanese.values()) == {"order_number", "exercise", "partner", "ordered_on",
                                      "currency", "quantity", "unit_price", "description"}
    path = book(tmp_path, "ods", [typed_row()], header=french)
    refused(ledger, path, 1, "order_number", "missing")
    folder = tmp_path / "mappings"
    save_mapping("Bn fuel log", guessed, folder)
    assert run(ledger, path, mapping=load_mapping("Bn fuel log", folder)).orders == 1
    with pytest.raises(LedgerError, match="no import mapping named 'other'"):
        load_mapping("other", folder)
    with pytest.raises(LedgerError, match="not a column"):
        save_mapping("bad", {"x": "colour"}, folder)
