"""Hostile files, as an attacker or a careless user writes them (issue 9, sections 1-3, 7).

Mostly valid files with a few known defects: a file without defects must come in exactly
as written (the whole ledger content is compared with what the file says); a file with
defects must be refused naming the row and column of every one, the ledger unchanged. Each
hostile value is also checked on both backends, which must accept exactly the same files.
"""

import itertools
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from acsa_desk.core.errors import ImportRejected
from acsa_desk.db.engine import open_ledger
from acsa_desk.interchange.orders_import import import_orders
from tests.interchange.conftest import ORDER_HEADER, csv_text, order_row, snapshot

EXPONENT = {"CAD": 2, "JPY": 0, "USD": 2, "KWD": 3}
FILES = itertools.count()  # every generated file has its own order numbers

# (column, value, what the message says): each one refused, on both backends.
HOSTILE = [
    ("quantity", "9" * 40, "largest quantity"),
    ("quantity", "9" * 41, "plain decimal"),
    ("quantity", "9999999999999", "largest quantity"),
    ("quantity", "0.00000000001", "decimals"),
    ("unit_price", str(2**63), "largest amount"),
    ("unit_price", str(2 * (2**63 - 1)), "largest amount"),
    ("unit_price", "1000000000000001", "largest amount"),
    ("order_number", "CAN\u2010JPN-1", "U+2010"),
    ("order_number", "CAN-JPN-1\u200b", "U+200B"),
    ("order_number", "CAN-\ufeffJPN-1", "U+FEFF"),
    ("order_number", "CAN JPN 1", "without spaces"),
    ("order_number", "N" * 61, "at most 60"),
    ("order_number", "N" * 100_000, "at most 60"),
    ("order_number", "A\x00B", "U+0000"),
    ("description", "Diesel\x00", "U+0000"),
    ("description", "Diesel \u202eleuf", "U+202E"),
    ("description", "Diesel\u200b", "U+200B"),
    ("description", "D" * 2001, "at most 2000"),
    ("requesting_unit", "JS Kirisame\x07", "U+0007"),
    ("requesting_unit", "U" * 201, "at most 200"),
    ("exercise", "KAEDEX\u2066 2025", "U+2066"),
    ("unit_of_issue", "L" * 21, "at most 20"),
    ("nsn", "\u0669\u0661\u0664\u0660000273\u0662\u0663\u0667\u0667", "NATO Stock Number"),
    ("ordered_on", "\u0662\u0660\u0662\u0665-06-03", "YYYY-MM-DD"),
    ("ordered_on", "0001-01-01", "outside the dates"),
    ("delivered_on", "2999-06-04", "outside the dates"),
    ("currency", "XAU", "not a currency of payment"),
    ("currency", "XTS", "not a currency of payment"),
]


def _import(ledger, path):
    with ledger.session() as s:
        return import_orders(session=s, path=path, actor="clerk")


@pytest.mark.parametrize(("column", "value", "fragment"), HOSTILE,
                         ids=[f"{c}-{i}" for i, (c, _v, _f) in enumerate(HOSTILE)])
def test_each_hostile_value_is_refused_alike_on_both_backends(ledger, write, column, value,
                                                             fragment):
    path = write([order_row(order_number="GOOD-1"), order_row(**{column: value})])
    before = snapshot(ledger)
    with pytest.raises(ImportRejected) as info:
        _import(ledger, path)
    assert any(d.row == 3 and d.column == column and fragment in d.message
               for d in info.value.defects), [str(d)[:200] for d in info.value.defects]
    assert all(len(str(d)) < 400 for d in info.value.defects)  # one readable line
    assert snapshot(ledger) == before


def test_the_bounds_are_reachable_and_every_sum_fits(ledger, write):
    """The largest line the ledger takes comes in; balances add it up on both backends."""
    rows = [order_row(order_number=f"MAX-{n}", currency="JPY", unit_price="1000000000000000",
                      quantity="1", delivered_quantity="1", nsn="") for n in range(3)]
    _import(ledger, write(rows))
    from acsa_desk.services import balances

    with ledger.reader() as s:
        (row,) = balances.balances(session=s)
    assert row.receivable_minor == 3 * 10**15


def test_a_refusal_writes_its_quantities_as_the_file_may_hold_them(ledger, write):
    """A quantity named in a refusal is one the import reads back: 0.0000000001, never the
    exponent Decimal prints (1E-10); on both backends."""
    path = write([order_row(quantity="0.0000000001", delivered_quantity="0.0000000002"),
                  order_row(order_number="BIG-1", currency="JPY", unit_price="1000000000000000",
                            quantity="1.0000000001", delivered_quantity="0")])
    with pytest.raises(ImportRejected) as info:
        _import(ledger, path)
    messages = {(d.row, d.column): d.message for d in info.value.defects}
    assert messages[(2, "delivered_quantity")] == (
        "0.0000000002 is more than the quantity ordered (0.0000000001)")
    assert messages[(3, "unit_price")].startswith("1.0000000001 x 1000000000000000 is above")
    assert not any("E-" in d.message for d in info.value.defects)


def test_a_bom_in_the_middle_of_a_file_is_not_part_of_an_order_number(ledger, write):
    good = csv_text([order_row()])
    path = write([], raw=(good + "\ufeff" + good.split("\r\n", 1)[1]).encode("utf-8"))
    with pytest.raises(ImportRejected) as info:
        _import(ledger, path)
    assert any(d.row == 3 and d.column == "order_number" and "U+FEFF" in d.message
               for d in info.value.defects)


# --- the property: mostly valid files, a few defects -------------------------------------------


@st.composite
def valid_order(draw, index):
    currency = draw(st.sampled_from(sorted(EXPONENT)))
    places = EXPONENT[currency]
    lines = []
    for _ in range(draw(st.integers(1, 3))):
        quantity = Decimal(draw(st.integers(1, 10**6))).scaleb(-draw(st.integers(0, 3)))
        share = draw(st.sampled_from([0, 1, 2]))  # nothing, half, all delivered
        delivered = {0: Decimal(0), 1: quantity / 2, 2: quantity}[share]
        # an order bills at most 10^15 minor units once delivered in full (3 lines of 10^14)
        price_minor = draw(st.integers(0, 10**8))
        lines.append((quantity, delivered, price_minor))
    number = f"H{index}-" + draw(st.text("ABCXYZ0189-/_.", min_size=1, max_size=8))
    return {"number": number, "currency": currency, "places": places, "lines": lines,
            "partner": draw(st.sampled_from(["JPN", "USA", "AUS"])),
            "description": draw(st.sampled_from(["Diesel F-76", "燃料 軽油", "Eau potable",
                                                 "قطع غيار", "Line one\nline two"]))}


def _rows(order):
    rows = []
    for quantity, delivered, price_minor in order["lines"]:
        price = Decimal(price_minor).scaleb(-order["places"])
        rows.append(order_row(
            order_number=order["number"], currency=order["currency"], partner=order["partner"],
            category="food", nsn="", description=order["description"],
            quantity=format(quantity, "f"), unit_price=format(price, "f"),
            delivered_quantity=format(delivered, "f"),
            delivered_on="2025-06-04" if delivered else ""))
    return rows


@st.composite
def hostile_file(draw):
    file_no = next(FILES)
    orders = [draw(valid_order(f"{file_no}.{n}")) for n in range(draw(st.integers(1, 5)))]
    rows = [row for order in orders for row in _rows(order)]
    defects = []
    for _ in range(draw(st.sampled_from([0, 0, 1, 2]))):
        at = draw(st.integers(0, len(rows) - 1))
        column, value, _fragment = draw(st.sampled_from(HOSTILE))
        if any(d[0] == at for d in defects):
            continue
        rows[at] = {**rows[at], column: value}
        defects.append((at, column))
    return orders, rows, defects


def _content(ledger):
    with ledger.engine.connect() as c:
        orders = c.execute(text(
            "SELECT number, partner_code, currency, status, billable_minor, settled_minor "
            "FROM acsa_order ORDER BY number")).all()
        lines = c.execute(text(
            "SELECT o.number, l.line_no, l.description, l.quantity, l.delivered_quantity, "
            "l.unit_price_minor, l.billable_minor FROM order_line l "
            "JOIN acsa_order o ON o.id = l.order_id ORDER BY o.number, l.line_no")).all()
    return [tuple(r) for r in orders], [tuple(r) for r in lines]


def _expected(orders):
    heads, lines = [], []
    for order in sorted(orders, key=lambda o: o["number"]):
        total = 0
        for no, (quantity, delivered, price_minor) in enumerate(order["lines"], 1):
            amount = int((delivered * price_minor).quantize(Decimal(1), rounding=ROUND_HALF_UP))
            total += amount
            lines.append((order["number"], no, order["description"], format(quantity, "f"),
                          format(delivered, "f"), price_minor, amount))
        status = "delivered" if any(d for _q, d, _p in order["lines"]) else "requested"
        heads.append((order["number"], order["partner"], order["currency"], status, total, 0))
    return heads, lines


@pytest.fixture
def sqlite_ledger(tmp_path):
    ledger = open_ledger(tmp_path / "hostile.sqlite")
    yield ledger
    ledger.close()


@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(case=hostile_file())
def test_a_file_comes_in_exactly_as_written_or_not_at_all(sqlite_ledger, tmp_path, case):
    orders, rows, defects = case
    path = tmp_path / "file.csv"
    path.write_text(csv_text(rows, ORDER_HEADER), encoding="utf-8", newline="")
    before = _content(sqlite_ledger)
    try:
        _import(sqlite_ledger, path)
    except ImportRejected as rejected:
        assert defects, f"a valid file was refused: {[str(d) for d in rejected.defects]}"
        named = {(d.row, d.column) for d in rejected.defects}
        for at, column in defects:
            assert (at + 2, column) in named, (at + 2, column, sorted(named))
        assert _content(sqlite_ledger) == before
        return
    assert not defects, f"a file with defects was accepted: {defects}"
    heads, lines = _expected(orders)
    after_heads, after_lines = _content(sqlite_ledger)
    new = {h[0] for h in heads}
    assert [h for h in after_heads if h[0] in new] == heads
    assert [ln for ln in after_lines if ln[0] in new] == lines
    assert len(after_heads) == len(before[0]) + len(heads)  # nothing else came in


def test_an_order_is_bounded_as_if_delivered_in_full_as_in_the_window(ledger, write):
    """Nothing delivered yet, but the order's lines would bill more than 10^15 minor units
    once delivered: refused, as the window refuses it (services/rules.check_order_total)."""
    rows = [order_row(order_number="BIG-1", quantity="1000000", unit_price="10000000.00",
                      delivered_quantity="0", delivered_on="", nsn=""),
            order_row(order_number="BIG-1", quantity="1", unit_price="0.01",
                      delivered_quantity="0", delivered_on="", nsn="", category="water")]
    before = snapshot(ledger)
    with pytest.raises(ImportRejected) as info:
        _import(ledger, write(rows))
    assert [(d.row, d.column) for d in info.value.defects] == [(2, "unit_price")]
    assert "10^15" in info.value.defects[0].message
    assert snapshot(ledger) == before
