"""The fast sqlite3 path of read-only commands gives exactly what the services give."""

import subprocess
import sys
from datetime import date

import pytest

from acsa_desk.cli import lean
from acsa_desk.db.engine import open_ledger
from acsa_desk.interchange.finance_export import finance_rows
from acsa_desk.interchange.finance_rows import finance_table
from acsa_desk.services import balances, ledger_sql, reference
from acsa_desk.services.demo import fill_demo

TODAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("lean") / "demo.sqlite"
    ledger = fill(open_ledger(path), orders=400)
    yield ledger
    ledger.close()


def fill(ledger, *, orders):
    """A demo ledger of the lean tests (one partner on a 6-month agreement of its own)."""
    with ledger.session() as s:
        fill_demo(session=s, orders=orders, seed=11, today=TODAY)
        reference.set_agreement(session=s, partner_code="AUS", reference="R", settlement_months=6)
    return ledger


#: The reads both executors run (the lean path's, SQLite's and the server's, and the full one).
READS = (
    lambda f: ledger_sql.read_balances(f),
    lambda f: ledger_sql.read_balances(f, by_exercise=True),
    lambda f: ledger_sql.read_balances(f, partner="JPN", exercise_id=2),
    lambda f: ledger_sql.read_overdue(f, as_of=TODAY),
    lambda f: ledger_sql.read_overdue(f, as_of=TODAY, horizon=date(2027, 1, 24)),
    lambda f: ledger_sql.read_ageing(f, as_of=TODAY),
)


def assert_same_reads(fast, full):
    """Every read of READS gives the same rows through both executors, and some rows."""
    for read in READS:
        assert read(fast) == read(full)
        assert read(fast), "the comparison must compare something"


def test_both_executors_agree(demo):
    con = lean.open_readonly(str(demo.path))
    assert con is not None
    fast = lean.fetcher(con)
    with demo.reader() as s:
        full = balances.fetcher(s)
        assert_same_reads(fast, full)
        fast_rows = list(finance_table(lambda q: lean.cursor(con, q), date(2025, 1, 1), None))
        assert fast_rows == list(finance_rows(session=s, date_from=date(2025, 1, 1)))
        assert len(fast_rows) > 100
    con.close()


def test_fast_path_only_for_current_sqlite_ledgers(tmp_path, demo):
    assert lean.open_readonly(str(tmp_path / "missing.sqlite")) is None
    assert lean.open_readonly("postgresql+psycopg://u@h/db") is None
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database")
    assert lean.open_readonly(str(junk)) is None
    from tests.conftest import DATA

    assert lean.open_readonly(str(DATA / "ledger-schema-0001.sqlite")) is None  # needs upgrade


def test_read_commands_do_not_import_sqlalchemy(demo):
    probe = (
        "import sys; from acsa_desk.cli import main; "
        f"main(['--db', {str(demo.path)!r}, 'balances', '--json']); "
        f"main(['--db', {str(demo.path)!r}, 'overdue', '--as-of', '2026-11-25', '--json']); "
        "heavy = [m for m in ('sqlalchemy', 'sqlmodel', 'PySide6', 'reportlab', 'alembic') "
        "if m in sys.modules]; print('HEAVY', heavy, file=sys.stderr)"
    )
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "HEAVY []" in proc.stderr
