"""What the orders list adds to its rows: the ordered value, totals per currency of the rows
filtered, and the rows as a file (the "export this view" of the Orders page).

Amounts stay integer minor units per currency; nothing is ever added across currencies.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from acsa_desk.core.errors import LedgerError
from acsa_desk.core.money import line_amount_minor, to_decimal
from acsa_desk.db.models import Order, OrderLine
from acsa_desk.services.queries import OrderFilter, OrderRow, _filtered, page_orders


@dataclass(frozen=True, slots=True)
class CurrencyTotal:
    currency: str
    orders: int
    billable_minor: int
    settled_minor: int

    @property
    def outstanding_minor(self) -> int:
        return self.billable_minor - self.settled_minor


def totals_by_currency(*, session: Session, flt: OrderFilter) -> list[CurrencyTotal]:
    """Per currency of the orders matching ``flt``: how many, billable, settled (SQL sums)."""
    stmt = select(Order.currency, func.count(), func.coalesce(func.sum(Order.billable_minor), 0),
                  func.coalesce(func.sum(Order.settled_minor), 0)).select_from(Order)
    stmt = _filtered(session, stmt, flt).group_by(Order.currency).order_by(Order.currency)
    return [CurrencyTotal(str(code), int(n), int(billable), int(settled))
            for code, n, billable, settled in session.execute(stmt)]


def ordered_values(*, session: Session, order_ids: Iterable[int]) -> dict[int, int]:
    """Each order's ordered value in minor units: its lines' amounts, each rounded once."""
    ids = list(order_ids)
    values = dict.fromkeys(ids, 0)
    if not ids:
        return values
    stmt = select(OrderLine.order_id, OrderLine.quantity, OrderLine.unit_price_minor).where(
        OrderLine.order_id.in_(ids))  # type: ignore[attr-defined]
    for order_id, quantity, price in session.execute(stmt):
        values[order_id] += line_amount_minor(Decimal(quantity), int(price))
    return values


EXPORT_COLUMNS = ("number", "partner_order_number", "exercise", "partner", "direction", "status",
                  "ordered_on", "currency", "ordered", "billable", "settled", "outstanding",
                  "signed")


def export_rows(*, session: Session, flt: OrderFilter, sort: str = "ordered_on",
                descending: bool = True, page: int = 2000) -> Iterator[list[object]]:
    """The orders of ``flt`` in the list's order, one row per order (amounts as Decimals)."""
    last: OrderRow | None = None
    while True:
        rows: list[OrderRow] = page_orders(session=session, flt=flt, sort=sort,
                                           descending=descending, after=last, limit=page)
        if not rows:
            return
        ordered = ordered_values(session=session, order_ids=[r.id for r in rows])
        for r in rows:
            yield [r.number, r.partner_order_number, r.exercise, r.partner, r.direction, r.status,
                   r.ordered_on, r.currency, to_decimal(ordered[r.id], r.currency),
                   to_decimal(r.billable_minor, r.currency), to_decimal(r.settled_minor, r.currency),
                   to_decimal(r.outstanding_minor, r.currency), "yes" if r.signed else "no"]
        last = rows[-1]


def export_order_list(*, session: Session, flt: OrderFilter, path: Path, sort: str = "ordered_on",
                      descending: bool = True) -> int:
    """Writes the list as CSV (UTF-8, amounts as plain decimals) or XLSX (numbers and dates as
    cells), by the file's suffix. Returns the number of orders written."""
    rows = export_rows(session=session, flt=flt, sort=sort, descending=descending)
    suffix = path.suffix.lower()
    partial = path.with_name(path.name + ".partial")
    count = 0
    try:
        if suffix == ".xlsx":
            from openpyxl import Workbook

            book = Workbook(write_only=True)
            sheet = book.create_sheet("orders")
            sheet.append(list(EXPORT_COLUMNS))
            for row in rows:
                sheet.append(row)
                count += 1
            book.save(partial)
        elif suffix == ".csv":
            with partial.open("w", encoding="utf-8", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(EXPORT_COLUMNS)
                for row in rows:
                    writer.writerow([_plain(cell) for cell in row])
                    count += 1
        else:
            raise LedgerError(f"{path.name}: choose a .csv or .xlsx file name")
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise LedgerError(f"{path} could not be written: {exc.strerror or exc}") from exc
    return count


def _plain(cell: object) -> object:
    if isinstance(cell, Decimal):
        return format(cell, "f")
    if hasattr(cell, "isoformat"):
        return cell.isoformat()  # type: ignore[attr-defined]
    return cell


__all__ = ["EXPORT_COLUMNS", "CurrencyTotal", "export_order_list", "export_rows",
           "ordered_values", "totals_by_currency"]
