"""`import-orders FILE.xlsx|FILE.ods [--sheet NAME] [--mapping NAME]` (issue #14 point 3)."""

from __future__ import annotations

import json

from acsa_desk.interchange.mappings import guess_mapping, save_mapping
from tests.cli.helpers import cli, one_line_error
from tests.interchange.conftest import ORDER_HEADER
from tests.interchange.test_spreadsheet_import import typed_row
from tests.interchange.workbooks import write_ods, write_xlsx


def balances(db):
    return json.loads(cli("--db", db, "balances", "--json").stdout)


def test_import_orders_from_xlsx_and_ods(tmp_path):
    db = tmp_path / "ledger.sqlite"
    xlsx = write_xlsx(tmp_path / "orders.xlsx", {
        "Notes": [["nothing here"]],
        "Orders": [ORDER_HEADER, typed_row(unit_price=3223.59, quantity=2, delivered_quantity=2)],
    })
    one_line_error(cli("--db", db, "import-orders", xlsx, check=False),
                   "required column is missing")  # the first sheet is the notes
    out = cli("--db", db, "import-orders", xlsx, "--sheet", "Orders")
    assert "imported 1 order (1 line)" in out.stdout
    assert balances(db) == [{"partner": "JPN", "currency": "CAD", "receivable": "6447.18",
                             "payable": "0.00", "net": "6447.18"}]
    ods = write_ods(tmp_path / "more.ods", {"Sheet1": [ORDER_HEADER, typed_row(order_number="B-1")]})
    assert "imported 1 order (" in cli("--db", db, "import-orders", ods).stdout
    one_line_error(cli("--db", db, "import-orders", ods, "--sheet", "Nope", check=False),
                   "no sheet named 'Nope'")


def test_import_orders_with_a_saved_mapping(tmp_path):
    db = tmp_path / "ledger.sqlite"
    french = ["N° de commande", "Exercice", "Partenaire", "Sens", "Date de commande",
              "Date de livraison", "Unité demandeuse", "Unité fournisseuse", "Mode de règlement",
              "Devise", "Catégorie", "Désignation", "NSN", "Unité", "Quantité", "Prix unitaire",
              "Quantité livrée"]
    path = write_xlsx(tmp_path / "journal.xlsx", {"Journal": [french, typed_row()]})
    folder = tmp_path / "mappings"
    save_mapping("Journal du bataillon", guess_mapping(french), folder)
    env = {"ACSA_DESK_MAPPINGS": str(folder)}
    one_line_error(cli("--db", db, "import-orders", path, "--mapping", "Autre", check=False, env=env),
                   "no import mapping named 'Autre' (saved: Journal du bataillon)")
    out = cli("--db", db, "import-orders", path, "--mapping", "Journal du bataillon", env=env)
    assert "imported 1 order (" in out.stdout
