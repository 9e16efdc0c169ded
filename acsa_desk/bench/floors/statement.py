"""Floor of the statement PDF: the same order rows as one reportlab LongTable.

The naive way: every row in one LongTable (header repeated on each page) in a
SimpleDocTemplate, A4 landscape, the same twelve columns at the same fixed widths, the same
embedded TrueType font and ruling. Only the build is timed (rows already in memory); prints
``{"seconds": ..., "bytes": ...}``.

Usage: python statement.py ROWS.json FONT.ttf OUT.pdf
"""

import io
import json
import sys
import time

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import LongTable, SimpleDocTemplate, TableStyle

HEADER = ("Order number", "Exercise", "Direction", "Ordered", "Delivered", "Categories",
          "Currency", "Billable", "Settled", "Outstanding", "Overdue", "Status")
WIDTHS_MM = (28, 27, 21, 16.5, 16.5, 31, 9, 23, 23, 23, 29, 25)
ZERO_DECIMAL = {"JPY", "KRW"}


def amount(minor, currency):
    places = 0 if currency in ZERO_DECIMAL else 2
    whole, part = divmod(abs(minor), 10 ** places)
    text = f"{whole:,}" + (f".{part:0{places}d}" if places else "")
    return "-" + text if minor < 0 else text


def cells(order):
    currency = order["currency"]
    return [
        order["order_number"], order["exercise"], order["direction"].capitalize(),
        order["ordered_on"], order["delivered_on"] or "",
        " + ".join(c.replace("_", " ").capitalize() for c in order["categories"]),
        currency, amount(order["billable_minor"], currency),
        amount(order["settled_minor"], currency), amount(order["outstanding_minor"], currency),
        "Overdue" if order["overdue"] else "", order["status"].capitalize(),
    ]


def build(statement, font_path):
    pdfmetrics.registerFont(TTFont("StatementFont", font_path))
    data = [list(HEADER)] + [cells(order) for order in statement["orders"]]
    table = LongTable(data, colWidths=[w * mm for w in WIDTHS_MM], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "StatementFont", 7.2, 8.6),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
        ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.whitesmoke]),
        ("ALIGN", (7, 0), (9, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=landscape(A4), leftMargin=12 * mm,
                            rightMargin=12 * mm, topMargin=17 * mm, bottomMargin=16 * mm,
                            title="Settlement statement")
    doc.build([table])
    return out.getvalue()


with open(sys.argv[1], encoding="utf-8") as handle:
    statement = json.load(handle)
started = time.perf_counter()
pdf = build(statement, sys.argv[2])
seconds = time.perf_counter() - started
with open(sys.argv[3], "wb") as handle:
    handle.write(pdf)
print(json.dumps({"seconds": seconds, "bytes": len(pdf)}))
