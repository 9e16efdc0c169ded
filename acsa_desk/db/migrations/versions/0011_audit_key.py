"""The ledger key: a MAC on every audit entry and on the chain head, under a key kept
outside the database (acsa_desk/db/keys.py); the head names the key and the first entry
written under it (entries before it were written before the ledger was keyed).

Revision ID: 0011_audit_key
Revises: 0010_readiness
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_audit_key"
down_revision = "0010_readiness"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("audit_entry", sa.Column("mac", sa.String(length=64), nullable=False,
                                           server_default=""))
    op.add_column("audit_head", sa.Column("key_id", sa.String(length=40), nullable=False,
                                          server_default=""))
    op.add_column("audit_head", sa.Column("keyed_from", sa.Integer(), nullable=False,
                                          server_default="0"))
    op.add_column("audit_head", sa.Column("mac", sa.String(length=64), nullable=False,
                                          server_default=""))


def downgrade() -> None:
    raise NotImplementedError("the audit log is never dropped")
