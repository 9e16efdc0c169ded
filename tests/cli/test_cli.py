"""The command line, run as the installed `acsa-desk` program in a subprocess."""

import json
import os
import sqlite3
import subprocess

import pytest

from tests.cli.helpers import EXE, cli, one_line_error
from tests.conftest import SAMPLES
from tests.interchange.conftest import csv_text, invoiced_row, order_row


@pytest.fixture
def db(tmp_path):
    return tmp_path / "ledger.sqlite"


@pytest.fixture
def loaded(db, tmp_path):
    orders = tmp_path / "orders.csv"
    orders.write_text(csv_text([
        invoiced_row(),  # 95200.00 CAD receivable
        order_row(order_number="R-1", direction="received", currency="JPY", unit_price="48000",
                  quantity="6", delivered_quantity="6", category="port_services", nsn=""),
        order_row(order_number="N-1", exercise="Operation NEON 2025", quantity="14",
                  delivered_quantity="14", unit_price="85.50", category="maintenance", nsn="",
                  delivered_on="2025-09-12", ordered_on="2025-09-12"),
    ]), encoding="utf-8")
    settlements = tmp_path / "settlements.csv"
    settlements.write_text("order_number,settled_on,method,amount,currency,reference\n"
                           "CAN-JPN-25-0101,2025-08-01,cash,50000.00,CAD,JMOD 2025-114\n",
                           encoding="utf-8")
    out = cli("--db", db, "import-orders", orders)
    assert "imported 3 orders (3 lines)" in out.stdout
    assert "new exercise: Operation NEON 2025" in out.stdout
    cli("--db", db, "import-settlements", settlements)
    return db


def test_balances_json_has_the_contract_keys_and_minor_units(loaded):
    data = json.loads(cli("--db", loaded, "balances", "--json").stdout)
    assert data == [
        {"partner": "JPN", "currency": "CAD", "receivable": "46397.00", "payable": "0.00",
         "net": "46397.00"},
        {"partner": "JPN", "currency": "JPY", "receivable": "0", "payable": "288000",
         "net": "-288000"},
    ]


def test_balances_filters(loaded):
    data = json.loads(cli("--db", loaded, "balances", "--json", "--exercise",
                          "Operation NEON 2025").stdout)
    assert data == [{"partner": "JPN", "currency": "CAD", "receivable": "1197.00",
                     "payable": "0.00", "net": "1197.00"}]
    assert json.loads(cli("--db", loaded, "balances", "--json", "--partner", "USA").stdout) == []
    one_line_error(cli("--db", loaded, "balances", "--json", "--exercise", "Nope", check=False),
                   "no exercise named 'Nope'")
    one_line_error(cli("--db", loaded, "balances", "--partner", "XX", check=False), "alpha-3")


def test_overdue_json(loaded):
    assert json.loads(cli("--db", loaded, "overdue", "--as-of", "2026-06-04", "--json").stdout) == []
    data = json.loads(cli("--db", loaded, "overdue", "--as-of", "2026-06-05", "--json").stdout)
    assert data == [
        {"order_number": "CAN-JPN-25-0101", "partner": "JPN", "currency": "CAD",
         "outstanding": "45200.00", "delivered_on": "2025-06-04"},
        {"order_number": "R-1", "partner": "JPN", "currency": "JPY", "outstanding": "288000",
         "delivered_on": "2025-06-04"},
    ]
    one_line_error(cli("--db", loaded, "overdue", "--as-of", "5 June", "--json", check=False),
                   "YYYY-MM-DD")


def test_export_finance(loaded, tmp_path):
    out = tmp_path / "finance.csv"
    cli("--db", loaded, "export-finance", "--out", out, "--from", "2025-09-01")
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and lines[1].startswith("N-1,Operation NEON 2025,JPN,provided")


def test_a_finance_export_imported_as_orders_is_one_line_naming_it(loaded, tmp_path):
    """Issue 14: the export would come back with its cancelled orders live and no settlements."""
    out = tmp_path / "finance.csv"
    cli("--db", loaded, "export-finance", "--out", out)
    other = tmp_path / "other.sqlite"
    proc = cli("--db", other, "import-orders", out, check=False)
    one_line_error(proc, "this file is a finance export, not an orders file")
    assert str(out) in proc.stderr and "nothing was imported" in proc.stderr


def test_a_refused_import_is_one_line_and_changes_nothing(loaded, tmp_path):
    before = list(sqlite3.connect(loaded).iterdump())
    bad = tmp_path / "bad.csv"
    bad.write_text(csv_text([order_row(order_number="NEW-1"),
                             order_row(order_number="NEW-2", currency="JPY", unit_price="0.5")]),
                   encoding="utf-8")
    proc = cli("--db", loaded, "import-orders", bad, check=False)
    one_line_error(proc, "row 3, column unit_price")
    assert "nothing was imported" in proc.stderr
    assert list(sqlite3.connect(loaded).iterdump()) == before


def test_the_shared_sample_is_refused_naming_row_and_column(db):
    one_line_error(cli("--db", db, "import-orders", SAMPLES / "orders-sample.csv", check=False),
                   "row 4, column unit_price: 0.5 has more decimals than JPY allows (0)")


def test_bad_database_arguments_are_one_line(tmp_path):
    one_line_error(cli("--db", tmp_path, "balances", check=False), "is a folder")
    one_line_error(cli("--db", tmp_path / "no" / "x.sqlite", "balances", check=False),
                   "does not exist")
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"\x00junk" * 1000)
    one_line_error(cli("--db", junk, "balances", check=False), "cannot open the database")
    one_line_error(cli("--db", tmp_path / "x.sqlite", "import-orders", tmp_path / "none.csv",
                       check=False), "no file")


def test_demo_is_reproducible_and_realistic(tmp_path):
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    cli("--db", a, "demo", "--orders", "300", "--seed", "7")
    cli("--db", b, "demo", "--orders", "300", "--seed", "7")
    balances_a = cli("--db", a, "balances", "--json").stdout
    assert balances_a == cli("--db", b, "balances", "--json").stdout
    data = json.loads(balances_a)
    assert {"JPY", "CAD"} <= {row["currency"] for row in data}
    con = sqlite3.connect(a)
    statuses = dict(con.execute("SELECT status, count(*) FROM acsa_order GROUP BY status"))
    assert {"requested", "signed", "delivered", "invoiced", "closed"} <= set(statuses)
    exercises = {r[0] for r in con.execute("SELECT name FROM exercise")}
    assert any(n.startswith("KAEDEX") for n in exercises)
    assert any(n.startswith("Operation NEON") for n in exercises)
    assert con.execute("SELECT count(*) FROM order_line WHERE unit_of_issue='KL'").fetchone()[0]
    partial = con.execute("SELECT count(*) FROM acsa_order WHERE settled_minor > 0 "
                          "AND settled_minor < billable_minor").fetchone()[0]
    assert partial > 0
    assert con.execute("SELECT count(*) FROM acsa_order WHERE settled_minor > billable_minor"
                       ).fetchone()[0] == 0
    overdue = json.loads(cli("--db", a, "overdue", "--json").stdout)
    assert overdue, "the demo ledger has overdue orders"


def test_version_and_help():
    assert cli("--version").stdout.startswith("acsa-desk ")
    helptext = cli("--help").stdout
    for command in ("import-orders", "import-settlements", "balances", "overdue",
                    "export-finance", "demo"):
        assert command in helptext


def test_verify_backup_restore_commands(loaded, tmp_path):
    out = cli("--db", loaded, "verify").stdout
    assert out.startswith("ok: ") and "chain head" in out
    copy = tmp_path / "copy.sqlite"
    # a plain copy in another folder (sealed copies: tests/cli/test_protection_commands.py)
    cli("--db", loaded, "protection", "set", "--backups", "never")
    cli("--db", loaded, "backup", "--out", copy)
    assert cli("--db", copy, "verify").stdout.startswith("ok: ")
    rotated = cli("--db", loaded, "backup").stdout
    assert "backups" in rotated
    restored = cli("--db", loaded, "restore", copy).stdout
    assert "restored" in restored and "saved as" in restored
    con = sqlite3.connect(loaded)
    con.execute("DROP TRIGGER audit_entry_no_update")
    con.execute("UPDATE audit_entry SET actor = 'mallory' WHERE id = 2")
    con.commit()
    con.close()
    one_line_error(cli("--db", loaded, "verify", check=False), "audit entry 2 was altered")
    one_line_error(cli("--db", loaded, "restore", tmp_path / "nope.sqlite", check=False),
                   "no backup file")


def test_verify_reports_a_damaged_file_in_one_line(loaded):
    """The integrity check runs beside the pass over the log: a damaged page is still
    reported as such, in one line, whatever the log pass made of it."""
    con = sqlite3.connect(loaded)
    page = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = "
                       "'ix_acsa_order_status'").fetchone()[0]
    con.close()
    with open(loaded, "r+b") as handle:
        handle.seek((root - 1) * page + 8)
        handle.write(b"\xff" * 16)
    one_line_error(cli("--db", loaded, "verify", check=False), "integrity check failed: ")


def test_users_are_identified_by_login_with_name_and_rank(db):
    env_user = {"ACSA_DESK_USER": "atremblay"}
    proc = subprocess.run([EXE, "--db", str(db), "user", "--name", "Anne Tremblay", "--rank",
                           "Cdr", "--appointment", "Logistics Officer"], capture_output=True,
                          text=True, env={**os.environ, **env_user}, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "atremblay: Cdr Anne Tremblay, Logistics Officer"
    shown = subprocess.run([EXE, "--db", str(db), "user"], capture_output=True, text=True,
                           env={**os.environ, **env_user}, timeout=60).stdout
    assert shown.strip() == "atremblay: Cdr Anne Tremblay, Logistics Officer"
    con = sqlite3.connect(db)
    assert con.execute("SELECT actor FROM audit_entry WHERE entity = 'app_user'").fetchone() == (
        "atremblay",)
    con.close()


def test_the_command_map_matches_what_the_modules_register():
    import argparse
    import importlib

    from acsa_desk.cli import COMMAND_MODULES, COMMANDS, build_parser

    registered = {}
    for name in COMMAND_MODULES:
        parser = argparse.ArgumentParser()
        sub = parser.add_subparsers()
        importlib.import_module(name).register(sub)
        registered.update({command: name for command in sub.choices})
    assert registered == COMMANDS
    only = build_parser(["--db", "x.sqlite", "balances", "--json"])
    assert set(only._subparsers._group_actions[0].choices) == {
        c for c, m in COMMANDS.items() if m == "acsa_desk.cli.ledger_commands"}
    assert set(build_parser(["--help"])._subparsers._group_actions[0].choices) == set(COMMANDS)


def test_the_window_start_registers_no_command_module():
    # nothing but --db: the window, whose start imports no command's module
    from acsa_desk.cli import build_parser

    for argv in ([], ["--db", "x.sqlite"], ["--db=x.sqlite"]):
        parser = build_parser(argv)
        assert parser._subparsers._group_actions[0].choices == {}
        args = parser.parse_args(argv)
        assert getattr(args, "handler", None) is None
