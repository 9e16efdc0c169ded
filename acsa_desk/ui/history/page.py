"""The History page: the audit trail (who changed what, when), newest first, and its check.

Every change to the ledger is in the audit log, each entry hashed with the one before; "Verify
chain" walks the whole chain and re-adds the ledger's totals in the background.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from acsa_desk.db.audit import VerifyReport
from acsa_desk.ui import theme
from acsa_desk.ui.context import AppContext
from acsa_desk.ui.dashboard.tables import (
    ALIGN_RIGHT,
    Column,
    PagedRowsModel,
    RefreshWhenShown,
    count_text,
    fit_columns,
    guarded,
    make_table,
)
from acsa_desk.ui.history.anchors import AnchorsPanel
from acsa_desk.ui.history.data import AuditRow, HistoryFilter, entities, page_audit, verify_chain
from acsa_desk.ui.page import Page
from acsa_desk.ui.qtfix import emit
from acsa_desk.ui.service_text import ui_message

#: Typing in the "who" box filters after this pause (milliseconds).
FILTER_DELAY_MS = 300


def entity_label(entity: str) -> str:
    labels = {
        "acsa_order": QCoreApplication.translate("History", "Order"),
        "order_line": QCoreApplication.translate("History", "Order line"),
        "delivery": QCoreApplication.translate("History", "Delivery"),
        "receipt": QCoreApplication.translate("History", "Receipt"),
        "invoice": QCoreApplication.translate("History", "Invoice"),
        "settlement": QCoreApplication.translate("History", "Settlement"),
        "settlement_approval": QCoreApplication.translate("History", "Settlement approval"),
        "status_change": QCoreApplication.translate("History", "Status change"),
        "exercise": QCoreApplication.translate("History", "Exercise"),
        "exercise_partner": QCoreApplication.translate("History", "Exercise partner"),
        "partner": QCoreApplication.translate("History", "Partner"),
        "agreement": QCoreApplication.translate("History", "Agreement"),
        "ledger_setting": QCoreApplication.translate("History", "Ledger setting"),
        "app_user": QCoreApplication.translate("History", "User"),
        "exchange_rate": QCoreApplication.translate("History", "Exchange rate"),
    }
    return labels.get(entity, entity)


def action_label(action: str) -> str:
    labels = {
        "insert": QCoreApplication.translate("History", "added"),
        "update": QCoreApplication.translate("History", "changed"),
        "delete": QCoreApplication.translate("History", "removed"),
    }
    return labels.get(action, action)


class HistoryPage(RefreshWhenShown, Page):
    """The audit trail, paged, filtered by record type and by who."""

    #: The chain was verified. Argument: the VerifyReport.
    verified = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, page_size: int = 200) -> None:
        super().__init__(parent)
        self.setObjectName("history_page")
        self.context = context
        self._filter = HistoryFilter()

        self.entity = QComboBox()
        self.entity.setObjectName("entity_filter")
        self.entity.addItem(self.tr("All records"), None)
        self.entity.setMinimumContentsLength(18)
        self.entity.currentIndexChanged.connect(lambda _i: self._filter_changed())
        entity_label_widget = QLabel(self.tr("&Record:"))
        entity_label_widget.setBuddy(self.entity)
        self.actor = QLineEdit()
        self.actor.setObjectName("actor_filter")
        self.actor.setPlaceholderText(self.tr("login"))
        self.actor.setClearButtonEnabled(True)
        self.actor.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 24)
        actor_label = QLabel(self.tr("&Who:"))
        actor_label.setBuddy(self.actor)
        self._actor_timer = QTimer(self)
        self._actor_timer.setSingleShot(True)
        self._actor_timer.setInterval(FILTER_DELAY_MS)
        self._actor_timer.timeout.connect(self._filter_changed)
        self.actor.textChanged.connect(lambda _t: self._actor_timer.start())
        self.actor.returnPressed.connect(self._filter_changed)

        self.verify_button = QPushButton(self.tr("&Verify chain"))
        self.verify_button.setObjectName("verify_chain")
        self.verify_button.setToolTip(
            self.tr("Checks that no audit entry was removed, changed or reordered (hashes, the ledger "
                    "key's MACs, the written anchors), that every table is what the log says, and "
                    "that every order's totals equal its entries.")
        )
        self.verify_button.clicked.connect(self.verify)
        self.verify_result = QLabel()
        self.verify_result.setObjectName("verify_result")
        self.verify_result.setWordWrap(True)
        self.verify_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verify_result.setTextFormat(Qt.TextFormat.PlainText)
        self.verify_result.hide()
        self.anchors = AnchorsPanel(context, self)

        self.model: PagedRowsModel[AuditRow] = PagedRowsModel(
            [
                Column(self.tr("#"), lambda a: str(a.id), ALIGN_RIGHT),
                Column(self.tr("When (local time)"), lambda a: a.local_time(),
                       tooltip=lambda a: self.tr("Stored as {time} (UTC)").format(time=a.at)),
                Column(self.tr("Who"), lambda a: self.context.people.shown(a.actor)),
                Column(self.tr("Record"), lambda a: entity_label(a.entity)),
                Column(self.tr("Id"), lambda a: a.record_id(), ALIGN_RIGHT),
                Column(self.tr("Action"), lambda a: action_label(a.action)),
                Column(self.tr("Change"), lambda a: a.summary(), tooltip=lambda a: a.details()),
            ],
            context.tasks,
            self._loader(),
            page_size=page_size,
            parent=self,
        )
        self.view = make_table(context.settings, "history", self.model, sortable=False)
        self.view.setAccessibleName(self.tr("Audit trail"))
        fit_columns(self.view, (7, 32, 12, 18, 12, 9, 40))  # When: local time and its zone

        top = QHBoxLayout()
        top.addWidget(entity_label_widget)
        top.addWidget(self.entity)
        top.addSpacing(12)
        top.addWidget(actor_label)
        top.addWidget(self.actor)
        top.addStretch(1)
        top.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(top)
        layout.addWidget(self.verify_result)
        layout.addWidget(self.anchors)
        layout.addWidget(self.view, 1)

        context.events.ledger_changed.connect(self._ledger_changed)

    def title(self) -> str:
        return self.tr("History")

    # --- loading ---

    def refresh(self) -> None:
        self._load_entities()
        self.anchors.refresh()
        self.reload()

    def reload(self) -> None:
        self.mark_fresh()
        self.model.set_loader(self._loader())
        self.model.reload()

    def set_filter(self, flt: HistoryFilter) -> None:
        """Shows only the entries ``flt`` selects (and updates the filter widgets)."""
        self.actor.blockSignals(True)
        self.entity.blockSignals(True)
        try:
            self.actor.setText(flt.actor)
            index = self.entity.findData(flt.entity)
            if index < 0 and flt.entity:
                self.entity.addItem(entity_label(flt.entity), flt.entity)
                index = self.entity.count() - 1
            self.entity.setCurrentIndex(max(index, 0))
        finally:
            self.actor.blockSignals(False)
            self.entity.blockSignals(False)
        self._filter = flt
        self.reload()

    def current_filter(self) -> HistoryFilter:
        return self._filter

    def focus_search(self) -> None:
        self.actor.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.actor.selectAll()

    def _loader(self):  # type: ignore[no-untyped-def]
        ledger, flt = self.context.ledger, self._filter
        return lambda offset, limit: page_audit(ledger, flt, offset=offset, limit=limit)

    def _filter_changed(self) -> None:
        self._actor_timer.stop()
        flt = HistoryFilter(entity=self.entity.currentData(), actor=self.actor.text().strip())
        if flt != self._filter:
            self._filter = flt
            self.reload()

    def _load_entities(self) -> None:
        ledger = self.context.ledger

        def fill(names: list[str]) -> None:
            known = {self.entity.itemData(i) for i in range(self.entity.count())}
            for name in names:
                if name not in known:
                    self.entity.addItem(entity_label(name), name)

        self.context.tasks.run(lambda: entities(ledger), on_success=guarded(self, fill))

    def _ledger_changed(self, _what: str) -> None:
        if self.isVisible():
            self.reload()
        else:
            self.mark_stale()

    # --- verification ---

    def verify(self) -> None:
        ledger = self.context.ledger
        self.verify_button.setEnabled(False)
        self._show_result(self.tr("Verifying the audit chain…"), None)
        self.context.tasks.run(
            lambda: verify_chain(ledger),
            on_success=guarded(self, self._verified),
            on_failure=guarded(self, self._verify_failed),
            title=self.tr("Verify chain"),
        )

    def _verified(self, report: VerifyReport) -> None:
        self.verify_button.setEnabled(True)
        if report.ok:
            text = self.tr(
                "OK: {entries} audit entries chained and MAC-checked under the ledger key; "
                "{rows} rows match the log; the totals of {orders} orders equal their entries; "
                "{anchors} written anchors found. Anchor: {anchor}"
            ).format(entries=count_text(report.entries), rows=count_text(report.rows),
                     orders=count_text(report.orders), anchors=count_text(report.anchors_ok),
                     anchor=report.anchor)
            self._show_result(text, True)
        else:
            text = self.tr("PROBLEM: {problems}\nChain head as found: {head}").format(
                problems="; ".join(report.problems), head=report.head)
            self._show_result(text, False)
        emit(self.verified, report)

    def _verify_failed(self, error: Exception) -> None:
        self.verify_button.setEnabled(True)
        self._show_result(ui_message(str(error)), False)

    def _show_result(self, text: str, ok: bool | None) -> None:
        palette = self.verify_result.palette()
        colour = self.palette().color(QPalette.ColorRole.WindowText)
        if ok is True:
            colour = theme.colour("ok", palette)
        elif ok is False:
            colour = theme.colour("error", palette)
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.verify_result.setPalette(palette)
        self.verify_result.setText(text)
        self.verify_result.show()
