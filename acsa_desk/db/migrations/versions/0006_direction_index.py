"""An index so the orders list sorts by direction reading only the top rows.

Revision ID: 0006_direction_index
Revises: 0005_oldest_unpaid
"""

from alembic import op

revision = "0006_direction_index"
down_revision = "0005_oldest_unpaid"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_acsa_order_direction", "acsa_order", ["direction", "id"])


def downgrade() -> None:
    op.drop_index("ix_acsa_order_direction", "acsa_order")
