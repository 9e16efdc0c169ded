"""Each order keeps the partner's own number for it (what its officers call the order).

Revision ID: 0007_partner_order_number
Revises: 0006_direction_index
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_partner_order_number"
down_revision = "0006_direction_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (no batch rebuild, which would drop the table's append-only triggers).
    op.add_column("acsa_order", sa.Column("partner_order_number", sa.String(length=60),
                                          nullable=False, server_default=""))
    # reconciliation matches a partner's statement rows by (partner, their number)
    op.create_index("ix_acsa_order_partner_number", "acsa_order",
                    ["partner_code", "partner_order_number"])


def downgrade() -> None:
    op.drop_index("ix_acsa_order_partner_number", "acsa_order")
    with op.batch_alter_table("acsa_order") as batch:
        batch.drop_column("partner_order_number")
