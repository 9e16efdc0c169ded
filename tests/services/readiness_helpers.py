"""Orders built to a stage of their life, for the readiness and attachment tests."""

from datetime import date
from decimal import Decimal

from acsa_desk.services import attachments, claims, orders, reference
from tests.conftest import ACTOR, admin_in, both_officials, order_input

CONTACTS = dict(requesting_poc_phone="+81 3 1234 5678", requesting_poc_email="tanaka@mod.go.jp",
                supplying_poc_phone="+1 613 555 0100", supplying_poc_email="tremblay@forces.gc.ca",
                funding_reference="L101-2025-KAEDEX")
PDF = b"%PDF-1.4\n% a small test document\n"


def complete_input(exercise_id, number, **changes):
    return order_input(exercise_id, number, **{**CONTACTS, **changes})


def agreement(session, **changes):
    reference.ensure_partner(session=session, code="JPN")
    from acsa_desk.services import agreements

    return agreements.set_agreement(session=session, partner_code="JPN",
                                    reference_text="CAN-JPN ACSA 2018", actor=admin_in(session),
                                    effective_from=date(2018, 1, 1), **changes)


def build(ledger, exercise_id, number, stage, *, delivered_on=date(2025, 6, 4), documents=True,
          partial=False, **changes):
    """An order carried to ``stage`` (signed, delivered, invoiced, notified, settled)."""
    with ledger.session() as s:
        order = orders.create_order(session=s, data=complete_input(exercise_id, number, **changes),
                                    actor=ACTOR)
        oid = order.id
        if stage == "requested":
            return oid
        orders.sign(session=s, order_id=oid, signed_on=date(2025, 6, 3), actor="officer",
                    **both_officials())
        if documents:
            attachments.attach(session=s, order_id=oid, file_name="form.pdf", content=PDF,
                               kind="signed_order_form", actor=ACTOR)
        if stage == "signed":
            return oid
        lines = orders.order_lines(session=s, order_id=oid)
        quantities = {lines[0].id: Decimal(1000)} if partial else {
            ln.id: Decimal(ln.quantity) for ln in lines}
        (first, *_rest) = orders.record_delivery(session=s, order_id=oid, delivered_on=delivered_on,
                                                 quantities=quantities, actor=ACTOR)
        if documents:
            attachments.attach(session=s, order_id=oid, file_name="pod.pdf", content=PDF + b"pod",
                               kind="proof_of_delivery", delivery_id=first.id, actor=ACTOR)
        if stage == "delivered":
            return oid
        orders.record_receipt(session=s, order_id=oid, received_on=delivered_on,
                              received_by="3佐 田中", actor=ACTOR)
        orders.raise_invoice(session=s, order_id=oid, reference_text=f"INV-{number}",
                             issued_on=delivered_on, actor=ACTOR)
        if documents:
            attachments.attach(session=s, order_id=oid, file_name="inv.pdf", content=PDF + b"inv",
                               kind="invoice", actor=ACTOR)
        if stage == "invoiced":
            return oid
        claims.notify_finance(session=s, order_id=oid, notified_on=delivered_on,
                              notified_to="DFO Ottawa", reference_text="CN-1", actor=ACTOR)
        if stage == "notified":
            return oid
        order = orders.get_order(session=s, order_id=oid)
        orders.record_settlement(session=s, order_id=oid, settled_on=delivered_on,
                                 method="cash", amount_minor=order.billable_minor, actor=ACTOR,
                                 approved_by="officer")
        return oid
