"""The registry of what the database itself refuses, as shipped: append-only triggers and
four-eyes constraints, on SQLite and PostgreSQL. ``verify`` checks that every one of them
exists exactly as listed here (so a ledger whose triggers were dropped, disabled or
rewritten is reported even if no row changed yet).

Adding an append-only table (engineers: append here, nowhere else):

1. add its name to ``APPEND_ONLY``;
2. in your migration, create its triggers from this module, so they are the shipped ones::

       from acsa_desk.db import shipped
       for statement in shipped.append_only_sql("attachment", op.get_context().dialect.name):
           op.execute(statement)

A trigger or CHECK constraint of another kind: append a ``Trigger`` to ``OTHER_TRIGGERS`` or a
``Check`` to ``CHECKS`` with the text the database reports for it (a test compares a fresh
ledger of both backends with this registry: ``tests/db/test_shipped.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

#: Tables whose rows are never updated or deleted (corrections are reversals).
APPEND_ONLY: list[str] = [
    "audit_entry", "delivery", "settlement", "settlement_approval", "status_change", "receipt",
    "invoice", "reconciliation", "reconciliation_item", "reconciliation_action",
    # 0010_readiness: agreement history, supporting documents, the claim notice to finance
    "agreement_terms", "attachment_content", "attachment", "attachment_withdrawal",
    "finance_notice",
    # 0013_never_deleted: partners taken out of an exercise, lines taken off a draft
    "exercise_partner_change", "order_line_withdrawn",
]
#: Tables whose rows are never deleted (but may be updated).
NO_DELETE: list[str] = ["acsa_order", "exercise_partner"]
_NO_DELETE_MESSAGE = {
    "acsa_order": "orders are never deleted: cancel the order",
    # 0013_never_deleted: a partner leaves an exercise by a change, the link stays
    "exercise_partner": "exercise partners are never deleted: take the partner out",
}

_REFUSE_FN = "acsa_refuse_change"
_REFUSE_SRC = (" BEGIN RAISE EXCEPTION '% is append-only: correct it by a reversal', "
               "TG_TABLE_NAME; END; ")


@dataclass(frozen=True)
class Trigger:
    name: str
    table: str
    sqlite: str  # the CREATE TRIGGER statement as sqlite_master keeps it
    pg: str  # pg_get_triggerdef(), without the schema prefix of the table
    pg_function: str  # the trigger function's name ...
    pg_source: str  # ... and its body (pg_proc.prosrc)


@dataclass(frozen=True)
class Check:
    name: str
    table: str
    sqlite: str  # the constraint clause in the table's CREATE TABLE
    pg: str  # pg_get_constraintdef()


OTHER_TRIGGERS: list[Trigger] = [
    Trigger(
        "order_line_delete_only_draft", "order_line",
        "CREATE TRIGGER order_line_delete_only_draft BEFORE DELETE ON order_line WHEN (SELECT "
        "status FROM acsa_order WHERE id = OLD.order_id) <> 'requested' BEGIN SELECT "
        "RAISE(ABORT, 'lines of a signed order are never deleted'); END",
        "CREATE TRIGGER order_line_delete_only_draft BEFORE DELETE ON order_line FOR EACH ROW "
        "EXECUTE FUNCTION acsa_line_delete_only_draft()",
        "acsa_line_delete_only_draft",
        " BEGIN IF (SELECT status FROM acsa_order WHERE id = OLD.order_id) <> 'requested' THEN "
        "RAISE EXCEPTION 'lines of a signed order are never deleted'; END IF; RETURN OLD; END; "),
    Trigger(
        "settlement_approval_four_eyes", "settlement_approval",
        "CREATE TRIGGER settlement_approval_four_eyes BEFORE INSERT ON settlement_approval WHEN "
        "NEW.approved_by = (SELECT recorded_by FROM settlement WHERE id = NEW.settlement_id) "
        "BEGIN SELECT RAISE(ABORT, 'four eyes: a settlement is approved by someone other than "
        "who entered it'); END",
        "CREATE TRIGGER settlement_approval_four_eyes BEFORE INSERT ON settlement_approval FOR "
        "EACH ROW EXECUTE FUNCTION acsa_four_eyes()",
        "acsa_four_eyes",
        " BEGIN IF NEW.approved_by = (SELECT recorded_by FROM settlement WHERE id = "
        "NEW.settlement_id) THEN RAISE EXCEPTION 'four eyes: a settlement is approved by someone "
        "other than who entered it'; END IF; RETURN NEW; END; "),
]

CHECKS: list[Check] = [
    Check("ck_acsa_order_four_eyes", "acsa_order",
          "CONSTRAINT ck_acsa_order_four_eyes CHECK (our_official_login IS NULL OR "
          "our_official_login <> entered_by)",
          "CHECK (((our_official_login IS NULL) OR ((our_official_login)::text <> "
          "(entered_by)::text)))"),
]


def _refusing(table: str, name: str, events: str, message: str) -> Trigger:
    sqlite = (f"CREATE TRIGGER {name} BEFORE {events} ON {table} "
              f"BEGIN SELECT RAISE(ABORT, '{message}'); END")
    pg_events = "DELETE OR UPDATE" if events == "UPDATE" else "DELETE"
    pg_name = f"{table}_append_only" if events == "UPDATE" else name
    pg = (f"CREATE TRIGGER {pg_name} BEFORE {pg_events} ON {table} FOR EACH ROW "
          f"EXECUTE FUNCTION {_REFUSE_FN}()")
    return Trigger(name, table, sqlite, pg, _REFUSE_FN, _REFUSE_SRC)


def triggers(dialect: str) -> list[Trigger]:
    """Every shipped trigger, as the given backend names them (PostgreSQL has one trigger
    per append-only table for both UPDATE and DELETE; SQLite has two)."""
    found: list[Trigger] = []
    for table in APPEND_ONLY:
        message = f"{table} is append-only: correct it by a reversal"
        if dialect == "sqlite":
            found.append(_refusing(table, f"{table}_no_update", "UPDATE", message))
            found.append(_refusing(table, f"{table}_no_delete", "DELETE", message))
        else:
            t = _refusing(table, f"{table}_no_update", "UPDATE", message)
            found.append(Trigger(f"{table}_append_only", table, t.sqlite, t.pg, t.pg_function,
                                 t.pg_source))
    for table in NO_DELETE:
        found.append(_refusing(table, f"{table}_no_delete", "DELETE",
                               _NO_DELETE_MESSAGE[table]))
    return found + OTHER_TRIGGERS


def append_only_sql(table: str, dialect: str, *, no_delete_only: bool = False) -> list[str]:
    """The statements a migration runs to make ``table`` append-only as shipped (the
    PostgreSQL function ``acsa_refuse_change`` exists since migration 0002); with
    ``no_delete_only``, those of a NO_DELETE table (never deleted, may be updated)."""
    mine = [t for t in triggers(dialect) if t.table == table and t.pg_function == _REFUSE_FN
            and (not no_delete_only or t.name == f"{table}_no_delete")]
    if dialect == "sqlite":
        return [t.sqlite for t in mine]
    return [t.pg for t in mine]


def _norm(sql: str) -> str:
    return re.sub(r"\s+", " ", sql).strip().lower()


def problems(connection: Any) -> list[str]:
    """What is missing or different from the registry (empty: all as shipped)."""
    if connection.dialect.name == "sqlite":
        return _sqlite_problems(connection)
    return _postgresql_problems(connection)


def _sqlite_problems(connection: Any) -> list[str]:
    found: list[str] = []
    rows = connection.exec_driver_sql(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('trigger', 'table')"
    ).all()
    trigger_sql = {str(name): (str(table), str(sql or "")) for kind, name, table, sql in rows
                   if kind == "trigger"}
    table_sql = {str(name): str(sql or "") for kind, name, _t, sql in rows if kind == "table"}
    for t in triggers("sqlite"):
        have = trigger_sql.get(t.name)
        if have is None:
            found.append(f"trigger {t.name} on {t.table} is missing (the database no longer "
                         "refuses what it should)")
        elif have[0] != t.table or _norm(have[1]) != _norm(t.sqlite):
            found.append(f"trigger {t.name} on {t.table} is not as shipped")
    for c in CHECKS:
        if _norm(c.sqlite) not in _norm(table_sql.get(c.table, "")):
            found.append(f"constraint {c.name} on {c.table} is missing or not as shipped")
    return found


def _postgresql_problems(connection: Any) -> list[str]:
    found: list[str] = []
    rows = connection.exec_driver_sql(
        "SELECT t.tgname, c.relname, t.tgenabled, pg_get_triggerdef(t.oid), p.proname, p.prosrc "
        "FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "JOIN pg_proc p ON p.oid = t.tgfoid "
        "WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace"
    ).all()
    have = {(str(r[0]), str(r[1])): r for r in rows}
    schema = str(connection.exec_driver_sql("SELECT current_schema()").scalar())
    for t in triggers("postgresql"):
        row = have.get((t.name, t.table))
        if row is None:
            found.append(f"trigger {t.name} on {t.table} is missing (the database no longer "
                         "refuses what it should)")
            continue
        definition = str(row[3]).replace(f" ON {schema}.", " ON ")
        if str(row[2]) == "D":
            found.append(f"trigger {t.name} on {t.table} is disabled")
        elif (_norm(definition) != _norm(t.pg) or str(row[4]) != t.pg_function
              or _norm(str(row[5])) != _norm(t.pg_source)):
            found.append(f"trigger {t.name} on {t.table} is not as shipped")
    found += _who_problems(connection, have)
    checks = {(str(r[0]), str(r[1])): r for r in connection.exec_driver_sql(
        "SELECT con.conname, c.relname, con.convalidated, pg_get_constraintdef(con.oid) "
        "FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid "
        "WHERE con.contype = 'c' AND c.relnamespace = current_schema()::regnamespace").all()}
    for c in CHECKS:
        row = checks.get((c.name, c.table))
        if row is None or not row[2] or _norm(str(row[3])) != _norm(c.pg):
            found.append(f"constraint {c.name} on {c.table} is missing or not as shipped")
    return found


def who_triggers() -> list[tuple[str, str, str]]:
    """(trigger, table, function) of the server-side checks of who acts, made by ``admin
    init`` (acsa_desk/db/pg_roles.py): rows name the login that writes them, and only an
    officer's own login signs for our side (four eyes)."""
    from acsa_desk.db import pg_roles

    return [(f"{table}_recorded_by_login", table, "acsa_recorded_by_session_user")
            for table in pg_roles.RECORDED_BY] + [
        ("acsa_order_signed_by_login", "acsa_order", "acsa_signed_by_session_user")]


def _who_problems(connection: Any, have: dict[tuple[str, str], Any]) -> list[str]:
    """Once the roles are set up, their triggers must be there, enabled, on their functions
    (the functions' bodies are not compared)."""
    from acsa_desk.db import pg_roles

    if not pg_roles.roles_ready(connection):
        return []
    found = []
    for name, table, function in who_triggers():
        row = have.get((name, table))
        if row is None:
            found.append(f"trigger {name} on {table} is missing (the server no longer checks "
                         "who acts)")
        elif str(row[2]) == "D":
            found.append(f"trigger {name} on {table} is disabled")
        elif str(row[4]) != function:
            found.append(f"trigger {name} on {table} is not as shipped")
    return found
