"""The finance export: columns, spreading of settlements, formula cells, round trip."""

import csv
from datetime import date
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from acsa_desk.db.engine import open_ledger
from acsa_desk.interchange.finance_export import COLUMNS, export_finance
from acsa_desk.interchange.orders_import import import_orders
from acsa_desk.interchange.settlements_import import import_settlements
from tests.interchange.conftest import csv_text, order_row

CONTRACT_COLUMNS = [
    "order_number", "exercise", "partner", "direction", "category", "description", "currency",
    "quantity", "delivered_quantity", "unit_price", "line_amount", "settled_amount",
    "outstanding_amount", "ordered_on", "delivered_on", "settlement_method",
]


def read(path):
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def load(ledger, tmp_path, rows, settlements=()):
    src = tmp_path / "in.csv"
    if settlements:  # settled orders came in invoiced
        rows = [{**r, "received_on": r["delivered_on"], "invoiced_on": r["delivered_on"]}
                if r.get("delivered_on") else r for r in rows]
    src.write_text(csv_text(rows), encoding="utf-8", newline="")
    with ledger.session() as s:
        import_orders(session=s, path=src, actor="clerk")
    if settlements:
        spath = tmp_path / "set.csv"
        lines = ["order_number,settled_on,method,amount,currency"]
        lines += [",".join(x) for x in settlements]
        spath.write_text("\n".join(lines) + "\n", encoding="utf-8")
        with ledger.session() as s:
            import_settlements(session=s, path=spath, actor="clerk")


def orders_file_of(export_path, out):
    """The orders import's columns of a finance export (what an officer would keep of it)."""
    from acsa_desk.interchange.orders_import import FINANCE_EXPORT_COLUMNS

    rows = read(export_path)
    kept = [c for c in rows[0] if c not in (*FINANCE_EXPORT_COLUMNS, "line_amount", "status")]
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, kept, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return out


def export(ledger, tmp_path, **kw):
    out = tmp_path / "finance.csv"
    with ledger.reader() as s:
        export_finance(session=s, path=out, **kw)
    return out


def test_contract_columns_in_order_and_settled_spread_in_line_order(ledger, tmp_path):
    load(ledger, tmp_path, [
        order_row(quantity="10", delivered_quantity="10", unit_price="100.00"),   # 1000.00
        order_row(category="water", nsn="", quantity="5", delivered_quantity="5",
                  unit_price="100.00"),                                          # 500.00
    ], [("CAN-JPN-25-0101", "2025-07-01", "cash", "1200.00", "CAD")])
    out = export(ledger, tmp_path)
    header = out.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header[: len(CONTRACT_COLUMNS)] == CONTRACT_COLUMNS
    assert tuple(header) == COLUMNS
    first, second = read(out)
    assert (first["line_amount"], first["settled_amount"], first["outstanding_amount"]) == (
        "1000.00", "1000.00", "0.00")
    assert (second["line_amount"], second["settled_amount"], second["outstanding_amount"]) == (
        "500.00", "200.00", "300.00")
    assert first["delivered_on"] == "2025-06-04" and first["ordered_on"] == "2025-06-03"
    assert out.read_bytes().count(b"\r\n") == 3  # RFC 4180 line ends


def test_formula_cells_are_neutralised_numbers_stay_numbers(ledger, tmp_path):
    load(ledger, tmp_path, [
        order_row(description="=HYPERLINK(\"http://x\")"),
        order_row(order_number="+1", description="@SUM(A1)", category="water", nsn=""),
        order_row(order_number="B", description="-2+3", exercise="=Exercise"),
        order_row(order_number="C", description="plain text", currency="JPY", unit_price="48000"),
    ])
    rows = {r["order_number"]: r for r in read(export(ledger, tmp_path))}
    assert rows["CAN-JPN-25-0101"]["description"] == "'=HYPERLINK(\"http://x\")"
    assert rows["'+1"]["description"] == "'@SUM(A1)"
    assert rows["B"]["description"] == "'-2+3"
    assert rows["B"]["exercise"] == "'=Exercise"
    assert rows["C"]["description"] == "plain text"
    assert rows["C"]["line_amount"] == "4080000000"  # JPY: no decimals, a plain number
    assert rows["B"]["unit_price"] == "1.12"


def test_from_and_to_choose_by_order_date(ledger, tmp_path):
    load(ledger, tmp_path, [order_row(order_number="JUNE"),
                            order_row(order_number="JULY", ordered_on="2025-07-02",
                                      delivered_on="2025-07-03")])
    names = [r["order_number"] for r in read(export(ledger, tmp_path, date_from=date(2025, 7, 1)))]
    assert names == ["JULY"]
    names = [r["order_number"] for r in read(export(ledger, tmp_path, date_to=date(2025, 6, 30)))]
    assert names == ["JUNE"]


line = st.fixed_dictionaries({
    "currency": st.sampled_from(["CAD", "JPY"]),
    "qty": st.integers(1, 10_000),
    "delivered_pct": st.sampled_from([0, 50, 100]),
    "price": st.integers(0, 100_000),
})


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(specs=st.lists(line, min_size=1, max_size=5), paid_pct=st.integers(0, 100))
def test_export_import_round_trip_keeps_the_figures(tmp_path_factory, specs, paid_pct):
    base = tmp_path_factory.mktemp("rt")
    first = open_ledger(base / "a.sqlite")
    rows, settlements = [], []
    for n, spec in enumerate(specs):
        cur = spec["currency"]
        price = str(spec["price"]) if cur == "JPY" else f"{spec['price'] // 100}.{spec['price'] % 100:02d}"
        delivered = spec["qty"] * spec["delivered_pct"] // 100
        billed = "2025-06-04" if delivered and spec["price"] else ""  # invoiced, so payable
        rows.append(order_row(order_number=f"O{n}", currency=cur, quantity=str(spec["qty"]),
                              unit_price=price, delivered_quantity=str(delivered),
                              delivered_on="2025-06-04" if delivered else "",
                              received_on=billed, invoiced_on=billed))
    load(first, base, rows)
    out_a = export(first, base)
    for row in read(out_a):
        paid = int(row["line_amount"].replace(".", "")) * paid_pct // 100
        if paid:
            amount = str(paid) if row["currency"] == "JPY" else f"{paid // 100}.{paid % 100:02d}"
            settlements.append((row["order_number"], "2025-07-01", "cash", amount, row["currency"]))
    if settlements:
        spath = base / "s.csv"
        spath.write_text("order_number,settled_on,method,amount,currency\n"
                         + "\n".join(",".join(s) for s in settlements) + "\n")
        with first.session() as s:
            import_settlements(session=s, path=spath, actor="clerk")
    out_a = export(first, base)
    # the export's order columns (an orders file made of it on purpose) import back, then its
    # settled amounts as settlements: the figures come back the same
    second = open_ledger(base / "b.sqlite")
    with second.session() as s:
        import_orders(session=s, path=orders_file_of(out_a, base / "orders.csv"), actor="clerk")
    exported = read(out_a)
    paid_back = [(r["order_number"], "2025-07-01", "cash", r["settled_amount"], r["currency"])
                 for r in exported if r["settled_amount"].replace("0", "").replace(".", "")]
    if paid_back:
        spath = base / "s2.csv"
        spath.write_text("order_number,settled_on,method,amount,currency\n"
                         + "\n".join(",".join(p) for p in paid_back) + "\n")
        with second.session() as s:
            import_settlements(session=s, path=spath, actor="clerk")
    out_b = base / "b.csv"
    with second.reader() as s:
        export_finance(session=s, path=out_b)
    figures = ("order_number", "currency", "quantity", "delivered_quantity", "unit_price",
               "line_amount", "settled_amount", "outstanding_amount")
    assert [[r[c] for c in figures] for r in read(out_b)] == [
        [r[c] for c in figures] for r in exported]
    first.close()
    second.close()


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(specs=st.lists(line, min_size=1, max_size=5), paid_pct=st.integers(0, 100))
def test_every_number_exported_is_one_the_imports_read_back(tmp_path_factory, specs, paid_pct):
    """Issue 9, section 7: quantities and amounts are written as the imports parse them, and
    parse back to the ledger's own figures."""
    from acsa_desk.core.money import parse_decimal, parse_money

    base = tmp_path_factory.mktemp("rt")
    first = open_ledger(base / "a.sqlite")
    rows, settlements = [], []
    for n, spec in enumerate(specs):
        cur = spec["currency"]
        price = str(spec["price"]) if cur == "JPY" else f"{spec['price'] // 100}.{spec['price'] % 100:02d}"
        delivered = spec["qty"] * spec["delivered_pct"] // 100
        rows.append(order_row(order_number=f"O{n}", currency=cur,
                              quantity=f"{spec['qty']}.0000000001",  # ten decimals
                              unit_price=price, delivered_quantity=str(delivered),
                              delivered_on="2025-06-04" if delivered else ""))
    load(first, base, rows)
    out_a = export(first, base)
    for row in read(out_a):
        paid = int(row["line_amount"].replace(".", "")) * paid_pct // 100
        if paid:
            amount = str(paid) if row["currency"] == "JPY" else f"{paid // 100}.{paid % 100:02d}"
            settlements.append((row["order_number"], "2025-07-01", "cash", amount, row["currency"]))
    if settlements:
        with first.session() as s:
            from sqlalchemy import text

            for number in {x[0] for x in settlements}:  # settled orders are invoiced first
                s.execute(text("UPDATE acsa_order SET status = 'invoiced' WHERE number = :n"),
                          {"n": number})
        spath = base / "s.csv"
        spath.write_text("order_number,settled_on,method,amount,currency\n"
                         + "\n".join(",".join(s) for s in settlements) + "\n")
        with first.session() as s:
            import_settlements(session=s, path=spath, actor="clerk")
    with first.reader() as s:
        from acsa_desk.services import orders

        stored = {(o.number, ln.line_no): (ln.quantity, ln.delivered_quantity, ln.unit_price_minor,
                                           ln.billable_minor, o.settled_minor)
                  for o in [orders.order_by_number(session=s, number=f"O{n}")
                            for n in range(len(specs))]
                  for ln in orders.order_lines(session=s, order_id=o.id)}
    for row in read(export(first, base)):
        cur = row["currency"]
        quantity = parse_decimal(row["quantity"], what="quantity")
        delivered = parse_decimal(row["delivered_quantity"], what="delivered_quantity")
        assert "E" not in row["quantity"].upper()
        key = (row["order_number"], int(row["line_no"]))
        want_q, want_d, want_price, want_amount, _settled = stored[key]
        assert (quantity, delivered) == (Decimal(want_q), Decimal(want_d))
        assert parse_money(row["unit_price"], cur, what="unit_price") == want_price
        assert parse_money(row["line_amount"], cur) == want_amount
        assert parse_money(row["settled_amount"], cur) + parse_money(
            row["outstanding_amount"], cur) == want_amount
    first.close()


def test_a_tiny_quantity_is_written_plainly_not_as_an_exponent(ledger, tmp_path):
    load(ledger, tmp_path, [order_row(quantity="0.0000000001", delivered_quantity="0.0000000001",
                                      unit_price="1.00")])
    (row,) = read(export(ledger, tmp_path))
    assert (row["quantity"], row["delivered_quantity"]) == ("0.0000000001", "0.0000000001")


def test_neutralise_covers_every_formula_prefix():
    from acsa_desk.interchange.csvfile import neutralise

    for prefix in ("=", "+", "-", "@", "\t", "\r"):
        assert neutralise(prefix + "1+1") == "'" + prefix + "1+1"
    assert neutralise("Fuel 1+1") == "Fuel 1+1"


def test_delivered_on_is_the_first_delivery_not_reversed(ledger, tmp_path):
    from acsa_desk.services import orders, reference
    from tests.conftest import ACTOR, both_officials, order_input

    with ledger.session() as s:
        exercise = reference.create_exercise(
            session=s, data=reference.ExerciseInput(name="KAEDEX 2025", partners=("JPN",)))
        order = orders.create_order(session=s, data=order_input(exercise.id), actor=ACTOR)
        orders.sign(session=s, order_id=order.id, signed_on=date(2025, 6, 3), actor="officer",
                    **both_officials())
        fuel, water, tugs = orders.order_lines(session=s, order_id=order.id)
        early = orders.record_delivery(session=s, order_id=order.id, delivered_on=date(2025, 6, 4),
                                       quantities={fuel.id: Decimal(10), water.id: Decimal(5),
                                                   tugs.id: Decimal(1)}, actor=ACTOR)
        orders.record_delivery(session=s, order_id=order.id, delivered_on=date(2025, 6, 9),
                               quantities={fuel.id: Decimal(20), tugs.id: Decimal(1)}, actor=ACTOR)
        for entry in early:
            if entry.line_id != tugs.id:  # fuel: later delivery left; water: nothing left
                orders.reverse_delivery(session=s, delivery_id=entry.id, reason="wrong line",
                                        actor=ACTOR)
    rows = read(export(ledger, tmp_path))
    assert [(r["category"], r["delivered_quantity"], r["delivered_on"]) for r in rows] == [
        ("fuel", "20", "2025-06-09"), ("water", "0", ""), ("port_services", "2", "2025-06-04")]


def _counts(ledger):
    from sqlalchemy import text

    with ledger.reader() as s:
        return tuple(s.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar_one()
                     for t in ("acsa_order", "order_line", "settlement", "audit_entry"))


def test_a_finance_export_is_refused_as_an_orders_file_in_one_line(ledger, tmp_path):
    """Issue 14: re-importing a finance export would bring a cancelled order back as a live
    one and drop its settlements; it is refused whole, the file named as a finance export."""
    import pytest

    from acsa_desk.core.errors import ImportRejected

    load(ledger, tmp_path, [
        order_row(order_number="PAID", quantity="10", delivered_quantity="10",
                  unit_price="100.00"),
        order_row(order_number="GONE", quantity="1", unit_price="5.00",
                  delivered_quantity="0", delivered_on=""),
    ], [("PAID", "2025-07-01", "cash", "1000.00", "CAD")])
    from acsa_desk.services import orders

    with ledger.session() as s:
        gone = orders.order_by_number(session=s, number="GONE")
        orders.cancel_order(session=s, order_id=gone.id, reason="typed twice", actor="clerk")
    out = export(ledger, tmp_path)
    other = open_ledger(tmp_path / "other.sqlite")
    before = _counts(other)
    with pytest.raises(ImportRejected) as refused, other.session() as s:
        import_orders(session=s, path=out, actor="clerk")
    message = str(refused.value)
    assert "\n" not in message and str(out) in message
    assert "finance export, not an orders file" in message
    assert _counts(other) == before
    other.close()


def test_a_finance_export_saved_as_a_workbook_is_refused_too(ledger, tmp_path):
    import pytest

    from acsa_desk.core.errors import ImportRejected
    from tests.interchange.workbooks import write_xlsx

    load(ledger, tmp_path, [order_row(quantity="1", delivered_quantity="1", unit_price="5.00")])
    rows = [list(r.values()) for r in read(export(ledger, tmp_path))]
    header = list(read(export(ledger, tmp_path))[0])
    book = write_xlsx(tmp_path / "finance.xlsx", {"Sheet1": [header, *rows]})
    other = open_ledger(tmp_path / "other.sqlite")
    with pytest.raises(ImportRejected, match="finance export"), other.session() as s:
        import_orders(session=s, path=book, actor="clerk")
    other.close()
