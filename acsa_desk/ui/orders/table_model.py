"""The orders list as a table model over SQL: filtering, sorting and paging done by the database.

The model holds only the pages the view has asked for: ``count_orders`` says how many rows
exist, ``page_orders`` brings them ``page_size`` at a time as the view scrolls (``canFetchMore``
/ ``fetchMore``), each page the rows after the last one fetched (keyset paging, no OFFSET).
A new sort or filter is a new query, never a sort of rows in Python.

Each read is one short query run on the UI thread (a count and a LIMIT page take about 10 to
30 ms on a 2000-order ledger); the slow work of the window goes through the TaskManager.
"""

from __future__ import annotations

import logging
import time
from dataclasses import replace
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QApplication, QStyle

from acsa_desk.core.domain import Status
from acsa_desk.core.money import format_money
from acsa_desk.db.engine import Ledger
from acsa_desk.services import order_lists, queries, readiness
from acsa_desk.services.queries import OrderFilter, OrderRow
from acsa_desk.ui import theme
from acsa_desk.ui.orders import labels
from acsa_desk.ui.qtfix import emit

log = logging.getLogger(__name__)

#: The order's database id (int).
ORDER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: The order's status code (str, e.g. "signed").
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
#: A money cell's amount in minor units (int); None in other columns.
AMOUNT_MINOR_ROLE = Qt.ItemDataRole.UserRole + 3
#: The whole OrderRow of the row.
ORDER_ROW_ROLE = Qt.ItemDataRole.UserRole + 4
#: The order's readiness exception codes (a tuple; () when ready).
READINESS_ROLE = Qt.ItemDataRole.UserRole + 5

DEFAULT_PAGE_SIZE = 200

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NUMBER = 0
    EXERCISE = 1
    PARTNER = 2
    DIRECTION = 3
    STATUS = 4
    SIGNATURES = 5
    ORDERED = 6
    CURRENCY = 7
    BILLABLE = 8
    OUTSTANDING = 9
    PARTNER_NUMBER = 10
    ORDERED_VALUE = 11
    READINESS = 12  # audit readiness: ready, or how many exceptions (tooltip: which)


#: The key of ``queries.SORTABLE`` each column sorts by (None: not sortable).
SORT_KEYS: dict[Column, str | None] = {
    Column.NUMBER: "number",
    Column.EXERCISE: "exercise",
    Column.PARTNER: "partner",
    Column.DIRECTION: "direction",
    Column.STATUS: "status",
    Column.SIGNATURES: None,
    Column.ORDERED: "ordered_on",
    Column.CURRENCY: "currency",
    Column.BILLABLE: "billable",
    Column.OUTSTANDING: "outstanding",
    Column.PARTNER_NUMBER: None,
    Column.ORDERED_VALUE: None,
    Column.READINESS: None,
}

_MONEY_COLUMNS = (Column.BILLABLE, Column.OUTSTANDING, Column.ORDERED_VALUE)
#: Statuses in which an order should carry both signatures.
_SIGNED_STATUSES = frozenset(
    {Status.SIGNED, Status.DELIVERED, Status.RECEIVED, Status.INVOICED, Status.SETTLED,
     Status.CLOSED}
)


def column_title(column: Column) -> str:
    translate = QCoreApplication.translate
    titles = {
        Column.NUMBER: translate("OrdersTableModel", "Number"),
        Column.EXERCISE: translate("OrdersTableModel", "Exercise"),
        Column.PARTNER: translate("OrdersTableModel", "Partner"),
        Column.DIRECTION: translate("OrdersTableModel", "Direction"),
        Column.STATUS: translate("OrdersTableModel", "Status"),
        Column.SIGNATURES: translate("OrdersTableModel", "Signatures"),
        Column.ORDERED: translate("OrdersTableModel", "Ordered"),
        Column.CURRENCY: translate("OrdersTableModel", "Currency"),
        Column.BILLABLE: translate("OrdersTableModel", "Billable"),
        Column.OUTSTANDING: translate("OrdersTableModel", "Outstanding"),
        Column.PARTNER_NUMBER: translate("OrdersTableModel", "Partner's number"),
        Column.ORDERED_VALUE: translate("OrdersTableModel", "Ordered value"),
        Column.READINESS: translate("OrdersTableModel", "Readiness"),
    }
    return titles[column]


def signatures_missing(row: OrderRow) -> bool:
    """True for an order past signing (or signed) that lacks a signature: an audit finding."""
    return not row.signed and row.status in _SIGNED_STATUSES


class OrdersTableModel(QAbstractTableModel):
    """Orders matching a filter, sorted and paged by SQL. Read-only."""

    #: The filter or sort changed and the first page was loaded. Argument: the total count.
    requeried = Signal(int)

    def __init__(
        self,
        ledger: Ledger,
        *,
        locale: str = "en_CA",
        page_size: int = DEFAULT_PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if page_size < 1:
            raise ValueError("page_size must be at least 1")
        self._ledger = ledger
        self._locale = locale
        self._page_size = page_size
        self._filter = OrderFilter()
        self._sort_column = Column.ORDERED
        self._descending = True
        self._rows: list[OrderRow] = []
        self._ordered: dict[int, int] = {}  # order id -> ordered value (minor units)
        self._readiness: dict[int, tuple[str, ...]] = {}  # order id -> exception codes
        self._total = 0
        self._loaded = False
        self._changing = False  # while a reset or an insertion is announced: fetch nothing
        self._warning_icon: Any = None

    # --- what to show ---

    @property
    def page_size(self) -> int:
        return self._page_size

    def order_filter(self) -> OrderFilter:
        return self._filter

    def set_filter(self, flt: OrderFilter) -> None:
        """Shows the orders matching ``flt``: one count and the first page."""
        self._filter = flt
        self._requery()

    def sort_column(self) -> Column:
        return self._sort_column

    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder

    def is_sortable(self, column: int) -> bool:
        return 0 <= column < len(Column) and SORT_KEYS[Column(column)] is not None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Re-queries the database in the new order. A column that cannot sort is ignored."""
        if not self.is_sortable(column):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if self._loaded and Column(column) == self._sort_column and descending == self._descending:
            return
        self._sort_column = Column(column)
        self._descending = descending
        self._requery()

    def total_count(self) -> int:
        """How many orders match the filter (rows not fetched yet included)."""
        self._ensure_loaded()
        return self._total

    def reload(self) -> None:
        """Re-reads after the ledger changed, keeping as many rows as were fetched (one query)."""
        if not self._loaded:
            self._requery()
            return
        wanted = max(self._page_size, len(self._rows))
        started = time.perf_counter()
        with self._ledger.reader() as session:
            total = queries.count_orders(session=session, flt=self._filter)
            rows = self._first_page(session, total, limit=wanted)
        log.debug("orders reloaded: %d of %d rows in %.1f ms", len(rows), total,
                  (time.perf_counter() - started) * 1000)
        self._reset_to(rows, total)

    def row_of(self, order_id: int) -> int | None:
        """The row showing ``order_id`` among the fetched rows, or None."""
        for number, row in enumerate(self._rows):
            if row.id == order_id:
                return number
        return None

    def order_row(self, row: int) -> OrderRow:
        return self._rows[row]

    # --- QAbstractTableModel ---

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if parent.isValid():
            return 0
        self._ensure_loaded()
        return len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: _Index) -> bool:
        if parent.isValid() or self._changing:
            return False
        self._ensure_loaded()
        return len(self._rows) < self._total

    def fetchMore(self, parent: _Index) -> None:
        if parent.isValid() or not self.canFetchMore(parent):
            return
        with self._ledger.reader() as session:
            rows = self._page(session, after=self._rows[-1] if self._rows else None,
                              limit=self._page_size, matches=self._total)
        if not rows:  # the ledger shrank since the count: nothing more to fetch
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self._changing = True  # a receiver of rowsInserted asking for more waits its turn
        try:
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self._total = max(self._total, len(self._rows))
            self.endInsertRows()
        finally:
            self._changing = False

    def fetch_to_end(self) -> None:
        """Fetches every row not fetched yet, in one query (Ctrl+End, the scrollbar's end)."""
        if self._changing or not self.canFetchMore(QModelIndex()):
            return
        with self._ledger.reader() as session:
            rows = self._page(session, after=self._rows[-1] if self._rows else None,
                              limit=self._total - len(self._rows), matches=self._total)
        if not rows:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self._changing = True
        try:
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self._total = max(self._total, len(self._rows))
            self.endInsertRows()
        finally:
            self._changing = False

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _MONEY_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.SIGNATURES:
            return QCoreApplication.translate(
                "OrdersTableModel", "Whether both sides' officials have signed the order"
            )
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        if not (0 <= index.row() < len(self._rows) and 0 <= index.column() < len(Column)):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == ORDER_ID_ROLE:
            return row.id
        if role == STATUS_ROLE:
            return row.status
        if role == ORDER_ROW_ROLE:
            return row
        if role == AMOUNT_MINOR_ROLE:
            if column == Column.BILLABLE:
                return row.billable_minor
            if column == Column.OUTSTANDING:
                return row.outstanding_minor
            if column == Column.ORDERED_VALUE:
                return self._ordered.get(row.id)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in _MONEY_COLUMNS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.BackgroundRole and column == Column.STATUS:
            return labels.status_background(row.status)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == Column.READINESS:
                return theme.colour("error") if self._readiness.get(row.id) else None
            if column == Column.STATUS:
                return labels.status_foreground(row.status)
            if column == Column.SIGNATURES and signatures_missing(row):
                return theme.colour("error")
            return None
        if role == READINESS_ROLE:
            return self._readiness.get(row.id)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.SIGNATURES:
            return self._warning() if signatures_missing(row) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    # --- internals ---

    def _display(self, row: OrderRow, column: Column) -> str:
        translate = QCoreApplication.translate
        if column == Column.NUMBER:
            return row.number
        if column == Column.EXERCISE:
            return row.exercise
        if column == Column.PARTNER:
            return row.partner
        if column == Column.DIRECTION:
            return labels.direction_label(row.direction)
        if column == Column.STATUS:
            return labels.status_label(row.status)
        if column == Column.SIGNATURES:
            if row.signed:
                return translate("OrdersTableModel", "Both")
            if signatures_missing(row):
                return translate("OrdersTableModel", "Missing")
            return translate("OrdersTableModel", "Awaiting") if row.status == Status.REQUESTED else ""
        if column == Column.ORDERED:
            return row.ordered_on.isoformat()
        if column == Column.CURRENCY:
            return row.currency
        if column == Column.BILLABLE:
            return format_money(row.billable_minor, row.currency, self._locale)
        if column == Column.PARTNER_NUMBER:
            return row.partner_order_number
        if column == Column.READINESS:
            from acsa_desk.ui.readiness.labels import badge_text

            codes = self._readiness.get(row.id)
            return badge_text(codes) if codes is not None else ""
        if column == Column.ORDERED_VALUE:
            ordered = self._ordered.get(row.id)
            return format_money(ordered, row.currency, self._locale) if ordered is not None else ""
        return format_money(row.outstanding_minor, row.currency, self._locale)

    def _tooltip(self, row: OrderRow, column: Column) -> str | None:
        if column == Column.SIGNATURES and signatures_missing(row):
            return QCoreApplication.translate(
                "OrdersTableModel", "{status} without both officials' signatures"
            ).format(status=labels.status_label(row.status))
        if column == Column.STATUS:
            return labels.status_label(row.status)
        if column == Column.READINESS and self._readiness.get(row.id):
            from acsa_desk.ui.readiness.labels import exception_label

            return ", ".join(exception_label(c) for c in self._readiness[row.id])
        return None

    def _warning(self) -> Any:
        if self._warning_icon is None:
            style = QApplication.style()
            self._warning_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._warning_icon

    def _ensure_loaded(self) -> None:
        if not self._loaded:
            self._requery(reset=False)

    def _requery(self, *, reset: bool = True) -> None:
        started = time.perf_counter()
        with self._ledger.reader() as session:
            total = queries.count_orders(session=session, flt=self._filter)
            rows = self._first_page(session, total, limit=self._page_size)
        log.debug("orders queried: %d of %d rows in %.1f ms", len(rows), total,
                  (time.perf_counter() - started) * 1000)
        self._loaded = True
        if not reset:
            self._rows = rows
            self._total = max(total, len(rows))
            return
        self._reset_to(rows, total)
        emit(self.requeried, self._total)

    def _reset_to(self, rows: list[OrderRow], total: int) -> None:
        # No fetching while the reset is announced: a receiver of modelReset that asks for more
        # rows (QAbstractItemModelTester does) would insert rows inside the reset.
        self._changing = True
        try:
            self.beginResetModel()
            self._rows = rows
            self._total = max(total, len(rows))
            self.endResetModel()
        finally:
            self._changing = False

    def _first_page(self, session: Any, total: int, *, limit: int) -> list[OrderRow]:
        """The first page, unless the count (read in the same snapshot) found nothing: a
        search that matches nothing reads the orders once, not twice."""
        if total == 0:
            self._ordered = {}
            return []
        return self._page(session, after=None, limit=limit, matches=total)

    def _page(self, session: Any, *, after: OrderRow | None, limit: int,
              matches: int) -> list[OrderRow]:
        """The rows after ``after`` (the last row fetched; None: from the top), by keyset:
        a page at the end of the list costs what the first does. ``matches``: the list's
        count, which lets the query choose its plan."""
        key = SORT_KEYS[self._sort_column]
        assert key is not None
        rows = queries.page_orders(
            session=session, flt=self._filter, sort=key, descending=self._descending,
            after=after, limit=limit, matches=matches,
        )
        if after is None:
            self._ordered = {}
            self._readiness = {}
        ids = [r.id for r in rows]
        self._ordered.update(order_lists.ordered_values(session=session, order_ids=ids))
        if ids:  # the page's readiness, by the register's own rules
            self._readiness.update(
                (r.order_id, r.exceptions) for r in readiness.assess(
                    session=session, as_of=self._filter.readiness_as_of or date.today(),
                    order_ids=ids, only_exceptions=False))
        return rows

    def ordered_minor(self, order_id: int) -> int | None:
        """The order's ordered value (its lines' amounts), for the rows fetched."""
        return self._ordered.get(order_id)


def without_selection(flt: OrderFilter) -> OrderFilter:
    """The filter without its list of chosen order ids (the chip's close button)."""
    return replace(flt, order_ids=None)
