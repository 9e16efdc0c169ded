"""Indexes so every sort and dashboard filter of the orders list reads only its first rows
(issue 16; tests/services/test_query_plans.py checks each plan with EXPLAIN QUERY PLAN).

Revision ID: 0012_orders_list_indexes
Revises: 0011_audit_key
"""

from alembic import op

revision = "0012_orders_list_indexes"
down_revision = "0011_audit_key"
branch_labels = None
depends_on = None

UNSIGNED = "ordering_official_name = '' OR issuing_official_name = ''"


def upgrade() -> None:
    op.create_index("ix_acsa_order_currency_id", "acsa_order", ["currency", "id"])
    op.create_index("ix_acsa_order_partner_id", "acsa_order", ["partner_code", "id"])
    op.create_index("ix_acsa_order_exercise_id", "acsa_order", ["exercise_id", "id"])
    op.create_index("ix_acsa_order_currency_billable", "acsa_order",
                    ["currency", "billable_minor", "id"])
    op.execute("CREATE INDEX ix_acsa_order_currency_outstanding ON acsa_order "
               "(currency, (billable_minor - settled_minor), id)")
    # amounts sort largest first within currencies still in code order: an index of its own
    op.execute("CREATE INDEX ix_acsa_order_currency_billable_desc ON acsa_order "
               "(currency, billable_minor DESC, id DESC)")
    op.execute("CREATE INDEX ix_acsa_order_currency_outstanding_desc ON acsa_order "
               "(currency, (billable_minor - settled_minor) DESC, id DESC)")
    op.create_index("ix_acsa_order_status_ordered", "acsa_order", ["status", "ordered_on", "id"])
    op.create_index("ix_acsa_order_overdue", "acsa_order",
                    ["oldest_unpaid_on", "ordered_on", "partner_code"])
    op.execute(f"CREATE INDEX ix_acsa_order_unsigned ON acsa_order (ordered_on, id, status) "
               f"WHERE {UNSIGNED}")


def downgrade() -> None:
    for name in ("ix_acsa_order_unsigned", "ix_acsa_order_overdue", "ix_acsa_order_status_ordered",
                 "ix_acsa_order_currency_outstanding_desc", "ix_acsa_order_currency_billable_desc",
                 "ix_acsa_order_currency_outstanding", "ix_acsa_order_currency_billable",
                 "ix_acsa_order_exercise_id", "ix_acsa_order_partner_id",
                 "ix_acsa_order_currency_id"):
        op.drop_index(name, "acsa_order")
