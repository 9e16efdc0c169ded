"""The harness runs end to end on a tiny ledger and reports every figure; its parts (running a
program, the table, the JSON) behave. Nothing here is timed."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from acsa_desk.bench import report
from acsa_desk.bench.figures import Result
from acsa_desk.bench.runner import PAINTED, Env, run

FIGURES = set(range(1, 11))


def _bench(workdir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "acsa_desk.bench", "--orders", "200", "--repeat", "1",
         "--statement-lines", "150", "--workdir", str(workdir), *args],
        capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    return proc


@pytest.mark.slow
def test_the_benchmark_runs_end_to_end_on_a_tiny_ledger(tmp_path: Path) -> None:
    workdir = tmp_path / "work"
    results = tmp_path / "results.json"
    first = _bench(workdir, "--json", str(results))
    assert "building the demo ledger" in first.stderr

    table_rows = [line for line in first.stdout.splitlines() if line.startswith("| ")]
    assert [cell.strip() for cell in table_rows[0].split("|")[1:-1]] == report.HEADER
    numbers = {int(line.split("|")[1]) for line in table_rows[1:]}
    assert numbers == FIGURES

    doc = json.loads(results.read_text(encoding="utf-8"))
    assert doc["machine"]["cores"] and doc["machine"]["cpu"] and doc["versions"]["PySide6"]
    assert doc["date"] and doc["ledger"]["orders"] == 200
    by_number = {f["number"]: f for f in doc["figures"]}
    assert set(by_number) == FIGURES
    # The command-line figures need nothing the machine may lack: none of them may be n/a (the
    # import's once was, for weeks, when the empty ledger it imports into could not be made).
    for key in ("balances", "export_finance", "export_finance_flat", "import_orders",
                "import_memory", "statement_memory"):
        figure = next(f for f in doc["figures"] if f["key"] == key)
        assert not figure["na"], figure
    for figure in doc["figures"]:
        if figure["na"]:
            assert isinstance(figure["na"], str) and figure["na"]
            continue
        assert figure["ours"]["samples"], figure
        assert figure["ours"]["median"] is not None and figure["ours"]["min"] is not None
        if figure["goal"]["kind"] == "ratio":
            assert figure["floor"]["samples"] and figure["ratio"] is not None, figure
        assert figure["met"] in (True, False)
    for key in ("balances", "export_finance", "export_finance_flat"):
        figure = next(f for f in doc["figures"] if f["key"] == key)
        if not figure["na"]:
            assert figure["extra"]["same_output"] is True, figure
    # the physical floor of the export: the same samples of ours, its own floor's
    export, flat = by_number[3], by_number[10]
    assert flat["ours"] == export["ours"] and flat["floor"]["samples"]
    assert flat["goal"] == {"kind": "ratio", "value": 2.0}
    queries = by_number[6]
    if not queries["na"]:
        assert len(queries["extra"]["ops"]) >= 4

    # The demo ledger is cached by orders and seed: a second run reuses it.
    second = _bench(workdir, "--only", "balances")
    assert "building the demo ledger" not in second.stderr
    assert (workdir / ".gitignore").read_text().strip().endswith("*")
    assert (workdir / "results.json").exists()


# --- running a program ---------------------------------------------------------------------------


def test_run_times_a_marker_and_stops_the_program_after_lingering(tmp_path: Path) -> None:
    script = ("import sys, time\n"
              f"print('{PAINTED} 0.125', file=sys.stderr, flush=True)\n"
              "buf = bytearray(40 * 1024 * 1024)\n"
              "time.sleep(60)\n")
    started = time.perf_counter()
    r = run([sys.executable, "-c", script], env=Env(home=tmp_path).build(), timeout=50,
            marker=PAINTED, linger_after_marker=0.3)
    assert time.perf_counter() - started < 30
    assert r.ok and not r.timed_out
    assert r.marker_seconds is not None and r.marker_seconds <= r.seconds
    assert r.marker_reported == pytest.approx(0.125)
    assert r.maxrss_kib > 40 * 1024


def test_run_stops_a_program_at_its_timeout(tmp_path: Path) -> None:
    r = run([sys.executable, "-c", "import time; time.sleep(60)"], env=Env(home=tmp_path).build(),
            timeout=1.0)
    assert r.timed_out and not r.ok
    assert 1.0 <= r.seconds < 30
    assert "timed out" in r.problem()


def test_run_reports_a_failure_with_its_last_line(tmp_path: Path) -> None:
    r = run([sys.executable, "-c", "import sys; sys.exit('acsa-desk: no such ledger')"],
            env=Env(home=tmp_path).build(), timeout=30)
    assert not r.ok
    assert r.problem() == "exit status 1: acsa-desk: no such ledger"


def test_env_is_headless_private_and_free_of_leftover_switches(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACSA_DESK_EXIT_AFTER_MS", "5")
    env = Env(home=tmp_path / "home").build(ACSA_DESK_REPORT_PAINTED="1")
    assert env["QT_QPA_PLATFORM"] == "offscreen"
    assert env["HOME"] == str(tmp_path / "home")
    assert "ACSA_DESK_EXIT_AFTER_MS" not in env and env["ACSA_DESK_REPORT_PAINTED"] == "1"


# --- the table and the JSON ----------------------------------------------------------------------


def _results() -> list[Result]:
    met = Result(2, "balances", "balances", "s", 1.5, "ratio", ours=[0.3, 0.2, 0.25],
                 floor=[0.2, 0.2, 0.2])
    missed = Result(3, "export", "export", "s", 1.5, "ratio", ours=[30.0], floor=[3.0, 3.1],
                    timed_out=True, notes=["stopped"])
    approx = Result(1, "cold_start", "window", "s", 1.3, "ratio", ours=[2.0], floor=[1.0],
                    approx=True)
    absent = Result(4, "statement", "statement", "s", 0.25, "ratio", na="no documents package")
    absolute = Result(6, "queries", "queries", "ms", 50.0, "max", ours=[12.0, 80.0, 14.0],
                      extra={"ops": {"a": {"median_ms": 14.0, "max_ms": 80.0}}})
    return [approx, met, missed, absent, absolute]


def test_table_shows_ratios_goals_and_what_was_not_measured() -> None:
    text = report.table(_results())
    lines = {line.split("|")[1].strip(): line for line in text.splitlines() if line.startswith("| ")}
    assert "1.25x" in lines["2"] and "yes" in lines["2"]
    assert "> 30.00 s" in lines["3"] and "> 9.84x" in lines["3"] and "NO" in lines["3"]
    assert "~" in lines["1"] and "NO ~" in lines["1"]
    assert "n/a" in lines["4"] and "4. n/a: no documents package" in text
    assert "14.0 ms" in lines["6"] and "yes" in lines["6"]
    assert "6.    a: median 14.0 ms, max 80.0 ms" in text


def test_json_keeps_every_sample_median_and_minimum(tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    report.write_json(out, {"date": "2026-01-01T00:00:00+00:00"}, _results())
    doc = json.loads(out.read_text())
    balances = next(f for f in doc["figures"] if f["key"] == "balances")
    assert balances["ours"] == {"samples": [0.3, 0.2, 0.25], "median": 0.25, "min": 0.2}
    assert balances["ratio"] == 1.25 and balances["ratio_of_minima"] == 1.0
    assert balances["met"] is True
    statement = next(f for f in doc["figures"] if f["key"] == "statement")
    assert statement["met"] is None and statement["na"] == "no documents package"
    export = next(f for f in doc["figures"] if f["key"] == "export")
    assert export["met"] is False and export["timed_out"] is True


def test_a_million_orders_are_accepted_and_runs_may_take_longer_there() -> None:
    from acsa_desk.bench.__main__ import build_parser, default_timeout

    args = build_parser().parse_args(["--orders", "1000000"])
    assert args.orders == 1_000_000 and args.timeout is None  # main() scales the default
    assert default_timeout(1_000_000) == 1800.0
    assert default_timeout(100_000) == default_timeout(200) == 180.0
    assert build_parser().parse_args(["--orders", "1000000", "--timeout", "60"]).timeout == 60.0
