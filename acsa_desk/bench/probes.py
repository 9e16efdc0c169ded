"""Our side of the in-process figures, each run in a fresh interpreter per sample.

``python -m acsa_desk.bench.probes statement ROWS.json OUT.pdf``
    makes StatementData of the rows (untimed), times ``build_statement``, prints
    ``{"seconds": ..., "bytes": ...}``.

``python -m acsa_desk.bench.probes queries LEDGER.sqlite --repeat K``
    per order-list operation (a filter, or a sort by any sortable column, as one keystroke or
    header click asks it): one untimed run,
    then K timed runs of ``count_orders`` + ``page_orders`` (the first page), each in its own
    read transaction as the orders table model does; and the page at the end of the list as
    scrolling reaches it (keyset: the rows after the last one fetched); prints
    ``{"ops": {name: [ms, ...]}}``.

A part of the program that is missing or broken prints ``{"error": "..."}`` and exits 3, so the
figure reports n/a with the reason instead of stopping the benchmark.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

PAGE = 200
#: name -> (OrderFilter keyword arguments, sort key, descending)
QUERY_OPS: dict[str, tuple[dict[str, Any], str, bool]] = {
    "open (newest first)": ({}, "ordered_on", True),
    "text 'kirisame'": ({"text": "kirisame"}, "ordered_on", True),
    "text 'k' (first keystroke)": ({"text": "k"}, "ordered_on", True),
    "text matching nothing": ({"text": "no such order anywhere"}, "ordered_on", True),
    "text 'zq' (two letters, matching nothing)": ({"text": "zq"}, "ordered_on", True),
    "text 'kirisame' + partner JPN": ({"text": "kirisame", "partner": "JPN"}, "ordered_on", True),
    "status requested (dashboard tile)": ({"status": "requested"}, "ordered_on", True),
    "status invoiced (dashboard tile)": ({"status": "invoiced"}, "ordered_on", True),
    "statuses invoiced + settled (multi-select)": ({"statuses": ("invoiced", "settled")},
                                                   "ordered_on", True),
    "partner JPN": ({"partner": "JPN"}, "ordered_on", True),
    "unsigned past signing (dashboard tile)": ({"unsigned_past_signing": True}, "ordered_on", True),
    "partner JPN + status invoiced": ({"partner": "JPN", "status": "invoiced"}, "ordered_on", True),
    "category medical": ({"category": "medical"}, "ordered_on", True),
    "sort outstanding desc": ({}, "outstanding", True),
    "overdue today": ({"overdue_as_of": "today"}, "ordered_on", True),
}


def statement_data(raw: dict[str, Any]) -> Any:
    """StatementData of the plain rows made by ``ledger.statement_rows``."""
    from acsa_desk.documents.data import StatementData, StatementOrder

    orders = tuple(
        StatementOrder(
            order_number=o["order_number"], exercise=o["exercise"], direction=o["direction"],
            ordered_on=date.fromisoformat(o["ordered_on"]),
            delivered_on=date.fromisoformat(o["delivered_on"]) if o["delivered_on"] else None,
            categories=tuple(o["categories"]), currency=o["currency"],
            billable_minor=o["billable_minor"], settled_minor=o["settled_minor"],
            outstanding_minor=o["outstanding_minor"], overdue=o["overdue"], status=o["status"],
        )
        for o in raw["orders"]
    )
    return StatementData(
        partner_code=raw["partner_code"], partner_name=raw["partner_name"],
        agreement_reference=raw["agreement_reference"], home_nation=raw["home_nation"],
        generated_on=date.fromisoformat(raw["generated_on"]),
        as_of=date.fromisoformat(raw["as_of"]), banner=raw["banner"], orders=orders,
    )


def statement(rows_path: Path, out: Path) -> dict[str, Any]:
    from acsa_desk.documents import build_statement

    data = statement_data(json.loads(rows_path.read_text(encoding="utf-8")))
    started = time.perf_counter()
    pdf = build_statement(data)
    seconds = time.perf_counter() - started
    out.write_bytes(pdf)
    return {"seconds": seconds, "bytes": len(pdf)}


def queries(ledger_path: Path | str, repeat: int) -> dict[str, Any]:
    from acsa_desk.db.engine import open_ledger
    from acsa_desk.services.queries import SORTABLE, OrderFilter, count_orders, page_orders

    ledger = open_ledger(ledger_path)
    ops: dict[str, list[float]] = {}
    plan = dict(QUERY_OPS)
    sorted_by = {sort for _kwargs, sort, _desc in QUERY_OPS.values() if not _kwargs}
    for key in SORTABLE:  # a click on any column header is a keystroke too
        if key not in sorted_by:
            plan[f"sort {key} desc"] = ({}, key, True)
    try:
        for name, (kwargs, sort, descending) in plan.items():
            values: dict[str, Any] = {k: date.today() if v == "today" else v
                                      for k, v in kwargs.items()}
            flt = OrderFilter(**values)

            def once(flt: Any = flt, sort: str = sort, descending: bool = descending) -> None:
                with ledger.reader() as session:
                    # as the model: none, no page; the count given to the page
                    if matches := count_orders(session=session, flt=flt):
                        page_orders(session=session, flt=flt, sort=sort, descending=descending,
                                    offset=0, limit=PAGE, matches=matches)

            ops[name] = _timed(once, repeat)
        ops["page at the end (keyset, after its last row)"] = _timed(_end_page(ledger), repeat)
    finally:
        ledger.close()
    return {"ops": ops}


def _end_page(ledger: Any) -> Callable[[], None]:
    """The last page of the list as scrolling reaches it: the rows after the last one fetched
    (found untimed), as the orders table model asks for them."""
    from acsa_desk.services.queries import OrderFilter, count_orders, page_orders

    with ledger.reader() as session:
        total = count_orders(session=session, flt=OrderFilter())
        before = page_orders(session=session, flt=OrderFilter(), offset=max(total - PAGE - 1, 0),
                             limit=1)

    def once() -> None:
        with ledger.reader() as session:
            page_orders(session=session, flt=OrderFilter(), after=before[0] if before else None,
                        limit=PAGE)

    return once


def _timed(work: Callable[[], None], repeat: int) -> list[float]:
    work()  # untimed: the first run of a statement compiles and caches it
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m acsa_desk.bench.probes")
    sub = parser.add_subparsers(dest="probe", required=True)
    p = sub.add_parser("statement")
    p.add_argument("rows", type=Path)
    p.add_argument("out", type=Path)
    p = sub.add_parser("queries")
    p.add_argument("ledger")  # a path or a database URL (a Path would fold its "//")
    p.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    try:
        if args.probe == "statement":
            result = statement(args.rows, args.out)
        else:
            result = queries(args.ledger, args.repeat)
    except Exception as exc:  # the program's part is missing or broken: say which, and why
        detail = traceback.format_exception_only(type(exc), exc)[-1].strip()
        print(json.dumps({"error": detail}))
        traceback.print_exc()
        return 3
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
