"""Alembic environment: always runs on the connection ACSA Desk hands it."""

from alembic import context

from acsa_desk.db import models, search_index

target_metadata = models.SQLModel.metadata
connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when run by hand without a connection
    raise SystemExit("run migrations through acsa_desk.db.migrations.upgrade()")

context.configure(
    connection=connection,
    target_metadata=target_metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: batch mode copies the table
    include_name=search_index.not_modelled,  # the search's FTS5 tables are no model's
)
with context.begin_transaction():
    context.run_migrations()
