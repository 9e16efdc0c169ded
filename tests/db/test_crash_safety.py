"""Kill -9 in the middle of work: the ledger stays sound and holds all of it or none.

Each round copies a prepared ledger, starts a real process doing the work, kills it with
SIGKILL at a random moment spread over the work's duration, then checks the file.
Bounded: a fixed number of rounds with a fixed seed.
"""

import os
import random
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import time

import pytest

from acsa_desk.db import audit, backup
from acsa_desk.db.engine import open_ledger
from acsa_desk.db.keying import ensure_keyed
from acsa_desk.services.demo import fill_demo
from tests.interchange.conftest import csv_text, order_row

IMPORT_ROUNDS = 30
SETTLEMENT_ROUNDS = 20
ORDERS_IN_FILE = 3000

IMPORT = """
import sys
from pathlib import Path
from acsa_desk.db.engine import open_ledger
from acsa_desk.interchange.orders_import import import_orders
ledger = open_ledger(sys.argv[1])
print("ready", flush=True)
with ledger.session(actor="crash-test") as s:
    import_orders(session=s, path=Path(sys.argv[2]), actor="crash-test")
print("done", flush=True)
"""

SETTLE = """
import sys
from datetime import date
from acsa_desk.db.engine import open_ledger
from acsa_desk.services import orders
from acsa_desk.db.models import Order
from sqlalchemy import select
ledger = open_ledger(sys.argv[1])
with ledger.reader() as s:
    ids = list(s.scalars(select(Order.id).where(Order.status == "invoiced")
                         .where(Order.billable_minor > Order.settled_minor + 1)))
print("ready", flush=True)
for oid in ids:
    with ledger.session(actor="crash-test") as s:
        order = orders.get_order(session=s, order_id=oid)
        orders.record_settlement(session=s, order_id=oid, settled_on=date(2026, 11, 25),
                                 method="cash", amount_minor=1, actor="crash-test")
print("done", flush=True)
"""


def _run_and_kill(script, args, delay):
    with subprocess.Popen([sys.executable, "-c", script, *map(str, args)],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as proc:
        assert proc.stdout is not None
        ready = proc.stdout.readline().strip()
        if ready != "ready":
            _out, err = proc.communicate(timeout=60)
            pytest.fail(f"the worker did not start: {err}")
        time.sleep(delay)  # the moment of the crash, not a wait for a result
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)
    return proc


def _duration(script, args):
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", script, *map(str, args)], capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return time.perf_counter() - start


@pytest.mark.slow
def test_kill_during_import_leaves_all_or_nothing(tmp_path):
    base = tmp_path / "base.sqlite"
    open_ledger(base).close()
    rows = [order_row(order_number=f"K-{n:05d}", description=f"Fuel lot {n}")
            for n in range(ORDERS_IN_FILE)]
    csv_file = tmp_path / "orders.csv"
    csv_file.write_text(csv_text(rows), encoding="utf-8")
    full = _duration(IMPORT, [shutil.copy(base, tmp_path / "timing.sqlite"), csv_file])
    rng = random.Random(1)
    outcomes = set()
    for round_no in range(IMPORT_ROUNDS):
        db = tmp_path / f"round{round_no}.sqlite"
        shutil.copy(base, db)
        _run_and_kill(IMPORT, [db, csv_file], rng.uniform(0.0, full))
        assert backup.integrity_problems(db) == [], f"round {round_no}"
        con = sqlite3.connect(db)
        count = con.execute("SELECT count(*) FROM acsa_order").fetchone()[0]
        con.close()
        assert count in (0, ORDERS_IN_FILE), f"round {round_no}: {count} orders"
        outcomes.add(count)
        ledger = open_ledger(db)
        with ledger.reader() as s:
            report = audit.verify(s)
        ledger.close()
        assert report.ok, report.problems
        db.unlink()
        for extra in tmp_path.glob(f"round{round_no}.sqlite-*"):
            extra.unlink()
    assert 0 in outcomes, "no kill landed before the commit: the test did not test anything"


@pytest.mark.slow
def test_kill_during_settlements_keeps_every_total_exact(tmp_path):
    from datetime import date

    base = tmp_path / "base.sqlite"
    ledger = open_ledger(base)
    with ledger.session() as s:
        fill_demo(session=s, orders=700, seed=5, today=date(2026, 11, 25))
    ledger.close()
    full = _duration(SETTLE, [shutil.copy(base, tmp_path / "timing.sqlite")])
    rng = random.Random(2)
    settled_counts = set()
    for round_no in range(SETTLEMENT_ROUNDS):
        db = tmp_path / f"s{round_no}.sqlite"
        shutil.copy(base, db)
        _run_and_kill(SETTLE, [db], rng.uniform(0.0, full))
        assert backup.integrity_problems(db) == [], f"round {round_no}"
        ledger = open_ledger(db)
        with ledger.reader() as s:
            report = audit.verify(s)  # every order's settled total equals its entries
        ledger.close()
        assert report.ok, report.problems
        con = sqlite3.connect(db)
        settled_counts.add(con.execute(
            "SELECT count(*) FROM settlement WHERE recorded_by = 'crash-test'").fetchone()[0])
        con.close()
    assert len(settled_counts) > 1, "every kill landed at the same point"


# --- kills during backup, export, restore and migration -----------------------------------

MORE_ROUNDS = 8

BACKUP = """
import sys
from pathlib import Path
from acsa_desk.db import backup
print("ready", flush=True)
for _ in range(3):
    backup.backup(Path(sys.argv[1]), keep=2)
print("done", flush=True)
"""

EXPORT = """
import sys
from pathlib import Path
from acsa_desk.db.engine import open_ledger
from acsa_desk.interchange.finance_export import export_finance
ledger = open_ledger(sys.argv[1])
print("ready", flush=True)
with ledger.reader() as s:
    export_finance(session=s, path=Path(sys.argv[2]))
print("done", flush=True)
"""

RESTORE = """
import sys
from pathlib import Path
from acsa_desk.db import backup, lock
print("ready", flush=True)
with lock.exclusive(Path(sys.argv[1]), "restore"):
    backup.restore(Path(sys.argv[2]), Path(sys.argv[1]))
print("done", flush=True)
"""

MIGRATE = """
import sys
from acsa_desk.db.engine import open_ledger
print("ready", flush=True)
open_ledger(sys.argv[1]).close()
print("done", flush=True)
"""


def _sound(db):
    """The file passes the integrity check and `verify`; returns its exercises and orders."""
    assert backup.integrity_problems(db) == []
    ledger = open_ledger(db)
    with ledger.reader() as s:
        report = audit.verify(s)
    ledger.close()
    assert report.ok, report.problems
    con = sqlite3.connect(db)
    try:
        return (con.execute("SELECT count(*) FROM acsa_order").fetchone()[0],
                con.execute("SELECT count(*) FROM exercise").fetchone()[0])
    finally:
        con.close()


@pytest.fixture(scope="module")
def demo_ledger(tmp_path_factory):
    from datetime import date

    base = tmp_path_factory.mktemp("crash") / "base.sqlite"
    ledger = open_ledger(base)
    with ledger.session() as s:
        fill_demo(session=s, orders=1500, seed=9, today=date(2026, 11, 25))
    ledger.close()
    return base


def _rounds(tmp_path, script, make_args, full, check):
    rng = random.Random(3)
    for round_no in range(MORE_ROUNDS):
        work = tmp_path / f"r{round_no}"
        work.mkdir()
        args = make_args(work)
        _run_and_kill(script, args, rng.uniform(0.0, full))
        check(work, args)


@pytest.mark.slow
def test_kill_during_backup_leaves_the_ledger_and_every_finished_backup_sound(tmp_path,
                                                                             demo_ledger):
    expected = _sound(demo_ledger)

    def make(work):
        return [shutil.copy(demo_ledger, work / "ledger.sqlite")]

    def check(work, args):
        assert _sound(args[0]) == expected
        for taken in backup.list_backups(args[0]):  # what carries a backup's name is whole
            assert _sound(taken) == expected
            assert stat.S_IMODE(os.stat(taken).st_mode) == 0o600
        for part in backup.backups_dir(args[0]).glob("*.part"):
            assert stat.S_IMODE(os.stat(part).st_mode) == 0o600, "a part file is owner-only"

    full = _duration(BACKUP, make(tmp_path))
    _rounds(tmp_path, BACKUP, make, full, check)


@pytest.mark.slow
def test_kill_during_export_leaves_no_half_file(tmp_path, demo_ledger):
    reference_out = tmp_path / "full.csv"
    full = _duration(EXPORT, [demo_ledger, reference_out])
    whole = reference_out.read_bytes()

    def make(work):
        return [shutil.copy(demo_ledger, work / "ledger.sqlite"), work / "finance.csv"]

    def check(work, args):
        out = args[1]
        assert not out.exists() or out.read_bytes() == whole  # nothing, or all of it

    _rounds(tmp_path, EXPORT, make, full, check)


@pytest.mark.slow
def test_kill_during_restore_leaves_the_old_or_the_new_ledger(tmp_path, demo_ledger):
    small = tmp_path / "small.sqlite"
    ledger = open_ledger(small)
    with ledger.session() as s:
        fill_demo(session=s, orders=20, seed=1)
    ledger.close()
    new = _sound(small)
    old = _sound(demo_ledger)

    def make(work):
        return [shutil.copy(demo_ledger, work / "ledger.sqlite"), small]

    (tmp_path / "timing").mkdir()
    full = _duration(RESTORE, make(tmp_path / "timing"))

    def check(work, args):
        assert _sound(args[0]) in (old, new)

    _rounds(tmp_path, RESTORE, make, full, check)


@pytest.mark.slow
def test_kill_during_migration_leaves_the_old_or_the_new_schema(tmp_path):
    from tests.conftest import DATA

    first = DATA / "ledger-schema-0001.sqlite"

    def make(work):
        target = work / "ledger.sqlite"
        shutil.copy(first, target)
        os.chmod(target, 0o600)
        return [target]

    (tmp_path / "timing").mkdir()
    full = _duration(MIGRATE, make(tmp_path / "timing"))
    counts = _sound(make(tmp_path / "timing")[0])  # opening migrates it in full

    def check(work, args):
        assert backup.integrity_problems(args[0]) == []
        ledger = open_ledger(args[0])  # opening again finishes the migration
        with ledger.reader() as s:
            report = audit.verify(s)
        if not report.ok:
            # killed after the last migration, before the keying: the ledger is never re-keyed
            # by itself (a log wiped with its key looks the same); verify says so and what
            # `acsa-desk key init` does puts it right, every row intact
            assert report.key_id == "" and "names no key" in report.problems[0], report.problems
            ensure_keyed(ledger)
        ledger.close()
        assert _sound(args[0]) == counts

    _rounds(tmp_path, MIGRATE, make, full, check)
