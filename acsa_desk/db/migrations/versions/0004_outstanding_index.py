"""Indexes so the orders list sorts by outstanding or billable amount without a full sort.

Revision ID: 0004_outstanding_index
Revises: 0003_search
"""

from alembic import op

revision = "0004_outstanding_index"
down_revision = "0003_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE INDEX ix_acsa_order_outstanding ON acsa_order "
               "((billable_minor - settled_minor), id)")
    op.create_index("ix_acsa_order_billable", "acsa_order", ["billable_minor", "id"])


def downgrade() -> None:
    op.drop_index("ix_acsa_order_billable", "acsa_order")
    op.drop_index("ix_acsa_order_outstanding", "acsa_order")
