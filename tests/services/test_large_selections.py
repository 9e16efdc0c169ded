"""Selections of any size work past the database's limit on parameters (``db/among.py``): the
orders behind a dashboard figure listed in the Orders page, and the marking of an annual
report's unreconciled transactions. SQLite's variable limit is lowered on these connections
(as a build may set it) so that a small ledger reaches it; PostgreSQL's is 65,535 a statement."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from sqlalchemy import event, select

from acsa_desk.core import marking as M
from acsa_desk.db import among
from acsa_desk.db.models import Order
from acsa_desk.services import documents_data, queries
from acsa_desk.services import marking as marking_svc
from acsa_desk.services.demo import fill_demo
from acsa_desk.ui.dashboard.data import orders_behind
from tests.conftest import BACKENDS

TODAY = date(2026, 11, 25)
LOW_LIMIT = 100  # SQLite parameters a statement on these connections


def _limit_parameters(ledger, limit: int = LOW_LIMIT) -> None:
    """Every new connection of ``ledger`` (SQLite) accepts at most ``limit`` parameters."""
    event.listen(ledger.engine, "connect", lambda con, _record: con.setlimit(
        sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, limit))
    ledger.engine.dispose()  # the connections opened before the limit go


@pytest.fixture
def demo(ledger):
    with ledger.session() as s:
        fill_demo(session=s, orders=400, seed=3, today=TODAY)
    return ledger


def test_a_short_list_stays_under_every_limit_a_build_has():
    assert among.SHORT < 999  # SQLite's lowest default (before 3.32)


@pytest.mark.parametrize("ledger", BACKENDS, indirect=True)
def test_the_orders_list_filtered_by_more_ids_than_parameters(demo, monkeypatch):
    with demo.reader() as s:
        real = [int(i) for i in s.scalars(select(Order.id).order_by(Order.id))]
    if demo.is_sqlite:
        _limit_parameters(demo)
        monkeypatch.setattr(among, "SHORT", 50)
        extra = 5_000
    else:
        extra = 70_000  # past PostgreSQL's 65,535 parameters a statement
    ids = tuple(real[::2]) + tuple(range(10**7, 10**7 + extra))  # most of them no order's
    flt = queries.OrderFilter(order_ids=ids)
    with demo.reader() as s:
        assert queries.count_orders(session=s, flt=flt) == len(real[::2])
        page = queries.page_orders(session=s, flt=flt, sort="number", descending=False,
                                   limit=1000)
        everything = queries.page_orders(session=s, flt=queries.OrderFilter(), sort="number",
                                         descending=False, limit=1000)
        partner = queries.OrderFilter(partner="JPN", order_ids=ids)
        jpn = queries.count_orders(session=s, flt=partner)
    chosen = set(real[::2])
    assert [r.id for r in page] == [r.id for r in everything if r.id in chosen]
    assert jpn == sum(1 for r in everything if r.id in chosen and r.partner == "JPN") > 0


@pytest.mark.parametrize("ledger", BACKENDS, indirect=True)
def test_the_orders_behind_a_figure_are_those_with_something_outstanding(demo):
    with demo.reader() as s:
        rows = queries.page_orders(session=s, flt=queries.OrderFilter(), sort="number",
                                   descending=False, limit=1000)
    pairs = sorted({(r.partner, r.currency) for r in rows})
    assert len(pairs) > 2
    for partner, currency in pairs:
        for directions in (("provided",), ("received",), ("provided", "received")):
            expected = sorted(r.id for r in rows if r.partner == partner
                              and r.currency == currency and r.direction in directions
                              and r.outstanding_minor > 0)
            assert list(orders_behind(demo, partner=partner, currency=currency,
                                      directions=directions)) == expected


@pytest.mark.parametrize("ledger", ["sqlite"], indirect=True)
def test_an_annual_report_with_more_transactions_than_parameters(demo, monkeypatch):
    year = 2026
    with demo.reader() as s:
        before = documents_data.annual_report_data(session=s, year=year)
    numbers = sorted({t.order_number for t in before.unreconciled})
    assert len(numbers) > LOW_LIMIT  # enough to pass the lowered limit
    assert before.banner.banner == "UNCLASSIFIED"
    with demo.session() as s:  # one of the unreconciled orders is marked higher
        marking_svc.set_part_marking(session=s, order=numbers[len(numbers) // 2],
                                     marking=M.make_marking(M.CANADA, "SECRET", rel_to=["CAN"]))
    _limit_parameters(demo)
    monkeypatch.setattr(among, "SHORT", 50)
    with demo.reader() as s:
        after = documents_data.annual_report_data(session=s, year=year)
    assert after.unreconciled == before.unreconciled
    assert after.banner.banner == "SECRET//REL TO CAN"

