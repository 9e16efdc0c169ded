"""Figure 11 (optional: ``--only import-big``, never in a plain run): the orders import of a
file of about 1,000,000 lines into an empty ledger, its peak memory against the goal of
issue 9 section 6 and issue 16 goal 2 (under 600 MiB whatever the file's size), its wall
clock and CPU time against the floor (csv + executemany) on the same file, one sample each.

The file is the benchmark's orders file repeated under new order numbers (``R<k>-`` before
each number) until it holds ``LINES`` lines, cut there; it is made once and kept beside the
orders file. One import takes minutes: the run's own time limit is ``BIG_TIMEOUT_S``.
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from acsa_desk.bench import floors
from acsa_desk.bench.figures import Result, _guarded, _load
from acsa_desk.bench.ledger import fresh_copy
from acsa_desk.bench.runner import run

if TYPE_CHECKING:
    from acsa_desk.bench.figures import Context

LINES = 1_000_000
GOAL_MIB = 600.0
GOAL_RATIO = 3.0
BIG_TIMEOUT_S = 3 * 3600.0


def big_file(source: Path, lines: int = LINES) -> Path:
    """``source`` repeated under new order numbers up to ``lines`` lines (made once)."""
    target = source.with_name(f"{source.stem}-x{lines}.csv")
    if target.exists():
        return target
    partial = target.with_suffix(".part")
    written = 0
    with partial.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        copy = 0
        while written < lines:
            with source.open(encoding="utf-8-sig", newline="") as handle:
                reader = csv.reader(handle)
                header = next(reader)
                number = header.index("order_number")
                if copy == 0:
                    writer.writerow(header)
                for row in reader:
                    if written >= lines:
                        break
                    if copy:
                        row[number] = f"R{copy}-{row[number]}"
                    writer.writerow(row)
                    written += 1
            copy += 1
    partial.replace(target)
    return target


def import_big(ctx: Context) -> list[Result]:
    csv_path = big_file(ctx.inputs.orders_csv)
    size_mib = csv_path.stat().st_size / 2**20
    title = f"import-orders of {LINES:,} lines ({size_mib:.0f} MiB file) into an empty ledger"
    speed = Result(11, "import_big", title, "s", GOAL_RATIO, "ratio")
    memory = Result(11, "import_big_memory", "peak memory of that import (streamed)", "MiB",
                    GOAL_MIB, "max")
    if "empty_ledger" in ctx.inputs.unavailable:
        speed.na = memory.na = ctx.inputs.unavailable["empty_ledger"]
        return [speed, memory]
    folder = ctx.inputs.runs / "import-big"

    def work() -> None:
        try:
            load_ours = _load()
            ledger = fresh_copy(ctx.inputs.empty_ledger, folder / "ours")
            r = run([ctx.exe, "--db", str(ledger), "import-orders", str(csv_path)],
                    env=ctx.env.build(), timeout=max(ctx.timeout, BIG_TIMEOUT_S))
            if not r.ok:
                speed.na = memory.na = f"acsa-desk import-orders: {r.problem()}"
                return
            speed.ours.append(r.seconds)
            memory.ours.append(r.maxrss_kib / 1024)
            speed.extra["ours_said"] = r.stdout.strip().splitlines()[:1]
            ctx.log(f"  import_big: ours {r.seconds:.1f} s, CPU {r.cpu_seconds or 0:.1f} s, "
                    f"{r.maxrss_kib / 1024:.0f} MiB, load {load_ours}")
            (folder / "floor").mkdir(parents=True, exist_ok=True)
            load_floor = _load()
            f = run(floors.command("import_orders", folder / "floor" / "floor.sqlite", csv_path),
                    env=ctx.env.build(), timeout=max(ctx.timeout, BIG_TIMEOUT_S))
            if not f.ok:
                speed.na = f"floor import failed: {f.problem()}"
                return
            speed.floor.append(f.seconds)
            ctx.log(f"  import_big: floor {f.seconds:.1f} s, CPU {f.cpu_seconds or 0:.1f} s, "
                    f"{f.maxrss_kib / 1024:.0f} MiB, load {load_floor}")
            speed.extra.update(cpu_s={"ours": r.cpu_seconds, "floor": f.cpu_seconds},
                               peak_mib={"ours": round(r.maxrss_kib / 1024, 1),
                                         "floor": round(f.maxrss_kib / 1024, 1)},
                               load_average={"ours": load_ours, "floor": load_floor},
                               file_mib=round(size_mib, 1))
            speed.notes.append(
                f"one sample each; CPU time (user + system) ours {r.cpu_seconds or 0:.1f} s, "
                f"floor {f.cpu_seconds or 0:.1f} s; 1-minute load average before each "
                f"{load_ours}, {load_floor}; the floor holds the whole file in memory "
                f"({f.maxrss_kib / 1024:.0f} MiB)")
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    _guarded(speed, work)
    return [speed, memory]
