"""reconcile, statement --csv, offset propose and demo --partner-statement, as a user runs them."""

import hashlib
import json
import sqlite3
from datetime import date

import pytest

from acsa_desk.db.engine import open_ledger
from tests.cli.helpers import cli, one_line_error
from tests.services.reconcile_helpers import exercise, invoiced

HEADER = ("sender_order_number,receiver_order_number,ordered_on,direction,currency,billable,"
          "settled,status\r\n")


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "ledger.sqlite"
    ledger = open_ledger(path)
    ex = exercise(ledger)
    invoiced(ledger, ex, "CAN-1", partner_number="J-1", settled=40000)  # CAD 1000.00
    invoiced(ledger, ex, "CAN-2", direction="received", partner_number="J-2", price_minor=250)
    invoiced(ledger, ex, "CAN-3", direction="received", price_minor=3000, currency="JPY")
    ledger.close()
    return path


def write(tmp_path, text, name="japan.csv"):
    path = tmp_path / name
    path.write_text(HEADER + text, encoding="utf-8", newline="")
    return path


def test_reconcile_json_exits_0_with_differences(db, tmp_path):
    statement = write(tmp_path, "J-1,CAN-1,2025-06-03,received,CAD,1000.00,400.00,invoiced\r\n"
                                "J-2,,2025-06-03,provided,CAD,25.01,0,invoiced\r\n"
                                "J-9,,,provided,JPY,1500,0,\r\n")
    proc = cli("--db", db, "reconcile", "--partner", "JPN", "--statement", statement, "--json")
    items = {i["order_number"] or i["partner_order_number"]: i for i in json.loads(proc.stdout)}
    assert set(items) == {"CAN-1", "CAN-2", "CAN-3", "J-9"}
    assert {k: v["state"] for k, v in items.items()} == {
        "CAN-1": "agreed", "CAN-2": "differs", "CAN-3": "missing_theirs", "J-9": "missing_ours"}
    assert items["CAN-2"]["differences"] == ["billable"]
    assert (items["CAN-2"]["ours"]["billable"], items["CAN-2"]["theirs"]["billable"]) == (
        "25.00", "25.01")
    assert items["J-9"]["order_number"] is None and items["J-9"]["ours"] is None
    assert items["CAN-3"]["theirs"] is None and items["CAN-3"]["ours"]["billable"] == "30000"
    assert set(items["CAN-1"]) == {"order_number", "partner_order_number", "state",
                                   "differences", "ours", "theirs"}
    table = cli("--db", db, "reconcile", "--partner", "JPN", "--statement", statement)
    assert table.stdout.splitlines()[0].startswith("state")
    assert "missing_ours" in table.stdout and "billable" in table.stdout


def test_a_bad_statement_is_refused_in_one_line(db, tmp_path):
    statement = write(tmp_path, "J-1,CAN-1,2025-06-03,received,CAD,1000.00,400.00,\r\n"
                                "J-1,CAN-2,2025-06-03,received,CAD,1.00,0,\r\n")
    proc = cli("--db", db, "reconcile", "--partner", "JPN", "--statement", statement,
               "--json", check=False)
    one_line_error(proc, "row 3, column sender_order_number: 'J-1' is already on row 2")
    assert proc.returncode == 1 and proc.stdout == ""
    proc = cli("--db", db, "reconcile", "--partner", "JPN", "--statement", tmp_path / "none.csv",
               check=False)
    assert proc.returncode == 2 and "no such file" in proc.stderr


def test_statement_csv_is_the_same_format(db, tmp_path):
    out = tmp_path / "ours.csv"
    cli("--db", db, "statement", "--partner", "JPN", "--csv", "--out", out)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == HEADER.strip()
    assert "CAN-1,J-1,2025-06-03,provided,CAD,1000.00,400.00,invoiced" in lines
    proc = cli("--db", db, "statement", "--partner", "JPN", "--csv", "--out",
               tmp_path / "x.pdf", check=False)
    one_line_error(proc, "--out must end in .csv")


def test_offset_propose(db):
    out = json.loads(cli("--db", db, "offset", "propose", "--partner", "JPN", "--currency",
                         "CAD", "--json").stdout)
    # we are owed 600.00 on CAN-1, we owe 25.00 on CAN-2: offset 25.00
    assert (out["receivable"], out["payable"], out["amount"]) == ("600.00", "25.00", "25.00")
    assert [(o["order_number"], o["amount"]) for o in out["receivable_orders"]] == [
        ("CAN-1", "25.00")]
    assert [(o["order_number"], o["amount"]) for o in out["payable_orders"]] == [
        ("CAN-2", "25.00")]
    text = cli("--db", db, "offset", "propose", "--partner", "JPN", "--currency", "cad").stdout
    assert "offset of 25.00 CAD with JPN" in text


def test_demo_partner_statement_reconciles(tmp_path):
    db = tmp_path / "demo.sqlite"
    cli("--db", db, "demo", "--orders", "300", "--seed", "5")
    statement = tmp_path / "japan.csv"
    cli("--db", db, "demo", "--partner-statement", statement, "--seed", "5")
    items = json.loads(cli("--db", db, "reconcile", "--partner", "JPN", "--statement",
                           statement, "--json").stdout)
    states = {i["state"] for i in items}
    assert states == {"agreed", "differs", "missing_theirs", "missing_ours"}
    assert sum(i["state"] == "agreed" for i in items) > len(items) * 0.7


def test_reconcile_out_pdf_and_offset_record(db, tmp_path):
    statement = write(tmp_path, "J-1,CAN-1,2025-06-03,received,CAD,1000.00,400.00,invoiced\r\n")
    out = tmp_path / "recon.pdf"
    cli("--db", db, "reconcile", "--partner", "JPN", "--statement", statement, "--json",
        "--out", out, "--lang", "en,ja")
    assert out.read_bytes().startswith(b"%PDF")
    agreement = tmp_path / "offset.pdf"
    cli("--db", db, "offset", "propose", "--partner", "JPN", "--currency", "CAD", "--out",
        agreement, "--lang", "en,fr")
    sole = {"ACSA_DESK_USER": "officer"}  # the ledger's only user (writing acts as them)
    proc = cli("--db", db, "offset", "record", "--partner", "JPN", "--currency", "CAD",
               "--amount", "20.00", "--reference", "OFF-1", "--signed-on", "2025-07-01",
               "--agreement", agreement, check=False, env=sole)
    one_line_error(proc, "now comes to 25.00, not 20.00")
    proc = cli("--db", db, "offset", "record", "--partner", "JPN", "--currency", "CAD",
               "--amount", "25.001", "--reference", "OFF-1", "--signed-on", "2025-07-01",
               check=False, env=sole)
    one_line_error(proc, "more decimals than CAD")
    cli("--db", db, "offset", "record", "--partner", "JPN", "--currency", "CAD", "--amount",
        "25.00", "--reference", "OFF-1", "--signed-on", "2025-07-01", "--agreement", agreement,
        env=sole)
    left = json.loads(cli("--db", db, "offset", "propose", "--partner", "JPN", "--currency",
                          "CAD", "--json").stdout)
    assert (left["receivable"], left["payable"], left["amount"]) == ("575.00", "0.00", "0.00")
    # the signed agreement is kept in the ledger, attached to each offset settlement
    con = sqlite3.connect(db)
    rows = con.execute("SELECT a.settlement_id, c.sha256 FROM attachment a JOIN settlement s "
                       "ON s.id = a.settlement_id AND s.method = 'offset' "
                       "JOIN attachment_content c ON c.sha256 = a.sha256").fetchall()
    con.close()
    digest = hashlib.sha256(agreement.read_bytes()).hexdigest()
    assert len(rows) == 2 and {sha for _, sha in rows} == {digest}


def test_reading_commands_never_create_a_ledger(tmp_path):
    missing = tmp_path / "none.sqlite"
    statement = write(tmp_path, "J-1,CAN-1,2025-06-03,received,CAD,1000.00,400.00,\r\n")
    for args in (["reconcile", "--partner", "JPN", "--statement", statement],
                 ["offset", "propose", "--partner", "JPN", "--currency", "CAD"],
                 ["statement", "--partner", "JPN", "--csv", "--out", tmp_path / "o.csv"],
                 ["demo", "--partner-statement", tmp_path / "s.csv"]):
        proc = cli("--db", missing, *args, check=False)
        one_line_error(proc, f"no ledger at {missing}")
        assert not missing.exists()


def test_statement_csv_is_marked_by_the_partners_orders_in_its_period(tmp_path):
    """The exchange file's marking is the finance export's rule over its own selection: the
    partner's orders in the period, not another partner's nor a later order."""
    path = tmp_path / "ledger.sqlite"
    ledger = open_ledger(path)
    japan = exercise(ledger)
    invoiced(ledger, japan, "CAN-1")
    invoiced(ledger, japan, "CAN-4", ordered_on=date(2025, 8, 1), delivered_on=date(2025, 8, 9))
    invoiced(ledger, exercise(ledger, partner="USA", name="PACIFIC 2025"), "CAN-U",
             partner="USA")
    ledger.close()

    def mark(*args):  # as the ledger's one user (its administrator)
        cli("--db", path, *args, env={"ACSA_DESK_USER": "officer"})

    mark("marking", "set", "--scheme", "ca", "--level", "PROTECTED A",
        "--rel-to", "CAN,JPN,USA")
    mark("marking", "set", "--scheme", "ca", "--level", "SECRET", "--rel-to", "CAN",
        "--order", "CAN-U")
    mark("marking", "set", "--scheme", "ca", "--level", "PROTECTED B",
        "--rel-to", "CAN,JPN", "--order", "CAN-4")

    def banner(name, *selection):
        out = tmp_path / name
        cli("--db", path, "statement", "--csv", "--out", out, *selection)
        return json.loads((tmp_path / f"{name}.marking.json").read_text("utf-8"))["banner"]

    assert banner("early.csv", "--partner", "JPN", "--to", "2025-07-01") == \
        "PROTECTED A//REL TO CAN, JPN, USA"
    assert banner("japan.csv", "--partner", "JPN") == "PROTECTED B//REL TO CAN, JPN"
    assert banner("late.csv", "--partner", "JPN", "--from", "2025-07-01") == \
        "PROTECTED B//REL TO CAN, JPN"
    assert banner("usa.csv", "--partner", "USA") == "SECRET//REL TO CAN"
