"""A reconciliation is a record: saved (who, when), acted on item by item, reopened with changes."""

from datetime import date

import pytest
from sqlalchemy import text

from acsa_desk.core.errors import DatabaseProblem, RuleViolation
from acsa_desk.interchange.partner_statement import StatementRow
from acsa_desk.services import orders, reconciliation
from acsa_desk.services import reconciliation_records as records
from tests.services.reconcile_helpers import exercise, invoiced


def row(n, sender, receiver, billable, settled, direction="received", status="invoiced"):
    return StatementRow(n, sender, receiver, date(2025, 6, 3), direction, "CAD", billable,
                        settled, status)


@pytest.fixture
def book(ledger):
    ex = exercise(ledger)
    invoiced(ledger, ex, "CAN-1", partner_number="J-1", settled=40000)  # 1000.00, 400.00 paid
    invoiced(ledger, ex, "CAN-2")  # no partner number recorded
    invoiced(ledger, ex, "CAN-3", partner_number="J-3")
    return ledger


ROWS = (row(2, "J-1", "CAN-1", 100000, 60000),  # they booked 600.00 paid
        row(3, "J-2", "CAN-2", 100000, 0),  # their number, never recorded by us
        row(4, "J-3", "CAN-3", 100001, 0),  # one cent more
        row(5, "J-9", "", 500, 0))  # not in our ledger


def save(ledger, rows=ROWS, actor="officer"):
    with ledger.session(actor=actor) as s:
        result = reconciliation.reconcile(session=s, partner="JPN", rows=rows)
        return records.save(session=s, result=result, statement_name="japan.csv",
                            statement_sha256="0" * 64, actor=actor).id


def items(ledger, rec_id):
    with ledger.reader() as s:
        return {i.key: i for i in records.load(session=s, reconciliation_id=rec_id).items}


def test_saved_with_who_and_when_and_every_item(book):
    rec_id = save(book)
    with book.reader() as s:
        view = records.load(session=s, reconciliation_id=rec_id)
        assert (view.record.recorded_by, view.record.differs, view.record.missing_ours) == (
            "officer", 3, 1)
        assert view.record.recorded_at is not None
        assert records.last_reconciled(session=s)["JPN"][1] == "officer"
    got = items(book, rec_id)
    assert got["ours:CAN-1"].differences == ("settled",)
    assert got["ours:CAN-1"].theirs["settled"] == "600.00"
    assert got["theirs:J-9"].state == "missing_ours" and got["theirs:J-9"].ours is None


def test_explain_and_dispute_are_recorded_and_change_nothing(book):
    rec_id = save(book)
    item = items(book, rec_id)["ours:CAN-3"]
    with book.session(actor="officer") as s:
        records.act(session=s, item_id=item.id, action="explain", actor="officer",
                    reason="their delivery note rounds per litre; our proof of delivery attached")
    with book.session(actor="officer") as s:
        records.act(session=s, item_id=item.id, action="dispute", actor="officer",
                    reason="our price stands")
    latest = items(book, rec_id)["ours:CAN-3"]
    assert (latest.action, latest.reason, latest.by) == ("dispute", "our price stands", "officer")
    with book.reader() as s:
        assert orders.order_by_number(session=s, number="CAN-3").billable_minor == 100000
        reasons = records.load(session=s, reconciliation_id=rec_id).reasons()
    assert reasons["ours:CAN-3"].startswith("dispute: our price stands (officer, ")
    with pytest.raises(RuleViolation, match="give the reason"), book.session() as s:
        records.act(session=s, item_id=item.id, action="dispute", reason=" ", actor="officer")
    with pytest.raises(RuleViolation, match="no delivered quantity at our unit prices"), \
            book.session() as s:
        records.act(session=s, item_id=item.id, action="accept", reason="ok", actor="officer")


def test_accept_records_their_partner_number(book):
    rec_id = save(book)
    item = items(book, rec_id)["ours:CAN-2"]
    with book.session(actor="officer") as s:
        records.act(session=s, item_id=item.id, action="accept", reason="their number",
                    actor="officer")
    with book.reader() as s:
        order = orders.order_by_number(session=s, number="CAN-2")
        assert order.partner_order_number == "J-2"
        assert "reconciliation: their number" in orders.history(session=s, order_id=order.id)[-1].reason


@pytest.mark.parametrize("their_settled, entries_after", [
    # we booked 400.00 too little: the missing payment is entered
    (60000, [(40000, False), (20000, False)]),
    # we booked 100.00 too much: our payment is reversed and the right one entered
    (30000, [(40000, False), (-40000, True), (30000, False)]),
])
def test_accept_corrects_our_settled_through_the_settlement_rules(book, their_settled,
                                                                  entries_after):
    rows = (row(2, "J-1", "CAN-1", 100000, their_settled),)
    rec_id = save(book, rows=rows)
    item = items(book, rec_id)["ours:CAN-1"]
    with book.session(actor="officer") as s:
        records.act(session=s, item_id=item.id, action="accept", actor="officer",
                    reason="their books are right", on=date(2025, 7, 1))
    with book.reader() as s:
        order = orders.order_by_number(session=s, number="CAN-1")
        entries = orders.settlements(session=s, order_id=order.id)
    assert order.settled_minor == their_settled
    assert [(e.amount_minor, e.reverses_id is not None) for e in entries] == entries_after
    # reconciled again, the order agrees
    with book.reader() as s:
        again = reconciliation.reconcile(session=s, partner="JPN", rows=rows)
    assert next(i for i in again.items if i.order_number == "CAN-1").state == "agreed"


def test_a_reopened_reconciliation_shows_what_changed(book):
    first = save(book)
    with book.session(actor="officer") as s:
        records.act(session=s, item_id=items(book, first)["ours:CAN-2"].id, action="accept",
                    reason="their number", actor="officer")
    second = save(book, rows=(*ROWS[:3], row(5, "J-8", "", 700, 0)))
    got = items(book, second)
    assert got["ours:CAN-2"].change == "was differs (partner_order_number)"
    assert got["ours:CAN-2"].state == "agreed"
    assert got["theirs:J-8"].change == "new since the last reconciliation"
    assert got["ours:CAN-1"].change == ""
    with book.reader() as s:
        assert records.resolved_since(session=s, reconciliation_id=second) == ["theirs:J-9"]
        assert records.load(session=s, reconciliation_id=second).record.previous_id == first


def test_saved_reconciliations_are_append_only(book):
    rec_id = save(book)
    for sql in ("UPDATE reconciliation_item SET state = 'agreed'",
                f"DELETE FROM reconciliation WHERE id = {rec_id}"):
        with pytest.raises(DatabaseProblem, match="append-only"), book.session() as s:
            s.execute(text(sql))
