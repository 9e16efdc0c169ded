"""Handling marking commands (shared/docs/interchange.md)::

    acsa-desk --db DB marking set --scheme ca|us|jp --level LEVEL [--rel-to CAN,JPN]
                                  [--originator JPN] [--caveat TEXT]
                                  [--exercise NAME | --order NUMBER]
                                  [--controlled-by T --cui-category T --dissemination T --poc T]
    acsa-desk --db DB marking show --json [--exercise NAME | --order NUMBER]
    acsa-desk --db DB marking scheme CODE --name NAME --home CODE --levels TERM=CLASS,...

``set`` without --exercise/--order sets the ledger's default; with one, marks that part higher.
Every change is a ledger setting, so it is in the audit log.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from acsa_desk.cli.identity import acting_login, add_as_option


def _codes(text: str) -> list[str]:
    return [c.strip().upper() for c in text.split(",") if c.strip()]


def _levels(text: str) -> list[tuple[str, str]]:
    pairs = []
    for part in text.split(","):
        term, sep, cls = part.partition("=")
        if not sep:
            raise argparse.ArgumentTypeError(f"'{part}' is not TERM=CLASS (e.g. 秘=confidential)")
        pairs.append((term.strip(), cls.strip()))
    return pairs


def register(sub: Any) -> None:
    p = sub.add_parser("marking", help="the ledger's handling marking (set, show)")
    actions = p.add_subparsers(dest="marking_action", metavar="ACTION", required=True,
                               parser_class=type(p))

    s = actions.add_parser("set", help="set the ledger's marking, or mark an exercise or order higher")
    s.add_argument("--scheme", required=True, metavar="CODE", help="ca, us, jp or a configured one")
    s.add_argument("--level", required=True, metavar="LEVEL", help='e.g. "PROTECTED B", CUI, SECRET')
    s.add_argument("--rel-to", type=_codes, default=[], metavar="CAN,JPN",
                   help="releasable to these nations (ISO 3166-1 alpha-3)")
    s.add_argument("--originator", type=_codes, default=[], metavar="CODE",
                   help="contains foreign government information of these nations")
    s.add_argument("--caveat", action="append", default=[], metavar="TEXT",
                   help="a caveat printed with the level (repeatable)")
    s.add_argument("--controlled-by", default="", metavar="TEXT", help="US CUI designation")
    s.add_argument("--cui-category", default="", metavar="TEXT", help="US CUI designation")
    s.add_argument("--dissemination", default="", metavar="TEXT", help="US CUI designation")
    s.add_argument("--poc", default="", metavar="TEXT", help="US CUI designation")
    _part(s)
    add_as_option(s)
    s.set_defaults(handler=cmd_set)

    w = actions.add_parser("show", help="print the marking and how it is rendered")
    w.add_argument("--json", action="store_true", help="print JSON")
    _part(w)
    w.set_defaults(handler=cmd_show)

    c = actions.add_parser("scheme", help="configure a partner's scheme with its own terms")
    c.add_argument("code", metavar="CODE", help="e.g. jp")
    c.add_argument("--name", required=True, metavar="NAME")
    c.add_argument("--home", required=True, metavar="CODE", help="its nation, e.g. JPN")
    c.add_argument("--levels", required=True, type=_levels, metavar="TERM=CLASS,...",
                   help="lowest first; classes: unclassified, cui, protected, confidential, "
                        "secret, top_secret")
    add_as_option(c)
    c.set_defaults(handler=cmd_scheme)


def _part(p: argparse.ArgumentParser) -> None:
    group = p.add_mutually_exclusive_group()
    group.add_argument("--exercise", metavar="NAME", help="an exercise, marked higher")
    group.add_argument("--order", metavar="NUMBER", help="an order, marked higher")


def _existing(args: argparse.Namespace, *, writing: bool = False):  # type: ignore[no-untyped-def]
    """The ledger; a SQLite file that does not exist is refused, never created."""
    from acsa_desk.core.errors import DatabaseProblem
    from acsa_desk.db.engine import _sqlite_file, database_url, open_ledger

    path = _sqlite_file(database_url(args.db))
    if path is not None and not path.exists():
        raise DatabaseProblem(f"no ledger at {path}")
    return open_ledger(args.db, backup_on_open=writing)


def _writer(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    return _existing(args, writing=True)


def cmd_set(args: argparse.Namespace) -> int:
    from acsa_desk.core import marking as M
    from acsa_desk.core.errors import RuleViolation
    from acsa_desk.services import marking as svc
    ledger = _writer(args)
    actor = acting_login(args, ledger)
    with ledger.session(actor=actor) as session:
        svc.require_admin(session=session, login=actor)
        known = svc.schemes(session=session)
        if args.scheme not in known:
            raise RuleViolation("--scheme", f"'{args.scheme}' is not a marking scheme "
                                            f"({', '.join(sorted(known))})")
        marking = M.make_marking(
            known[args.scheme], args.level, rel_to=args.rel_to, originators=args.originator,
            caveats=args.caveat,
            designation=M.Designation(args.controlled_by, args.cui_category, args.dissemination,
                                      args.poc))
        if args.exercise is None and args.order is None:
            marking = svc.set_marking(session=session, marking=marking)
            what = "the ledger"
        else:
            marking = svc.set_part_marking(session=session, marking=marking,
                                           exercise=args.exercise, order=args.order)
            what = f"exercise {args.exercise}" if args.exercise else f"order {args.order}"
        line = M.describe(marking, known)
    print(f"{what} is marked {line}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from acsa_desk.db.models import Order
    from acsa_desk.services import marking as svc

    ledger = _existing(args)
    with ledger.reader() as session:
        if args.order is not None:
            svc.part_marking(session=session, order=args.order)  # names an unknown order
            marking = svc.marking_for(session=session, where=[Order.number == args.order])
        elif args.exercise is not None:
            svc.part_marking(session=session, exercise=args.exercise)
            from sqlalchemy import select

            from acsa_desk.db.models import Exercise

            ex_id = session.scalar(select(Exercise.id).where(Exercise.name == args.exercise))
            marking = svc.exercise_marking(session=session, exercise_id=int(ex_id or 0))
        else:
            marking = svc.get_marking(session=session)
        data = svc.show(session=session, marking=marking)
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    print(data["banner"])
    if data["notice"]:
        print(data["notice"])
    for line in data["designation_block"]:
        print(line)
    return 0


def cmd_scheme(args: argparse.Namespace) -> int:
    from acsa_desk.core import marking as M
    from acsa_desk.services import marking as svc
    ledger = _writer(args)
    actor = acting_login(args, ledger)
    with ledger.session(actor=actor) as session:
        svc.require_admin(session=session, login=actor)
        scheme = svc.configure_scheme(
            session=session, scheme=M.custom_scheme(args.code, args.name, args.home.upper(),
                                                    args.levels))
    print(f"scheme {scheme.code} ({scheme.name}): "
          + ", ".join(f"{lv.term}={lv.cls.value}" for lv in scheme.levels))
    return 0
