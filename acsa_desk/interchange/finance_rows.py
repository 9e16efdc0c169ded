"""The finance export's queries and rows, free of SQLAlchemy (see services/ledger_sql.py):
run through SQLAlchemy by ``finance_export``, or straight through sqlite3 by the command line.

An order's settled amount is spread over its lines in line order. Text cells a spreadsheet
would run as a formula are neutralised; numbers are written as plain decimals.

Speed (issue 16, the benchmark's export figure): each table is read once. The lines come in
one pass over the orders' number index, each line's first delivery looked up through the
delivery index; the orders' last receipt and first invoice are read beforehand, one grouped
pass over each table through its order index (a few bytes per order, never per line), since a
correlated look-up per line ran them twice or three times per order. Per row, Python only
formats: money from integer minor units (``money.plain_formatter``, no Decimal), and cells
that repeat (dates, units, quantities, exercise names) are formatted once and looked up.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from decimal import Decimal
from typing import Any

from acsa_desk.core import marking as M
from acsa_desk.core.limits import format_quantity
from acsa_desk.core.money import plain_formatter
from acsa_desk.interchange.csvfile import FORMULA_PREFIXES, neutralise
from acsa_desk.services.ledger_sql import Query, as_date
from acsa_desk.services.marking_rules import from_settings

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
# A line with nothing delivered ('0', as the services store it) needs no look-up: its
# delivered_on is empty whatever the deliveries say (finance_cells checks the quantity).
_FIRST_DELIVERY = (
    "CASE WHEN l.delivered_quantity = '0' THEN NULL ELSE "
    "(SELECT MIN(d.delivered_on) FROM delivery d "
    "WHERE d.line_id = l.id AND d.reverses_id IS NULL "
    "AND NOT EXISTS (SELECT 1 FROM delivery r WHERE r.reverses_id = d.id)) END"
)
_RECEIVED = ("received", "invoiced", "settled", "closed")
_INVOICED = ("invoiced", "settled", "closed")


def finance_query(date_from: date | None = None, date_to: date | None = None) -> Query:
    """The lines of the orders chosen by their order date (inclusive bounds), in file order:
    the order's id and the line's own cells (the order's cells come from ``orders_query``,
    once per order, in the same order)."""
    params, where = _where(date_from, date_to)
    sql = (
        "SELECT l.order_id, l.category, l.description, l.quantity, l.delivered_quantity, "
        f"l.unit_price_minor, l.billable_minor, {_FIRST_DELIVERY}, l.line_no, l.nsn, "
        "l.unit_of_issue "
        "FROM acsa_order o JOIN order_line l ON l.order_id = o.id "
        f"WHERE 1 = 1{where} ORDER BY o.number, l.line_no"
    )
    return Query(sql, params)


def orders_query(date_from: date | None = None, date_to: date | None = None) -> Query:
    """The same orders' own cells, one row per order, in the lines' order (the exercise by its
    id: ``EXERCISES`` names them)."""
    params, where = _where(date_from, date_to)
    sql = (
        "SELECT o.id, o.number, o.exercise_id, o.partner_code, o.direction, o.currency, "
        "o.settled_minor, o.ordered_on, o.settlement_method, o.requesting_unit, "
        "o.supplying_unit, o.status "
        f"FROM acsa_order o WHERE 1 = 1{where} ORDER BY o.number"
    )
    return Query(sql, params)


#: The exercises' names, read once (a handful of rows) instead of joined to every order.
EXERCISES = Query("SELECT id, name FROM exercise")


def stage_queries(date_from: date | None = None,
                  date_to: date | None = None) -> tuple[Query, Query]:
    """(order id, last receipt date) and (order id, first invoice date) of the same orders."""
    params, where = _where(date_from, date_to)
    join = " JOIN acsa_order o ON o.id = t.order_id" if where else ""
    return (
        Query("SELECT t.order_id, MAX(t.received_on) FROM receipt t"
              f"{join} WHERE 1 = 1{where} GROUP BY t.order_id", dict(params)),
        Query("SELECT t.order_id, MIN(t.issued_on) FROM invoice t"
              f"{join} WHERE 1 = 1{where} GROUP BY t.order_id", dict(params)),
    )


def _where(date_from: date | None, date_to: date | None,
           partner: str | None = None) -> tuple[dict[str, Any], str]:
    """The orders chosen by their order date (inclusive bounds) and, for an exchange file,
    their partner: the one selection of every finance and exchange file."""
    params: dict[str, Any] = {}
    where = ""
    if partner is not None:
        where += " AND o.partner_code = :partner"
        params["partner"] = partner
    if date_from is not None:
        where += " AND o.ordered_on >= :date_from"
        params["date_from"] = date_from
    if date_to is not None:
        where += " AND o.ordered_on <= :date_to"
        params["date_to"] = date_to
    return params, where


def finance_marking(fetch: Callable[[Query], Iterable[Any]], date_from: date | None = None,
                    date_to: date | None = None, *,
                    partner: str | None = None) -> tuple[M.Marking, dict[str, M.Scheme]]:
    """How the export of the orders chosen by their order date (and ``partner``: a partner
    statement's exchange file) is marked (the highest of the ledger's default and of the
    marked orders and exercises it holds), with the schemes: ``marking_rules.from_settings``
    over the export's own selection, for every path."""
    params, where = _where(date_from, date_to, partner)

    def hits(column: str, distinct: str) -> Callable[[list[int]], list[Any]]:
        def hit(ids: list[int]) -> list[Any]:
            listed = ", ".join(str(int(i)) for i in ids)
            return [row[0] for row in fetch(Query(
                f"SELECT {distinct}o.{column} FROM acsa_order o "
                f"WHERE o.{column} IN ({listed}){where}", dict(params)))]

        return hit

    return from_settings(fetch, hits("id", ""), hits("exercise_id", "DISTINCT "))


def plain_quantity(stored: str) -> str:
    """A stored quantity as a plain decimal (a value once stored as ``1E-10`` included)."""
    return stored if "E" not in stored.upper() else format_quantity(Decimal(stored))


class _Once(dict[Any, Any]):
    """A cell formatted once per distinct value, then looked up (a dict hit costs less
    than the formatting)."""

    def __init__(self, make: Callable[[Any], Any]) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, key: Any) -> Any:
        value = self[key] = self.make(key)
        return value


def _iso(value: Any) -> str:
    return as_date(value).isoformat()


def _delivered(stored: str) -> tuple[str, bool]:
    return plain_quantity(stored), bool(Decimal(stored))


Run = Callable[[Query], Iterable[Any]]


def finance_table(run: Run, date_from: date | None = None,
                  date_to: date | None = None) -> Iterator[tuple[str, ...]]:
    """The export's rows: ``run(query)`` executes a query on the ledger and returns its rows
    (sqlite3's cursor, or a SQLAlchemy result). The caller runs them in one transaction that
    sees one state of the ledger (a BEGIN on the command line's sqlite3 connection, REPEATABLE
    READ on PostgreSQL)."""
    received_q, invoiced_q = stage_queries(date_from, date_to)
    received = {order: on for order, on in run(received_q)}  # (a result is no mapping)
    invoiced = {order: on for order, on in run(invoiced_q)}
    exercises = {key: name for key, name in run(EXERCISES)}
    return finance_cells(run(orders_query(date_from, date_to)),
                         run(finance_query(date_from, date_to)), received, invoiced, exercises)


def finance_cells(orders: Iterable[tuple[Any, ...]], lines: Iterable[tuple[Any, ...]],
                  received: dict[Any, Any], invoiced: dict[Any, Any],
                  exercises: dict[Any, str]) -> Iterator[tuple[str, ...]]:
    """The export's cells, row by row, from the rows of ``orders_query`` and
    ``finance_query`` (both in order-number order: merged here, an order without lines is
    skipped), the orders' stage dates (``stage_queries``) and the exercises' names."""
    dates = _Once(_iso)
    text = _Once(neutralise)  # the text cells that repeat: units
    exercise_cells = _Once(lambda key: neutralise(exercises[key]))
    quantities = _Once(plain_quantity)
    delivered_q = _Once(_delivered)
    money = _Once(plain_formatter)
    line_numbers = _Once(str)
    prefixes = FORMULA_PREFIXES
    next_order = iter(orders).__next__
    current_order = None
    left_to_spread = 0
    number_cell = exercise_cell = partner = direction = currency = ordered_cell = method = ""
    requesting_cell = supplying_cell = status = received_cell = invoiced_cell = ""
    plain = str
    zero = "0"
    try:
        for (order_id, category, description, quantity, delivered, price, billable, first_on,
             line_no, nsn, unit) in lines:
            if order_id != current_order:
                while True:
                    try:
                        (current_order, number, exercise, partner, direction, currency, settled,
                         ordered_on, method, requesting, supplying, status) = next_order()
                    except StopIteration:
                        raise RuntimeError(f"the finance export found a line of order id "
                                           f"{order_id} but not the order") from None
                    if current_order == order_id:
                        break
                left_to_spread = settled
                plain = money[currency]
                zero = plain(0)
                number_cell = "'" + number if number.startswith(prefixes) else number
                exercise_cell = exercise_cells[exercise]
                ordered_cell = dates[ordered_on]
                requesting_cell = text[requesting]
                supplying_cell = text[supplying]
                on = received.get(order_id)
                received_cell = dates[on] if on and status in _RECEIVED else ""
                on = invoiced.get(order_id)
                invoiced_cell = dates[on] if on and status in _INVOICED else ""
            billable_cell = plain(billable)
            if billable <= 0:  # nothing of the settlement goes to this line
                settled_cell, outstanding_cell = zero, billable_cell
            elif billable <= left_to_spread:  # settled in full (the usual case)
                left_to_spread -= billable
                settled_cell, outstanding_cell = billable_cell, zero
            else:
                settled_cell = plain(left_to_spread)
                outstanding_cell = plain(billable - left_to_spread)
                left_to_spread = 0
            delivered_cell, any_delivered = delivered_q[delivered]
            yield (
                number_cell, exercise_cell, partner, direction, category,
                "'" + description if description.startswith(prefixes) else description,
                currency, quantities[quantity], delivered_cell, plain(price), billable_cell,
                settled_cell, outstanding_cell, ordered_cell,
                dates[first_on] if first_on and any_delivered else "", method,
                line_numbers[line_no],
                "'" + nsn if nsn.startswith(prefixes) else nsn, text[unit], requesting_cell,
                supplying_cell, status, received_cell, invoiced_cell,
            )
    finally:  # a server-side cursor left open (orders after the last line) is closed now
        for source in (orders, lines):
            close = getattr(source, "close", None)
            if close is not None:
                close()
