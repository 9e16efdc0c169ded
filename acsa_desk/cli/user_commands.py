"""Users of a ledger: ``user`` (your own name), ``user add|list|deactivate|passphrase|role|
lockout``, and the PostgreSQL set-up ``admin init`` / ``admin add-user``.

On PostgreSQL ``user add|deactivate|role|passphrase`` are an admin's in-program
administration (a login of the group ``acsa_admin``): the server's login roles change with
the ledger's users, in one transaction; ``admin init`` / ``admin add-user`` stay the database
owner's set-up (the first admin is added that way)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from acsa_desk.cli.identity import acting_login, add_as_option, new_passphrase
from acsa_desk.core.people import Role

ROLES = [r.value for r in Role]


def register(sub: Any) -> None:
    p = sub.add_parser("user", help="users of this ledger; without a sub-command, show or set "
                                    "your own name, rank and appointment")
    p.add_argument("--name", help="display name, e.g. 'Anne Tremblay'")
    p.add_argument("--rank", help="e.g. Cdr, LCdr, 2佐")
    p.add_argument("--appointment", help="e.g. 'Logistics Officer, HMCS Ottawa'")
    add_as_option(p)
    p.set_defaults(handler=cmd_user)
    users = p.add_subparsers(dest="user_command", metavar="SUBCOMMAND")
    a = users.add_parser("add", help="register a user (admin)")
    a.add_argument("login")
    a.add_argument("--role", required=True, choices=ROLES)
    a.add_argument("--name", default="", help="display name")
    a.add_argument("--rank", default="")
    a.add_argument("--appointment", default="")
    a.add_argument("--passphrase-file", type=Path, metavar="FILE",
                   help="the new user's passphrase (first line); otherwise typed twice")
    add_as_option(a)
    a.set_defaults(handler=cmd_user_add)
    ls = users.add_parser("list", help="the ledger's users")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=cmd_user_list)
    d = users.add_parser("deactivate", help="a user can no longer act (admin)")
    d.add_argument("login")
    add_as_option(d)
    d.set_defaults(handler=cmd_user_deactivate)
    pw = users.add_parser("passphrase", help="set your passphrase, or reset a user's (admin)")
    pw.add_argument("login", nargs="?", default=None)
    pw.add_argument("--passphrase-file", type=Path, metavar="FILE",
                    help="the new passphrase (first line); otherwise typed twice")
    add_as_option(pw)
    pw.set_defaults(handler=cmd_user_passphrase)
    r = users.add_parser("role", help="change a user's role (admin)")
    r.add_argument("login")
    r.add_argument("role", choices=ROLES)
    add_as_option(r)
    r.set_defaults(handler=cmd_user_role)
    lk = users.add_parser("lockout", help="show, or set (admin), how many wrong passphrases "
                                          "in a row lock a user out, and for how long")
    lk.add_argument("--tries", type=int, metavar="N", help="wrong passphrases in a row (3-20)")
    lk.add_argument("--minutes", type=int, metavar="M", help="how long the lock-out lasts "
                                                             "(1-1440)")
    add_as_option(lk)
    lk.set_defaults(handler=cmd_user_lockout)

    p = sub.add_parser("admin", help="PostgreSQL set-up: owner and group roles, logins")
    admin = p.add_subparsers(dest="admin_command", metavar="SUBCOMMAND", required=True)
    i = admin.add_parser("init", help="create the owner role acsa_owner and the groups "
                                      "acsa_clerk, acsa_officer, acsa_auditor; grant them")
    i.set_defaults(handler=cmd_admin_init)
    u = admin.add_parser("add-user", help="create a login role in its group and register it")
    u.add_argument("login")
    u.add_argument("--role", required=True, choices=["clerk", "officer", "auditor", "admin"],
                   help="clerk, officer or auditor; admin for who manages the ledger's users")
    u.add_argument("--name", default="", help="display name")
    u.add_argument("--rank", default="")
    u.add_argument("--password-file", type=Path, metavar="FILE",
                   help="the role's password (first line; stored by the server as SCRAM)")
    u.set_defaults(handler=cmd_admin_add_user)


def _ledger(args: argparse.Namespace) -> Any:
    from acsa_desk.db.engine import open_ledger

    return open_ledger(args.db)


def _shown(user: Any) -> str:
    from acsa_desk.services import users

    return f"{user.login}: {users.describe(user)}" + (
        f", {user.appointment}" if user.appointment else "")


def cmd_user(args: argparse.Namespace) -> int:
    from acsa_desk.services import users

    ledger = _ledger(args)
    login = acting_login(args, ledger)
    if any(v is not None for v in (args.name, args.rank, args.appointment)):
        with ledger.session(actor=login) as session:
            known = users.get_user(session=session, login=login)
            users.save_user(
                session=session, login=login,
                display_name=args.name if args.name is not None else known.display_name,
                rank=args.rank if args.rank is not None else known.rank,
                appointment=args.appointment if args.appointment is not None else known.appointment,
            )
    with ledger.reader() as session:
        user = users.get_user(session=session, login=login)
        count = users.count_active(session=session)
    print(_shown(user))
    if count == 1 and ledger.is_sqlite:
        from acsa_desk.services.identity import ONE_USER_HINT

        print(f"note: you are this ledger's only user; {ONE_USER_HINT}", file=sys.stderr)
    return 0


def cmd_user_add(args: argparse.Namespace) -> int:
    from acsa_desk.core.errors import RuleViolation
    from acsa_desk.services import auth

    ledger = _ledger(args)
    by = acting_login(args, ledger)
    passphrase = None
    if ledger.is_sqlite:
        with ledger.reader() as session:
            if not auth.has_passphrase(session=session, login=by):
                raise RuleViolation("passphrase", "set your own passphrase first (acsa-desk user "
                                                  "passphrase): once a ledger has two users, "
                                                  "each proves who they are with one")
        passphrase = new_passphrase(args.login, args.passphrase_file)
    elif args.passphrase_file is not None:  # the new login role's server password
        passphrase = new_passphrase(args.login, args.passphrase_file)
    with ledger.session(actor=by) as session:
        user = auth.register(session=session, login=args.login, role=args.role, by=by,
                             passphrase=passphrase, display_name=args.name, rank=args.rank,
                             appointment=args.appointment)
    print(f"added {_shown(user)} ({user.role})")
    return 0


def cmd_user_list(args: argparse.Namespace) -> int:
    from acsa_desk.services import auth, users

    ledger = _ledger(args)
    with ledger.reader() as session:
        rows = [{"login": u.login, "display_name": u.display_name, "rank": u.rank,
                 "appointment": u.appointment, "role": u.role, "active": bool(u.active),
                 "passphrase": ledger.is_sqlite and auth.has_passphrase(session=session,
                                                                        login=u.login)}
                for u in users.list_users(session=session)]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
        return 0
    for row in rows:
        state = "active" if row["active"] else "inactive"
        name = f"{row['rank']} {row['display_name']}".strip()
        print(f"{row['login']:<20} {row['role']:<8} {state:<8} {name}")
    return 0


def cmd_user_deactivate(args: argparse.Namespace) -> int:
    from acsa_desk.services import users

    ledger = _ledger(args)
    by = acting_login(args, ledger)
    with ledger.session(actor=by) as session:
        user = users.deactivate(session=session, login=args.login, by=by)
    print(f"{user.login} can no longer act in this ledger; their records stay theirs")
    return 0


def cmd_user_passphrase(args: argparse.Namespace) -> int:
    from acsa_desk.services import auth

    ledger = _ledger(args)
    by = acting_login(args, ledger)
    target = args.login or by
    passphrase = new_passphrase(target, args.passphrase_file)
    with ledger.session(actor=by) as session:
        auth.set_passphrase(session=session, login=target, passphrase=passphrase, by=by)
    where = "" if ledger.is_sqlite else " (the server's password of that login)"
    print(f"passphrase set for {target}{where}")
    return 0


def cmd_user_role(args: argparse.Namespace) -> int:
    from acsa_desk.services import users

    ledger = _ledger(args)
    by = acting_login(args, ledger)
    with ledger.session(actor=by) as session:
        user = users.set_role(session=session, login=args.login, role=args.role, by=by)
    print(f"{user.login} is now {user.role}")
    return 0


def cmd_user_lockout(args: argparse.Namespace) -> int:
    from acsa_desk.services import auth

    ledger = _ledger(args)
    if args.tries is not None or args.minutes is not None:
        by = acting_login(args, ledger)
        with ledger.session(actor=by) as session:
            auth.set_lockout_policy(session=session, by=by, tries=args.tries,
                                    minutes=args.minutes)
    with ledger.reader() as session:
        tries, minutes = auth.lockout_policy(session=session)
    print(f"{tries} wrong passphrases in a row lock a user out for {minutes} minutes")
    if not ledger.is_sqlite:
        print("note: on PostgreSQL the server checks passwords; its own policy applies",
              file=sys.stderr)
    return 0


def cmd_admin_init(args: argparse.Namespace) -> int:
    from acsa_desk.db import pg_roles

    ledger = _ledger(args)
    pg_roles.init_roles(ledger)
    print(f"roles {pg_roles.OWNER}, {', '.join(pg_roles.GROUPS.values())} ready on "
          f"{ledger.describe()}; the schema is owned by {pg_roles.OWNER}")
    return 0


def cmd_admin_add_user(args: argparse.Namespace) -> int:
    from acsa_desk.cli.identity import read_file_passphrase
    from acsa_desk.db import pg_roles

    ledger = _ledger(args)
    password = (read_file_passphrase(str(args.password_file), "the password file")
                if args.password_file else None)
    login = pg_roles.add_user(ledger, args.login, args.role, password=password,
                              display_name=args.name, rank=args.rank)
    print(f"login role {login} created in {pg_roles.GROUPS[args.role]}")
    return 0
