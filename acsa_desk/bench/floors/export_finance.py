"""Floor of ``acsa-desk export-finance``: the same join through sqlite3, written by csv.

One row per order line with the same columns, the order's settled amount spread over its
lines in line order, the line's first delivery that was not reversed, formula-like text cells
prefixed with a quote.

Usage: python export_finance.py LEDGER.sqlite OUT.csv
"""

import csv
import sqlite3
import sys
from decimal import Decimal

ZERO_DECIMAL = {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX",
                "UYI", "VND", "VUV", "XAF", "XOF", "XPF"}
THREE_DECIMAL = {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"}

COLUMNS = (
    "order_number", "exercise", "partner", "direction", "category", "description", "currency",
    "quantity", "delivered_quantity", "unit_price", "line_amount", "settled_amount",
    "outstanding_amount", "ordered_on", "delivered_on", "settlement_method",
    "line_no", "nsn", "unit_of_issue", "requesting_unit", "supplying_unit", "status",
    "received_on", "invoiced_on",
)
RECEIVED = ("received", "invoiced", "settled", "closed")
INVOICED = ("invoiced", "settled", "closed")
TEXT = {0, 1, 5, 17, 18, 19, 20}  # order_number, exercise, description, nsn, unit, units

SQL = """
SELECT o.id, o.number, e.name, o.partner_code, o.direction, l.category, l.description,
       o.currency, l.quantity, l.delivered_quantity, l.unit_price_minor, l.billable_minor,
       o.settled_minor, o.ordered_on, fd.first_on, o.settlement_method, l.line_no, l.nsn,
       l.unit_of_issue, o.requesting_unit, o.supplying_unit, o.status,
       (SELECT MAX(rc.received_on) FROM receipt rc WHERE rc.order_id = o.id),
       (SELECT MIN(iv.issued_on) FROM invoice iv WHERE iv.order_id = o.id)
FROM acsa_order o
JOIN order_line l ON l.order_id = o.id
JOIN exercise e ON e.id = o.exercise_id
LEFT JOIN (
    SELECT line_id, MIN(delivered_on) AS first_on FROM delivery
    WHERE reverses_id IS NULL
      AND id NOT IN (SELECT reverses_id FROM delivery WHERE reverses_id IS NOT NULL)
    GROUP BY line_id
) fd ON fd.line_id = l.id
ORDER BY o.number, l.line_no
"""


def plain(minor, currency):
    places = 0 if currency in ZERO_DECIMAL else 3 if currency in THREE_DECIMAL else 2
    if places == 0:
        return str(minor)
    whole, part = divmod(abs(minor), 10 ** places)
    return f"{'-' if minor < 0 else ''}{whole}.{part:0{places}d}"


con = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
with open(sys.argv[2], "w", encoding="utf-8", newline="") as handle:
    writer = csv.writer(handle, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    current, left = None, 0
    for (order_id, number, exercise, partner, direction, category, description, currency,
         quantity, delivered, price, billable, settled, ordered_on, first_on, method, line_no,
         nsn, unit, requesting, supplying, status, received_on, invoiced_on) in con.execute(SQL):
        if order_id != current:
            current, left = order_id, settled
        line_settled = min(billable, left) if billable > 0 else 0
        left -= line_settled
        row = [
            number, exercise, partner, direction, category, description, currency, quantity,
            delivered, plain(price, currency), plain(billable, currency),
            plain(line_settled, currency), plain(billable - line_settled, currency),
            ordered_on[:10], first_on[:10] if first_on and Decimal(delivered) else "", method,
            str(line_no), nsn, unit, requesting, supplying, status,
            received_on[:10] if received_on and status in RECEIVED else "",
            invoiced_on[:10] if invoiced_on and status in INVOICED else "",
        ]
        for i in TEXT:
            if row[i].startswith(("=", "+", "-", "@", "\t", "\r")):
                row[i] = "'" + row[i]
        writer.writerow(row)
