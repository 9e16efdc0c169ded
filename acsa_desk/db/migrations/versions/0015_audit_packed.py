"""Audit entries in format 2 (acsa_desk/db/audit_format.py): what changed, compressed, in
``audit_entry.packed``; the entry's hash covers those bytes. Entries already written stay as
they are (format 1, JSON text in ``before``/``after``): the log is append-only, the anchors
printed on documents name their hashes, and ``verify`` reads both formats. Nothing is
rewritten, so the migration is only the new column (NULL in every existing entry).

Revision ID: 0015_audit_packed
Revises: 0014_search_index
"""

import sqlalchemy as sa
from alembic import op

revision = "0015_audit_packed"
down_revision = "0014_search_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("audit_entry", sa.Column("packed", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    op.drop_column("audit_entry", "packed")
