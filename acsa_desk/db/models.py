"""The ledger's tables. Money is always an integer of minor units next to its ISO 4217 code.

Quantities are exact decimals kept as text (never floats). Cached totals on orders and
lines (``billable_minor``, ``settled_minor``, ``delivered_quantity``) are written only by
``acsa_desk.services.ledger`` in the same transaction as the entries they sum, so balances
are plain SQL aggregates; ``acsa-desk verify`` recomputes them from the entries.
"""

# No "from __future__ import annotations": SQLModel reads the annotations at class creation.

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    DateTime,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
    true,
)
from sqlmodel import Field, SQLModel

SCHEMA_NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
SQLModel.metadata.naming_convention = SCHEMA_NAMING


class Partner(SQLModel, table=True):
    __tablename__ = "partner"
    code: str = Field(primary_key=True, max_length=3)  # ISO 3166-1 alpha-3
    name: str = Field(max_length=200)


class Agreement(SQLModel, table=True):
    __tablename__ = "agreement"
    id: int | None = Field(default=None, primary_key=True)
    partner_code: str = Field(foreign_key="partner.code", unique=True, max_length=3)
    reference: str = Field(max_length=200)
    # Comma-separated category codes the agreement covers; empty means all 16.
    categories: str = Field(default="", max_length=400)
    settlement_months: int = Field(default=12)
    title: str = Field(default="", max_length=300)
    signed_on: date | None = None
    in_force_from: date | None = None
    in_force_until: date | None = None
    notified_on: date | None = None  # the legislature notified (the US-style annual report)
    # Comma-separated ISO 4217 codes of payment; empty means any.
    currencies: str = Field(default="", max_length=200)
    claim_days: int = Field(default=30)  # days after the first delivery to raise the claim
    # Comma-separated required data element names; empty means the default list.
    required_elements: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))


class AgreementTerms(SQLModel, table=True):
    """Append-only history of an agreement's terms: each applies to orders from its date."""

    __tablename__ = "agreement_terms"
    id: int | None = Field(default=None, primary_key=True)
    partner_code: str = Field(foreign_key="partner.code", max_length=3, index=True)
    effective_from: date
    reference: str = Field(max_length=200)
    categories: str = Field(max_length=400)
    settlement_months: int
    claim_days: int
    required_elements: str = Field(sa_column=Column(Text, nullable=False))
    recorded_by: str = Field(max_length=100)
    recorded_at: datetime


class DesignatedOfficial(SQLModel, table=True):
    """Our side's official who may sign orders under an agreement, up to a limit per order."""

    __tablename__ = "designated_official"
    id: int | None = Field(default=None, primary_key=True)
    partner_code: str = Field(foreign_key="partner.code", max_length=3, index=True)
    name: str = Field(max_length=200)
    rank: str = Field(default="", max_length=100)
    login: str | None = Field(default=None, max_length=100)
    limit_minor: int = Field(sa_column=Column(BigInteger, nullable=False))
    limit_currency: str = Field(max_length=3)
    valid_from: date
    valid_until: date | None = None
    delegated_by: str = Field(default="", max_length=200)  # a delegation: from whom


class Exercise(SQLModel, table=True):
    __tablename__ = "exercise"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, max_length=200)
    activity_type: str = Field(default="exercise", max_length=20)
    starts_on: date | None = None
    ends_on: date | None = None
    place: str = Field(default="", max_length=200)


class ExercisePartner(SQLModel, table=True):
    __tablename__ = "exercise_partner"
    exercise_id: int = Field(foreign_key="exercise.id", primary_key=True)
    partner_code: str = Field(foreign_key="partner.code", primary_key=True, max_length=3)


_order_version = Column("version", Integer, nullable=False, default=1)


class Order(SQLModel, table=True):
    __tablename__ = "acsa_order"
    __table_args__ = (
        Index("ix_acsa_order_partner_currency", "partner_code", "currency", "direction"),
        Index("ix_acsa_order_exercise_partner", "exercise_id", "partner_code", "currency"),
        Index("ix_acsa_order_status", "status"),  # (status, id) on PostgreSQL: migration 0018
        Index("ix_acsa_order_ordered_on", "ordered_on"),
        Index("ix_acsa_order_billable", "billable_minor", "id"),
        Index("ix_acsa_order_direction", "direction", "id"),
        Index("ix_acsa_order_partner_number", "partner_code", "partner_order_number"),
        # The orders list: each sort and dashboard filter reads only its first rows (0012).
        Index("ix_acsa_order_currency_id", "currency", "id"),
        Index("ix_acsa_order_partner_id", "partner_code", "id"),
        Index("ix_acsa_order_exercise_id", "exercise_id", "id"),
        Index("ix_acsa_order_currency_billable", "currency", "billable_minor", "id"),
        Index("ix_acsa_order_status_ordered", "status", "ordered_on", "id"),
        Index("ix_acsa_order_overdue", "oldest_unpaid_on", "ordered_on", "partner_code"),
        # A partner's orders, of one status or all, newest first (0014).
        Index("ix_acsa_order_partner_status_ordered", "partner_code", "status", "ordered_on", "id"),
        Index("ix_acsa_order_partner_ordered", "partner_code", "ordered_on", "id"),
        # Four eyes: our side's signing official is not the person who entered the order.
        CheckConstraint(
            "our_official_login IS NULL OR our_official_login <> entered_by", name="four_eyes"
        ),
    )
    # A save based on an older version is refused by the UPDATE itself (optimistic locking).
    __mapper_args__ = {"version_id_col": _order_version}
    id: int | None = Field(default=None, primary_key=True)
    number: str = Field(unique=True, max_length=60)
    # the partner's own number for the order ("" until known); not unique: partners reuse
    partner_order_number: str = Field(default="", sa_column=Column(
        String(60), nullable=False, default="", server_default=""))
    exercise_id: int = Field(foreign_key="exercise.id")
    partner_code: str = Field(foreign_key="partner.code", max_length=3)
    direction: str = Field(max_length=10)
    status: str = Field(default="requested", max_length=12)
    requesting_unit: str = Field(default="", max_length=200)
    requesting_poc: str = Field(default="", max_length=200)
    supplying_unit: str = Field(default="", max_length=200)
    supplying_poc: str = Field(default="", max_length=200)
    ordered_on: date
    required_on: date | None = None
    delivery_place: str = Field(default="", max_length=200)
    settlement_method: str = Field(max_length=10)
    currency: str = Field(max_length=3)
    ordering_official_name: str = Field(default="", max_length=200)
    ordering_official_rank: str = Field(default="", max_length=100)
    issuing_official_name: str = Field(default="", max_length=200)
    issuing_official_rank: str = Field(default="", max_length=100)
    signed_on: date | None = None
    billable_minor: int = Field(default=0, sa_column=Column(BigInteger, nullable=False, default=0))
    settled_minor: int = Field(default=0, sa_column=Column(BigInteger, nullable=False, default=0))
    entered_by: str = Field(default="", max_length=100)
    our_official_login: str | None = Field(default=None, max_length=100)
    updated_by: str = Field(default="", max_length=100)
    created_at: datetime
    updated_at: datetime
    version: int = Field(default=1, sa_column=_order_version)
    source: str = Field(default="manual", max_length=20)  # manual, import, demo
    # The date of the oldest delivery still (partly) unpaid (None: nothing outstanding); an
    # order is overdue on D when this is more than the settlement deadline before D.
    oldest_unpaid_on: date | None = Field(default=None, index=True)
    # number, units and line descriptions, lower-cased: what the orders list searches
    search_text: str = Field(default="", sa_column=Column(Text, nullable=False, default="",
                                                          server_default=""))
    requesting_poc_phone: str = Field(default="", max_length=200)
    requesting_poc_email: str = Field(default="", max_length=200)
    supplying_poc_phone: str = Field(default="", max_length=200)
    supplying_poc_email: str = Field(default="", max_length=200)
    funding_reference: str = Field(default="", max_length=200)  # funding / accounting citation


# Sorting the orders list by outstanding reads the top rows of this expression index.
Index("ix_acsa_order_outstanding", Order.billable_minor - Order.settled_minor, Order.id)  # type: ignore[operator]
Index("ix_acsa_order_currency_outstanding", Order.currency,  # type: ignore[arg-type]
      Order.billable_minor - Order.settled_minor, Order.id)  # type: ignore[operator]
# Largest first within currencies in code order (the descending amount sorts).
Index("ix_acsa_order_currency_billable_desc", Order.currency,  # type: ignore[arg-type]
      Order.billable_minor.desc(), Order.id.desc())  # type: ignore[attr-defined,union-attr]
Index("ix_acsa_order_currency_outstanding_desc", Order.currency,  # type: ignore[arg-type]
      (Order.billable_minor - Order.settled_minor).desc(), Order.id.desc())  # type: ignore[operator,union-attr]
# Orders lacking a signature (the dashboard's "unsigned past signing" tile), in date order.
Index("ix_acsa_order_unsigned", Order.ordered_on, Order.id, Order.status,  # type: ignore[arg-type]
      sqlite_where=text("ordering_official_name = '' OR issuing_official_name = ''"),
      postgresql_where=text("ordering_official_name = '' OR issuing_official_name = ''"))


class OrderLine(SQLModel, table=True):
    __tablename__ = "order_line"
    __table_args__ = (
        UniqueConstraint("order_id", "line_no"),
        Index("ix_order_line_category_order", "category", "order_id"),
    )
    id: int | None = Field(default=None, primary_key=True)
    order_id: int = Field(foreign_key="acsa_order.id", index=True)
    line_no: int
    category: str = Field(max_length=20)
    description: str = Field(sa_column=Column(String, nullable=False))
    nsn: str = Field(default="", max_length=16)
    unit_of_issue: str = Field(max_length=20)
    quantity: str = Field(max_length=40)  # exact decimal as text
    unit_price_minor: int = Field(sa_column=Column(BigInteger, nullable=False))
    delivered_quantity: str = Field(default="0", max_length=40)
    billable_minor: int = Field(default=0, sa_column=Column(BigInteger, nullable=False, default=0))


class Delivery(SQLModel, table=True):
    """A dated delivery of part of a line; a reversal has a negative quantity."""

    __tablename__ = "delivery"
    __table_args__ = (Index("ix_delivery_order_date", "order_id", "delivered_on"),)
    id: int | None = Field(default=None, primary_key=True)
    order_id: int = Field(foreign_key="acsa_order.id")
    line_id: int = Field(foreign_key="order_line.id", index=True)
    delivered_on: date
    quantity: str = Field(max_length=40)
    # What this entry adds to the line's billable amount: the line total stays rounded once.
    billable_delta_minor: int = Field(sa_column=Column(BigInteger, nullable=False))
    reverses_id: int | None = Field(default=None, foreign_key="delivery.id", index=True)
    reason: str = Field(default="", max_length=400)
    recorded_by: str = Field(max_length=100)
    recorded_at: datetime


class Receipt(SQLModel, table=True):
    __tablename__ = "receipt"
    id: int | None = Field(default=None, primary_key=True)
    order_id: int = Field(foreign_key="acsa_order.id", index=True)
    received_on: date
    received_by: str = Field(max_length=200)
    condition: str = Field(default="", max_length=400)
    recorded_by: str = Field(max_length=100)
    recorded_at: datetime


class Invoice(SQLModel, table=True):
    __tablename__ = "invoice"
    id: int | None = Field(default=None, primary_key=True)
    order_id: int = Field(foreign_key="acsa_order.id", index=True)
    reference: str = Field(max_length=200)
    issued_on: date
    recorded_by: str = Field(max_length=100)
    recorded_at: datetime


class Settlement(SQLModel, table=True):
    """Cash, replacement in kind, equal value exchange or offset; a reversal is negative."""

    __tablename__ = "settlement"
    id: int | None = Field(default=None, primary_key=True)
    order_id: int = Field(foreign_key="acsa_order.id", index=True)
    settled_on: date
    method: str = Field(max_length=10)
    amount_minor: int = Field(sa_column=Column(BigInteger, nullable=False))
    currency: str = Field(max_length=3)
    reference: str = Field(default="", max_length=200)
    reverses_id: int | None = Field(default=None, foreign_key="settlement.id", index=True)
    reason: str = Field(default="", max_length=400)
    recorded_by: str = Field(max_length=100)
    recorded_at: datetime


class StatusChange(SQLModel, table=True):
    __tablename__ = "status_change"
    id: int | None = Field(default=None, primary_key=True)
    order_id: int = Field(foreign_key="acsa_order.id", index=True)
    at: datetime
    by: str = Field(max_length=100)
    from_status: str = Field(default="", max_length=12)
    to_status: str = Field(max_length=12)
    reason: str = Field(default="", max_length=400)


class ExchangeRate(SQLModel, table=True):
    """Units of ``quote`` for one unit of ``base`` on a date, with its source."""

    __tablename__ = "exchange_rate"
    __table_args__ = (UniqueConstraint("on_date", "base", "quote", "source"),)
    id: int | None = Field(default=None, primary_key=True)
    on_date: date
    base: str = Field(max_length=3)
    quote: str = Field(max_length=3)
    rate: str = Field(max_length=40)  # exact decimal as text
    source: str = Field(max_length=200)


class LedgerSetting(SQLModel, table=True):
    """Settings of the ledger itself (handling banner, home nation), shared by all its users."""

    __tablename__ = "ledger_setting"
    key: str = Field(primary_key=True, max_length=60)
    value: str = Field(default="", max_length=400)


class AppUser(SQLModel, table=True):
    """A person using the ledger: a normalised login (see acsa_desk.core.people), with name,
    rank, appointment and role; an inactive user keeps their records but cannot act."""

    __tablename__ = "app_user"
    login: str = Field(primary_key=True, max_length=100)
    display_name: str = Field(default="", max_length=200)
    rank: str = Field(default="", max_length=100)
    appointment: str = Field(default="", max_length=200)
    role: str = Field(default="clerk", sa_column=Column(String(10), nullable=False,
                                                         default="clerk", server_default="clerk"))
    active: bool = Field(default=True, sa_column=Column(Boolean, nullable=False, default=True,
                                                          server_default=true()))


class UserSecret(SQLModel, table=True):
    """A SQLite ledger user's passphrase (Argon2id hash, never the passphrase) and lock-out.

    Written by acsa_desk.services.auth with Core statements and audited with the hash left
    out; on PostgreSQL the server authenticates and no application role may read this."""

    __tablename__ = "user_secret"
    login: str = Field(foreign_key="app_user.login", primary_key=True, max_length=100)
    passphrase_hash: str = Field(default="", max_length=400)
    failed_attempts: int = Field(default=0)
    locked_until: datetime | None = Field(default=None, sa_column=Column(DateTime(timezone=True)))


class SettlementApproval(SQLModel, table=True):
    """Our side's approval of a settlement, by someone other than who entered it."""

    __tablename__ = "settlement_approval"
    id: int | None = Field(default=None, primary_key=True)
    settlement_id: int = Field(foreign_key="settlement.id", unique=True)
    approved_by: str = Field(max_length=100)
    approved_at: datetime


class AttachmentContent(SQLModel, table=True):
    """The bytes of a supporting document, once per SHA-256 (deduplicated); append-only."""

    __tablename__ = "attachment_content"
    id: int | None = Field(default=None, primary_key=True)
    sha256: str = Field(unique=True, max_length=64)
    size_bytes: int = Field(sa_column=Column(BigInteger, nullable=False))
    content: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class Attachment(SQLModel, table=True):
    """A supporting document attached to an order (or one of its deliveries or settlements)."""

    __tablename__ = "attachment"
    id: int | None = Field(default=None, primary_key=True)
    order_id: int = Field(foreign_key="acsa_order.id", index=True)
    delivery_id: int | None = Field(default=None, foreign_key="delivery.id")
    settlement_id: int | None = Field(default=None, foreign_key="settlement.id")
    sha256: str = Field(foreign_key="attachment_content.sha256", max_length=64)
    file_name: str = Field(max_length=255)
    media_type: str = Field(max_length=100)
    size_bytes: int = Field(sa_column=Column(BigInteger, nullable=False))
    kind: str = Field(max_length=30)
    note: str = Field(default="", max_length=400)
    attached_by: str = Field(max_length=100)
    attached_at: datetime


class AttachmentWithdrawal(SQLModel, table=True):
    """A wrong attachment withdrawn, with the reason (the document itself stays)."""

    __tablename__ = "attachment_withdrawal"
    id: int | None = Field(default=None, primary_key=True)
    attachment_id: int = Field(foreign_key="attachment.id", unique=True)
    reason: str = Field(max_length=400)
    withdrawn_by: str = Field(max_length=100)
    withdrawn_at: datetime


class FinanceNotice(SQLModel, table=True):
    """The claim notice sent to the finance or revenue office: date, to whom, reference."""

    __tablename__ = "finance_notice"
    id: int | None = Field(default=None, primary_key=True)
    order_id: int = Field(foreign_key="acsa_order.id", index=True)
    notified_on: date
    notified_to: str = Field(max_length=200)
    reference: str = Field(default="", max_length=200)
    recorded_by: str = Field(max_length=100)
    recorded_at: datetime


class AuditEntry(SQLModel, table=True):
    """Append-only log of every change, each entry hashed with the previous one."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_entity", "entity", "entity_id"),)
    id: int | None = Field(default=None, primary_key=True)
    at: str = Field(max_length=40)  # ISO 8601 UTC, kept as text so the hash input is exact
    actor: str = Field(max_length=100)
    entity: str = Field(max_length=40)
    entity_id: str = Field(max_length=40)
    action: str = Field(max_length=10)
    before: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    after: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    # Format 2 (acsa_desk/db/audit_format.py): what changed, compressed; NULL in format 1 entries
    packed: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)
    # HMAC-SHA-256 of ``hash`` under the ledger key (acsa_desk/db/keys.py); "" before keying
    mac: str = Field(default="", sa_column=Column(String(64), nullable=False, default="",
                                                  server_default=""))

    @property
    def before_text(self) -> str:
        """The row before as JSON text, whatever the entry's format."""
        from acsa_desk.db.audit_format import texts

        return texts(self.before, self.after, self.packed)[0]

    @property
    def after_text(self) -> str:
        """The row after as JSON text, whatever the entry's format."""
        from acsa_desk.db.audit_format import texts

        return texts(self.before, self.after, self.packed)[1]


class AuditHead(SQLModel, table=True):
    """The chain's head: one row, locked by each writer so the chain never forks."""

    __tablename__ = "audit_head"
    id: int = Field(default=1, primary_key=True)
    last_id: int = Field(default=0)
    hash: str = Field(default="", max_length=64)
    key_id: str = Field(default="", sa_column=Column(String(40), nullable=False, default="",
                                                     server_default=""))
    # The first entry written under the key (0: the ledger is not keyed).
    keyed_from: int = Field(default=0, sa_column=Column(Integer, nullable=False, default=0,
                                                        server_default="0"))
    mac: str = Field(default="", sa_column=Column(String(64), nullable=False, default="",
                                                  server_default=""))


class Reconciliation(SQLModel, table=True):
    """A reconciliation against a partner's statement, as it stood when saved (append-only)."""

    __tablename__ = "reconciliation"
    __table_args__ = (Index("ix_reconciliation_partner", "partner_code", "id"),)
    id: int | None = Field(default=None, primary_key=True)
    partner_code: str = Field(foreign_key="partner.code", max_length=3)
    statement_name: str = Field(max_length=260)
    statement_sha256: str = Field(max_length=64)
    date_from: date | None = None
    date_to: date | None = None
    statement_rows: int = 0
    agreed: int = 0
    differs: int = 0
    missing_theirs: int = 0
    missing_ours: int = 0
    previous_id: int | None = Field(default=None, foreign_key="reconciliation.id")
    recorded_by: str = Field(max_length=100)
    recorded_at: datetime


class ReconciliationItem(SQLModel, table=True):
    """One item of a saved reconciliation: our order and/or their row, compared (append-only)."""

    __tablename__ = "reconciliation_item"
    __table_args__ = (UniqueConstraint("reconciliation_id", "item_key"),)
    id: int | None = Field(default=None, primary_key=True)
    reconciliation_id: int = Field(foreign_key="reconciliation.id", index=True)
    item_key: str = Field(max_length=80)  # "ours:<our number>" or "theirs:<their number>"
    order_id: int | None = Field(default=None, foreign_key="acsa_order.id")
    state: str = Field(max_length=16)
    differences: str = Field(default="", max_length=200)  # comma-separated field names
    ours: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    theirs: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))


class ReconciliationAction(SQLModel, table=True):
    """What an officer did about an item: explained, accepted or disputed (append-only)."""

    __tablename__ = "reconciliation_action"
    id: int | None = Field(default=None, primary_key=True)
    item_id: int = Field(foreign_key="reconciliation_item.id", index=True)
    action: str = Field(max_length=10)  # explain, accept, dispute
    reason: str = Field(max_length=400)
    by: str = Field(max_length=100)
    at: datetime


class ExercisePartnerChange(SQLModel, table=True):
    """A partner taken out of an exercise (``active`` false) or put back: exercise_partner
    rows are never deleted, the latest change of a link says whether it holds (append-only)."""

    __tablename__ = "exercise_partner_change"
    __table_args__ = (Index("ix_exercise_partner_change_link", "exercise_id", "partner_code",
                            "id"),)
    id: int | None = Field(default=None, primary_key=True)
    exercise_id: int = Field(foreign_key="exercise.id")
    partner_code: str = Field(foreign_key="partner.code", max_length=3)
    active: bool = Field(sa_column=Column(Boolean, nullable=False))
    by: str = Field(max_length=100)
    at: datetime


class OrderLineWithdrawn(SQLModel, table=True):
    """A line taken off an order while it was still a request, as it stood (append-only):
    the line leaves the order's lines, its record stays in the ledger with who and when."""

    __tablename__ = "order_line_withdrawn"
    id: int | None = Field(default=None, primary_key=True)
    line_id: int = Field(index=True)  # the id it had in order_line
    order_id: int = Field(foreign_key="acsa_order.id", index=True)
    line_no: int
    category: str = Field(max_length=20)
    description: str = Field(sa_column=Column(String, nullable=False))
    nsn: str = Field(default="", max_length=16)
    unit_of_issue: str = Field(max_length=20)
    quantity: str = Field(max_length=40)
    unit_price_minor: int = Field(sa_column=Column(BigInteger, nullable=False))
    withdrawn_by: str = Field(max_length=100)
    withdrawn_at: datetime
