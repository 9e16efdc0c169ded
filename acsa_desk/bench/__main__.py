"""``python -m acsa_desk.bench``: build (or reuse) the demo ledger, measure, print, write JSON."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from acsa_desk.bench import figures, ledger, report, runner

DEFAULT_ORDERS = 100_000
DEFAULT_SEED = 2018
STATEMENT_LINES = 10_000
#: The default --timeout: this long per run up to TIMEOUT_ORDERS orders, in proportion beyond
#: (a run at 1,000,000 orders may take 1,800 s: the import and the statement grow with it).
TIMEOUT_S, TIMEOUT_ORDERS = 180.0, 100_000


def default_timeout(orders: int) -> float:
    return TIMEOUT_S * max(1.0, orders / TIMEOUT_ORDERS)


def _at_least_one(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m acsa_desk.bench",
        description="Measure ACSA Desk's hot paths against their floors (the same work done by "
                    "the bare libraries, in the same run) and print one table.")
    p.add_argument("--orders", type=_at_least_one, default=DEFAULT_ORDERS, metavar="N",
                   help=f"orders in the demo ledger (default {DEFAULT_ORDERS:,})")
    p.add_argument("--seed", type=int, default=DEFAULT_SEED, metavar="S",
                   help=f"seed of the demo ledger and the statement rows (default {DEFAULT_SEED})")
    p.add_argument("--repeat", type=_at_least_one, default=5, metavar="K",
                   help="samples per figure and side (import, export and statement take at most "
                        f"{figures.HEAVY_SAMPLES}); default 5")
    p.add_argument("--json", type=Path, metavar="FILE",
                   help="where to write the results (default WORKDIR/results.json)")
    p.add_argument("--workdir", type=Path, default=Path(".bench"), metavar="DIR",
                   help="cache of ledgers and scratch files (default ./.bench)")
    p.add_argument("--statement-lines", type=_at_least_one, default=STATEMENT_LINES, metavar="N",
                   help=f"order rows of the statement PDF (default {STATEMENT_LINES:,})")
    p.add_argument("--timeout", type=float, metavar="SECONDS",
                   help=f"longest a single run may take before it is stopped (default "
                        f"{TIMEOUT_S:.0f} s, {TIMEOUT_S:.0f} s per {TIMEOUT_ORDERS:,} orders "
                        "beyond that)")
    p.add_argument("--only", action="append", choices=sorted(figures.ALL), metavar="PART",
                   help="measure only these parts (repeatable): " + ", ".join(figures.ALL))
    p.add_argument("--rebuild", action="store_true", help="build the demo ledger again")
    p.add_argument("--postgres", action="store_true",
                   help="also run every figure that takes a --db on a PostgreSQL server the "
                        "benchmark starts (the demo ledger copied in by copy-to), against the "
                        "same figure on SQLite; a second table")
    return p


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.timeout is None:
        args.timeout = default_timeout(args.orders)
    started = time.perf_counter()
    workdir = ledger.workdir_ready(args.workdir)
    env = runner.Env(home=workdir / "home")
    exe = runner.program()
    runner.compile_package()  # ours runs from bytecode, as installed
    inputs = ledger.prepare(workdir, orders=args.orders, seed=args.seed,
                            statement_lines=args.statement_lines, exe=exe, env=env,
                            rebuild=args.rebuild, log=log)
    info = report.run_info(
        {"orders": args.orders, "seed": args.seed, "repeat": args.repeat,
         "statement_lines": args.statement_lines, "timeout_s": args.timeout,
         "only": args.only, "postgres": args.postgres},
        {"orders": args.orders, "seed": args.seed, "built_on": inputs.built_on,
         "build_seconds": None if inputs.build_seconds is None else round(inputs.build_seconds, 1),
         "path": str(inputs.ledger)})
    ctx = figures.Context(inputs=inputs, exe=exe, env=env, repeat=args.repeat,
                          timeout=args.timeout, log=log)
    results: list[figures.Result] = []
    for name, measure in figures.ALL.items():
        if (args.only and name not in args.only) or (not args.only and name in figures.OPT_IN):
            continue
        log(f"measuring {name}")
        got = measure(ctx)
        results.extend(got if isinstance(got, list) else [got])
    results.sort(key=lambda r: r.number)
    postgresql = None
    if args.postgres:
        from acsa_desk.bench import postgres

        pg_results, pg_info = postgres.measure(ctx, args.only)
        postgresql = {**pg_info, "results": pg_results}
    info["seconds"] = round(time.perf_counter() - started, 1)
    info["machine"]["load_average_at_end"] = report.machine()["load_average"]
    out = args.json or workdir / "results.json"
    report.write_json(out, info, results, postgresql)
    print(report.header_line(info))
    print()
    print(report.table(results))
    print()
    if postgresql is not None:
        print(postgres.describe(postgresql))
        print()
        print(report.table(postgresql["results"], postgres.HEADER, "PostgreSQL and SQLite"))
        print()
        results = results + postgresql["results"]
    print(f"{len(results)} figures in {info['seconds']:.0f} s; JSON: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
