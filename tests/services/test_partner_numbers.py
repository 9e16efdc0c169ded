"""The partner's own number of an order: recorded, corrected at any stage, searched, printed."""

import json
from datetime import date

import pytest
from sqlalchemy import select

from acsa_desk.core.errors import RuleViolation, StaleRecord
from acsa_desk.db.models import AuditEntry, Order
from acsa_desk.services import orders, queries
from acsa_desk.services.documents_data import order_form_data
from acsa_desk.services.partner_numbers import set_partner_order_number
from tests.conftest import ACTOR, order_input


def test_created_and_edited_with_the_order(ledger, exercise_id):
    with ledger.session() as s:
        order = orders.create_order(
            session=s, data=order_input(exercise_id, partner_order_number="  JMSDF-25-0077 "),
            actor=ACTOR)
        oid, version = order.id, order.version
    with ledger.reader() as s:
        assert orders.get_order(session=s, order_id=oid).partner_order_number == "JMSDF-25-0077"
    with ledger.session() as s:
        orders.update_order(session=s, order_id=oid, actor=ACTOR, expected_version=version,
                            data=order_input(exercise_id, partner_order_number="JMSDF-25-0078"))
    with ledger.reader() as s:
        assert orders.get_order(session=s, order_id=oid).partner_order_number == "JMSDF-25-0078"


# the rule of our own order numbers (core/limits.check_identifier): a zero-width space, a BOM,
# a bidi override, a look-alike hyphen or an inner space is refused, never stored
@pytest.mark.parametrize("bad", ["x" * 61, "JMSDF\n25", "A\tB", "JMSDF-25\u200b",
                                 "\ufeffJMSDF-25", "JMSDF\u202e52", "JMSDF\u201025",
                                 "JMSDF 25", "JMSDF-\u0662\u0665"])
def test_a_bad_number_is_refused_and_nothing_saved(ledger, exercise_id, bad):
    with pytest.raises(RuleViolation) as caught, ledger.session() as s:
        orders.create_order(session=s, data=order_input(exercise_id, partner_order_number=bad),
                            actor=ACTOR)
    assert caught.value.rule == "partner_order_number"
    with ledger.reader() as s:
        assert s.scalars(select(Order)).first() is None


def test_set_on_a_signed_order_with_history_audit_and_version(ledger, signed_order):
    with ledger.reader() as s:
        version = orders.get_order(session=s, order_id=signed_order).version
    with ledger.session(actor="officer") as s:
        set_partner_order_number(session=s, order_id=signed_order, value="J-1", actor="officer",
                                 expected_version=version, reason="their statement")
    with ledger.reader() as s:
        order = orders.get_order(session=s, order_id=signed_order)
        assert (order.partner_order_number, order.status) == ("J-1", "signed")
        assert order.version == version + 1
        last = orders.history(session=s, order_id=signed_order)[-1]
        assert last.reason == "partner's number J-1: their statement" and last.by == "officer"
        audited = s.scalars(select(AuditEntry).where(AuditEntry.entity == "acsa_order")
                            .order_by(AuditEntry.id.desc())).first()
        assert json.loads(audited.after_text)["partner_order_number"] == "J-1"
    with pytest.raises(StaleRecord), ledger.session(actor="officer") as s:
        set_partner_order_number(session=s, order_id=signed_order, value="J-2", actor="officer",
                                 expected_version=version)
    with ledger.reader() as s:
        assert orders.get_order(session=s, order_id=signed_order).partner_order_number == "J-1"


def test_searched_listed_and_printed(ledger, exercise_id):
    with ledger.session() as s:
        orders.create_order(session=s, actor=ACTOR,
                            data=order_input(exercise_id, partner_order_number="JMSDF_77"))
        orders.create_order(session=s, actor=ACTOR, data=order_input(exercise_id, "CAN-2"))
    with ledger.reader() as s:
        found = queries.page_orders(session=s, flt=queries.OrderFilter(text="jmsdf_77"))
        assert [r.number for r in found] == ["CAN-JPN-25-0001"]
        assert found[0].partner_order_number == "JMSDF_77"
        # "_" is literal, not a wildcard
        assert queries.count_orders(session=s, flt=queries.OrderFilter(text="jmsdfx77")) == 0
        form = order_form_data(session=s, order_number="CAN-JPN-25-0001",
                               generated_on=date(2025, 7, 1))
        assert form.partner_order_number == "JMSDF_77"


def test_the_import_and_the_partner_statement_apply_the_same_rule():
    """One rule in one place: the orders import and the partner statement refuse what the
    editor refuses (they call the same function)."""
    from acsa_desk.core.limits import check_identifier
    from acsa_desk.interchange import partner_statement
    from acsa_desk.services.partner_numbers import clean_partner_order_number

    for bad in ("JMSDF-25\u200b", "JMSDF\u201025", "\u2066J-1\u2069"):
        for check in (clean_partner_order_number, partner_statement._number("x"),
                      lambda t: check_identifier(t, "x")):
            with pytest.raises(RuleViolation):
                check(bad)
    assert clean_partner_order_number("  J-1 ") == "J-1" and clean_partner_order_number("") == ""
