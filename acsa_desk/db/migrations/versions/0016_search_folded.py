"""The orders search on PostgreSQL as on SQLite, one folded document per order (issue 16): the
folded texts it compares (the order's searched columns joined, each invoice's and settlement's
reference) become stored generated columns, which the server computes when a row is written;
a table of each order's document, filled here and kept by triggers from those columns; one
pg_trgm index on the documents instead of 0014's four on the expressions
(acsa_desk/db/search_index.py). A search of one or two characters, which no trigram index
serves, reads the narrow documents instead of folding every order's columns. Nothing on
SQLite, whose FTS5 documents are kept folded already.

Revision ID: 0016_search_folded
Revises: 0015_audit_packed
"""

from alembic import op

from acsa_desk.db import search_index

revision = "0016_search_folded"
down_revision = "0015_audit_packed"
branch_labels = None
depends_on = None

#: 0014's indexes on the texts compared: name -> (table, expression).
INDEXES_0014 = {
    "ix_acsa_order_search_text_trgm": ("acsa_order", "search_text"),
    "ix_acsa_order_searched_trgm": ("acsa_order",
                                    search_index.pg_fold_sql(search_index.joined_sql())),
    **{f"ix_{table}_reference_trgm": (table, search_index.pg_fold_sql("reference"))
       for table in search_index.REFERENCE_TABLES},
}


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        return
    for name in INDEXES_0014:
        connection.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")
    search_index.create_pg(connection)


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        return
    search_index.drop_pg(connection)
    if search_index.trigram_ready(connection):
        for name, (table, expression) in INDEXES_0014.items():
            connection.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {name} ON {table} "
                                       f"USING gin (({expression}) gin_trgm_ops)")
