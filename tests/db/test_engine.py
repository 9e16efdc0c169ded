"""The database: pragmas, Alembic migrations from the first schema, refusals."""

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from acsa_desk.core.errors import DatabaseProblem
from acsa_desk.db import migrations, search_index
from acsa_desk.db.engine import database_url, open_ledger
from acsa_desk.db.models import SQLModel


def test_sqlite_is_durable_wal_with_foreign_keys(ledger):
    with ledger.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert c.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert c.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_the_file_is_a_real_file_with_the_schema(ledger):
    assert ledger.path is not None and ledger.path.is_file()
    names = {r[0] for r in sqlite3.connect(ledger.path).execute(
        "SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"acsa_order", "order_line", "delivery", "settlement", "status_change",
            "exchange_rate", "agreement", "alembic_version"} <= names


@pytest.mark.filterwarnings(
    "ignore:Skipped unsupported reflection of expression-based index:sqlalchemy.exc.SAWarning")
@pytest.mark.filterwarnings(
    "ignore:autogenerate skipping metadata-specified expression-based index:UserWarning")
def test_migrations_build_exactly_the_models(ledger):
    with ledger.engine.connect() as c:
        # the search's FTS5 table and its shadow tables are no model's (db/search_index.py)
        context = MigrationContext.configure(c, opts={"include_name": search_index.not_modelled})
        diff = compare_metadata(context, SQLModel.metadata)
        # SQLAlchemy does not reflect expression indexes on SQLite: checked by hand
        (sql,) = c.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = "
                                   "'ix_acsa_order_outstanding'").one()
    assert "(billable_minor - settled_minor), id" in sql
    assert [d for d in diff if "ix_acsa_order_outstanding" not in str(d)] == []


def test_revision_list_matches_alembic():
    script = ScriptDirectory.from_config(migrations.alembic_config())
    chain = [rev.revision for rev in reversed(list(script.walk_revisions()))]
    assert tuple(chain) == migrations.REVISIONS
    assert script.get_current_head() == migrations.HEAD


def test_a_newer_database_is_refused(tmp_path):
    path = tmp_path / "new.sqlite"
    open_ledger(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    con.commit()
    con.close()
    with pytest.raises(DatabaseProblem, match="newer version of ACSA Desk"):
        open_ledger(path)


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DatabaseProblem, match="cannot open the database"):
        open_ledger(path)


def test_a_foreign_sqlite_database_is_not_taken_over(tmp_path):
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE recipes (id INTEGER)")
    con.commit()
    con.close()
    with pytest.raises(DatabaseProblem, match="not an ACSA Desk ledger"):
        open_ledger(path)


def test_reopening_is_idempotent(tmp_path):
    path = tmp_path / "l.sqlite"
    open_ledger(path).close()
    again = open_ledger(path)
    with again.engine.connect() as c:
        assert migrations.current_revision(c) == migrations.HEAD
    again.close()


def test_urls_and_paths(tmp_path):
    assert database_url(tmp_path / "x.sqlite") == f"sqlite:///{tmp_path / 'x.sqlite'}"
    assert database_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    with pytest.raises(DatabaseProblem, match="does not exist"):
        database_url(tmp_path / "missing" / "x.sqlite")
    with pytest.raises(DatabaseProblem, match="is a folder"):
        database_url(tmp_path)


#: Opens an up-to-date ledger, writes the names of the ORM modules then loaded, makes an
#: exercise through ``Ledger.session`` and writes how many audit entries the ledger holds.
OPEN_THEN_WRITE = """
import json, sys
from acsa_desk.db.engine import open_ledger
ledger = open_ledger(sys.argv[1], create=False)
heavy = ("acsa_desk.db.models", "acsa_desk.db.audit", "sqlmodel", "pydantic")
loaded = [name for name in heavy if name in sys.modules]
from sqlalchemy import func, select
from acsa_desk.db.models import AuditEntry
from acsa_desk.services import reference
with ledger.reader() as session:
    before = session.scalar(select(func.count()).select_from(AuditEntry))
with ledger.session() as session:
    reference.create_exercise(session=session, data=reference.ExerciseInput(
        name="KAEDEX 2027", place="Sea of Japan", partners=("JPN",)))
with ledger.reader() as session:
    after = session.scalar(select(func.count()).select_from(AuditEntry))
ledger.close()
print(json.dumps({"loaded": loaded, "audited": after - before}))
"""


def test_opening_a_ledger_imports_no_orm_model_and_its_writes_are_still_audited(tmp_path):
    # issue 16, goal 1: the window opens the ledger and checks its schema before it paints;
    # the models (sqlmodel, pydantic: about 0.16 s) are imported by what reads or writes
    import json
    import subprocess
    import sys

    path = tmp_path / "ledger.sqlite"
    open_ledger(path).close()  # made and keyed here: the subprocess opens it up to date
    done = subprocess.run([sys.executable, "-c", OPEN_THEN_WRITE, str(path)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["loaded"] == []
    assert result["audited"] > 0
