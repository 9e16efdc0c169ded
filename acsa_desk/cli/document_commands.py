"""Document commands: settlement statement, order form and annual report.

``statement`` is a public contract (shared/docs/interchange.md)::

    acsa-desk --db DB statement --partner CODE [--exercise NAME] [--lang en,ja] --out FILE.pdf

plus ``--from``/``--to`` (orders by their order date, inclusive) and ``--as-of`` (the date
overdue amounts are judged on; default today). Files are written atomically: a reader never
sees half a PDF, and a failure leaves no file behind.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from acsa_desk.cli.argtypes import country, from_rule, iso_date
from acsa_desk.cli.identity import add_as_option, reading_login
from acsa_desk.core.errors import RuleViolation

LANG_HELP = "one language or two side by side, comma-separated: en, ja, fr (default en)"


def _langs(text: str) -> tuple[str, ...]:
    from acsa_desk.services.documents_data import parse_langs  # loads the database layer

    return from_rule(parse_langs)(text)


def _year(text: str) -> int:
    if not (len(text) == 4 and text.isdigit()):
        raise argparse.ArgumentTypeError(f"'{text}' is not a year written YYYY")
    return int(text)


def register(sub: Any) -> None:
    p = sub.add_parser("statement", help="write a settlement statement of one partner (PDF)")
    p.add_argument("--partner", required=True, metavar="CODE", type=country,
                   help="ISO 3166-1 alpha-3 code of the partner nation, e.g. JPN")
    p.add_argument("--exercise", metavar="NAME", help="only the orders of this exercise")
    p.add_argument("--lang", type=_langs, default=("en",), metavar="LANGS", help=LANG_HELP)
    p.add_argument("--from", dest="date_from", type=iso_date, metavar="YYYY-MM-DD",
                   help="only orders dated on or after this day")
    p.add_argument("--to", dest="date_to", type=iso_date, metavar="YYYY-MM-DD",
                   help="only orders dated on or before this day")
    p.add_argument("--as-of", type=iso_date, default=None, metavar="YYYY-MM-DD",
                   help="date on which overdue amounts are judged (default: today)")
    p.add_argument("--csv", action="store_true",
                   help="write the partner-statement CSV (interchange.md) instead of the PDF")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.pdf|FILE.csv")
    _seal_arguments(p)
    add_as_option(p)
    p.set_defaults(handler=cmd_statement)

    p = sub.add_parser("order-form", help="write the order form of one order (PDF)")
    p.add_argument("order_number", metavar="ORDER_NUMBER")
    p.add_argument("--lang", type=_langs, default=("en",), metavar="LANGS", help=LANG_HELP)
    p.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    _seal_arguments(p)
    p.set_defaults(handler=cmd_order_form)

    p = sub.add_parser("annual-report",
                       help="write the annual report per category (PDF, or CSV for .csv)")
    p.add_argument("--year", required=True, type=_year, metavar="YYYY")
    p.add_argument("--lang", type=_langs, default=("en",), metavar="LANGS", help=LANG_HELP)
    p.add_argument("--as-of", type=iso_date, default=None, metavar="YYYY-MM-DD",
                   help="unreconciled means unpaid more than a year before this day "
                        "(default: 31 December of the year)")
    p.add_argument("--out", required=True, type=Path, metavar="FILE",
                   help="FILE.pdf for the PDF report, FILE.csv for the CSV")
    _seal_arguments(p)
    p.set_defaults(handler=cmd_annual_report)


def _seal_arguments(p: argparse.ArgumentParser) -> None:
    from acsa_desk.cli.protection_commands import add_key_arguments

    p.add_argument("--seal", action="store_true",
                   help="write FILE.acsa sealed (with --passphrase-file / ACSA_DESK_PASSPHRASE "
                        "or --recipient); its plain content only in a private temporary folder")
    add_key_arguments(p, sealing=True)


def _emit(args: argparse.Namespace, what: str, kind: str, banner: Any,
          write: Any) -> int:
    """Writes the file (``write(path)``), plain at --out or sealed at --out.acsa, with its
    marking sidecar and export record (``services.exports``, as the window does)."""
    from acsa_desk.core.marking import LevelClass, Rendering

    if not getattr(args, "seal", False) or not isinstance(banner, Rendering):
        write(args.out)
        _done(args.out, what, args, kind, banner)
        if isinstance(banner, Rendering) and banner.cls is not LevelClass.UNCLASSIFIED:
            print("note: a file marked above UNCLASSIFIED should leave the machine sealed "
                  "(--seal with --passphrase-file or --recipient)", file=sys.stderr)
        return 0
    from acsa_desk.cli.protection_commands import passphrase
    from acsa_desk.services import protection
    from acsa_desk.services.exports import sealed_name, write_export

    ledger = _open(args)
    try:
        with ledger.reader() as session:
            recipients = protection.pick_recipients(protection.get_protection(session=session),
                                                    args.recipient)
        secret = passphrase(args)
        if not secret and not recipients:
            raise RuleViolation("--seal", "a sealed file needs a passphrase (--passphrase-file "
                                          "or ACSA_DESK_PASSPHRASE) or a recipient (--recipient)")
        target = sealed_name(args.out)
        write_export(ledger, target, kind=kind, rendering=banner, write=write, passphrase=secret,
                     recipients=recipients or None)
    finally:
        ledger.close()
    print(f"wrote {what} to {target} (sealed, marked {banner.banner})", file=sys.stderr)
    return 0


def _check_out(path: Path, *suffixes: str) -> str:
    """The output's kind by its suffix; a missing folder is refused before any work."""
    suffix = path.suffix.lower()
    if suffix not in suffixes:
        raise RuleViolation("--out", f"{path}: --out must end in {' or '.join(suffixes)}")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise RuleViolation("--out", f"{path}: folder {folder} does not exist")
    if path.is_dir():
        raise RuleViolation("--out", f"{path} is a folder")
    return suffix


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from acsa_desk.db.engine import open_ledger

    return open_ledger(args.db, create=False)


def orders_phrase(count: int) -> str:
    """"1 order", "2 orders" (never "1 orders")."""
    return f"{count} order" if count == 1 else f"{count} orders"


def _done(path: Path, what: str, args: argparse.Namespace | None = None, kind: str = "",
          banner: Any = None) -> int:
    """Reports the file; records where it was written and how it is marked (sidecar, audit)."""
    if args is not None and banner is not None:
        from acsa_desk.services.exports import record_export

        ledger = _open(args)
        try:
            with ledger.session() as session:
                record_export(session=session, kind=kind, path=path, rendering=banner)
        finally:
            ledger.close()
    print(f"wrote {what} to {path}", file=sys.stderr)
    return 0


def cmd_statement(args: argparse.Namespace) -> int:
    from acsa_desk.documents import build_statement
    from acsa_desk.services import documents_data

    _check_out(args.out, ".csv" if args.csv else ".pdf")
    if args.date_from and args.date_to and args.date_to < args.date_from:
        raise RuleViolation("--to", "--to is before --from")
    if args.csv:
        return _statement_csv(args)
    # written as it is made, inside the read (the orders come from a cursor, a page at a
    # time), to a private temporary folder; then copied to --out (or sealed) as any document
    with tempfile.TemporaryDirectory(prefix="acsa-statement-") as scratch:
        built = Path(scratch) / "statement.pdf"
        ledger = _open(args)
        try:
            signer = reading_login(args, ledger)  # the home signature: who is authenticated
            with ledger.reader() as session:
                data = documents_data.statement_data(
                    session=session,
                    partner=args.partner,
                    exercise=args.exercise,
                    period_from=args.date_from,
                    period_to=args.date_to,
                    as_of=args.as_of,
                    home_signature=documents_data.user_signature(session=session,
                                                                 login=signer or ""),
                    stream=True,
                )
                count = len(data.orders)
                with built.open("wb") as handle:
                    build_statement(data, args.lang, out=handle)
        finally:
            ledger.close()

        def copy(where: Path) -> None:
            with built.open("rb") as source:
                documents_data.write_document_with(
                    where, lambda handle: shutil.copyfileobj(source, handle, 1 << 20))

        return _emit(args, f"the statement of {args.partner} ({orders_phrase(count)})",
                     "statement", data.banner, copy)


def _statement_csv(args: argparse.Namespace) -> int:
    from acsa_desk.cli.reconcile_commands import _existing
    from acsa_desk.interchange.partner_statement import write_statement_csv
    from acsa_desk.services import reconciliation

    if args.exercise:
        raise RuleViolation("--exercise", "--csv writes every order of the partner: "
                                          "a partner statement has no --exercise")
    ledger = _existing(args.db)
    try:
        with ledger.reader() as session:
            rows = reconciliation.our_statement(session=session, partner=args.partner,
                                                date_from=args.date_from, date_to=args.date_to)
            banner = _exchange_marking(session, args)
    finally:
        ledger.close()
    return _emit(args, f"the partner statement for {args.partner} ({orders_phrase(len(rows))})",
                 "partner-statement-csv", banner, lambda where: write_statement_csv(where, rows))


def _exchange_marking(session: Any, args: argparse.Namespace) -> Any:
    """The marking of a partner's orders in a period (what an exchange file carries): the
    finance export's own selection and rule, narrowed to the partner."""
    from acsa_desk.interchange.finance_rows import finance_marking
    from acsa_desk.services import marking as marking_svc
    from acsa_desk.services.balances import fetcher

    marking, _known = finance_marking(fetcher(session), args.date_from, args.date_to,
                                      partner=args.partner)
    return marking_svc.rendering(session=session, marking=marking)


def cmd_order_form(args: argparse.Namespace) -> int:
    from acsa_desk.documents import build_order_form
    from acsa_desk.services import documents_data

    _check_out(args.out, ".pdf")
    ledger = _open(args)
    try:
        with ledger.reader() as session:
            data = documents_data.order_form_data(session=session,
                                                  order_number=args.order_number)
    finally:
        ledger.close()
    content = build_order_form(data, args.lang)
    return _emit(args, f"the order form of {data.order_number}", "order-form", data.banner,
                 lambda where: documents_data.write_document(where, content))


def cmd_annual_report(args: argparse.Namespace) -> int:
    from acsa_desk.documents import annual_report_csv, build_annual_report_pdf
    from acsa_desk.services import documents_data

    kind = _check_out(args.out, ".pdf", ".csv")
    ledger = _open(args)
    try:
        with ledger.reader() as session:
            data = documents_data.annual_report_data(session=session, year=args.year,
                                                     as_of=args.as_of)
    finally:
        ledger.close()
    content: bytes | str
    if kind == ".csv":
        content = annual_report_csv(data)
    else:
        content = build_annual_report_pdf(data, args.lang)
    return _emit(args, f"the annual report {args.year}", "annual-report", data.banner,
                 lambda where: documents_data.write_document(where, content))
