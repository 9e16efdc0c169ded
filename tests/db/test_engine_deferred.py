"""Opening an up-to-date SQLite ledger without SQLAlchemy (``open_ledger_deferred``, the
window's first open: issue 16, goal 1), and falling back to ``open_ledger`` for anything else."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from acsa_desk.db import lock
from acsa_desk.db.engine import DeferredLedger, open_ledger, open_ledger_deferred
from acsa_desk.db.users_sql import count_active, user_rows, with_passphrase
from acsa_desk.services import users
from acsa_desk.services.identity import who_may_sign_in


@pytest.fixture
def path(tmp_path: Path) -> Path:
    made = tmp_path / "ledger.sqlite"
    ledger = open_ledger(made)  # made and keyed: up to date
    with ledger.session(actor="kirisame") as session:
        users.ensure_first_user(session=session, login="kirisame")
    ledger.close()
    return made


#: Opens the ledger deferred and reads who may sign in (what the window does before its first
#: paint: a ledger with a user), writes the SQLAlchemy modules then loaded; then writes
#: through the ledger (its engine made now) and counts the audit entries.
OPEN_DEFERRED = """
import json, sys
from acsa_desk.db.engine import open_ledger_deferred
from acsa_desk.ui.people import load_people
ledger = open_ledger_deferred(sys.argv[1])
people = load_people(ledger, "kirisame")
loaded = [name for name in sys.modules if name == "sqlalchemy" or name.startswith("sqlalchemy.")]
from sqlalchemy import func, select
from acsa_desk.db.models import AuditEntry
from acsa_desk.services import reference
with ledger.session(actor="kirisame") as session:
    reference.create_exercise(session=session, data=reference.ExerciseInput(
        name="KAEDEX 2027", place="Sea of Japan", partners=("JPN",)))
with ledger.reader() as session:
    audited = session.scalar(select(func.count()).select_from(AuditEntry))
ledger.close()
print(json.dumps({"type": type(ledger).__name__, "loaded": loaded, "audited": audited,
                  "people": [p.login for p in people.people]}))
"""


def test_an_up_to_date_ledger_opens_without_sqlalchemy_and_still_writes_audited(path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", OPEN_DEFERRED, str(path)], capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["type"] == "DeferredLedger"
    assert result["loaded"] == []
    assert result["people"] == ["kirisame"]
    assert result["audited"] > 0


def test_the_deferred_ledger_is_the_ledger_open_ledger_opens(path: Path) -> None:
    full = open_ledger(path)
    deferred = open_ledger_deferred(str(path))
    try:
        assert isinstance(deferred, DeferredLedger)
        assert (deferred.path, deferred.is_sqlite, deferred.describe(), deferred.identity) == (
            full.path, full.is_sqlite, full.describe(), full.identity)
        assert deferred.url == full.url
        assert deferred.created is False
        assert deferred.engine.url == full.engine.url
        assert deferred.engine is deferred.engine  # made once
        with deferred.engine.connect() as connection:  # with the program's pragmas
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        full.close()
        if deferred is not None:
            deferred.close()


def test_the_users_read_the_same_before_and_after_the_engine_is_made(path: Path) -> None:
    ledger = open_ledger_deferred(path)
    assert ledger is not None
    try:
        with ledger.sql_reader() as run:  # sqlite3
            before = (user_rows(run), count_active(run), with_passphrase(run))
        assert who_may_sign_in(ledger, "kirisame") == ("kirisame", 1)
        ledger.engine  # noqa: B018  (made now)
        with ledger.sql_reader() as run:  # through SQLAlchemy
            after = (user_rows(run), count_active(run), with_passphrase(run))
        assert before == after
        assert [u.login for u in before[0]] == ["kirisame"] and before[1] == 1
    finally:
        ledger.close()


def test_a_ledger_without_users_gets_its_first_one(tmp_path: Path) -> None:
    made = tmp_path / "empty.sqlite"
    open_ledger(made).close()
    ledger = open_ledger_deferred(made)
    assert ledger is not None
    try:
        assert who_may_sign_in(ledger, "kirisame") == ("kirisame", 1)  # a unit of work wrote it
        with ledger.sql_reader() as run:
            assert [u.login for u in user_rows(run)] == ["kirisame"]
    finally:
        ledger.close()


def test_closing_releases_the_hold_and_never_makes_an_engine(path: Path) -> None:
    ledger = open_ledger_deferred(path)
    assert isinstance(ledger, DeferredLedger)
    with pytest.raises(Exception, match="in use"):
        with lock.exclusive(path, "restore"):
            pass
    ledger.close()
    assert ledger._engine is None
    with lock.exclusive(path, "restore"):
        pass


def test_anything_but_an_up_to_date_ledger_takes_the_full_way(tmp_path: Path, path: Path) -> None:
    assert open_ledger_deferred(tmp_path / "new.sqlite") is None  # created by open_ledger
    assert not (tmp_path / "new.sqlite").exists()
    assert open_ledger_deferred(tmp_path) is None  # a folder: open_ledger says so
    assert open_ledger_deferred(tmp_path / "missing" / "x.sqlite") is None
    assert open_ledger_deferred("postgresql+psycopg://u@h/db") is None
    notes = tmp_path / "notes.sqlite"
    notes.write_bytes(b"this is not a database" * 100)
    assert open_ledger_deferred(notes) is None
    older = tmp_path / "older.sqlite"
    older.write_bytes(path.read_bytes())
    con = sqlite3.connect(older)
    con.execute("UPDATE alembic_version SET version_num = '0014_search_index'")
    con.commit()
    con.close()
    assert open_ledger_deferred(older) is None  # open_ledger upgrades it
    damaged_index = tmp_path / "index.sqlite"
    damaged_index.write_bytes(path.read_bytes())
    con = sqlite3.connect(damaged_index)
    con.execute("DROP TABLE order_search")
    con.execute("CREATE VIRTUAL TABLE order_search USING fts5(doc, detail = 'none')")
    con.commit()
    con.close()
    assert open_ledger_deferred(damaged_index) is None  # open_ledger repairs its index
    for refused in (older, damaged_index, notes):  # nothing left held
        with lock.exclusive(refused, "restore"):
            pass
