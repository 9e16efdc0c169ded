"""The floors are honest: the same work as ours (the same output where there is one), done by
the bare libraries only."""

from __future__ import annotations

import ast
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from acsa_desk.bench import floors
from acsa_desk.bench.ledger import statement_rows, write_orders_file
from acsa_desk.bench.probes import statement_data
from acsa_desk.bench.runner import Env, program, run
from tests.bench.conftest import DEMO_ORDERS

ALLOWED_THIRD_PARTY = {"PySide6", "sqlmodel", "reportlab"}


def _ours(env: Env, *args: object) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([program(), *map(str, args)], capture_output=True, text=True,
                          env=env.build(), timeout=300)
    assert proc.returncode == 0, proc.stderr
    return proc


def _floor(env: Env, name: str, *args: object) -> str:
    r = run(floors.command(name, *args), env=env.build(), timeout=300)
    assert r.ok, r.stderr
    return r.stdout


@pytest.mark.parametrize("name", [n for n in floors.NAMES])
def test_floor_scripts_import_only_the_bare_libraries(name: str) -> None:
    tree = ast.parse(floors.script(name).read_text(encoding="utf-8"))
    roots = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            roots.add(node.module.split(".")[0])
    assert "acsa_desk" not in roots
    assert roots <= set(sys.stdlib_module_names) | ALLOWED_THIRD_PARTY, roots


def test_balances_floor_prints_what_ours_prints(demo_db: Path, bench_env: Env) -> None:
    ours = json.loads(_ours(bench_env, "--db", demo_db, "balances", "--json").stdout)
    floor = json.loads(_floor(bench_env, "balances", demo_db))
    assert ours and floor == ours


def test_export_floor_writes_the_same_file(demo_db: Path, bench_env: Env, tmp_path: Path) -> None:
    _ours(bench_env, "--db", demo_db, "export-finance", "--out", tmp_path / "ours.csv")
    _floor(bench_env, "export_finance", demo_db, tmp_path / "floor.csv")
    ours = (tmp_path / "ours.csv").read_bytes()
    assert ours.count(b"\r\n") > DEMO_ORDERS
    assert (tmp_path / "floor.csv").read_bytes() == ours


def test_flat_table_floor_dumps_the_same_file_from_one_table(demo_db: Path, bench_env: Env,
                                                             tmp_path: Path) -> None:
    _ours(bench_env, "--db", demo_db, "export-finance", "--out", tmp_path / "ours.csv")
    _floor(bench_env, "export_finance", demo_db, tmp_path / "floor.csv")
    flat = tmp_path / "flat.sqlite"
    _floor(bench_env, "export_flat", "prepare", flat, tmp_path / "floor.csv")
    con = sqlite3.connect(flat)
    tables = [row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    columns = [row[1] for row in con.execute("PRAGMA table_info(flat)")]
    con.close()
    assert tables == ["flat"] and len(columns) == 24
    _floor(bench_env, "export_flat", flat, tmp_path / "flat.csv")
    ours = (tmp_path / "ours.csv").read_bytes()
    assert ours.count(b"\r\n") > DEMO_ORDERS
    assert (tmp_path / "flat.csv").read_bytes() == ours


def test_import_floor_stores_what_ours_stores(demo_db: Path, bench_env: Env, tmp_path: Path) -> None:
    finance_csv, orders_csv = tmp_path / "finance.csv", tmp_path / "orders.csv"
    _floor(bench_env, "export_finance", demo_db, finance_csv)
    lines = write_orders_file(finance_csv, orders_csv)  # what the import figure reads
    assert lines == finance_csv.read_bytes().count(b"\r\n") - 1 > DEMO_ORDERS
    ours_db = tmp_path / "ours" / "ledger.sqlite"
    ours_db.parent.mkdir()
    said = _ours(bench_env, "--db", ours_db, "import-orders", orders_csv).stdout
    assert f"imported {DEMO_ORDERS} orders" in said
    floor_db = tmp_path / "floor.sqlite"
    _floor(bench_env, "import_orders", floor_db, orders_csv)
    counts = {}
    for db in (ours_db, floor_db):
        con = sqlite3.connect(db)
        counts[db] = [con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                      for table in ("acsa_order", "order_line", "delivery")]
        # delivered or a later stage (ours takes received_on/invoiced_on; the floor stops at delivered)
        counts[db].append(con.execute(
            "SELECT COUNT(*) FROM acsa_order WHERE status NOT IN ('requested', 'signed')").fetchone()[0])
        con.close()
    assert counts[ours_db] == counts[floor_db]
    assert counts[ours_db][0] == DEMO_ORDERS


def test_statement_floor_tables_the_same_rows(tmp_path: Path, bench_env: Env) -> None:
    rows = tmp_path / "rows.json"
    rows.write_text(json.dumps(statement_rows(120, seed=5)), encoding="utf-8")
    from acsa_desk import resources_dir

    out = tmp_path / "floor.pdf"
    result = json.loads(_floor(bench_env, "statement", rows, resources_dir() / "fonts" / "ipaexg.ttf",
                               out).strip().splitlines()[-1])
    assert result["bytes"] == out.stat().st_size > 1000
    assert out.read_bytes().startswith(b"%PDF")


def test_statement_rows_are_valid_statement_data_and_repeatable() -> None:
    raw = statement_rows(300, seed=9)
    assert raw == statement_rows(300, seed=9)
    data = statement_data(raw)  # every row passes the documents' own checks
    assert len(data.orders) == 300
    assert {o.direction for o in data.orders} == {"provided", "received"}
    assert any(o.overdue for o in data.orders)
