"""Fixtures of the orders widgets: an AppContext over a real ledger, and a demo ledger to page."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from acsa_desk.db.engine import Ledger, open_ledger
from tests.conftest import register_cast

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from acsa_desk.ui.context import AppContext
    from acsa_desk.ui.dialogs import ScriptedDialogs
    from acsa_desk.ui.messages import MessageBridge
    from acsa_desk.ui.settings import Settings

DEMO_ORDERS = 600
#: The demo ledger is built as of this day, so that its figures never depend on the clock.
DEMO_TODAY = date(2026, 6, 30)

ContextFactory = Callable[[Ledger], "AppContext"]

#: The offscreen platform cannot raise a window; editors raise theirs when asked to open twice.
#: (One qt_log_ignore marker wins, so this one repeats tests/ui/conftest.py's pattern too.)
OFFSCREEN_RAISE = r"^This plugin does not support raise\(\)$"
OFFSCREEN_SIZE_HINTS = r"^This plugin does not support propagateSizeHints\(\)$"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if item.path.is_relative_to(here):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_SIZE_HINTS, OFFSCREEN_RAISE))


@pytest.fixture(scope="module")
def demo_ledger(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Ledger]:
    """A ledger with 600 demo orders (read-only tests share it within a module)."""
    from acsa_desk.services.demo import fill_demo

    path: Path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    opened = register_cast(open_ledger(path))
    with opened.session(actor="demo") as session:
        fill_demo(session=session, orders=DEMO_ORDERS, seed=7, today=DEMO_TODAY)
    yield opened
    opened.close()


@pytest.fixture
def demo_size() -> int:
    return DEMO_ORDERS


@pytest.fixture
def demo_today() -> date:
    return DEMO_TODAY


@pytest.fixture
def make_context(
    qtbot: QtBot, settings: Settings, dialogs: ScriptedDialogs, messages: MessageBridge
) -> Iterator[ContextFactory]:
    """Builds AppContexts (actor "clerk") over a ledger, with real background tasks."""
    from acsa_desk.ui.context import AppContext, LedgerEvents
    from acsa_desk.ui.messages import MessagePresenter
    from acsa_desk.ui.people import load_people
    from acsa_desk.ui.tasks import TaskManager

    made: list[AppContext] = []

    def make(ledger: Ledger) -> AppContext:
        tasks = TaskManager(messages, progress_delay_ms=0)
        MessagePresenter(messages, dialogs, None, parent=tasks)
        context = AppContext(
            ledger=ledger, tasks=tasks, dialogs=dialogs, messages=messages, settings=settings,
            events=LedgerEvents(), actor="clerk", locale="en_CA",
        )
        context.people = load_people(ledger, "clerk")  # as the window loads them on open
        made.append(context)
        return context

    yield make
    for context in made:
        context.tasks.shutdown()


@pytest.fixture
def context(ledger: Ledger, make_context: ContextFactory) -> AppContext:
    """An AppContext over an empty temporary ledger."""
    return make_context(ledger)


@pytest.fixture
def demo_context(demo_ledger: Ledger, make_context: ContextFactory) -> AppContext:
    return make_context(demo_ledger)
