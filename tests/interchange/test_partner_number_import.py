"""The orders import's optional order-level column partner_order_number (interchange.md)."""

from acsa_desk.services import orders
from tests.interchange.conftest import ORDER_HEADER, order_row
from tests.interchange.test_orders_import import refused, run

HEADER = [*ORDER_HEADER, "partner_order_number"]


def test_the_partner_number_is_imported(ledger, write):
    run(ledger, write([order_row(partner_order_number=" JMSDF-25-0077 "),
                       order_row(order_number="CAN-2")], HEADER))
    with ledger.reader() as s:
        assert orders.order_by_number(session=s, number="CAN-JPN-25-0101"
                                      ).partner_order_number == "JMSDF-25-0077"
        assert orders.order_by_number(session=s, number="CAN-2").partner_order_number == ""


def test_without_the_column_orders_have_none(ledger, write):
    run(ledger, write([order_row()]))
    with ledger.reader() as s:
        assert orders.order_by_number(session=s, number="CAN-JPN-25-0101"
                                      ).partner_order_number == ""


def test_it_is_order_level_and_checked(ledger, write):
    path = write([order_row(partner_order_number="J-1"), order_row(partner_order_number="J-2")],
                 HEADER)
    refused(ledger, path, 3, "partner_order_number", "must agree")
    refused(ledger, write([order_row(partner_order_number="x" * 61)], HEADER), 2,
            "partner_order_number", "at most 60")


def test_invisible_and_look_alike_characters_are_refused(ledger, write):
    """A zero-width space or a look-alike hyphen in the partner's number is refused with row
    and column, as in our own order numbers, never stored."""
    refused(ledger, write([order_row(partner_order_number="JMSDF-25\u200b")], HEADER), 2,
            "partner_order_number", "U+200B")
    refused(ledger, write([order_row(partner_order_number="JMSDF\u201025")], HEADER), 2,
            "partner_order_number", "U+2010")
