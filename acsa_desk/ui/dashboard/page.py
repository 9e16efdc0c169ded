"""The dashboard: who owes what, what is late, and which orders wait for someone.

Every figure leads to the orders behind it: a tile or a balance asks for an Orders list
(``events.request_orders(OrderFilter(...))``), an overdue order opens in the editor
(``events.request_order(id)``). The figures are read through the TaskManager and reloaded
whenever the ledger changes while the page is in view.

Opening the window must not cost more as the ledger grows: the page first paints the last
figures it showed for this ledger (``snapshot``: kept with the ledger's content fingerprint,
shown only while the ledger is unchanged since), says so, and reads them again in the
background. The audit-exceptions count, which weighs every order, follows the other figures on
the low-priority worker (``context.slow_tasks``) so that it never holds up another page's read.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from acsa_desk.services.ledger_sql import AGEING_BUCKETS, AgeingRow, Balance, OverdueOrder
from acsa_desk.ui.context import AppContext
from acsa_desk.ui.dashboard import snapshot
from acsa_desk.ui.dashboard.chart import BalanceChart
from acsa_desk.ui.dashboard.figures import DashboardData
from acsa_desk.ui.dashboard.links import ClickThrough
from acsa_desk.ui.dashboard.snapshot import snapshot_folder
from acsa_desk.ui.dashboard.tables import (
    ALIGN_RIGHT,
    Column,
    RefreshWhenShown,
    RowsModel,
    count_text,
    direction_label,
    direction_tooltip,
    fit_columns,
    make_table,
    money,
    net_colour,
    who_owes_whom,
)
from acsa_desk.ui.dashboard.tiles import ListPanel, Tile
from acsa_desk.ui.page import CoalescedReload, Page
from acsa_desk.ui.qtfix import emit
from acsa_desk.ui.summary import LedgerSummary
from acsa_desk.ui.tasks import TaskCancelled

if TYPE_CHECKING:
    from acsa_desk.db.engine import Ledger

#: What a read of the figures returns: the fingerprint it was read at, the ledger summary (kept
#: with the figures), the figures.
Read = tuple[str | None, LedgerSummary, DashboardData]

# The reads (``data.py``) and the Orders filter (``services.queries``) need the ORM models:
# imported when first run, after the first paint of the kept figures (issue 16, goal 1).


def load_dashboard(ledger: Ledger, as_of: date) -> DashboardData:
    from acsa_desk.ui.dashboard import data

    return data.load_dashboard(ledger, as_of)


class DashboardPage(ClickThrough, RefreshWhenShown, Page):
    """Balances, ageing, overdue and due-soon orders, and orders waiting for action."""

    #: Every figure was (re)read and shown, the audit-exceptions count included.
    loaded = Signal()
    #: Figures were painted: True when just read, False when the last ones shown (snapshot).
    figures_shown = Signal(bool)
    #: The reads held by :meth:`hold_reads` may start: the kept figures were painted (or a
    #: second passed without a paint), or there were none. (The reads import the ORM models:
    #: they wait, so as not to slow the first paint.)
    reads_may_start = Signal()

    def __init__(
        self,
        context: AppContext,
        *,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard_page")
        self.context = context
        self._reconciled: dict[str, tuple[datetime, str]] = {}
        self._today = today
        self._data: DashboardData | None = None
        self._reloads = CoalescedReload(self, context.tasks, self._load_job, show=self._loaded,
                                        failed=self._failed, title=lambda: self.tr("Dashboard"))
        self._audits = CoalescedReload(self, context.slow_tasks, self._audit_job,
                                       show=self._audit_counted, failed=self._failed,
                                       title=lambda: self.tr("Dashboard"))
        #: Set when the page goes or the program closes: the audit count stops.
        self._stop = threading.Event()
        stop = self._stop
        context.slow_tasks.on_shutdown(stop.set)
        self.destroyed.connect(lambda *_: stop.set())
        self._snapshot_tried = False
        #: The content fingerprint the figures in view were read at (None: unknown).
        self._fingerprint: str | None = None
        #: (fingerprint, count) of the last audit-exceptions count.
        self._audit: tuple[str | None, int] | None = None
        #: When the figures in view were read, if they come from the snapshot.
        self._from_snapshot: datetime | None = None
        #: Reads wait for the kept figures' paint (True), and one was asked for meanwhile.
        self._held = False
        self._read_held = False
        #: The ledger summary read with the figures in view (kept with them).
        self._summary: LedgerSummary | None = None
        locale = context.locale

        # --- waiting for action ---
        self.tiles = {
            "awaiting_signatures": Tile(
                "awaiting_signatures", self.tr("Awaiting signatures"),
                self.tr("Orders requested but not yet signed by both sides' officials."),
            ),
            "delivered_without_signatures": Tile(
                "delivered_without_signatures", self.tr("Delivered without both signatures"),
                self.tr("Orders delivered (or further) that lack one side's signature."),
            ),
            "delivered_not_invoiced": Tile(
                "delivered_not_invoiced", self.tr("Delivered, not invoiced"),
                self.tr("Orders delivered or received for which no invoice or claim was raised."),
            ),
            "invoiced_unsettled": Tile(
                "invoiced_unsettled", self.tr("Invoiced, not settled"),
                self.tr("Orders invoiced and waiting for settlement."),
            ),
            "audit_exceptions": Tile(
                "audit_exceptions", self.tr("Audit exceptions"),
                self.tr("Orders an auditor would fault (missing data, signatures or documents, "
                        "late claims...): opens Audit readiness."),
            ),
        }
        for name, tile in self.tiles.items():
            tile.clicked.connect(lambda _checked=False, n=name: self._tile_clicked(n))
        self.as_of_label = QLabel()
        self.as_of_label.setObjectName("as_of")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("refresh")
        self.refresh_button.clicked.connect(self.reload)

        # --- balances ---
        self.balances_model: RowsModel[Balance] = RowsModel(
            [
                Column(self.tr("Partner"), lambda b: b.partner),
                Column(self.tr("Currency"), lambda b: b.currency),
                Column(self.tr("Receivable"), lambda b: money(b.receivable_minor, b.currency, locale),
                       ALIGN_RIGHT, key=lambda b: b.receivable_minor,
                       explanation=self.tr("Outstanding on what we provided: the partner owes it")),
                Column(self.tr("Payable"), lambda b: money(b.payable_minor, b.currency, locale),
                       ALIGN_RIGHT, key=lambda b: b.payable_minor,
                       explanation=self.tr("Outstanding on what we received: we owe it")),
                Column(self.tr("Net"), lambda b: money(b.net_minor, b.currency, locale), ALIGN_RIGHT,
                       key=lambda b: b.net_minor, foreground=lambda b: net_colour(b.net_minor),
                       explanation=self.tr("Receivable minus payable, in one currency")),
                Column(self.tr("Position"), lambda b: who_owes_whom(b.partner, b.net_minor),
                       foreground=lambda b: net_colour(b.net_minor)),
                Column(self.tr("Last reconciled"), self._last_reconciled,
                       tooltip=self._last_reconciled_by,
                       explanation=self.tr("When our ledger was last reconciled with the "
                                           "partner's statement (Reconciliation page)")),
            ],
            self,
        )
        self.balances_view = make_table(context.settings, "dashboard_balances", self.balances_model)
        fit_columns(self.balances_view, (8, 9, 16, 16, 16, 14, 12))
        self.balances_view.setToolTip(self.tr("Double-click a figure to see the orders behind it."))
        self.balances_view.activated.connect(self._balance_activated)

        # --- ageing ---
        bucket_titles = (self.tr("0–90 days"), self.tr("91–180 days"), self.tr("181–365 days"),
                         self.tr("Over 365 days"))
        assert len(bucket_titles) == len(AGEING_BUCKETS)
        ageing_columns: list[Column[AgeingRow]] = [
            Column(self.tr("Partner"), lambda a: a.partner),
            Column(self.tr("Currency"), lambda a: a.currency),
            Column(self.tr("Direction"), lambda a: direction_label(a.direction),
                   tooltip=lambda a: direction_tooltip(a.direction)),
        ]
        for number, title in enumerate(bucket_titles):
            ageing_columns.append(
                Column(title, lambda a, i=number: money(a.buckets_minor[i], a.currency, locale),
                       ALIGN_RIGHT, key=lambda a, i=number: a.buckets_minor[i])
            )
        ageing_columns.append(Column(self.tr("Total"), lambda a: money(a.total_minor, a.currency, locale),
                                     ALIGN_RIGHT, key=lambda a: a.total_minor))
        self.ageing_model: RowsModel[AgeingRow] = RowsModel(ageing_columns, self)
        self.ageing_view = make_table(context.settings, "dashboard_ageing", self.ageing_model)
        self.ageing_view.setAccessibleName(self.tr("Ageing of what is outstanding"))
        fit_columns(self.ageing_view, (7, 8, 9, 13, 13, 13, 13, 13))
        self.ageing_view.setToolTip(self.tr("Days since delivery of what is still unpaid. "
                                            "Double-click a row to see the orders."))
        self.ageing_view.activated.connect(self._ageing_activated)

        self.balances_heading = QLabel(self.tr("Balances per partner and currency"))
        bold = QFont(self.balances_heading.font())
        bold.setBold(True)
        self.balances_heading.setFont(bold)
        self.balances_heading.setBuddy(self.balances_view)
        self.balances_panel = QWidget()
        balances_layout = QVBoxLayout(self.balances_panel)
        balances_layout.setContentsMargins(0, 0, 0, 0)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.balances_heading, 1)
        self.statement_button = QPushButton(self.tr("&Statement…"))
        self.statement_button.setObjectName("statement_button")
        self.statement_button.setToolTip(
            self.tr("Preview, save or print the settlement statement of the selected partner"))
        self.statement_button.clicked.connect(self.show_statement)
        heading_row.addWidget(self.statement_button)
        balances_layout.addLayout(heading_row)
        balances_layout.addWidget(self.balances_view, 1)

        self.chart = BalanceChart(locale)
        self.chart.partner_clicked.connect(self._chart_clicked)

        # --- overdue and due soon ---
        self.overdue_model = self._late_model(self.tr("Overdue"), locale)
        self.due_soon_model = self._late_model(self.tr("Becomes overdue"), locale)
        self.overdue_view = make_table(context.settings, "dashboard_overdue", self.overdue_model,
                                       stretch_last=False)
        self.due_soon_view = make_table(context.settings, "dashboard_due_soon", self.due_soon_model,
                                        stretch_last=False)
        for view in (self.overdue_view, self.due_soon_view):
            fit_columns(view, (16, 7, 9, 11, 14, 14))
            view.setToolTip(self.tr("Double-click an order to open it."))
        self.overdue_view.activated.connect(lambda i: self._late_activated(self.overdue_model, i))
        self.due_soon_view.activated.connect(lambda i: self._late_activated(self.due_soon_model, i))
        self.overdue_panel = ListPanel(
            self.tr("Unpaid deliveries older than the agreement's settlement deadline (12 months unless "
                    "the agreement says otherwise). Double-click an order to open it."),
            self.tr("Show in Orders"), self.overdue_view)
        self.overdue_panel.setObjectName("overdue_panel")
        self.overdue_panel.shown.setObjectName("overdue_shown")
        self.due_soon_panel = ListPanel(
            self.tr("Orders with an unpaid delivery that passes the deadline within 60 days."),
            self.tr("Show in Orders"), self.due_soon_view)
        self.due_soon_panel.setObjectName("due_soon_panel")
        self.due_soon_panel.shown.setObjectName("due_soon_shown")
        self.overdue_panel.show_all.clicked.connect(self._show_all_overdue)
        self.due_soon_panel.show_all.clicked.connect(self._show_all_due_soon)
        self.ageing_panel = QWidget()
        ageing_layout = QVBoxLayout(self.ageing_panel)
        ageing_layout.setContentsMargins(6, 6, 6, 6)
        ageing_layout.addWidget(self.ageing_view)

        self.lists = QTabWidget()
        self.lists.setObjectName("dashboard_lists")
        self.lists.addTab(self.overdue_panel, "")
        self.lists.addTab(self.due_soon_panel, "")
        self.lists.addTab(self.ageing_panel, self.tr("Ageing"))
        self._set_list_counts(None, None)

        # --- layout ---
        top = QHBoxLayout()
        top.setSpacing(8)
        for tile in self.tiles.values():
            top.addWidget(tile, 1)
        status = QHBoxLayout()
        status.addWidget(self.as_of_label)
        status.addStretch(1)
        status.addWidget(self.refresh_button)

        self.middle = QSplitter(Qt.Orientation.Horizontal)
        self.middle.setObjectName("dashboard_middle")
        self.middle.addWidget(self.balances_panel)
        self.middle.addWidget(self.chart)
        self.middle.setStretchFactor(0, 2)
        self.middle.setStretchFactor(1, 1)
        self.middle.setChildrenCollapsible(False)
        self.middle.setSizes([760, 380])
        self.rows = QSplitter(Qt.Orientation.Vertical)
        self.rows.setObjectName("dashboard_rows")
        self.rows.addWidget(self.middle)
        self.rows.addWidget(self.lists)
        self.rows.setChildrenCollapsible(False)
        self.rows.setSizes([1, 1])

        content = QWidget()
        content.setMinimumSize(820, 520)
        inner = QVBoxLayout(content)
        inner.setContentsMargins(12, 10, 12, 10)
        inner.setSpacing(8)
        inner.addLayout(top)
        inner.addLayout(status)
        inner.addWidget(self.rows, 1)
        scroll = QScrollArea()
        scroll.setObjectName("dashboard_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        context.events.ledger_changed.connect(self._ledger_changed)

    def title(self) -> str:
        return self.tr("Dashboard")

    # --- loading ---

    def refresh(self) -> None:
        if self._held:  # once the kept figures are painted
            self._read_held = True
            self.mark_fresh()
            return
        self.reload()

    def hold_reads(self) -> None:
        """The figures are not read before :meth:`show_last_figures` is called (the window's
        first look at the ledger may find kept figures to paint first)."""
        if not self._snapshot_tried:
            self._held = True

    def show_last_figures(self, kept: snapshot.Snapshot | None) -> bool:
        """Paints ``kept``, the last figures shown for this ledger (found unchanged since by
        the window's first look; None: none), if nothing is shown yet (once per page). The
        window calls it when the ledger's marking is known, so that no figure is ever shown
        without its banners. True if it painted them: the figures are then read again once
        painted (the read imports the ORM models: not before the first paint)."""
        if self._snapshot_tried:
            return False
        self._snapshot_tried = True
        self._show_snapshot(kept)
        if self._from_snapshot is None:
            self._release_reads()
            return False
        self._held = True
        self.as_of_label.installEventFilter(self)  # its text changed: painted with the rest
        QTimer.singleShot(1000, self, self._release_reads)  # type: ignore[call-overload]
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.as_of_label and event.type() == QEvent.Type.Paint and self._held:
            QTimer.singleShot(0, self, self._release_reads)  # type: ignore[call-overload]
        return super().eventFilter(watched, event)

    def _release_reads(self) -> None:
        if not self._held:
            return
        self._held = False
        self.as_of_label.removeEventFilter(self)
        emit(self.reads_may_start)
        if self._read_held:
            self._read_held = False
            self.reload()

    def reload(self) -> None:
        """Reads the figures again (in the background)."""
        self.mark_fresh()
        self._reloads.reload()

    def _show_snapshot(self, kept: snapshot.Snapshot | None) -> None:
        if self._data is None and kept is not None:
            if kept.data.audit_exceptions is not None:
                self._audit = (kept.fingerprint, kept.data.audit_exceptions)
            self._from_snapshot = kept.saved_at
            self._show(kept.data)

    def _load_job(self) -> Callable[[], Read]:
        ledger, as_of = self.context.ledger, self._today()
        path = ledger.path

        def load() -> Read:
            from acsa_desk.ui.ledger_work import ledger_summary

            # the fingerprint first: a write after it makes the snapshot's key stale, never
            # its figures older than their key (the ledger summary is kept with them)
            fingerprint = snapshot.fingerprint(path) if path is not None else None
            return fingerprint, ledger_summary(ledger), load_dashboard(ledger, as_of)

        return load

    def _loaded(self, result: Read) -> None:
        fingerprint, self._summary, data = result
        self._fingerprint = fingerprint
        self._from_snapshot = None
        audit = self._audit
        counted = audit is not None and fingerprint is not None and audit[0] == fingerprint
        shown = snapshot.with_audit_count(data, audit[1] if audit is not None else None)
        self._show(shown, audit_fresh=counted)
        self._keep(fingerprint, snapshot.with_audit_count(data, audit[1] if counted and audit
                                                          else None))
        if counted:
            emit(self.loaded)
        else:
            self._audits.reload()

    def _audit_job(self) -> Callable[[], tuple[str | None, int]]:
        ledger, path, stop = self.context.ledger, self.context.ledger.path, self._stop
        as_of = self._data.as_of if self._data is not None else self._today()

        def count() -> tuple[str | None, int]:
            from acsa_desk.services.readiness import Interrupted
            from acsa_desk.ui.dashboard.data import count_audit_exceptions

            fingerprint = snapshot.fingerprint(path) if path is not None else None
            try:
                return fingerprint, count_audit_exceptions(ledger, as_of, cancelled=stop.is_set)
            except Interrupted:
                raise TaskCancelled() from None

        return count

    def _audit_counted(self, result: tuple[str | None, int]) -> None:
        fingerprint, count = result
        self._audit = (fingerprint, count)
        data = self._data
        if data is None:
            return
        data = snapshot.with_audit_count(data, count)
        self._show(data, audit_fresh=True)
        if fingerprint is not None and fingerprint == self._fingerprint:
            self._keep(fingerprint, data)
        emit(self.loaded)

    def _keep(self, fingerprint: str | None, data: DashboardData) -> None:
        """Keeps the figures just read as this ledger's snapshot (in the background)."""
        path, summary = self.context.ledger.path, self._summary
        if path is None or fingerprint is None or summary is None:
            return
        folder = snapshot_folder(self.context.settings)
        kept = snapshot.Snapshot(fingerprint=fingerprint, saved_at=datetime.now(UTC), data=data,
                                 summary=summary)
        self.context.tasks.run(lambda: snapshot.save(folder, path, kept))  # a small file

    def is_from_snapshot(self) -> bool:
        """True while the figures in view are the last ones shown, not read yet."""
        return self._from_snapshot is not None

    def data(self) -> DashboardData | None:
        return self._data

    def is_loading(self) -> bool:
        return self._reloads.is_loading()

    def _failed(self, error: Exception) -> None:
        self.context.tasks.show_expected_error(error, self.tr("Dashboard"))  # type: ignore[arg-type]

    def _last_reconciled(self, balance: Balance) -> str:
        found = self._reconciled.get(balance.partner)
        return found[0].date().isoformat() if found else self.tr("never")

    def _last_reconciled_by(self, balance: Balance) -> str:
        found = self._reconciled.get(balance.partner)
        if not found:
            return ""
        return self.tr("Reconciled by {by} on {at} UTC").format(
            by=found[1], at=f"{found[0]:%Y-%m-%d %H:%M}")

    def _show(self, data: DashboardData, *, audit_fresh: bool = False) -> None:
        self._data = data
        if self._from_snapshot is not None:
            read = self._from_snapshot.astimezone().strftime("%Y-%m-%d %H:%M")
            text = self.tr("Last figures shown (as of {date}, read {when}); being read again…"
                           ).format(date=data.as_of.isoformat(), when=read)
        else:
            text = self.tr("Figures as of {date}; overdue means unpaid past the agreement's "
                           "settlement deadline.").format(date=data.as_of.isoformat())
        self.as_of_label.setText(text)
        waiting = data.waiting
        self.tiles["awaiting_signatures"].set_count(waiting.awaiting_signatures)
        self.tiles["delivered_without_signatures"].set_count(waiting.delivered_without_signatures)
        self.tiles["delivered_not_invoiced"].set_count(waiting.delivered_not_invoiced)
        self.tiles["invoiced_unsettled"].set_count(waiting.invoiced_unsettled)
        self.tiles["audit_exceptions"].set_count(
            data.audit_exceptions, pending=self._from_snapshot is not None or not audit_fresh)
        self._reconciled = dict(data.last_reconciled)
        self.balances_model.set_rows(data.balances)
        self.ageing_model.set_rows(data.ageing)
        self.overdue_model.set_rows(data.overdue)
        self.due_soon_model.set_rows(data.due_soon)
        self._set_list_counts(data.overdue_count, data.due_soon_count)
        self.overdue_panel.set_shown(self._shown_text(
            self.tr("{count} overdue — showing the {shown} oldest; Show in Orders for all."),
            data.overdue_count, len(data.overdue)))
        self.due_soon_panel.set_shown(self._shown_text(
            self.tr("{count} due within 60 days — showing the {shown} oldest; Show in Orders "
                    "for all."),
            data.due_soon_count, len(data.due_soon)))
        self.chart.set_balances(data.balances)
        emit(self.figures_shown, self._from_snapshot is None)

    def _ledger_changed(self, _what: str) -> None:
        if self.isVisible():
            self.reload()
        else:
            self.mark_stale()

    # --- helpers ---

    @staticmethod
    def _shown_text(template: str, count: int, shown: int) -> str:
        if shown >= count:
            return ""
        return template.format(count=count_text(count), shown=count_text(shown))

    def _set_list_counts(self, overdue: int | None, due_soon: int | None) -> None:
        def title(text: str, count: int | None) -> str:
            if count is None:
                return text
            return self.tr("{list} ({count})").format(list=text, count=count_text(count))

        self.lists.setTabText(0, title(self.tr("Overdue"), overdue))
        self.lists.setTabText(1, title(self.tr("Due within 60 days"), due_soon))
        self.overdue_panel.show_all.setEnabled(bool(overdue))
        self.due_soon_panel.show_all.setEnabled(bool(due_soon))

    def _late_model(self, amount_title: str, locale: str) -> RowsModel[OverdueOrder]:
        return RowsModel(
            [
                Column(self.tr("Order"), lambda o: o.order_number),
                Column(self.tr("Partner"), lambda o: o.partner),
                Column(self.tr("Direction"), lambda o: direction_label(o.direction),
                       tooltip=lambda o: direction_tooltip(o.direction)),
                Column(self.tr("Delivered"), lambda o: o.delivered_on.isoformat(),
                       key=lambda o: o.delivered_on,
                       explanation=self.tr("The oldest delivery still (partly) unpaid")),
                Column(amount_title, lambda o: money(o.overdue_minor, o.currency, locale), ALIGN_RIGHT,
                       key=lambda o: o.overdue_minor),
                Column(self.tr("Outstanding"), lambda o: money(o.outstanding_minor, o.currency, locale),
                       ALIGN_RIGHT, key=lambda o: o.outstanding_minor),
            ],
            self,
        )

