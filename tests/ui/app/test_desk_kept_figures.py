"""The window opening an unchanged ledger: its kept figures and the summary kept with them are
painted first, the sign-in of a shared ledger still comes before any figure, and the summary and
the figures are then read again through the services (issue 16, goal 1)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from acsa_desk.db.engine import Ledger
from acsa_desk.services import auth, users
from acsa_desk.ui.context import AppContext
from acsa_desk.ui.dashboard import DashboardPage
from acsa_desk.ui.ledger_work import ledger_summary
from acsa_desk.ui.page import PageId
from tests.conftest import register_admin
from tests.ui.app.conftest import TODAY, WAIT_MS, Desk, Known


def keep_figures(qtbot: QtBot, context: AppContext) -> None:
    """The dashboard shown once on the ledger: its figures (and summary) are kept."""
    page = DashboardPage(context, today=lambda: TODAY)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.show()
    qtbot.waitUntil(lambda: not context.tasks.busy, timeout=WAIT_MS)  # the snapshot is written
    page.close()


@pytest.fixture
def shown_kept(monkeypatch: pytest.MonkeyPatch, desk: Desk) -> list[tuple[bool, bool]]:
    """Each call of the dashboard's show_last_figures: (painted them, the pages were visible)."""
    calls: list[tuple[bool, bool]] = []
    original = DashboardPage.show_last_figures

    def recorded(self: DashboardPage, kept: object) -> bool:
        painted = original(self, kept)  # type: ignore[arg-type]
        calls.append((painted, desk.window.centralWidget().isVisible()))
        return painted

    monkeypatch.setattr(DashboardPage, "show_last_figures", recorded)
    return calls


def test_an_unchanged_ledger_opens_with_its_kept_figures_then_reads_them_again(
    qtbot: QtBot, desk: Desk, ledger: Ledger, known: Known,
    make_context: Callable[..., AppContext], shown_kept: list[tuple[bool, bool]],
) -> None:
    keep_figures(qtbot, make_context(ledger))
    summary = desk.start(ledger)  # ready: the summary read again, after the kept figures
    assert shown_kept == [(True, True)]
    assert summary == ledger_summary(ledger)
    page = desk.window.page(PageId.DASHBOARD)
    assert desk.window.current_page_id() is PageId.DASHBOARD
    qtbot.waitUntil(lambda: not page.is_from_snapshot(), timeout=WAIT_MS)  # read again
    assert desk.window.top_banner.marking() == "UNCLASSIFIED"


def test_a_shared_ledger_asks_who_is_working_before_its_kept_figures(
    qtbot: QtBot, desk: Desk, ledger: Ledger, known: Known,
    make_context: Callable[..., AppContext], shown_kept: list[tuple[bool, bool]],
) -> None:
    admin = register_admin(ledger)
    with ledger.session(actor=admin) as s:
        auth.set_passphrase(session=s, login=admin, passphrase="admin passphrase", by=admin)
        users.add_user(session=s, login="tremblay", role="officer", by=admin)
        auth.set_passphrase(session=s, login="tremblay", passphrase="officer passphrase",
                            by=admin)
    keep_figures(qtbot, make_context(ledger, admin))
    desk.start(ledger)
    who = desk.controller.who
    assert who.dialog is not None and who.dialog.isVisible()
    assert shown_kept == [(True, False)]  # painted behind the sign-in: not shown
    assert not desk.window.centralWidget().isVisible()
