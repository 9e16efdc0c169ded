"""The finance export's query and rows, free of SQLAlchemy (see services/ledger_sql.py):
run through SQLAlchemy by ``finance_export``, or straight through sqlite3 by the command line.

An order's settled amount is spread over its lines in line order. Text cells a spreadsheet
would run as a formula are neutralised; numbers are written as plain decimals.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from decimal import Decimal
from typing import Any

from acsa_desk.core.limits import format_quantity
from acsa_desk.core.money import format_plain
from acsa_desk.interchange.csvfile import neutralise
from acsa_desk.services.ledger_sql import Query, as_date

COLUMNS = (
    "order_number", "exercise", "partner", "direction", "category", "description", "currency",
    "quantity", "delivered_quantity", "unit_price", "line_amount", "settled_amount",
    "outstanding_amount", "ordered_on", "delivered_on", "settlement_method",
    # beyond the contract's minimum: the order's lines in full (the file itself is refused as
    # an orders file: orders_import.FINANCE_EXPORT_COLUMNS)
    "line_no", "nsn", "unit_of_issue", "requesting_unit", "supplying_unit", "status",
    # the order's stage, so that its settlements import back under the window's rules
    "received_on", "invoiced_on",
)
TEXT_COLUMNS = frozenset(
    {"order_number", "exercise", "description", "nsn", "unit_of_issue", "requesting_unit",
     "supplying_unit"}
)

# Per line, the date of its first delivery that was not reversed: one look-up through the
# delivery index per line (a correlated subquery), never a join against the whole table
# pre-aggregated. PostgreSQL estimated such a derived table (an anti-join then GROUP BY) at one
# row, chose a nested loop over it and ran the aggregate again for every line (the export
# of 100,000 orders never finished); a per-row subquery's plan cannot depend on that estimate.
_FIRST_DELIVERY = (
    "(SELECT MIN(d.delivered_on) FROM delivery d "
    "WHERE d.line_id = l.id AND d.reverses_id IS NULL "
    "AND NOT EXISTS (SELECT 1 FROM delivery r WHERE r.reverses_id = d.id))"
)
_RECEIVED = ("received", "invoiced", "settled", "closed")
_INVOICED = ("invoiced", "settled", "closed")


def finance_query(date_from: date | None = None, date_to: date | None = None) -> Query:
    """Orders chosen by their order date (inclusive bounds)."""
    params: dict[str, Any] = {}
    where = ""
    if date_from is not None:
        where += " AND o.ordered_on >= :date_from"
        params["date_from"] = date_from
    if date_to is not None:
        where += " AND o.ordered_on <= :date_to"
        params["date_to"] = date_to
    sql = (
        "SELECT o.id, o.number, e.name, o.partner_code, o.direction, l.category, l.description, "
        "o.currency, l.quantity, l.delivered_quantity, l.unit_price_minor, l.billable_minor, "
        f"o.settled_minor, o.ordered_on, {_FIRST_DELIVERY}, o.settlement_method, l.line_no, l.nsn, "
        "l.unit_of_issue, o.requesting_unit, o.supplying_unit, o.status, "
        "(SELECT MAX(rc.received_on) FROM receipt rc WHERE rc.order_id = o.id), "
        "(SELECT MIN(iv.issued_on) FROM invoice iv WHERE iv.order_id = o.id) "
        "FROM acsa_order o JOIN order_line l ON l.order_id = o.id "
        "JOIN exercise e ON e.id = o.exercise_id "
        f"WHERE 1 = 1{where} ORDER BY o.number, l.line_no"
    )
    return Query(sql, params)


def plain_quantity(stored: str) -> str:
    """A stored quantity as a plain decimal (a value once stored as ``1E-10`` included)."""
    return stored if "E" not in stored.upper() else format_quantity(Decimal(stored))


def finance_cells(rows: Iterable[tuple[Any, ...]]) -> Iterator[list[str]]:
    """The export's cells, row by row, from the query's rows (in its order)."""
    current_order = None
    left_to_spread = 0
    text_columns = [c in TEXT_COLUMNS for c in COLUMNS]
    for row in rows:
        (order_id, number, exercise, partner, direction, category, description, currency,
         quantity, delivered, price, billable, settled, ordered_on, first_on, method, line_no,
         nsn, unit, requesting, supplying, status, received_on, invoiced_on) = row
        if order_id != current_order:
            current_order = order_id
            left_to_spread = settled
        line_settled = min(billable, left_to_spread) if billable > 0 else 0
        left_to_spread -= line_settled
        cells = (
            number, exercise, partner, direction, category, description, currency,
            plain_quantity(quantity), plain_quantity(delivered), format_plain(price, currency),
            format_plain(billable, currency),
            format_plain(line_settled, currency), format_plain(billable - line_settled, currency),
            as_date(ordered_on).isoformat(),
            as_date(first_on).isoformat() if first_on and Decimal(delivered) else "",
            method, str(line_no), nsn, unit, requesting, supplying, status,
            as_date(received_on).isoformat() if received_on and status in _RECEIVED else "",
            as_date(invoiced_on).isoformat() if invoiced_on and status in _INVOICED else "",
        )
        yield [neutralise(c) if is_text else c for c, is_text in zip(cells, text_columns,
                                                                      strict=True)]
