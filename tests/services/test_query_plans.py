"""The hot queries of the orders table, read with SQLite's EXPLAIN QUERY PLAN, so that an
index is never lost unnoticed (issue 16): each sort and each dashboard filter reads its
first page in index order (no sort of every matching order), and counts go by an index.

The plans are those of the statements the services really send (caught as they run), with
the same parameters. The ledger is small: without ANALYZE, SQLite's plan does not depend on
the number of rows. Plans are checked, never times (speed is the benchmark's).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import event

from acsa_desk.db.engine import Ledger, open_ledger
from acsa_desk.interchange.finance_rows import finance_query
from acsa_desk.services import queries
from acsa_desk.services.demo import fill_demo
from acsa_desk.services.queries import OrderFilter
from tests.conftest import register_cast


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Ledger]:
    ledger = register_cast(open_ledger(tmp_path_factory.mktemp("plans") / "ledger.sqlite"))
    with ledger.session() as s:
        fill_demo(session=s, orders=60, seed=5, today=date(2026, 11, 25))
    yield ledger
    ledger.close()


def plans(ledger: Ledger, flt: OrderFilter, sort: str = "ordered_on",
          descending: bool = True) -> tuple[list[str], list[str]]:
    """The plans of the count and of the first page, one line per step."""
    sent: list[tuple[str, Any]] = []

    def caught(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any,
               executemany: bool) -> None:
        sent.append((statement, parameters))

    event.listen(ledger.engine, "before_cursor_execute", caught)
    try:
        with ledger.reader() as s:
            queries.count_orders(session=s, flt=flt)
            count_at = len(sent)
            queries.page_orders(session=s, flt=flt, sort=sort, descending=descending, limit=50)
    finally:
        event.remove(ledger.engine, "before_cursor_execute", caught)
    count = [st for st in sent[:count_at] if "count(" in st[0]][-1]
    page = [st for st in sent[count_at:] if "LIMIT" in st[0].upper()][-1]
    return explain(ledger, *count), explain(ledger, *page)


def explain(ledger: Ledger, statement: str, parameters: Any = ()) -> list[str]:
    raw = ledger.engine.raw_connection()
    try:
        return [str(row[3]) for row in raw.cursor().execute("EXPLAIN QUERY PLAN " + statement,
                                                            parameters)]
    finally:
        raw.close()


def indexes(plan: list[str]) -> set[str]:
    """The indexes of the orders table the plan reads."""
    return {m.group(1) for step in plan
            if (m := re.match(r"(?:SCAN|SEARCH) acsa_order USING (?:COVERING )?INDEX (\S+)", step))}


def reads_in_order(plan: list[str], index: str) -> None:
    """The page walks ``index`` and stops after its rows: no temporary sort of every match."""
    assert not [step for step in plan if "TEMP B-TREE" in step], plan
    assert index in indexes(plan), plan


def no_table_scan(plan: list[str]) -> None:
    """Every step on the orders goes through an index (a covering one for a count of all)."""
    orders = [step for step in plan if step.startswith(("SCAN acsa_order", "SEARCH acsa_order"))]
    assert orders and all(" INDEX " in step or "PRIMARY KEY" in step for step in orders), plan


SORTS = {  # the sort key of each column header -> the index its first page walks
    "ordered_on": "ix_acsa_order_ordered_on",
    "number": "sqlite_autoindex_acsa_order_1",  # the unique order number
    "exercise": "ix_acsa_order_exercise_id",  # by exercise name: each exercise's orders by id
    "partner": "ix_acsa_order_partner_id",
    "direction": "ix_acsa_order_direction",
    "status": "ix_acsa_order_status",
    "currency": "ix_acsa_order_currency_id",
    "billable": "ix_acsa_order_currency_billable",
    "outstanding": "ix_acsa_order_currency_outstanding",
}


def test_every_sortable_column_has_its_index():
    assert set(SORTS) == set(queries.SORTABLE)


#: Amounts sort largest first within currencies still in code order: an index of their own.
DESCENDING = {"billable": "ix_acsa_order_currency_billable_desc",
              "outstanding": "ix_acsa_order_currency_outstanding_desc"}


@pytest.mark.parametrize("descending", [True, False], ids=["desc", "asc"])
@pytest.mark.parametrize("sort", sorted(SORTS))
def test_each_sort_reads_its_first_page_in_index_order(small, sort, descending):
    count, page = plans(small, OrderFilter(), sort=sort, descending=descending)
    reads_in_order(page, DESCENDING.get(sort, SORTS[sort]) if descending else SORTS[sort])
    no_table_scan(count)


DASHBOARD_FILTERS = {  # the dashboard's tiles (ui/dashboard/page.py) -> the indexes their
    # page and their count read
    "requested": (OrderFilter(status="requested"), "ix_acsa_order_status_ordered",
                  "ix_acsa_order_status"),
    "invoiced": (OrderFilter(status="invoiced"), "ix_acsa_order_status_ordered",
                 "ix_acsa_order_status"),
    "unsigned past signing": (OrderFilter(unsigned_past_signing=True), "ix_acsa_order_unsigned",
                              "ix_acsa_order_unsigned"),
}


@pytest.mark.parametrize("tile", sorted(DASHBOARD_FILTERS))
def test_dashboard_tiles_filters_read_their_index_in_date_order(small, tile):
    flt, index, counted_by = DASHBOARD_FILTERS[tile]
    count, page = plans(small, flt)
    reads_in_order(page, index)
    no_table_scan(count)
    assert counted_by in indexes(count), count


def test_the_overdue_filter_counts_from_its_covering_index(small):
    count, page = plans(small, OrderFilter(overdue_as_of=date(2026, 11, 25)))
    assert any("COVERING INDEX ix_acsa_order_overdue " in step for step in count), count
    reads_in_order(page, "ix_acsa_order_ordered_on")  # newest first, stopping after a page


def test_opening_the_list_counts_by_an_index_and_reads_the_newest_first(small):
    count, page = plans(small, OrderFilter())
    no_table_scan(count)
    reads_in_order(page, "ix_acsa_order_ordered_on")


def test_a_search_is_the_phrase_of_its_trigrams_and_is_counted_in_the_index(small):
    """A search of three characters or more asks the FTS5 index for the documents holding the
    phrase of its trigrams (MATCH), and is counted there without reading any order or
    document; a page matching few reads those orders by id and sorts them."""
    count, page = plans(small, OrderFilter(text="no such text anywhere"))
    assert count == ["SCAN order_search VIRTUAL TABLE INDEX 0:M1"], count
    assert "SEARCH acsa_order USING INTEGER PRIMARY KEY (rowid=?)" in page, page
    assert "SCAN order_search VIRTUAL TABLE INDEX 0:M1" in page, page
    assert not [step for step in page if step.startswith("SCAN acsa_order")], page


def test_a_page_of_a_search_matching_most_checks_the_lists_orders_in_index_order(small,
                                                                                 monkeypatch):
    monkeypatch.setattr(queries, "FEW_MATCHES", 0)
    monkeypatch.setattr(queries, "MOST_DIVISOR", 10**9)
    for sort, index in (("ordered_on", "ix_acsa_order_ordered_on"),
                        ("outstanding", DESCENDING["outstanding"])):
        _count, page = plans(small, OrderFilter(text="kirisame"), sort=sort)
        reads_in_order(page, index)
        assert "CORRELATED SCALAR SUBQUERY 1" in page, page  # the order's own document
        assert "SEARCH order_search_doc USING INTEGER PRIMARY KEY (rowid=?)" in page, page


def test_a_search_of_one_or_two_characters_reads_the_documents_not_the_orders(small,
                                                                              monkeypatch):
    """No trigram to look up: one letter is counted in the documents' masks (a narrow index,
    db/search_chars.py), two read every document (a plain table, in C), never the orders;
    its page walks the list's index (among the matches, or checking each order's document
    when the newest documents say most orders match)."""
    count, page = plans(small, OrderFilter(text="k"))
    assert count == ["SCAN order_search_doc USING COVERING INDEX ix_order_search_doc_chars"], count
    count, _page = plans(small, OrderFilter(text="zq"))
    assert count == ["SCAN order_search_doc"], count
    reads_in_order(page, "ix_acsa_order_ordered_on")
    monkeypatch.setattr(queries, "SAMPLE", 0)  # no sample: as if it matched few
    _count, page = plans(small, OrderFilter(text="k"))
    reads_in_order(page, "ix_acsa_order_ordered_on")
    assert "SCAN order_search_doc USING COVERING INDEX ix_order_search_doc_chars" in page, page
    _count, page = plans(small, OrderFilter(text="zq"))
    reads_in_order(page, "ix_acsa_order_ordered_on")
    assert "SCAN order_search_doc" in page, page


def test_the_finance_export_looks_up_each_lines_deliveries_by_index(small):
    query = finance_query()
    raw = small.engine.raw_connection()
    try:
        plan = [str(row[3]) for row in raw.cursor().execute(
            "EXPLAIN QUERY PLAN " + query.sql)]
    finally:
        raw.close()
    deliveries = [step for step in plan if step.startswith(("SCAN d ", "SEARCH d ", "SCAN r ",
                                                             "SEARCH r "))]  # the aliases
    assert "SEARCH d USING INDEX ix_delivery_line_id (line_id=?)" in deliveries, plan
    assert all(step.startswith("SEARCH") for step in deliveries), plan


@pytest.mark.parametrize("sort", ["ordered_on", "exercise", "outstanding", "billable", "status"])
def test_a_page_after_a_row_seeks_to_it_through_the_index(small, sort):
    """Keyset paging: each query of a later page starts at its first row in the index (a
    range or an equality on the sort's index), never reading the rows before it."""
    with small.reader() as s:
        last = queries.page_orders(session=s, flt=OrderFilter(), sort=sort, limit=30)[-1]
    sent: list[tuple[str, Any]] = []

    def caught(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any,
               executemany: bool) -> None:
        sent.append((statement, parameters))

    event.listen(small.engine, "before_cursor_execute", caught)
    try:
        with small.reader() as s:
            queries.page_orders(session=s, flt=OrderFilter(), sort=sort, limit=1000, after=last)
    finally:
        event.remove(small.engine, "before_cursor_execute", caught)
    pages = [st for st in sent if "LIMIT" in st[0].upper()]
    assert pages
    for statement, parameters in pages:
        plan = explain(small, statement, parameters)
        ties = any("<expr>=?" in step for step in plan)  # the orders of one same amount only
        assert not [step for step in plan if "TEMP B-TREE" in step
                    and not (ties and "RIGHT PART" in step)], plan
        assert any(re.match(r"SEARCH (acsa_order|exercise) USING .*INDEX .*\(.*[<>=]", step)
                   for step in plan), plan


@pytest.mark.parametrize(("flt", "index"), [
    (OrderFilter(partner="JPN", status="invoiced"), "ix_acsa_order_partner_status_ordered"),
    (OrderFilter(partner="JPN"), "ix_acsa_order_partner_ordered"),
    # several statuses: each status's page in its index's order (then merged)
    (OrderFilter(statuses=("invoiced", "settled")), "ix_acsa_order_status_ordered"),
], ids=["partner+status", "partner", "statuses"])
def test_the_lists_filters_read_their_first_page_in_index_order(small, flt, index):
    count, page = plans(small, flt)
    reads_in_order(page, index)
    no_table_scan(count)


def test_the_category_filter_is_counted_in_the_line_index_and_pages_in_list_order(
        small, monkeypatch):
    """A category alone is counted in the (category, order_id) index without reading an order;
    a page of a common category walks the list's index, looking each order's lines up in that
    index (no list of every order of the category), a rare one reads its orders by id."""
    flt = OrderFilter(category="medical")
    count, page = plans(small, flt)
    assert count == ["SEARCH order_line USING COVERING INDEX ix_order_line_category_order "
                     "(category=?)"], count
    assert "SEARCH acsa_order USING INTEGER PRIMARY KEY (rowid=?)" in page, page  # few: by id
    with small.reader() as s:
        few = queries.page_orders(session=s, flt=flt, limit=1000)
        assert queries.count_orders(session=s, flt=flt) == len(few) > 0
    monkeypatch.setattr(queries, "FEW_MATCHES", 0)
    monkeypatch.setattr(queries, "MOST_DIVISOR", 10**9)  # as if most orders had the category
    _count, page = plans(small, flt)
    reads_in_order(page, "ix_acsa_order_ordered_on")
    assert "CORRELATED SCALAR SUBQUERY 1" in page, page
    assert ("SEARCH order_line USING COVERING INDEX ix_order_line_category_order "
            "(category=? AND order_id=?)") in page, page
    with small.reader() as s:  # the same orders in the same order either way
        assert queries.page_orders(session=s, flt=flt, limit=1000) == few
        assert [r.id for r in queries.page_orders(session=s, flt=flt, limit=7)] == [
            r.id for r in few[:7]]


@pytest.mark.parametrize("ledger", [pytest.param("postgresql", marks=pytest.mark.postgres)],
                         indirect=True)
@pytest.mark.parametrize("sort", ["status", "direction", "partner", "currency"])
def test_on_postgresql_a_sorts_first_page_is_read_in_its_index_order(ledger, sort):
    """On PostgreSQL too each sort's page walks an index that holds the id after the sorted
    column, so no matching order is sorted: a PostgreSQL index does not end with the row's id
    as SQLite's do (the status index had only the status: every order of the first status
    was sorted for each page). The table scan is ruled out so that the small ledger's plan is
    the large one's. (The order number is unique: its groups are of one order each.)"""
    with ledger.session() as s:
        fill_demo(session=s, orders=60, seed=5, today=date(2026, 11, 25))
    sent: list[tuple[str, Any]] = []
    event.listen(ledger.engine, "before_cursor_execute",
                 lambda conn, cursor, st, params, ctx, many: sent.append((st, params)))
    with ledger.reader() as s:
        queries.page_orders(session=s, flt=OrderFilter(), sort=sort, limit=50)
        statement, parameters = [st for st in sent if "LIMIT" in st[0].upper()][-1]
        connection = s.connection()
        connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
        plan = [row[0] for row in connection.exec_driver_sql("EXPLAIN " + statement, parameters)]
    assert not [step for step in plan if "Sort" in step], plan
    assert [step for step in plan if "Index Scan" in step and " on acsa_order" in step], plan
