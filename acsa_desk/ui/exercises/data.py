"""Exercises as the page shows them (Qt-free; every function runs in a worker thread)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from acsa_desk.db.engine import Ledger
from acsa_desk.services import balances as balance_service
from acsa_desk.services import reference
from acsa_desk.services.balances import Balance
from acsa_desk.services.queries import OrderFilter, count_orders
from acsa_desk.services.reference import ExerciseInput


@dataclass(frozen=True)
class ExerciseRow:
    id: int
    name: str
    activity_type: str
    starts_on: date | None
    ends_on: date | None
    place: str
    partners: tuple[str, ...]
    orders: int

    def to_input(self) -> ExerciseInput:
        return ExerciseInput(name=self.name, activity_type=self.activity_type,
                             starts_on=self.starts_on, ends_on=self.ends_on, place=self.place,
                             partners=self.partners)


def load_exercises(ledger: Ledger) -> list[ExerciseRow]:
    with ledger.reader() as session:
        rows = []
        for exercise in reference.list_exercises(session=session):
            assert exercise.id is not None
            rows.append(ExerciseRow(
                id=exercise.id, name=exercise.name, activity_type=exercise.activity_type,
                starts_on=exercise.starts_on, ends_on=exercise.ends_on, place=exercise.place,
                partners=tuple(reference.exercise_partners(session=session, exercise_id=exercise.id)),
                orders=count_orders(session=session, flt=OrderFilter(exercise_id=exercise.id)),
            ))
        return rows


def load_exercise(ledger: Ledger, exercise_id: int) -> ExerciseRow:
    with ledger.reader() as session:
        exercise = reference.get_exercise(session=session, exercise_id=exercise_id)
        return ExerciseRow(
            id=exercise_id, name=exercise.name, activity_type=exercise.activity_type,
            starts_on=exercise.starts_on, ends_on=exercise.ends_on, place=exercise.place,
            partners=tuple(reference.exercise_partners(session=session, exercise_id=exercise_id)),
            orders=count_orders(session=session, flt=OrderFilter(exercise_id=exercise_id)),
        )


def exercise_balances(ledger: Ledger, exercise_id: int) -> list[Balance]:
    with ledger.reader() as session:
        return balance_service.balances(session=session, exercise_id=exercise_id)


def save_exercise(ledger: Ledger, actor: str, exercise_id: int | None, data: ExerciseInput) -> int:
    """Creates (no id) or updates an exercise; returns its id. RuleViolation names the field."""
    with ledger.session(actor=actor) as session:
        if exercise_id is None:
            exercise = reference.create_exercise(session=session, data=data)
        else:
            exercise = reference.update_exercise(session=session, exercise_id=exercise_id, data=data)
        assert exercise.id is not None
        return exercise.id
