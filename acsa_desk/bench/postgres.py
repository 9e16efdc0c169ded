"""``--postgres``: every figure that takes a ``--db`` again, on a PostgreSQL server the
benchmark starts (pgserver), against the same figure on the SQLite ledger (issue 16, goal 5).

The demo ledger is copied into the server by the program's own ``copy-to`` (timed and
reported: it is a figure too). Each figure then alternates the same command on PostgreSQL and
on SQLite, sample by sample, and its ratio is PostgreSQL / SQLite (goal: within 2x). The
outputs are compared where they must agree (balances, the finance CSV byte for byte). The
import goes into an empty ledger on each side: a new database the program's own opening
migrated (untimed), against the empty SQLite ledger of figure 5.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import statistics
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from acsa_desk.bench import pgserver
from acsa_desk.bench.figures import (
    HEAVY_SAMPLES,
    WINDOW_EXIT_AFTER_MS,
    WINDOW_LINGER_S,
    Context,
    NotAvailable,
    Result,
    _alternate,
    _digest,
    _guarded,
    _json_line,
    _load,
    _program_run,
)
from acsa_desk.bench.ledger import fresh_copy
from acsa_desk.bench.reconcile_figure import statement_cut
from acsa_desk.bench.runner import PAINTED, Run, run

GOAL = 2.0  # PostgreSQL within 2x of SQLite
LEDGER_DB = "bench_ledger"
STATEMENT_ORDERS = 10_000  # the statement and reconcile figures take the partner's newest
COPY_TIMEOUT_S = 3 * 3600.0

HEADER = ["#", "figure (PostgreSQL vs SQLite)", "PostgreSQL", "SQLite", "ratio", "goal", "met?"]


@dataclass
class Setup:
    """The server and the copy of the demo ledger in it."""

    server: pgserver.Server | None = None
    url: str = ""
    problem: str = ""  # why nothing could be measured on PostgreSQL
    info: dict[str, Any] = field(default_factory=dict)


def prepare(ctx: Context) -> Setup:
    """Starts the server and copies the demo ledger into it with ``acsa-desk copy-to``."""
    setup = Setup()
    try:
        setup.server = pgserver.start(ctx.inputs.workdir / "postgres")
    except pgserver.Unavailable as exc:
        setup.problem = str(exc)
        return setup
    server = setup.server
    setup.info["server"] = {"version": server.version(), "port": server.port,
                            "durability": "fsync and synchronous_commit on (defaults)"}
    url = server.create_database(LEDGER_DB)
    ctx.log(f"copying the demo ledger into PostgreSQL ({ctx.inputs.orders:,} orders, copy-to)")
    load = _load()
    copied = run([ctx.exe, "--db", str(ctx.inputs.ledger), "copy-to", url], env=ctx.env.build(),
                 timeout=max(ctx.timeout, COPY_TIMEOUT_S))
    setup.info["copy_to"] = {
        "seconds": round(copied.seconds, 1), "cpu_s": round(copied.cpu_seconds or 0.0, 1),
        "peak_mib": round(copied.maxrss_kib / 1024, 1), "load_average_before": load,
        "said": copied.stdout.strip()[-300:], "ok": copied.ok,
    }
    if not copied.ok:
        setup.problem = f"acsa-desk copy-to {url}: {copied.problem()}"
        return setup
    setup.info["copy_to"]["database_mib"] = server.size_mib(LEDGER_DB)
    setup.info["copy_to"]["sqlite_file_mib"] = round(ctx.inputs.ledger.stat().st_size / 2**20, 1)
    ctx.log(f"  copy-to took {copied.seconds:.1f} s (CPU {copied.cpu_seconds or 0:.1f} s)")
    setup.url = url
    return setup


def finish(setup: Setup) -> None:
    if setup.server is not None:
        pgserver.stop(setup.server)


def _pair(ctx: Context, result: Result, pg_cmd: list[str], lite_cmd: list[str], what: str,
          samples: int, check: Callable[[Run, Run], None] | None = None,
          **env: str) -> None:
    """The same command on both backends, alternating; ``check`` compares their first runs."""
    firsts: dict[str, Run] = {}

    def side(name: str, cmd: list[str]) -> Callable[[int], float]:
        def measure(_i: int) -> float:
            r = _program_run(ctx, result, cmd, f"{what} on {name}", **env)
            firsts.setdefault(name, r)
            result.extra.setdefault(f"{name}_cpu_s", []).append(round(r.cpu_seconds or 0.0, 3))
            result.extra.setdefault(f"{name}_peak_mib", []).append(round(r.maxrss_kib / 1024, 1))
            return r.seconds
        return measure

    _alternate(ctx, result, samples, side("postgresql", pg_cmd), side("sqlite", lite_cmd))
    if check is not None and "postgresql" in firsts and "sqlite" in firsts:
        check(firsts["postgresql"], firsts["sqlite"])
    result.extra["load_average_after"] = _load()


def _result(number: int, key: str, title: str) -> Result:
    return Result(number, f"pg_{key}", title, "s", GOAL, "ratio")


# --- the figures --------------------------------------------------------------------------------


def window(ctx: Context, url: str) -> Result:
    result = _result(1, "cold_start", "cold start to a painted main window")
    env = {"ACSA_DESK_EXIT_AFTER_MS": str(WINDOW_EXIT_AFTER_MS), "ACSA_DESK_REPORT_PAINTED": "1"}

    def side(db: str) -> Callable[[int], float]:
        def measure(_i: int) -> float:
            r = run([ctx.exe, "--db", db], env=ctx.env.build(**env), timeout=ctx.timeout,
                    marker=PAINTED, linger_after_marker=WINDOW_LINGER_S)
            if r.marker_seconds is None:
                raise NotAvailable(f"the window on {db.split(':')[0]} printed no 'painted' "
                                   f"line: {r.problem() or 'exited first'}")
            return r.marker_seconds
        return measure

    def work() -> None:
        _alternate(ctx, result, ctx.repeat, side(url), side(str(ctx.inputs.ledger)))

    try:
        return _guarded(result, work)
    finally:  # the window's backups of the SQLite ledger, as figure 1 removes them
        shutil.rmtree(ctx.inputs.ledger.parent / "backups", ignore_errors=True)


def balances(ctx: Context, url: str) -> Result:
    result = _result(2, "balances", "acsa-desk balances --json")

    def same(pg: Run, lite: Run) -> None:
        result.extra["same_output"] = json.loads(pg.stdout) == json.loads(lite.stdout)
        if not result.extra["same_output"]:
            result.notes.append("the balances differ between the backends")

    return _guarded(result, lambda: _pair(
        ctx, result, [ctx.exe, "--db", url, "balances", "--json"],
        [ctx.exe, "--db", str(ctx.inputs.ledger), "balances", "--json"], "balances",
        ctx.repeat, same))


def export(ctx: Context, url: str) -> Result:
    result = _result(3, "export_finance", "acsa-desk export-finance, all lines")
    out = ctx.inputs.runs / "pg-export"
    out.mkdir(parents=True, exist_ok=True)
    pg_csv, lite_csv = out / "postgresql.csv", out / "sqlite.csv"

    def same(_pg: Run, _lite: Run) -> None:
        result.extra["same_output"] = _digest(pg_csv) == _digest(lite_csv)
        if not result.extra["same_output"]:
            result.notes.append("the finance CSV differs between the backends")

    try:
        return _guarded(result, lambda: _pair(
            ctx, result, [ctx.exe, "--db", url, "export-finance", "--out", str(pg_csv)],
            [ctx.exe, "--db", str(ctx.inputs.ledger), "export-finance", "--out", str(lite_csv)],
            "export-finance", min(ctx.repeat, HEAVY_SAMPLES), same))
    finally:
        shutil.rmtree(out, ignore_errors=True)


def _newest_day(ledger: Path, partner: str, orders: int) -> str | None:
    """The order date from which the partner's newest ``orders`` orders run."""
    con = sqlite3.connect(f"file:{ledger}?mode=ro", uri=True)
    try:
        rows = con.execute("SELECT ordered_on FROM acsa_order WHERE partner_code = ? "
                           "ORDER BY ordered_on DESC LIMIT 1 OFFSET ?",
                           (partner, orders - 1)).fetchall()
        if not rows:
            rows = con.execute("SELECT MIN(ordered_on) FROM acsa_order WHERE partner_code = ?",
                               (partner,)).fetchall()
    finally:
        con.close()
    return str(rows[0][0])[:10] if rows and rows[0][0] else None


def statement(ctx: Context, url: str) -> Result:
    result = _result(4, "statement", f"acsa-desk statement PDF, JPN's newest "
                                     f"~{STATEMENT_ORDERS:,} orders")
    out = ctx.inputs.runs / "pg-statement"
    out.mkdir(parents=True, exist_ok=True)

    def work() -> None:
        first = _newest_day(ctx.inputs.ledger, "JPN", STATEMENT_ORDERS)
        if first is None:
            raise NotAvailable("the demo ledger has no orders with JPN")
        result.extra["date_from"] = first

        def cmd(db: str, name: str) -> list[str]:
            return [ctx.exe, "--db", db, "statement", "--partner", "JPN", "--from", first,
                    "--out", str(out / f"{name}.pdf")]

        _pair(ctx, result, cmd(url, "postgresql"), cmd(str(ctx.inputs.ledger), "sqlite"),
              "statement", min(ctx.repeat, HEAVY_SAMPLES))

    try:
        return _guarded(result, work)
    finally:
        shutil.rmtree(out, ignore_errors=True)


def import_orders(ctx: Context, setup: Setup) -> Result:
    result = _result(5, "import_orders", "import-orders of the orders file into an empty ledger")
    if "empty_ledger" in ctx.inputs.unavailable:
        result.na = ctx.inputs.unavailable["empty_ledger"]
        return result
    assert setup.server is not None
    server = setup.server
    runs = ctx.inputs.runs / "pg-import"
    csv_path = str(ctx.inputs.orders_csv)

    def pg(i: int) -> float:
        name = f"bench_import_{i}"
        empty = server.create_database(name)
        try:  # the program's own opening migrates the new database (untimed)
            made = run([sys.executable, "-c", "import sys; from acsa_desk.db.engine import "
                        "open_ledger; open_ledger(sys.argv[1]).close()", empty],
                       env=ctx.env.build(), timeout=ctx.timeout)
            if not made.ok:
                raise NotAvailable(f"a new PostgreSQL ledger could not be made: {made.problem()}")
            r = _program_run(ctx, result, [ctx.exe, "--db", empty, "import-orders", csv_path],
                             "import-orders on postgresql")
            result.extra.setdefault("postgresql_peak_mib", []).append(
                round(r.maxrss_kib / 1024, 1))
            result.extra.setdefault("postgresql_cpu_s", []).append(round(r.cpu_seconds or 0, 3))
            return r.seconds
        finally:
            server.drop_database(name)

    def lite(i: int) -> float:
        folder = runs / f"sqlite-{i}"
        ledger = fresh_copy(ctx.inputs.empty_ledger, folder)
        try:
            r = _program_run(ctx, result, [ctx.exe, "--db", str(ledger), "import-orders",
                                           csv_path], "import-orders on sqlite")
            result.extra.setdefault("sqlite_peak_mib", []).append(round(r.maxrss_kib / 1024, 1))
            result.extra.setdefault("sqlite_cpu_s", []).append(round(r.cpu_seconds or 0, 3))
            return r.seconds
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    try:
        return _guarded(result, lambda: _alternate(ctx, result, min(ctx.repeat, HEAVY_SAMPLES),
                                                   pg, lite))
    finally:
        shutil.rmtree(runs, ignore_errors=True)


def order_queries(ctx: Context, url: str) -> Result:
    result = Result(6, "pg_order_queries", "orders table: count + first page, worst operation",
                    "ms", GOAL, "ratio")

    def ops(db: str) -> dict[str, list[float]]:
        r = run([sys.executable, "-m", "acsa_desk.bench.probes", "queries", db, "--repeat",
                 str(max(5, 2 * ctx.repeat))], env=ctx.env.build(), timeout=ctx.timeout)
        if r.timed_out:
            raise NotAvailable(f"the order queries did not finish within {ctx.timeout:.0f} s")
        return dict(_json_line(r, f"order queries on {db.split(':')[0]}")["ops"])

    def work() -> None:
        pg, lite = ops(url), ops(str(ctx.inputs.ledger))
        medians = {name: statistics.median(samples) for name, samples in pg.items()}
        worst = max(medians, key=lambda name: medians[name])
        result.ours, result.floor = pg[worst], lite.get(worst, [])
        result.extra["worst"] = worst
        result.extra["ops"] = {
            name: {"median_ms": round(medians[name], 2),
                   "max_ms": round(max(samples), 2),
                   "sqlite_median_ms": round(statistics.median(lite[name]), 2) if lite.get(
                       name) else None}
            for name, samples in pg.items()}
        result.notes.append(f"worst operation on PostgreSQL: {worst}; every operation below "
                            "(PostgreSQL median, max)")

    return _guarded(result, work)


def reconcile(ctx: Context, url: str) -> Result:
    result = _result(8, "reconcile", f"acsa-desk reconcile, statement of "
                                     f"{STATEMENT_ORDERS:,} orders")
    out = ctx.inputs.runs / "pg-reconcile"
    out.mkdir(parents=True, exist_ok=True)
    full, cut = out / "full.csv", out / "statement.csv"
    ledger = str(ctx.inputs.ledger)

    def work() -> None:
        _rows, first_day = statement_cut(ctx, result, full, cut, STATEMENT_ORDERS)

        def cmd(db: str) -> list[str]:
            return [ctx.exe, "--db", db, "reconcile", "--partner", "JPN", "--statement",
                    str(cut), "--from", first_day, "--json"]

        def same(pg: Run, lite: Run) -> None:
            result.extra["same_output"] = json.loads(pg.stdout) == json.loads(lite.stdout)
            if not result.extra["same_output"]:
                result.notes.append("the reconciliation differs between the backends")

        _pair(ctx, result, cmd(url), cmd(ledger), "reconcile", ctx.repeat, same)

    try:
        return _guarded(result, work)
    finally:
        shutil.rmtree(out, ignore_errors=True)


def verify(ctx: Context, url: str) -> Result:
    result = _result(9, "verify", "acsa-desk verify (chain, MACs, replay, totals)")
    return _guarded(result, lambda: _pair(
        ctx, result, [ctx.exe, "--db", url, "verify"],
        [ctx.exe, "--db", str(ctx.inputs.ledger), "verify"], "verify",
        min(ctx.repeat, HEAVY_SAMPLES)))


#: The parts (the names of ``figures.ALL``) that take a --db, and their PostgreSQL figure.
PARTS: dict[str, Callable[[Context, Setup], Result]] = {
    "window": lambda ctx, s: window(ctx, s.url),
    "balances": lambda ctx, s: balances(ctx, s.url),
    "export": lambda ctx, s: export(ctx, s.url),
    "statement": lambda ctx, s: statement(ctx, s.url),
    "import": import_orders,
    "queries": lambda ctx, s: order_queries(ctx, s.url),
    "reconcile": lambda ctx, s: reconcile(ctx, s.url),
    "verify": lambda ctx, s: verify(ctx, s.url),
}

#: Number and key of each part's figure, for the n/a rows when no server could be used.
NA_KEYS = {"window": (1, "pg_cold_start"), "balances": (2, "pg_balances"),
           "export": (3, "pg_export_finance"), "statement": (4, "pg_statement"),
           "import": (5, "pg_import_orders"), "queries": (6, "pg_order_queries"),
           "reconcile": (8, "pg_reconcile"), "verify": (9, "pg_verify")}


def measure(ctx: Context, only: list[str] | None) -> tuple[list[Result], dict[str, Any]]:
    """Every selected PostgreSQL figure; the server is stopped and removed afterwards."""
    setup = prepare(ctx)
    results: list[Result] = []
    try:
        for name, figure in PARTS.items():
            if only and name not in only:
                continue
            if setup.problem:
                number, key = NA_KEYS[name]
                result = Result(number, key, name, "s", GOAL, "ratio", na=setup.problem)
            else:
                ctx.log(f"measuring {name} on PostgreSQL")
                result = figure(ctx, setup)
            results.append(result)
    finally:
        finish(setup)
    results.sort(key=lambda r: r.number)
    return results, {**setup.info, "problem": setup.problem or None}


def describe(postgresql: dict[str, Any]) -> str:
    """The line above the PostgreSQL table: the server and what copy-to cost."""
    server = postgresql.get("server") or {}
    copy = postgresql.get("copy_to") or {}
    text = f"PostgreSQL {server.get('version', '?')} started by the benchmark"
    if copy:
        text += (f"; copy-to of the demo ledger {copy['seconds']:.1f} s (CPU {copy['cpu_s']:.1f} s,"
                 f" peak {copy['peak_mib']:.0f} MiB, load average before {copy['load_average_before']})")
        if copy.get("database_mib") is not None:
            text += (f", database {copy['database_mib']:.0f} MiB "
                     f"(SQLite file {copy['sqlite_file_mib']:.0f} MiB)")
    if postgresql.get("problem"):
        text += f"; n/a: {postgresql['problem']}"
    return text
