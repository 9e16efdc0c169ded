"""The orders search on PostgreSQL without folding a row at each search (issue 16): the folded
texts it compares (the order's searched columns joined, each invoice's and settlement's
reference) become stored generated columns, which the server computes when a row is written,
and their pg_trgm indexes move from the expressions (0014) to the columns
(acsa_desk/db/search_index.py). A search of one or two characters, which no trigram index
serves, then reads the stored texts instead of folding every order's. Nothing on SQLite, whose
FTS5 documents are kept folded already.

Revision ID: 0016_search_folded
Revises: 0015_audit_packed
"""

from alembic import op

from acsa_desk.db import search_index

revision = "0016_search_folded"
down_revision = "0015_audit_packed"
branch_labels = None
depends_on = None

#: 0014's indexes on the folded expressions (the same names now index the columns).
EXPRESSION_INDEXES = ("ix_acsa_order_searched_trgm", "ix_invoice_reference_trgm",
                      "ix_settlement_reference_trgm")


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        return
    for name in EXPRESSION_INDEXES:
        connection.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")
    search_index.create_pg(connection)


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        return
    for name in EXPRESSION_INDEXES:
        connection.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")
    for table, column in search_index.PG_FOLDED:
        connection.exec_driver_sql(f"ALTER TABLE {table} DROP COLUMN IF EXISTS {column}")
    if search_index.trigram_ready(connection):
        for name, ((table, _column), expression) in zip(
                EXPRESSION_INDEXES, search_index.PG_FOLDED.items(), strict=True):
            connection.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {name} ON {table} "
                                       f"USING gin (({expression}) gin_trgm_ops)")
