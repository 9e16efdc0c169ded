"""The orders import's optional order-form columns: points of contact with phone and e-mail,
delivery place, funding reference and date required (README "Orders import")."""

from datetime import date

import pytest
from sqlalchemy import text

from acsa_desk.core.errors import ImportRejected
from acsa_desk.db import audit
from acsa_desk.interchange.orders_import import CONTACT_COLUMNS, import_orders
from acsa_desk.services import orders, readiness
from tests.interchange.conftest import FULL_HEADER, order_row, snapshot

CONTACTS = {
    "requesting_poc": "3佐 田中", "requesting_poc_phone": "+81 3 1234 5678",
    "requesting_poc_email": "tanaka@mod.go.jp", "supplying_poc": "LCdr Tremblay",
    "supplying_poc_phone": "+1 613 555 0100", "supplying_poc_email": "tremblay@forces.gc.ca",
    "delivery_place": "Yokosuka, berth 4", "funding_reference": "L101-2025-KAEDEX",
}
HEADER = [*FULL_HEADER, *CONTACT_COLUMNS, "required_on"]


def run(ledger, path):
    with ledger.session() as s:
        return import_orders(session=s, path=path, actor="clerk")


def test_contact_columns_are_stored_and_logged(ledger, write):
    rows = [order_row(**CONTACTS, required_on="2025-06-04"),
            order_row(**CONTACTS, required_on="2025-06-04", description="Potable water",
                      category="water", nsn="", unit_price="0.03", quantity="1000",
                      delivered_quantity="1000")]
    run(ledger, write(rows, HEADER))
    with ledger.reader() as s:
        order = orders.order_by_number(session=s, number="CAN-JPN-25-0101")
        assert {name: getattr(order, name) for name in CONTACT_COLUMNS} == CONTACTS
        assert order.required_on == date(2025, 6, 4)
        (row,) = readiness.assess(session=s, as_of=date(2025, 6, 5))
        # all the order form's data is there; no agreement is recorded with JPN here, and
        # the signatures and documents are not what a spreadsheet carries
        assert row.details["missing_data"] == ["agreement_reference"]
        assert "missing_signatures" in row.exceptions
        assert audit.verify(s).ok  # every new column is in the order's audit entry
    if ledger.path is None:
        return
    with ledger.engine.begin() as c:  # altered behind the ledger's back: verify names it
        c.execute(text("UPDATE acsa_order SET funding_reference = 'FORGED'"))
    with ledger.reader() as s:
        problems = audit.verify(s).problems
    assert any("funding_reference" in p and "FORGED" in p for p in problems), problems


def test_a_file_without_them_imports_as_before(ledger, write):
    run(ledger, write([order_row()]))
    with ledger.reader() as s:
        order = orders.order_by_number(session=s, number="CAN-JPN-25-0101")
        assert [getattr(order, name) for name in CONTACT_COLUMNS] == [""] * len(CONTACT_COLUMNS)
        assert order.required_on is None
        (row,) = readiness.assess(session=s, as_of=date(2025, 6, 5))
        assert "funding_reference" in row.details["missing_data"]


@pytest.mark.parametrize(("changes", "column", "fragment"), [
    ({"funding_reference": "L102"}, "funding_reference", "an order's rows must agree"),
    ({"requesting_poc_email": "a\u200bb@x"}, "requesting_poc_email", "not allowed in text"),
    ({"required_on": "2025-06-02"}, "required_on", "is before ordered_on"),
    ({"required_on": "4 June"}, "required_on", "YYYY-MM-DD"),
])
def test_their_rules_name_row_and_column(ledger, write, changes, column, fragment):
    rows = [order_row(**CONTACTS),
            order_row(**{**CONTACTS, **changes}, description="Potable water", category="water",
                      nsn="")]
    before = snapshot(ledger)
    with pytest.raises(ImportRejected) as info:
        run(ledger, write(rows, HEADER))
    assert any(d.row == 3 and d.column == column and fragment in d.message
               for d in info.value.defects), [str(d) for d in info.value.defects]
    assert snapshot(ledger) == before
