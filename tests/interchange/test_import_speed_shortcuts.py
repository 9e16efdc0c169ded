"""The shortcuts that make the orders import fast (issue 9 section 4, issue 16 goal 2) change
nothing that is written: each is checked here against the long way round.

- ``core.limits.check_text`` looks at each character only when ``str.isprintable`` is false;
- ``db.bulk.insert_rows`` formats dates and stamps itself, once per value, as sqlite3 would;
- ``db.audit_format`` formats each date or stamp object once (by identity);
- the import's page cache (``db.bulk.bulk_cache``) is restored after the import;
- the imported ledger replays from its audit log and holds what the one-by-one services
  would have stored for the same values.
"""

import sys
import unicodedata
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import text

from acsa_desk.core.errors import ImportRejected, RuleViolation
from acsa_desk.core.limits import check_text
from acsa_desk.db import audit, bulk
from acsa_desk.db.models import StatusChange
from acsa_desk.interchange.orders_import import import_orders
from tests.interchange.conftest import FULL_HEADER, invoiced_row, order_row

REFUSED = {"Cc", "Cf", "Cn", "Cs", "Co"}


def _refused(ch: str) -> bool:
    try:
        check_text(ch, "description", max_length=10)
    except RuleViolation:
        return True
    return False


def test_the_printable_fast_path_refuses_exactly_what_the_character_rule_refuses():
    """Every code point of the planes in use (0-3) and samples of the private and tag
    planes: refused if and only if its category is refused, as before the fast path."""
    points = [*range(0x40000), *range(0xE0000, 0xE0200), 0xF0000, 0x10FFFD, sys.maxunicode]
    wrong = [hex(p) for p in points
             if _refused(chr(p)) != (unicodedata.category(chr(p)) in REFUSED)]
    assert wrong == []
    # inside longer texts too, and line breaks only where the text may hold them
    assert _refused("Diesel\u200bF-76") and _refused("lot\n7")
    assert check_text("lot\n7", "description", max_length=10, multiline=True) == "lot\n7"
    with pytest.raises(RuleViolation, match="ZERO WIDTH SPACE"):
        check_text("lot\n\u200b", "description", max_length=10, multiline=True)


def test_bulk_rows_are_stored_as_the_driver_would_store_them(ledger, write):
    """The same status changes written by insert_rows and by the driver itself (each
    column's bind processor, then sqlite3's own adapters for what it returns) are stored as
    the same text: whole seconds, microseconds and other zones."""
    _sqlite_only(ledger)
    stamps = [datetime(2026, 12, 2, 13, 51, 37, 866103, tzinfo=UTC),
              datetime(2026, 12, 2, 13, 51, 37, tzinfo=UTC),  # no microseconds
              datetime(2026, 12, 2, 22, 51, 37, 5, tzinfo=timezone(timedelta(hours=9)))]
    order_id = _an_order(ledger, write)
    table = StatusChange.__table__
    with ledger.session() as s:
        rows = [{"order_id": order_id, "at": at, "by": "clerk", "from_status": "",
                 "to_status": "requested", "reason": f"bulk {n}"} for n, at in enumerate(stamps)]
        bulk.insert_rows(s, table, rows, want_ids=True)
        connection = s.connection()
        process = table.c.at.type.bind_processor(connection.dialect)
        connection.exec_driver_sql(
            "INSERT INTO status_change (order_id, at, by, from_status, to_status, reason) "
            "VALUES (?, ?, 'clerk', '', 'requested', ?)",
            [(order_id, process(at) if process else at, f"driver {n}")
             for n, at in enumerate(stamps)])
        stored = dict(s.execute(text(
            "SELECT reason, at || '|' || typeof(at) FROM status_change")).all())
    for n in range(len(stamps)):
        assert stored[f"bulk {n}"] == stored[f"driver {n}"], (n, stored)
    assert stored["bulk 1"] == "2026-12-02 13:51:37+00:00|text"


def _an_order(ledger, write) -> int:
    with ledger.session() as s:
        import_orders(session=s, path=write([order_row(order_number="X-1")]), actor="clerk")
    with ledger.reader() as r:
        return r.execute(text("SELECT id FROM acsa_order WHERE number = 'X-1'")).scalar_one()


def _sqlite_only(ledger) -> None:
    if ledger.path is None:
        pytest.skip("how SQLite stores dates and stamps as text")


def test_each_stamp_object_is_logged_as_its_own_text():
    """The audit's cache is by identity: equal instants in other zones keep their own text,
    and a value is right again after the cache is emptied."""
    utc = datetime(2026, 12, 2, 4, 0, tzinfo=UTC)
    tokyo = utc.astimezone(timezone(timedelta(hours=9)))
    assert utc == tokyo
    assert audit.canonical({"a": utc, "b": tokyo, "c": utc, "d": date(2025, 6, 3)}) == (
        '{"a":"2026-12-02T04:00:00+00:00","b":"2026-12-02T13:00:00+09:00",'
        '"c":"2026-12-02T04:00:00+00:00","d":"2025-06-03"}')
    for n in range(5000):  # past the cache's size: it is emptied and filled again
        day = date(2000, 1, 1) + timedelta(days=n)
        assert audit.canonical({"d": day}) == f'{{"d":"{day.isoformat()}"}}'


def test_the_page_cache_is_restored_after_an_import(ledger, write):
    _sqlite_only(ledger)
    with ledger.session() as s:
        before = s.connection().exec_driver_sql("PRAGMA cache_size").scalar()
        import_orders(session=s, path=write([order_row()]), actor="clerk")
        assert s.connection().exec_driver_sql("PRAGMA cache_size").scalar() == before


def test_an_imported_ledger_replays_from_its_log(ledger, write):
    """Every stored row of an import (orders at every stage, lines, deliveries, receipts,
    invoices, history) equals what its audit entry says (verify's replay)."""
    rows = [order_row(order_number=f"R-{n}", ordered_on=f"2025-06-{n + 1:02d}",
                      delivered_on=f"2025-06-{n + 2:02d}", description=f"Diesel lot {n}")
            for n in range(6)]
    rows += [invoiced_row(order_number="R-INV", quantity="3", delivered_quantity="2",
                          unit_price="0.10"),
             order_row(order_number="R-REQ", delivered_quantity="", delivered_on="")]
    with ledger.session() as s:
        result = import_orders(session=s, path=write(rows), actor="clerk")
    assert result.orders == 8
    with ledger.reader() as r:
        report = audit.verify(r)
    assert report.ok, report.problems


def test_an_orders_repeated_cells_are_refused_on_every_row_as_the_long_way_would(ledger, write):
    """The first pass takes a row's order-level cells as checked only when they equal the
    row before's and every check of them passed there: a bad cell repeated on an order's
    rows is named on each row, a row that differs is checked in full."""
    header = [*FULL_HEADER, "required_on", "requesting_poc"]
    rows = [
        order_row(order_number="L-1"),  # row 2: clean
        order_row(order_number="L-1", quantity="-1"),  # 3: its line only
        order_row(order_number="L-2", partner="XXX"),  # 4 and 5: the partner, twice
        order_row(order_number="L-2", partner="XXX"),
        order_row(order_number="L-3", required_on="2025-06-01"),  # 6 and 7: before ordered_on
        order_row(order_number="L-3", required_on="2025-06-01"),
        order_row(order_number="L-4", requesting_poc="Lt\u200bKato"),  # 8 and 9: ZWSP
        order_row(order_number="L-4", requesting_poc="Lt\u200bKato"),
        order_row(order_number="L-5"),  # 10: clean, then 11: a bad partner's number
        order_row(order_number="L-5", partner_order_number="JP 1"),
        order_row(order_number="L-5", partner_order_number="JP 1"),  # 12: again
    ]
    with ledger.session() as s, pytest.raises(ImportRejected) as caught:
        import_orders(session=s, path=write(rows, [*header, "partner_order_number"]),
                      actor="clerk")
    assert [(d.row, d.column) for d in caught.value.defects] == [
        (3, "quantity"), (4, "partner"), (5, "partner"), (6, "required_on"), (7, "required_on"),
        (8, "requesting_poc"), (9, "requesting_poc"), (11, "partner_order_number"),
        (11, "partner_order_number"), (12, "partner_order_number"),
        (12, "partner_order_number")]
    assert all("ZERO WIDTH SPACE" in d.message for d in caught.value.defects
               if d.column == "requesting_poc")
