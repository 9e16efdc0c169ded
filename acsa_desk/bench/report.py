"""The table, the machine it ran on, and the JSON of every sample."""

from __future__ import annotations

import json
import os
import platform
import sqlite3
import subprocess
import sys
from datetime import datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from acsa_desk.bench.figures import Result

PACKAGES = ("acsa-desk", "PySide6", "sqlmodel", "SQLAlchemy", "reportlab", "alembic", "Babel")


def machine() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        load = [round(x, 2) for x in os.getloadavg()]
    except OSError:
        load = []
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_mib": _memory_mib(),
        "load_average": load,
        "os": platform.platform(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
    }


def _memory_mib() -> int | None:
    try:
        for line in Path("/proc/meminfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) // 1024
    except OSError:
        pass
    return None


def versions() -> dict[str, str]:
    out = {}
    for name in PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "not installed"
    return out


def source_revision() -> dict[str, Any]:
    """The commit measured and whether the tree had changes (read-only git queries)."""
    root = Path(__file__).resolve().parents[2]
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=root, text=True,
                                capture_output=True, timeout=10, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=root,
                               text=True, capture_output=True, timeout=10).stdout.strip() != ""
    except (OSError, subprocess.SubprocessError):
        return {}
    return {"commit": commit, "modified_files": dirty}


# --- the table ----------------------------------------------------------------------------------


def _value(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "s":
        return f"{value:.2f} s" if value < 100 else f"{value:.0f} s"
    if unit == "ms":
        return f"{value:.1f} ms"
    return f"{value:.0f} {unit}"


def _goal(r: Result) -> str:
    if r.goal_kind == "ratio":
        return f"<= {r.goal:g}x"
    return f"<= {_value(r.goal, r.unit)}"


def _met(r: Result) -> str:
    if r.na:
        return "n/a"
    met = r.met
    if met is None:
        return "-"
    return ("yes" if met else "NO") + (" ~" if r.approx else "")


def rows(results: list[Result]) -> list[list[str]]:
    table = []
    for r in results:
        if r.na:
            table.append([str(r.number), r.title, "n/a", "-", "-", _goal(r), "n/a"])
            continue
        ours = _value(r.ours_median, r.unit)
        if r.timed_out:
            ours = "> " + ours
        if r.approx:
            ours += " ~"
        ratio = r.ratio
        ratio_text = "-" if ratio is None else f"{'> ' if r.timed_out else ''}{ratio:.2f}x"
        table.append([str(r.number), r.title, ours, _value(r.floor_median, r.unit), ratio_text,
                      _goal(r), _met(r)])
    return table


HEADER = ["#", "figure", "ours", "floor", "ratio", "goal", "met?"]
ALIGN_RIGHT = {0, 2, 3, 4}


def table(results: list[Result], header: list[str] | None = None,
          sides: str = "ours and floor") -> str:
    """A Markdown table (it reads as plain text too), then the notes."""
    header = header or HEADER
    body = rows(results)
    widths = [max(len(row[i]) for row in [header, *body]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(
            c.rjust(w) if i in ALIGN_RIGHT else c.ljust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ) + " |"

    rule = "|" + "|".join(
        ("-" * (w + 1) + ":") if i in ALIGN_RIGHT else ("-" * (w + 2))
        for i, w in enumerate(widths)
    ) + "|"
    out = [line(header), rule, *(line(row) for row in body)]
    notes = []
    for r in results:
        if r.na:
            notes.append(f"{r.number}. n/a: {r.na}")
        notes += [f"{r.number}. {note}" for note in r.notes]
        ops = r.extra.get("ops")
        if ops:
            notes += [f"{r.number}.    {name}: median {op['median_ms']:.1f} ms, "
                      f"max {op['max_ms']:.1f} ms" for name, op in ops.items()]
    if any(r.approx for r in results):
        notes.append("~ approximate: see the note of that figure")
    first, _and, second = sides.partition(" and ")
    notes.append(f"{sides} are medians of the samples; ratio = {first} / {second}")
    return "\n".join([*out, "", *notes])


def header_line(info: dict[str, Any]) -> str:
    m = info["machine"]
    ledger = info["ledger"]
    return (f"ACSA Desk benchmark, {info['date'][:16].replace('T', ' ')}: {m['cpu']}, "
            f"{m['cores']} cores, Python {m['python']}, SQLite {m['sqlite']}; demo ledger of "
            f"{ledger['orders']:,} orders (seed {ledger['seed']}, built {ledger['built_on']}); "
            f"load average at start {m['load_average']}")


# --- the JSON -----------------------------------------------------------------------------------


def _side(samples: list[float]) -> dict[str, Any]:
    if not samples:
        return {"samples": [], "median": None, "min": None}
    ordered = sorted(samples)
    mid = len(ordered) // 2
    median = ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2
    return {"samples": [round(s, 4) for s in samples], "median": round(median, 4),
            "min": round(ordered[0], 4)}


def figure_json(r: Result) -> dict[str, Any]:
    return {
        "number": r.number, "key": r.key, "title": r.title, "unit": r.unit,
        "goal": {"kind": r.goal_kind, "value": r.goal},
        "ours": _side(r.ours), "floor": _side(r.floor),
        "ratio": None if r.ratio is None else round(r.ratio, 3),
        "ratio_of_minima": None if r.ratio_of_minima is None else round(r.ratio_of_minima, 3),
        "met": r.met, "approx": r.approx, "timed_out": r.timed_out, "na": r.na or None,
        "notes": r.notes, "extra": r.extra,
    }


def document(info: dict[str, Any], results: list[Result],
             postgresql: dict[str, Any] | None = None) -> dict[str, Any]:
    doc = {**info, "figures": [figure_json(r) for r in results]}
    if postgresql is not None:  # --postgres: the server, its copy-to, and its figures
        rest = {k: v for k, v in postgresql.items() if k != "results"}
        doc["postgresql"] = {**rest, "figures": [figure_json(r) for r in
                                                 postgresql.get("results", [])]}
    return doc


def write_json(path: Path, info: dict[str, Any], results: list[Result],
               postgresql: dict[str, Any] | None = None) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document(info, results, postgresql), indent=2,
                               ensure_ascii=False) + "\n", encoding="utf-8")


def run_info(args: dict[str, Any], ledger: dict[str, Any]) -> dict[str, Any]:
    return {
        "date": datetime.now().astimezone().isoformat(timespec="seconds"),
        "machine": machine(),
        "versions": versions(),
        "source": source_revision(),
        "command": " ".join([Path(sys.executable).name, "-m", "acsa_desk.bench", *sys.argv[1:]]),
        "args": args,
        "ledger": ledger,
    }
