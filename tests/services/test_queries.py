"""Order lists: filters, sort and paging pushed down to SQL."""

from datetime import date

import pytest
from sqlalchemy import event, text

from acsa_desk.services import queries
from acsa_desk.services.demo import fill_demo
from tests.conftest import register_admin


@pytest.fixture
def demo(ledger):
    with ledger.session() as s:
        fill_demo(session=s, orders=400, seed=3, today=date(2026, 11, 25))
    return ledger


def test_paging_never_loads_more_than_a_page(demo):
    fetched = []

    def count_rows(conn, cursor, statement, parameters, context, executemany):
        if "LIMIT" in statement.upper():
            fetched.append(cursor.rowcount)

    with demo.reader() as s:
        total = queries.count_orders(session=s, flt=queries.OrderFilter())
        event.listen(demo.engine, "after_cursor_execute", count_rows)
        page = queries.page_orders(session=s, flt=queries.OrderFilter(), limit=50)
        event.remove(demo.engine, "after_cursor_execute", count_rows)
    assert total == 400 and len(page) == 50 and len(fetched) == 1


def test_sorting_is_done_by_sql_and_stable_across_pages(demo):
    with demo.reader() as s:
        flt = queries.OrderFilter()
        first = queries.page_orders(session=s, flt=flt, sort="outstanding", descending=True,
                                    limit=100)
        second = queries.page_orders(session=s, flt=flt, sort="outstanding", descending=True,
                                     offset=100, limit=100)
        everything = queries.page_orders(session=s, flt=flt, sort="outstanding",
                                         descending=True, limit=1000)
    assert [r.id for r in first + second] == [r.id for r in everything[:200]]
    outs = [(r.currency, -r.outstanding_minor) for r in everything]  # within a currency
    assert outs == sorted(outs)
    with pytest.raises(ValueError, match="cannot sort"):
        with demo.reader() as s:
            queries.page_orders(session=s, flt=flt, sort="id; DROP TABLE x")


def test_filters_combine(demo):
    with demo.reader() as s:
        flt = queries.OrderFilter(partner="JPN", direction="received", status="invoiced")
        rows = queries.page_orders(session=s, flt=flt, limit=1000)
        assert rows and all((r.partner, r.direction, r.status) == ("JPN", "received", "invoiced")
                            for r in rows)
        assert queries.count_orders(session=s, flt=flt) == len(rows)
        fuel = queries.page_orders(session=s, flt=queries.OrderFilter(category="fuel"), limit=1000)
        ammo = queries.page_orders(session=s, flt=queries.OrderFilter(category="ammunition"),
                                   limit=1000)
        assert fuel and ammo and len(fuel) > len(ammo)
        found = queries.page_orders(session=s, flt=queries.OrderFilter(text="kirisame"), limit=1000)
        assert found
        assert queries.count_orders(session=s, flt=queries.OrderFilter(text="no-such-thing")) == 0


def test_overdue_filter_matches_the_overdue_list(demo):
    from acsa_desk.services import balances

    as_of = date(2026, 11, 25)
    with demo.reader() as s:
        listed = {o.order_id for o in balances.overdue(session=s, as_of=as_of)}
        rows = queries.page_orders(session=s, flt=queries.OrderFilter(overdue_as_of=as_of),
                                   limit=10_000)
    assert listed and {r.id for r in rows} == listed


def test_search_finds_units_and_descriptions_and_takes_wildcards_literally(ledger, exercise_id):
    from acsa_desk.services import orders
    from tests.conftest import ACTOR, order_input

    with ledger.session() as s:
        orders.create_order(session=s, data=order_input(
            exercise_id, number="A-1", requesting_unit="護衛艦 きりさめ",
            lines=(orders.LineInput("fuel", "Diesel 100% F-76", "L", 1, 1),)), actor=ACTOR)
        orders.create_order(session=s, data=order_input(
            exercise_id, number="B_2", lines=(orders.LineInput("water", "Water", "L", 1, 1),)),
            actor=ACTOR)
        edited = orders.create_order(session=s, data=order_input(exercise_id, number="C-3"),
                                     actor=ACTOR)
        orders.update_order(session=s, order_id=edited.id, data=order_input(
            exercise_id, number="C-3", lines=(orders.LineInput("food", "Rice, 20 kg", "EA", 1, 1),)),
            actor=ACTOR, expected_version=None)

    def found(text):
        with ledger.reader() as s:
            return [r.number for r in queries.page_orders(
                session=s, flt=queries.OrderFilter(text=text), sort="number", descending=False)]

    assert found("きりさめ") == ["A-1"]
    assert found("100%") == ["A-1"]
    assert found("100%%") == []
    assert found("b_2") == ["B_2"]
    assert found("b%2") == []
    assert found("DIESEL") == ["A-1"]
    assert found("rice") == ["C-3"]  # an edit updates what is searched
    assert found("marine diesel") == []  # the replaced lines are no longer searched


def test_overdue_filter_follows_the_agreement_deadline_and_settlements(demo):
    from acsa_desk.db import audit
    from acsa_desk.services import balances, orders, reference

    as_of = date(2026, 11, 25)
    with demo.session(actor=register_admin(demo)) as s:
        reference.set_agreement(session=s, partner_code="AUS", reference="R", settlement_months=6)
    with demo.reader() as s:
        listed = {o.order_id for o in balances.overdue(session=s, as_of=as_of)}
        filtered = {r.id for r in queries.page_orders(
            session=s, flt=queries.OrderFilter(overdue_as_of=as_of), limit=10_000)}
        assert listed and filtered == listed
        victim = next(iter(sorted(listed)))
        order = orders.get_order(session=s, order_id=victim)
        outstanding = orders.outstanding_minor(order)
        status = order.status
    if status == "invoiced":  # settling what is overdue takes the order off the list
        with demo.session(actor="officer") as s:
            orders.record_settlement(session=s, order_id=victim, settled_on=as_of, method="cash",
                                     amount_minor=outstanding, actor="officer")
        with demo.reader() as s:
            assert victim not in {r.id for r in queries.page_orders(
                session=s, flt=queries.OrderFilter(overdue_as_of=as_of), limit=10_000)}
    with demo.reader() as s:
        assert audit.verify(s).ok


def test_unsigned_past_signing_is_every_order_past_signing_lacking_a_signature(demo):
    from sqlalchemy import or_, select

    from acsa_desk.db.models import Order

    with demo.reader() as s:
        expected = set(s.scalars(select(Order.id).where(
            Order.status.in_([st.value for st in queries.PAST_SIGNING]),
            or_(Order.ordering_official_name == "", Order.issuing_official_name == ""))))
        flt = queries.OrderFilter(unsigned_past_signing=True)
        found = {r.id for r in queries.page_orders(session=s, flt=flt, limit=1000)}
        assert queries.count_orders(session=s, flt=flt) == len(found)
    assert found == expected and expected


@pytest.mark.parametrize("descending", [True, False], ids=["desc", "asc"])
@pytest.mark.parametrize("sort", sorted(queries.SORTABLE))
def test_keyset_pages_follow_the_whole_list_exactly(demo, sort, descending):
    """Page after page from the last row shown, the list is the one query's list, every
    order once (ties in the sort column broken by id, across currencies for amounts)."""
    flt = queries.OrderFilter()
    with demo.reader() as s:
        whole = queries.page_orders(session=s, flt=flt, sort=sort, descending=descending,
                                    limit=1000)
        paged: list = []
        for _ in range(20):  # 400 orders: 11 pages of 37 (a wrong key could go round forever)
            page = queries.page_orders(session=s, flt=flt, sort=sort, descending=descending,
                                       limit=37, after=paged[-1] if paged else None)
            if not page:
                break
            paged += page
    assert [r.id for r in paged] == [r.id for r in whole] and len(whole) == 400


@pytest.mark.parametrize("descending", [True, False], ids=["desc", "asc"])
@pytest.mark.parametrize("flt", [
    queries.OrderFilter(), queries.OrderFilter(partner="JPN"),
    queries.OrderFilter(text="kirisame"), queries.OrderFilter(category="fuel"),
    queries.OrderFilter(status="invoiced", direction="received"),
    queries.OrderFilter(unsigned_past_signing=True),
    queries.OrderFilter(overdue_as_of=date(2026, 11, 25)),
    queries.OrderFilter(statuses=("invoiced", "settled")),
    queries.OrderFilter(readiness="", readiness_as_of=date(2026, 11, 25)),
], ids=["all", "partner", "text", "category", "status", "unsigned", "overdue", "statuses",
        "readiness"])
@pytest.mark.parametrize("walked", [True, False], ids=["walked", "plain"])
def test_the_list_sorted_by_exercise_is_every_match_in_exercise_then_id_order(
        demo, flt, descending, walked, monkeypatch):
    """However the page is read (on PostgreSQL, exercise by exercise when most orders
    match, else the plain query), it is the filter's orders sorted by exercise name then id,
    page after page, each order once."""
    if walked:  # "most" from 8 of the 400 orders: every filter here walks the exercises
        monkeypatch.setattr(queries, "FEW_MATCHES", 0)
    with demo.reader() as s:
        matches = queries.page_orders(session=s, flt=flt, sort="number", limit=1000)
        first = queries.page_orders(session=s, flt=flt, sort="exercise",
                                    descending=descending, limit=23)
        second = queries.page_orders(session=s, flt=flt, sort="exercise",
                                     descending=descending, offset=23, limit=23)
        rest = queries.page_orders(session=s, flt=flt, sort="exercise", descending=descending,
                                   limit=1000, after=second[-1]) if second else []
    expected = sorted(matches, key=lambda r: (r.exercise, r.id), reverse=descending)
    assert len({r.exercise for r in matches}) > 1 or len(matches) < 2
    assert first + second + rest == expected and expected


def test_a_page_by_exercise_walks_the_exercises_only_on_postgresql_and_when_most_match(
        demo, monkeypatch):
    """The walk exercise by exercise (LATERAL) is PostgreSQL's plan for a filter most orders
    pass, judged from the count the caller gives or, without one, counted up to the bound;
    a filter few orders pass (one order's number) and the overdue and unsigned tiles are
    read by the plain query; SQLite always plans the plain query itself."""
    monkeypatch.setattr(queries, "FEW_MATCHES", 0)  # "most": more than 8 of the 400 orders
    sent: list[str] = []
    event.listen(demo.engine, "before_cursor_execute",
                 lambda conn, cursor, st, params, ctx, many: sent.append(st))
    postgresql = demo.engine.dialect.name == "postgresql"
    with demo.reader() as s:
        number = queries.page_orders(session=s, flt=queries.OrderFilter(), limit=1)[0].number
        cases = [(queries.OrderFilter(), True), (queries.OrderFilter(partner="JPN"), True),
                 (queries.OrderFilter(text="kirisame"), True),
                 (queries.OrderFilter(text=number), False),
                 (queries.OrderFilter(overdue_as_of=date(2026, 11, 25)), False),
                 (queries.OrderFilter(unsigned_past_signing=True), False)]
        for flt, walks in cases:
            counted = queries.count_orders(session=s, flt=flt)
            assert counted > 8 or not walks, (flt, counted)  # a walk is for most
            for matches in (None, counted):
                sent.clear()
                queries.page_orders(session=s, flt=flt, sort="exercise", limit=20,
                                    matches=matches)
                lateral = any("LATERAL" in st for st in sent)
                assert lateral == (walks and postgresql), (flt, matches, sent)


def test_keyset_paging_keeps_the_filter(demo):
    flt = queries.OrderFilter(partner="JPN")
    with demo.reader() as s:
        whole = queries.page_orders(session=s, flt=flt, sort="outstanding", limit=1000)
        first = queries.page_orders(session=s, flt=flt, sort="outstanding", limit=10)
        rest = queries.page_orders(session=s, flt=flt, sort="outstanding", limit=1000,
                                   after=first[-1])
    assert [r.id for r in first + rest] == [r.id for r in whole]
    assert {r.partner for r in rest} == {"JPN"}


@pytest.mark.parametrize("ledger", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
                         indirect=True)
def test_the_lists_reads_run_without_parallel_workers_for_their_transaction_only(demo):
    """A count or a page is a keystroke's wait: on PostgreSQL it is read without parallel
    workers (their start cost more than they saved), set for the list's transaction and
    said once; everything else the server runs keeps its settings."""
    sent = []

    def seen(conn, cursor, statement, parameters, context, executemany):
        sent.append(statement)

    event.listen(demo.engine, "before_cursor_execute", seen)
    try:
        with demo.reader() as s:
            queries.count_orders(session=s, flt=queries.OrderFilter(text="kae"))
            queries.page_orders(session=s, flt=queries.OrderFilter(text="kae"), limit=20)
            if demo.engine.dialect.name == "postgresql":
                setting = s.execute(text("SHOW max_parallel_workers_per_gather"))
                assert setting.scalar() == "0"
    finally:
        event.remove(demo.engine, "before_cursor_execute", seen)
    settings = [st for st in sent if "max_parallel_workers_per_gather = 0" in st]
    assert len(settings) == (1 if demo.engine.dialect.name == "postgresql" else 0), sent
    if demo.engine.dialect.name == "postgresql":
        with demo.reader() as s:  # the next transaction: the server's own setting again
            setting = s.execute(text("SHOW max_parallel_workers_per_gather"))
            assert setting.scalar() != "0"
