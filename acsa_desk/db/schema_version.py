"""The schema revisions this program knows, in order (no imports: read on every start).

A test checks this list against Alembic's own view of acsa_desk/db/migrations/versions.
"""

REVISIONS: tuple[str, ...] = (
    "0001_first_schema", "0002_trust", "0003_search", "0004_outstanding_index",
    "0005_oldest_unpaid", "0006_direction_index", "0007_partner_order_number",
    "0008_reconciliation", "0009_users", "0010_readiness", "0011_audit_key",
    "0012_orders_list_indexes", "0013_never_deleted", "0014_search_index",
    "0015_audit_packed", "0016_search_folded", "0017_search_chars", "0018_status_index",
)
HEAD = REVISIONS[-1]
#: The schema from which every ledger is keyed (renumber with the migration).
KEYED_SINCE = "0011_audit_key"


def keyed_by_schema(revision: str | None) -> bool:
    """Whether a ledger at ``revision`` was keyed when it got that schema (None: new).

    Here, not in ``db/keying.py`` (which needs the ORM models): opening an up-to-date
    ledger asks it and need not import them.
    """
    if revision is None or revision not in REVISIONS:
        return False
    return REVISIONS.index(revision) >= REVISIONS.index(KEYED_SINCE)
