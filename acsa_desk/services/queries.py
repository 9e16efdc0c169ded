"""Order lists for the window: filtering, sorting and paging are done by the database.

A table view asks for ``count_orders`` once and then ``page_orders`` one page at a time as
it scrolls, so no more than a page of rows is ever loaded into Python.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from functools import cmp_to_key
from typing import Any

from sqlalchemy import (
    Select,
    and_,
    bindparam,
    case,
    column,
    exists,
    func,
    literal_column,
    or_,
    select,
    table,
)
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from acsa_desk.core.deadlines import latest_cutoff, schedule_cutoffs
from acsa_desk.core.domain import PAST_SIGNING, Status
from acsa_desk.core.search import char_mask, search_fold
from acsa_desk.db import search_chars, search_index
from acsa_desk.db.among import among
from acsa_desk.db.models import Exercise, Order, OrderLine
from acsa_desk.services import reference

SORTABLE = {
    "number": Order.number,
    "exercise": Exercise.name,
    "partner": Order.partner_code,
    "direction": Order.direction,
    "status": Order.status,
    "ordered_on": Order.ordered_on,
    "currency": Order.currency,
    "billable": Order.billable_minor,
    "outstanding": Order.billable_minor - Order.settled_minor,  # type: ignore[operator]
}


_NOT_PAST_SIGNING = tuple(s.value for s in Status if s not in PAST_SIGNING)

#: Sorts by an amount group the orders by currency first (a yen is not a dollar).
AMOUNT_SORTS = frozenset({"billable", "outstanding"})


@dataclass(frozen=True, slots=True)
class OrderFilter:
    text: str = ""
    exercise_id: int | None = None
    partner: str | None = None
    direction: str | None = None
    status: str | None = None
    #: Several statuses at once (the list's multi-select filter); () : any.
    statuses: tuple[str, ...] = ()
    category: str | None = None
    overdue_as_of: date | None = None  # only orders overdue on this date
    unsigned_past_signing: bool = False  # delivered or later without both signatures
    order_ids: tuple[int, ...] | None = None  # e.g. the orders behind a dashboard figure
    #: Audit readiness (``services.readiness``): "" any exception, or one exception code;
    #: judged as of ``readiness_as_of`` (default today).
    readiness: str | None = None
    readiness_as_of: date | None = None


@dataclass(frozen=True, slots=True)
class OrderRow:
    id: int
    number: str
    exercise: str
    partner: str
    direction: str
    status: str
    ordered_on: date
    currency: str
    billable_minor: int
    settled_minor: int
    signed: bool
    partner_order_number: str = ""

    @property
    def outstanding_minor(self) -> int:
        return self.billable_minor - self.settled_minor


def _filtered(session: Session, stmt: Select, flt: OrderFilter,  # type: ignore[type-arg]
              *, ordered: bool = False) -> Select:  # type: ignore[type-arg]
    """``stmt`` with the filter's conditions; ``ordered``: a page read in the list's order."""
    if flt.readiness is not None:
        stmt = stmt.where(_has_exception(session, flt))
    if flt.text.strip():
        stmt = stmt.where(_matches(session, flt.text, ordered=ordered))
    if flt.exercise_id is not None:
        stmt = stmt.where(Order.exercise_id == flt.exercise_id)
    if flt.partner:
        stmt = stmt.where(Order.partner_code == flt.partner)
    if flt.direction:
        stmt = stmt.where(Order.direction == flt.direction)
    if flt.status:
        stmt = stmt.where(Order.status == flt.status)
    if flt.statuses:
        stmt = stmt.where(Order.status.in_(flt.statuses))  # type: ignore[attr-defined]
    if flt.category:
        stmt = stmt.where(_in_category(session, flt.category, ordered=ordered))
    if flt.overdue_as_of is not None:
        stmt = stmt.where(overdue_condition(session, flt.overdue_as_of))
    if flt.unsigned_past_signing:
        # NOT IN the other statuses: an IN would lead SQLite to the status index and a sort of
        # every order past signing, where the partial index holds only the unsigned ones.
        stmt = stmt.where(
            Order.status.not_in(_NOT_PAST_SIGNING),  # type: ignore[attr-defined]
            # written as the partial index ix_acsa_order_unsigned is (literals, not parameters)
            or_(Order.ordering_official_name == literal_column("''"),
                Order.issuing_official_name == literal_column("''")),
        )
    if flt.order_ids is not None:  # any number of them (the orders behind a figure)
        stmt = stmt.where(among(Order.id, flt.order_ids, _dialect(session)))
    return stmt


def _matches(session: Session, text: str, *, ordered: bool = False) -> Any:
    """The search: the order's own texts, and the references of its invoices and settlements,
    compared case- and width-insensitively for every script (``search_fold``), through the
    text index (``db.search_index``: the places it looks, and how each backend finds them).
    ``search_text`` is folded when it is written (rows written before NFKC folding was added
    are lower-cased only).

    On SQLite, a page (``ordered``) of a search matching most orders walks the sort's index and
    checks each order's document until the page is full; one matching many gathers them and
    walks the index among them; one matching few reads just those and sorts them."""
    folded = search_fold(text.strip()) or ""
    if _dialect(session) == "sqlite":  # the FTS5 trigram table, one document per order
        found = _documents(folded)
        share = _share(session, folded) if ordered else "few"
        if share == "most":  # each order of the list's index checked until a page is full
            test = _glob(folded) if search_index.phrase_query(folded) else _short(folded)
            return exists(select(_DOCUMENTS.c.id).where(
                _DOCUMENTS.c.id == Order.id, test))  # (the same test, order by order)
        if share == "many":  # the matches gathered, the list's index walked among them
            return literal_column("+acsa_order.id").in_(found)  # '+': not a lookup by id
        return Order.id.in_(found)  # type: ignore[union-attr]
    # PostgreSQL: the same documents, a LIKE on them (through the trigram index for three
    # characters or more; fewer read the masks first). A page of a common pair of characters
    # is left to walk the list's index, testing each order's document as it goes.
    walked = (ordered and len(folded) == 2 and char_mask(folded) != 0  # (else: no masks)
              and _share(session, folded) == "most")
    return Order.id.in_(_documents_pg(folded, apart=not walked))  # type: ignore[union-attr]


def _documents_pg(folded: str, *, apart: bool = True) -> Select:  # type: ignore[type-arg]
    """The ids of the orders whose document holds ``folded`` (PostgreSQL). The pattern is
    written into the statement, not bound: a statement the driver has prepared (after five
    runs of the same text) gets a generic plan, which cannot know how long the pattern is and
    scans the whole trigram index for a short one (0.3 s at 100k where the plan made for the
    pattern reads the documents in 0.05 s).

    Without a trigram, the masks first (``db.search_chars``), one test per bit, each the
    expression of that bit's statistics, so the planner knows how many documents pass; one
    letter or digit is its bit alone. Two characters: ``apart``, the text of the documents
    whose masks pass, the masks' tests in a query of their own (OFFSET 0: within one query
    the server orders the tests by their cost and would read each document's text, one
    operator, before its mask, two), so that a count or a rare pair reads few texts while
    the planner still judges the LIKE by the documents' statistics; not ``apart``, one
    query, which the planner can test order by order (a page of a common pair)."""
    pattern = bindparam("search_pattern", _contains(folded), literal_execute=True)
    like = _DOCUMENTS.c.doc.like(pattern, escape="\\")
    mask = char_mask(folded) if search_index.phrase_query(folded) is None else 0
    if not mask:  # through the trigram index (or, with no letter or digit, every document)
        return select(_DOCUMENTS.c.id).where(like)
    held = [_holds(1 << i) for i in range(mask.bit_length()) if mask >> i & 1]
    if len(folded) == 1:
        return select(_DOCUMENTS.c.id).where(*held)
    if not apart:
        return select(_DOCUMENTS.c.id).where(*held, like)
    masked = select(_DOCUMENTS.c.id, _DOCUMENTS.c.doc).where(*held).offset(
        literal_column("0")).subquery("masked")
    return select(masked.c.id).where(masked.c.doc.like(pattern, escape="\\"))


#: The text index: each order's document (both backends), and on SQLite their FTS5 trigram
#: index (kept by triggers; no model: none of their rows is audited, they are derived from
#: the ledger's).
_DOCUMENTS = table(search_index.DOCS, column("id"), column("doc"), column(search_chars.COLUMN))
_TRIGRAMS = table(search_index.TABLE, column("rowid"))
#: A search's page reads at least this many matches and sorts them, ...
FEW_MATCHES = 1000
#: ... or past one order in this many, checks the list's orders one by one.
MOST_DIVISOR = 50
#: The newest documents a search of one or two characters is tried on first.
SAMPLE = 2000


def _documents(folded: str) -> Select:  # type: ignore[type-arg]
    """The ids of the orders whose document holds ``folded`` (SQLite): the phrase of its
    trigrams in the FTS5 index, or, for a search of 1 or 2 characters, the GLOB on every
    document."""
    phrase = search_index.phrase_query(folded)
    if phrase is None:
        return select(_DOCUMENTS.c.id).where(_short(folded))
    return select(_TRIGRAMS.c.rowid).where(
        literal_column(search_index.TABLE).op("MATCH")(phrase))


def _glob(folded: str) -> Any:
    return _DOCUMENTS.c.doc.op("GLOB")(search_index.glob_pattern(folded))


def _short(folded: str) -> Any:
    """A document holds a search of one or two characters (SQLite): its mask has the search's
    letters and digits (``db.search_chars``; an integer test, so each document's text is
    read only when the mask allows it), and its text holds the search (the GLOB), unless the
    search is one letter or digit, which the mask alone decides (counted in the masks' index
    without reading a document)."""
    mask = char_mask(folded)
    if not mask:
        return _glob(folded)
    return _holds(mask) if len(folded) == 1 else and_(_holds(mask), _glob(folded))


def _holds(bits: int) -> Any:
    """The document's mask has every one of ``bits`` (written into the statement: the
    planner sees the value)."""
    value = literal_column(str(bits))
    return _DOCUMENTS.c[search_chars.COLUMN].op("&")(value) == value


def _share(session: Session, folded: str) -> str:
    """How much of the ledger a search matches: "most" (more than one order in MOST_DIVISOR:
    a page is full after a few hundred orders of the list), "few" (a search of three
    characters or more matching less: read and sorted), "many" (a shorter one matching less:
    gathered, the list's index walked among them). A search with trigrams is counted in the
    index (up to the bound); a shorter one is judged on the newest SAMPLE documents."""
    phrase = search_index.phrase_query(folded)
    if phrase is None:
        newest = select(_DOCUMENTS.c.doc).order_by(_DOCUMENTS.c.id.desc()).limit(SAMPLE)
        sample = newest.subquery()
        held = (sample.c.doc.op("GLOB")(search_index.glob_pattern(folded))
                if _dialect(session) == "sqlite" else
                sample.c.doc.like(_contains(folded), escape="\\"))
        hits = int(session.scalar(select(func.count()).select_from(sample).where(held)) or 0)
        return "most" if hits * MOST_DIVISOR > SAMPLE else "many"
    return "most" if _holds_most(session, _documents(folded), _DOCUMENTS.c.id) else "few"


def _holds_most(session: Session, ids: Select, newest: Any) -> bool:  # type: ignore[type-arg]
    """Whether the order ids ``ids`` selects are more than one order in MOST_DIVISOR of the
    ledger (at least FEW_MATCHES), counted only up to that bound; ``newest``: an id column
    whose highest value is the ledger's newest order."""
    most = _most(session, newest)
    counted = int(session.scalar(select(func.count()).select_from(
        ids.limit(most + 1).subquery())) or 0)
    return counted > most


def _most(session: Session, newest: Any) -> int:
    """Past how many matches a filter holds "most" of the ledger: one order in MOST_DIVISOR,
    at least FEW_MATCHES (``newest``: as for ``_holds_most``)."""
    orders = int(session.scalar(select(func.max(newest))) or 0)
    return max(FEW_MATCHES, orders // MOST_DIVISOR)


def _dialect(session: Session) -> str:
    bind = session.get_bind()
    return bind.dialect.name


#: Where a session notes the transaction its list reads were made serial in.
_SERIAL = "acsa_serial_reads"


def _serial(session: Session) -> None:
    """PostgreSQL: the list's reads run without parallel workers, once per transaction. A
    count or a page is a keystroke's work, a few milliseconds: starting workers and gathering
    their rows cost more than they save (a search's page, 100k orders: 50 ms with two
    workers, 15 ms without), and the planner cannot know the query is waited on."""
    if _dialect(session) != "postgresql":
        return
    transaction = session.get_transaction()
    if session.info.get(_SERIAL) is not transaction:
        session.execute(sql_text("SET LOCAL max_parallel_workers_per_gather = 0"))
        session.info[_SERIAL] = transaction


def overdue_condition(session: Session, as_of: date) -> Any:
    """The order is overdue on ``as_of`` (its oldest unpaid delivery is past the deadline of
    its partner's terms in force on its date), judged in the statement from the order's kept
    ``oldest_unpaid_on``: the orders list's filter and the statement's flags (the same orders
    as ``balances.overdue``, which reads the deliveries)."""
    cutoff, latest = _cutoff(session, as_of)
    # An overdue order was ordered before its cutoff: this bound lets a scan by order date stop.
    return and_(Order.oldest_unpaid_on < cutoff, Order.ordered_on < latest)  # type: ignore[operator]


def _cutoff(session: Session, as_of: date) -> tuple[Any, date]:
    """Per order (its partner and the terms in force on its date), the date before which its
    oldest unpaid delivery makes it overdue; and the latest of those dates."""
    default, special = schedule_cutoffs(reference.settlement_schedule(session=session), as_of)
    latest = latest_cutoff(default, special)
    if not special:
        return default, latest
    whens: list[tuple[Any, date]] = []
    for code, steps in special.items():
        for step in range(len(steps) - 1, -1, -1):  # the latest terms first
            start, day = steps[step]
            if step == 0:
                whens.append((Order.partner_code == code, day))
            else:
                whens.append((and_(Order.partner_code == code, Order.ordered_on >= start), day))
    return case(*whens, else_=default), latest


def _has_exception(session: Session, flt: OrderFilter) -> Any:
    """The order has the exception ``flt.readiness`` (any, for ""): the readiness rules' own
    SQL predicate (``readiness.exception_filter``), judged in the statement."""
    from acsa_desk.services import readiness

    codes = (flt.readiness,) if flt.readiness else readiness.CODES
    return readiness.exception_filter(session=session, as_of=flt.readiness_as_of or date.today(),
                                      codes=codes, partner=flt.partner or None)


def _in_category(session: Session, category: str, *, ordered: bool) -> Any:
    """The orders with a line of ``category``. On SQLite, a page (``ordered``) of a category
    held by more than one order in MOST_DIVISOR walks the list's index and looks each order's
    lines up in the (category, order_id) index until the page is full (at 1M about 1,800
    lookups for a page of 200); a rarer one reads its orders by id and sorts them (at most
    the bound). Gathering every order of a common category first (the IN list) read 113,000
    at 1M."""
    lines = select(OrderLine.order_id).where(OrderLine.category == category)
    if ordered and _dialect(session) == "sqlite" and _holds_most(session, lines.distinct(),
                                                                 Order.id):
        return exists(select(OrderLine.order_id).where(
            OrderLine.category == category, OrderLine.order_id == Order.id))
    return Order.id.in_(lines)  # type: ignore[union-attr]


def _category_alone(flt: OrderFilter) -> bool:
    return bool(flt.category) and replace(flt, category=None) == OrderFilter()


def _contains(folded: str) -> str:
    """A LIKE pattern for folded text anywhere (its own % and _ taken literally)."""
    escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def count_orders(*, session: Session, flt: OrderFilter) -> int:
    _serial(session)
    if flt.text.strip() and replace(flt, text="") == OrderFilter():  # a search alone:
        folded = search_fold(flt.text.strip()) or ""  # counted among the documents
        found = _documents(folded) if _dialect(session) == "sqlite" else _documents_pg(folded)
        return int(session.scalar(select(func.count()).select_from(found.subquery())) or 0)
    if _category_alone(flt):  # counted in the (category, order_id) index: no order read
        # (every line's order exists: a foreign key, and no order is ever deleted)
        return int(session.scalar(select(func.count(func.distinct(OrderLine.order_id))).where(
            OrderLine.category == flt.category)) or 0)
    stmt = _filtered(session, select(func.count()).select_from(Order), flt)
    return int(session.scalar(stmt) or 0)


#: The value of each sort key in a row already shown (where the next page starts).
_KEY_OF_ROW = {
    "number": lambda r: r.number,
    "exercise": lambda r: r.exercise,
    "partner": lambda r: r.partner,
    "direction": lambda r: r.direction,
    "status": lambda r: r.status,
    "ordered_on": lambda r: r.ordered_on,
    "currency": lambda r: r.currency,
    "billable": lambda r: r.billable_minor,
    "outstanding": lambda r: r.outstanding_minor,
}


def _sort_keys(sort: str, descending: bool) -> list[tuple[Any, bool, Any]]:
    """The list's order, most significant first: (column, descending, value in a row)."""
    column = SORTABLE.get(sort)
    if column is None:
        raise ValueError(f"cannot sort by {sort!r}")
    keys = [(column, descending, _KEY_OF_ROW[sort]), (Order.id, descending, lambda r: r.id)]
    if sort in AMOUNT_SORTS:  # amounts in different currencies do not compare: per currency
        # (currencies in code order both ways: an index per direction, see migration 0012)
        keys.insert(0, (Order.currency, False, lambda r: r.currency))
    return keys


#: Sorts whose keys compare in Python as in SQL under any collation (dates, amounts, currency
#: codes, ids): a page of several statuses can be merged from each status's page.
MERGED_SORTS = frozenset({"ordered_on", "billable", "outstanding"})


def _compare(keys: list[tuple[Any, bool, Any]], a: OrderRow, b: OrderRow) -> int:
    """-1 when ``a`` comes before ``b`` in the list's order (the sort's keys, most significant
    first, each ascending or descending), 1 after, 0 the same row."""
    for _column, desc, value_of in keys:
        x, y = value_of(a), value_of(b)
        if x != y:
            return (1 if x < y else -1) if desc else (-1 if x < y else 1)
    return 0


def page_orders(
    *,
    session: Session,
    flt: OrderFilter,
    sort: str = "ordered_on",
    descending: bool = True,
    offset: int = 0,
    limit: int = 200,
    after: OrderRow | None = None,
    matches: int | None = None,
) -> list[OrderRow]:
    """One page of the list. ``after``: the page that follows this row (keyset paging: a page
    at the end of the list costs what the first does, where ``offset`` reads every row before).
    ``matches``: how many orders pass the filter, when the caller has counted them
    (``count_orders``, as the orders table does): it only chooses how a page sorted by
    exercise is read (the rows are the same either way), which is otherwise counted up to a
    bound first.
    """
    _serial(session)
    keys = _sort_keys(sort, descending)
    if len(set(flt.statuses)) > 1 and flt.status is None and sort in MERGED_SORTS:
        # Several statuses: each one's page read in its index's order, merged (an IN over the
        # status index would sort every order of those statuses).
        rows = [row for status in dict.fromkeys(flt.statuses) for row in page_orders(
            session=session, flt=replace(flt, statuses=(), status=status), sort=sort,
            descending=descending, limit=offset + limit, after=after)]
        rows.sort(key=cmp_to_key(lambda a, b: _compare(keys, a, b)))
        return rows[offset:offset + limit]
    if sort == "exercise" and _walks_exercises(session, flt, matches):
        return _page_by_exercise(session, flt, descending, offset + limit, after)[
            offset:offset + limit]
    stmt = select(*_row_columns(Exercise.name)).join(Exercise, Exercise.id == Order.exercise_id)
    stmt = _filtered(session, stmt, flt, ordered=True)
    stmt = stmt.order_by(*[column.desc() if desc else column.asc() for column, desc, _ in keys])
    if after is None:
        return [OrderRow(*row) for row in session.execute(stmt.offset(offset).limit(limit))]
    # The rows after ``after`` in the list's order, level by level: the same values of the
    # first keys and a later value of the next one. Each level is an equality on the index's
    # first columns and a range on the next, so each query seeks straight to its first row
    # (one row-value comparison cannot mix the directions of the amount sorts).
    values = [value_of(after) for _column, _desc, value_of in keys]
    rows: list[OrderRow] = []
    for level in reversed(range(len(keys))):
        column, desc, _ = keys[level]
        same = [keys[j][0] == values[j] for j in range(level)]
        if level == 0 and sort in AMOUNT_SORTS:
            # the next currencies one at a time: an equality on the currency keeps the index's
            # order within it (a range on it would sort each later currency whole)
            rows += _next_currencies(session, stmt, flt, values[0], limit - len(rows))
            break
        later = column < values[level] if desc else column > values[level]
        query = stmt.where(*same, later).limit(limit - len(rows))
        rows += [OrderRow(*row) for row in session.execute(query)]
        if len(rows) >= limit:
            break
    return rows


def _walks_exercises(session: Session, flt: OrderFilter, matches: int | None) -> bool:
    """Whether a page sorted by exercise is read exercise by exercise (``_page_by_exercise``):
    on PostgreSQL, when the filter passes most of the ledger (``_most``: ``matches``, or
    counted up to that bound), so that each exercise's walk soon fills the page; fewer are
    read and sorted by the plain query (one order's number: 3.9 ms that way, 26.7 ms walking
    every exercise's orders, at 100k). Never for the dashboard tiles that pick the orders
    their own index holds (overdue, unsigned past signing): the walk from each exercise's
    newest order passes over most of its orders first (overdue 57 -> 84 ms, unsigned 8 -> 24
    ms at 100k)."""
    if (_dialect(session) != "postgresql" or flt.overdue_as_of is not None
            or flt.unsigned_past_signing):
        return False
    if flt == OrderFilter():
        return True
    if matches is None:
        return _holds_most(session, _filtered(session, select(Order.id), flt), Order.id)
    return matches > _most(session, Order.id)


def _row_columns(exercise_name: Any) -> tuple[Any, ...]:
    """An OrderRow's columns, the exercise's name being ``exercise_name``."""
    signed = and_(Order.ordering_official_name != "", Order.issuing_official_name != "")
    return (Order.id, Order.number, exercise_name, Order.partner_code, Order.direction,
            Order.status, Order.ordered_on, Order.currency, Order.billable_minor,
            Order.settled_minor, signed, Order.partner_order_number)


def _page_by_exercise(session: Session, flt: OrderFilter, descending: bool, limit: int,
                      after: OrderRow | None) -> list[OrderRow]:
    """The list sorted by exercise on PostgreSQL: the exercises in name order, and of each
    (LATERAL) its first ``limit`` orders that pass the filter, in the (exercise_id, id)
    index's order. The server cannot tell that a join of exercises to orders keeps each
    exercise's orders in that index's order, so the plain query sorted the whole of the
    first exercise's orders (a fifth of the ledger) for each page: 15-20 ms at 100k against
    under 1 ms this way, which is the plan SQLite makes of the plain query. ``after``: the
    rows after that one (its exercise's later orders, then the later exercises').

    Measured at 100k (page of 200, median of 9): the whole list 17.7 -> 3.2 ms, partner JPN
    14.3 -> 3.2, 'kirisame' 52 -> 22, category medical 48 -> 10."""
    def orders_of(exercise: Any, *conditions: Any) -> Any:
        inner = _filtered(session, select(*_row_columns(exercise.c.name)), flt, ordered=True)
        inner = inner.where(Order.exercise_id == exercise.c.id, *conditions)
        order = Order.id.desc() if descending else Order.id.asc()  # type: ignore[union-attr]
        return inner.order_by(order).limit(limit).correlate(exercise).lateral("orders_of")

    def read(names: Any, *conditions: Any) -> list[OrderRow]:
        exercises = select(Exercise.id, Exercise.name).where(names).subquery("exercises")
        page = orders_of(exercises, *conditions)
        by_name = exercises.c.name.desc() if descending else exercises.c.name.asc()
        by_id = page.c.id.desc() if descending else page.c.id.asc()
        stmt = select(*[page.c[name] for name in page.c.keys()]).select_from(
            exercises.join(page, literal_column("true"))).order_by(by_name, by_id).limit(limit)
        return [OrderRow(*row) for row in session.execute(stmt)]

    if after is None:
        return read(literal_column("true"))
    later_id = Order.id < after.id if descending else Order.id > after.id  # type: ignore[operator]
    rows = read(Exercise.name == after.exercise, later_id)
    if len(rows) < limit:
        later = Exercise.name < after.exercise if descending else Exercise.name > after.exercise
        rows += read(later)[:limit - len(rows)]
    return rows


def _next_currencies(session: Session, stmt: Select, flt: OrderFilter, after: str,  # type: ignore[type-arg]
                     limit: int) -> list[OrderRow]:
    rows: list[OrderRow] = []
    currency = after
    while len(rows) < limit:
        following = _filtered(session, select(func.min(Order.currency)), flt, ordered=True)
        currency = session.scalar(following.where(Order.currency > currency))
        if currency is None:
            break
        query = stmt.where(Order.currency == currency).limit(limit - len(rows))
        rows += [OrderRow(*row) for row in session.execute(query)]
    return rows
