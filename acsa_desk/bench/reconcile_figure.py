"""Figure 8: ``acsa-desk reconcile`` of a partner statement of 10,000 orders, whole process.

The partner's statement is made once per run from the benchmark ledger itself
(``demo --partner-statement``: its realistic differences), cut to the newest 10,000 rows, and
reconciled with ``--from`` set to the oldest of their order dates, so about as many of our
orders are in scope; the ledger holds all 100,000. No floor: the goal is a time.
"""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from acsa_desk.bench.figures import NotAvailable, Result, _alternate, _guarded, _program_run

if TYPE_CHECKING:
    from acsa_desk.bench.figures import Context

ROWS = 10_000
GOAL_S = 3.0


def statement_cut(ctx: Context, result: Result, full: Path, cut: Path,
                  rows_kept: int) -> tuple[list[list[str]], str]:
    """The partner's statement of the benchmark ledger (``demo --partner-statement``, JPN) in
    ``full``, its newest ``rows_kept`` rows in ``cut``; returns those rows and their oldest
    order date (the reconciliation's ``--from``)."""
    _program_run(ctx, result, [ctx.exe, "--db", str(ctx.inputs.ledger), "demo",
                               "--partner-statement", str(full), "--partner", "JPN"],
                 "demo --partner-statement")
    with full.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        rows = list(reader)
    at = header.index("ordered_on")
    rows.sort(key=lambda row: row[at] or "9999")
    rows = rows[-rows_kept:]
    if not rows:
        raise NotAvailable("the demo ledger has no orders with JPN")
    first_day = min(row[at] for row in rows if row[at])
    with cut.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)
    return rows, first_day


def reconcile(ctx: Context) -> Result:
    result = Result(8, "reconcile", f"acsa-desk reconcile, statement of {ROWS:,} orders", "s",
                    GOAL_S, "max")
    out = ctx.inputs.runs / "reconcile"
    out.mkdir(parents=True, exist_ok=True)
    full, cut = out / "full.csv", out / "statement.csv"
    ledger = str(ctx.inputs.ledger)

    def work() -> None:
        rows, first_day = statement_cut(ctx, result, full, cut, ROWS)
        cmd = [ctx.exe, "--db", ledger, "reconcile", "--partner", "JPN", "--statement", str(cut),
               "--from", first_day, "--json"]
        check = _program_run(ctx, result, cmd, "acsa-desk reconcile")
        items = json.loads(check.stdout)
        states = {state: sum(1 for i in items if i["state"] == state)
                  for state in ("agreed", "differs", "missing_theirs", "missing_ours")}
        result.extra.update(rows=len(rows), items=len(items), states=states, date_from=first_day)
        result.notes.append(f"{len(rows):,} statement rows from {first_day}: " + ", ".join(
            f"{n:,} {state}" for state, n in states.items()))
        _alternate(ctx, result, ctx.repeat,
                   lambda _i: _program_run(ctx, result, cmd, "acsa-desk reconcile").seconds,
                   lambda _i: 0.0)
        result.floor = []  # no floor for this figure

    try:
        return _guarded(result, work)
    finally:
        shutil.rmtree(out, ignore_errors=True)
