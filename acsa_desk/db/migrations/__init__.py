"""Alembic migrations of the ledger schema, from the very first schema on.

``REVISIONS`` lists every revision in order (a test checks it against Alembic's own
view), so that opening an up-to-date ledger does not load Alembic at all.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

from acsa_desk.db.schema_version import HEAD, REVISIONS

__all__ = ["HEAD", "REVISIONS", "current_revision", "known_revisions", "upgrade"]
SCRIPT_LOCATION = Path(__file__).resolve().parent


def known_revisions() -> frozenset[str]:
    return frozenset(REVISIONS)


def current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    return None if row is None else str(row[0])


def alembic_config(connection: Connection | None = None):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Runs the migrations in one transaction.

    On SQLite, batch mode rebuilds tables, which foreign keys would refuse while rows point
    at them: they are switched off for the migration and every key is checked before commit.
    """
    from alembic import command

    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        raw = connection.connection.driver_connection
        if sqlite:
            raw.execute("PRAGMA foreign_keys = OFF")  # only takes effect outside a transaction
        try:
            with connection.begin():
                from acsa_desk.db import pg_roles

                pg_roles.before_migration(connection)
                command.upgrade(alembic_config(connection), revision)
                pg_roles.after_migration(connection)
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"migration left broken foreign keys: {broken[:5]}")
        finally:
            if sqlite:
                raw.execute("PRAGMA foreign_keys = ON")
