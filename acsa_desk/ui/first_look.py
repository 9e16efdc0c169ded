"""The window's first look at a newly opened ledger (``AppController``'s, a mixin): the banners,
then the welcome page or the dashboard.

An unchanged ledger's first look costs milliseconds and needs no ORM model: the dashboard's
last figures are kept with the ledger summary read with them (``ui/dashboard/snapshot.py``,
under the ledger's content fingerprint), so the banners are set and the figures painted at
once; the dashboard's reads and the summary, which import the models, wait for that paint
(``DashboardPage.hold_reads``), then read both again. Otherwise the summary is read through the
services first (issue 16, goal 1).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from acsa_desk.core.errors import LedgerError
from acsa_desk.db.engine import Ledger
from acsa_desk.ui.dashboard.snapshot import snapshot_folder
from acsa_desk.ui.ledger_work import first_look, ledger_summary
from acsa_desk.ui.page import Page, PageId
from acsa_desk.ui.qtfix import emit
from acsa_desk.ui.summary import LedgerSummary

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from acsa_desk.ui.context import AppContext
    from acsa_desk.ui.dashboard.snapshot import Snapshot
    from acsa_desk.ui.mainwindow import MainWindow
    from acsa_desk.ui.settings import Settings
    from acsa_desk.ui.tasks import Task, TaskManager


class FirstLook:
    """``check_first_run`` and what follows it (``AppController`` has the attributes)."""

    context: AppContext | None
    window: MainWindow
    tasks: TaskManager
    settings: Settings
    ready: SignalInstance
    _showing_welcome: bool
    _first_look: Ledger | None  # the ledger whose first look is awaited, if any
    ledger: Ledger | None  # (a property of AppController)

    def held_until_first_look(self, factory: Callable[[], Page],
                              ledger: Ledger) -> Callable[[], Page]:
        """The dashboard's factory: a page built while the first look is awaited reads
        nothing before it answers (it may find kept figures to paint first)."""
        def make() -> Page:
            page = factory()
            hold = getattr(page, "hold_reads", None)
            if self._first_look is ledger and callable(hold):
                hold()
            return page

        return make

    def check_first_run(self) -> Task[Snapshot | LedgerSummary] | None:
        """Sets the banner; shows the welcome page while the ledger is empty.

        An unchanged ledger's kept figures come with the summary kept with them: the banners
        are set from it and the figures painted before the ORM models are imported; the
        summary is then read again, once they are painted (``_looked``)."""
        if self.context is None:
            return None
        ledger, kept = self.context.ledger, snapshot_folder(self.settings)
        self._first_look = ledger
        title = QCoreApplication.translate("AppController", "Open database")

        def failed(error: LedgerError) -> None:
            self.tasks.show_expected_error(error, title)
            if ledger is self.ledger and self.window.is_built(PageId.DASHBOARD):
                self._first_look = None
                show_last = getattr(self.window.page(PageId.DASHBOARD), "show_last_figures", None)
                if callable(show_last):
                    show_last(None)  # its reads go on (and say what is wrong)

        return self.tasks.run(lambda: first_look(ledger, kept),
                              on_success=lambda look: self._looked(ledger, look),
                              on_failure=failed, title=title)

    def _looked(self, ledger: Ledger, look: Snapshot | LedgerSummary) -> None:
        if ledger is not self.ledger:
            return  # another ledger was opened meanwhile
        self._first_look = None
        kept = None if isinstance(look, LedgerSummary) else look
        if kept is not None:
            self.window.set_marking(kept.summary.marking)  # as kept; read again once painted
            if kept.summary.empty:
                kept = None
        shown = self.window.is_built(PageId.DASHBOARD) or (
            kept is not None and self.window.current_page_id() is None)  # it is to be shown
        page = self.window.page(PageId.DASHBOARD) if shown else None
        show_last = getattr(page, "show_last_figures", None)
        painted = bool(show_last(kept)) if callable(show_last) else False  # (None: reads go on)
        if isinstance(look, LedgerSummary):
            self._summarised(ledger, look)
        elif painted:
            if self.window.current_page_id() is None:
                self.window.show_page(PageId.DASHBOARD)
            page.reads_may_start.connect(lambda: self.read_summary(ledger))  # type: ignore[union-attr]
        else:
            self.read_summary(ledger)

    def read_summary(self, ledger: Ledger) -> Task[LedgerSummary] | None:
        """Reads the ledger summary (through the services) and acts on it."""
        if ledger is not self.ledger:
            return None
        return self.tasks.run(lambda: ledger_summary(ledger),
                              on_success=lambda summary: self._summarised(ledger, summary),
                              title=QCoreApplication.translate("AppController", "Open database"))

    def _summarised(self, ledger: Ledger, summary: LedgerSummary) -> None:
        if ledger is not self.ledger:
            return  # another ledger was opened meanwhile
        self.window.set_marking(summary.marking)
        if summary.empty:
            self._showing_welcome = True
            self.window.show_welcome()
            # Focus on the first choice: were the navigation list to take the focus when the
            # window is activated, it would select its first entry and leave the welcome page.
            self.window.welcome_page.new_exercise_button.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self._showing_welcome or self.window.current_page_id() is None:
            self._showing_welcome = False
            self.window.show_page(PageId.DASHBOARD)
        emit(self.ready, summary)
