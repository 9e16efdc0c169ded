"""Fixtures of the benchmark's tests (none of them timed): a small demo ledger made by the real
``acsa-desk demo``, and a recorder of every SQL statement SQLite is asked to run."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sqlite3
import sqlite3.dbapi2
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from acsa_desk.bench.runner import Env, program

DEMO_ORDERS = 120
DEMO_SEED = 7


@pytest.fixture(scope="session")
def bench_env(tmp_path_factory: pytest.TempPathFactory) -> Env:
    """A private HOME for the programs these tests run (never the user's settings)."""
    return Env(home=tmp_path_factory.mktemp("bench-home"))


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory, bench_env: Env) -> Path:
    """A demo ledger made by the installed program, as the benchmark makes its own."""
    path = tmp_path_factory.mktemp("bench-demo") / "demo.sqlite"
    proc = subprocess.run([program(), "--db", str(path), "demo", "--orders", str(DEMO_ORDERS),
                           "--seed", str(DEMO_SEED)], capture_output=True, text=True,
                          env=bench_env.build(), timeout=300)
    assert proc.returncode == 0, proc.stderr
    return path


class SqlTrace:
    """The statements SQLite ran on every connection opened while it records."""

    def __init__(self) -> None:
        self.statements: list[str] = []

    def on(self, table: str) -> list[str]:
        """Statements that read or write ``table`` (the schema checks of opening left out)."""
        return [s for s in self.statements if table in s and "sqlite_master" not in s]

    def clear(self) -> None:
        self.statements.clear()


@pytest.fixture
def sql_trace(monkeypatch: pytest.MonkeyPatch) -> Iterator[SqlTrace]:
    """Records statements through sqlite3's trace callback, whichever layer issues them
    (SQLAlchemy's pysqlite dialect connects through ``sqlite3.dbapi2``)."""
    trace = SqlTrace()
    real_connect = sqlite3.connect

    def connect(*args: object, **kwargs: object) -> sqlite3.Connection:
        con = real_connect(*args, **kwargs)  # type: ignore[arg-type]
        con.set_trace_callback(trace.statements.append)
        return con

    monkeypatch.setattr(sqlite3, "connect", connect)
    monkeypatch.setattr(sqlite3.dbapi2, "connect", connect)
    yield trace
