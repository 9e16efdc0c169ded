"""Hostile input: malformed import files never crash, never import part, always name a defect."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from acsa_desk.core.errors import ImportRejected
from acsa_desk.db.engine import open_ledger
from acsa_desk.interchange.orders_import import import_orders
from acsa_desk.interchange.settlements_import import import_settlements
from tests.interchange.conftest import ORDER_HEADER, csv_text, invoiced_row, order_row, snapshot

GOOD_ROWS = [
    invoiced_row(),
    invoiced_row(category="water", nsn="", quantity="12000", unit_price="0.03",
                 delivered_quantity="6000"),
    order_row(order_number="B-1", currency="JPY", unit_price="48000", delivered_on="",
              delivered_quantity="0", nsn=""),
]

nasty_text = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["", " ", '"', '""', '"unterminated', "a,b", "line\nbreak", "\r", "=cmd|' /C calc'!A0",
                     "@SUM(1)", "-1", "1e9", "NaN", "0.000000001", "9" * 40, "２０２５-０６-０３",
                     "2025-13-01", "JPN\x00", "\ufeff", "<b>x</b>", "JP¥", "🙂", "\u202e"]),
)


@st.composite
def mutated_file(draw):
    rows = [dict(r) for r in GOOD_ROWS]
    header = list(ORDER_HEADER)
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["cell", "cell", "cell", "drop_column", "extra_column",
                                     "shuffle"]))
        if kind == "cell":
            row = draw(st.integers(0, len(rows) - 1))
            rows[row][draw(st.sampled_from(ORDER_HEADER))] = draw(nasty_text)
        elif kind == "drop_column" and len(header) > 1:
            header.remove(draw(st.sampled_from(header)))
        elif kind == "extra_column":
            header.append(draw(st.sampled_from(["note", "order_number", ""])))
        else:
            header = draw(st.permutations(header))
    data = csv_text(rows, header).encode("utf-8")
    tail = draw(st.sampled_from(["none", "truncate", "bytes", "ragged"]))
    if tail == "truncate":
        data = data[: draw(st.integers(0, len(data)))]
    elif tail == "bytes":
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(min_size=1, max_size=8)) + data[at:]
    elif tail == "ragged":
        data += b"X,Y\r\n"
    return data


@pytest.fixture
def sqlite_ledger(tmp_path):
    ledger = open_ledger(tmp_path / "hostile.sqlite")
    yield ledger
    ledger.close()


def _numbers_in(ledger):
    from sqlalchemy import text

    with ledger.engine.connect() as c:
        return {r[0] for r in c.execute(text("SELECT number FROM acsa_order"))}


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=mutated_file())
def test_malformed_orders_files_are_all_or_nothing(sqlite_ledger, tmp_path, data):
    path = tmp_path / "hostile.csv"
    path.write_bytes(data)
    before = snapshot(sqlite_ledger)
    numbers_before = _numbers_in(sqlite_ledger)
    try:
        with sqlite_ledger.session() as s:
            result = import_orders(session=s, path=path, actor="clerk")
    except ImportRejected as rejected:
        assert rejected.defects, "a refusal names at least one defect"
        for defect in rejected.defects:
            assert defect.row >= 1 and defect.message
        assert snapshot(sqlite_ledger) == before
        return
    # accepted: the whole file went in, nothing else
    added = _numbers_in(sqlite_ledger) - numbers_before
    assert len(added) == result.orders


settlement_cells = st.fixed_dictionaries({
    "order_number": st.one_of(st.just("CAN-JPN-25-0101"), nasty_text),
    "settled_on": st.one_of(st.just("2025-08-01"), nasty_text),
    "method": st.one_of(st.sampled_from(["cash", "rik", "eve", "offset"]), nasty_text),
    "amount": st.one_of(st.sampled_from(["1.00", "95200.00", "95200.01", "0"]), nasty_text),
    "currency": st.one_of(st.just("CAD"), nasty_text),
    "reference": nasty_text,
})


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(rows=st.lists(settlement_cells, min_size=1, max_size=4))
def test_malformed_settlement_files_are_all_or_nothing(sqlite_ledger, tmp_path, rows):
    from sqlalchemy import text

    if not _numbers_in(sqlite_ledger):
        seed = tmp_path / "seed.csv"
        seed.write_text(csv_text(GOOD_ROWS), encoding="utf-8")
        with sqlite_ledger.session() as s:
            import_orders(session=s, path=seed, actor="clerk")
    header = ["order_number", "settled_on", "method", "amount", "currency", "reference"]
    path = tmp_path / "s.csv"
    path.write_text(csv_text(rows, header), encoding="utf-8")
    before = snapshot(sqlite_ledger)
    try:
        with sqlite_ledger.session() as s:
            result = import_settlements(session=s, path=path, actor="clerk")
    except ImportRejected as rejected:
        assert rejected.defects and all(d.row >= 1 and d.message for d in rejected.defects)
        assert snapshot(sqlite_ledger) == before
        return
    with sqlite_ledger.engine.connect() as c:
        over = c.execute(text("SELECT count(*) FROM acsa_order WHERE settled_minor > billable_minor")
                         ).scalar()
    assert over == 0 and result.settlements == len(rows)
