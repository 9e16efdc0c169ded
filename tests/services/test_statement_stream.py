"""The settlement statement streams: rows from a cursor a page at a time, sums in SQL."""

import io
from datetime import date

import pytest
from pypdf import PdfReader

from acsa_desk.documents import build_statement, streamed
from acsa_desk.documents import layout as ly
from acsa_desk.documents.totals import statement_totals
from acsa_desk.services import balances
from acsa_desk.services.demo import fill_demo
from acsa_desk.services.documents_data import statement_data
from acsa_desk.services.statement_rows import SettlementRows, StatementRows
from tests.conftest import assert_only_the_documents_own_garbage

TODAY = date(2026, 3, 1)


@pytest.fixture
def demo(ledger):
    with ledger.session() as s:
        fill_demo(session=s, orders=400, seed=5, today=TODAY)
    return ledger


def test_the_data_layer_yields_orders_from_the_cursor_one_at_a_time(demo):
    with demo.reader() as s:
        data = statement_data(session=s, partner="JPN", as_of=TODAY, stream=True)
        assert isinstance(data.orders, StatementRows)
        assert isinstance(data.settlements, SettlementRows)
        total = len(data.orders)
        assert total > 200
        rows = iter(data.orders)
        first = next(rows)
        # one order made so far: from the rows of that order only, not from a list of all
        assert data.orders.read == len(first.categories)
        assert sum(1 for _ in rows) == total - 1
        again = tuple(data.orders)  # read again: the same rows, from a new cursor
        assert len(again) == total and again[0] == first


def test_the_builder_never_holds_more_than_a_page_of_rows(demo, monkeypatch):
    windows: list[streamed.RowWindow] = []

    class Recorded(streamed.RowWindow):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            windows.append(self)

    monkeypatch.setattr(streamed, "RowWindow", Recorded)
    with demo.reader() as s:
        data = statement_data(session=s, partner="JPN", as_of=TODAY, stream=True)
        orders, settlements = len(data.orders), len(data.settlements)
        pdf = build_statement(data, ("en", "ja"))
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    orders_window, settlements_window = windows
    # a page holds about 14 rows: the table reads at most one page ahead (max_rows + 1)
    assert orders > 3 * 151 or pages > 20
    assert 0 < orders_window.peak <= 151 < orders
    assert 0 < settlements_window.peak <= 151
    assert settlements_window.exhausted and orders_window.exhausted
    assert settlements > 0


def test_the_totals_of_a_multi_page_statement_equal_the_ledgers_balance(demo):
    with demo.reader() as s:
        streaming = statement_data(session=s, partner="JPN", as_of=TODAY, stream=True)
        expected = {b.currency: (b.receivable_minor, b.payable_minor)
                    for b in balances.balances(session=s, partner="JPN")}
        pdf = build_statement(streaming, ("en",))
        held = statement_data(session=s, partner="JPN", as_of=TODAY)
    # the sums in SQL are the sums of the printed rows, by the rules of documents.totals
    assert streaming.totals == statement_totals(held.orders)
    assert {p.currency: (p.receivable, p.payable) for p in streaming.totals.net} == expected
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) > 10
    first = reader.pages[0].extract_text() + reader.pages[1].extract_text()
    for position in streaming.totals.net:
        assert ly.amount(position.net, position.currency) in first
    last = reader.pages[-1].extract_text()
    assert f"Page {len(reader.pages)} of {len(reader.pages)}" in last


def test_the_streamed_statement_prints_what_the_held_one_does(demo):
    with demo.reader() as s:
        streaming = build_statement(
            statement_data(session=s, partner="JPN", as_of=TODAY, stream=True,
                           generated_on=TODAY), ("en", "ja"), invariant=True)
        held = statement_data(session=s, partner="JPN", as_of=TODAY, generated_on=TODAY)
    # the same rows in hand (tuples, sums added up in Python): the same document
    from dataclasses import replace
    assert build_statement(replace(held, totals=None), ("en", "ja"), invariant=True) == streaming


def test_a_statement_from_the_cursor_leaves_only_its_page_objects_as_cyclic_garbage(demo):
    """The collector is paused during a build (documents/collector.py): safe only while the
    rows read from the ledger make no garbage that only the collector frees (the document's
    own page objects, held to its end anyway, are about 14 a page)."""
    with demo.reader() as s:
        data = statement_data(session=s, partner="JPN", as_of=TODAY, stream=True)
        assert_only_the_documents_own_garbage(lambda: build_statement(data, ("en", "ja")))
