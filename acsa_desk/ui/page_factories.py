"""What makes each page of the main window for one open ledger.

Each page's module is imported when the page is first needed (``MainWindow.add_page_factory``):
opening the window imports and builds the page in view (the dashboard) only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from acsa_desk.ui.page import Page, PageId

if TYPE_CHECKING:
    from acsa_desk.ui.context import AppContext
    from acsa_desk.ui.mainwindow import MainWindow


def page_factories(context: AppContext, window: MainWindow) -> dict[PageId, Callable[[], Page]]:
    """What makes each page of ``context``'s ledger; each module is imported when its page is
    first needed, so that opening the window imports and builds the dashboard only."""

    def dashboard() -> Page:
        from acsa_desk.ui.dashboard import DashboardPage

        return DashboardPage(context)

    def exercises() -> Page:
        from acsa_desk.ui.exercises import ExercisesPage

        return ExercisesPage(context)

    def orders() -> Page:
        from acsa_desk.ui.orders import OrdersPage

        # editors opened from the Orders page register with Edit > Undo
        return OrdersPage(context, undo_group=window.undo_group)

    def settlements() -> Page:
        from acsa_desk.ui.settlements import SettlementsPage

        return SettlementsPage(context)

    def documents() -> Page:
        from acsa_desk.ui.documents import DocumentsPage

        return DocumentsPage(context)

    def history() -> Page:
        from acsa_desk.ui.history import HistoryPage

        return HistoryPage(context)

    def reconciliation() -> Page:
        from acsa_desk.ui.reconciliation import ReconciliationPage

        return ReconciliationPage(context)

    def agreements() -> Page:
        from acsa_desk.ui.agreements.page import AgreementsPage

        return AgreementsPage(context)

    def readiness() -> Page:
        from acsa_desk.ui.readiness.page import ReadinessPage

        return ReadinessPage(context)

    return {PageId.DASHBOARD: dashboard, PageId.EXERCISES: exercises, PageId.ORDERS: orders,
            PageId.SETTLEMENTS: settlements, PageId.DOCUMENTS: documents, PageId.HISTORY: history,
            PageId.RECONCILIATION: reconciliation, PageId.AGREEMENTS: agreements,
            PageId.READINESS: readiness}
