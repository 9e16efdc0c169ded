"""The Settlements page: recent settlements, and our side's approval of them (four eyes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from acsa_desk.core.domain import SettlementMethod
from acsa_desk.core.errors import LedgerError
from acsa_desk.core.money import format_money
from acsa_desk.ui.context import AppContext
from acsa_desk.ui.dashboard.tables import (
    ALIGN_RIGHT,
    Column,
    PagedRowsModel,
    RefreshWhenShown,
    fit_columns,
    guarded,
    make_table,
    money,
    selected_row,
)
from acsa_desk.ui.messages import counted
from acsa_desk.ui.page import Page
from acsa_desk.ui.qtfix import emit
from acsa_desk.ui.settlements.data import SettlementRow, approve_in, page_settlements
from acsa_desk.ui.signin import CertifyDialog, run_countersigned


def method_label(method: str) -> str:
    labels = {
        SettlementMethod.CASH: QCoreApplication.translate("Settlements", "Cash"),
        SettlementMethod.RIK: QCoreApplication.translate("Settlements", "Replacement in kind"),
        SettlementMethod.EVE: QCoreApplication.translate("Settlements", "Equal value exchange"),
        SettlementMethod.OFFSET: QCoreApplication.translate("Settlements", "Offset"),
    }
    try:
        return labels[SettlementMethod(method)]
    except ValueError:
        return method


class SettlementsPage(RefreshWhenShown, Page):
    """Settlements newest first; the ones awaiting approval can be approved by someone else."""

    #: An approval was saved. Argument: the settlement id.
    approved = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settlements_page")
        self.context = context
        locale = context.locale

        self.awaiting_only = QCheckBox(self.tr("&Awaiting approval only"))
        self.awaiting_only.setObjectName("awaiting_only")
        self.awaiting_only.toggled.connect(lambda _on: self.reload())
        self.approve_button = QPushButton(self.tr("A&pprove"))
        self.approve_button.setObjectName("approve")
        self.approve_button.setEnabled(False)
        self.approve_button.setToolTip(
            self.tr("Our side's approval of the selected settlement. Four eyes: whoever entered a "
                    "settlement cannot approve it.")
        )
        self.approve_button.clicked.connect(self.approve_selected)
        self.status_label = QLabel()
        self.status_label.setObjectName("settlements_status")

        self.model: PagedRowsModel[SettlementRow] = PagedRowsModel(
            [
                Column(self.tr("Order"), lambda s: s.order_number),
                Column(self.tr("Settled on"), lambda s: s.settled_on.isoformat()),
                Column(self.tr("Method"), lambda s: method_label(s.method)),
                Column(self.tr("Amount"), lambda s: money(s.amount_minor, s.currency, locale), ALIGN_RIGHT,
                       tooltip=lambda s: self._reversal_note(s)),
                Column(self.tr("Reference"), lambda s: s.reference),
                Column(self.tr("Entered by"), lambda s: s.entered_by),
                Column(self.tr("Approved by"), lambda s: self._approved_by(s)),
            ],
            context.tasks,
            self._loader(),
            parent=self,
        )
        self.model.rowsInserted.connect(self._count_changed)
        self.model.modelReset.connect(self._count_changed)
        self.view = make_table(context.settings, "settlements", self.model, sortable=False)
        self.view.setAccessibleName(self.tr("Settlements"))
        fit_columns(self.view, (18, 11, 20, 16, 22, 14, 16))
        self.view.setToolTip(self.tr("Double-click a settlement to open its order."))
        self.view.activated.connect(self._activated)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)

        top = QHBoxLayout()
        top.addWidget(self.awaiting_only)
        top.addWidget(self.approve_button)
        top.addStretch(1)
        top.addWidget(self.status_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

        context.events.ledger_changed.connect(self._ledger_changed)

    def title(self) -> str:
        return self.tr("Settlements")

    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        self.mark_fresh()
        self.model.set_loader(self._loader())
        self.model.reload()
        self._selection_changed()

    def _loader(self):  # type: ignore[no-untyped-def]
        ledger, awaiting = self.context.ledger, self.awaiting_only.isChecked()
        return lambda offset, limit: page_settlements(ledger, awaiting_only=awaiting, offset=offset,
                                                      limit=limit)

    def _ledger_changed(self, _what: str) -> None:
        if self.isVisible():
            self.reload()
        else:
            self.mark_stale()

    def _count_changed(self, *_args: object) -> None:
        shown = self.model.rowCount()
        if self.awaiting_only.isChecked():
            text = self.tr("{count} awaiting approval").format(count=shown)
        else:
            text = counted(self.tr("%n settlement(s)", "", shown), shown)
        if not self.model.is_complete():
            text = self.tr("{shown} (more as you scroll)").format(shown=text)
        self.status_label.setText(text)

    # --- selection and actions ---

    def selected(self) -> SettlementRow | None:
        row = selected_row(self.view)
        return self.model.row_at(row) if row is not None else None

    def select_settlement(self, settlement_id: int) -> bool:
        for row, item in enumerate(self.model.rows()):
            if item.id == settlement_id:
                self.view.selectRow(row)
                return True
        return False

    def _selection_changed(self, *_args: object) -> None:
        item = self.selected()
        self.approve_button.setEnabled(item is not None and item.awaiting_approval)

    def approve_selected(self) -> None:
        item = self.selected()
        if item is None or not item.awaiting_approval:
            return
        ledger, actor, settlement_id = self.context.ledger, self.context.actor, item.id
        people = self.context.people
        if people.people and not people.certifiers(excluding=item.entered_by):
            self.context.dialogs.warning(self.tr("Approval refused"), self.tr(
                "{entered} entered this settlement, and no other officer is registered in this "
                "ledger: an admin adds one in Preferences > Users.").format(
                    entered=people.shown(item.entered_by)))
            return
        self.approve_button.setEnabled(False)
        dialog = CertifyDialog(
            self.tr("Approve a settlement"),
            self.tr("Our side approves the settlement of order {number} ({amount}). Four eyes: "
                    "not {entered}, who entered it.").format(
                        number=item.order_number, entered=people.shown(item.entered_by),
                        amount=format_money(item.amount_minor, item.currency,
                                            self.context.locale)),
            people, entered_by=item.entered_by, actor=actor,
            step=lambda session, officer: approve_in(session, officer, settlement_id),
            what="approve settlements", parent=self)
        self.approve_dialog = dialog

        def done(_result: object) -> None:
            dialog.done_ok()
            self.context.messages.info(
                self.tr("Settlement of order {number} approved.").format(number=item.order_number))
            emit(self.approved, settlement_id)
            self.context.events.changed("settlements")

        def refused(error: LedgerError) -> None:
            dialog.show_problem(error)

        def certified(step: object) -> None:
            self.context.tasks.run(lambda: run_countersigned(ledger, step, actor),  # type: ignore[arg-type]
                                   on_success=guarded(self, done),
                                   on_failure=guarded(self, refused))

        dialog.certified.connect(certified)
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: object) -> None:
        if getattr(self, "approve_dialog", None) is dialog:
            self.approve_dialog = None
        self._selection_changed()

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.context.events.request_order(self.model.row_at(index).order_id)

    def _approved_by(self, item: SettlementRow) -> str:
        return item.approved_by if item.approved_by is not None else self.tr("awaiting approval")

    def _reversal_note(self, item: SettlementRow) -> str:
        if item.reverses_id is None:
            return ""
        return self.tr("Reverses an earlier settlement: {reason}").format(reason=item.reason)
