"""Fixtures of the application tests: the real main window and controller over a real ledger.

Background work runs in the TaskManager's worker thread as in the application; tests wait
for it with qtbot.waitUntil / waitSignal, never with sleeps. A crash (an unexpected exception
in a task or a callback) fails the test.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from acsa_desk.db.engine import Ledger
from acsa_desk.services import orders, reference
from tests.conftest import ACTOR, both_officials, order_input

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from acsa_desk.ui.context import AppContext
    from acsa_desk.ui.controller import AppController, LedgerSummary
    from acsa_desk.ui.dialogs import ScriptedDialogs
    from acsa_desk.ui.mainwindow import MainWindow
    from acsa_desk.ui.messages import MessageBridge
    from acsa_desk.ui.settings import Settings
    from acsa_desk.ui.tasks import TaskManager

#: The offscreen platform's noise (tests/ui/conftest.py ignores it; a test's own marker replaces that).
OFFSCREEN_NOISE = r"^This plugin does not support propagateSizeHints\(\)$"
#: The day the known ledger's figures are computed for (never the clock).
TODAY = date(2026, 6, 30)
WAIT_MS = 15_000


def wait_idle(qtbot: QtBot, tasks: TaskManager) -> None:
    """Waits until no background work is left (results delivered, callbacks run)."""
    qtbot.waitUntil(lambda: not tasks.busy, timeout=WAIT_MS)


@pytest.fixture
def crashes() -> Iterator[list[BaseException]]:
    found: list[BaseException] = []
    yield found
    assert not found, f"unexpected exceptions: {found!r}"


@pytest.fixture
def make_context(
    qtbot: QtBot,
    settings: Settings,
    dialogs: ScriptedDialogs,
    messages: MessageBridge,
    crashes: list[BaseException],
) -> Iterator[Callable[..., AppContext]]:
    """AppContexts over a ledger for page tests (messages shown through the scripted dialogs)."""
    from acsa_desk.ui.context import AppContext, LedgerEvents
    from acsa_desk.ui.messages import MessagePresenter
    from acsa_desk.ui.people import load_people
    from acsa_desk.ui.tasks import TaskManager

    made: list[AppContext] = []

    def make(ledger: Ledger, actor: str = ACTOR) -> AppContext:
        tasks = TaskManager(messages, on_crash=crashes.append, progress_delay_ms=0)
        MessagePresenter(messages, dialogs, None, parent=tasks)
        context = AppContext(ledger=ledger, tasks=tasks, dialogs=dialogs, messages=messages,
                             settings=settings, events=LedgerEvents(), actor=actor, locale="en_CA")
        context.people = load_people(ledger, actor)  # as the window loads them on open
        made.append(context)
        return context

    yield make
    for context in made:
        context.tasks.shutdown()


@dataclass
class Desk:
    """The application as cli/window.py wires it, with scripted dialogs."""

    qtbot: QtBot
    window: MainWindow
    controller: AppController
    tasks: TaskManager
    dialogs: ScriptedDialogs
    summaries: list[LedgerSummary] = field(default_factory=list)

    def start(self, ledger: Ledger) -> LedgerSummary:
        """Opens ``ledger`` in the window and waits until it is ready."""
        with self.qtbot.waitSignal(self.controller.ready, timeout=WAIT_MS) as blocker:
            self.controller.set_ledger(ledger, remember=False)
        self.idle()
        return blocker.args[0]  # type: ignore[no-any-return]

    def idle(self) -> None:
        """Waits until the pages' work and the housekeeping (integrity check) are done."""
        maintenance = self.controller.maintenance
        self.qtbot.waitUntil(lambda: not self.tasks.busy and not maintenance.busy,
                             timeout=WAIT_MS)


@pytest.fixture
def desk(
    qtbot: QtBot,
    settings: Settings,
    dialogs: ScriptedDialogs,
    messages: MessageBridge,
    crashes: list[BaseException],
) -> Iterator[Desk]:
    from acsa_desk.ui.controller import AppController
    from acsa_desk.ui.mainwindow import MainWindow
    from acsa_desk.ui.tasks import TaskManager

    window = MainWindow(settings, dialogs, messages)  # closed below, after the work is done
    tasks = TaskManager(messages, parent_widget=window, on_crash=crashes.append, progress_delay_ms=0,
                        parent=window)
    controller = AppController(window, settings=settings, dialogs=dialogs, messages=messages,
                               tasks=tasks, actor=ACTOR)
    window.show()
    qtbot.waitExposed(window)
    yield Desk(qtbot, window, controller, tasks, dialogs)
    wait_idle(qtbot, tasks)
    controller.maintenance.shutdown()
    tasks.shutdown()
    controller.close()
    window.close()
    window.deleteLater()


# --- a small ledger whose figures are known ---------------------------------------------------------


@dataclass(frozen=True)
class Known:
    exercise_id: int
    overdue: int  # provided, CAD 100.00 delivered 399 days before TODAY, invoiced
    due_soon: int  # received, JPY 1500 delivered 340 days before TODAY, invoiced
    requested: int  # awaiting signatures
    part_settled: int  # provided, CAD 100.00 delivered 10 days before TODAY, 40.00 settled


def add_order(
    ledger: Ledger,
    exercise_id: int,
    number: str,
    *,
    direction: str = "provided",
    currency: str = "CAD",
    qty: int = 10,
    price: int = 1000,
    delivered: date | None = None,
    invoice: bool = True,
    settle: int = 0,
    settled_by: str = ACTOR,
) -> int:
    """An order carried through its life up to what is asked; returns its id."""
    ordered = (delivered or TODAY) - timedelta(days=1)
    line = orders.LineInput("fuel", "Marine diesel F-76", "L", Decimal(qty), price)
    with ledger.session(actor=ACTOR) as s:
        order = orders.create_order(
            session=s,
            data=order_input(exercise_id, number=number, direction=direction, currency=currency,
                             lines=(line,), ordered_on=ordered, required_on=ordered),
            actor=ACTOR)
        assert order.id is not None
        if delivered is None:
            return order.id
        orders.sign(session=s, order_id=order.id, signed_on=ordered, actor="officer", **both_officials())
        line_id = orders.order_lines(session=s, order_id=order.id)[0].id
        assert line_id is not None
        orders.record_delivery(session=s, order_id=order.id, delivered_on=delivered,
                               quantities={line_id: Decimal(qty)}, actor=ACTOR)
        orders.record_receipt(session=s, order_id=order.id, received_on=delivered, received_by="PO1 Roy",
                              actor=ACTOR)
        if invoice:
            orders.raise_invoice(session=s, order_id=order.id, reference_text=f"INV-{number}",
                                 issued_on=delivered, actor=ACTOR)
        if settle:
            orders.record_settlement(session=s, order_id=order.id, settled_on=delivered, method="cash",
                                     amount_minor=settle, reference_text=f"PAY-{number}",
                                     actor=settled_by)
        return order.id


def build_known(ledger: Ledger) -> Known:
    with ledger.session(actor=ACTOR) as s:
        exercise = reference.create_exercise(
            session=s, data=reference.ExerciseInput(name="KAEDEX 2025", place="Sea of Japan",
                                                    starts_on=date(2025, 6, 1), ends_on=date(2025, 6, 20),
                                                    partners=("JPN",)))
        assert exercise.id is not None
        exercise_id = exercise.id
    return Known(
        exercise_id=exercise_id,
        overdue=add_order(ledger, exercise_id, "A-OVERDUE", delivered=TODAY - timedelta(days=399)),
        due_soon=add_order(ledger, exercise_id, "B-DUESOON", direction="received", currency="JPY",
                           qty=3, price=500, delivered=TODAY - timedelta(days=340)),
        requested=add_order(ledger, exercise_id, "C-REQUESTED"),
        part_settled=add_order(ledger, exercise_id, "D-PART", qty=4, price=2500,
                               delivered=TODAY - timedelta(days=10), settle=4000),
    )


@pytest.fixture
def known(ledger: Ledger) -> Known:
    return build_known(ledger)


def good_orders_csv(folder: Path) -> Path:
    """The shared sample with its potable water priced per kilolitre (so every rule holds)."""
    from tests.conftest import DATA

    text = (DATA / "orders-sample.csv").read_text(encoding="utf-8")
    fixed = text.replace("water,Potable water alongside,,L,120000,0.5,120000",
                         "water,Potable water alongside,,KL,120,500,120")
    assert fixed != text
    path = folder / "orders-good.csv"
    path.write_text(fixed, encoding="utf-8", newline="")
    return path


def bad_orders_csv(folder: Path) -> Path:
    """The shared sample as published: row 4 prices JPY at 0.5 (JPY has no minor unit)."""
    from tests.conftest import DATA

    path = folder / "orders-sample.csv"
    path.write_bytes((DATA / "orders-sample.csv").read_bytes())
    return path
