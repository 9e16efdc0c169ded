"""Nothing is deleted from the ledger: a partner taken out of an exercise and a line taken
off a draft order stay on record, with who and when (SQLite and PostgreSQL)."""

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from acsa_desk.core.errors import DatabaseProblem, RuleViolation
from acsa_desk.db import audit
from acsa_desk.db.models import (
    ExercisePartner,
    ExercisePartnerChange,
    OrderLine,
    OrderLineWithdrawn,
)
from acsa_desk.services import orders, reference
from tests.conftest import ACTOR, BACKENDS, both_officials, order_input


@pytest.mark.parametrize("ledger", BACKENDS, indirect=True)
def test_a_partner_taken_out_of_an_exercise_stays_on_record(ledger):
    data = reference.ExerciseInput(name="KAEDEX 2025", partners=("JPN", "USA"))
    with ledger.session(actor=ACTOR) as s:
        ex = reference.create_exercise(session=s, data=data).id
    with ledger.session(actor=ACTOR) as s:
        reference.update_exercise(session=s, exercise_id=ex, data=reference.ExerciseInput(
            name="KAEDEX 2025", partners=("JPN",)))
    with ledger.session(actor="officer") as s:
        assert reference.exercise_partners(session=s, exercise_id=ex) == ["JPN"]
        reference.update_exercise(session=s, exercise_id=ex, data=reference.ExerciseInput(
            name="KAEDEX 2025", partners=("JPN", "USA")))
        assert reference.exercise_partners(session=s, exercise_id=ex) == ["JPN", "USA"]
    with ledger.reader() as s:
        assert s.scalar(select(func.count()).select_from(ExercisePartner)) == 2  # never deleted
        changes = [(c.partner_code, c.active, c.by) for c in
                   s.scalars(select(ExercisePartnerChange).order_by(ExercisePartnerChange.id))]
        assert changes == [("USA", False, ACTOR), ("USA", True, "officer")]
        assert audit.verify(s).ok
    with pytest.raises((DBAPIError, DatabaseProblem), match=r"never deleted|append-only"):
        with ledger.session(actor=ACTOR) as s:  # by hand, the database itself refuses
            s.execute(text("DELETE FROM exercise_partner"))


@pytest.mark.parametrize("ledger", BACKENDS, indirect=True)
def test_a_line_taken_off_a_draft_is_kept_as_it_stood(ledger, exercise_id):
    with ledger.session(actor=ACTOR) as s:
        order = orders.create_order(session=s, data=order_input(exercise_id), actor=ACTOR)
        oid, version = order.id, order.version
        before = [(ln.id, ln.description) for ln in orders.order_lines(session=s, order_id=oid)]
    fewer = order_input(exercise_id).lines[:1]
    with ledger.session(actor=ACTOR) as s:
        orders.update_order(session=s, order_id=oid, data=order_input(exercise_id, lines=fewer),
                            actor=ACTOR, expected_version=version)
    with ledger.reader() as s:
        kept = [(ln.id, ln.description) for ln in orders.order_lines(session=s, order_id=oid)]
        assert kept == before[:1]  # the kept line is the same row, updated in place
        gone = [(w.line_id, w.description, w.withdrawn_by, w.quantity) for w in
                s.scalars(select(OrderLineWithdrawn).order_by(OrderLineWithdrawn.line_no))]
        assert gone == [(before[1][0], "Potable water", ACTOR, "12000"),
                        (before[2][0], "Tug assistance", ACTOR, "6")]
        report = audit.verify(s)
        assert report.ok, report.problems  # the log explains the lines that left
        assert orders.get_order(session=s, order_id=oid).billable_minor == 0
    with ledger.session(actor="officer") as s:
        orders.sign(session=s, order_id=oid, signed_on=date(2025, 6, 3), actor="officer",
                    **both_officials())
    with pytest.raises(RuleViolation):
        with ledger.session(actor=ACTOR) as s:  # a signed order's lines are not edited
            orders.update_order(session=s, order_id=oid, data=order_input(exercise_id),
                                actor=ACTOR, expected_version=None)
    with ledger.reader() as s:
        assert [ln.quantity for ln in orders.order_lines(session=s, order_id=oid)] == ["85000"]
        assert s.scalar(select(func.count()).select_from(OrderLine)) == 1
        assert Decimal(orders.order_lines(session=s, order_id=oid)[0].quantity) == 85000
