"""A realistic demo ledger: KAEDEX and Operation NEON style activities, port calls, JMSDF and
RCN units, fuel by the kilolitre, plausible prices in JPY and CAD, partial deliveries and
settlements, some overdue. Written in bulk, for people trying the program and for benchmarks.

Every figure obeys the ledger's rules: amounts come from ``line_amount_minor``, settled
never exceeds billable, and statuses follow the life cycle.
"""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from itertools import accumulate
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from acsa_desk.core.categories import is_supply
from acsa_desk.core.domain import ActivityType, Status
from acsa_desk.core.money import line_amount_minor
from acsa_desk.db import audit
from acsa_desk.db.bulk import insert_rows
from acsa_desk.db.models import (
    AppUser,
    Delivery,
    Exercise,
    Invoice,
    Order,
    OrderLine,
    Receipt,
    Settlement,
    SettlementApproval,
    StatusChange,
)
from acsa_desk.services import demo_documents, reference
from acsa_desk.services.identity import now
from acsa_desk.services.ledger_sql import oldest_unpaid, search_text

T = TypeVar("T")
DEMO_USER = "demo"
DEMO_OFFICER = "officer"
CHUNK = 1000

_PARTNERS = (
    ("JPN", "Agreement between Canada and Japan concerning reciprocal provision of supplies "
            "and services (ACSA), Toronto, 21 April 2018", 0.75),
    ("USA", "Canada-United States mutual logistics support (demo reference)", 0.15),
    ("AUS", "Canada-Australia mutual logistics support (demo reference)", 0.10),
)

_EXERCISES = (
    # name, activity type, place, start offset in days before today, length in days
    ("KAEDEX 2024", ActivityType.EXERCISE, "Sea of Japan", 760, 12),
    ("KAEDEX 2025", ActivityType.EXERCISE, "Sea of Japan", 390, 12),
    ("KAEDEX 2026", ActivityType.EXERCISE, "East China Sea", 40, 14),
    ("Operation NEON 2024", ActivityType.ROUTINE, "East China Sea", 700, 120),
    ("Operation NEON 2025", ActivityType.ROUTINE, "East China Sea", 330, 150),
    ("Operation NEON 2026", ActivityType.ROUTINE, "East China Sea", 120, 110),
    ("Pacific Vanguard 2025", ActivityType.EXERCISE, "Philippine Sea", 450, 10),
    ("Port call Yokosuka 2025", ActivityType.ROUTINE, "Yokosuka", 300, 5),
    ("Port call Sasebo 2026", ActivityType.ROUTINE, "Sasebo", 90, 4),
    ("Typhoon relief Okinawa 2025", ActivityType.HUMANITARIAN, "Naha", 420, 20),
)

# Per nation: units, points of contact, and (rank, name) of officials who sign.
_PEOPLE = {
    "CAN": (
        ("HMCS Ottawa", "HMCS Vancouver", "HMCS Ville de Québec", "HMCS Montréal",
         "HMCS Max Bernays", "MV Asterix", "CP-140 Det Kadena", "CFJSOC Yokosuka Liaison"),
        ("LCdr A. Tremblay", "Lt(N) S. Nguyen", "PO1 M. Gagnon", "CPO2 R. Lavoie",
         "Lt(N) J. Okafor"),
        (("Cdr", "P. Roy"), ("LCdr", "D. Fraser"), ("Capt(N)", "L. Wong"), ("Cdr", "H. Singh")),
    ),
    "JPN": (
        ("JS Kirisame", "JS Ise", "JS Izumo", "JS Takanami", "JS Suzutsuki",
         "JMSDF Yokosuka District", "JMSDF Sasebo District", "JASDF Naha", "JGSDF 15th Brigade"),
        ("3佐 田中 健一", "2尉 佐藤 美咲", "1曹 鈴木 大輔", "1尉 高橋 亮"),
        (("2佐", "山本 翔"), ("3佐", "中村 葵"), ("1佐", "小林 誠")),
    ),
    "USA": (
        ("USS Higgins", "USS Dewey", "USS Ralph Johnson", "CTF 73 Logistics", "NAVSUP FLC Yokosuka"),
        ("LT K. Brooks", "LS1 M. Ramirez", "LCDR T. Nguyen"),
        (("CDR", "J. Miller"), ("CAPT", "S. Park")),
    ),
    "AUS": (
        ("HMAS Hobart", "HMAS Brisbane", "HMAS Arunta", "HMAS Stalwart"),
        ("LEUT C. Walsh", "PO L. Mitchell"),
        (("CMDR", "K. Walsh"), ("CAPT", "R. Hughes")),
    ),
}
# Per nation: the points of contact's office phone and e-mail (demo values).
_CONTACTS = {
    "CAN": ("+1 613 555 0142", "logistics.j4@forces.example.ca"),
    "JPN": ("+81 46 555 0170", "logistics@jmsdf.example.jp"),
    "USA": ("+81 46 555 0190", "flc.yokosuka@navy.example.mil"),
    "AUS": ("+61 2 5550 0110", "fleet.logistics@navy.example.au"),
}


@dataclass(frozen=True)
class _Item:
    category: str
    description: str
    unit: str
    qty_range: tuple[int, int]
    price_cad: tuple[str, str]
    price_jpy: tuple[int, int]
    nsn: str = ""


_ITEMS = (
    _Item("fuel", "Marine diesel F-76, replenishment at sea", "KL", (40, 900),
          ("1050.00", "1280.00"), (95_000, 128_000), "9140-00-273-2377"),
    _Item("fuel", "JP-8 aviation fuel", "KL", (10, 180), ("1150.00", "1390.00"),
          (102_000, 140_000), "9130-01-031-5816"),
    _Item("fuel", "Lubricating oil OM-33", "L", (200, 2000), ("4.10", "6.80"), (480, 760)),
    _Item("water", "Potable water alongside", "KL", (20, 400), ("2.40", "4.90"), (250, 560)),
    _Item("food", "Fresh provisions, ship's galley", "KG", (100, 3000), ("6.20", "14.90"),
          (700, 1600)),
    _Item("port_services", "Tug assistance, berthing", "HR", (2, 12), ("420.00", "780.00"),
          (42_000, 68_000)),
    _Item("port_services", "Pilotage, harbour entry", "EA", (1, 4), ("350.00", "600.00"),
          (35_000, 62_000)),
    _Item("billeting", "Transient quarters, per person-night", "EA", (10, 400),
          ("85.00", "140.00"), (6_500, 12_000)),
    _Item("transportation", "Airlift, C-2 tactical transport", "HR", (2, 14),
          ("9800.00", "14500.00"), (950_000, 1_400_000)),
    _Item("transportation", "Ground transport, 40-seat bus", "EA", (1, 20), ("640.00", "980.00"),
          (62_000, 98_000)),
    _Item("maintenance", "Generator repair, 2 technicians", "HR", (4, 60), ("85.50", "118.00"),
          (8_500, 12_500)),
    _Item("spare_parts", "Centrifugal pump seal kit", "EA", (1, 12), ("240.00", "890.00"),
          (24_000, 88_000), "4320-01-562-7781"),
    _Item("medical", "Medical consultation and dressing", "EA", (1, 20), ("95.00", "260.00"),
          (9_000, 26_000)),
    _Item("communications", "Satellite bandwidth, 2 Mbit/s", "DAY", (1, 30),
          ("310.00", "520.00"), (30_000, 52_000)),
    _Item("storage", "Covered storage, pallet space", "DAY", (5, 90), ("12.00", "26.00"),
          (1_200, 2_600)),
    _Item("facilities", "Use of pier and shore power", "DAY", (1, 10), ("450.00", "1200.00"),
          (45_000, 120_000)),
    _Item("training", "Range time, small arms", "HR", (2, 24), ("180.00", "420.00"),
          (18_000, 42_000)),
    _Item("base_support", "Waste removal, oily bilge water", "KL", (2, 40), ("160.00", "310.00"),
          (16_000, 31_000)),
    _Item("clothing", "Cold-weather coveralls", "EA", (10, 120), ("88.00", "140.00"),
          (8_800, 14_000), "8415-01-538-6258"),
    _Item("ammunition", "Cartridge, 5.56 mm ball", "EA", (1000, 20000), ("0.62", "0.95"),
          (62, 95), "1305-01-155-5459"),
)


# Each item with its CAD price range in cents (drawn in that order by ``_price_minor``).
_CAD_CENTS = {item.description: tuple(int(Decimal(p) * 100) for p in item.price_cad)
              for item in _ITEMS}


def _price_minor(rng: _Draws, item: _Item, currency: str) -> int:
    if currency == "JPY":
        low, high = item.price_jpy
        return rng.randint(low, high)
    low_c, high_c = _CAD_CENTS[item.description]
    return rng.randint(low_c, high_c)


def fill_demo(*, session: Session, orders: int, seed: int = 2018, today: date | None = None) -> int:
    """Adds ``orders`` demo orders (about 2.5 lines each); returns how many were added."""
    rng = random.Random(seed)
    draws = _Draws(rng)
    today = today or date.today()
    demo_documents.record_agreements(session, _PARTNERS, DEMO_USER)
    exercises: list[_DemoExercise] = []
    for name, kind, place, offset, length in _EXERCISES:
        found = reference.find_exercise(session=session, name=name)
        if found is None:
            start = today - timedelta(days=offset)
            found = Exercise(name=name, activity_type=kind.value, place=place, starts_on=start,
                             ends_on=start + timedelta(days=length))
            session.add(found)
            session.flush()
        exercises.append(_DemoExercise(found.id, found.name, found.place, found.starts_on,
                                       found.ends_on))
    _demo_users(session)
    first = (session.scalar(select(func.count()).select_from(Order)) or 0) + 1
    stamp = now()
    paperwork = demo_documents.Paperwork(rng, stamp, DEMO_USER)  # one for the run: its cap
    for start in range(0, orders, CHUNK):
        batch = [_make_order(draws, first + i, exercises, today)
                 for i in range(start, min(orders, start + CHUNK))]
        _write_batch(session, batch, stamp, paperwork)
    session.flush()
    return orders


def _demo_users(session: Session) -> None:
    """The demo's clerk and officer, recorded (inactive: nobody signs in as them)."""
    for login, role, name in ((DEMO_USER, "clerk", "Demo clerk"),
                              (DEMO_OFFICER, "officer", "Demo officer")):
        if session.get(AppUser, login) is None:
            session.add(AppUser(login=login, display_name=name, role=role, active=False))
    session.flush()


@dataclass
class _DemoOrder:
    row: dict[str, object]
    lines: list[dict[str, object]]
    deliveries: list[tuple[int, date, Decimal, int]]  # line index, date, quantity, delta
    settlements: list[tuple[date, str, int, str]]
    history: list[tuple[str, str, str]]
    receipt: tuple[date, str] | None
    invoice: tuple[date, str] | None
    unapproved: tuple[str, ...] = ()  # references of settlements left awaiting approval


def demo_partner_number(partner: str, ordered_on: date, serial: int) -> str:
    """The number the demo's partner gives an order: about one order in seven has none yet."""
    if serial % 7 == 3:
        return ""
    return f"{partner[:2]}-{ordered_on:%Y}-{serial * 7919 % 1_000_000:06d}"


_PARTNER_CODES = tuple(p[0] for p in _PARTNERS)
# Cumulative weights, as ``random.choices`` computes them from the weights on every call.
_PARTNER_CUM = tuple(accumulate(p[2] for p in _PARTNERS))
_LINE_COUNTS, _LINE_COUNT_CUM = (1, 2, 3, 4, 5), tuple(accumulate((30, 30, 20, 12, 8)))
_METHODS, _METHOD_CUM = ("cash", "eve", "rik"), tuple(accumulate((80, 12, 8)))
_LATE_METHODS, _LATE_METHOD_CUM = ("cash", "offset"), tuple(accumulate((9, 1)))
_SUPPLY = {item.category: is_supply(item.category) for item in _ITEMS}
_REQUESTED, _SIGNED, _DELIVERED = Status.REQUESTED.value, Status.SIGNED.value, Status.DELIVERED.value
_RECEIVED, _INVOICED, _SETTLED = Status.RECEIVED.value, Status.INVOICED.value, Status.SETTLED.value
_CLOSED, _CANCELLED = Status.CLOSED.value, Status.CANCELLED.value


class _Draws:
    """The demo's draws from its random stream, exactly as ``random.Random`` makes them
    (``choices`` with precomputed cumulative weights, ``randint`` and ``choice`` through the
    generator's own ``_randbelow``, as the library's methods call it): the same seed gives the
    same ledger, for fewer Python calls a draw (tests/services/test_demo_build.py compares them)."""

    __slots__ = ("_below", "random")

    def __init__(self, rng: random.Random) -> None:
        self.random = rng.random
        self._below = rng._randbelow  # type: ignore[attr-defined]

    def pick(self, population: Sequence[T], cum_weights: Sequence[float]) -> T:
        """``rng.choices(population, cum_weights=cum_weights)[0]``."""
        return population[bisect(cum_weights, self.random() * (cum_weights[-1] + 0.0), 0,
                                 len(population) - 1)]

    def choice(self, seq: Sequence[T]) -> T:
        """``rng.choice(seq)`` (``seq`` not empty)."""
        return seq[self._below(len(seq))]

    def randint(self, low: int, high: int) -> int:
        """``rng.randint(low, high)`` (``low <= high``)."""
        return low + self._below(high - low + 1)


@dataclass(frozen=True, slots=True)
class _DemoExercise:
    """What an order takes from its exercise (read once, not through the ORM per order)."""

    id: int
    name: str
    place: str
    starts_on: date | None
    ends_on: date | None


def _make_order(rng: _Draws, serial: int, exercises: list[_DemoExercise],
                today: date) -> _DemoOrder:
    partner = rng.pick(_PARTNER_CODES, _PARTNER_CUM)
    exercise = rng.choice(exercises)
    direction = "provided" if rng.random() < 0.5 else "received"
    currency = "JPY" if (direction == "received" and partner == "JPN") else (
        "USD" if partner == "USA" and rng.random() < 0.6 else "CAD")
    if partner == "JPN" and direction == "provided" and rng.random() < 0.25:
        currency = "JPY"
    starts_on, ends_on = exercise.starts_on, exercise.ends_on
    assert starts_on is not None and ends_on is not None
    span = max(1, min((ends_on - starts_on).days, (today - starts_on).days))
    ordered_on = min(starts_on + timedelta(days=rng.randint(0, span)), today)
    ours, theirs = _PEOPLE["CAN"], _PEOPLE[partner]
    # provided: the partner requests and we supply; received: the reverse
    requester, supplier = (theirs, ours) if direction == "provided" else (ours, theirs)
    requesting, supplying = rng.choice(requester[0]), rng.choice(supplier[0])
    n_lines = rng.pick(_LINE_COUNTS, _LINE_COUNT_CUM)
    items = [rng.choice(_ITEMS) for _ in range(n_lines)]
    method = rng.pick(_METHODS, _METHOD_CUM)
    if method == "rik" and not all(_SUPPLY[i.category] for i in items):
        method = "cash"
    lines = []
    quantities = []
    for no, item in enumerate(items, start=1):
        quantity = Decimal(rng.randint(*item.qty_range))
        quantities.append(quantity)
        lines.append({
            "line_no": no, "category": item.category,
            "description": item.description, "nsn": item.nsn, "unit_of_issue": item.unit,
            "quantity": str(quantity), "unit_price_minor": _price_minor(rng, item, currency),
            "delivered_quantity": "0", "billable_minor": 0,
        })
    # How far along its life the order got: older orders are further along.
    age = (today - ordered_on).days
    fate = rng.random()
    stage = (0 if fate < 0.06 else 1 if fate < 0.12 else 2 if fate < 0.30 else
             3 if fate < 0.40 else 4 if fate < 0.62 else 5)
    if age < 20:
        stage = min(stage, 2)
    cancelled = rng.random() < 0.02 and stage <= 1
    history: list[tuple[str, str, str]] = [("", _REQUESTED, "order entered")]
    number = f"CAN-{partner}-{ordered_on:%y}-{serial:06d}"
    row: dict[str, object] = {
        "number": number,
        # the partner's own number, known for most orders (no draw: the same seed keeps its ledger)
        "partner_order_number": demo_partner_number(partner, ordered_on, serial),
        "exercise_id": exercise.id, "partner_code": partner, "direction": direction,
        "requesting_unit": requesting, "requesting_poc": rng.choice(requester[1]),
        "supplying_unit": supplying, "supplying_poc": rng.choice(supplier[1]),
        "ordered_on": ordered_on, "required_on": ordered_on + timedelta(days=rng.randint(0, 5)),
        "delivery_place": exercise.place, "settlement_method": method, "currency": currency,
        "ordering_official_name": "", "ordering_official_rank": "",
        "issuing_official_name": "", "issuing_official_rank": "", "signed_on": None,
        "our_official_login": None,
        "billable_minor": 0, "settled_minor": 0, "source": "demo",
    }
    nations = (partner, "CAN") if direction == "provided" else ("CAN", partner)
    gaps = 0.35 if rng.random() < 0.12 else 0.0  # about one order in eight lacks some data
    for side, nation in zip(("requesting", "supplying"), nations, strict=True):
        phone, email = _CONTACTS[nation]
        row[f"{side}_poc_phone"] = "" if rng.random() < gaps else phone
        row[f"{side}_poc_email"] = "" if rng.random() < gaps else email
    row["funding_reference"] = ("" if rng.random() < gaps else
                                f"{exercise.name[:12].upper()}-{ordered_on:%y}-L{serial % 97:02d}")
    if stage == 0 and rng.random() < 0.5:
        row["delivery_place"] = ""  # requested with data missing
        row["requesting_poc"] = ""
    deliveries: list[tuple[int, date, Decimal, int]] = []
    settlements: list[tuple[date, str, int, str]] = []
    receipt = invoice = None
    status = _REQUESTED
    signed = stage >= 1 and not (stage >= 2 and rng.random() < 0.03)  # a few never signed
    if stage >= 1 and signed:
        ordering_rank, ordering_name = rng.choice(requester[2])
        issuing_rank, issuing_name = rng.choice(supplier[2])
        row.update(ordering_official_name=ordering_name, ordering_official_rank=ordering_rank,
                   issuing_official_name=issuing_name, issuing_official_rank=issuing_rank,
                   signed_on=ordered_on, our_official_login=DEMO_OFFICER)
        history.append((_REQUESTED, _SIGNED, "signed by both sides"))
        status = _SIGNED
    settled = 0
    if cancelled:
        history.append((status, _CANCELLED, "requirement withdrawn"))
        status = _CANCELLED
    elif stage >= 2:
        day = min(today, ordered_on + timedelta(days=rng.randint(0, 6)))
        partial = stage == 2 and rng.random() < 0.4
        billable = 0
        for index, line in enumerate(lines):
            qty = quantities[index]
            if partial and index == 0:
                qty = (qty / 2).to_integral_value() or qty
            amount = line_amount_minor(qty, line["unit_price_minor"])  # type: ignore[arg-type]
            line["delivered_quantity"] = str(qty)
            line["billable_minor"] = amount
            billable += amount
            deliveries.append((index, day, qty, amount))
        history.append((status, _DELIVERED,
                        "delivered in part" if partial else "delivered in full"))
        status = _DELIVERED
        row["billable_minor"] = billable
        if stage >= 3:
            receipt = (min(today, day + timedelta(days=1)), rng.choice(requester[1]))
            history.append((status, _RECEIVED, "received"))
            status = _RECEIVED
        if stage >= 4:
            issued = min(today, day + timedelta(days=rng.randint(5, 40)))
            invoice = (issued, f"INV-{partner}-{serial:06d}")
            history.append((status, _INVOICED, "invoice raised"))
            status = _INVOICED
            # Some invoiced orders are partly paid; older ones more often.
            if rng.random() < 0.35:
                part = billable * rng.choice((1, 2, 3)) // 4
                if part > 0:
                    settlements.append((min(today, issued + timedelta(days=30)), "cash", part,
                                        f"PAY-{serial:06d}-1"))
                    settled = part
        if stage >= 5:
            rest = billable - settled
            settle_on = min(today, ordered_on + timedelta(days=rng.randint(40, 330)))
            if rest > 0:
                how = method if method in ("rik", "eve") else rng.pick(
                    _LATE_METHODS, _LATE_METHOD_CUM)
                settlements.append((settle_on, how, rest, f"PAY-{serial:06d}-2"))
                settled += rest
            history.append((status, _SETTLED, "nothing outstanding"))
            status = _SETTLED
            if rng.random() < 0.97:  # a few settled orders are left open: could close, did not
                history.append((_SETTLED, _CLOSED, "delivered in full and nothing outstanding"))
                status = _CLOSED
        row["settled_minor"] = settled
    row["status"] = status
    # every delivery of a demo order is on one day (``day``)
    row["oldest_unpaid_on"] = oldest_unpaid(
        [(deliveries[0][1], sum(d[3] for d in deliveries))] if deliveries else [], settled)
    row["search_text"] = search_text(number, requesting, supplying,
                                     [item.description for item in items])
    unapproved = tuple(
        ref for day, _how, _amount, ref in settlements
        if status == _INVOICED and serial % AWAITING_EVERY == 0
        and (today - day).days <= AWAITING_DAYS) if settlements else ()
    return _DemoOrder(row, lines, deliveries, settlements, history, receipt, invoice, unapproved)


#: One order in AWAITING_EVERY that is invoiced and part-paid in the last AWAITING_DAYS has
#: that payment still awaiting our officer's approval (decided from the serial: no draw from
#: the demo's random stream, so the rest of the demo is unchanged).
AWAITING_EVERY = 4
AWAITING_DAYS = 60


def _write_batch(session: Session, batch: list[_DemoOrder], stamp: object,
                 paperwork: demo_documents.Paperwork) -> None:
    common = {"entered_by": DEMO_USER, "updated_by": DEMO_USER, "created_at": stamp,
              "updated_at": stamp, "version": 1}
    order_rows = [{**o.row, **common} for o in batch]
    ids = insert_rows(session, Order.__table__, order_rows, want_ids=True)
    line_rows = []
    for order_id, demo in zip(ids, batch, strict=True):
        for line in demo.lines:
            line_rows.append({**line, "order_id": order_id})
    line_ids = insert_rows(session, OrderLine.__table__, line_rows, want_ids=True)
    deliveries, settlements, history, receipts, invoices = [], [], [], [], []
    cursor = 0
    for order_id, demo in zip(ids, batch, strict=True):
        ids_of_lines = line_ids[cursor : cursor + len(demo.lines)]
        cursor += len(demo.lines)
        for index, day, qty, delta in demo.deliveries:
            deliveries.append({
                "order_id": order_id, "line_id": ids_of_lines[index], "delivered_on": day,
                "quantity": str(qty), "billable_delta_minor": delta, "reverses_id": None,
                "reason": "", "recorded_by": DEMO_USER, "recorded_at": stamp,
            })
        for day, how, amount, ref in demo.settlements:
            settlements.append({
                "order_id": order_id, "settled_on": day, "method": how, "amount_minor": amount,
                "currency": demo.row["currency"], "reference": ref, "reverses_id": None,
                "reason": "", "recorded_by": DEMO_USER, "recorded_at": stamp,
            })
        for from_status, to_status, reason in demo.history:
            history.append({"order_id": order_id, "at": stamp, "by": DEMO_USER,
                            "from_status": from_status, "to_status": to_status,
                            "reason": reason})
        if demo.receipt:
            receipts.append({"order_id": order_id, "received_on": demo.receipt[0],
                             "received_by": demo.receipt[1], "condition": "as ordered",
                             "recorded_by": DEMO_USER, "recorded_at": stamp})
        if demo.invoice:
            invoices.append({"order_id": order_id, "issued_on": demo.invoice[0],
                             "reference": demo.invoice[1], "recorded_by": DEMO_USER,
                             "recorded_at": stamp})
    children: dict[str, list[dict[str, object]]] = {"order_line": line_rows}
    delivery_ids = insert_rows(session, Delivery.__table__, deliveries, want_ids=True)  # type: ignore[arg-type]
    settlement_ids = insert_rows(session, Settlement.__table__, settlements, want_ids=True)  # type: ignore[arg-type]
    # Our side's officer approved the demo settlements (four eyes: not the demo clerk), but
    # for a few recent part-payments still awaiting approval (the order stays invoiced).
    waiting = {(order_id, ref) for order_id, demo in zip(ids, batch, strict=True)
               for ref in demo.unapproved}
    approved = [(sid, row) for sid, row in zip(settlement_ids, settlements, strict=True)
                if (int(str(row["order_id"])), row["reference"]) not in waiting]
    approvals: list[dict[str, object]] = [
        {"settlement_id": sid, "approved_by": DEMO_OFFICER, "approved_at": stamp}
        for sid, _row in approved]
    approval_ids = insert_rows(session, SettlementApproval.__table__, approvals, want_ids=True)  # type: ignore[arg-type]
    for row, new_id, (_sid, settlement) in zip(approvals, approval_ids, approved, strict=True):
        row["id"] = new_id
        row["order_id"] = settlement["order_id"]  # to group it under its order (not a column)
    for rows, new_ids in ((deliveries, delivery_ids), (settlements, settlement_ids)):
        for row, new_id in zip(rows, new_ids, strict=True):
            row["id"] = new_id
    children.update(delivery=deliveries, settlement=settlements, settlement_approval=approvals)
    for model, rows in ((StatusChange, history), (Receipt, receipts), (Invoice, invoices)):
        new_ids = insert_rows(session, model.__table__, rows, want_ids=True)  # type: ignore[arg-type]
        children[model.__tablename__] = rows
        for row, new_id in zip(rows, new_ids, strict=True):
            row["id"] = new_id
    # Each order's first delivery of each day (grouped once: the batch's orders in one pass).
    first_delivery: dict[int, dict[date, int]] = {}
    for delivery_id, entry in zip(delivery_ids, deliveries, strict=True):
        first_delivery.setdefault(entry["order_id"], {}).setdefault(  # type: ignore[arg-type]
            entry["delivered_on"], delivery_id)  # type: ignore[arg-type]
    no_days: dict[date, int] = {}
    for order_id, demo in zip(ids, batch, strict=True):
        paperwork.order(order_id, demo.row, first_delivery.get(order_id, no_days), demo.invoice)
    paperwork.write(session)
    for row, new_id in zip(line_rows, line_ids, strict=True):
        row["id"] = new_id
    for row, new_id in zip(order_rows, ids, strict=True):
        row["id"] = new_id
    # One audit entry per order, carrying every row written with it (replayed by verify).
    audit.append_tree(session, "acsa_order", order_rows, children)
