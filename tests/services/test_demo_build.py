"""The demo ledger built fast is the same ledger: the same seed gives the same rows (the
draws are random.Random's own), and a new ledger is built aside and appears whole or not at
all (db/bulk_build.py)."""

import hashlib
import random
import re
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from acsa_desk.core.errors import DatabaseProblem
from acsa_desk.db import bulk_build
from acsa_desk.db.engine import open_ledger
from acsa_desk.services import demo, demo_documents, integrity
from acsa_desk.services.demo import _Draws, fill_demo

TODAY = date(2026, 11, 25)
STAMP = re.compile(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(\.\d+)?(\+00:00)?")
# What 300 orders of seed 7 on TODAY hold, table by table (SHA-256 of the rows in id order,
# timestamps masked), as written by the demo before it was made fast. A deliberate change of
# what the demo ledger contains changes these: recompute them with ``table_digests`` then.
EXPECTED = {
    "acsa_order": "411df5188f5c06bf", "order_line": "ee2d293a7417d3de",
    "delivery": "45f18ba45bac5fcc", "settlement": "8d1278942bd330c2",
    "settlement_approval": "ee16ac7a5a947c3b", "status_change": "3538ddc8eab51f28",
    "receipt": "6eecf3662ac8520f", "invoice": "44f6a15553e06ae8",
    "attachment": "f3ae238be47fc1d3", "attachment_content": "bd4ca59b5d4feea5",
    "finance_notice": "0210701b9e2c9d70", "agreement": "2ebe0699d278be47",
    "agreement_terms": "67645da6aeb24c99", "designated_official": "d2c0a27907411e72",
    "exercise": "1852eba0967e609c", "app_user": "aafeeaf377cfe661",
}


def table_digests(path: Path) -> dict[str, str]:
    connection = sqlite3.connect(path)
    digests = {}
    for table in EXPECTED:
        digest = hashlib.sha256()
        for row in connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid'):
            digest.update(repr([STAMP.sub("<t>", v) if isinstance(v, str) else v
                                for v in row]).encode())
        digests[table] = digest.hexdigest()[:16]
    connection.close()
    return digests


def test_the_same_seed_gives_the_ledger_it_always_gave(tmp_path):
    ledger = open_ledger(tmp_path / "demo.sqlite")
    with ledger.session(actor="demo") as session:
        fill_demo(session=session, orders=300, seed=7, today=TODAY)
    ledger.close()
    assert table_digests(tmp_path / "demo.sqlite") == EXPECTED


def test_the_draws_are_random_randoms_own():
    mine, theirs = random.Random(11), random.Random(11)
    draws = _Draws(mine)
    population, weights = ("a", "b", "c", "d"), (30, 30, 20, 12)
    cumulative = [30, 60, 80, 92]
    for n in range(2000):
        assert draws.pick(population, cumulative) == theirs.choices(population, weights)[0]
        assert draws.choice(population[: n % 4 + 1]) == theirs.choice(population[: n % 4 + 1])
        assert draws.randint(n % 7, 1000 + n) == theirs.randint(n % 7, 1000 + n)
        assert draws.randint(5, 5) == theirs.randint(5, 5)
        assert draws.random() == theirs.random()
    assert mine.getstate() == theirs.getstate()


def _fill(orders: int):
    def fill(ledger):
        with ledger.session(actor="demo") as session:
            return fill_demo(session=session, orders=orders, seed=7, today=TODAY)
    return fill


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".demo.sqlite"))


def test_a_new_ledger_is_built_aside_and_moved_into_place_whole(tmp_path):
    target = tmp_path / "demo.sqlite"
    seen = {}

    def fill(ledger):
        seen["built in"] = ledger.path
        assert not target.exists()  # nothing at the path until the ledger is complete
        return _fill(60)(ledger)

    assert bulk_build.build_new(target, fill) == 60
    assert seen["built in"].parent == tmp_path and seen["built in"] != target
    assert _leftovers(tmp_path) == []
    connection = sqlite3.connect(target)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    connection.close()
    ledger = open_ledger(target, create=False)
    with ledger.reader() as session:
        report = integrity.verify(session)
    ledger.close()
    assert report.ok, report.problems
    assert report.orders == 60


def test_a_failed_build_leaves_no_ledger_and_no_temporary_file(tmp_path):
    target = tmp_path / "demo.sqlite"

    def fill(ledger):
        _fill(30)(ledger)
        raise RuntimeError("the machine gave up")

    with pytest.raises(RuntimeError):
        bulk_build.build_new(target, fill)
    assert not target.exists()
    assert _leftovers(tmp_path) == []


def test_a_file_that_appeared_meanwhile_is_left_alone(tmp_path):
    target = tmp_path / "demo.sqlite"

    def fill(ledger):
        target.write_bytes(b"someone else's file")
        return _fill(10)(ledger)

    with pytest.raises(DatabaseProblem, match="appeared while"):
        bulk_build.build_new(target, fill)
    assert target.read_bytes() == b"someone else's file"
    assert _leftovers(tmp_path) == []
    with pytest.raises(DatabaseProblem, match="already exists"):
        bulk_build.build_new(target, _fill(10))


def test_only_a_sqlite_file_not_there_yet_is_built_aside(tmp_path):
    assert bulk_build.new_sqlite_path(tmp_path / "new.sqlite") == tmp_path / "new.sqlite"
    (tmp_path / "old.sqlite").write_bytes(b"")
    assert bulk_build.new_sqlite_path(tmp_path / "old.sqlite") is None
    assert bulk_build.new_sqlite_path("postgresql+psycopg://u@localhost/db") is None


def _demo(path: Path, documented: int, monkeypatch) -> sqlite3.Connection:
    monkeypatch.setattr(demo_documents, "DOCUMENTED_ORDERS", documented)
    monkeypatch.setattr(demo, "CHUNK", 100)  # four batches
    ledger = open_ledger(path)
    with ledger.session(actor="demo") as session:
        fill_demo(session=session, orders=400, seed=7, today=TODAY)
    ledger.close()
    return sqlite3.connect(path)


def test_the_documents_cap_counts_the_whole_run_and_keeps_the_orders(tmp_path, monkeypatch):
    capped = _demo(tmp_path / "capped.sqlite", 150, monkeypatch)
    eligible = [oid for (oid,) in capped.execute(  # the orders that can have documents
        "SELECT id FROM acsa_order WHERE status NOT IN ('requested', 'cancelled') ORDER BY id")]
    documented = {oid for (oid,) in capped.execute("SELECT DISTINCT order_id FROM attachment")}
    capped.close()
    assert len(eligible) > 300
    assert documented <= set(eligible[:150])  # the run's first 150, across batches
    assert max(documented) > 100  # beyond the first batch
    # The cap takes documents away and nothing else: the orders are the same orders
    _demo(tmp_path / "uncapped.sqlite", 10**6, monkeypatch).close()
    capped_digests = table_digests(tmp_path / "capped.sqlite")
    uncapped_digests = table_digests(tmp_path / "uncapped.sqlite")
    differ = {t for t in EXPECTED if capped_digests[t] != uncapped_digests[t]}
    assert differ == {"attachment", "attachment_content"}
