"""The work folder and its cached inputs.

``<workdir>/`` (default ``./.bench/``, ignored by git through its own ``.gitignore``):

- ``demo/demo-<orders>-s<seed>.sqlite``: the demo ledger, made once by the real
  ``acsa-desk demo --orders N --seed S`` and reused by every later run with the same orders
  and seed (``--rebuild`` makes it again; the demo's dates follow the day it was built, which
  ``demo-....json`` records);
- ``demo/orders-file-<orders>-s<seed>.csv``: the orders file the import figure reads, one row
  per order line of that ledger in the orders import's columns (``write_orders_file``). It is
  made from the floor's finance export, so that making it never depends on the program's speed,
  keeping only the import's columns: a finance export itself is refused as an orders file;
- ``empty/empty-ledger.sqlite``: a new ledger at the current schema, copied for each import;
- ``statement-<lines>-s<seed>.json``: the statement's order rows, made in memory from the seed;
- ``home/``: the HOME of every measured process (settings, crash logs), ``runs/``: scratch.
"""

from __future__ import annotations

import csv
import json
import random
import shutil
import sqlite3
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from acsa_desk.bench import floors
from acsa_desk.bench.runner import Env, run

BUILD_TIMEOUT_S = 1800.0
Log = Callable[[str], None]


@dataclass(frozen=True)
class Inputs:
    workdir: Path
    orders: int
    ledger: Path
    orders_csv: Path
    empty_ledger: Path
    statement_rows: Path
    font: Path
    built_on: str  # the day the demo ledger was made (its dates follow that day)
    build_seconds: float | None  # None: reused from the cache
    unavailable: dict[str, str]  # input -> why it could not be made (its figure says n/a)

    @property
    def runs(self) -> Path:
        return self.workdir / "runs"


def workdir_ready(workdir: Path) -> Path:
    workdir = workdir.resolve()
    (workdir / "runs").mkdir(parents=True, exist_ok=True)
    ignore = workdir / ".gitignore"
    if not ignore.exists():
        ignore.write_text("# benchmark ledgers and results, made by python -m acsa_desk.bench\n*\n")
    return workdir


def prepare(
    workdir: Path, *, orders: int, seed: int, statement_lines: int, exe: str, env: Env,
    rebuild: bool = False, log: Log = print,
) -> Inputs:
    """Builds whatever is missing; returns where everything is."""
    from acsa_desk import resources_dir

    workdir = workdir_ready(workdir)
    stem = f"{orders}-s{seed}"
    demo = workdir / "demo"
    demo.mkdir(exist_ok=True)
    ledger = demo / f"demo-{stem}.sqlite"
    meta_path = demo / f"demo-{stem}.json"
    build_seconds = None
    if rebuild or not ledger.exists() or not meta_path.exists():
        build_seconds = _build_demo(ledger, meta_path, orders=orders, seed=seed, exe=exe, env=env,
                                    log=log)
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    unavailable: dict[str, str] = {}
    opened = run([exe, "--db", str(ledger), "balances", "--json"], env=env.build(),
                 timeout=BUILD_TIMEOUT_S)
    if not opened.ok:  # every figure that runs the program will say why
        log(f"warning: acsa-desk could not open the demo ledger: {opened.problem()}")
    shutil.rmtree(demo / "backups", ignore_errors=True)  # of a migration just made, if any

    orders_csv = demo / f"orders-file-{stem}.csv"
    if build_seconds is not None or not orders_csv.exists():
        log(f"writing the orders file {orders_csv.name} (the demo ledger's orders and lines)")
        finance_csv = demo / f"finance-{stem}.csv"
        _checked(run(floors.command("export_finance", ledger, finance_csv), env=env.build(),
                     timeout=BUILD_TIMEOUT_S), "writing the orders file")
        write_orders_file(finance_csv, orders_csv)
        finance_csv.unlink()

    (workdir / "empty").mkdir(exist_ok=True)
    empty = workdir / "empty" / "empty-ledger.sqlite"
    problem = _make_empty_ledger(empty, env)
    if problem:
        unavailable["empty_ledger"] = problem

    rows = workdir / f"statement-{statement_lines}-s{seed}.json"
    if not rows.exists():
        rows.write_text(json.dumps(statement_rows(statement_lines, seed)), encoding="utf-8")
    return Inputs(
        workdir=workdir, orders=orders, ledger=ledger, orders_csv=orders_csv, empty_ledger=empty,
        statement_rows=rows, font=resources_dir() / "fonts" / "ipaexg.ttf",
        built_on=meta["built_on"], build_seconds=build_seconds, unavailable=unavailable,
    )


def _build_demo(ledger: Path, meta: Path, *, orders: int, seed: int, exe: str, env: Env,
                log: Log) -> float:
    log(f"building the demo ledger: acsa-desk demo --orders {orders} --seed {seed} "
        "(once; cached in the work folder)")
    partial = ledger.with_name(ledger.name + ".partial")
    _remove_database(partial)
    _remove_database(ledger)
    meta.unlink(missing_ok=True)
    started = time.perf_counter()
    result = run([exe, "--db", str(partial), "demo", "--orders", str(orders), "--seed", str(seed)],
                 env=env.build(), timeout=BUILD_TIMEOUT_S)
    _checked(result, "acsa-desk demo")
    seconds = time.perf_counter() - started
    con = sqlite3.connect(partial)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
    _remove_sidecars(partial)
    shutil.rmtree(partial.parent / "backups", ignore_errors=True)
    partial.replace(ledger)
    meta.write_text(json.dumps({"orders": orders, "seed": seed, "built_on": date.today().isoformat(),
                                "build_seconds": round(seconds, 1)}, indent=2), encoding="utf-8")
    log(f"demo ledger built in {seconds:.0f} s")
    return seconds


#: The orders import's columns (interchange.md) a finance export carries, in the export's order.
ORDERS_FILE_COLUMNS = (
    "order_number", "exercise", "partner", "direction", "category", "description", "currency",
    "quantity", "delivered_quantity", "unit_price", "ordered_on", "delivered_on",
    "settlement_method", "nsn", "unit_of_issue", "requesting_unit", "supplying_unit",
    "received_on", "invoiced_on",
)


def write_orders_file(finance_csv: Path, out: Path) -> int:
    """An orders file of the same orders and lines as a finance export: its import columns only
    (streamed, the same size in rows); the export's neutralising quote on text cells dropped.
    Returns the number of line rows."""
    rows = 0
    partial = out.with_name(out.name + ".partial")
    with finance_csv.open(encoding="utf-8", newline="") as source, \
            partial.open("w", encoding="utf-8", newline="") as target:
        reader = csv.DictReader(source)
        writer = csv.writer(target, lineterminator="\r\n")
        writer.writerow(ORDERS_FILE_COLUMNS)
        for record in reader:
            writer.writerow([_plain(record[name]) for name in ORDERS_FILE_COLUMNS])
            rows += 1
    partial.replace(out)
    return rows


def _plain(cell: str) -> str:
    return cell[1:] if cell[:2] in ("'=", "'+", "'-", "'@", "'\t", "'\r") else cell


def _make_empty_ledger(path: Path, env: Env) -> str:
    """A new ledger at the program's current schema (made again each run: schemas move).
    Returns "" or why it could not be made."""
    _remove_database(path)
    # Read-only commands never create a ledger (issue 9), so the program's own opening makes
    # it, in a process with the measured environment (its key goes where the import's looks).
    made = run([sys.executable, "-c", "import sys; from acsa_desk.db.engine import open_ledger; "
                "open_ledger(sys.argv[1]).close()", str(path)], env=env.build(),
               timeout=BUILD_TIMEOUT_S)
    if not made.ok or not path.exists():
        return f"acsa-desk could not make a new ledger: {made.problem() or 'no file'}"
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
    _remove_sidecars(path)
    shutil.rmtree(path.parent / "backups", ignore_errors=True)
    return ""


def fresh_copy(template: Path, folder: Path) -> Path:
    """A copy of a ledger file in its own folder (its backups land beside it)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / template.name
    shutil.copyfile(template, target)
    return target


def _checked(result: Any, what: str) -> None:
    if not result.ok:
        raise RuntimeError(f"{what} failed: {result.problem()}")


def _remove_sidecars(path: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _remove_database(path: Path) -> None:
    path.unlink(missing_ok=True)
    _remove_sidecars(path)


# --- the statement's rows ---------------------------------------------------------------------

_EXERCISES = ("KAEDEX 2025", "Operation NEON 2025", "Port call Yokosuka 2025",
              "Pacific Vanguard 2025", "Typhoon relief Okinawa 2025")
_CATEGORIES = ("fuel", "water", "food", "port_services", "billeting", "transportation",
               "maintenance", "spare_parts", "medical", "communications")
_STATUSES = ("delivered", "received", "invoiced", "invoiced", "settled", "closed")


def statement_rows(lines: int, seed: int) -> dict[str, Any]:
    """A settlement statement with ``lines`` order rows, the same for the same seed.

    Plain JSON values (dates as ISO text), read by our probe (which makes StatementData of
    them) and by the floor (which makes table cells of them).
    """
    rng = random.Random(seed)
    start = date(2024, 4, 1)
    orders = []
    for serial in range(1, lines + 1):
        direction = "provided" if rng.random() < 0.5 else "received"
        currency = "JPY" if direction == "received" or rng.random() < 0.25 else "CAD"
        billable = rng.randint(5_000, 9_000_000) * (1 if currency == "JPY" else 7)
        status = rng.choice(_STATUSES)
        settled = billable if status in ("settled", "closed") else (
            billable * rng.choice((0, 0, 1, 2)) // 4)
        ordered_on = start + timedelta(days=rng.randint(0, 600))
        delivered_on = ordered_on + timedelta(days=rng.randint(0, 6))
        orders.append({
            "order_number": f"CAN-JPN-{ordered_on:%y}-{serial:06d}",
            "exercise": rng.choice(_EXERCISES),
            "direction": direction,
            "ordered_on": ordered_on.isoformat(),
            "delivered_on": delivered_on.isoformat(),
            "categories": sorted(set(rng.sample(_CATEGORIES, rng.choice((1, 1, 1, 2))))),
            "currency": currency,
            "billable_minor": billable,
            "settled_minor": settled,
            "outstanding_minor": billable - settled,
            "overdue": settled < billable and rng.random() < 0.08,
            "status": status,
        })
    return {
        "partner_code": "JPN",
        "partner_name": "Japan",
        "agreement_reference": "Agreement between Canada and Japan concerning reciprocal "
                               "provision of supplies and services (ACSA), Toronto, 21 April 2018",
        "home_nation": "Canada",
        "generated_on": "2025-06-30",
        "as_of": "2025-06-30",
        "banner": "UNCLASSIFIED",
        "orders": orders,
    }
