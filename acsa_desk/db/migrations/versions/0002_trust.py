"""Trust: audit log with hash chain, users, four eyes, append-only ledger entries.

Revision ID: 0002_trust
Revises: 0001_first_schema
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_trust"
down_revision = "0001_first_schema"
branch_labels = None
depends_on = None

GENESIS = "0" * 64

# Ledger entries are facts: once written, never changed or removed (corrections are reversals).
IMMUTABLE = ("audit_entry", "delivery", "settlement", "settlement_approval", "status_change",
             "receipt", "invoice")
NO_DELETE = ("acsa_order",)
MONEY_COLUMNS = {
    "acsa_order": ("billable_minor", "settled_minor"),
    "order_line": ("unit_price_minor", "billable_minor"),
    "delivery": ("billable_delta_minor",),
    "settlement": ("amount_minor",),
}


def upgrade() -> None:
    op.create_table(
        "app_user",
        sa.Column("login", sa.String(length=100), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("rank", sa.String(length=100), nullable=False),
        sa.Column("appointment", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("login", name=op.f("pk_app_user")),
    )
    op.create_table(
        "settlement_approval",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("settlement_id", sa.Integer(), nullable=False),
        sa.Column("approved_by", sa.String(length=100), nullable=False),
        sa.Column("approved_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["settlement_id"], ["settlement.id"],
                                name=op.f("fk_settlement_approval_settlement_id_settlement")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_settlement_approval")),
        sa.UniqueConstraint("settlement_id", name=op.f("uq_settlement_approval_settlement_id")),
    )
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=40), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("before", sa.Text(), nullable=False),
        sa.Column("after", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    op.create_index("ix_audit_entry_entity", "audit_entry", ["entity", "entity_id"])
    head = op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("last_id", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )
    op.bulk_insert(head, [{"id": 1, "last_id": 0, "hash": GENESIS}])
    # Money in minor units needs 64 bits (21 million dollars in cents passes 2**31).
    for table, columns in MONEY_COLUMNS.items():
        with op.batch_alter_table(table) as batch:
            for column in columns:
                batch.alter_column(column, existing_type=sa.Integer(), type_=sa.BigInteger(),
                                   existing_nullable=False)
    # "Has this entry been reversed?" is asked of every entry by exports and statements.
    op.create_index("ix_delivery_reverses_id", "delivery", ["reverses_id"])
    op.create_index("ix_settlement_reverses_id", "settlement", ["reverses_id"])
    with op.batch_alter_table("acsa_order") as batch:
        batch.add_column(sa.Column("our_official_login", sa.String(length=100), nullable=True))
        batch.create_check_constraint(
            "four_eyes", "our_official_login IS NULL OR our_official_login <> entered_by"
        )
    if op.get_context().dialect.name == "sqlite":
        _sqlite_triggers()
    else:
        _postgresql_triggers()


def _sqlite_triggers() -> None:
    for table in IMMUTABLE:
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{event.lower()} BEFORE {event} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only: correct it by a reversal'); END"
            )
    for table in NO_DELETE:
        op.execute(
            f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} "
            f"BEGIN SELECT RAISE(ABORT, 'orders are never deleted: cancel the order'); END"
        )
    op.execute(
        "CREATE TRIGGER order_line_delete_only_draft BEFORE DELETE ON order_line "
        "WHEN (SELECT status FROM acsa_order WHERE id = OLD.order_id) <> 'requested' "
        "BEGIN SELECT RAISE(ABORT, 'lines of a signed order are never deleted'); END"
    )
    op.execute(
        "CREATE TRIGGER settlement_approval_four_eyes BEFORE INSERT ON settlement_approval "
        "WHEN NEW.approved_by = (SELECT recorded_by FROM settlement WHERE id = NEW.settlement_id) "
        "BEGIN SELECT RAISE(ABORT, 'four eyes: a settlement is approved by someone other than "
        "who entered it'); END"
    )


def _postgresql_triggers() -> None:
    op.execute(
        "CREATE FUNCTION acsa_refuse_change() RETURNS trigger AS $$ BEGIN "
        "RAISE EXCEPTION '% is append-only: correct it by a reversal', TG_TABLE_NAME; END; "
        "$$ LANGUAGE plpgsql"
    )
    for table in IMMUTABLE:
        op.execute(
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION acsa_refuse_change()"
        )
    for table in NO_DELETE:
        op.execute(
            f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION acsa_refuse_change()"
        )
    op.execute(
        "CREATE FUNCTION acsa_line_delete_only_draft() RETURNS trigger AS $$ BEGIN "
        "IF (SELECT status FROM acsa_order WHERE id = OLD.order_id) <> 'requested' THEN "
        "RAISE EXCEPTION 'lines of a signed order are never deleted'; END IF; RETURN OLD; END; "
        "$$ LANGUAGE plpgsql"
    )
    op.execute(
        "CREATE TRIGGER order_line_delete_only_draft BEFORE DELETE ON order_line "
        "FOR EACH ROW EXECUTE FUNCTION acsa_line_delete_only_draft()"
    )
    op.execute(
        "CREATE FUNCTION acsa_four_eyes() RETURNS trigger AS $$ BEGIN "
        "IF NEW.approved_by = (SELECT recorded_by FROM settlement WHERE id = NEW.settlement_id) "
        "THEN RAISE EXCEPTION 'four eyes: a settlement is approved by someone other than who "
        "entered it'; END IF; RETURN NEW; END; $$ LANGUAGE plpgsql"
    )
    op.execute(
        "CREATE TRIGGER settlement_approval_four_eyes BEFORE INSERT ON settlement_approval "
        "FOR EACH ROW EXECUTE FUNCTION acsa_four_eyes()"
    )


def downgrade() -> None:
    raise NotImplementedError("the audit log is never dropped")
