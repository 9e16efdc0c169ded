"""The search documents' character masks (db/search_chars.py, issue 16): the same bits on both
backends as ``core.search.char_mask``, kept by the database through every write, checked by
``verify``, made for the documents of a ledger from before them, and read by the searches of
one or two characters (which find what the rule says: tests/services/test_search_index.py)."""

from __future__ import annotations

import random

import pytest

from acsa_desk.core.search import MASKED, char_mask, search_fold
from acsa_desk.db import search_chars, search_index
from acsa_desk.db.engine import open_ledger
from acsa_desk.services import integrity, queries
from acsa_desk.services.demo import fill_demo
from acsa_desk.services.partner_numbers import set_partner_order_number
from tests.conftest import ACTOR
from tests.services.test_search_index import (
    POSTGRESQL,
    SEARCHES,
    TRICKY,
    _expected,
    _found,
    _make,
    _places,
    _sent,
)


def test_the_mask_has_one_bit_per_letter_and_digit_held():
    assert char_mask("k") == 1 << 10 and char_mask("0") == 1 << 26 and char_mask("9") == 1 << 35
    assert char_mask("kk-k") == char_mask("k") and char_mask("zq") == (1 << 25) | (1 << 16)
    assert char_mask(MASKED) == (1 << 36) - 1 < 2 ** 63  # a signed 64-bit column holds it
    assert char_mask("キΩé Ж!") == 0 and char_mask("") == 0 and char_mask(None) == 0
    assert char_mask("K") == 0  # folded text only: the search and the documents are folded
    assert char_mask(search_fold("ＫＩ ７")) == char_mask("ki7")


def _documents(ledger) -> list[tuple[int, str, int]]:
    with ledger.reader() as s:
        return s.connection().exec_driver_sql(
            f"SELECT id, doc, chars FROM {search_index.DOCS} ORDER BY id").all()


def _wrong_masks(ledger) -> list[int]:
    return [i for i, doc, chars in _documents(ledger) if chars != char_mask(doc)]


def test_every_write_leaves_each_document_its_mask(ledger):
    """New orders, invoices and settlements (_make), an edited order: every document's mask
    is its text's, whoever wrote it; and a one-letter search finds the new text at once."""
    _make(ledger)
    assert len(_documents(ledger)) > 40 and _wrong_masks(ledger) == []
    places = _places(ledger)
    target, letter = next((oid, ch) for oid in sorted(places) for ch in MASKED
                          if oid not in _expected({oid: places[oid]}, ch))
    with ledger.session() as s:
        set_partner_order_number(session=s, order_id=target, value=f"X{letter}-1".upper(),
                                 actor=ACTOR)
    assert _wrong_masks(ledger) == []
    want = _expected(_places(ledger), letter)  # the order's new character found at once
    assert target in want and _found(ledger, letter) == (want, len(want))


@pytest.mark.parametrize("ledger", POSTGRESQL, indirect=True)
def test_postgresql_computes_the_bits_python_computes(ledger):
    """The generated column's expression against ``char_mask`` on the tricky texts, the
    searches, and random text over letters, digits, capitals and other scripts."""
    texts = [t for row in TRICKY for t in row] + SEARCHES
    rng = random.Random(17)
    alphabet = MASKED + "ABZ é-ΩきりＫ７٣\u200b %_"
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
              for _ in range(300)]
    folded = [search_fold(t) or "" for t in texts]
    with ledger.engine.connect() as c:
        got = [c.exec_driver_sql(f"SELECT {search_chars.pg_expression('%(t)s')}",
                                 {"t": t}).scalar() for t in folded]
    assert got == [char_mask(t) for t in folded]


def test_verify_names_a_mask_changed_by_hand(tmp_path):
    """A mask edited outside the program would hide an order from a one-letter search."""
    ledger = open_ledger(tmp_path / "ledger.sqlite")
    try:
        with ledger.session() as s:
            fill_demo(session=s, orders=12, seed=3)
        with ledger.reader() as s:
            assert integrity.verify(s).problems == []
        with ledger.engine.begin() as c:  # (the triggers set the mask only when doc changes)
            c.exec_driver_sql(f"UPDATE {search_index.DOCS} SET chars = 0 WHERE id = 5")
        with ledger.reader() as s:
            problems = integrity.verify(s).problems
        assert len(problems) == 1 and "character masks" in problems[0], problems
        assert "orders 5 " in problems[0]
    finally:
        ledger.close()


def test_a_ledger_from_before_the_masks_gets_them_on_upgrade(ledger):
    """0017 on a ledger of 0016 (its documents there, no masks): each document's mask is made,
    and the short searches find what the rule says; its downgrade takes the column away."""
    from alembic import command

    from acsa_desk.db import migrations

    _make(ledger)
    with ledger.engine.begin() as c:
        command.downgrade(migrations.alembic_config(c), "0016_search_folded")
        assert not search_chars.has_column(c)
        if c.dialect.name == "sqlite":
            names = {n for (n,) in c.exec_driver_sql("SELECT name FROM sqlite_master")}
            assert not names & {search_chars.INDEX, *search_chars.SQLITE_TRIGGERS}
    migrations.upgrade(ledger.engine)
    assert _wrong_masks(ledger) == []
    places = _places(ledger)
    for text in ("k", "zq", "e", "7", "ka", "-7", "り"):
        want = _expected(places, text)
        assert _found(ledger, text) == (want, len(want)), text


def test_a_one_letter_search_is_counted_in_the_masks_index(tmp_path):
    """SQLite: the count of a one-letter search reads the narrow index, not the documents; a
    two-letter one tests each document's mask before its text."""
    ledger = open_ledger(tmp_path / "ledger.sqlite")
    try:
        with ledger.session() as s:
            fill_demo(session=s, orders=5, seed=3)
        for text, wanted in (("k", f"COVERING INDEX {search_chars.INDEX}"),
                             ("zq", "chars &")):
            statement, parameters = _sent(ledger, queries.OrderFilter(text=text))
            with ledger.reader() as s:
                plan = " ".join(str(row[3]) for row in s.connection().exec_driver_sql(
                    "EXPLAIN QUERY PLAN " + statement, parameters))
            assert wanted in (plan if text == "k" else statement), (text, plan, statement)
            assert ("GLOB" in statement) == (text == "zq")
    finally:
        ledger.close()



@pytest.mark.parametrize("ledger", POSTGRESQL, indirect=True)
def test_postgresql_plans_a_short_search_by_the_share_of_each_bit(ledger):
    """Each bit's test has its statistics (without them the planner takes it to hold for
    0.5 % of the documents and joins every match one by one); a pair's count reads the
    masks in a query of their own and the texts of those that pass."""
    _make(ledger)
    with ledger.engine.begin() as c:
        c.exec_driver_sql(f"ANALYZE {search_index.DOCS}")
    held = len(_expected(_places(ledger), "k"))
    statement, parameters = _sent(ledger, queries.OrderFilter(text="k"))
    with ledger.engine.connect() as c:
        plan = c.exec_driver_sql("EXPLAIN (FORMAT JSON) " + statement, parameters).scalar()
    scan = plan[0]["Plan"]["Plans"][0]
    assert held > 20 and scan["Plan Rows"] >= held / 2, (held, scan)
    statement, parameters = _sent(ledger, queries.OrderFilter(text="zq"))
    with ledger.engine.connect() as c:
        plan = "\n".join(row[0] for row in c.exec_driver_sql("EXPLAIN " + statement, parameters))
    masks, texts = plan.index(f"& '{char_mask('z')}'"), plan.index("~~ '%zq%'")
    assert "Subquery Scan" in plan and texts < masks, plan  # the LIKE above, on what passes
