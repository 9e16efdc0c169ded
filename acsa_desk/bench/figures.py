"""The figures: what runs for ours and for the floor, how often, against which goal.

Ours and the floor alternate sample by sample (floor first, then ours first, ...) so that a
burst of load from the other users of the machine falls on both. Figures start with an untimed
run where a cold page cache or uncompiled bytecode would skew the first sample.

A run of ours that takes far longer than its goal allows is stopped: once the floor's first
sample is known, ours may take ``OVER_GOAL`` times what the goal allows (at least
``MIN_BUDGET_S``, at most ``--timeout``); the figure then shows that lower bound, so a
quadratic query costs half a minute of the run, not the afternoon.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import statistics
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from acsa_desk.bench import floors
from acsa_desk.bench.ledger import Inputs, fresh_copy
from acsa_desk.bench.runner import PAINTED, Env, Run, run

#: The window quits by itself after this long when the harness does not stop it first.
WINDOW_EXIT_AFTER_MS = 10_000
#: After the "painted" line, the window stays open this long (peak memory with the ledger open).
WINDOW_LINGER_S = 1.0
#: The import, export and statement figures take at most this many samples per side.
HEAVY_SAMPLES = 3
#: A run of ours is stopped after OVER_GOAL x (goal x the floor's first sample) seconds ...
OVER_GOAL = 4.0
#: ... but never before this many seconds.
MIN_BUDGET_S = 30.0

Log = Callable[[str], None]


@dataclass
class Context:
    inputs: Inputs
    exe: str
    env: Env
    repeat: int
    timeout: float
    log: Log = print


@dataclass
class Result:
    number: int
    key: str
    title: str
    unit: str  # "s", "ms" or "MiB"
    goal: float
    goal_kind: str  # "ratio": ours / floor <= goal; "max": ours <= goal
    ours: list[float] = field(default_factory=list)
    floor: list[float] = field(default_factory=list)
    approx: bool = False
    timed_out: bool = False  # ours did not finish: its figure is a lower bound
    na: str = ""  # why the figure could not be measured
    budget: float | None = None  # longest a run of ours may take (None: --timeout)
    notes: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ours_median(self) -> float | None:
        return statistics.median(self.ours) if self.ours else None

    @property
    def floor_median(self) -> float | None:
        return statistics.median(self.floor) if self.floor else None

    @property
    def ratio(self) -> float | None:
        if self.goal_kind != "ratio" or not self.ours or not self.floor:
            return None
        return statistics.median(self.ours) / statistics.median(self.floor)

    @property
    def ratio_of_minima(self) -> float | None:
        if self.goal_kind != "ratio" or not self.ours or not self.floor:
            return None
        return min(self.ours) / min(self.floor)

    @property
    def met(self) -> bool | None:
        if self.na or not self.ours:
            return None
        if self.timed_out:
            return False
        value = self.ratio if self.goal_kind == "ratio" else self.ours_median
        return None if value is None else value <= self.goal


class NotAvailable(Exception):
    """The program's part of a figure is missing or broken; the figure says n/a and why."""


# --- helpers ------------------------------------------------------------------------------------


def _alternate(ctx: Context, result: Result, samples: int,
               ours: Callable[[int], float], floor: Callable[[int], float]) -> None:
    """``samples`` of each side, alternating which goes first; a timeout of ours stops ours."""
    for i in range(samples):
        order = [("floor", floor), ("ours", ours)]
        if i % 2:
            order.reverse()
        for side, measure in order:
            if side == "ours" and result.timed_out:
                continue
            value = measure(i)
            getattr(result, side).append(value)
            if side == "floor" and result.budget is None and result.goal_kind == "ratio":
                result.budget = min(ctx.timeout,
                                    max(MIN_BUDGET_S, OVER_GOAL * result.goal * value))
        ctx.log(f"  {result.key} sample {i + 1}/{samples}: ours "
                f"{_last(result.ours)}, floor {_last(result.floor)}")


def _last(values: list[float]) -> str:
    return f"{values[-1]:.3f}" if values else "-"


def _program_run(ctx: Context, result: Result, cmd: list[str], what: str, **env: str) -> Run:
    """Runs our program; a timeout is recorded (figure becomes a lower bound), a failure is
    n/a with the program's last line of error."""
    timeout = result.budget or ctx.timeout
    r = run(cmd, env=ctx.env.build(**env), timeout=timeout)
    if r.timed_out:
        result.timed_out = True
        result.notes.append(f"{what} was stopped after {timeout:.0f} s ({OVER_GOAL:g} times what "
                            "the goal allows, or --timeout); the figure is that lower bound")
        return r
    if r.returncode != 0:
        raise NotAvailable(f"{what}: {r.problem()}")
    return r


def _floor_run(ctx: Context, cmd: list[str], what: str) -> Run:
    r = run(cmd, env=ctx.env.build(), timeout=ctx.timeout)
    if not r.ok:
        raise RuntimeError(f"floor {what} failed: {r.problem()}\n{r.stderr}")
    return r


def _json_line(r: Run, what: str) -> dict[str, Any]:
    lines = r.stdout.strip().splitlines()
    try:
        data = json.loads(lines[-1])
    except (IndexError, ValueError):
        raise NotAvailable(f"{what} printed no result: {r.problem() or r.stderr[-300:]}") from None
    if "error" in data:
        raise NotAvailable(f"{what}: {data['error']}")
    return dict(data)


def _digest(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def _orders(ctx: Context) -> str:
    n = ctx.inputs.orders
    return f"{n // 1000}k-order" if n >= 1000 and n % 1000 == 0 else f"{n}-order"


def _guarded(result: Result, work: Callable[[], None]) -> Result:
    try:
        work()
    except NotAvailable as exc:
        result.na = str(exc)
    return result


# --- 1 and 7: the window ------------------------------------------------------------------------


def window(ctx: Context) -> list[Result]:
    """Cold start to the first paint with orders and balances, and the window's peak memory."""
    start = Result(1, "cold_start", "cold start to a painted main window (orders, balances)",
                   "s", 1.3, "ratio")
    memory = Result(7, "peak_memory",
                    f"peak memory, {_orders(ctx)} ledger open in the window", "MiB", 200.0, "max")
    cmd = [ctx.exe, "--db", str(ctx.inputs.ledger)]
    floor_cmd = floors.command("window")

    def work() -> None:
        # The probe is the ledger's first start in this home: no kept figures yet, so it paints
        # once the dashboard has read them (about 35 s at 1M under load), and keeps them for
        # the samples. It may take the run's whole timeout to get there.
        probe = run(cmd, env=ctx.env.build(ACSA_DESK_EXIT_AFTER_MS=str(
                        max(WINDOW_EXIT_AFTER_MS, int(ctx.timeout * 1000))),
                        ACSA_DESK_REPORT_PAINTED="1"),
                    timeout=ctx.timeout, marker=PAINTED, linger_after_marker=WINDOW_LINGER_S)
        if probe.marker_seconds is None and not probe.ok:
            raise NotAvailable(f"acsa-desk --db LEDGER (the window): {probe.problem()}")
        painted = probe.marker_seconds is not None
        if painted:
            start.extra["first_start_painted_s"] = probe.marker_seconds
            start.notes.append(f"the first start (no kept figures: read, then kept) painted at "
                               f"{probe.marker_seconds:.2f} s; the samples start with them kept")
        if not painted:
            for r in (start, memory):
                r.approx = True
            start.notes.append(
                "the window printed no 'painted' line (ACSA_DESK_REPORT_PAINTED not wired yet): "
                "whole process with ACSA_DESK_EXIT_AFTER_MS=0, floor likewise to its exit")
            memory.notes.append("peak of the process with ACSA_DESK_EXIT_AFTER_MS=0 (approx)")
        _floor_run(ctx, floor_cmd, "window")  # warm-up

        def ours(_i: int) -> float:
            if painted:
                r = run(cmd, env=ctx.env.build(ACSA_DESK_EXIT_AFTER_MS=str(WINDOW_EXIT_AFTER_MS),
                                               ACSA_DESK_REPORT_PAINTED="1"),
                        timeout=ctx.timeout, marker=PAINTED, linger_after_marker=WINDOW_LINGER_S)
                if r.marker_seconds is None:
                    raise NotAvailable(f"the window printed no 'painted' line this time: "
                                       f"{r.problem() or 'exited first'}")
                start.extra.setdefault("reported_painted_s", []).append(r.marker_reported)
                value = r.marker_seconds
            else:
                r = _program_run(ctx, start, cmd, "the window", ACSA_DESK_EXIT_AFTER_MS="0",
                                 ACSA_DESK_REPORT_PAINTED="1")
                value = r.seconds
            memory.ours.append(r.maxrss_kib / 1024)
            return value

        def floor(_i: int) -> float:
            r = run(floor_cmd, env=ctx.env.build(), timeout=ctx.timeout, marker=PAINTED)
            if not r.ok:
                raise RuntimeError(f"floor window failed: {r.problem()}\n{r.stderr}")
            memory.floor.append(r.maxrss_kib / 1024)
            if painted and r.marker_seconds is None:
                raise RuntimeError("the floor window printed no 'painted' line")
            return r.marker_seconds if painted and r.marker_seconds is not None else r.seconds

        _alternate(ctx, start, ctx.repeat, ours, floor)
        memory.notes.append("floor: the bare window's peak, for reference")

    backups = ctx.inputs.ledger.parent / "backups"  # in the work folder: ours to tidy
    before = set(backups.glob("*")) if backups.exists() else set()
    try:
        work()
    except NotAvailable as exc:
        start.na = memory.na = str(exc)
    finally:
        made = set(backups.glob("*")) - before if backups.exists() else set()
        if made:
            start.notes.append(f"the window backed the ledger up ({len(made)} "
                               f"cop{'y' if len(made) == 1 else 'ies'}, removed after the figure)")
            start.extra["backups_made"] = len(made)
        shutil.rmtree(backups, ignore_errors=True)
    return [start, memory]


# --- 2: balances --------------------------------------------------------------------------------


def balances(ctx: Context) -> Result:
    result = Result(2, "balances", "acsa-desk balances --json, whole process", "s", 1.5, "ratio")
    ledger = ctx.inputs.ledger
    cmd = [ctx.exe, "--db", str(ledger), "balances", "--json"]
    floor_cmd = floors.command("balances", ledger)

    def work() -> None:
        first = _program_run(ctx, result, cmd, "acsa-desk balances --json")
        floor_first = _floor_run(ctx, floor_cmd, "balances")
        same = json.loads(first.stdout) == json.loads(floor_first.stdout)
        result.extra["same_output"] = same
        if not same:
            result.notes.append("the floor's JSON differs from ours: check the floor")
        _alternate(ctx, result, ctx.repeat,
                   lambda _i: _program_run(ctx, result, cmd, "acsa-desk balances").seconds,
                   lambda _i: _floor_run(ctx, floor_cmd, "balances").seconds)

    return _guarded(result, work)


# --- 3 and 10: finance export ------------------------------------------------------------------


def export_finance(ctx: Context) -> list[Result]:
    """Ours against two floors: the same query through sqlite3 + csv (3), and the physical
    floor (10): the export's rows and columns already in one flat table of a scratch file
    (made once, outside the timing, from the first floor's rows), dumped by
    ``SELECT * FROM flat`` + csv.writer. The three alternate sample by sample."""
    result = Result(3, "export_finance", "acsa-desk export-finance, all lines", "s", 1.5, "ratio")
    flat = Result(10, "export_finance_flat",
                  "acsa-desk export-finance vs a dump of one flat table", "s", 2.0, "ratio",
                  ours=result.ours)
    out = ctx.inputs.runs / "export"
    out.mkdir(parents=True, exist_ok=True)
    ours_csv, floor_csv, flat_csv = out / "ours.csv", out / "floor.csv", out / "flat.csv"
    flat_db = out / "flat.sqlite"
    cmd = [ctx.exe, "--db", str(ctx.inputs.ledger), "export-finance", "--out", str(ours_csv)]
    floor_cmd = floors.command("export_finance", ctx.inputs.ledger, floor_csv)
    flat_cmd = floors.command("export_flat", flat_db, flat_csv)

    def ours() -> float:
        r = _program_run(ctx, result, cmd, "acsa-desk export-finance")
        if not r.timed_out and "same_output" not in result.extra and floor_csv.exists():
            result.extra["same_output"] = _digest(ours_csv) == _digest(floor_csv)
            if not result.extra["same_output"]:
                result.notes.append("the floor's CSV differs from ours: check the floor")
        if r.cpu_seconds is not None:
            result.extra.setdefault("ours_cpu_s", []).append(round(r.cpu_seconds, 3))
        return r.seconds

    def floor() -> float:
        r = _floor_run(ctx, floor_cmd, "export")
        result.extra.setdefault("floor_cpu_s", []).append(round(r.cpu_seconds or 0.0, 3))
        return r.seconds

    def flat_floor() -> float:
        r = _floor_run(ctx, flat_cmd, "export from the flat table")
        flat.extra.setdefault("floor_cpu_s", []).append(round(r.cpu_seconds or 0.0, 3))
        if "same_output" not in flat.extra:
            flat.extra["same_output"] = _digest(flat_csv) == _digest(floor_csv)
            if not flat.extra["same_output"]:
                flat.notes.append("the flat table's CSV differs from the floor's: check it")
        return r.seconds

    def work() -> None:
        _floor_run(ctx, floor_cmd, "export")  # warm-up (ours warms up in the first sample)
        _floor_run(ctx, floors.command("export_flat", "prepare", flat_db, floor_csv),
                   "making the flat table")  # not timed
        _floor_run(ctx, flat_cmd, "export from the flat table")  # warm-up
        sides = [("floor", floor), ("flat", flat_floor), ("ours", ours)]
        samples = min(ctx.repeat, HEAVY_SAMPLES)
        for i in range(samples):
            for side, measure in sides[i % 3:] + sides[:i % 3]:  # each goes first in turn
                if side == "ours" and result.timed_out:
                    continue
                value = measure()
                if side == "ours":
                    result.ours.append(value)
                else:
                    (result if side == "floor" else flat).floor.append(value)
                if side == "floor" and result.budget is None:
                    result.budget = min(ctx.timeout,
                                        max(MIN_BUDGET_S, OVER_GOAL * result.goal * value))
            ctx.log(f"  export sample {i + 1}/{samples}: ours {_last(result.ours)}, floor "
                    f"{_last(result.floor)}, flat table {_last(flat.floor)}")
        flat.timed_out = result.timed_out
        flat.notes.append("same samples of ours as figure 3; floor: SELECT * FROM one flat table "
                          "holding the export's cells (made outside the timing) + csv.writer")
        cpu_ours, cpu_flat = result.extra.get("ours_cpu_s"), flat.extra.get("floor_cpu_s")
        if cpu_ours and cpu_flat:
            flat.notes.append(f"CPU time (user + system): ours {min(cpu_ours):.2f}-"
                              f"{max(cpu_ours):.2f} s, flat-table floor {min(cpu_flat):.2f}-"
                              f"{max(cpu_flat):.2f} s; load average {_load()}")

    try:
        _guarded(result, work)
        flat.na = result.na
        return [result, flat]
    finally:
        shutil.rmtree(out, ignore_errors=True)


# --- 4: statement PDF ---------------------------------------------------------------------------


#: The issue's bound on a statement's peak memory, whatever its size.
STATEMENT_MEMORY_MIB = 300.0
#: Ours over LibreOffice converting a CSV of the same rows: at least twice as fast.
LIBREOFFICE_GOAL = 0.5


def statement(ctx: Context) -> list[Result]:
    lines = len(json.loads(ctx.inputs.statement_rows.read_text(encoding="utf-8"))["orders"])
    result = Result(4, "statement_pdf", f"statement PDF of {lines:,} lines (build only)", "s",
                    0.25, "ratio")
    memory = Result(4, "statement_memory",
                    "peak memory of that statement's process (rows in hand + build)", "MiB",
                    STATEMENT_MEMORY_MIB, "max")
    office = Result(4, "statement_vs_libreoffice",
                    "that statement's process vs LibreOffice headless, a CSV of the rows to PDF",
                    "s", LIBREOFFICE_GOAL, "ratio")
    out = ctx.inputs.runs / "statement"
    out.mkdir(parents=True, exist_ok=True)
    rows = ctx.inputs.statement_rows
    cmd = [sys.executable, "-m", "acsa_desk.bench.probes", "statement", str(rows),
           str(out / "ours.pdf")]
    floor_cmd = floors.command("statement", rows, ctx.inputs.font, out / "floor.pdf")
    processes: list[float] = []  # our whole probe process (start-up, rows in hand, build)

    def ours(_i: int) -> float:
        timeout = result.budget or ctx.timeout
        r = run(cmd, env=ctx.env.build(), timeout=timeout)
        if r.timed_out:
            result.timed_out = True
            result.notes.append(f"our build was stopped after {timeout:.0f} s; the figure is "
                                "that lower bound (including start-up)")
            return r.seconds
        data = _json_line(r, "build_statement")
        result.extra.setdefault("ours_bytes", data["bytes"])
        memory.ours.append(r.maxrss_kib / 1024)
        processes.append(r.seconds)
        return float(data["seconds"])

    office_cmd: list[str] | None = None
    office_peaks: list[float] = []

    def floor(_i: int) -> float:
        if office_cmd is not None and not office.na:  # beside the floor: interleaved with ours
            office_sample(office_cmd)
        data = json.loads(_floor_run(ctx, floor_cmd, "statement").stdout.strip().splitlines()[-1])
        result.extra.setdefault("floor_bytes", data["bytes"])
        return float(data["seconds"])

    def office_sample(cmd: list[str]) -> None:
        r = run(cmd, env=ctx.env.build(), timeout=ctx.timeout)
        if not r.ok:
            office.na = f"soffice failed: {r.problem()}"
            return
        office.floor.append(r.seconds)
        office_peaks.append(r.maxrss_kib / 1024)

    def work() -> None:
        _alternate(ctx, result, min(ctx.repeat, HEAVY_SAMPLES), ours, floor)

    try:
        office_cmd = _libreoffice(ctx, office, rows, out)
        _guarded(result, work)
        memory.na = result.na
        if office_cmd is not None and not office.na:
            if not processes:
                office.na = "our statement did not run"
            else:
                office.ours = list(processes)
                office.extra["libreoffice_peak_mib"] = office_peaks
                office.extra["ours_peak_mib"] = list(memory.ours)
                office.notes.append(
                    "floor: LibreOffice (soffice --headless --convert-to pdf), each sample run "
                    "beside the reportlab floor's; ours: the whole statement process on the "
                    "same rows")
        return [result, memory, office]
    finally:
        shutil.rmtree(out, ignore_errors=True)


def _libreoffice(ctx: Context, result: Result, rows: Path, out: Path) -> list[str] | None:
    """Optional: LibreOffice headless converting a CSV of the same rows to PDF (when
    ``soffice`` is on the PATH), against our whole statement process on those rows: the
    command of one sample (the CSV written and LibreOffice's profile made), or None."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        result.na = "LibreOffice is not installed here (`which soffice` finds nothing)"
        return None
    import csv

    orders = json.loads(rows.read_text(encoding="utf-8"))["orders"]
    csv_path = out / "rows.csv"
    with csv_path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        keys = list(orders[0]) if orders else []
        writer.writerow(keys)
        for order in orders:
            writer.writerow([" + ".join(v) if isinstance(v, list) else v
                             for v in (order[k] for k in keys)])
    profile = out / "lo-profile"
    cmd = [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
           "pdf", "--outdir", str(out / "lo"), str(csv_path)]
    run(cmd, env=ctx.env.build(), timeout=ctx.timeout)  # warm-up: makes the profile
    return cmd


# --- 5: orders import ---------------------------------------------------------------------------


def import_orders(ctx: Context) -> list[Result]:
    csv_path = ctx.inputs.orders_csv
    with csv_path.open(encoding="utf-8") as handle:
        lines = sum(1 for _ in handle) - 1
    result = Result(5, "import_orders", f"import-orders of {lines:,} lines into an empty ledger",
                    "s", 5.0, "ratio")
    size_mib = csv_path.stat().st_size / 2**20
    # the goal: under 600 MiB for a 287 MB file, i.e. about 2.2 times the file
    memory = Result(8, "import_memory",
                    f"peak memory of that import ({size_mib:.0f} MiB file, streamed)", "MiB",
                    round(max(80.0 + 2.2 * size_mib, 200.0)), "max")
    if "empty_ledger" in ctx.inputs.unavailable:
        result.na = memory.na = ctx.inputs.unavailable["empty_ledger"]
        return [result, memory]
    runs = ctx.inputs.runs / "import"

    def ours(i: int) -> float:
        folder = runs / f"ours-{i}"
        ledger = fresh_copy(ctx.inputs.empty_ledger, folder)
        try:
            r = _program_run(ctx, result, [ctx.exe, "--db", str(ledger), "import-orders",
                                           str(csv_path)], "acsa-desk import-orders")
            if i == 0 and not r.timed_out:
                result.extra["ours_said"] = r.stdout.strip()
            if not r.timed_out:
                memory.ours.append(r.maxrss_kib / 1024)
            return r.seconds
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def floor(i: int) -> float:
        folder = runs / f"floor-{i}"
        folder.mkdir(parents=True, exist_ok=True)
        try:
            r = _floor_run(ctx, floors.command("import_orders", folder / "floor.sqlite", csv_path),
                           "import")
            return r.seconds
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    _guarded(result, lambda: _alternate(ctx, result, min(ctx.repeat, HEAVY_SAMPLES), ours, floor))
    if result.na:
        memory.na = result.na
    return [result, memory]


# --- 6: order list queries ----------------------------------------------------------------------


def order_queries(ctx: Context) -> Result:
    result = Result(6, "order_queries", "filter or sort the orders table (count + first page)",
                    "ms", 50.0, "max")

    def work() -> None:
        repeat = max(5, 2 * ctx.repeat)
        r = run([sys.executable, "-m", "acsa_desk.bench.probes", "queries",
                 str(ctx.inputs.ledger), "--repeat", str(repeat)],
                env=ctx.env.build(), timeout=ctx.timeout)
        if r.timed_out:
            raise NotAvailable(f"the order queries did not finish within {ctx.timeout:.0f} s")
        ops: dict[str, list[float]] = _json_line(r, "order queries")["ops"]
        medians = {name: statistics.median(samples) for name, samples in ops.items()}
        worst = max(medians, key=lambda name: medians[name])
        result.ours = ops[worst]  # the figure is the worst operation's median
        result.extra["ops"] = {name: {"median_ms": round(medians[name], 2),
                                      "max_ms": round(max(samples), 2), "samples_ms": samples}
                               for name, samples in ops.items()}
        result.extra["worst"] = worst
        result.notes.append(f"worst operation: {worst}; every operation in the detail below")
        ctx.log(f"  order_queries: worst {worst} {medians[worst]:.1f} ms")

    return _guarded(result, work)


# --- 9: verify ----------------------------------------------------------------------------------


def verify(ctx: Context) -> Result:
    """The whole verify of the demo ledger: integrity check, chain and MACs, the replay of the
    log against every table, the totals (goal: under 30 s, streaming, bounded memory). Its
    CPU time and the load average are reported beside the wall clock, since the machine is
    shared; a stopped run counts as the lower bound it is."""
    result = Result(9, "verify", "acsa-desk verify (chain, MACs, replay of every table, totals)",
                    "s", 30.0, "max")
    cmd = [ctx.exe, "--db", str(ctx.inputs.ledger), "verify"]

    def work() -> None:
        samples = min(ctx.repeat, HEAVY_SAMPLES)
        peaks, cpus, loads = [], [], []
        for i in range(samples):
            loads.append(_load())
            r = _program_run(ctx, result, cmd, "acsa-desk verify")
            result.ours.append(r.seconds)
            peaks.append(r.maxrss_kib)
            cpus.append(r.cpu_seconds or 0.0)
            ctx.log(f"  verify sample {i + 1}/{samples}: {r.seconds:.3f} s, CPU "
                    f"{r.cpu_seconds or 0:.1f} s, {r.maxrss_kib / 1024:.0f} MiB, load {loads[-1]}")
            if r.timed_out:
                break
            if i == 0:
                result.extra["output"] = r.stdout.strip().splitlines()[:1]
        result.extra.update(peak_mib=round(max(peaks) / 1024, 1),
                            cpu_s=[round(c, 2) for c in cpus], load_average=loads)
        result.notes.append(
            f"peak memory {max(peaks) / 1024:.0f} MiB; CPU time (user + system) "
            f"{min(cpus):.1f}-{max(cpus):.1f} s; 1-minute load average before the samples "
            f"{', '.join(f'{load:.1f}' for load in loads)} on {_cores()} cores")

    return _guarded(result, work)


def _load() -> float:
    import os

    try:
        return round(os.getloadavg()[0], 1)
    except OSError:
        return -1.0


def _cores() -> int:
    import os

    return os.cpu_count() or 1


ALL: dict[str, Callable[[Context], Result | list[Result]]] = {
    "window": window,
    "balances": balances,
    "export": export_finance,
    "statement": statement,
    "import": import_orders,
    "queries": order_queries,
    "verify": verify,
    "reconcile": lambda ctx: _reconcile_figure(ctx),
    "import-big": lambda ctx: _import_big_figure(ctx),
}
#: Figures measured only when named with --only (each takes many minutes).
OPT_IN = frozenset({"import-big"})


def _reconcile_figure(ctx: Context) -> Result:
    from acsa_desk.bench.reconcile_figure import reconcile

    return reconcile(ctx)


def _import_big_figure(ctx: Context) -> list[Result]:
    from acsa_desk.bench.import_big import import_big

    return import_big(ctx)
