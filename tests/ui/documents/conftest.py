"""Fixtures of the document views: an AppContext over a demo ledger, and a printer to a file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from acsa_desk.db.engine import Ledger, open_ledger

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from acsa_desk.ui.context import AppContext
    from acsa_desk.ui.dialogs import ScriptedDialogs
    from acsa_desk.ui.messages import MessageBridge
    from acsa_desk.ui.settings import Settings

DEMO_TODAY = date(2026, 3, 1)


@pytest.fixture(scope="module")
def demo_ledger(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Ledger]:
    """120 demo orders (JPN, USA, AUS), shared read-only within a module."""
    from acsa_desk.services.demo import fill_demo

    opened = open_ledger(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    with opened.session(actor="demo") as session:
        fill_demo(session=session, orders=120, seed=5, today=DEMO_TODAY)
    yield opened
    opened.close()


@pytest.fixture
def crashes() -> list[BaseException]:
    """What reached the crash handler: must stay empty."""
    return []


@pytest.fixture
def context(
    qtbot: QtBot,
    demo_ledger: Ledger,
    settings: Settings,
    dialogs: ScriptedDialogs,
    messages: MessageBridge,
    crashes: list[BaseException],
) -> Iterator[AppContext]:
    from acsa_desk.ui.context import AppContext, LedgerEvents
    from acsa_desk.ui.messages import MessagePresenter
    from acsa_desk.ui.tasks import TaskManager

    tasks = TaskManager(messages, progress_delay_ms=0, on_crash=crashes.append)
    MessagePresenter(messages, dialogs, None, parent=tasks)
    made = AppContext(
        ledger=demo_ledger, tasks=tasks, dialogs=dialogs, messages=messages, settings=settings,
        events=LedgerEvents(), actor="clerk", locale="en_CA",
    )
    yield made
    tasks.shutdown()
    assert crashes == []


@pytest.fixture
def pdf_printer(tmp_path: Path) -> tuple[Callable[..., object], list[tuple[object, bool]], Path]:
    """A stand-in for the print dialog: a QPrinter writing to a PDF file, and its calls."""
    from PySide6.QtPrintSupport import QPrinter

    calls: list[tuple[object, bool]] = []
    target = tmp_path / "printed.pdf"

    def choose(parent: object, landscape: bool) -> QPrinter:
        calls.append((parent, landscape))
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return printer

    return choose, calls, target
