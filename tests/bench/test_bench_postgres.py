"""``--postgres``: the benchmark starts its own PostgreSQL server, copies the demo ledger into
it with ``copy-to``, runs every figure that takes a --db on both backends and prints a second
table. Checked end to end on a tiny ledger; nothing here is timed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from acsa_desk.bench import pgserver, postgres, report
from acsa_desk.bench.figures import Result

pytestmark = [pytest.mark.slow, pytest.mark.postgres]


@pytest.fixture(autouse=True)
def _server_binaries() -> None:
    if pgserver.binaries() is None:
        message = "PostgreSQL server binaries not found (install Debian's postgresql)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


def test_the_postgres_flag_runs_every_db_figure_on_both_backends(tmp_path: Path) -> None:
    workdir, results = tmp_path / "work", tmp_path / "results.json"
    proc = subprocess.run(
        [sys.executable, "-m", "acsa_desk.bench", "--orders", "120", "--repeat", "1",
         "--statement-lines", "100", "--workdir", str(workdir), "--json", str(results),
         "--postgres", "--only", "balances", "--only", "export", "--only", "import",
         "--only", "queries", "--only", "reconcile", "--only", "verify", "--only", "statement"],
        capture_output=True, text=True, timeout=1200)
    assert proc.returncode == 0, proc.stderr
    assert "copying the demo ledger into PostgreSQL" in proc.stderr
    tables = [line for line in proc.stdout.splitlines() if line.startswith("| ")]
    assert [c.strip() for c in tables[0].split("|")[1:-1]] == report.HEADER
    pg_header = next(line for line in tables if "PostgreSQL" in line)
    assert [c.strip() for c in pg_header.split("|")[1:-1]] == postgres.HEADER

    doc = json.loads(results.read_text(encoding="utf-8"))
    pg = doc["postgresql"]
    assert pg["problem"] is None
    assert pg["copy_to"]["ok"] and pg["copy_to"]["seconds"] > 0
    assert "copied 120 orders" in pg["copy_to"]["said"]
    by_key = {f["key"]: f for f in pg["figures"]}
    assert set(by_key) == {"pg_balances", "pg_export_finance", "pg_import_orders",
                           "pg_order_queries", "pg_reconcile", "pg_verify", "pg_statement"}
    for figure in pg["figures"]:
        assert not figure["na"], figure
        assert figure["ours"]["samples"] and figure["floor"]["samples"], figure
        assert figure["goal"] == {"kind": "ratio", "value": postgres.GOAL}
        assert figure["ratio"] is not None and figure["met"] in (True, False)
    # the backends give the same answers, the finance CSV byte for byte
    for key in ("pg_balances", "pg_export_finance", "pg_reconcile"):
        assert by_key[key]["extra"]["same_output"] is True, by_key[key]
    # the server was stopped and its folder removed
    assert not (workdir / "postgres").exists()


def test_without_a_server_every_postgres_figure_says_why(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pgserver, "binaries", lambda: None)
    from acsa_desk.bench.figures import Context
    from acsa_desk.bench.ledger import Inputs
    from acsa_desk.bench.runner import Env

    inputs = Inputs(workdir=tmp_path, orders=1, ledger=tmp_path / "x.sqlite",
                    orders_csv=tmp_path / "x.csv", empty_ledger=tmp_path / "e.sqlite",
                    statement_rows=tmp_path / "s.json", font=tmp_path / "f.ttf",
                    built_on="2026-01-01", build_seconds=None, unavailable={})
    ctx = Context(inputs=inputs, exe="acsa-desk", env=Env(home=tmp_path / "home"), repeat=1,
                  timeout=10, log=lambda _m: None)
    results, info = postgres.measure(ctx, ["balances", "export"])
    assert [r.key for r in results] == ["pg_balances", "pg_export_finance"]
    assert all("binaries not found" in r.na for r in results)
    assert "binaries not found" in info["problem"]
    text = report.table(results, postgres.HEADER, "PostgreSQL and SQLite")
    assert "ratio = PostgreSQL / SQLite" in text and "n/a" in text


def test_the_second_table_names_its_sides() -> None:
    r = Result(3, "pg_export_finance", "export", "s", 2.0, "ratio", ours=[3.0], floor=[2.0])
    text = report.table([r], postgres.HEADER, "PostgreSQL and SQLite")
    row = next(line for line in text.splitlines() if line.startswith("|  3") or
               line.startswith("| 3"))
    assert "3.00 s" in row and "2.00 s" in row and "1.50x" in row and "yes" in row


@pytest.mark.skipif(os.geteuid() != 0, reason="the server runs as another user only under root")
def test_a_work_folder_others_cannot_reach_is_left_as_it_is(tmp_path: Path) -> None:
    private = tmp_path / "home"
    private.mkdir(mode=0o700)
    private.chmod(0o700)
    server = pgserver.start(private / "work" / "postgres")
    try:
        assert server.version()  # the server runs and answers
        assert private.stat().st_mode & 0o777 == 0o700  # nobody else let in
        assert private not in server.base.parents  # it lives in the system's temp instead
        assert server.base.stat().st_mode & 0o777 == 0o700
    finally:
        pgserver.stop(server)
    assert not server.base.exists()
