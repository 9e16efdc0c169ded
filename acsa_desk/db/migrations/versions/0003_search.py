"""Search: each order's searchable text, and the index the category filter uses.

Revision ID: 0003_search
Revises: 0002_trust
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_search"
down_revision = "0002_trust"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (no batch rebuild, which would drop the table's append-only triggers).
    op.add_column("acsa_order",
                  sa.Column("search_text", sa.Text(), nullable=False, server_default=""))
    op.create_index("ix_order_line_category_order", "order_line", ["category", "order_id"])
    joined = ("group_concat(l.description, ' ')" if op.get_context().dialect.name == "sqlite"
              else "string_agg(l.description, ' ' ORDER BY l.line_no)")
    op.execute(
        "UPDATE acsa_order SET search_text = lower(number || ' ' || requesting_unit || ' ' || "
        f"supplying_unit || ' ' || COALESCE((SELECT {joined} FROM order_line l "
        "WHERE l.order_id = acsa_order.id), ''))"
    )


def downgrade() -> None:
    op.drop_index("ix_order_line_category_order", "order_line")
    with op.batch_alter_table("acsa_order") as batch:
        batch.drop_column("search_text")
