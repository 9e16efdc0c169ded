"""The orders search's text index (issue 16): on SQLite an FTS5 trigram table of each order's
folded searchable text, filled here for the ledger's existing orders and kept by triggers; on
PostgreSQL pg_trgm GIN indexes on the expressions the search compares (acsa_desk/db/search_index.py);
and two indexes for a partner's orders (of one status, or all) newest first.

Revision ID: 0014_search_index
Revises: 0013_never_deleted
"""

from alembic import op

from acsa_desk.db import search_index

revision = "0014_search_index"
down_revision = "0013_never_deleted"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a partner's orders, of one status or all, newest first (the list's filters)
    op.create_index("ix_acsa_order_partner_status_ordered", "acsa_order",
                    ["partner_code", "status", "ordered_on", "id"])
    op.create_index("ix_acsa_order_partner_ordered", "acsa_order",
                    ["partner_code", "ordered_on", "id"])
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        search_index.create_sqlite(connection)
    else:
        search_index.create_pg(connection)


def downgrade() -> None:
    op.drop_index("ix_acsa_order_partner_ordered", "acsa_order")
    op.drop_index("ix_acsa_order_partner_status_ordered", "acsa_order")
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        search_index.drop_sqlite(connection)
    else:
        search_index.drop_pg(connection)
