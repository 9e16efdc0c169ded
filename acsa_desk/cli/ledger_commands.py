"""Ledger commands: imports, balances, overdue, finance export and the demo ledger."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from acsa_desk.cli.argtypes import country, iso_date
from acsa_desk.cli.identity import acting_login, add_as_option
from acsa_desk.cli.protection_commands import add_key_arguments, opened, passphrase
from acsa_desk.core.errors import RuleViolation


def _count(n: int, noun: str) -> str:
    """``1 order``, ``2 orders``: the command line speaks English with its plurals right."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _existing_file(text: str) -> Path:
    path = Path(text)
    if not path.is_file():
        raise argparse.ArgumentTypeError(f"no file {text}")
    return path


def register(sub: Any) -> None:
    p = sub.add_parser("import-orders",
                       help="import orders from a CSV, .xlsx or .ods file, all or nothing")
    p.add_argument("file", type=_existing_file)
    p.add_argument("--sheet", metavar="NAME", help="the workbook's sheet (default: the first)")
    p.add_argument("--mapping", metavar="NAME",
                   help="rename the file's columns with a mapping saved by the import assistant")
    add_as_option(p)
    add_key_arguments(p, sealing=False)  # a sealed exchange file is opened first
    p.set_defaults(handler=cmd_import_orders)

    p = sub.add_parser("import-settlements", help="import settlements from a CSV file")
    p.add_argument("file", type=_existing_file)
    add_as_option(p)
    add_key_arguments(p, sealing=False)
    p.set_defaults(handler=cmd_import_settlements)

    p = sub.add_parser("balances", help="receivable, payable and net per partner and currency")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--exercise", metavar="NAME")
    p.add_argument("--partner", metavar="CODE", type=country)
    p.set_defaults(handler=cmd_balances)

    p = sub.add_parser("overdue", help="orders with amounts past the settlement deadline")
    p.add_argument("--as-of", type=iso_date, default=None, metavar="YYYY-MM-DD",
                   help="reference date (default: today)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_overdue)

    p = sub.add_parser("export-finance", help="write the finance CSV, one row per order line")
    p.add_argument("--out", required=True, type=Path, metavar="FILE")
    p.add_argument("--from", dest="date_from", type=iso_date, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=iso_date, metavar="YYYY-MM-DD")
    p.add_argument("--seal", action="store_true",
                   help="seal the file (with --passphrase-file / ACSA_DESK_PASSPHRASE or --recipient)")
    add_key_arguments(p, sealing=True)
    p.set_defaults(handler=cmd_export_finance)

    p = sub.add_parser("demo", help="fill the database with a realistic demo ledger")
    p.add_argument("--orders", type=_positive_int, default=500, metavar="N")
    p.add_argument("--seed", type=int, default=2018, metavar="S")
    p.add_argument("--partner-statement", type=Path, metavar="FILE.csv",
                   help="instead of adding orders, write the partner's statement of this "
                        "ledger with realistic differences (to try reconcile)")
    p.add_argument("--partner", default="JPN", metavar="CODE",
                   help="the partner of --partner-statement (default JPN)")
    add_as_option(p)
    p.set_defaults(handler=cmd_demo)


def _open(args: argparse.Namespace, *, writing: bool = False):  # type: ignore[no-untyped-def]
    """Opens the ledger; before a command writes to an existing SQLite ledger, a backup.

    A command that only reads never creates a ledger (a missing file is an error naming
    it); a writing command that creates one says so when it is done (``_say_created``).
    """
    from acsa_desk.db.engine import open_ledger

    return open_ledger(args.db, backup_on_open=writing, create=writing)


def _say_created(ledger: Any) -> None:
    if ledger.created:
        print(f"new ledger created at {ledger.describe()}", file=sys.stderr)


def cmd_import_orders(args: argparse.Namespace) -> int:
    from acsa_desk.interchange.orders_import import import_orders

    mapping = None
    if args.mapping:
        from acsa_desk.interchange.mappings import load_mapping

        mapping = load_mapping(args.mapping)
    ledger = _open(args, writing=True)
    actor = acting_login(args, ledger)
    with opened(args.file, args) as plain, ledger.session(actor=actor) as session:
        result = import_orders(session=session, path=plain, actor=actor,
                               sheet=args.sheet, mapping=mapping)
    print(f"imported {_count(result.orders, 'order')} ({_count(result.lines, 'line')}) "
          f"from {args.file}")
    for name in result.new_exercises:
        print(f"new exercise: {name}")
    for code in result.new_partners:
        print(f"new partner: {code}")
    _say_created(ledger)
    return 0


def cmd_import_settlements(args: argparse.Namespace) -> int:
    from acsa_desk.interchange.settlements_import import import_settlements

    ledger = _open(args, writing=True)
    actor = acting_login(args, ledger)
    with opened(args.file, args) as plain, ledger.session(actor=actor) as session:
        result = import_settlements(session=session, path=plain, actor=actor)
    print(f"imported {_count(result.settlements, 'settlement')} from {args.file}; "
          f"{_count(result.orders_settled, 'order')} now settled; the settlements await an "
          "officer's approval before they settle an order")
    _say_created(ledger)
    return 0


def _read_rows(args: argparse.Namespace, lean_read: Any, full_read: Any) -> Any:
    """Runs a read through the fast sqlite3 or psycopg path when it applies, else through the
    services."""
    from acsa_desk.cli import lean

    con = lean.open_readonly(args.db)
    if con is not None:
        try:
            return lean_read(lean.fetcher(con))
        finally:
            con.close()
    done, rows = lean.read_server(args.db, lean_read)
    if done:
        return rows
    from acsa_desk.services.balances import fetcher

    ledger = _open(args)
    try:
        with ledger.reader() as session:
            return full_read(fetcher(session))
    finally:
        ledger.close()


def _exercise_id(fetch: Any, name: str | None) -> int | None:
    from acsa_desk.core.errors import NotFound
    from acsa_desk.services.ledger_sql import Query

    if name is None:
        return None
    rows = fetch(Query("SELECT id FROM exercise WHERE name = :name", {"name": name}))
    if not rows:
        raise NotFound(f"no exercise named '{name}'")
    return int(rows[0][0])


def cmd_balances(args: argparse.Namespace) -> int:
    from acsa_desk.core.money import format_plain
    from acsa_desk.services import ledger_sql

    def read(fetch: Any) -> list[ledger_sql.Balance]:
        return ledger_sql.read_balances(fetch, exercise_id=_exercise_id(fetch, args.exercise),
                                        partner=args.partner)

    rows = _read_rows(args, read, read)
    if args.json:
        out = [
            {
                "partner": r.partner,
                "currency": r.currency,
                "receivable": format_plain(r.receivable_minor, r.currency),
                "payable": format_plain(r.payable_minor, r.currency),
                "net": format_plain(r.net_minor, r.currency),
            }
            for r in rows
        ]
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    print(f"{'partner':<8}{'currency':<9}{'receivable':>16}{'payable':>16}{'net':>16}")
    for r in rows:
        print(f"{r.partner:<8}{r.currency:<9}{format_plain(r.receivable_minor, r.currency):>16}"
              f"{format_plain(r.payable_minor, r.currency):>16}"
              f"{format_plain(r.net_minor, r.currency):>16}")
    return 0


def cmd_overdue(args: argparse.Namespace) -> int:
    from acsa_desk.core.money import format_plain
    from acsa_desk.services import ledger_sql

    as_of = args.as_of or date.today()

    def read(fetch: Any) -> list[ledger_sql.OverdueOrder]:
        return ledger_sql.read_overdue(fetch, as_of=as_of)

    rows = _read_rows(args, read, read)
    if args.json:
        out = [
            {
                "order_number": r.order_number,
                "partner": r.partner,
                "currency": r.currency,
                "outstanding": format_plain(r.outstanding_minor, r.currency),
                "delivered_on": r.delivered_on.isoformat(),
            }
            for r in rows
        ]
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    print(f"{len(rows)} orders overdue as of {as_of.isoformat()}")
    for r in rows:
        print(f"{r.order_number:<24}{r.partner:<5}{r.currency:<5}"
              f"{format_plain(r.outstanding_minor, r.currency):>16}  delivered {r.delivered_on}")
    return 0


def cmd_export_finance(args: argparse.Namespace) -> int:
    from acsa_desk.cli import lean_export
    from acsa_desk.services.export_record import sidecar_path

    if args.date_from and args.date_to and args.date_to < args.date_from:
        raise RuleViolation("--to", "--to is before --from")
    record = lean_export.export_finance(args)  # an up-to-date SQLite ledger, not sealed
    if record is None:
        record = _export_finance_full(args)
    sealed_note = " (sealed)" if record["sealed"] else ""
    print(f"wrote {record['rows']} lines to {args.out}{sealed_note}, marked {record['banner']}; "
          f"marking in {sidecar_path(args.out)}", file=sys.stderr)
    if not record["sealed"] and record.get("seal_suggested"):
        print("note: a file marked above UNCLASSIFIED should leave the machine sealed "
              "(--seal with --passphrase-file or --recipient)", file=sys.stderr)
    return 0


def _export_finance_full(args: argparse.Namespace) -> dict[str, Any]:
    """The export through the services (any ledger, sealed or not)."""
    from acsa_desk.cli import lean
    from acsa_desk.interchange.csvfile import write_csv
    from acsa_desk.interchange.finance_rows import COLUMNS, finance_table
    from acsa_desk.services import protection
    from acsa_desk.services.exports import export_finance_marked

    ledger = _open(args)

    def lean_write(target: Path) -> int:  # the fast sqlite3 path when it applies
        con = lean.open_readonly(args.db)
        if con is None:
            from acsa_desk.interchange.finance_export import export_finance

            with ledger.reader() as session:
                return int(export_finance(session=session, path=target, date_from=args.date_from,
                                          date_to=args.date_to))
        try:
            con.execute("BEGIN")  # one read transaction: the export's queries see one state
            rows = finance_table(lambda query: lean.cursor(con, query), args.date_from,
                                 args.date_to)
            return int(write_csv(target, COLUMNS, rows))
        finally:
            con.close()

    try:
        secret = recipients = None
        if args.seal:
            with ledger.reader() as session:
                recipients = protection.pick_recipients(
                    protection.get_protection(session=session), args.recipient)
            secret = passphrase(args)
            if not secret and not recipients:
                raise RuleViolation("--seal", "a sealed export needs a passphrase "
                                              "(--passphrase-file or ACSA_DESK_PASSPHRASE) or a "
                                              "recipient (--recipient)")
        return export_finance_marked(ledger, args.out, date_from=args.date_from,
                                     date_to=args.date_to, passphrase=secret,
                                     recipients=recipients, write=lean_write)
    finally:
        ledger.close()


def cmd_demo(args: argparse.Namespace) -> int:
    from acsa_desk.services.demo import fill_demo

    if args.partner_statement is not None:
        return _demo_statement(args)
    from acsa_desk.db import search_index
    from acsa_desk.db.bulk_build import build_new, new_sqlite_path

    new_file = new_sqlite_path(args.db)
    if new_file is not None:  # a new ledger is built aside and moved into place whole

        def fill(ledger: Any) -> int:
            with ledger.session(actor=acting_login(args, ledger)) as session:
                # the orders search's index made once at the end, not by a trigger per row
                with search_index.deferred(session.connection()):
                    return fill_demo(session=session, orders=args.orders, seed=args.seed)

        count = build_new(new_file, fill)
        print(f"added {count} demo orders to {new_file}")
        print(f"new ledger created at {new_file}", file=sys.stderr)
        return 0
    ledger = _open(args, writing=True)
    with ledger.session(actor=acting_login(args, ledger)) as session:
        count = fill_demo(session=session, orders=args.orders, seed=args.seed)
    print(f"added {count} demo orders to {ledger.describe()}")
    _say_created(ledger)
    return 0


def _demo_statement(args: argparse.Namespace) -> int:
    from acsa_desk.cli.reconcile_commands import _existing
    from acsa_desk.interchange.partner_statement import write_statement_csv
    from acsa_desk.services.demo_statement import partner_statement
    from acsa_desk.services.reconciliation import known_partner

    ledger = _existing(args.db)
    try:
        with ledger.reader() as session:
            known_partner(session, args.partner)
            rows = partner_statement(session=session, partner=args.partner, seed=args.seed)
    finally:
        ledger.close()
    count = write_statement_csv(args.partner_statement, rows)
    print(f"wrote {args.partner}'s statement ({count} rows) to {args.partner_statement}")
    return 0
