"""The schema revisions this program knows, in order (no imports: read on every start).

A test checks this list against Alembic's own view of acsa_desk/db/migrations/versions.
"""

REVISIONS: tuple[str, ...] = (
    "0001_first_schema", "0002_trust", "0003_search", "0004_outstanding_index",
    "0005_oldest_unpaid", "0006_direction_index", "0007_partner_order_number",
    "0008_reconciliation", "0009_users", "0010_readiness", "0011_audit_key",
    "0012_orders_list_indexes", "0013_never_deleted", "0014_search_index",
    "0015_audit_packed",
)
HEAD = REVISIONS[-1]
