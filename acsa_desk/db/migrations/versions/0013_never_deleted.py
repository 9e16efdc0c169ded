"""Nothing is deleted from the ledger: a partner taken out of an exercise is a change recorded
against the link (exercise_partner rows stay); a line taken off a draft order is kept, as it
stood, in order_line_withdrawn (both append-only). On PostgreSQL no application role may
DELETE any more: the only way a draft's line leaves order_line is the owner's function
``acsa_withdraw_draft_line``, which refuses unless the order is still a request and the
line's withdrawal is recorded as it stands (by the caller's own login: the server checks
who records a withdrawal, acsa_desk.db.pg_roles.RECORDED_BY).

Revision ID: 0013_never_deleted
Revises: 0012_orders_list_indexes
"""

import sqlalchemy as sa
from alembic import op

from acsa_desk.db import shipped

revision = "0013_never_deleted"
down_revision = "0012_orders_list_indexes"
branch_labels = None
depends_on = None

TABLES = ("exercise_partner_change", "order_line_withdrawn")

WITHDRAW_FUNCTION = (
    "CREATE OR REPLACE FUNCTION acsa_withdraw_draft_line(line integer) RETURNS void "
    "LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$ BEGIN "
    "IF (SELECT o.status FROM order_line l JOIN acsa_order o ON o.id = l.order_id "
    "WHERE l.id = line) IS DISTINCT FROM 'requested' THEN "
    "RAISE EXCEPTION 'lines of a signed order are never withdrawn' USING ERRCODE = '42501'; "
    "END IF; "
    "IF NOT EXISTS (SELECT 1 FROM order_line_withdrawn w JOIN order_line l ON l.id = w.line_id "
    "AND l.order_id = w.order_id AND l.line_no = w.line_no AND l.description = w.description "
    "AND l.quantity = w.quantity AND l.unit_price_minor = w.unit_price_minor "
    "WHERE w.line_id = line) THEN "
    "RAISE EXCEPTION 'a line leaves a draft only with its withdrawal recorded' "
    "USING ERRCODE = '42501'; END IF; "
    "DELETE FROM order_line WHERE id = line; END; $$")


def upgrade() -> None:
    op.create_table(
        "exercise_partner_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("exercise_id", sa.Integer(), nullable=False),
        sa.Column("partner_code", sa.String(length=3), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("by", sa.String(length=100), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["exercise_id"], ["exercise.id"],
                                name="fk_exercise_partner_change_exercise_id_exercise"),
        sa.ForeignKeyConstraint(["partner_code"], ["partner.code"],
                                name="fk_exercise_partner_change_partner_code_partner"),
        sa.PrimaryKeyConstraint("id", name="pk_exercise_partner_change"),
    )
    op.create_index("ix_exercise_partner_change_link", "exercise_partner_change",
                    ["exercise_id", "partner_code", "id"])
    op.create_table(
        "order_line_withdrawn",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("line_id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("nsn", sa.String(length=16), nullable=False),
        sa.Column("unit_of_issue", sa.String(length=20), nullable=False),
        sa.Column("quantity", sa.String(length=40), nullable=False),
        sa.Column("unit_price_minor", sa.BigInteger(), nullable=False),
        sa.Column("withdrawn_by", sa.String(length=100), nullable=False),
        sa.Column("withdrawn_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["order_id"], ["acsa_order.id"],
                                name="fk_order_line_withdrawn_order_id_acsa_order"),
        sa.PrimaryKeyConstraint("id", name="pk_order_line_withdrawn"),
    )
    op.create_index("ix_order_line_withdrawn_line_id", "order_line_withdrawn", ["line_id"])
    op.create_index("ix_order_line_withdrawn_order_id", "order_line_withdrawn", ["order_id"])
    dialect = op.get_context().dialect.name
    for table in TABLES:
        for statement in shipped.append_only_sql(table, dialect):
            op.execute(statement)
    for statement in shipped.append_only_sql("exercise_partner", dialect, no_delete_only=True):
        op.execute(statement)
    if dialect == "postgresql":
        op.execute(WITHDRAW_FUNCTION)
        op.execute("REVOKE ALL ON FUNCTION acsa_withdraw_draft_line(integer) FROM PUBLIC")


def downgrade() -> None:
    raise NotImplementedError("records are never dropped")
