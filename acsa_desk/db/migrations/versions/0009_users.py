"""Users of a ledger: role, active flag, passphrases (SQLite) and lock-out; every name the
ledger has recorded becomes a user (inactive, no passphrase), so nothing is lost.

Revision ID: 0009_users
Revises: 0008_reconciliation
"""

import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0009_users"
down_revision = "0008_reconciliation"
branch_labels = None
depends_on = None

# Where the ledger has recorded a login, and whether it was recorded certifying for our side.
RECORDED = (
    ("acsa_order", "entered_by", False), ("acsa_order", "updated_by", False),
    ("acsa_order", "our_official_login", True), ("delivery", "recorded_by", False),
    ("receipt", "recorded_by", False), ("invoice", "recorded_by", False),
    ("settlement", "recorded_by", False), ("status_change", "by", False),
    ("settlement_approval", "approved_by", True), ("audit_entry", "actor", False),
)


GRANDFATHERED = "settlements_approved_before"  # acsa_desk.services.four_eyes reads it


def _normal(text: str) -> str:  # the rule of acsa_desk.core.people, frozen here
    return unicodedata.normalize("NFKC", text).casefold().strip()


def upgrade() -> None:
    with op.batch_alter_table("app_user") as batch:
        batch.add_column(sa.Column("role", sa.String(length=10), nullable=False,
                                   server_default="clerk"))
        batch.add_column(sa.Column("active", sa.Boolean(), nullable=False,
                                   server_default=sa.true()))
    op.create_table(
        "user_secret",
        sa.Column("login", sa.String(length=100), nullable=False),
        sa.Column("passphrase_hash", sa.String(length=400), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["login"], ["app_user.login"],
                                name=op.f("fk_user_secret_login_app_user")),
        sa.PrimaryKeyConstraint("login", name=op.f("pk_user_secret")),
    )
    bind = op.get_bind()
    # Profiles saved before this revision: normalised logins, kept inactive until an admin
    # gives them a role and a passphrase (a case variant of a kept login stays as it was).
    users = sa.table("app_user", sa.column("login", sa.String), sa.column("display_name"),
                     sa.column("role", sa.String), sa.column("active", sa.Boolean))
    profiles = [str(r[0]) for r in bind.execute(sa.select(users.c.login))]
    known = set()
    for login in profiles:
        normal = _normal(login)
        if normal != login and normal not in profiles and normal not in known:
            bind.execute(users.update().where(users.c.login == login).values(login=normal))
            known.add(normal)
        else:
            known.add(login)
    bind.execute(users.update().values(active=False))
    officers: set[str] = set()
    names: dict[str, str] = {}
    for table, column, certifies in RECORDED:
        rows = bind.execute(sa.text(f"SELECT DISTINCT {column} FROM {table} "
                                    f"WHERE {column} IS NOT NULL AND {column} <> ''"))
        for (name,) in rows:
            normal = _normal(str(name))
            if not normal:
                continue
            names.setdefault(normal, str(name).strip())
            if certifies:
                officers.add(normal)
    new = [{"login": login, "display_name": shown, "role": "officer" if login in officers
            else "clerk", "active": False}
           for login, shown in sorted(names.items()) if login not in known]
    # Settlements recorded before approvals were required keep counting as they did.
    last = bind.execute(sa.text("SELECT max(id) FROM settlement")).scalar()
    if last:
        settings = sa.table("ledger_setting", sa.column("key", sa.String),
                            sa.column("value", sa.String))
        op.bulk_insert(settings, [{"key": GRANDFATHERED, "value": str(last)}])  # type: ignore[arg-type]
    if new:
        rows = [dict(r, rank="", appointment="") for r in new]
        full = sa.table("app_user", *(sa.column(c) for c in
                                      ("login", "display_name", "rank", "appointment", "role",
                                       "active")))
        op.bulk_insert(full, rows)  # type: ignore[arg-type]


def downgrade() -> None:
    raise NotImplementedError("users are never dropped")
