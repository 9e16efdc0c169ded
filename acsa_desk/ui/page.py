"""Pages of the main window: the tiny API every page implements.

A page is a QWidget subclass of :class:`Page`. The main window shows one page at a time and
calls :meth:`Page.refresh` each time the page comes into view (and after another database is
opened). Pages get what they need (services, TaskManager, MessageBridge, Settings) through
their constructor; the window knows nothing about what a page shows.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PageId(StrEnum):
    """The navigation entries, in the order shown (View menu shortcuts Ctrl+1..6)."""

    DASHBOARD = "dashboard"
    EXERCISES = "exercises"
    ORDERS = "orders"
    SETTLEMENTS = "settlements"
    DOCUMENTS = "documents"
    HISTORY = "history"

    def label(self) -> str:
        """The translated name shown in the navigation list and the View menu."""
        labels = {
            PageId.DASHBOARD: QCoreApplication.translate("PageId", "Dashboard"),
            PageId.EXERCISES: QCoreApplication.translate("PageId", "Exercises"),
            PageId.ORDERS: QCoreApplication.translate("PageId", "Orders"),
            PageId.SETTLEMENTS: QCoreApplication.translate("PageId", "Settlements"),
            PageId.DOCUMENTS: QCoreApplication.translate("PageId", "Documents"),
            PageId.HISTORY: QCoreApplication.translate("PageId", "History"),
        }
        return labels[self]


class Page(QWidget):
    """Base of every page. Override :meth:`title` and :meth:`refresh`."""

    def title(self) -> str:
        """The page's heading, also shown in the window title. Translated."""
        return self.windowTitle()

    def refresh(self) -> None:
        """Reloads what the page shows. Called when the page comes into view.

        Slow loading belongs in a TaskManager task, not here.
        """


class PlaceholderPage(Page):
    """Stands in for a page nobody registered yet."""

    def __init__(self, page_id: PageId, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page_id = page_id
        self.setObjectName(f"placeholder_{page_id}")
        label = QLabel(self.tr("The {page} page is not available yet.").format(page=page_id.label()))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)

    def title(self) -> str:
        return self.page_id.label()
