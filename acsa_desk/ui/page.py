"""Pages of the main window: the tiny API every page implements.

A page is a QWidget subclass of :class:`Page`. The main window shows one page at a time and
calls :meth:`Page.refresh` each time the page comes into view (and after another database is
opened). Pages get what they need (services, TaskManager, MessageBridge, Settings) through
their constructor; the window knows nothing about what a page shows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt
from PySide6.QtWidgets import QBoxLayout, QLabel, QVBoxLayout, QWidget
from shiboken6 import Shiboken

if TYPE_CHECKING:
    from acsa_desk.ui.tasks import TaskManager

T = TypeVar("T")


class PageId(StrEnum):
    """The navigation entries, in the order shown (View menu shortcuts Ctrl+1..9)."""

    DASHBOARD = "dashboard"
    EXERCISES = "exercises"
    ORDERS = "orders"
    SETTLEMENTS = "settlements"
    DOCUMENTS = "documents"
    HISTORY = "history"
    RECONCILIATION = "reconciliation"
    AGREEMENTS = "agreements"
    READINESS = "readiness"

    def label(self) -> str:
        """The translated name shown in the navigation list and the View menu."""
        labels = {
            PageId.DASHBOARD: QCoreApplication.translate("PageId", "Dashboard"),
            PageId.EXERCISES: QCoreApplication.translate("PageId", "Exercises"),
            PageId.ORDERS: QCoreApplication.translate("PageId", "Orders"),
            PageId.SETTLEMENTS: QCoreApplication.translate("PageId", "Settlements"),
            PageId.DOCUMENTS: QCoreApplication.translate("PageId", "Documents"),
            PageId.HISTORY: QCoreApplication.translate("PageId", "History"),
            PageId.RECONCILIATION: QCoreApplication.translate("PageId", "Reconciliation"),
            PageId.AGREEMENTS: QCoreApplication.translate("PageId", "Agreements"),
            PageId.READINESS: QCoreApplication.translate("PageId", "Audit readiness"),
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


class CoalescedReload(Generic[T]):
    """A page's background load, one at a time: asked again while one runs, it loads once more
    when that one ends and shows only that newest result (the pages' reload pattern).

    ``job()`` is called on the UI thread at each start and returns the work for the worker
    thread (so it captures the ledger and filter of that moment); ``show(result)`` and
    ``failed(error)`` run on the UI thread, and not at all once ``owner`` has been deleted.
    """

    def __init__(
        self,
        owner: QObject,
        tasks: TaskManager,
        job: Callable[[], Callable[[], T]],
        *,
        show: Callable[[T], object],
        failed: Callable[[Any], object],
        title: Callable[[], str] = lambda: "",
    ) -> None:
        self._owner = owner
        self._tasks = tasks
        self._job = job
        self._show = show
        self._failed = failed
        self._title = title
        self._loading = False
        self._again = False

    def is_loading(self) -> bool:
        return self._loading

    def reload(self) -> None:
        if self._loading:
            self._again = True
            return
        self._loading = True
        self._tasks.run(self._job(), on_success=self._alive(self._done),
                        on_failure=self._alive(self._error), title=self._title())

    def _alive(self, callback: Callable[[Any], None]) -> Callable[[Any], None]:
        def call(value: Any) -> None:
            if Shiboken.isValid(self._owner):
                callback(value)

        return call

    def _done(self, result: T) -> None:
        self._loading = False
        if self._again:
            self._again = False
            self.reload()
            return
        self._show(result)

    def _error(self, error: Any) -> None:
        self._loading = False
        self._again = False
        self._failed(error)


def fitting_size(available: QSize, wanted: QSize) -> QSize:
    """``wanted``, made smaller to fit a screen's available area (a 1366x768 laptop), leaving
    room for the window's frame and title bar."""
    return QSize(min(wanted.width(), available.width() - 16),
                 min(wanted.height(), available.height() - 40))


def resize_to_fit(window: QWidget, wanted: QSize) -> None:
    """Resizes a new window to ``wanted``, or less when its screen is smaller."""
    screen = window.screen()
    window.resize(fitting_size(screen.availableGeometry().size(), wanted)
                  if screen is not None else wanted)


def add_labelled(layout: QBoxLayout, fields: Sequence[tuple[str, QWidget]], *,
                 spacing: int = 0) -> None:
    """Each field after its caption (the caption's mnemonic focuses it), in a row of filters."""
    for text, widget in fields:
        caption = QLabel(text)
        caption.setBuddy(widget)
        layout.addWidget(caption)
        layout.addWidget(widget)
        if spacing:
            layout.addSpacing(spacing)
