"""Finance export: one row per order line (interchange.md, "Finance export").

An order's settled amount is spread over its lines in line order. Text cells a spreadsheet
would run as a formula are neutralised; numbers are written as plain decimals.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, aliased

from acsa_desk.core.money import format_plain
from acsa_desk.db.models import Delivery, Exercise, Order, OrderLine
from acsa_desk.interchange.csvfile import neutralise, write_csv

COLUMNS = (
    "order_number", "exercise", "partner", "direction", "category", "description", "currency",
    "quantity", "delivered_quantity", "unit_price", "line_amount", "settled_amount",
    "outstanding_amount", "ordered_on", "delivered_on", "settlement_method",
    # beyond the contract's minimum, so the file imports back as an orders file
    "line_no", "nsn", "unit_of_issue", "requesting_unit", "supplying_unit", "status",
)
TEXT_COLUMNS = frozenset(
    {"order_number", "exercise", "description", "nsn", "unit_of_issue", "requesting_unit",
     "supplying_unit"}
)


def _first_delivery_dates():  # type: ignore[no-untyped-def]
    """Per line, the date of its first delivery that was not reversed."""
    reversal = aliased(Delivery)
    not_reversed = ~select(reversal.id).where(reversal.reverses_id == Delivery.id).exists()
    return (
        select(Delivery.line_id, func.min(Delivery.delivered_on).label("first_on"))
        .where(and_(Delivery.reverses_id.is_(None), not_reversed))  # type: ignore[union-attr]
        .group_by(Delivery.line_id)
        .subquery("fd")
    )


def finance_rows(
    *, session: Session, date_from: date | None = None, date_to: date | None = None
) -> Iterator[list[str]]:
    """The export's rows; orders chosen by their order date (inclusive bounds)."""
    fd = _first_delivery_dates()
    stmt = (
        select(
            Order.id, Order.number, Exercise.name, Order.partner_code, Order.direction,
            OrderLine.category, OrderLine.description, Order.currency, OrderLine.quantity,
            OrderLine.delivered_quantity, OrderLine.unit_price_minor, OrderLine.billable_minor,
            Order.settled_minor, Order.ordered_on, fd.c.first_on, Order.settlement_method,
            OrderLine.line_no, OrderLine.nsn, OrderLine.unit_of_issue, Order.requesting_unit,
            Order.supplying_unit, Order.status,
        )
        .join(OrderLine, OrderLine.order_id == Order.id)
        .join(Exercise, Exercise.id == Order.exercise_id)
        .outerjoin(fd, fd.c.line_id == OrderLine.id)
        .order_by(Order.number, OrderLine.line_no)
    )
    if date_from is not None:
        stmt = stmt.where(Order.ordered_on >= date_from)
    if date_to is not None:
        stmt = stmt.where(Order.ordered_on <= date_to)
    current_order = None
    left_to_spread = 0
    for row in session.execute(stmt.execution_options(yield_per=2000)):
        (order_id, number, exercise, partner, direction, category, description, currency,
         quantity, delivered, price, billable, settled, ordered_on, first_on, method, line_no,
         nsn, unit, requesting, supplying, status) = row
        if order_id != current_order:
            current_order = order_id
            left_to_spread = settled
        line_settled = min(billable, left_to_spread) if billable > 0 else 0
        left_to_spread -= line_settled
        cells = {
            "order_number": number, "exercise": exercise, "partner": partner,
            "direction": direction, "category": category, "description": description,
            "currency": currency, "quantity": quantity, "delivered_quantity": delivered,
            "unit_price": format_plain(price, currency),
            "line_amount": format_plain(billable, currency),
            "settled_amount": format_plain(line_settled, currency),
            "outstanding_amount": format_plain(billable - line_settled, currency),
            "ordered_on": ordered_on.isoformat(),
            "delivered_on": first_on.isoformat() if first_on and Decimal(delivered) else "",
            "settlement_method": method, "line_no": str(line_no), "nsn": nsn,
            "unit_of_issue": unit, "requesting_unit": requesting, "supplying_unit": supplying,
            "status": status,
        }
        yield [neutralise(cells[c]) if c in TEXT_COLUMNS else cells[c] for c in COLUMNS]


def export_finance(
    *, session: Session, path: Path, date_from: date | None = None, date_to: date | None = None
) -> int:
    """Writes the finance CSV; returns the number of line rows."""
    return write_csv(path, COLUMNS, finance_rows(session=session, date_from=date_from,
                                                 date_to=date_to))
