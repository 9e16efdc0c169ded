"""Least privilege on PostgreSQL: who owns the schema, who may do what.

``init_roles`` (``acsa-desk --db URL admin init``, run once by the database's owner or a
superuser) creates the non-login role ``acsa_owner``, gives it every table, sequence and
function of the ledger, and creates the group roles ``acsa_clerk``, ``acsa_officer``,
``acsa_auditor`` and ``acsa_admin`` with exactly the grants their work needs:

- append-only tables (every table of ``shipped.APPEND_ONLY``: deliveries, settlements,
  receipts, invoices, status changes, reconciliations, attachments, withdrawn draft lines,
  the audit log...): INSERT and SELECT; approvals: INSERT for officers only;
- orders and lines: UPDATE only on the columns that legitimately change; our side's signing
  official only by officers;
- never DELETE, TRUNCATE, TRIGGER, REFERENCES or any DDL (no CREATE on the schema or the
  database). A line taken off a draft order is recorded in ``order_line_withdrawn`` and
  leaves through the owner's function ``acsa_withdraw_draft_line`` (migration 0013), which
  checks the draft and the record; a partner leaves an exercise by a recorded change;
- auditors: SELECT only; nobody but the owner reads ``user_secret``;
- admins (``acsa_admin``, also an officer): INSERT and UPDATE of ``app_user``'s profile,
  role and active flag, and EXECUTE of ``acsa_manage_login``, the owner's function that
  creates a login role in a group, moves it to another group, sets its password or
  refuses it the connection (deactivation) -- only for logins of this ledger's groups,
  never a superuser, the owner or a role outside the ledger.

Triggers owned by ``acsa_owner`` make the server, not the program, the judge of who acts: a
row recorded by an application role must name that role (``session_user``). ``add_user``
(``admin add-user LOGIN --role R``) creates a login role in its group and registers it.
Migrations run as the owner (``SET ROLE acsa_owner``); a user who is not a member is refused.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from acsa_desk.core.errors import DatabaseProblem, RuleViolation
from acsa_desk.core.people import check_login
from acsa_desk.db import shipped

OWNER = "acsa_owner"
GROUPS = {"clerk": "acsa_clerk", "officer": "acsa_officer", "auditor": "acsa_auditor",
          "admin": "acsa_admin"}
WRITERS = ("acsa_clerk", "acsa_officer")  # acsa_admin is a member of acsa_officer
ADMIN = "acsa_admin"

OFFICER_INSERT = ("settlement_approval",)
# One list of what is never updated nor deleted: the registry the triggers come from.
APPEND_ONLY = tuple(t for t in shipped.APPEND_ONLY if t not in OFFICER_INSERT)
NO_ACCESS = ("user_secret", "alembic_version_lock")
# Columns a writer may never UPDATE (everything else on these tables changes legitimately).
FIXED = {
    "acsa_order": ("id", "number", "entered_by", "created_at", "source", "our_official_login"),
    "order_line": ("id", "order_id"),
    "audit_head": ("id",),
    "exercise": ("id",),
    "partner": ("code",),
    "ledger_setting": ("key",),
}
OFFICER_UPDATE = {"acsa_order": ("our_official_login",)}
NO_UPDATE = ("app_user", "exchange_rate", "exercise_partner", "alembic_version", "agreement")
# What an admin may change of a user (never the login itself).
ADMIN_UPDATE = {"app_user": ("display_name", "rank", "appointment", "role", "active")}
# The owner's functions an application role may call, and who.
FUNCTIONS = {"acsa_withdraw_draft_line(integer)": WRITERS,
             "acsa_manage_login(text, text, text, boolean)": (ADMIN,)}
# The column naming who recorded a row, which the server checks against session_user.
RECORDED_BY = {
    "delivery": "recorded_by", "settlement": "recorded_by", "receipt": "recorded_by",
    "invoice": "recorded_by", "status_change": "by", "settlement_approval": "approved_by",
    "audit_entry": "actor", "acsa_order": "entered_by",
    "reconciliation": "recorded_by", "reconciliation_action": "by",
    "order_line_withdrawn": "withdrawn_by", "exercise_partner_change": "by",
}


def _exists(connection: Connection, role: str) -> bool:
    return connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"),
                              {"r": role}).first() is not None


def _quote(connection: Connection, name: str) -> str:
    return str(connection.execute(text("SELECT quote_ident(:n)"), {"n": name}).scalar_one())


def _require_postgresql(ledger: object) -> None:
    if getattr(ledger, "is_sqlite", True):
        raise DatabaseProblem("admin init and admin add-user are for PostgreSQL ledgers; on "
                              "SQLite use 'acsa-desk user add'")


def roles_ready(connection: Connection) -> bool:
    """Whether this database's schema has been given to the owner role (admin init)."""
    owner = connection.execute(text(
        "SELECT tableowner FROM pg_tables WHERE schemaname = 'public' "
        "AND tablename = 'alembic_version'")).scalar()
    return owner == OWNER


def init_roles(ledger: object) -> None:
    _require_postgresql(ledger)
    engine = ledger.engine  # type: ignore[attr-defined]
    with engine.begin() as c:
        for role in (OWNER, *GROUPS.values()):
            if not _exists(c, role):
                c.execute(text(f"CREATE ROLE {role} NOLOGIN"))
        # the owner creates and moves the ledger's logins (acsa_manage_login, for admins)
        c.execute(text(f"ALTER ROLE {OWNER} CREATEROLE"))
        c.execute(text(f"GRANT acsa_officer TO {ADMIN}"))  # an admin may do what an officer does
        if int(c.execute(text("SHOW server_version_num")).scalar_one()) >= 160000:
            for group in GROUPS.values():  # since 16, granting a role needs its ADMIN OPTION
                c.execute(text(f"GRANT {group} TO {OWNER} WITH ADMIN TRUE, INHERIT FALSE, "
                               "SET FALSE"))
        c.execute(text(f"GRANT {OWNER} TO {_quote(c, _session_user(c))}"))
        database = _quote(c, str(c.execute(text("SELECT current_database()")).scalar_one()))
        c.execute(text(f"REVOKE CREATE ON DATABASE {database} FROM PUBLIC"))
        c.execute(text(f"ALTER SCHEMA public OWNER TO {OWNER}"))
        c.execute(text("REVOKE CREATE ON SCHEMA public FROM PUBLIC"))
        for table in _tables(c):
            c.execute(text(f"ALTER TABLE public.{table} OWNER TO {OWNER}"))
        for signature in c.execute(text(
                "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n "
                "ON n.oid = p.pronamespace WHERE n.nspname = 'public'")).scalars():
            c.execute(text(f"ALTER FUNCTION {signature} OWNER TO {OWNER}"))
        c.execute(text(f"SET LOCAL ROLE {OWNER}"))
        _who_triggers(c)
        _login_function(c)
        grant(c)


def _session_user(c: Connection) -> str:
    return str(c.execute(text("SELECT session_user")).scalar_one())


def _tables(c: Connection) -> list[str]:
    return list(c.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                               "ORDER BY tablename")).scalars())


def _columns(c: Connection, table: str) -> list[str]:
    return list(c.execute(text(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' "
        "AND table_name = :t AND is_generated = 'NEVER' ORDER BY ordinal_position"),
        {"t": table}).scalars())  # (the server alone writes a generated column)


def grant(c: Connection) -> None:
    """(Re)applies the grants of every table (after each migration too)."""
    groups = ", ".join(GROUPS.values())
    writers = ", ".join(WRITERS)
    c.execute(text(f"GRANT USAGE ON SCHEMA public TO {groups}"))
    for table in _tables(c):
        c.execute(text(f"REVOKE ALL ON public.{table} FROM PUBLIC, {groups}"))
        if table in NO_ACCESS:
            continue
        c.execute(text(f"GRANT SELECT ON public.{table} TO {groups}"))
        if table in OFFICER_INSERT:
            c.execute(text(f"GRANT INSERT ON public.{table} TO acsa_officer"))
            continue
        for col in ADMIN_UPDATE.get(table, ()):
            c.execute(text(f"GRANT UPDATE ({_quote(c, col)}) ON public.{table} TO {ADMIN}"))
        if table == "app_user":
            c.execute(text(f"GRANT INSERT ON public.{table} TO {ADMIN}"))
            continue
        if table == "alembic_version":
            continue
        c.execute(text(f"GRANT INSERT ON public.{table} TO {writers}"))
        if table in APPEND_ONLY or table in NO_UPDATE:
            pass
        else:
            fixed = FIXED.get(table, ("id",))
            columns = [col for col in _columns(c, table) if col not in fixed]
            if columns:
                listed = ", ".join(_quote(c, col) for col in columns)
                c.execute(text(f"GRANT UPDATE ({listed}) ON public.{table} TO {writers}"))
        for col in OFFICER_UPDATE.get(table, ()):
            c.execute(text(f"GRANT UPDATE ({_quote(c, col)}) ON public.{table} TO acsa_officer"))
    for signature, grantees in FUNCTIONS.items():
        if c.execute(text("SELECT to_regprocedure(:s)"), {"s": signature}).scalar() is None:
            continue  # made by a later migration
        c.execute(text(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC"))
        c.execute(text(f"GRANT EXECUTE ON FUNCTION {signature} TO {', '.join(grantees)}"))
    c.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {writers}"))
    c.execute(text("GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO acsa_auditor"))


def _who_triggers(c: Connection) -> None:
    """Rows written by an application role must name that role as who recorded them; only
    an officer other than who entered the order may become its signing official."""
    c.execute(text(
        "CREATE OR REPLACE FUNCTION acsa_is_application_login() RETURNS boolean AS $$ "
        "SELECT NOT r.rolsuper AND (pg_has_role(session_user, 'acsa_clerk', 'MEMBER') "
        "OR pg_has_role(session_user, 'acsa_officer', 'MEMBER') "
        "OR pg_has_role(session_user, 'acsa_auditor', 'MEMBER')) "
        "FROM pg_roles r WHERE r.rolname = session_user $$ LANGUAGE sql STABLE"))
    c.execute(text(
        "CREATE OR REPLACE FUNCTION acsa_recorded_by_session_user() RETURNS trigger AS $$ "
        "DECLARE who text := to_jsonb(NEW) ->> TG_ARGV[0]; BEGIN "
        "IF acsa_is_application_login() "
        "AND who IS DISTINCT FROM session_user::text THEN "
        "RAISE EXCEPTION 'who: % recorded as % by the login %', TG_TABLE_NAME, who, session_user "
        "USING ERRCODE = '42501'; END IF; RETURN NEW; END; $$ LANGUAGE plpgsql"))
    for table, column in RECORDED_BY.items():
        c.execute(text(f"DROP TRIGGER IF EXISTS {table}_recorded_by_login ON public.{table}"))
        c.execute(text(f"CREATE TRIGGER {table}_recorded_by_login BEFORE INSERT ON "
                       f"public.{table} FOR EACH ROW EXECUTE FUNCTION "
                       f"acsa_recorded_by_session_user('{column}')"))
    c.execute(text(
        "CREATE OR REPLACE FUNCTION acsa_signed_by_session_user() RETURNS trigger AS $$ BEGIN "
        "IF NEW.our_official_login IS DISTINCT FROM OLD.our_official_login "
        "AND NEW.our_official_login IS NOT NULL AND acsa_is_application_login() "
        "AND NEW.our_official_login <> session_user::text THEN "
        "RAISE EXCEPTION 'four eyes: only the signing officer''s own login signs' "
        "USING ERRCODE = '42501'; END IF; RETURN NEW; END; $$ LANGUAGE plpgsql"))
    c.execute(text("DROP TRIGGER IF EXISTS acsa_order_signed_by_login ON public.acsa_order"))
    c.execute(text("CREATE TRIGGER acsa_order_signed_by_login BEFORE UPDATE ON "
                   "public.acsa_order FOR EACH ROW EXECUTE FUNCTION "
                   "acsa_signed_by_session_user()"))


_LOGIN_FUNCTION = """
CREATE OR REPLACE FUNCTION acsa_manage_login(login text, grp text, password text,
                                             active boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    r pg_roles%ROWTYPE;
    g text;
    ours text[] := ARRAY['acsa_clerk', 'acsa_officer', 'acsa_auditor', 'acsa_admin'];
BEGIN
    IF NOT pg_has_role(session_user, 'acsa_admin', 'MEMBER') THEN
        RAISE EXCEPTION 'only an admin can manage users' USING ERRCODE = '42501';
    END IF;
    IF grp IS NOT NULL AND NOT grp = ANY (ours) THEN
        RAISE EXCEPTION 'no group %', grp USING ERRCODE = '42501';
    END IF;
    IF login = ANY (ours) OR login = 'acsa_owner' OR login LIKE 'pg\\_%' THEN
        RAISE EXCEPTION '% is not a login of this ledger', login USING ERRCODE = '42501';
    END IF;
    SELECT * INTO r FROM pg_roles WHERE rolname = login;
    IF FOUND THEN
        IF r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolreplication OR r.rolbypassrls
           OR pg_has_role(login, 'acsa_owner', 'MEMBER')
           OR NOT (pg_has_role(login, 'acsa_clerk', 'MEMBER')
                   OR pg_has_role(login, 'acsa_officer', 'MEMBER')
                   OR pg_has_role(login, 'acsa_auditor', 'MEMBER')) THEN
            RAISE EXCEPTION 'the server role % is not a login of this ledger: the database '
                            'administrator adds it (admin add-user)', login
                USING ERRCODE = '42501';
        END IF;
    ELSIF grp IS NULL THEN
        RAISE EXCEPTION 'no server login %', login USING ERRCODE = '42501';
    ELSE
        EXECUTE format('CREATE ROLE %I LOGIN', login);
    END IF;
    IF password IS NOT NULL THEN
        PERFORM set_config('password_encryption', 'scram-sha-256', true);
        EXECUTE format('ALTER ROLE %I PASSWORD %L', login, password);
    END IF;
    IF grp IS NOT NULL THEN
        FOREACH g IN ARRAY ours LOOP
            IF g <> grp AND pg_has_role(login, g, 'MEMBER') AND EXISTS (
                SELECT 1 FROM pg_auth_members m WHERE m.member = r.oid
                AND m.roleid = (SELECT oid FROM pg_roles WHERE rolname = g)) THEN
                EXECUTE format('REVOKE %I FROM %I', g, login);
            END IF;
        END LOOP;
        EXECUTE format('GRANT %I TO %I', grp, login);
    END IF;
    IF active IS NOT NULL THEN
        EXECUTE format('ALTER ROLE %I %s', login, CASE WHEN active THEN 'LOGIN' ELSE 'NOLOGIN' END);
    END IF;
END $$
"""


def _login_function(c: Connection) -> None:
    """acsa_manage_login: run as the owner (who may create roles) for members of acsa_admin
    only; refuses any role that is not one of this ledger's logins."""
    c.execute(text(_LOGIN_FUNCTION))
    c.execute(text("REVOKE ALL ON FUNCTION acsa_manage_login(text, text, text, boolean) "
                   "FROM PUBLIC"))


def manage_login(session: object, login: str, *, group_of: str | None = None,
                 password: str | None = None, active: bool | None = None) -> None:
    """On a PostgreSQL ledger, the server side of an admin's change of a user (in the same
    transaction): creates the login role in its group or moves it (``group_of``: the
    ledger role, clerk|officer|auditor|admin), sets its password, allows or refuses it
    the connection. Does nothing on SQLite."""
    bind = session.get_bind()  # type: ignore[attr-defined]
    if bind.dialect.name != "postgresql":
        return
    session.execute(  # type: ignore[attr-defined]
        text("SELECT acsa_manage_login(:login, :grp, :password, :active)"),
        {"login": login, "grp": GROUPS[group_of] if group_of else None,
         "password": password, "active": active})


def set_password(session: object, login: str, password: str, *, own: bool) -> None:
    """A server login's password (SCRAM): one's own by ALTER ROLE (which the server allows
    every login), another's by an admin through acsa_manage_login."""
    if not own:
        manage_login(session, login, password=password)
        return
    execute = session.execute  # type: ignore[attr-defined]
    execute(text("SET LOCAL password_encryption = 'scram-sha-256'"))
    literal = str(execute(text("SELECT quote_literal(:p)"), {"p": password}).scalar_one())
    execute(text(f"ALTER ROLE SESSION_USER PASSWORD {literal}"))


def add_user(ledger: object, login: str, role: str, *, password: str | None = None,
             display_name: str = "", rank: str = "") -> str:
    """Creates (or re-grants) the login role ``login`` in its group and registers it as a
    user of the ledger with that role."""
    _require_postgresql(ledger)
    if role not in GROUPS:
        raise RuleViolation("role", f"the role must be one of {', '.join(GROUPS)}")
    normal = check_login(login)
    engine = ledger.engine  # type: ignore[attr-defined]
    with engine.begin() as c:
        if not roles_ready(c):
            raise DatabaseProblem("run 'acsa-desk --db URL admin init' first")
        quoted = _quote(c, normal)
        if not _exists(c, normal):
            c.execute(text(f"CREATE ROLE {quoted} LOGIN"))
        if password:
            c.execute(text("SET LOCAL password_encryption = 'scram-sha-256'"))
            literal = str(c.execute(text("SELECT quote_literal(:p)"), {"p": password}).scalar_one())
            c.execute(text(f"ALTER ROLE {quoted} PASSWORD {literal}"))
        for other in GROUPS.values():
            c.execute(text(f"REVOKE {other} FROM {quoted}"))
        c.execute(text(f"GRANT {GROUPS[role]} TO {quoted}"))
    from acsa_desk.db.models import AppUser

    with ledger.session() as session:  # type: ignore[attr-defined]
        user = session.get(AppUser, normal)
        if user is None:
            user = AppUser(login=normal, display_name=display_name.strip() or login.strip())
            session.add(user)
        elif display_name.strip():
            user.display_name = display_name.strip()
        if rank.strip():
            user.rank = rank.strip()
        user.role, user.active = role, True
    return normal


def before_migration(c: Connection) -> None:
    """Migrations run as the owner: refused for anyone who may not become it."""
    if c.dialect.name != "postgresql" or not roles_ready(c):
        return
    member = c.execute(text(f"SELECT pg_has_role(session_user, '{OWNER}', 'MEMBER')")).scalar()
    if not member:
        raise DatabaseProblem(
            f"the ledger's schema needs an upgrade, which only its owner ({OWNER}) may run: "
            "ask the database administrator to open it once")
    c.execute(text(f"SET LOCAL ROLE {OWNER}"))


def after_migration(c: Connection) -> None:
    if c.dialect.name == "postgresql" and roles_ready(c):
        grant(c)
