"""Settlements import, all or nothing (interchange.md, "Settlements import")."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from acsa_desk.core.domain import SettlementMethod, Status, parse_iso_date
from acsa_desk.core.errors import RuleViolation
from acsa_desk.core.money import check_currency, parse_money
from acsa_desk.db import search_index
from acsa_desk.db.models import Order, OrderLine
from acsa_desk.interchange.csvfile import (
    Cancelled,
    DefectList,
    ImportCancelled,
    Progress,
    iter_records,
)
from acsa_desk.services import orders as order_service
from acsa_desk.services import rules

REQUIRED = ("order_number", "settled_on", "method", "amount", "currency")
CHUNK = 500


@dataclass(frozen=True)
class SettlementsImportResult:
    settlements: int
    orders_settled: int


def import_settlements(
    *,
    session: Session,
    path: Path,
    actor: str,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> SettlementsImportResult:
    defects = DefectList(str(path))
    # two passes over the file, read as a stream: the orders it names, then every row
    numbers = sorted({r.cells.get("order_number", "")
                      for r in iter_records(path, REQUIRED, defects)} - {""})
    defects.raise_if_any()
    records = iter_records(path, REQUIRED, DefectList(str(path)))  # its form is checked
    orders: dict[str, Order] = {}
    for start in range(0, len(numbers), CHUNK):
        chunk = numbers[start : start + CHUNK]
        for order in session.scalars(select(Order).where(Order.number.in_(chunk))):  # type: ignore[attr-defined]
            orders[order.number] = order
    categories: dict[int, list[str]] = defaultdict(list)
    ids = [o.id for o in orders.values()]
    for start in range(0, len(ids), CHUNK):
        rows = session.execute(
            select(OrderLine.order_id, OrderLine.category).where(
                OrderLine.order_id.in_(ids[start : start + CHUNK])  # type: ignore[attr-defined]
            )
        )
        for order_id, category in rows:
            categories[order_id].append(category)

    invoiced, paid = order_service.settlement_facts(session, [o.id or 0 for o in orders.values()])
    methods = [m.value for m in SettlementMethod]
    taken: dict[str, int] = defaultdict(int)  # what earlier rows of the file already settle
    plan = []
    for rec in records:
        number = rec.cells.get("order_number", "")
        order = orders.get(number)
        if not number:
            defects.add(rec.row, "order_number", "is empty but required")
        elif order is None:
            defects.add(rec.row, "order_number", f"no order numbered '{number}' in the ledger")
        settled_on = defects.cell(rec, "settled_on",
                                  lambda t: parse_iso_date(t, what="settled_on"))
        method = rec.cells.get("method", "")
        if method not in methods:
            defects.add(rec.row, "method", f"'{method}' is not one of: {', '.join(methods)}")
        currency = defects.cell(rec, "currency", check_currency)
        reference = defects.cell(rec, "reference", rules.check_reference)
        if order is None or currency is None:
            continue
        if currency != order.currency:
            defects.add(rec.row, "currency",
                        f"{currency} is not the currency of order {number} ({order.currency})")
            continue
        amount = defects.cell(rec, "amount",
                              lambda t, c=currency: parse_money(t, c, what="amount"))
        if amount is None or settled_on is None or reference is None or method not in methods:
            continue
        recorded = paid.setdefault(order.id or 0, set())
        try:
            # the window's rules, row by row, against the ledger and the file's earlier rows
            rules.check_settlement(
                number=number, status=order.status, order_currency=order.currency,
                currency=currency, method=method, amount_minor=amount,
                left_minor=order.billable_minor - order.settled_minor - taken[number],
                categories=categories[order.id or 0], invoiced_on=invoiced.get(order.id or 0),
                settled_on=settled_on, reference=reference, recorded=recorded,
            )
        except RuleViolation as exc:
            defects.add(rec.row, _column(exc.rule), exc.message)
            continue
        taken[number] += amount
        recorded.add(rules.payment_key(settled_on, amount, reference))
        plan.append((order, settled_on, method, amount, reference))
    defects.raise_if_any()

    with search_index.deferred(session.connection()):  # each order's document made once
        settled = _write(session, plan, actor, progress, cancelled)
    return SettlementsImportResult(len(plan), settled)


# A rule names the field it concerns; the file's column for it.
_COLUMNS = {"status": "order_number", "billable": "amount", "settlement_method": "method"}


def _column(rule: str) -> str:
    return _COLUMNS.get(rule, rule)


def _write(session: Session, plan: list[tuple[Order, date, str, int, str]], actor: str,
           progress: Progress | None, cancelled: Cancelled | None) -> int:
    """Records the checked settlements; the number of orders they settle."""
    touched: dict[str, Order] = {}
    for index, (order, settled_on, method, amount, ref) in enumerate(plan, start=1):
        if cancelled is not None and index % CHUNK == 0 and cancelled():
            raise ImportCancelled
        order_service.apply_settlement(
            session, order, settled_on=settled_on, method=method, amount_minor=amount,
            reference_text=ref, actor=actor,
        )
        touched[order.number] = order
        if progress is not None and index % CHUNK == 0:
            progress(index, len(plan))
    settled = 0
    session.flush()
    for order in touched.values():
        order_service.refresh_oldest_unpaid(session, order)
        order_service.settle_if_nothing_outstanding(session, order, actor=actor)
        order.updated_by = actor
        settled += order.status in (Status.SETTLED, Status.CLOSED)
    if progress is not None:
        progress(len(plan), len(plan))
    session.flush()
    return settled
