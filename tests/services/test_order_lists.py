"""The orders list's answers to "how much" (issue #14 point 5): search over every text an
officer looks for, several statuses, totals per currency, amount sorts within a currency,
the list as CSV/XLSX. On SQLite and PostgreSQL."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal

import pytest

from acsa_desk.core.money import to_decimal
from acsa_desk.services import order_lists, orders, queries
from acsa_desk.services.demo import fill_demo
from acsa_desk.services.partner_numbers import set_partner_order_number
from tests.conftest import ACTOR, both_officials, order_input


@pytest.fixture
def traced(ledger, exercise_id):
    """Two orders; the first signed, delivered, received, invoiced INV-7731 and part-settled SET-5512."""
    with ledger.session() as s:
        first = orders.create_order(session=s, data=order_input(
            exercise_id, "CAN-JPN-25-0001", requesting_poc="1尉 鈴木", supplying_poc="PO2 Gagnon",
            delivery_place="Maizuru quay 3"), actor=ACTOR)
        second = orders.create_order(session=s, data=order_input(
            exercise_id, "CAN-JPN-25-0002", currency="JPY"), actor=ACTOR)
        orders.sign(session=s, order_id=first.id, signed_on=date(2025, 6, 3), actor="officer",
                    **both_officials())
        lines = orders.order_lines(session=s, order_id=first.id)
        orders.record_delivery(session=s, order_id=first.id, delivered_on=date(2025, 6, 4),
                               quantities={line.id: Decimal(line.quantity) for line in lines},
                               actor=ACTOR)
        orders.record_receipt(session=s, order_id=first.id, received_on=date(2025, 6, 5),
                              received_by="1尉 鈴木", condition="as ordered", actor=ACTOR)
        orders.raise_invoice(session=s, order_id=first.id, reference_text="INV-7731",
                             issued_on=date(2025, 6, 20), actor=ACTOR)
        orders.record_settlement(session=s, order_id=first.id, settled_on=date(2025, 7, 1),
                                 method="cash", amount_minor=100_000, reference_text="SET-5512",
                                 actor=ACTOR)
        set_partner_order_number(session=s, order_id=second.id, value="JMSDF-88-4410", actor=ACTOR)
        return first.id, second.id


@pytest.mark.parametrize(("text", "which"), [
    ("鈴木", 0),               # requesting point of contact
    ("gagnon", 0),             # supplying point of contact
    ("maizuru", 0),            # delivery place
    ("hiroshi sato", 0),       # ordering official (after signing)
    ("anne tremblay", 0),      # issuing official
    ("inv-7731", 0),           # invoice reference
    ("SET-5512", 0),           # settlement reference
    ("jmsdf-88", 1),           # partner's number
    ("CAN-JPN-25-000", None),  # the number: both
])
def test_search_covers_what_an_officer_looks_for(ledger, traced, text, which):
    with ledger.reader() as s:
        found = [r.id for r in queries.page_orders(session=s, flt=queries.OrderFilter(text=text))]
        assert queries.count_orders(session=s, flt=queries.OrderFilter(text=text)) == len(found)
    assert sorted(found) == (sorted(traced) if which is None else [traced[which]])


@pytest.mark.parametrize(("text", "which"), [
    ("élodie", 0), ("ÉLODIE", 0),   # accented capitals on both backends (SQLite: not only ASCII)
    ("suzuki", 1), ("ＳＵＺＵＫＩ", 1),  # full-width letters typed or stored
    ("ｶﾝﾀﾞ", 1), ("カンダ", 1),          # half-width katakana
    ("ΣΆΜΟΣ", 0), ("inv-ea", 0),       # Greek; an invoice reference (ASCII by its rule)
])
def test_search_ignores_case_and_width_in_every_script(ledger, exercise_id, text, which):
    """Issue 14: the search is case- and width-insensitive for accented, Greek and full-width
    text, the same on SQLite and PostgreSQL."""
    with ledger.session() as s:
        first = orders.create_order(session=s, data=order_input(
            exercise_id, "CAN-JPN-25-0001", requesting_poc="Élodie Gagnon",
            delivery_place="Σάμος quay"), actor=ACTOR)
        second = orders.create_order(session=s, data=order_input(
            exercise_id, "CAN-JPN-25-0002", requesting_poc="ＳＵＺＵＫＩ 一郎",
            supplying_poc="ｶﾝﾀﾞ"), actor=ACTOR)
        orders.sign(session=s, order_id=first.id, signed_on=date(2025, 6, 3), actor="officer",
                    **both_officials())
        lines = orders.order_lines(session=s, order_id=first.id)
        orders.record_delivery(session=s, order_id=first.id, delivered_on=date(2025, 6, 4),
                               quantities={line.id: Decimal(line.quantity) for line in lines},
                               actor=ACTOR)
        orders.record_receipt(session=s, order_id=first.id, received_on=date(2025, 6, 5),
                              received_by="x", actor=ACTOR)
        orders.raise_invoice(session=s, order_id=first.id, reference_text="INV-EA-1",
                             issued_on=date(2025, 6, 20), actor=ACTOR)
        ids = (first.id, second.id)
    with ledger.reader() as s:
        found = [r.id for r in queries.page_orders(session=s, flt=queries.OrderFilter(text=text))]
        assert queries.count_orders(session=s, flt=queries.OrderFilter(text=text)) == len(found)
    assert found == [ids[which]]


def test_several_statuses_totals_per_currency_and_ordered_values(ledger, traced):
    first, second = traced
    with ledger.reader() as s:
        both = queries.OrderFilter(statuses=("requested", "invoiced", "settled"))
        assert sorted(r.id for r in queries.page_orders(session=s, flt=both)) == sorted(traced)
        only = queries.OrderFilter(statuses=("requested",))
        assert [r.id for r in queries.page_orders(session=s, flt=only)] == [second]
        totals = order_lists.totals_by_currency(session=s, flt=both)
        values = order_lists.ordered_values(session=s, order_ids=traced)
    whole = 85000 * 112 + 12000 * 3 + 6 * 48000
    assert [(t.currency, t.orders, t.billable_minor, t.outstanding_minor) for t in totals] == [
        ("CAD", 1, whole, whole - 100_000), ("JPY", 1, 0, 0)]
    assert values == {first: whole, second: whole}  # same lines, ordered value in its currency


@pytest.fixture
def demo(ledger):
    with ledger.session() as s:
        fill_demo(session=s, orders=300, seed=5, today=date(2026, 11, 25))
    return ledger


@pytest.mark.parametrize("sort", ["billable", "outstanding"])
def test_amount_sorts_within_a_currency(demo, sort):
    with demo.reader() as s:
        rows = queries.page_orders(session=s, flt=queries.OrderFilter(), sort=sort,
                                   descending=True, limit=1000)
        totals = order_lists.totals_by_currency(session=s, flt=queries.OrderFilter())
    assert len({r.currency for r in rows}) > 1
    amount = (lambda r: r.billable_minor) if sort == "billable" else (lambda r: r.outstanding_minor)
    keys = [(r.currency, -amount(r)) for r in rows]
    assert keys == sorted(keys)
    for total in totals:  # the totals are the sums of the rows, currency by currency
        mine = [r for r in rows if r.currency == total.currency]
        assert total.orders == len(mine)
        assert total.billable_minor == sum(r.billable_minor for r in mine)
        assert total.outstanding_minor == sum(r.outstanding_minor for r in mine)


def test_the_list_as_csv_and_xlsx(demo, tmp_path):
    flt = queries.OrderFilter(partner="JPN")
    with demo.reader() as s:
        rows = queries.page_orders(session=s, flt=flt, sort="number", descending=False, limit=1000)
        values = order_lists.ordered_values(session=s, order_ids=[r.id for r in rows])
        written = order_lists.export_order_list(session=s, flt=flt, path=tmp_path / "list.csv",
                                                sort="number", descending=False)
        assert order_lists.export_order_list(session=s, flt=flt, path=tmp_path / "list.xlsx",
                                             sort="number", descending=False) == written
    assert written == len(rows) > 0
    with (tmp_path / "list.csv").open(encoding="utf-8", newline="") as handle:
        table = list(csv.DictReader(handle))
    assert [t["number"] for t in table] == [r.number for r in rows]
    for line, r in zip(table, rows, strict=True):
        assert Decimal(line["outstanding"]) == to_decimal(r.outstanding_minor, r.currency)
        assert Decimal(line["ordered"]) == to_decimal(values[r.id], r.currency)
    from openpyxl import load_workbook

    book = load_workbook(tmp_path / "list.xlsx", read_only=True)
    try:
        cells = list(book.active.iter_rows(values_only=True))
    finally:
        book.close()  # a read-only workbook holds its file open until closed
    assert list(cells[0]) == list(order_lists.EXPORT_COLUMNS)
    assert [c[0] for c in cells[1:]] == [r.number for r in rows]
    col = {name: i for i, name in enumerate(cells[0])}
    for cell_row, r in zip(cells[1:], rows, strict=True):
        assert cell_row[col["ordered_on"]].date() == r.ordered_on  # a date cell
        assert cell_row[col["currency"]] == r.currency
        minor = 10 ** (0 if r.currency == "JPY" else 2)
        assert round(Decimal(str(cell_row[col["ordered"]])) * minor) == values[r.id]
        assert round(Decimal(str(cell_row[col["outstanding"]])) * minor) == r.outstanding_minor


@pytest.mark.parametrize("descending", [True, False], ids=["desc", "asc"])
@pytest.mark.parametrize("sort", sorted(queries.MERGED_SORTS))
def test_several_statuses_page_by_page_as_one_sorted_query(ledger, monkeypatch, sort, descending):
    """The page of several statuses merged from each status's page: the same rows in the same
    order as the one query sorting them all, page after page."""
    with ledger.session() as s:
        fill_demo(session=s, orders=150, seed=4, today=date(2026, 11, 25))
    flt = queries.OrderFilter(statuses=("invoiced", "settled", "requested"))

    def pages() -> list[int]:
        found: list[queries.OrderRow] = []
        with ledger.reader() as s:
            while True:
                page = queries.page_orders(session=s, flt=flt, sort=sort, descending=descending,
                                           limit=9, after=found[-1] if found else None)
                if not page:
                    return [r.id for r in found]
                found += page

    merged = pages()
    monkeypatch.setattr(queries, "MERGED_SORTS", frozenset())
    assert len(merged) > 30 and merged == pages()
