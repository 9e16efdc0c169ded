"""From the ledger to the documents' data: figures agree with the balances, in SQL."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from acsa_desk.core.errors import NotFound, RuleViolation
from acsa_desk.db import audit
from acsa_desk.db.models import Order
from acsa_desk.documents import annual_report_csv, build_order_form, build_statement
from acsa_desk.services import balances, orders, reference, users
from acsa_desk.services.demo import fill_demo
from acsa_desk.services.documents_data import (
    NO_AGREEMENT,
    annual_report_data,
    order_form_data,
    parse_langs,
    statement_data,
    user_signature,
    write_document,
)
from acsa_desk.services.reference import LedgerPreferences
from tests.conftest import ACTOR, both_officials, order_input, register_admin, register_cast

TODAY = date(2026, 3, 1)


# --------------------------------------------------------------------------- helpers


def _order(ledger, exercise_id, number, *, direction="provided", currency="CAD",
           partner="JPN", ordered_on=date(2025, 6, 3), lines=None, deliver=None,
           delivered_on=None, invoice=True, settle=(), receipts=()):
    """An order through its life: ``deliver`` maps line number -> quantity delivered."""
    changes = dict(number=number, direction=direction, currency=currency, partner_code=partner,
                   ordered_on=ordered_on, required_on=ordered_on)
    if lines is not None:
        changes["lines"] = lines
    with ledger.session() as s:
        order = orders.create_order(session=s, data=order_input(exercise_id, **changes),
                                    actor=ACTOR)
        if deliver is None:
            return order.id
        orders.sign(session=s, order_id=order.id, signed_on=ordered_on, actor="officer",
                    **both_officials())
        ids = {ln.line_no: ln.id for ln in orders.order_lines(session=s, order_id=order.id)}
        orders.record_delivery(session=s, order_id=order.id,
                               delivered_on=delivered_on or ordered_on,
                               quantities={ids[n]: Decimal(q) for n, q in deliver.items()},
                               actor=ACTOR)
        for received_on, by in receipts or [(delivered_on or ordered_on, "PO Sato")]:
            if order.status == "delivered":
                orders.record_receipt(session=s, order_id=order.id, received_on=received_on,
                                      received_by=by, condition="good", actor=ACTOR)
        if invoice:
            orders.raise_invoice(session=s, order_id=order.id, reference_text="INV",
                                 issued_on=delivered_on or ordered_on, actor=ACTOR)
        for amount, on in settle:
            orders.record_settlement(session=s, order_id=order.id, settled_on=on,
                                     method="cash", amount_minor=amount,
                                     reference_text=f"PAY-{number}", actor=ACTOR,
                                     approved_by="officer")
        return order.id


ALL = {1: 85000, 2: 12000, 3: 6}  # the conftest order in full: 95,200.00 + 360.00 + 2,880.00


@pytest.fixture
def demo(ledger):
    with ledger.session() as s:
        fill_demo(session=s, orders=300, seed=11, today=TODAY)
    return ledger


def _by_currency(data):
    out = {}
    for o in data.orders:
        rec, pay = out.get(o.currency, (0, 0))
        if o.direction == "provided":
            rec += o.outstanding_minor
        else:
            pay += o.outstanding_minor
        out[o.currency] = (rec, pay)
    return out


# --------------------------------------------------------------------------- statement


@pytest.mark.parametrize("partner", ["JPN", "USA", "AUS"])
def test_statement_figures_equal_the_balances(demo, partner):
    with demo.reader() as s:
        data = statement_data(session=s, partner=partner, as_of=TODAY)
        expected = {b.currency: (b.receivable_minor, b.payable_minor)
                    for b in balances.balances(session=s, partner=partner)}
        count = s.scalar(select(func.count()).select_from(Order).where(
            Order.partner_code == partner, Order.status != "cancelled"))
    assert data.orders and len(data.orders) == count
    assert _by_currency(data) == expected


def test_statement_of_an_exercise_equals_its_balances(demo):
    with demo.reader() as s:
        exercise = reference.exercise_by_name(session=s, name="KAEDEX 2025")
        data = statement_data(session=s, partner="JPN", exercise="KAEDEX 2025", as_of=TODAY)
        expected = {b.currency: (b.receivable_minor, b.payable_minor)
                    for b in balances.balances(session=s, partner="JPN",
                                               exercise_id=exercise.id)}
    assert data.exercise == "KAEDEX 2025"
    assert {o.exercise for o in data.orders} == {"KAEDEX 2025"}
    assert _by_currency(data) == expected


def test_overdue_flags_equal_the_balances_overdue(demo):
    with demo.reader() as s:
        data = statement_data(session=s, partner="JPN", as_of=TODAY)
        late = {o.order_number for o in balances.overdue(session=s, as_of=TODAY, partner="JPN")}
    assert late, "the demo ledger has overdue orders"
    assert {o.order_number for o in data.orders if o.overdue} == late


def test_category_split_adds_up_to_every_order(demo):
    with demo.reader() as s:
        data = statement_data(session=s, partner="JPN", as_of=TODAY)
    several = 0
    for order in data.orders:
        assert order.category_split, order.order_number
        assert tuple(p.category for p in order.category_split) == order.categories
        for attr in ("billable_minor", "settled_minor", "outstanding_minor"):
            assert sum(getattr(p, attr) for p in order.category_split) == getattr(order, attr)
        several += len(order.categories) > 1
    assert several  # the demo has orders with several categories


def test_settled_amount_falls_to_the_lines_in_line_order(ledger, exercise_id):
    # 95,200.00 fuel + 360.00 water + 2,880.00 tugs; 95,300.00 paid: fuel in full, 100.00 water
    _order(ledger, exercise_id, "S-1", deliver=ALL, settle=[(9_530_000, date(2025, 7, 1))])
    with ledger.reader() as s:
        (order,) = statement_data(session=s, partner="JPN", as_of=date(2025, 8, 1)).orders
    assert [(p.category, p.billable_minor, p.settled_minor, p.outstanding_minor)
            for p in order.category_split] == [
        ("fuel", 9_520_000, 9_520_000, 0),
        ("water", 36_000, 10_000, 26_000),
        ("port_services", 288_000, 0, 288_000),
    ]
    assert order.categories == ("fuel", "water", "port_services")
    assert (order.billable_minor, order.settled_minor) == (9_844_000, 9_530_000)


def test_statement_fields_settlements_and_signatures(ledger, exercise_id):
    first = _order(ledger, exercise_id, "S-1", deliver={1: 85000}, delivered_on=date(2025, 6, 5),
                   settle=[(5_000_000, date(2025, 7, 1)), (1_000, date(2025, 7, 2))])
    _order(ledger, exercise_id, "S-2", direction="received", currency="JPY",
           lines=(orders.LineInput("food", "Rations", "EA", Decimal(10), 1500),),
           deliver={1: 10}, ordered_on=date(2025, 7, 1), settle=[(15_000, date(2025, 7, 9))])
    _order(ledger, exercise_id, "S-3", deliver=None)  # requested only: nothing billable
    cancelled = _order(ledger, exercise_id, "S-4")
    with ledger.session() as s:
        orders.cancel_order(session=s, order_id=cancelled, reason="typo", actor=ACTOR)
        reference.set_preferences(session=s, preferences=LedgerPreferences(
            banner="PROTECTED A", home_nation="CAN"))
        users.save_user(session=s, login="clerk", display_name="A. Tremblay", rank="LCdr",
                        appointment="J4 Finance")
    with ledger.reader() as s:
        data = statement_data(
            session=s, partner="JPN", as_of=date(2025, 8, 1), generated_on=date(2025, 8, 2),
            home_signature=user_signature(session=s, login="clerk"),
        )
        head = audit.chain_head(s)
        lines = orders.order_lines(session=s, order_id=first)
    assert lines
    assert [o.order_number for o in data.orders] == ["S-1", "S-3", "S-2"]  # by date; no S-4
    s1, s3, s2 = data.orders
    assert (s1.delivered_on, s1.status, s1.billable_minor, s1.settled_minor) == (
        date(2025, 6, 5), "invoiced", 9_520_000, 5_001_000)
    assert (s3.delivered_on, s3.billable_minor, s3.status) == (None, 0, "requested")
    assert (s2.direction, s2.currency, s2.status) == ("received", "JPY", "closed")
    assert [(x.order_number, x.amount_minor, x.currency, x.reference)
            for x in data.settlements] == [
        ("S-1", 5_000_000, "CAD", "PAY-S-1"), ("S-1", 1_000, "CAD", "PAY-S-1"),
        ("S-2", 15_000, "JPY", "PAY-S-2")]
    assert (data.partner_code, data.partner_name, data.home_nation) == ("JPN", "Japan", "Canada")
    assert data.banner.banner == "PROTECTED A"  # the legacy banner read as a marking
    assert data.banner.placement.value == "top_right"
    assert data.agreement_reference == NO_AGREEMENT
    assert data.chain_head is not None and len(head) == 64  # the anchor of the chain's head
    assert data.chain_head.startswith("acsa1:") and data.chain_head.endswith(":" + head[:32])
    assert (data.as_of, data.generated_on) == (date(2025, 8, 1), date(2025, 8, 2))
    assert (data.home_signature.name, data.home_signature.rank,
            data.home_signature.appointment) == ("A. Tremblay", "LCdr", "J4 Finance")
    assert data.partner_signature.name == ""
    build_statement(data, ("en", "ja"))  # the builder takes it as it is


def test_statement_agreement_period_and_unknowns(ledger, exercise_id):
    _order(ledger, exercise_id, "P-1", ordered_on=date(2025, 1, 10), deliver=None)
    _order(ledger, exercise_id, "P-2", ordered_on=date(2025, 6, 10), deliver=None)
    _order(ledger, exercise_id, "P-3", ordered_on=date(2025, 12, 10), deliver=None)
    with ledger.session(actor=register_admin(ledger)) as s:
        reference.set_agreement(session=s, partner_code="JPN", reference="CAN-JPN ACSA 2018")
    with ledger.reader() as s:
        data = statement_data(session=s, partner="JPN", period_from=date(2025, 6, 1),
                              period_to=date(2025, 6, 30))
        assert [o.order_number for o in data.orders] == ["P-2"]
        assert (data.period_from, data.period_to) == (date(2025, 6, 1), date(2025, 6, 30))
        assert data.agreement_reference == "CAN-JPN ACSA 2018"
        assert [o.order_number for o in statement_data(
            session=s, partner="JPN", period_from=date(2025, 6, 1)).orders] == ["P-2", "P-3"]
        with pytest.raises(NotFound, match="no partner 'FRA'"):
            statement_data(session=s, partner="FRA")
        with pytest.raises(NotFound, match="no exercise named 'Nope'"):
            statement_data(session=s, partner="JPN", exercise="Nope")
        with pytest.raises(RuleViolation, match="ends before it starts"):
            statement_data(session=s, partner="JPN", period_from=date(2025, 2, 1),
                           period_to=date(2025, 1, 1))


def _selects(ledger, work):
    seen = []

    def count(conn, cursor, statement, *args):
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            seen.append(statement)

    event.listen(ledger.engine, "before_cursor_execute", count)
    try:
        with ledger.reader() as s:
            work(s)
    finally:
        event.remove(ledger.engine, "before_cursor_execute", count)
    return len(seen)


def test_statement_queries_do_not_grow_with_the_orders(tmp_path):
    from acsa_desk.db.engine import open_ledger

    counts = []
    for size in (20, 400):
        ledger = register_cast(open_ledger(tmp_path / f"l{size}.sqlite"))
        with ledger.session() as s:
            fill_demo(session=s, orders=size, seed=3, today=TODAY)
        counts.append(_selects(ledger, lambda s: statement_data(session=s, partner="JPN",
                                                                as_of=TODAY)))
        counts.append(_selects(ledger, lambda s: annual_report_data(session=s, year=2025)))
        ledger.close()
    assert counts[0] == counts[2] and counts[1] == counts[3], counts


# --------------------------------------------------------------------------- order form


def test_order_form_provided_we_supply_the_partner_requests(ledger, exercise_id):
    _order(ledger, exercise_id, "F-1", deliver={1: 85000}, invoice=False,
           receipts=[(date(2025, 6, 4), "PO Sato")])
    with ledger.session() as s:
        users.save_user(session=s, login="officer", display_name="Anne Tremblay", rank="Cdr",
                        appointment="Commanding officer, MV Asterix")
    with ledger.reader() as s:
        data = order_form_data(session=s, order_number="F-1")
    assert data.direction == "provided"
    assert (data.requesting.nation, data.requesting.unit, data.requesting.point_of_contact) == (
        "Japan", "JS Kirisame", "3佐 田中")
    assert (data.supplying.nation, data.supplying.unit, data.supplying.point_of_contact) == (
        "Canada", "MV Asterix", "LCdr Tremblay")
    assert (data.ordering_official.name, data.ordering_official.rank,
            data.ordering_official.signed_on) == ("Hiroshi Sato", "2佐", date(2025, 6, 3))
    # our side's official (signed as "officer") has a profile: the appointment is printed
    assert (data.issuing_official.name, data.issuing_official.appointment) == (
        "Anne Tremblay", "Commanding officer, MV Asterix")
    assert data.ordering_official.appointment == ""
    assert [(ln.line_no, ln.category, ln.quantity, ln.unit_price_minor, ln.total_minor, ln.nsn)
            for ln in data.lines] == [
        (1, "fuel", "85000", 112, 9_520_000, "9140-00-273-2377"),
        (2, "water", "12000", 3, 36_000, ""),
        (3, "port_services", "6", 48000, 288_000, ""),
    ]
    assert data.total_minor == 9_844_000  # what is ordered, not only what was delivered
    assert (data.receipt.received_on, data.receipt.received_by, data.receipt.remarks) == (
        date(2025, 6, 4), "PO Sato", "good")
    assert (data.agreement_reference, data.exercise, data.delivery_place, data.currency,
            data.settlement_method, data.required_on) == (
        NO_AGREEMENT, "KAEDEX 2025", "Sea of Japan", "CAD", "cash", date(2025, 6, 3))
    build_order_form(data, ("en", "fr"))


def test_order_form_received_the_partner_supplies_and_we_request(ledger, exercise_id):
    _order(ledger, exercise_id, "F-2", direction="received", deliver=None)
    with ledger.reader() as s:
        data = order_form_data(session=s, order_number="F-2")
        with pytest.raises(NotFound, match="no order numbered 'F-404'"):
            order_form_data(session=s, order_number="F-404")
    assert data.direction == "received"
    assert (data.requesting.nation, data.requesting.unit) == ("Canada", "JS Kirisame")
    assert (data.supplying.nation, data.supplying.unit) == ("Japan", "MV Asterix")
    assert data.ordering_official.name == "" and data.ordering_official.signed_on is None
    assert data.receipt.received_on is None and data.receipt.received_by == ""


# --------------------------------------------------------------------------- annual report


@pytest.fixture
def year_ledger(ledger, exercise_id):
    """2025 orders (and one of 2024) with partial settlements; figures computed by hand."""
    fuel_only = (orders.LineInput("fuel", "F-76", "L", Decimal(1000), 100),)  # 1,000.00 CAD
    _order(ledger, exercise_id, "Y-OLD", ordered_on=date(2024, 3, 1), lines=fuel_only,
           deliver={1: 1000}, settle=[(40_000, date(2024, 6, 1))])  # 600.00 unpaid
    # 95,200.00 fuel + 360.00 water + 2,880.00 tugs; 95,300.00 paid
    _order(ledger, exercise_id, "Y-1", ordered_on=date(2025, 6, 3), deliver=ALL,
           settle=[(9_530_000, date(2025, 7, 1))])
    _order(ledger, exercise_id, "Y-2", ordered_on=date(2025, 2, 1), direction="received",
           currency="JPY", lines=(orders.LineInput("food", "Rations", "EA", Decimal(10), 1500),
                                  orders.LineInput("fuel", "JP-5", "KL", Decimal(2), 90000)),
           deliver={1: 10, 2: 2}, settle=[(20_000, date(2025, 3, 1))])
    _order(ledger, exercise_id, "Y-3", ordered_on=date(2025, 9, 1), deliver=None)
    _order(ledger, exercise_id, "Y-4", ordered_on=date(2026, 1, 5), lines=fuel_only,
           deliver={1: 1000})
    return ledger


def test_annual_report_per_category_and_currency(year_ledger):
    with year_ledger.reader() as s:
        data = annual_report_data(session=s, year=2025, generated_on=date(2026, 1, 15))
        sums = dict(((d, c), (int(b), int(st))) for d, c, b, st in s.execute(
            select(Order.direction, Order.currency, func.sum(Order.billable_minor),
                   func.sum(Order.settled_minor))
            .where(Order.ordered_on.between(date(2025, 1, 1), date(2025, 12, 31)))
            .group_by(Order.direction, Order.currency)))
    rows = {(r.category, r.currency): (r.total_minor, r.collected_minor, r.outstanding_minor)
            for r in data.provided}
    assert rows == {
        ("fuel", "CAD"): (9_520_000, 9_520_000, 0),
        ("water", "CAD"): (36_000, 10_000, 26_000),
        ("port_services", "CAD"): (288_000, 0, 288_000),
    }
    assert {(r.category, r.currency): (r.total_minor, r.collected_minor)
            for r in data.received} == {("food", "JPY"): (15_000, 15_000),
                                        ("fuel", "JPY"): (180_000, 5_000)}
    for direction, rows_ in (("provided", data.provided), ("received", data.received)):
        for currency in {r.currency for r in rows_}:
            total = sum(r.total_minor for r in rows_ if r.currency == currency)
            collected = sum(r.collected_minor for r in rows_ if r.currency == currency)
            assert (total, collected) == sums[(direction, currency)]
    assert (data.year, data.home_nation, data.banner.banner, data.generated_on) == (
        2025, "Canada", "UNCLASSIFIED", date(2026, 1, 15))
    assert "provided_total,,CAD,98440.00,95300.00,3140.00" in annual_report_csv(data)


def test_annual_report_lists_what_is_unreconciled_after_a_year(year_ledger):
    with year_ledger.reader() as s:
        at_year_end = annual_report_data(session=s, year=2025)
        later = annual_report_data(session=s, year=2025, as_of=date(2026, 8, 1))
    # as of 2025-12-31 only the 2024 delivery is more than a year old and still partly unpaid
    assert [(t.on, t.partner, t.order_number, t.currency, t.value_minor)
            for t in at_year_end.unreconciled] == [
        (date(2024, 3, 1), "JPN", "Y-OLD", "CAD", 60_000)]
    # by 2026-08-01 the unpaid 2025 deliveries (Y-2 in February, Y-1 in June) join it
    assert [(t.order_number, t.currency, t.value_minor) for t in later.unreconciled] == [
        ("Y-OLD", "CAD", 60_000), ("Y-2", "JPY", 175_000), ("Y-1", "CAD", 314_000)]
    with year_ledger.reader() as s, pytest.raises(RuleViolation):
        annual_report_data(session=s, year=12)


# --------------------------------------------------------------------------- helpers


def test_parse_langs():
    assert parse_langs("en") == ("en",)
    assert parse_langs("en,ja") == ("en", "ja")
    assert parse_langs(" fr , en ") == ("fr", "en")
    for bad, fragment in [("de", "'de'"), ("en,xx", "'xx'"), ("en,ja,fr", "not more"),
                          ("en,en", "twice"), ("", "language list"), ("en,", "language list")]:
        with pytest.raises(RuleViolation, match=fragment):
            parse_langs(bad)


def test_write_document_replaces_whole_files_only(tmp_path: Path):
    target = tmp_path / "out.pdf"
    write_document(target, b"%PDF-first")
    target.chmod(0o640)
    write_document(target, b"%PDF-second")
    assert target.read_bytes() == b"%PDF-second"
    assert target.stat().st_mode & 0o777 == 0o640
    write_document(tmp_path / "out.csv", "a,b\r\né,1\r\n")
    assert (tmp_path / "out.csv").read_bytes() == "a,b\r\né,1\r\n".encode()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv", "out.pdf"]
    with pytest.raises(NotFound):
        write_document(tmp_path / "missing" / "x.pdf", b"x")
