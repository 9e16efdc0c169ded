"""Fixtures shared by the whole suite: a real ledger on a temporary SQLite file."""

from __future__ import annotations

import gc
import io
import os
import tempfile
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Ledger keys made by the tests (and the programs they start) go to a folder of the run's own,
# never to the user's config folder.
os.environ.setdefault("ACSA_DESK_KEY_DIR", tempfile.mkdtemp(prefix="acsa-test-keys-"))

from pypdf import PdfReader
from sqlalchemy.orm import Session

from acsa_desk.db.engine import Ledger, open_ledger
from acsa_desk.services import orders, reference

DATA = Path(__file__).resolve().parent / "data"  # copies of shared/docs/samples
SAMPLES = DATA
ACTOR = "clerk"


@pytest.fixture(scope="session")
def pg_server():  # type: ignore[no-untyped-def]
    from tests.pg import start_server

    yield from start_server()


# The service-level suites (tests/services, tests/interchange) run every test on both.
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


# The people of the test ledgers: who enters (a clerk) and who certifies (officers).
CAST = (("clerk", "clerk"), ("officer", "officer"), ("o", "officer"), ("officer2", "officer"))


# Who changes the agreements (an admin), registered only where a test needs one: the cast's
# lists of users and of certifying officers stay as they are.
ADMIN = "admin"


def register_admin(ledger: Ledger) -> str:
    """Registers the admin ``ADMIN`` on a test ledger (once); returns its login."""
    from acsa_desk.db.models import AppUser

    with ledger.reader() as session:
        known = session.get(AppUser, ADMIN) is not None
    if not known:
        register_cast(ledger, ((ADMIN, "admin"),))
    return ADMIN


def admin_in(session: Session) -> str:
    """The admin ``ADMIN``, registered in this unit of work if the ledger has none yet."""
    from acsa_desk.db.models import AppUser

    if session.get(AppUser, ADMIN) is None:
        session.add(AppUser(login=ADMIN, display_name="", rank="", appointment="",
                            role="admin", active=True))
        session.flush()
    return ADMIN


def register_cast(ledger: Ledger, cast: tuple[tuple[str, str], ...] = CAST) -> Ledger:
    """Registers the test ledgers' users (display name left empty: shown by login), audited
    like every write (verify replays the log against every table)."""
    from acsa_desk.db import audit
    from acsa_desk.db.bulk import insert_rows
    from acsa_desk.db.models import AppUser

    rows = [{"login": login, "display_name": "", "rank": "", "appointment": "", "role": role,
             "active": True} for login, role in cast]
    with ledger.session() as session:
        insert_rows(session, AppUser.__table__, rows)  # type: ignore[arg-type]
        audit.append_rows(session, "app_user", rows, key="login")
    return ledger


def open_backend(request: pytest.FixtureRequest, tmp_path: Path,
                 cast: bool = True) -> Iterator[Ledger]:
    """A fresh ledger on a real SQLite file, or in a fresh PostgreSQL database, with the
    test cast of users registered (``cast=False``: empty, e.g. the target of copy-to)."""
    backend = getattr(request, "param", "sqlite")
    enrol = register_cast if cast else (lambda opened: opened)
    if backend == "sqlite":
        opened = enrol(open_ledger(tmp_path / "ledger.sqlite"))
        yield opened
        opened.close()
        return
    from tests.pg import fresh_database

    url, drop = fresh_database(request.getfixturevalue("pg_server"))
    opened = enrol(open_ledger(url))
    yield opened
    opened.close()
    drop()  # type: ignore[operator]


@pytest.fixture
def ledger(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Ledger]:
    yield from open_backend(request, tmp_path)


@pytest.fixture
def exercise_id(ledger: Ledger) -> int:
    with ledger.session() as session:
        exercise = reference.create_exercise(
            session=session,
            data=reference.ExerciseInput(name="KAEDEX 2025", place="Sea of Japan",
                                         partners=("JPN",)),
        )
        assert exercise.id is not None
        return exercise.id


def order_input(exercise_id: int, number: str = "CAN-JPN-25-0001", **changes: object
                ) -> orders.OrderInput:
    """A complete order: fuel, water and tugs for JPN, in CAD unless changed."""
    values: dict[str, object] = dict(
        number=number, exercise_id=exercise_id, partner_code="JPN", direction="provided",
        ordered_on=date(2025, 6, 3), settlement_method="cash", currency="CAD",
        requesting_unit="JS Kirisame", requesting_poc="3佐 田中",
        supplying_unit="MV Asterix", supplying_poc="LCdr Tremblay",
        required_on=date(2025, 6, 4), delivery_place="Sea of Japan",
        lines=(
            orders.LineInput("fuel", "Marine diesel F-76", "L", Decimal(85000), 112,
                             "9140002732377"),
            orders.LineInput("water", "Potable water", "L", Decimal(12000), 3),
            orders.LineInput("port_services", "Tug assistance", "HR", Decimal(6), 48000),
        ),
    )
    values.update(changes)
    return orders.OrderInput(**values)  # type: ignore[arg-type]


def both_officials() -> dict[str, orders.Official]:
    return {
        "ordering_official": orders.Official("Hiroshi Sato", "2佐"),
        "issuing_official": orders.Official("Anne Tremblay", "Cdr"),
    }


@pytest.fixture
def signed_order(ledger: Ledger, exercise_id: int) -> int:
    with ledger.session() as session:
        order = orders.create_order(session=session, data=order_input(exercise_id), actor=ACTOR)
        orders.sign(session=session, order_id=order.id, signed_on=date(2025, 6, 3),
                    actor="officer", **both_officials())
        assert order.id is not None
        return order.id


#: Objects a page leaves as the document's cyclic garbage at its end (its page object, its
#: stream, resources, references: 13-14 measured); a cycle made per row (about 28 a page
#: here) would be well over.
GARBAGE_PER_PAGE = 16


def garbage_of(build) -> tuple[int, int]:
    """(objects the collector frees after ``build()`` ran with it off, pages built): off
    here, so that it does not run as the build's pause ends, before they are counted."""
    gc.collect()
    gc.disable()
    try:
        pdf = build()
        found = gc.collect()
    finally:
        gc.enable()
    return found, len(PdfReader(io.BytesIO(pdf)).pages)


def assert_only_the_documents_own_garbage(build) -> None:
    found, pages = garbage_of(build)
    assert pages > 20
    assert found <= GARBAGE_PER_PAGE * pages + 100, (found, pages)
