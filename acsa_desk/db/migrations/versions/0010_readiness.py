"""Agreements as configuration, supporting documents, the claim notice to finance.

The agreement gains its dates, currencies, claim days and required data elements, with an
append-only history of its terms (each applies to orders from its date); designated officials
with authority limits and delegations; attachments kept inside the ledger (content-addressed by
SHA-256), withdrawn but never deleted; the finance notice as a dated step; order fields the
order form carries (points of contact's phone and e-mail, funding reference).

Revision ID: 0010_readiness
Revises: 0009_users
"""

import sqlalchemy as sa
from alembic import op

from acsa_desk.db import shipped

revision = "0010_readiness"
down_revision = "0009_users"
branch_labels = None
depends_on = None

IMMUTABLE = ("agreement_terms", "attachment_content", "attachment", "attachment_withdrawal",
             "finance_notice")
ORDER_TEXT = ("requesting_poc_phone", "requesting_poc_email", "supplying_poc_phone",
              "supplying_poc_email", "funding_reference")


def _text(name: str, length: int) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, sa.String(length=length), nullable=False, server_default="")


def upgrade() -> None:
    with op.batch_alter_table("agreement") as batch:
        batch.add_column(_text("title", 300))
        batch.add_column(sa.Column("signed_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("in_force_from", sa.Date(), nullable=True))
        batch.add_column(sa.Column("in_force_until", sa.Date(), nullable=True))
        batch.add_column(sa.Column("notified_on", sa.Date(), nullable=True))
        batch.add_column(_text("currencies", 200))
        batch.add_column(sa.Column("claim_days", sa.Integer(), nullable=False,
                                   server_default="30"))
        batch.add_column(sa.Column("required_elements", sa.Text(), nullable=False,
                                   server_default=""))
    for name in ORDER_TEXT:
        op.add_column("acsa_order", _text(name, 200))
    op.create_table(
        "agreement_terms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_code", sa.String(length=3), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("reference", sa.String(length=200), nullable=False),
        sa.Column("categories", sa.String(length=400), nullable=False),
        sa.Column("settlement_months", sa.Integer(), nullable=False),
        sa.Column("claim_days", sa.Integer(), nullable=False),
        sa.Column("required_elements", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=100), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["partner_code"], ["partner.code"],
                                name=op.f("fk_agreement_terms_partner_code_partner")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_terms")),
    )
    op.create_index("ix_agreement_terms_partner_code", "agreement_terms", ["partner_code"])
    op.create_table(
        "designated_official",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_code", sa.String(length=3), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("rank", sa.String(length=100), nullable=False, server_default=""),
        sa.Column("login", sa.String(length=100), nullable=True),
        sa.Column("limit_minor", sa.BigInteger(), nullable=False),
        sa.Column("limit_currency", sa.String(length=3), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("delegated_by", sa.String(length=200), nullable=False, server_default=""),
        sa.ForeignKeyConstraint(["partner_code"], ["partner.code"],
                                name=op.f("fk_designated_official_partner_code_partner")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_designated_official")),
    )
    op.create_index("ix_designated_official_partner_code", "designated_official",
                    ["partner_code"])
    op.create_table(
        "attachment_content",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size_bytes", sa.BigInteger(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment_content")),
        sa.UniqueConstraint("sha256", name=op.f("uq_attachment_content_sha256")),
    )
    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("delivery_id", sa.Integer(), nullable=True),
        sa.Column("settlement_id", sa.Integer(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size_bytes", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("note", sa.String(length=400), nullable=False, server_default=""),
        sa.Column("attached_by", sa.String(length=100), nullable=False),
        sa.Column("attached_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["order_id"], ["acsa_order.id"],
                                name=op.f("fk_attachment_order_id_acsa_order")),
        sa.ForeignKeyConstraint(["delivery_id"], ["delivery.id"],
                                name=op.f("fk_attachment_delivery_id_delivery")),
        sa.ForeignKeyConstraint(["settlement_id"], ["settlement.id"],
                                name=op.f("fk_attachment_settlement_id_settlement")),
        sa.ForeignKeyConstraint(["sha256"], ["attachment_content.sha256"],
                                name=op.f("fk_attachment_sha256_attachment_content")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    op.create_index("ix_attachment_order_id", "attachment", ["order_id"])
    op.create_table(
        "attachment_withdrawal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("attachment_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=400), nullable=False),
        sa.Column("withdrawn_by", sa.String(length=100), nullable=False),
        sa.Column("withdrawn_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["attachment_id"], ["attachment.id"],
                                name=op.f("fk_attachment_withdrawal_attachment_id_attachment")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment_withdrawal")),
        sa.UniqueConstraint("attachment_id", name=op.f("uq_attachment_withdrawal_attachment_id")),
    )
    op.create_table(
        "finance_notice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("notified_on", sa.Date(), nullable=False),
        sa.Column("notified_to", sa.String(length=200), nullable=False),
        sa.Column("reference", sa.String(length=200), nullable=False, server_default=""),
        sa.Column("recorded_by", sa.String(length=100), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["order_id"], ["acsa_order.id"],
                                name=op.f("fk_finance_notice_order_id_acsa_order")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_finance_notice")),
    )
    op.create_index("ix_finance_notice_order_id", "finance_notice", ["order_id"])
    for table in IMMUTABLE:
        for statement in shipped.append_only_sql(table, op.get_context().dialect.name):
            op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("supporting documents and agreement history are never dropped")
