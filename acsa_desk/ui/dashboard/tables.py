"""Table models and views shared by the dashboard, exercises, settlements and history pages.

* :class:`RowsModel`: a read-only ``QAbstractTableModel`` over a short list of plain rows
  (dataclasses), described column by column with :class:`Column`. Sorting happens in Python,
  which is right for the short lists these pages show (balances, overdue orders, exercises).
* :class:`PagedRowsModel`: the same over a long list (audit trail, settlements) fetched one
  page at a time through the TaskManager as the view scrolls (``canFetchMore``/``fetchMore``).
  Filtering and ordering are done by the database in the page loader.
* :func:`make_table`: a QTableView set up the same way everywhere, its header layout
  remembered in the settings.
* :func:`guarded`: wraps a task callback so that it does nothing once its widget is gone
  (a page replaced after another database was opened, for instance).
* Money and "who owes whom" helpers, formatted for the locale.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget
from shiboken6 import Shiboken

from acsa_desk.core.domain import Direction
from acsa_desk.core.money import format_money
from acsa_desk.ui import theme
from acsa_desk.ui.qtfix import emit
from acsa_desk.ui.settings import Settings, bind_header_state
from acsa_desk.ui.tasks import TaskManager

R = TypeVar("R")
T = TypeVar("T")

#: The partner owes us (net > 0) / we owe the partner (net < 0). Dark enough to read on white.

ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ALIGN_CENTRE = Qt.AlignmentFlag.AlignCenter

AnyIndex = QModelIndex | QPersistentModelIndex


def guarded(owner: QObject, callback: Callable[[T], object]) -> Callable[[T], None]:
    """``callback``, but ignored once ``owner`` (a widget) has been deleted."""

    def call(value: T) -> None:
        if Shiboken.isValid(owner):
            callback(value)

    return call


class RefreshWhenShown:
    """Mixin for pages (put it before Page): the page refreshes when it is first shown, and when
    it is shown again after the ledger changed while it was hidden (:meth:`mark_stale`).

    The main window also calls ``refresh()`` when it brings a page into view; the check is
    deferred to the event loop so that the two never load twice.
    """

    _stale = True

    def mark_stale(self) -> None:
        self._stale = True

    def mark_fresh(self) -> None:
        self._stale = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # type: ignore[misc]
        if self._stale:
            QTimer.singleShot(0, self, self._refresh_if_stale)  # type: ignore[call-overload]

    def _refresh_if_stale(self) -> None:
        if self._stale and self.isVisible():  # type: ignore[attr-defined]
            self.refresh()  # type: ignore[attr-defined]


# --- numbers and money ----------------------------------------------------------------------


def count_text(count: int) -> str:
    """A count with the interface language's digit grouping (1,234 / 1 234)."""
    return QLocale().toString(count)



def money(minor: int, currency: str, locale: str) -> str:
    """An amount for the screen, e.g. ``$12,345.67`` or ``¥1,234,567`` (locale-dependent)."""
    return format_money(minor, currency, locale)


def net_colour(net_minor: int) -> QColor | None:
    """Green when the partner owes us, red when we owe the partner, none when even (readable
    on a light or a dark palette: ui/theme.py)."""
    if net_minor > 0:
        return theme.colour("owed")
    if net_minor < 0:
        return theme.colour("owe")
    return None


def who_owes_whom(partner: str, net_minor: int) -> str:
    """The net position in words, e.g. "JPN owes us"."""
    if net_minor > 0:
        return QCoreApplication.translate("Balances", "{partner} owes us").format(partner=partner)
    if net_minor < 0:
        return QCoreApplication.translate("Balances", "We owe {partner}").format(partner=partner)
    return QCoreApplication.translate("Balances", "Even")


def direction_label(direction: str) -> str:
    if direction == Direction.PROVIDED:
        return QCoreApplication.translate("Dashboard", "Provided")
    if direction == Direction.RECEIVED:
        return QCoreApplication.translate("Dashboard", "Received")
    return direction


def direction_tooltip(direction: str) -> str:
    if direction == Direction.PROVIDED:
        return QCoreApplication.translate("Dashboard", "We provided it: the partner owes us")
    return QCoreApplication.translate("Dashboard", "We received it: we owe the partner")


# --- a list of rows ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its translated title and how a row shows in it."""

    title: str
    text: Callable[[R], str]
    align: Qt.AlignmentFlag = ALIGN_LEFT
    #: Sort key; None sorts by the shown text.
    key: Callable[[R], Any] | None = None
    foreground: Callable[[R], QColor | None] | None = None
    tooltip: Callable[[R], str] | None = None
    #: Header tooltip (what the column means).
    explanation: str = ""


class RowsModel(QAbstractTableModel, Generic[R]):
    """Read-only rows, shown through columns. ``Qt.UserRole`` gives the row object."""

    RowRole = Qt.ItemDataRole.UserRole

    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[R] = []
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None

    # --- content ---

    def set_rows(self, rows: Sequence[R]) -> None:
        """Replaces the rows (kept in the order last asked for with :meth:`sort`)."""
        self.beginResetModel()
        self._rows = list(rows)
        if self._sorted_by is not None:
            column, order = self._sorted_by
            self._rows = [self._rows[i] for i in self._sort_order(column, order)]
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, index: AnyIndex | int) -> R:
        row = index if isinstance(index, int) else index.row()
        return self._rows[row]

    def column(self, number: int) -> Column[R]:
        return self._columns[number]

    # --- QAbstractTableModel ---

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Qt asks each cell for a dozen roles as it measures and paints (20,000 calls for the
        # dashboard's first paint): the roles answered are plain ints, the others return first.
        role = int(role)
        if role not in _ANSWERED:
            return None
        if not index.isValid():
            return None
        row_number, column_number = index.row(), index.column()
        if not (0 <= row_number < len(self._rows) and 0 <= column_number < len(self._columns)):
            return None
        row = self._rows[row_number]
        column = self._columns[column_number]
        if role in _TEXT_ROLES:
            return column.text(row)
        if role == _ALIGNMENT:
            return int(column.align.value)
        if role == _FOREGROUND:
            return column.foreground(row) if column.foreground is not None else None
        if role == _TOOLTIP:
            return (column.tooltip(row) or None) if column.tooltip is not None else None
        return row  # RowRole

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            column = self._columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.title
            if role == Qt.ItemDataRole.ToolTipRole and column.explanation:
                return column.explanation
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(column.align.value)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(self._columns)):
            self._sorted_by = None
            return
        self._sorted_by = (column, order)
        emit(self.layoutAboutToBeChanged)
        old_rows = list(self._rows)
        order_of = self._sort_order(column, order)
        self._rows = [old_rows[i] for i in order_of]
        new_position = {old: new for new, old in enumerate(order_of)}
        old_indexes = self.persistentIndexList()
        new_indexes = [
            self.index(new_position[i.row()], i.column()) if i.row() in new_position else QModelIndex()
            for i in old_indexes
        ]
        self.changePersistentIndexList(old_indexes, new_indexes)
        emit(self.layoutChanged)

    def _sort_order(self, column: int, order: Qt.SortOrder) -> list[int]:
        spec = self._columns[column]
        key = spec.key or spec.text
        rows = self._rows
        return sorted(
            range(len(rows)),
            key=lambda i: _sortable(key(rows[i])),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )


_TEXT_ROLES = frozenset((int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.AccessibleTextRole)))
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ANSWERED = _TEXT_ROLES | {_ALIGNMENT, _FOREGROUND, _TOOLTIP, int(RowsModel.RowRole)}


def _sortable(value: Any) -> tuple[int, Any]:
    """None sorts first; everything else by itself (text case-insensitively)."""
    if value is None:
        return (0, 0)
    if isinstance(value, str):
        return (1, value.casefold())
    return (1, value)


# --- a long list, one page at a time ------------------------------------------------------------


PageLoader = Callable[[int, int], list[R]]
"""(offset, limit) -> rows; runs in a worker thread (plain values in, plain values out)."""


class PagedRowsModel(RowsModel[R]):
    """Rows fetched from the database a page at a time, in a worker thread, as the view scrolls.

    ``loader(offset, limit)`` returns the rows of one page (filtering and ordering done in
    SQL). :meth:`reload` starts over (e.g. after the filter changed). A page that arrives
    after a reload it predates is dropped.
    """

    def __init__(
        self,
        columns: Sequence[Column[R]],
        tasks: TaskManager,
        loader: PageLoader[R],
        *,
        page_size: int = 200,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(columns, parent)
        self._tasks = tasks
        self._loader = loader
        self._page_size = page_size
        self._generation = itertools.count(1)
        self._current = next(self._generation)
        self._exhausted = True  # nothing to fetch until the first reload
        self._fetching = False
        self._pending: set[int] = set()

    @property
    def page_size(self) -> int:
        return self._page_size

    def set_loader(self, loader: PageLoader[R]) -> None:
        self._loader = loader

    def is_loading(self) -> bool:
        return self._fetching

    def is_complete(self) -> bool:
        """True once every row the loader has was fetched."""
        return self._exhausted and not self._fetching

    def reload(self) -> None:
        """Forgets the rows and fetches the first page again."""
        self._current = next(self._generation)
        self.set_rows([])
        self._exhausted = False
        self._fetching = False
        self._fetch()

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._fetching

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetch()

    def _fetch(self) -> None:
        generation = self._current
        offset, limit, loader = len(self._rows), self._page_size, self._loader
        self._fetching = True
        self._tasks.run(
            lambda: loader(offset, limit),
            on_success=guarded(self, lambda rows: self._arrived(generation, offset, rows)),
            on_failure=guarded(self, lambda error: self._failed(generation, error)),
        )

    def _arrived(self, generation: int, offset: int, rows: list[R]) -> None:
        if generation != self._current or offset != len(self._rows):
            return
        self._fetching = False
        if len(rows) < self._page_size:
            self._exhausted = True
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def _failed(self, generation: int, error: Exception) -> None:
        if generation == self._current:
            self._fetching = False
            self._exhausted = True
            self._tasks.show_expected_error(error)  # type: ignore[arg-type]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The database orders a paged list; sorting the part fetched would mislead."""


# --- the view ---------------------------------------------------------------------------------


def make_table(
    settings: Settings,
    name: str,
    model: QAbstractTableModel,
    *,
    sortable: bool = True,
    stretch_last: bool = True,
    parent: QWidget | None = None,
) -> QTableView:
    """A read-only, row-selecting table whose header layout is remembered as ``name``."""
    view = QTableView(parent)
    view.setObjectName(f"{name}_table")
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(stretch_last)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultAlignment(ALIGN_LEFT)
    view.setSortingEnabled(sortable)
    if sortable:
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    remembered = bool(settings.header_state(name))
    view.setProperty("acsa_remembered", remembered)
    bind_header_state(settings, header, name, ready=lambda: bool(view.property("acsa_fitted")))
    _fit_to_first_rows(view, widen_only=remembered)
    return view


#: Columns fitted to their contents are at most this many character widths wide.
MAX_FITTED_CHARS = 48


def _fit_to_first_rows(view: QTableView, *, widen_only: bool) -> None:
    """Fits the columns to the first rows of each start: to their contents on first use, and
    over a remembered layout (saved in another language, or before longer figures came) only
    widens the columns too narrow for what they show, keeping the user's wider ones."""
    model = view.model()

    def fit(*_args: object) -> None:
        if model.rowCount() == 0 or view.property("acsa_fitted"):
            return
        view.setProperty("acsa_fitted", True)
        header = view.horizontalHeader()
        widest = view.fontMetrics().horizontalAdvance("0") * MAX_FITTED_CHARS
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            needed = min(max(view.sizeHintForColumn(section), header.sectionSizeHint(section)),
                         widest)
            if not widen_only or header.sectionSize(section) < needed:
                header.resizeSection(section, needed)

    model.modelReset.connect(fit)
    model.rowsInserted.connect(fit)


def fit_columns(view: QTableView, widths: Sequence[int]) -> None:
    """Initial column widths in character widths (only when no layout was remembered)."""
    if view.property("acsa_remembered"):
        return
    char = view.fontMetrics().horizontalAdvance("0")
    header = view.horizontalHeader()
    for section, chars in enumerate(widths):
        if section < header.count():
            header.resizeSection(section, max(chars * char + 16, 40))


def selected_row(view: QTableView) -> int | None:
    rows = view.selectionModel().selectedRows() if view.selectionModel() is not None else []
    return rows[0].row() if rows else None
