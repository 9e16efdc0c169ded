"""Alembic migrations of the ledger schema, from the very first schema on.

``REVISIONS`` lists every revision in order (a test checks it against Alembic's own
view), so that opening an up-to-date ledger does not load Alembic at all.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

REVISIONS: tuple[str, ...] = ("0001_first_schema",)
HEAD = REVISIONS[-1]
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
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)
