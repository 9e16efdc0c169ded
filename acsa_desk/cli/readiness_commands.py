"""Agreements, supporting documents and audit readiness on the command line."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from acsa_desk.cli.argtypes import country, iso_date
from acsa_desk.cli.identity import acting_login, add_as_option


def _count(low: int, high: int) -> Any:
    def convert(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"must be {low} to {high}")
        return value

    convert.__name__ = "number"
    return convert


def _codes(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


def register(sub: Any) -> None:
    p = sub.add_parser("agreement", help="record or list the agreements with partners")
    actions = p.add_subparsers(dest="agreement_action", metavar="ACTION", required=True,
                               parser_class=type(p))
    s = actions.add_parser("set", help="record a partner's agreement (what is not given is kept)")
    s.add_argument("--partner", required=True, type=country, metavar="CODE")
    s.add_argument("--reference", required=True, metavar="REF")
    s.add_argument("--title", metavar="T")
    s.add_argument("--signed-on", type=iso_date, metavar="YYYY-MM-DD")
    s.add_argument("--in-force-from", type=iso_date, metavar="YYYY-MM-DD")
    s.add_argument("--in-force-until", type=iso_date, metavar="YYYY-MM-DD")
    s.add_argument("--notified-on", type=iso_date, metavar="YYYY-MM-DD")
    s.add_argument("--categories", type=_codes, metavar="a,b,...")
    s.add_argument("--currencies", type=_codes, metavar="CAD,JPY")
    s.add_argument("--settlement-months", type=_count(1, 60), metavar="N")
    s.add_argument("--claim-days", type=_count(1, 365), metavar="N")
    s.add_argument("--required-elements", type=_codes, metavar="a,b,...")
    s.add_argument("--effective-from", type=iso_date, metavar="YYYY-MM-DD",
                   help="changed terms apply to orders from this date (default today)")
    add_as_option(s)
    s.set_defaults(handler=cmd_agreement_set)
    s = actions.add_parser("list", help="list the agreements")
    s.add_argument("--json", action="store_true", help="print JSON")
    s.set_defaults(handler=cmd_agreement_list)
    s = actions.add_parser("official-add", help="designate a registered officer to sign orders "
                                                "for our side up to a limit per order")
    s.add_argument("--partner", required=True, type=country, metavar="CODE")
    s.add_argument("--name", required=True, metavar="NAME",
                   help="the designated name (the user's recorded name, if any)")
    s.add_argument("--login", required=True, metavar="LOGIN",
                   help="the registered officer who signs under the designation")
    s.add_argument("--limit", required=True, metavar="AMOUNT", help="limit per order, e.g. 500000.00")
    s.add_argument("--currency", required=True, metavar="CUR")
    s.add_argument("--from", dest="valid_from", required=True, type=iso_date, metavar="YYYY-MM-DD")
    s.add_argument("--until", dest="valid_until", type=iso_date, metavar="YYYY-MM-DD")
    s.add_argument("--rank", default="", metavar="RANK")
    s.add_argument("--delegated-by", default="", metavar="NAME",
                   help="a delegation: the official who delegated")
    add_as_option(s)
    s.set_defaults(handler=cmd_official_add)
    s = actions.add_parser("official-end", help="end a designation or delegation on a date")
    s.add_argument("official_id", type=_count(1, 2**62), metavar="ID")
    s.add_argument("--until", dest="valid_until", required=True, type=iso_date,
                   metavar="YYYY-MM-DD")
    add_as_option(s)
    s.set_defaults(handler=cmd_official_end)
    s = actions.add_parser("officials", help="list the designated officials")
    s.add_argument("--partner", type=country, metavar="CODE")
    s.add_argument("--json", action="store_true", help="print JSON")
    s.set_defaults(handler=cmd_officials)

    p = sub.add_parser("attach", help="attach a supporting document to an order, or to one of "
                                      "its deliveries or settlements")
    p.add_argument("order_number", metavar="ORDER_NUMBER")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--kind", required=True, metavar="KIND")
    p.add_argument("--note", default="", metavar="TEXT")
    target = p.add_mutually_exclusive_group()
    target.add_argument("--delivery", type=iso_date, metavar="YYYY-MM-DD",
                        help="attach to the order's delivery of that date (e.g. its proof)")
    target.add_argument("--settlement", metavar="REFERENCE|YYYY-MM-DD",
                        help="attach to the order's settlement with that reference or date")
    add_as_option(p)
    p.set_defaults(handler=cmd_attach)

    p = sub.add_parser("attachments", help="list an order's supporting documents")
    p.add_argument("order_number", metavar="ORDER_NUMBER")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_attachments)

    p = sub.add_parser("readiness", help="orders an auditor would fault, and why")
    p.add_argument("--as-of", type=iso_date, default=None, metavar="YYYY-MM-DD")
    p.add_argument("--partner", type=country, metavar="CODE")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--out", type=Path, metavar="FILE.pdf|FILE.csv",
                   help="write the exceptions register as PDF or CSV")
    p.add_argument("--lang", default="en", metavar="en[,ja]", help="languages of the PDF")
    p.set_defaults(handler=cmd_readiness)


def _open(args: argparse.Namespace, *, writing: bool = False) -> Any:
    """Opens an existing ledger (a missing SQLite file is an error naming it)."""
    from acsa_desk.core.errors import NotFound
    from acsa_desk.db.engine import _sqlite_file, database_url, open_ledger

    path = _sqlite_file(database_url(args.db))
    if path is not None and not path.exists():
        raise NotFound(f"no ledger at {path}")
    return open_ledger(args.db, backup_on_open=writing)


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def agreement_json(agreement: Any) -> dict[str, Any]:
    from acsa_desk.services import agreements

    return {
        "partner": agreement.partner_code,
        "reference": agreement.reference,
        "title": agreement.title,
        "signed_on": _day(agreement.signed_on),
        "in_force_from": _day(agreement.in_force_from),
        "in_force_until": _day(agreement.in_force_until),
        "notified_on": _day(agreement.notified_on),
        "categories": [c for c in agreement.categories.split(",") if c],
        "currencies": list(agreements.currencies_of(agreement)),
        "settlement_months": agreement.settlement_months,
        "claim_days": agreement.claim_days,
        "required_elements": list(agreements.elements_of(agreement)),
    }


def cmd_agreement_set(args: argparse.Namespace) -> int:
    from acsa_desk.services import agreements

    given = {name: getattr(args, name) for name in
             ("signed_on", "in_force_from", "in_force_until", "notified_on")
             if getattr(args, name) is not None}
    ledger = _open(args, writing=True)
    actor = acting_login(args, ledger)
    with ledger.session(actor=actor) as session:
        agreement = agreements.set_agreement(
            session=session, partner_code=args.partner, reference_text=args.reference,
            actor=actor, title=args.title, categories=args.categories,
            currencies=args.currencies, settlement_months=args.settlement_months,
            claim_days=args.claim_days, required_elements=args.required_elements,
            effective_from=args.effective_from, **given)
        print(f"agreement with {agreement.partner_code} recorded: {agreement.reference}")
    return 0


def cmd_agreement_list(args: argparse.Namespace) -> int:
    from acsa_desk.services import agreements

    ledger = _open(args)
    with ledger.reader() as session:
        rows = [agreement_json(a) for a in agreements.list_agreements(session=session)]
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for r in rows:
        print(f"{r['partner']:<5}{r['reference']:<32}signed {r['signed_on'] or '-':<11}"
              f"in force {r['in_force_from'] or '-':<11}deadline {r['settlement_months']} months, "
              f"claim {r['claim_days']} days")
    return 0


def official_json(o: Any) -> dict[str, Any]:
    from acsa_desk.core.money import format_plain

    return {
        "id": o.id, "partner": o.partner_code, "name": o.name, "rank": o.rank,
        "login": o.login, "limit": format_plain(o.limit_minor, o.limit_currency),
        "currency": o.limit_currency, "valid_from": _day(o.valid_from),
        "valid_until": _day(o.valid_until), "delegated_by": o.delegated_by,
    }


def cmd_official_add(args: argparse.Namespace) -> int:
    from acsa_desk.core.money import check_currency, parse_money
    from acsa_desk.services import agreements

    currency = check_currency(args.currency.strip().upper())
    data = agreements.OfficialInput(
        partner_code=args.partner, name=args.name, login=args.login,
        limit_minor=parse_money(args.limit, currency, what="--limit"), limit_currency=currency,
        valid_from=args.valid_from, valid_until=args.valid_until, rank=args.rank,
        delegated_by=args.delegated_by)
    ledger = _open(args, writing=True)
    actor = acting_login(args, ledger)
    with ledger.session(actor=actor) as session:
        official = agreements.add_official(session=session, actor=actor, data=data)
        print(f"designated official {official.id} recorded: {official.name} ({official.login}) "
              f"under the agreement with {official.partner_code}")
    return 0


def cmd_official_end(args: argparse.Namespace) -> int:
    from acsa_desk.services import agreements

    ledger = _open(args, writing=True)
    actor = acting_login(args, ledger)
    with ledger.session(actor=actor) as session:
        official = agreements.end_official(session=session, actor=actor,
                                           official_id=args.official_id,
                                           valid_until=args.valid_until)
        print(f"designation {official.id} of {official.name} ends on "
              f"{args.valid_until.isoformat()}")
    return 0


def cmd_officials(args: argparse.Namespace) -> int:
    from acsa_desk.services import agreements

    ledger = _open(args)
    with ledger.reader() as session:
        rows = [official_json(o) for o in
                agreements.officials(session=session, partner_code=args.partner)]
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for r in rows:
        until = f" until {r['valid_until']}" if r["valid_until"] else ""
        print(f"{r['id']:>4}  {r['partner']:<5}{r['name']:<24}{r['login'] or '(not linked)':<14}"
              f"{r['limit']:>16} {r['currency']}  from {r['valid_from']}{until}")
    return 0


def cmd_attach(args: argparse.Namespace) -> int:
    from acsa_desk.core.errors import NotFound
    from acsa_desk.services import attachments, orders

    if not args.file.is_file():
        raise NotFound(f"no file {args.file}")
    content = attachments.read_file(args.file)
    ledger = _open(args, writing=True)
    actor = acting_login(args, ledger)
    with ledger.session(actor=actor) as session:
        order = orders.order_by_number(session=session, number=args.order_number)
        assert order.id is not None
        delivery_id = settlement_id = None
        target = f"order {order.number}"
        if args.delivery is not None:
            delivery = attachments.delivery_on(session=session, order_id=order.id,
                                               day=args.delivery)
            delivery_id, target = delivery.id, f"the delivery of {args.delivery} of {target}"
        if args.settlement is not None:
            settlement = attachments.settlement_by(session=session, order_id=order.id,
                                                   key=args.settlement)
            settlement_id = settlement.id
            target = f"the settlement {settlement.reference or settlement.settled_on} of {target}"
        attachment = attachments.attach(
            session=session, order_id=order.id, file_name=args.file.name, content=content,
            kind=args.kind, note=args.note, actor=actor, delivery_id=delivery_id,
            settlement_id=settlement_id)
        print(f"attached {attachment.file_name} ({attachment.kind}, sha256 {attachment.sha256}) "
              f"to {target}")
    return 0


def cmd_attachments(args: argparse.Namespace) -> int:
    from acsa_desk.services import attachments, orders

    ledger = _open(args)
    with ledger.reader() as session:
        order = orders.order_by_number(session=session, number=args.order_number)
        assert order.id is not None
        views = attachments.list_for_order(session=session, order_id=order.id)
    rows = [{
        "id": v.id, "order_number": args.order_number, "file_name": v.file_name,
        "kind": v.kind, "note": v.note, "media_type": v.media_type, "size": v.size_bytes,
        "sha256": v.sha256, "delivery_id": v.delivery_id, "settlement_id": v.settlement_id,
        "attached_by": v.attached_by, "attached_at": v.attached_at.isoformat(),
        "withdrawn": v.withdrawn, "withdrawn_reason": v.withdrawn_reason,
    } for v in views]
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for r in rows:
        mark = f"  WITHDRAWN: {r['withdrawn_reason']}" if r["withdrawn"] else ""
        print(f"{r['id']:>5}  {r['kind']:<18}{r['file_name']:<40}{r['size']:>10} B  "
              f"{r['sha256'][:12]}{mark}")
    return 0


def cmd_readiness(args: argparse.Namespace) -> int:
    """The orders with exceptions, written as they are read (one order in hand at a time):
    JSON item by item, as ``json.dump(..., indent=2)`` writes the whole list; the text,
    headed by the count, through a spooled scratch file."""
    import tempfile

    from acsa_desk.core.money import format_plain
    from acsa_desk.services import readiness

    as_of = args.as_of or date.today()
    if args.out is not None:
        return _write_register(args, as_of)
    ledger = _open(args)
    with ledger.reader() as session:
        rows = readiness.iter_assess(session=session, as_of=as_of, partner=args.partner)
        if args.json:
            opened = False
            for r in rows:
                item = json.dumps({
                    "order_number": r.number, "partner": r.partner, "currency": r.currency,
                    "outstanding": format_plain(r.outstanding_minor, r.currency),
                    "exceptions": list(r.exceptions), "details": r.details,
                }, ensure_ascii=False, indent=2)
                sys.stdout.write(("[\n  " if not opened else ",\n  ") + item.replace("\n", "\n  "))
                opened = True
            print("\n]" if opened else "[]")
            return 0
        count = 0
        with tempfile.SpooledTemporaryFile(max_size=1 << 20, mode="w+", encoding="utf-8") as out:
            for r in rows:
                out.write(f"{r.number:<24}{r.partner:<5}{r.currency:<5}"
                          f"{format_plain(r.outstanding_minor, r.currency):>16}  "
                          f"{', '.join(r.exceptions)}\n")
                count += 1
            print(f"{count} orders with exceptions as of {as_of.isoformat()}")
            out.seek(0)
            for text in out:
                sys.stdout.write(text)
    return 0


def _write_register(args: argparse.Namespace, as_of: date) -> int:
    from acsa_desk.core.errors import RuleViolation
    from acsa_desk.documents import labels
    from acsa_desk.services import readiness

    suffix = args.out.suffix.lower()
    if suffix not in (".pdf", ".csv"):
        raise RuleViolation("--out", f"{args.out}: the register is written as .pdf or .csv")
    try:
        langs = labels.normalize_langs(args.lang)
    except ValueError as exc:
        raise RuleViolation("--lang", str(exc)) from None
    ledger = _open(args)
    with ledger.reader() as session:
        data = readiness.register_data(session=session, as_of=as_of, partner=args.partner)
    if suffix == ".csv":
        from acsa_desk.documents.register import register_csv

        args.out.write_text(register_csv(data), encoding="utf-8", newline="")
    else:
        from acsa_desk.documents.register import build_register_pdf

        args.out.write_bytes(build_register_pdf(data, langs))
    print(f"wrote the exceptions register ({len(data.orders)} orders) to {args.out}",
          file=sys.stderr)
    return 0
