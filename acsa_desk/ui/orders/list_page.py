"""The Orders page: search, filters, the orders table, and the way into the order editor."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from babel.numbers import format_decimal
from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSlider,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from acsa_desk.core.categories import CATEGORIES
from acsa_desk.core.domain import Direction, Status
from acsa_desk.core.money import format_money
from acsa_desk.services import order_lists, reference
from acsa_desk.services.queries import OrderFilter
from acsa_desk.ui.context import AppContext
from acsa_desk.ui.messages import counted
from acsa_desk.ui.orders import form, labels
from acsa_desk.ui.orders import keys as order_keys
from acsa_desk.ui.orders.editor import OrderEditor
from acsa_desk.ui.orders.editors import OrderEditors
from acsa_desk.ui.orders.table_model import ORDER_ID_ROLE, SORT_KEYS, Column, OrdersTableModel
from acsa_desk.ui.page import Page, add_labelled
from acsa_desk.ui.qtfix import emit
from acsa_desk.ui.settings import bind_header_state

log = logging.getLogger(__name__)

#: How long typing in the search box may pause before the list is queried (milliseconds).
SEARCH_DELAY_MS = 150
#: The name under which the table's column layout is remembered.
HEADER_STATE_NAME = "orders"


class FilterChip(QFrame):
    """A removable note above the table, e.g. "Showing 12 selected orders  ×"."""

    removed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setStyleSheet(
            f"QFrame#{name} {{ background: #d6e6ff; border: 1px solid #0b3d91; border-radius: 10px; }}"
            f" QFrame#{name} QLabel {{ color: #0b3d91; }}"
        )
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.close_button = QToolButton()
        self.close_button.setObjectName(f"{name}_remove")
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(lambda: emit(self.removed))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 1, 2, 1)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addWidget(self.close_button)
        self.setVisible(False)

    def show_text(self, text: str, remove_tip: str) -> None:
        self.label.setText(text)
        self.close_button.setToolTip(remove_tip)
        self.close_button.setAccessibleName(remove_tip)
        self.setVisible(True)


class OrdersPage(Page):
    """Every order of the ledger, filtered and sorted by the database, paged as it scrolls."""

    #: The list was exported. Argument: the file's Path.
    exported = Signal(object)

    def __init__(
        self,
        context: AppContext,
        *,
        undo_group: QUndoGroup | None = None,
        editors: OrderEditors | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("orders_page")
        self._context = context
        self._lang = form.language_of(context.locale)
        self._order_ids: tuple[int, ...] | None = None
        self._unsigned_past_signing = False
        self._overdue_as_of: date | None = None  # a date other than today, from apply_filter
        self._applying = 0
        #: The open order editors (answers context.events.open_order too).
        self.editors = editors or OrderEditors(context, host=self, undo_group=undo_group, parent=self)

        self.model = OrdersTableModel(context.ledger, locale=context.locale, parent=self)
        self.model.requeried.connect(self._show_count)
        self.model.modelReset.connect(self._show_count)
        self.model.rowsInserted.connect(self._show_count)

        # toolbar
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("orders_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.new_action = QAction(self.tr("&New order…"), self)
        self.new_action.setObjectName("new_order")
        self.new_action.triggered.connect(self.new_order)
        self.open_action = QAction(self.tr("&Open"), self)
        self.open_action.setObjectName("open_order")
        self.open_action.triggered.connect(self.open_selected)
        self.export_action = QAction(self.tr("&Export this list…"), self)
        self.export_action.setObjectName("export_list")
        self.export_action.setToolTip(self.tr("The orders shown, in their order, as CSV or XLSX"))
        self.export_action.triggered.connect(self.export_view)
        self.toolbar.addAction(self.new_action)
        self.toolbar.addAction(self.open_action)
        self.toolbar.addAction(self.export_action)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search number, unit or line description"))
        self.search.setAccessibleName(self.tr("Search orders"))
        self.search.setMinimumWidth(320)
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        top = QHBoxLayout()
        top.addWidget(self.toolbar)
        top.addSpacing(12)
        top.addWidget(self.search, 1)
        top.addSpacing(12)
        top.addWidget(self.count_label)

        # filters
        self.exercise_combo = self._combo("exercise_filter", 11)
        self.partner_combo = self._combo("partner_filter", 6)
        self.direction_combo = self._combo("direction_filter", 7)
        for direction in Direction:
            self.direction_combo.addItem(labels.direction_label(direction), direction.value)
        self.status_combo = self._combo("status_filter", 8)
        for status in Status:
            self.status_combo.addItem(labels.status_label(status), status.value)
        # several statuses at once: a menu of check boxes beside the one-status combo
        # a push button with a menu: its size leaves room for the menu's arrow in any language
        self.statuses_button = QPushButton()
        self.statuses_button.setObjectName("statuses_filter")
        self.statuses_button.setAccessibleName(self.tr("Several statuses"))
        self.statuses_menu = QMenu(self.statuses_button)
        self.status_checks: dict[str, QAction] = {}
        for status in Status:
            check = self.statuses_menu.addAction(labels.status_label(status))
            check.setCheckable(True)
            check.setObjectName(f"status_check_{status.value}")
            check.toggled.connect(self._statuses_toggled)
            self.status_checks[status.value] = check
        self.statuses_button.setMenu(self.statuses_menu)
        self._show_statuses_button()
        self.category_combo = self._combo("category_filter", 11)
        for category in CATEGORIES:
            self.category_combo.addItem(category.label(self._lang), category.code)
        # audit readiness (the register's exception codes): any exception, or one of them
        self.readiness_combo = self._combo("readiness_filter", 12)
        self.readiness_combo.addItem(self.tr("With exceptions"), "")
        from acsa_desk.services.readiness import CODES as READINESS_CODES
        from acsa_desk.ui.readiness.labels import exception_label

        for code in READINESS_CODES:
            self.readiness_combo.addItem(exception_label(code), code)
        self.readiness_combo.setToolTip(
            self.tr("Orders an auditor would fault, and why (see Audit readiness)"))
        self.overdue_check = QCheckBox(self.tr("Overdue"))
        self.overdue_check.setObjectName("overdue_filter")
        self.overdue_check.setToolTip(
            self.tr("Only orders with an amount unpaid past the settlement deadline"))
        self.selection_chip = FilterChip("selection_chip")
        self.selection_chip.removed.connect(self.clear_selection_filter)
        self.unsigned_chip = FilterChip("unsigned_chip")
        self.unsigned_chip.removed.connect(self._clear_unsigned_filter)
        filters = QHBoxLayout()
        add_labelled(filters, ((self.tr("E&xercise:"), self.exercise_combo),
                               (self.tr("&Partner:"), self.partner_combo),
                               (self.tr("&Direction:"), self.direction_combo)), spacing=6)
        add_labelled(filters, ((self.tr("&Status:"), self.status_combo),))
        filters.addWidget(self.statuses_button)
        filters.addSpacing(6)
        filters.addStretch(1)
        chips = QHBoxLayout()
        # category, audit readiness and overdue on the second row: the first stays within a
        # 1280-pixel window in French and Japanese too
        add_labelled(chips, ((self.tr("&Category:"), self.category_combo),
                             (self.tr("Rea&diness:"), self.readiness_combo)), spacing=6)
        chips.addWidget(self.overdue_check)
        chips.addSpacing(6)
        chips.addWidget(self.selection_chip)
        chips.addWidget(self.unsigned_chip)
        chips.addStretch(1)

        # table
        self.view = QTableView()
        self.view.setObjectName("orders_view")
        self.view.setAccessibleName(self.tr("Orders"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        widths = {Column.NUMBER: 150, Column.EXERCISE: 190, Column.PARTNER: 70, Column.DIRECTION: 90,
                  Column.STATUS: 100, Column.SIGNATURES: 100, Column.ORDERED: 95, Column.CURRENCY: 75,
                  Column.BILLABLE: 125, Column.OUTSTANDING: 125, Column.ORDERED_VALUE: 115}
        for column, width in widths.items():
            self.view.setColumnWidth(column, width)
        # the exercise's name takes the room left, so the amounts stay side by side on the right
        header.setSectionResizeMode(Column.EXERCISE, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(Column.ORDERED, Qt.SortOrder.DescendingOrder)
        # readiness beside the signatures, where an auditor's eye goes (the last model column)
        header.moveSection(header.visualIndex(Column.READINESS), Column.SIGNATURES + 1)
        bind_header_state(context.settings, header, HEADER_STATE_NAME)
        header.sortIndicatorChanged.connect(self._on_sort_indicator)
        self.view.setSortingEnabled(True)
        self._on_sort_indicator(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.view.activated.connect(self._on_activated)
        # the keyboard: Down/Enter in the search goes to the rows; Ctrl+End and the scrollbar's
        # end reach the last order, not the last one fetched
        self._search_keys = order_keys.SearchToResults(self.search, self.go_to_results)
        self._end_keys = _EndFetchesAll(self.view, self.model.fetch_to_end)
        scrollbar = self.view.verticalScrollBar()
        scrollbar.sliderReleased.connect(self._scrolled_to_end)
        scrollbar.actionTriggered.connect(self._scrollbar_action)
        self.view.selectionModel().currentRowChanged.connect(self._update_actions)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addLayout(chips)
        layout.addWidget(self.view, 1)
        self.totals_label = QLabel()
        self.totals_label.setObjectName("list_totals")
        self.totals_label.setWordWrap(True)
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.totals_label)
        self.model.requeried.connect(self._show_totals)
        self.model.modelReset.connect(self._show_totals)

        # the search waits for a pause in typing; the combos query at once
        self.search_timer = QTimer(self)
        self.search_timer.setObjectName("search_timer")
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self._apply_widgets)
        self.search.textChanged.connect(self._on_search_typed)
        for combo in (self.exercise_combo, self.partner_combo, self.direction_combo,
                      self.status_combo, self.category_combo, self.readiness_combo):
            combo.currentIndexChanged.connect(self._apply_widgets)
        self.overdue_check.toggled.connect(self._apply_widgets)
        context.events.ledger_changed.connect(self._on_ledger_changed)

        self._fill_choices()
        self._update_actions()
        self._show_count()
        self._show_totals()

    # --- Page ---

    def title(self) -> str:
        return self.tr("Orders")

    def refresh(self) -> None:
        """Re-reads the filter choices and the rows (keeping the rows fetched and the selection)."""
        self._fill_choices()
        current = self.current_order_id()
        self.model.reload()
        self._select_order(current)
        self._update_actions()

    # --- what the window and other pages call ---

    def focus_search(self) -> None:
        """Edit > Find: puts the cursor in the search box, its text selected."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def go_to_results(self) -> None:
        """From the search box to the list: the typed search applies now, first row current."""
        self._apply_widgets()
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.view.currentIndex().isValid() and self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))

    def _scrolled_to_end(self) -> None:
        scrollbar = self.view.verticalScrollBar()
        if scrollbar.value() >= scrollbar.maximum() and self.model.canFetchMore(QModelIndex()):
            self.model.fetch_to_end()
            self.view.scrollToBottom()

    def _scrollbar_action(self, action: int) -> None:
        if action == QAbstractSlider.SliderAction.SliderToMaximum.value \
                and self.model.canFetchMore(QModelIndex()):
            self.model.fetch_to_end()
            QTimer.singleShot(0, self.view.scrollToBottom)

    def apply_filter(self, flt: OrderFilter) -> None:
        """Shows the orders of ``flt`` (e.g. a dashboard figure's): sets the search box and
        combos to match, and shows a removable chip for a list of chosen orders."""
        self.search_timer.stop()
        self._applying += 1
        try:
            self._fill_choices()
            self.search.setText(flt.text)
            _select_data(self.exercise_combo, flt.exercise_id)
            _select_data(self.partner_combo, flt.partner)
            _select_data(self.direction_combo, flt.direction)
            _select_data(self.status_combo, flt.status)
            for code, check in self.status_checks.items():
                check.setChecked(code in flt.statuses)
            self._show_statuses_button()
            _select_data(self.category_combo, flt.category)
            _select_data(self.readiness_combo, flt.readiness)
            today = date.today()
            self._overdue_as_of = flt.overdue_as_of if flt.overdue_as_of not in (None, today) else None
            self.overdue_check.setChecked(flt.overdue_as_of is not None)
            self._order_ids = tuple(flt.order_ids) if flt.order_ids is not None else None
            self._unsigned_past_signing = flt.unsigned_past_signing
        finally:
            self._applying -= 1
        self._show_chips()
        self.model.set_filter(self.current_filter())

    def current_filter(self) -> OrderFilter:
        """The filter the widgets and chips describe now."""
        overdue = None
        if self.overdue_check.isChecked():
            overdue = self._overdue_as_of or date.today()
        return OrderFilter(
            text=self.search.text().strip(),
            exercise_id=self.exercise_combo.currentData(),
            partner=self.partner_combo.currentData(),
            direction=self.direction_combo.currentData(),
            status=self.status_combo.currentData(),
            statuses=self.checked_statuses(),
            category=self.category_combo.currentData(),
            readiness=self.readiness_combo.currentData(),
            overdue_as_of=overdue,
            unsigned_past_signing=self._unsigned_past_signing,
            order_ids=self._order_ids,
        )

    def clear_selection_filter(self) -> None:
        """Removes the "showing N selected orders" restriction."""
        self._order_ids = None
        self._show_chips()
        self.model.set_filter(self.current_filter())

    def current_order_id(self) -> int | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        value = index.siblingAtColumn(0).data(ORDER_ID_ROLE)
        return int(value) if value is not None else None

    def open_selected(self) -> None:
        order_id = self.current_order_id()
        if order_id is not None:
            self._context.events.request_order(order_id)

    def new_order(self) -> OrderEditor:
        return self.editors.open(None)

    # --- internals ---

    def _combo(self, name: str, length: int) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(length)
        combo.addItem(self.tr("All"), None)
        return combo

    def _fill_choices(self) -> None:
        with self._context.ledger.reader() as session:
            exercises = [(e.id, e.name) for e in reference.list_exercises(session=session)]
            partners = [p.code for p in reference.list_partners(session=session)]
        self._applying += 1
        try:
            _refill(self.exercise_combo, [(name, exercise_id) for exercise_id, name in exercises])
            _refill(self.partner_combo, [(code, code) for code in partners])
        finally:
            self._applying -= 1
        view = self.category_combo.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + 24)
        exercise_view = self.exercise_combo.view()
        exercise_view.setMinimumWidth(exercise_view.sizeHintForColumn(0) + 24)

    def _on_search_typed(self, _text: str) -> None:
        if not self._applying:
            self.search_timer.start()

    def _apply_widgets(self, *_args: object) -> None:
        if self._applying:
            return
        self.search_timer.stop()
        flt = self.current_filter()
        if flt != self.model.order_filter():
            self.model.set_filter(flt)
        self._update_actions()

    def _show_chips(self) -> None:
        if self._order_ids is not None:
            count = len(self._order_ids)
            self.selection_chip.show_text(
                counted(self.tr("Showing %n selected order(s)", "", count), count),
                self.tr("Show all orders again"),
            )
        else:
            self.selection_chip.setVisible(False)
        if self._unsigned_past_signing:
            self.unsigned_chip.show_text(
                self.tr("Delivered or later without both signatures"),
                self.tr("Remove this condition"),
            )
        else:
            self.unsigned_chip.setVisible(False)

    def _clear_unsigned_filter(self) -> None:
        self._unsigned_past_signing = False
        self._show_chips()
        self.model.set_filter(self.current_filter())

    def _on_sort_indicator(self, section: int, order: Qt.SortOrder) -> None:
        """A column that cannot sort puts the indicator back where the rows really are."""
        if not self.model.is_sortable(section):
            header = self.view.horizontalHeader()
            blocked = header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column(), self.model.sort_order())
            header.blockSignals(blocked)

    def _on_activated(self, index: QModelIndex) -> None:
        value = index.siblingAtColumn(0).data(ORDER_ID_ROLE)
        if value is not None:
            self._context.events.request_order(int(value))

    def _on_ledger_changed(self, _what: str) -> None:
        self.refresh()

    def _select_order(self, order_id: int | None) -> None:
        if order_id is None:
            return
        row = self.model.row_of(order_id)
        if row is None:
            return
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )

    def _update_actions(self, *_args: object) -> None:
        self.open_action.setEnabled(self.current_order_id() is not None)

    # --- several statuses, totals, export ---

    def checked_statuses(self) -> tuple[str, ...]:
        return tuple(code for code, check in self.status_checks.items() if check.isChecked())

    def _statuses_toggled(self, _checked: bool) -> None:
        self._show_statuses_button()
        self._apply_widgets()

    def _show_statuses_button(self) -> None:
        checked = self.checked_statuses()
        self.statuses_button.setText(
            self.tr("Several…") if not checked else
            counted(self.tr("%n status(es)", "", len(checked)), len(checked)))
        self.statuses_button.setToolTip(
            ", ".join(labels.status_label(code) for code in checked) if checked
            else self.tr("Show the orders in any of several statuses"))

    def _show_totals(self, *_args: object) -> None:
        flt = self.model.order_filter()
        with self._context.ledger.reader() as session:
            totals = order_lists.totals_by_currency(session=session, flt=flt)
        locale = self._context.locale
        parts = [self.tr("{currency}: billable {billable}, outstanding {outstanding}").format(
            currency=t.currency, billable=format_money(t.billable_minor, t.currency, locale),
            outstanding=format_money(t.outstanding_minor, t.currency, locale)) for t in totals]
        self.totals_label.setText(
            self.tr("Totals of the orders listed — {totals}").format(totals="; ".join(parts))
            if parts else "")

    def export_view(self) -> None:
        """Writes the orders listed now (filter and sort as shown) to a CSV or XLSX file."""
        from pathlib import Path

        from acsa_desk.ui.dialogs import all_files_filter, file_filter

        path = self._context.dialogs.save_file(
            self.tr("Export this list"), directory=str(Path.home() / "orders.xlsx"),
            filters=";;".join([file_filter(self.tr("Excel workbooks"), "*.xlsx"),
                               file_filter(self.tr("CSV files"), "*.csv"), all_files_filter()]))
        if path is None:
            return
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_suffix(".xlsx")
        from acsa_desk.core.errors import LedgerError
        from acsa_desk.services.exports import write_export
        from acsa_desk.services.marking import marking_for
        from acsa_desk.ui.sealing import choose_sealing

        ledger, flt = self._context.ledger, self.model.order_filter()
        title = self.tr("Export this list")
        with ledger.reader() as session:  # a few settings rows: the list's marking, never lower
            marking = marking_for(session=session, where=())
        try:
            target = choose_sealing(self._context, title, path, kind="order-list", marking=marking)
        except LedgerError as error:
            self._context.tasks.show_expected_error(error, title)
            return
        if target is None:
            return
        sort = SORT_KEYS[self.model.sort_column()] or "ordered_on"
        descending = self.model.sort_order() == Qt.SortOrder.DescendingOrder

        def write(where: Path) -> int:
            with ledger.reader() as session:
                return order_lists.export_order_list(session=session, flt=flt, path=where,
                                                     sort=sort, descending=descending)

        def work() -> int:
            record = write_export(ledger, target.path, kind="order-list", write=write,
                                  marking=marking, passphrase=target.passphrase,
                                  recipients=target.recipients)
            return int(record["rows"] or 0)

        def done(count: int) -> None:
            text = (self.tr("%n order(s) written to {path}, sealed.", "", count) if target.sealed
                    else self.tr("%n order(s) written to {path}.", "", count))
            self._context.messages.info(counted(text, count).format(path=target.path))
            emit(self.exported, target.path)

        self._context.tasks.run(work, title=title, on_success=done)

    def _show_count(self, *_args: object) -> None:
        total = self.model.total_count()
        shown = format_decimal(total, locale=self._context.locale)
        self.count_label.setText(counted(self.tr("%n order(s)", "", total), total, shown))


def _refill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
    """Replaces a filter combo's items after "All", keeping the current choice if still there."""
    current = combo.currentData()
    blocked = combo.blockSignals(True)
    try:
        while combo.count() > 1:
            combo.removeItem(combo.count() - 1)
        for text, data in items:
            combo.addItem(text, data)
        found = combo.findData(current)
        combo.setCurrentIndex(found if found >= 0 else 0)
    finally:
        combo.blockSignals(blocked)


def _select_data(combo: QComboBox, value: object) -> None:
    found = combo.findData(value) if value is not None else 0
    combo.setCurrentIndex(found if found >= 0 else 0)



class _EndFetchesAll(QObject):
    """Ctrl+End in the list fetches the rows not fetched yet, then moves to the last one."""

    def __init__(self, view: QTableView, fetch: Callable[[], object]) -> None:
        super().__init__(view)
        self._fetch = fetch
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.matches(QKeySequence.StandardKey.MoveToEndOfDocument):
            self._fetch()
        return False
