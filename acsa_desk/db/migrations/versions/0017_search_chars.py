"""Each orders search document's character mask (issue 16): the column ``chars`` of
``order_search_doc``, one bit for each letter and digit the document holds, filled here for
the documents already there and kept by the database from then on (SQLite: triggers on the
documents table and an index; PostgreSQL: a stored generated column). A search of one or two
characters reads the mask instead of every document (acsa_desk/db/search_chars.py).

Revision ID: 0017_search_chars
Revises: 0016_search_folded
"""

from alembic import op

from acsa_desk.db import search_chars

revision = "0017_search_chars"
down_revision = "0016_search_folded"
branch_labels = None
depends_on = None


def upgrade() -> None:
    search_chars.create(op.get_bind())


def downgrade() -> None:
    search_chars.drop(op.get_bind())
