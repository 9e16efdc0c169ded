"""Each order keeps the date of its oldest delivery still unpaid (the overdue filter's index).

Revision ID: 0005_oldest_unpaid
Revises: 0004_outstanding_index
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_oldest_unpaid"
down_revision = "0004_outstanding_index"
branch_labels = None
depends_on = None

# Per order and delivery date, what is unpaid when settlements pay the oldest first.
UNPAID = (
    "SELECT c.order_id, c.delivered_on FROM (SELECT g.order_id, g.delivered_on, g.amount, "
    "SUM(g.amount) OVER (PARTITION BY g.order_id ORDER BY g.delivered_on "
    "ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cum FROM (SELECT d.order_id, "
    "d.delivered_on, SUM(d.billable_delta_minor) AS amount FROM delivery d "
    "GROUP BY d.order_id, d.delivered_on) g) c JOIN acsa_order o ON o.id = c.order_id "
    "WHERE c.amount > 0 AND c.cum > o.settled_minor"
)


def upgrade() -> None:
    # A plain ADD COLUMN (no batch rebuild, which would drop the table's append-only triggers).
    op.add_column("acsa_order", sa.Column("oldest_unpaid_on", sa.Date(), nullable=True))
    op.create_index("ix_acsa_order_oldest_unpaid_on", "acsa_order", ["oldest_unpaid_on"])
    op.execute(  # computed once for all orders (UPDATE ... FROM: SQLite 3.33+, PostgreSQL)
        "UPDATE acsa_order SET oldest_unpaid_on = m.first_on FROM (SELECT u.order_id, "
        f"MIN(u.delivered_on) AS first_on FROM ({UNPAID}) u GROUP BY u.order_id) m "
        "WHERE m.order_id = acsa_order.id"
    )


def downgrade() -> None:
    op.drop_index("ix_acsa_order_oldest_unpaid_on", "acsa_order")
    op.drop_column("acsa_order", "oldest_unpaid_on")
