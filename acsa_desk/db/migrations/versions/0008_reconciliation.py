"""Reconciliations against partners' statements, their items and the actions on them (append-only).

Revision ID: 0008_reconciliation
Revises: 0007_partner_order_number
"""

import sqlalchemy as sa
from alembic import op

from acsa_desk.db import shipped

revision = "0008_reconciliation"
down_revision = "0007_partner_order_number"
branch_labels = None
depends_on = None

TABLES = ("reconciliation", "reconciliation_item", "reconciliation_action")


def upgrade() -> None:
    op.create_table(
        "reconciliation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_code", sa.String(length=3), nullable=False),
        sa.Column("statement_name", sa.String(length=260), nullable=False),
        sa.Column("statement_sha256", sa.String(length=64), nullable=False),
        sa.Column("date_from", sa.Date(), nullable=True),
        sa.Column("date_to", sa.Date(), nullable=True),
        sa.Column("statement_rows", sa.Integer(), nullable=False),
        sa.Column("agreed", sa.Integer(), nullable=False),
        sa.Column("differs", sa.Integer(), nullable=False),
        sa.Column("missing_theirs", sa.Integer(), nullable=False),
        sa.Column("missing_ours", sa.Integer(), nullable=False),
        sa.Column("previous_id", sa.Integer(), nullable=True),
        sa.Column("recorded_by", sa.String(length=100), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["partner_code"], ["partner.code"],
                                name="fk_reconciliation_partner_code_partner"),
        sa.ForeignKeyConstraint(["previous_id"], ["reconciliation.id"],
                                name="fk_reconciliation_previous_id_reconciliation"),
        sa.PrimaryKeyConstraint("id", name="pk_reconciliation"),
    )
    op.create_index("ix_reconciliation_partner", "reconciliation", ["partner_code", "id"])
    op.create_table(
        "reconciliation_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reconciliation_id", sa.Integer(), nullable=False),
        sa.Column("item_key", sa.String(length=80), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=True),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("differences", sa.String(length=200), nullable=False),
        sa.Column("ours", sa.Text(), nullable=False),
        sa.Column("theirs", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["reconciliation_id"], ["reconciliation.id"],
                                name="fk_reconciliation_item_reconciliation_id_reconciliation"),
        sa.ForeignKeyConstraint(["order_id"], ["acsa_order.id"],
                                name="fk_reconciliation_item_order_id_acsa_order"),
        sa.PrimaryKeyConstraint("id", name="pk_reconciliation_item"),
        sa.UniqueConstraint("reconciliation_id", "item_key",
                            name="uq_reconciliation_item_reconciliation_id_item_key"),
    )
    op.create_index("ix_reconciliation_item_reconciliation_id", "reconciliation_item",
                    ["reconciliation_id"])
    op.create_table(
        "reconciliation_action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("reason", sa.String(length=400), nullable=False),
        sa.Column("by", sa.String(length=100), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["item_id"], ["reconciliation_item.id"],
                                name="fk_reconciliation_action_item_id_reconciliation_item"),
        sa.PrimaryKeyConstraint("id", name="pk_reconciliation_action"),
    )
    op.create_index("ix_reconciliation_action_item_id", "reconciliation_action", ["item_id"])
    dialect = op.get_context().dialect.name
    for table in TABLES:
        for statement in shipped.append_only_sql(table, dialect):
            op.execute(statement)


def downgrade() -> None:
    for table in reversed(TABLES):
        op.drop_table(table)
