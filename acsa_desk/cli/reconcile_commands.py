"""Two ledgers, one record: ``reconcile`` against a partner's statement, and ``offset``.

Public contract (shared/docs/interchange.md)::

    acsa-desk --db DB reconcile --partner CODE --statement FILE [--from D] [--to D]
              [--json] [--out FILE.pdf] [--lang en,ja]
    acsa-desk --db DB offset propose --partner CODE --currency CUR [--json]

Differences are a result, not an error: ``reconcile`` exits 0 whatever they are; a bad
statement file is refused whole (exit 1, row and column on standard error).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from acsa_desk.cli.argtypes import country, from_rule, iso_date
from acsa_desk.cli.identity import acting_login, add_as_option, approving_login, reading_login
from acsa_desk.core.errors import RuleViolation


def _existing_file(text: str) -> Path:
    path = Path(text)
    if not path.is_file():
        raise argparse.ArgumentTypeError(f"{text}: no such file")
    return path


def _langs(text: str) -> tuple[str, ...]:
    from acsa_desk.services.documents_data import parse_langs

    return from_rule(parse_langs)(text)


def _currency(text: str) -> str:
    from acsa_desk.core.money import check_currency

    return from_rule(check_currency)(text.strip().upper())


def register(sub: Any) -> None:
    p = sub.add_parser("reconcile", help="compare a partner's statement with our ledger")
    p.add_argument("--partner", required=True, metavar="CODE", type=country)
    p.add_argument("--statement", required=True, type=_existing_file, metavar="FILE",
                   help="the partner's statement (CSV, interchange.md 'Partner statement')")
    p.add_argument("--from", dest="date_from", type=iso_date, metavar="YYYY-MM-DD",
                   help="only our orders dated on or after this day")
    p.add_argument("--to", dest="date_to", type=iso_date, metavar="YYYY-MM-DD",
                   help="only our orders dated on or before this day")
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p.add_argument("--out", type=Path, metavar="FILE.pdf",
                   help="also write the reconciliation statement (PDF)")
    p.add_argument("--lang", type=_langs, default=("en",), metavar="LANGS",
                   help="language(s) of the PDF: en, ja, fr, or two side by side (en,ja)")
    from acsa_desk.cli.protection_commands import add_key_arguments

    add_key_arguments(p, sealing=False)  # a sealed partner statement opens with its key
    add_as_option(p)
    p.set_defaults(handler=cmd_reconcile)

    p = sub.add_parser("offset", help="offsets: what each side owes the other, netted")
    offset_sub = p.add_subparsers(dest="offset_command", metavar="ACTION", required=True)
    q = offset_sub.add_parser("propose", help="propose an offset for one partner and currency")
    q.add_argument("--partner", required=True, metavar="CODE", type=country)
    q.add_argument("--currency", required=True, metavar="CUR", type=_currency)
    q.add_argument("--json", action="store_true", help="print JSON")
    q.add_argument("--out", type=Path, metavar="FILE.pdf",
                   help="also write the offset agreement for both sides to sign (PDF)")
    q.add_argument("--lang", type=_langs, default=("en",), metavar="LANGS",
                   help="language(s) of the PDF: en, ja, fr, or two side by side")
    add_as_option(q)
    q.set_defaults(handler=cmd_offset_propose)
    q = offset_sub.add_parser("record", help="record a signed offset agreement on both sides")
    q.add_argument("--partner", required=True, metavar="CODE", type=country)
    q.add_argument("--currency", required=True, metavar="CUR", type=_currency)
    q.add_argument("--amount", required=True, metavar="AMOUNT",
                   help="the amount offset, as printed on the signed agreement")
    q.add_argument("--reference", required=True, metavar="REF",
                   help="the signed agreement's reference")
    q.add_argument("--signed-on", required=True, type=iso_date, metavar="YYYY-MM-DD")
    q.add_argument("--agreement", type=_existing_file, metavar="FILE",
                   help="the signed agreement: attached to each settlement, its SHA-256 in "
                        "their reference")
    q.add_argument("--approved-by", metavar="LOGIN",
                   help="our approving official (four eyes: not you)")
    add_as_option(q)
    q.set_defaults(handler=cmd_offset_record)


def _existing(db: str | None, *, writing: bool = False):  # type: ignore[no-untyped-def]
    """The ledger; a SQLite file that does not exist is refused, never created."""
    from acsa_desk.core.errors import DatabaseProblem
    from acsa_desk.db.engine import _sqlite_file, database_url, open_ledger

    path = _sqlite_file(database_url(db))
    if path is not None and not path.exists():
        raise DatabaseProblem(f"no ledger at {path}")
    return open_ledger(db, backup_on_open=writing)


def _check_pdf(path: Path | None) -> None:
    if path is None:
        return
    if path.suffix.lower() != ".pdf":
        raise RuleViolation("--out", f"{path}: --out must end in .pdf")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise RuleViolation("--out", f"{path}: folder {folder} does not exist")


def cmd_reconcile(args: argparse.Namespace) -> int:
    from acsa_desk.interchange.partner_statement import read_statement
    from acsa_desk.services import reconciliation

    _check_pdf(args.out)
    if args.date_from and args.date_to and args.date_to < args.date_from:
        raise RuleViolation("--to", "--to is before --from")
    from acsa_desk.cli.protection_commands import opened

    with opened(args.statement, args) as plain:  # a sealed partner statement is opened first
        statement = read_statement(plain)
    ledger = _existing(args.db)
    try:
        signer = reading_login(args, ledger) if args.out is not None else None
        with ledger.reader() as session:
            result = reconciliation.reconcile(
                session=session, partner=args.partner, rows=statement.rows,
                date_from=args.date_from, date_to=args.date_to)
            document = None
            if args.out is not None:
                from acsa_desk.services.reconciliation_document import reconciliation_data

                document = reconciliation_data(session=session, result=result,
                                               statement_name=args.statement.name,
                                               signer=signer)
    finally:
        ledger.close()
    if args.json:
        # one object per line: readable, and written by the C encoder (10,000 items in 0.2 s)
        lines = (json.dumps(item.as_json(), ensure_ascii=False) for item in result.items)
        sys.stdout.write("[\n" + ",\n".join(lines) + "\n]\n")
    else:
        print_table(result)
    if document is not None:
        from acsa_desk.documents.reconciliation import build_reconciliation
        from acsa_desk.services.documents_data import write_document

        write_document(args.out, build_reconciliation(document, args.lang))
        print(f"wrote the reconciliation statement to {args.out}", file=sys.stderr)
    return 0


def print_table(result: Any) -> None:
    from acsa_desk.core.money import format_plain

    print(f"{'state':<15}{'our number':<22}{'their number':<22}{'cur':<5}"
          f"{'our billable':>16}{'their billable':>16}{'our settled':>16}{'their settled':>16}"
          f"  differences")
    for item in result.items:
        ours, theirs = item.ours, item.theirs
        print(f"{item.state:<15}{item.order_number or '-':<22}"
              f"{item.partner_order_number or '-':<22}{item.currency:<5}"
              f"{format_plain(ours.billable_minor, ours.currency) if ours else '-':>16}"
              f"{format_plain(theirs.billable_minor, theirs.currency) if theirs else '-':>16}"
              f"{format_plain(ours.settled_minor, ours.currency) if ours else '-':>16}"
              f"{format_plain(theirs.settled_minor, theirs.currency) if theirs else '-':>16}"
              f"  {', '.join(item.differences)}")
    counts = ", ".join(f"{n} {state}" for state, n in result.counts.items())
    print(f"{len(result.items)} items: {counts}", file=sys.stderr)


def cmd_offset_propose(args: argparse.Namespace) -> int:
    from acsa_desk.core.money import format_plain
    from acsa_desk.services import offsets

    _check_pdf(args.out)
    ledger = _existing(args.db)
    try:
        signer = reading_login(args, ledger) if args.out is not None else None
        with ledger.reader() as session:
            proposal = offsets.propose(session=session, partner=args.partner,
                                       currency=args.currency)
            document = None
            if args.out is not None:
                from acsa_desk.services.offsets import agreement_data

                document = agreement_data(session=session, proposal=proposal, signer=signer)
    finally:
        ledger.close()
    if args.json:
        json.dump(proposal.as_json(), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        cur = proposal.currency
        print(f"offset of {format_plain(proposal.amount_minor, cur)} {cur} with "
              f"{proposal.partner}")
        for side, legs in (("we are owed", proposal.receivable), ("we owe", proposal.payable)):
            print(f"{side}:")
            for leg in legs:
                print(f"  {leg.order_number:<24}{leg.deadline or ''!s:<12}"
                      f"{format_plain(leg.amount_minor, cur):>16}"
                      f"  of {format_plain(leg.outstanding_minor, cur)}")
    if document is not None:
        from acsa_desk.documents.offset_agreement import build_offset_agreement
        from acsa_desk.services.documents_data import write_document

        write_document(args.out, build_offset_agreement(document, args.lang))
        print(f"wrote the offset agreement to {args.out}", file=sys.stderr)
    return 0


def cmd_offset_record(args: argparse.Namespace) -> int:
    import hashlib

    from acsa_desk.core.money import format_plain, parse_money
    from acsa_desk.services import offsets

    amount = parse_money(args.amount, args.currency, what="--amount")
    reference_text = args.reference.strip()
    if args.agreement is not None:
        digest = hashlib.sha256(args.agreement.read_bytes()).hexdigest()
        reference_text = f"{reference_text} sha256:{digest}"
    if len(reference_text) > 200:
        raise RuleViolation("--reference", "the reference (with the agreement's SHA-256) "
                                           "is at most 200 characters")
    ledger = _existing(args.db, writing=True)
    try:
        actor = acting_login(args, ledger)
        approver = None if args.approved_by is None else approving_login(ledger, args.approved_by)
        with ledger.session(actor=actor) as session:
            entries = offsets.record_offset(
                session=session, partner=args.partner, currency=args.currency,
                amount_minor=amount, reference_text=reference_text, settled_on=args.signed_on,
                actor=actor, approved_by=approver,
                agreement=None if args.agreement is None
                else (args.agreement.name, args.agreement.read_bytes()))
    finally:
        ledger.close()
    print(f"recorded the offset of {format_plain(amount, args.currency)} {args.currency} with "
          f"{args.partner}: {len(entries)} settlements")
    return 0
