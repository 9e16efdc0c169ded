"""The life of an order, enforced by the services (not the window)."""

from datetime import date
from decimal import Decimal

import pytest

from acsa_desk.core.errors import RuleViolation, StaleRecord
from acsa_desk.db.models import Order
from acsa_desk.services import orders
from tests.conftest import ACTOR, both_officials, order_input, register_admin


def _lines(session, order_id):
    return orders.order_lines(session=session, order_id=order_id)


def test_a_whole_order_from_request_to_closed(ledger, exercise_id):
    with ledger.session() as s:
        order = orders.create_order(session=s, data=order_input(exercise_id), actor=ACTOR)
        oid = order.id
        assert order.status == "requested"
        assert orders.allowed_actions(order) == ["edit", "sign", "cancel"]
    with ledger.session() as s:
        orders.sign(session=s, order_id=oid, signed_on=date(2025, 6, 3), actor="officer",
                    **both_officials())
    with ledger.session() as s:
        fuel, water, tugs = _lines(s, oid)
        orders.record_delivery(session=s, order_id=oid, delivered_on=date(2025, 6, 4),
                               quantities={fuel.id: Decimal(40000)}, actor=ACTOR)
        order = orders.get_order(session=s, order_id=oid)
        assert order.status == "delivered"
        assert order.billable_minor == 40000 * 112
        orders.record_delivery(session=s, order_id=oid, delivered_on=date(2025, 6, 5),
                               quantities={fuel.id: Decimal(45000), water.id: Decimal(12000),
                                           tugs.id: Decimal(6)}, actor=ACTOR)
        assert order.billable_minor == 85000 * 112 + 12000 * 3 + 6 * 48000
    with ledger.session() as s:
        orders.record_receipt(session=s, order_id=oid, received_on=date(2025, 6, 5),
                              received_by="3佐 田中", condition="as ordered", actor=ACTOR)
        orders.raise_invoice(session=s, order_id=oid, reference_text="INV-001",
                             issued_on=date(2025, 6, 20), actor=ACTOR)
        order = orders.get_order(session=s, order_id=oid)
        assert order.status == "invoiced"
        orders.record_settlement(session=s, order_id=oid, settled_on=date(2025, 7, 1),
                                 method="cash", amount_minor=5_000_000, actor=ACTOR)
        assert order.status == "invoiced"
        assert orders.outstanding_minor(order) == 9_844_000 - 5_000_000
        last = orders.record_settlement(session=s, order_id=oid, settled_on=date(2025, 8, 1),
                                        method="offset", amount_minor=4_844_000, actor=ACTOR,
                                        approved_by="officer")
        assert order.status == "invoiced", "the first settlement still awaits approval"
        with pytest.raises(RuleViolation, match="cannot close"):
            orders.close_order(session=s, order_id=oid, reason="done", actor="officer")
        first = [x for x in orders.unapproved_settlements(session=s) if x.id != last.id]
        orders.approve_settlement(session=s, settlement_id=first[0].id, actor="officer")
        assert order.status == "closed"
        trail = [(h.from_status, h.to_status) for h in orders.history(session=s, order_id=oid)]
    assert trail == [
        ("", "requested"), ("requested", "signed"), ("signed", "delivered"),
        ("delivered", "received"), ("received", "invoiced"), ("invoiced", "settled"),
        ("settled", "closed"),
    ]


def test_history_records_who_and_why(ledger, signed_order):
    with ledger.reader() as s:
        entry = orders.history(session=s, order_id=signed_order)[-1]
    assert entry.by == "officer"
    assert "Hiroshi Sato" in entry.reason and "Anne Tremblay" in entry.reason
    assert entry.at is not None


def test_cannot_sign_with_required_data_missing(ledger, exercise_id):
    with ledger.session() as s:
        order = orders.create_order(
            session=s, data=order_input(exercise_id, delivery_place="", supplying_poc=""),
            actor=ACTOR)
        oid = order.id
    with pytest.raises(RuleViolation, match="delivery place is missing") as info:
        with ledger.session() as s:
            orders.sign(session=s, order_id=oid, signed_on=date(2025, 6, 3), actor="o",
                        **both_officials())
    assert "point of contact" in str(info.value)
    with ledger.reader() as s:
        assert orders.get_order(session=s, order_id=oid).status == "requested"


def test_cannot_sign_without_both_officials(ledger, exercise_id):
    with ledger.session() as s:
        oid = orders.create_order(session=s, data=order_input(exercise_id), actor=ACTOR).id
    with pytest.raises(RuleViolation, match="issuing official's name is missing"):
        with ledger.session() as s:
            orders.sign(session=s, order_id=oid, signed_on=date(2025, 6, 3), actor="o",
                        ordering_official=orders.Official("Sato"),
                        issuing_official=orders.Official("  "))


def test_cannot_deliver_before_signing(ledger, exercise_id):
    with ledger.session() as s:
        order = orders.create_order(session=s, data=order_input(exercise_id), actor=ACTOR)
        oid, line_id = order.id, _lines(s, order.id)[0].id
    with pytest.raises(RuleViolation, match="cannot be delivered before both sides have signed"):
        with ledger.session() as s:
            orders.record_delivery(session=s, order_id=oid, delivered_on=date(2025, 6, 4),
                                   quantities={line_id: Decimal(1)}, actor=ACTOR)


def test_delivery_cannot_exceed_what_is_left(ledger, signed_order):
    with ledger.session() as s:
        fuel = _lines(s, signed_order)[0]
    with pytest.raises(RuleViolation, match="more than the 85000 still to deliver"):
        with ledger.session() as s:
            orders.record_delivery(session=s, order_id=signed_order, delivered_on=date(2025, 6, 4),
                                   quantities={fuel.id: Decimal(85001)}, actor=ACTOR)
    with ledger.reader() as s:
        assert orders.get_order(session=s, order_id=signed_order).billable_minor == 0


def test_a_refused_delivery_writes_its_quantities_without_an_exponent(ledger, signed_order):
    """The quantities of the refusal are written as the ledger writes them (the officer can
    type them back): 0.0000000001, not 1E-10."""
    with ledger.session() as s:
        fuel = _lines(s, signed_order)[0]
        orders.record_delivery(session=s, order_id=signed_order, delivered_on=date(2025, 6, 4),
                               quantities={fuel.id: Decimal("84999.9999999999")}, actor=ACTOR)
    with pytest.raises(RuleViolation) as info:
        with ledger.session() as s:
            orders.record_delivery(session=s, order_id=signed_order, delivered_on=date(2025, 6, 5),
                                   quantities={fuel.id: Decimal("2E-10")}, actor=ACTOR)
    assert info.value.message == (
        "line 1: 0.0000000002 L is more than the 0.0000000001 still to deliver")


def test_replacement_in_kind_only_for_supplies(ledger, exercise_id):
    with pytest.raises(RuleViolation, match=r"only for supplies.*Airport and seaport services"):
        with ledger.session() as s:
            orders.create_order(session=s, data=order_input(exercise_id, settlement_method="rik"),
                                actor=ACTOR)
    supplies_only = order_input(exercise_id, settlement_method="rik",
                                lines=order_input(exercise_id).lines[:2])
    with ledger.session() as s:
        assert orders.create_order(session=s, data=supplies_only, actor=ACTOR).id


def _deliver_all_and_invoice(ledger, oid):
    with ledger.session() as s:
        quantities = {ln.id: Decimal(ln.quantity) for ln in _lines(s, oid)}
        orders.record_delivery(session=s, order_id=oid, delivered_on=date(2025, 6, 4),
                               quantities=quantities, actor=ACTOR)
        orders.record_receipt(session=s, order_id=oid, received_on=date(2025, 6, 4),
                              received_by="Sato", actor=ACTOR)
        orders.raise_invoice(session=s, order_id=oid, reference_text="INV-9",
                             issued_on=date(2025, 6, 30), actor=ACTOR)


def test_settlement_cannot_pass_the_billable_amount(ledger, signed_order):
    _deliver_all_and_invoice(ledger, signed_order)
    with pytest.raises(RuleViolation, match="above its billable amount"):
        with ledger.session() as s:
            orders.record_settlement(session=s, order_id=signed_order, settled_on=date(2025, 7, 1),
                                     method="cash", amount_minor=9_844_001, actor=ACTOR)
    with ledger.reader() as s:
        assert orders.get_order(session=s, order_id=signed_order).settled_minor == 0


def test_settlement_needs_an_invoice(ledger, signed_order):
    with ledger.session() as s:
        fuel = _lines(s, signed_order)[0]
        orders.record_delivery(session=s, order_id=signed_order, delivered_on=date(2025, 6, 4),
                               quantities={fuel.id: Decimal(10)}, actor=ACTOR)
    with pytest.raises(RuleViolation, match=r"cannot settle order .* it is delivered"):
        with ledger.session() as s:
            orders.record_settlement(session=s, order_id=signed_order, settled_on=date(2025, 7, 1),
                                     method="cash", amount_minor=100, actor=ACTOR)


def test_a_reversed_settlement_nets_to_zero_and_reopens_the_order(ledger, signed_order):
    _deliver_all_and_invoice(ledger, signed_order)
    with ledger.session() as s:
        paid = orders.record_settlement(session=s, order_id=signed_order,
                                        settled_on=date(2025, 7, 1), method="cash",
                                        amount_minor=9_844_000, actor=ACTOR,
                                        approved_by="officer")
        assert orders.get_order(session=s, order_id=signed_order).status == "closed"
        orders.reverse_settlement(session=s, settlement_id=paid.id, reason="wrong order",
                                  actor="officer")
        order = orders.get_order(session=s, order_id=signed_order)
        assert order.status == "invoiced"
        assert order.settled_minor == 0
        entries = orders.settlements(session=s, order_id=signed_order)
    assert [e.amount_minor for e in entries] == [9_844_000, -9_844_000]
    assert entries[1].reverses_id == entries[0].id


def test_reversals_are_entries_and_cannot_repeat(ledger, signed_order):
    with ledger.session() as s:
        fuel = _lines(s, signed_order)[0]
        (entry,) = orders.record_delivery(session=s, order_id=signed_order,
                                          delivered_on=date(2025, 6, 4),
                                          quantities={fuel.id: Decimal("0.5")}, actor=ACTOR)
    with pytest.raises(RuleViolation, match="say why"):
        with ledger.session() as s:
            orders.reverse_delivery(session=s, delivery_id=entry.id, reason=" ", actor=ACTOR)
    with ledger.session() as s:
        reversal = orders.reverse_delivery(session=s, delivery_id=entry.id,
                                           reason="wrong line", actor=ACTOR)
        order = orders.get_order(session=s, order_id=signed_order)
        assert order.billable_minor == 0
        assert order.status == "signed"
        assert reversal.billable_delta_minor == -entry.billable_delta_minor
    for target in (entry.id, reversal.id):
        with pytest.raises(RuleViolation, match="reversed"):
            with ledger.session() as s:
                orders.reverse_delivery(session=s, delivery_id=target, reason="again",
                                        actor=ACTOR)


def test_cannot_reverse_a_delivery_that_is_paid_for(ledger, signed_order):
    _deliver_all_and_invoice(ledger, signed_order)
    with ledger.session() as s:
        orders.record_settlement(session=s, order_id=signed_order, settled_on=date(2025, 7, 1),
                                 method="cash", amount_minor=9_000_000, actor=ACTOR)
        fuel_delivery = orders.deliveries(session=s, order_id=signed_order)[0]
    with pytest.raises(RuleViolation, match="reverse the settlement first"):
        with ledger.session() as s:
            orders.reverse_delivery(session=s, delivery_id=fuel_delivery.id, reason="x",
                                    actor=ACTOR)


def test_cancel_only_without_deliveries(ledger, signed_order, exercise_id):
    with ledger.session() as s:
        fuel = _lines(s, signed_order)[0]
        orders.record_delivery(session=s, order_id=signed_order, delivered_on=date(2025, 6, 4),
                               quantities={fuel.id: Decimal(1)}, actor=ACTOR)
    with pytest.raises(RuleViolation, match="cannot cancel"):
        with ledger.session() as s:
            orders.cancel_order(session=s, order_id=signed_order, reason="x", actor=ACTOR)
    with ledger.session() as s:
        other = orders.create_order(session=s, data=order_input(exercise_id, number="B-2"),
                                    actor=ACTOR)
        orders.cancel_order(session=s, order_id=other.id, reason="withdrawn", actor=ACTOR)
        assert other.status == "cancelled"


def test_signed_orders_are_not_edited(ledger, signed_order, exercise_id):
    with pytest.raises(RuleViolation, match="cannot edit"):
        with ledger.session() as s:
            orders.update_order(session=s, order_id=signed_order,
                                data=order_input(exercise_id), actor=ACTOR, expected_version=None)


def test_a_stale_save_is_refused_and_names_who_changed_it(ledger, exercise_id):
    with ledger.session() as s:
        order = orders.create_order(session=s, data=order_input(exercise_id), actor=ACTOR)
        oid, version = order.id, order.version
    with ledger.session() as s:
        orders.update_order(session=s, order_id=oid, data=order_input(exercise_id,
                            delivery_place="Yokosuka"), actor="colleague",
                            expected_version=version)
    with pytest.raises(StaleRecord, match="changed by colleague"):
        with ledger.session() as s:
            orders.update_order(session=s, order_id=oid, data=order_input(exercise_id),
                                actor=ACTOR, expected_version=version)
    with ledger.reader() as s:
        assert s.get(Order, oid).delivery_place == "Yokosuka"


def test_duplicate_order_number_is_refused(ledger, exercise_id):
    with ledger.session() as s:
        orders.create_order(session=s, data=order_input(exercise_id), actor=ACTOR)
    with pytest.raises(RuleViolation, match="already exists"):
        with ledger.session() as s:
            orders.create_order(session=s, data=order_input(exercise_id), actor=ACTOR)


def test_agreement_categories_are_enforced(ledger, exercise_id):
    from acsa_desk.services import reference

    with ledger.session(actor=register_admin(ledger)) as s:
        reference.set_agreement(session=s, partner_code="JPN", reference="CAN-JPN ACSA 2018",
                                categories=("fuel", "water"))
    with pytest.raises(RuleViolation, match="not covered by the agreement"):
        with ledger.session() as s:
            orders.create_order(session=s, data=order_input(exercise_id), actor=ACTOR)


def test_an_order_at_no_charge_closes_on_receipt(ledger, exercise_id):
    free = orders.LineInput("training", "Range safety briefing", "HR", Decimal(2), 0)
    with ledger.session() as s:
        order = orders.create_order(session=s, data=order_input(exercise_id, lines=(free,)),
                                    actor=ACTOR)
        orders.sign(session=s, order_id=order.id, signed_on=date(2025, 6, 3), actor="o",
                    **both_officials())
        line = _lines(s, order.id)[0]
        orders.record_delivery(session=s, order_id=order.id, delivered_on=date(2025, 6, 4),
                               quantities={line.id: Decimal(2)}, actor=ACTOR)
        orders.record_receipt(session=s, order_id=order.id, received_on=date(2025, 6, 4),
                              received_by="Sato", actor=ACTOR)
        assert order.status == "closed"
