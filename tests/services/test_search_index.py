"""The orders search through its text index (db/search_index.py, issue 16): the same orders as
the rule says (the folded search anywhere in one of an order's four places, never across two),
on SQLite and PostgreSQL alike, whatever the search holds (wildcards, brackets, one or two
characters, Japanese); in step with every change in the unit of work that makes it; built for
the orders of a ledger made before it."""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import event, select

from acsa_desk.core.search import char_mask, search_fold
from acsa_desk.db import search_index
from acsa_desk.db.engine import open_ledger
from acsa_desk.db.models import Invoice, Order, Settlement
from acsa_desk.interchange.orders_import import import_orders
from acsa_desk.services import orders, queries, reference
from acsa_desk.services.demo import fill_demo
from acsa_desk.services.partner_numbers import set_partner_order_number
from tests.conftest import ACTOR, DATA, both_officials, order_input
from tests.interchange.conftest import csv_text, order_row

#: Texts that test the edges of the rule: case and width in several scripts, the wildcards of
#: LIKE and GLOB, the FTS5 query syntax, places side by side.
TRICKY = [
    ("A-1", "ＳＵＺＵＫＩ 鈴木 ｶﾝﾀﾞ", "Élan *star? [x] 100% a_b", "inv*[1]", "\"quoted\" AND or"),
    ("B-2", "護衛艦 きりさめ", "Ωmega ΣΊΣΥΦΟΣ straße", "INV-2?", "set%_\\x"),
    ("C-3", "HMCS Montréal", "Diesel F-76 [bracket", "N/A", "ref (1) NEAR x"),
]

SEARCHES = [
    "suzuki", "ＳＵＺＵＫＩ", "鈴木", "鈴", "カンダ", "ｶﾝﾀﾞ", "élan", "ÉLAN", "*star?", "star",
    "[x]", "[", "]", "100%", "%", "a_b", "_", "\\", "\\x", "inv*[1]", "*", "?", "inv-2?",
    "\"quoted\"", "\"", "and or", "AND", "near", "(1)", "きりさめ", "り", "σίσυφος", "ωmega",
    "Ω", "strasse", "straße", "montréal", "montreal", "[bracket", "n/a", "a-1 hmcs",
    "sea of japan", "tremblay", "田中", "f-76", "zz", "no such order anywhere", "k", "ka",
    "kirisame mv", "cdr", "e", "76 p",
]


def _make(ledger) -> None:
    """The tricky orders, signed, delivered, invoiced and part-settled, then a demo's."""
    with ledger.session() as s:
        exercise_id = reference.create_exercise(session=s, data=reference.ExerciseInput(
            name="KAEDEX 2025", starts_on=date(2025, 6, 1), ends_on=date(2025, 6, 30),
            partners=("JPN",))).id
        for number, unit, description, invoice_ref, settlement_ref in TRICKY:
            order = orders.create_order(session=s, data=order_input(
                exercise_id, number, requesting_unit=unit, delivery_place=description,
                lines=(orders.LineInput("fuel", description, "L", Decimal(10), 112),)),
                actor=ACTOR)
            orders.sign(session=s, order_id=order.id, signed_on=date(2025, 6, 3),
                        actor="officer", **both_officials())
            lines = orders.order_lines(session=s, order_id=order.id)
            orders.record_delivery(session=s, order_id=order.id, delivered_on=date(2025, 6, 4),
                                   quantities={ln.id: Decimal(ln.quantity) for ln in lines},
                                   actor=ACTOR)
            orders.record_receipt(session=s, order_id=order.id, received_on=date(2025, 6, 5),
                                  received_by="PO1 Roy", condition="as ordered", actor=ACTOR)
            orders.raise_invoice(session=s, order_id=order.id, reference_text=invoice_ref,
                                 issued_on=date(2025, 6, 20), actor=ACTOR)
            orders.record_settlement(session=s, order_id=order.id, settled_on=date(2025, 7, 1),
                                     method="cash", amount_minor=100, reference_text=settlement_ref,
                                     actor=ACTOR)
    with ledger.session() as s:
        fill_demo(session=s, orders=40, seed=11, today=date(2026, 11, 25))


def _places(ledger) -> dict[int, list[str]]:
    """Each order's four places as the rule folds them (Python's folding, from the rows)."""
    with ledger.reader() as s:
        places = {o.id: [o.search_text, search_fold(" ".join(
            getattr(o, c) for c in search_index.SEARCHED_COLUMNS)) or ""]
            for o in s.scalars(select(Order))}
        for model in (Invoice, Settlement):
            for order_id, reference in s.execute(select(model.order_id, model.reference)):
                places[order_id].append(search_fold(reference) or "")
    return places


def _found(ledger, text: str) -> tuple[set[int], int]:
    flt = queries.OrderFilter(text=text)
    with ledger.reader() as s:
        rows = queries.page_orders(session=s, flt=flt, limit=10_000)
        return {r.id for r in rows}, queries.count_orders(session=s, flt=flt)


def _expected(places: dict[int, list[str]], text: str) -> set[int]:
    folded = search_fold(text.strip()) or ""
    return {oid for oid, texts in places.items() if any(folded in t for t in texts)}


def _searches(places: dict[int, list[str]]) -> list[str]:
    """The fixed searches, pieces of every place of some orders (1 to 9 characters), and
    pieces that straddle two places (found only if one place holds them too)."""
    rng = random.Random(16)
    found = list(SEARCHES)
    for texts in rng.sample(list(places.values()), 12):
        for text in texts:
            if text:
                start = rng.randrange(len(text))
                found.append(text[start:start + rng.randint(1, 9)])
        found.append(texts[0][-4:] + search_index.SEP + texts[1][:4])  # never a match
        found.append(texts[0][-3:] + " " + texts[1][:3])
    return found


def test_the_search_finds_exactly_what_the_rule_says(ledger):
    """Run on both backends against the same expected orders: SQLite and PostgreSQL give
    the same rows for the same search."""
    _make(ledger)
    places = _places(ledger)
    wrong = {}
    for text in _searches(places):
        want = _expected(places, text)
        rows, count = _found(ledger, text)
        if rows != want or count != len(want):
            wrong[text] = (sorted(rows - want), sorted(want - rows), count, len(want))
    assert wrong == {}
    assert _found(ledger, "ｓｕｚｕｋｉ")[1] == 1 and _found(ledger, "no such order anywhere")[1] == 0


def test_a_page_of_many_matches_walks_the_list_and_gives_the_same_rows(ledger, monkeypatch):
    """A search matching most orders reads its page in the list's order (SQLite), one matching
    few reads and sorts them, a short one matching less walks the list among its matches: the
    same rows, in the same order, on every page."""
    _make(ledger)
    flt = queries.OrderFilter(text="can-")

    def pages(sort: str) -> list[int]:
        with ledger.reader() as s:
            first = queries.page_orders(session=s, flt=flt, sort=sort, limit=7)
            rest = queries.page_orders(session=s, flt=flt, sort=sort, limit=10_000,
                                       after=first[-1])
            return [r.id for r in first + rest]

    for sort in ("ordered_on", "outstanding", "number"):
        few = pages(sort)
        monkeypatch.setattr(queries, "FEW_MATCHES", 0)
        monkeypatch.setattr(queries, "MOST_DIVISOR", 10**9)
        most = pages(sort)
        monkeypatch.setattr(queries, "FEW_MATCHES", 1000)
        monkeypatch.setattr(queries, "MOST_DIVISOR", 50)
        assert len(few) > 10 and few == most
    flt = queries.OrderFilter(text="a")  # too short for a trigram: most, or many
    most = pages("ordered_on")
    monkeypatch.setattr(queries, "SAMPLE", 0)
    assert len(most) > 10 and pages("ordered_on") == most


def _search(session, text: str) -> list[str]:
    return sorted(r.number for r in queries.page_orders(
        session=session, flt=queries.OrderFilter(text=text), limit=1000))


def test_every_change_is_searchable_at_once_in_its_own_unit_of_work(ledger, exercise_id,
                                                                    tmp_path):
    with ledger.session() as s:
        order = orders.create_order(session=s, data=order_input(
            exercise_id, "CAN-JPN-25-0007", lines=(orders.LineInput("fuel", "Widget alpha", "L",
                                                                     Decimal(5), 112),)),
            actor=ACTOR)
        assert _search(s, "widget alpha") == ["CAN-JPN-25-0007"]  # before the commit
    with ledger.session() as s:
        orders.update_order(session=s, order_id=order.id, data=order_input(
            exercise_id, "CAN-JPN-25-0007", requesting_poc="Lt Ōkubo",
            lines=(orders.LineInput("fuel", "Gizmo beta", "L", Decimal(5), 112),)),
            actor=ACTOR, expected_version=None)
        assert _search(s, "gizmo") == ["CAN-JPN-25-0007"] and _search(s, "widget") == []
        assert _search(s, "ōkubo") == ["CAN-JPN-25-0007"]
        set_partner_order_number(session=s, order_id=order.id, value="JMSDF-77-1234", actor=ACTOR)
        assert _search(s, "jmsdf-77") == ["CAN-JPN-25-0007"]
        orders.sign(session=s, order_id=order.id, signed_on=date(2025, 6, 3), actor="officer",
                    **both_officials())
        assert _search(s, "hiroshi sato") == ["CAN-JPN-25-0007"]
        lines = orders.order_lines(session=s, order_id=order.id)
        orders.record_delivery(session=s, order_id=order.id, delivered_on=date(2025, 6, 4),
                               quantities={ln.id: Decimal(ln.quantity) for ln in lines},
                               actor=ACTOR)
        orders.record_receipt(session=s, order_id=order.id, received_on=date(2025, 6, 5),
                              received_by="PO1 Roy", condition="as ordered", actor=ACTOR)
        orders.raise_invoice(session=s, order_id=order.id, reference_text="INV-4242",
                             issued_on=date(2025, 6, 20), actor=ACTOR)
        assert _search(s, "inv-4242") == ["CAN-JPN-25-0007"]
        paid = orders.record_settlement(session=s, order_id=order.id, settled_on=date(2025, 7, 1),
                                        method="cash", amount_minor=100,
                                        reference_text="SWIFT-998877", actor=ACTOR)
    with ledger.session() as s:
        orders.reverse_settlement(session=s, settlement_id=paid.id, reason="wrong order",
                                  actor=ACTOR)
        assert _search(s, "swift-998877") == ["CAN-JPN-25-0007"]  # both entries keep it
    imported = tmp_path / "orders.csv"
    imported.write_text(csv_text([order_row(description="Replenishment at sea, Ｆ－７６"),
                                  order_row(order_number="CAN-JPN-25-0102",
                                            requesting_unit="HMCS Ville de Québec")]),
                        encoding="utf-8", newline="")
    with ledger.session() as s:
        import_orders(session=s, path=imported, actor=ACTOR)
        assert _search(s, "replenishment at sea, f-76") == ["CAN-JPN-25-0101"]
    with ledger.reader() as s:
        assert _search(s, "ville de québec") == ["CAN-JPN-25-0102"]
        assert _search(s, "gizmo beta") == ["CAN-JPN-25-0007"]
    if ledger.is_sqlite:  # FTS5's own check of its index against the documents
        with ledger.session() as s:
            s.connection().exec_driver_sql(
                f"INSERT INTO {search_index.TABLE} ({search_index.TABLE}, rank) "
                "VALUES ('integrity-check', 1)")


def test_a_ledger_made_before_the_index_is_searchable_after_its_upgrade(tmp_path):
    """The upgrade fills the index with every order of the ledger (its units, lines, invoice
    and settlement references); SQLite only: PostgreSQL indexes the orders' own columns."""
    path = tmp_path / "old.sqlite"
    shutil.copy(DATA / "ledger-schema-0001.sqlite", path)
    ledger = open_ledger(path)
    try:
        places = _places(ledger)
        assert len(places) == 60
        with ledger.reader() as s:
            assert s.get(Order, 3).number in _search(s, "montréal")  # a unit
            assert _search(s, "inv-jpn-000005") == [s.get(Order, 5).number]  # an invoice
            assert _search(s, "pay-000007-2") == [s.get(Order, 7).number]  # a settlement
        for text in ("montréal", "naha", "kadena 1", "a", "inv-jpn", "pay-0000", "zz"):
            assert _found(ledger, text) == (_expected(places, text),
                                            len(_expected(places, text)))
    finally:
        ledger.close()
    with sqlite3.connect(path) as raw:
        assert raw.execute(f"SELECT count(*) FROM {search_index.DOCS}").fetchone() == (60,)


POSTGRESQL = [pytest.param("postgresql", marks=pytest.mark.postgres)]


def _sent(ledger, flt: queries.OrderFilter) -> tuple[str, object]:
    caught: list[tuple[str, object]] = []

    def catch(conn, cursor, statement, parameters, context, executemany):
        caught.append((statement, parameters))

    event.listen(ledger.engine, "before_cursor_execute", catch)
    try:
        with ledger.reader() as s:
            queries.count_orders(session=s, flt=flt)
    finally:
        event.remove(ledger.engine, "before_cursor_execute", catch)
    return caught[-1]


@pytest.mark.parametrize("ledger", POSTGRESQL, indirect=True)
def test_postgresql_compares_each_place_through_its_trigram_index(ledger, exercise_id):
    with ledger.session() as s:
        orders.create_order(session=s, data=order_input(exercise_id), actor=ACTOR)
    statement, parameters = _sent(ledger, queries.OrderFilter(text="kirisame"))
    with ledger.engine.begin() as c:
        c.exec_driver_sql("SET LOCAL enable_seqscan = off")  # the plan of a large ledger
        plan = json.dumps(c.exec_driver_sql("EXPLAIN (FORMAT JSON) " + statement,
                                            parameters).scalar())
    for name in search_index.PG_INDEXES:
        assert f'"Index Name": "{name}"' in plan, plan


@pytest.mark.parametrize("ledger", POSTGRESQL, indirect=True)
@pytest.mark.parametrize("text", ["k", "zq", "kirisame"])
def test_postgresql_reads_the_documents_it_keeps_and_folds_no_row(ledger, exercise_id, text):
    """The folded places are generated columns the server fills when a row is written, and
    each order's document is made from them by triggers: a search, short or long, reads the
    documents and never folds a row (at 100k orders folding each order's columns took 2.7 s
    of a first keystroke)."""
    data = order_input(exercise_id, delivery_place="Yokosuka ＢＥＲＴＨ 7")
    with ledger.session() as s:
        order_id = orders.create_order(session=s, data=data, actor=ACTOR).id
    statement, parameters = _sent(ledger, queries.OrderFilter(text=text))
    with ledger.engine.begin() as c:
        plan = json.dumps(c.exec_driver_sql("EXPLAIN (FORMAT JSON, VERBOSE) " + statement,
                                            parameters).scalar())
        kept = c.exec_driver_sql(
            f"SELECT searched_fold FROM acsa_order WHERE id = {order_id}").scalar()
        doc = c.exec_driver_sql(
            f"SELECT doc FROM {search_index.DOCS} WHERE id = {order_id}").scalar()
    with ledger.reader() as s:
        order = s.get(Order, order_id)
        joined = " ".join(getattr(order, name) or "" for name in search_index.SEARCHED_COLUMNS)
        search_text = order.search_text
    assert "normalize" not in plan.lower() and "lower(" not in plan.lower(), plan
    assert search_index.DOCS in plan and "acsa_order.search_text" not in plan, plan
    # the pattern is in the statement's text: no generic plan of a prepared statement, which
    # would not know how short it is (the driver prepares after five runs of one text)
    if text == "k":  # one letter: its bit in the documents' masks decides (search_chars)
        assert f"chars & {char_mask('k')}) = {char_mask('k')}" in statement, statement
    else:
        assert f"'%%{text}%%'" in statement  # (the driver's %% for a percent sign)
    assert kept == search_fold(joined) and "yokosuka berth 7" in kept
    assert doc == search_text + search_index.SEP + kept


@pytest.mark.parametrize("ledger", POSTGRESQL, indirect=True)
def test_a_postgresql_ledger_of_0015_is_searched_the_same_after_its_upgrade(ledger):
    """0016 makes the folded columns and the documents of a ledger's existing rows and one
    trigram index on the documents; its downgrade puts 0014's expression indexes back."""
    from alembic import command

    from acsa_desk.db import migrations

    _make(ledger)
    places = _places(ledger)
    texts = ("montréal", "a", "zz", "inv-", "pay-0", "kirisame", "ｓｕｚｕｋｉ")

    def columns_and_indexes():
        with ledger.engine.connect() as c:
            columns = set(c.exec_driver_sql(
                "SELECT table_name || '.' || column_name FROM information_schema.columns "
                "WHERE right(column_name, 5) = '_fold'").scalars())
            indexes = dict(c.exec_driver_sql(
                "SELECT indexname, indexdef FROM pg_indexes WHERE right(indexname, 5) = '_trgm'"
            ).all())
        return columns, indexes

    with ledger.engine.begin() as c:
        command.downgrade(migrations.alembic_config(c), "0015_audit_packed")
        assert c.exec_driver_sql(f"SELECT to_regclass('{search_index.DOCS}')").scalar() is None
    columns, indexes = columns_and_indexes()
    assert columns == set() and len(indexes) == 4  # 0014's, one a place
    assert "NORMALIZE(reference, NFKC)" in indexes["ix_invoice_reference_trgm"]
    migrations.upgrade(ledger.engine)
    columns, indexes = columns_and_indexes()
    assert columns == {f"{table}.{column}" for table, column in search_index.PG_FOLDED}
    assert set(indexes) == set(search_index.PG_INDEXES)
    assert "(doc gin_trgm_ops)" in indexes["ix_order_search_doc_trgm"]
    with ledger.engine.connect() as c:
        assert search_index.problems(c) == []  # every order's document, as its rows make it
    for text in texts:
        want = _expected(places, text)
        assert _found(ledger, text) == (want, len(want)), text


@pytest.mark.parametrize("ledger", POSTGRESQL, indirect=True)
def test_without_pg_trgm_the_upgrade_goes_on_and_the_search_still_works(ledger, exercise_id):
    """A ledger's owner that may not create the extension: the indexes are left out (a
    warning), nothing else changes, the search reads every order and finds the same."""
    with ledger.session() as s:
        orders.create_order(session=s, data=order_input(exercise_id), actor=ACTOR)
    with ledger.engine.begin() as c:
        c.exec_driver_sql("DROP EXTENSION pg_trgm CASCADE")
        c.exec_driver_sql("CREATE ROLE acsa_search_weak NOLOGIN")
        c.exec_driver_sql("SET LOCAL ROLE acsa_search_weak")
        assert search_index.create_pg(c) is False
        c.exec_driver_sql("RESET ROLE")
        c.exec_driver_sql("DROP ROLE acsa_search_weak")
    with ledger.reader() as s:
        assert _search(s, "kirisame") == ["CAN-JPN-25-0001"]
    with ledger.engine.begin() as c:
        assert search_index.create_pg(c) is True  # a superuser's connection
        assert c.exec_driver_sql("SELECT count(*) FROM pg_indexes WHERE right(indexname, 5) "
                                 "= '_trgm'").scalar() == len(search_index.PG_INDEXES)


def test_an_index_made_without_positions_is_rebuilt_when_the_ledger_opens(tmp_path):
    """Migration 0014 first made its FTS5 table with detail='none' (no phrase queries): such a
    ledger gets the index it should have on its next opening."""
    path = tmp_path / "ledger.sqlite"
    ledger = open_ledger(path)
    with ledger.session() as s:
        fill_demo(session=s, orders=30, seed=2, today=date(2026, 11, 25))
    with ledger.engine.begin() as c:
        search_index.drop_sqlite(c)
        c.exec_driver_sql(
            f"CREATE VIRTUAL TABLE {search_index.TABLE} USING fts5(doc, content = "
            f"'{search_index.DOCS}', content_rowid = 'id', tokenize = 'trigram case_sensitive 1'"
            ", detail = 'none', columnsize = 0)")
    ledger.close()
    ledger = open_ledger(path)
    try:
        places = _places(ledger)
        for text in ("kirisame", "k", "zq"):  # (the short ones through the masks, rebuilt too)
            assert _found(ledger, text) == (_expected(places, text),
                                            len(_expected(places, text))), text
        assert _expected(places, "kirisame") and _expected(places, "k")
    finally:
        ledger.close()


@pytest.mark.parametrize("ledger", POSTGRESQL, indirect=True)
def test_postgresql_verify_names_a_document_changed_by_hand(ledger, exercise_id):
    with ledger.session() as s:
        order_id = orders.create_order(session=s, data=order_input(exercise_id), actor=ACTOR).id
    with ledger.engine.connect() as c:
        assert search_index.problems(c) == []
    with ledger.engine.begin() as c:
        c.exec_driver_sql(f"UPDATE {search_index.DOCS} SET doc = 'nothing' WHERE id = {order_id}")
    with ledger.engine.connect() as c:
        found = search_index.problems(c)
    assert len(found) == 1 and f"orders {order_id} " in found[0]
    with ledger.reader() as s:
        assert _search(s, "kirisame") == []  # what the search reads: the document
