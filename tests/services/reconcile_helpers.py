"""Orders at the invoiced stage, entered through the services (for reconciliation and offsets)."""

from datetime import date
from decimal import Decimal

from acsa_desk.services import orders, reference
from tests.conftest import ACTOR, both_officials, order_input


def exercise(ledger, partner="JPN", name="KAEDEX 2025"):
    with ledger.session() as s:
        found = reference.find_exercise(session=s, name=name)
        if found is not None:
            return found.id
        return reference.create_exercise(
            session=s, data=reference.ExerciseInput(name=name, partners=(partner,))).id


def invoiced(ledger, exercise_id, number, *, partner="JPN", direction="provided",
             partner_number="", quantity=10, price_minor=10000, currency="CAD", settled=0,
             delivered_on=date(2025, 6, 10), ordered_on=date(2025, 6, 3), delivered=None,
             stage="invoiced", approved_by=None):
    """An order of one line (quantity x price), delivered (all, or ``delivered``), received,
    invoiced, part settled (``approved_by``: the settlement approved); ``stage`` stops earlier
    (requested, signed, delivered, received)."""
    line = orders.LineInput("fuel", "Marine diesel F-76", "L", Decimal(quantity), price_minor)
    with ledger.session() as s:
        order = orders.create_order(session=s, actor=ACTOR, data=order_input(
            exercise_id, number, partner_code=partner, direction=direction, currency=currency,
            lines=(line,), partner_order_number=partner_number, ordered_on=ordered_on,
            required_on=ordered_on))
        oid = order.id
        if stage == "requested":
            return oid
        orders.sign(session=s, order_id=oid, signed_on=ordered_on, actor="officer",
                    **both_officials())
        if stage == "signed":
            return oid
        line_id = orders.order_lines(session=s, order_id=oid)[0].id
        orders.record_delivery(session=s, order_id=oid, delivered_on=delivered_on,
                               quantities={line_id: Decimal(delivered or quantity)}, actor=ACTOR)
        if stage == "delivered":
            return oid
        orders.record_receipt(session=s, order_id=oid, received_on=delivered_on,
                              received_by="LCdr Tremblay", actor=ACTOR)
        if stage == "received":
            return oid
        orders.raise_invoice(session=s, order_id=oid, reference_text=f"INV-{number}",
                             issued_on=delivered_on, actor=ACTOR)
        if settled:
            orders.record_settlement(session=s, order_id=oid, settled_on=delivered_on,
                                     method="cash", amount_minor=settled, actor=ACTOR,
                                     approved_by=approved_by)
    return oid
