"""The Reconciliation page: open a partner's statement, see which orders agree, which differ
and how, which either side is missing; explain, accept or dispute each; print the statement.

Opening a statement reconciles it and saves the reconciliation (who, when); the page then
shows the partner's latest reconciliation, with what changed since the one before.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from acsa_desk.core.errors import LedgerError
from acsa_desk.services.reconciliation import State
from acsa_desk.services.reconciliation_records import ItemView, RecordView, Since
from acsa_desk.ui.context import AppContext
from acsa_desk.ui.dashboard.tables import (
    ALIGN_RIGHT,
    Column,
    RefreshWhenShown,
    RowsModel,
    fit_columns,
    guarded,
    make_table,
    selected_row,
)
from acsa_desk.ui.dialogs import file_filter
from acsa_desk.ui.page import Page
from acsa_desk.ui.qtfix import emit
from acsa_desk.ui.reconciliation import data
from acsa_desk.ui.service_text import ui_message


def state_label(state: str) -> str:
    translate = QCoreApplication.translate
    labels = {
        State.AGREED: translate("Reconciliation", "Agreed"),
        State.DIFFERS: translate("Reconciliation", "Differs"),
        State.MISSING_THEIRS: translate("Reconciliation", "Not on their statement"),
        State.MISSING_OURS: translate("Reconciliation", "Not in our ledger"),
    }
    return labels.get(state, state)


def field_label(name: str) -> str:
    translate = QCoreApplication.translate
    labels = {
        "direction": translate("Reconciliation", "direction"),
        "currency": translate("Reconciliation", "currency"),
        "billable": translate("Reconciliation", "billable"),
        "settled": translate("Reconciliation", "settled"),
        "status": translate("Reconciliation", "status"),
        "partner_order_number": translate("Reconciliation", "partner's number"),
    }
    return labels.get(name, name)


def action_label(action: str) -> str:
    translate = QCoreApplication.translate
    labels = {
        "explain": translate("Reconciliation", "Explained"),
        "accept": translate("Reconciliation", "Accepted"),
        "dispute": translate("Reconciliation", "Disputed"),
    }
    return labels.get(action, action)


def since_label(since: Since | None) -> str:
    """What changed since the previous reconciliation, in the interface language."""
    if since is None:
        return ""
    translate = QCoreApplication.translate
    listed = ", ".join(field_label(d) for d in since.differences)
    if since.kind == "new":
        return translate("Reconciliation", "new since the last reconciliation")
    if since.kind == "state":
        was = state_label(since.state)
        if listed:
            return translate("Reconciliation", "was {state} ({fields})").format(state=was,
                                                                               fields=listed)
        return translate("Reconciliation", "was {state}").format(state=was)
    if since.kind == "differences":
        return (translate("Reconciliation", "differences were {fields}").format(fields=listed)
                if listed else translate("Reconciliation", "there were no differences"))
    return translate("Reconciliation", "figures changed")


def _figure(side: dict[str, object] | None, key: str) -> str:
    return "" if not side else str(side.get(key) or "")


class ReconciliationPage(RefreshWhenShown, Page):
    """A partner's latest reconciliation, item by item, with its filters and actions."""

    #: A reconciliation was saved or acted on. Argument: the reconciliation id.
    changed = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reconciliation_page")
        self.context = context
        self._view: RecordView | None = None

        self.partner_combo = QComboBox()
        self.partner_combo.setObjectName("recon_partner")
        self.partner_combo.currentTextChanged.connect(lambda _t: self.reload())
        partner_label = QLabel(self.tr("&Partner:"))
        partner_label.setBuddy(self.partner_combo)
        self.open_button = QPushButton(self.tr("&Open their statement…"))
        self.open_button.setObjectName("recon_open")
        self.open_button.setToolTip(self.tr(
            "Reconcile the partner's statement (CSV) with our ledger and save the reconciliation"))
        self.open_button.clicked.connect(self.choose_statement)
        self.print_button = QPushButton(self.tr("&Reconciliation statement…"))
        self.print_button.setObjectName("recon_print")
        self.print_button.clicked.connect(self.save_statement)
        self.filter_combo = QComboBox()
        self.filter_combo.setObjectName("recon_filter")
        for text, states in (
            (self.tr("Differences and missing"), (State.DIFFERS, State.MISSING_THEIRS,
                                                  State.MISSING_OURS)),
            (self.tr("All"), ()),
            (state_label(State.AGREED), (State.AGREED,)),
            (state_label(State.DIFFERS), (State.DIFFERS,)),
            (state_label(State.MISSING_THEIRS), (State.MISSING_THEIRS,)),
            (state_label(State.MISSING_OURS), (State.MISSING_OURS,)),
            (self.tr("Not acted on yet"), ("open",)),
        ):
            self.filter_combo.addItem(text, states)
        self.filter_combo.currentIndexChanged.connect(lambda _i: self._show_rows())
        filter_label = QLabel(self.tr("&Show:"))
        filter_label.setBuddy(self.filter_combo)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("recon_summary")
        self.summary_label.setWordWrap(True)

        self.model: RowsModel[ItemView] = RowsModel([
            Column(self.tr("State"), lambda i: state_label(i.state)),
            Column(self.tr("Our number"), lambda i: i.order_number or ""),
            Column(self.tr("Their number"), lambda i: i.partner_order_number or ""),
            Column(self.tr("Currency"), lambda i: _figure(i.ours or i.theirs, "currency")),
            Column(self.tr("Differences"),
                   lambda i: ", ".join(field_label(d) for d in i.differences)),
            Column(self.tr("Our billable"), lambda i: _figure(i.ours, "billable"), ALIGN_RIGHT),
            Column(self.tr("Their billable"), lambda i: _figure(i.theirs, "billable"), ALIGN_RIGHT),
            Column(self.tr("Our settled"), lambda i: _figure(i.ours, "settled"), ALIGN_RIGHT),
            Column(self.tr("Their settled"), lambda i: _figure(i.theirs, "settled"), ALIGN_RIGHT),
            Column(self.tr("Decision"), lambda i: action_label(i.action) if i.action else "",
                   tooltip=lambda i: self.tr("{r} ({by})").format(r=i.reason, by=i.by)
                   if i.action else ""),
            Column(self.tr("Reason"), lambda i: i.reason),
            Column(self.tr("Since last time"), lambda i: since_label(i.since)),
        ], parent=self)
        self.table = make_table(context.settings, "reconciliation", self.model)
        self.table.setAccessibleName(self.tr("Reconciliation"))
        fit_columns(self.table, (16, 22, 20, 6, 22, 13, 13, 13, 13, 10, 30, 20))
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        self.table.activated.connect(self._activated)

        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("recon_reason")
        self.reason_edit.setPlaceholderText(self.tr(
            "e.g. their delivery date differs; our proof of delivery attached"))
        self.reason_edit.textChanged.connect(lambda _t: self._selection_changed())
        reason_label = QLabel(self.tr("Rea&son:"))
        reason_label.setBuddy(self.reason_edit)
        self.explain_button = QPushButton(self.tr("E&xplain"))
        self.explain_button.setObjectName("recon_explain")
        self.accept_button = QPushButton(self.tr("&Accept theirs"))
        self.accept_button.setObjectName("recon_accept")
        self.accept_button.setToolTip(self.tr(
            "Their figure is right: record their number, or correct our settled amount "
            "(a reversal and a new entry)"))
        self.dispute_button = QPushButton(self.tr("&Dispute"))
        self.dispute_button.setObjectName("recon_dispute")
        for button, action in ((self.explain_button, "explain"), (self.accept_button, "accept"),
                               (self.dispute_button, "dispute")):
            button.clicked.connect(lambda _c=False, a=action: self.act_on_selected(a))

        top = QHBoxLayout()
        top.addWidget(partner_label)
        top.addWidget(self.partner_combo)
        top.addWidget(self.open_button)
        top.addWidget(self.print_button)
        top.addStretch(1)
        top.addWidget(filter_label)
        top.addWidget(self.filter_combo)
        actions = QHBoxLayout()
        actions.addWidget(reason_label)
        actions.addWidget(self.reason_edit, 1)
        actions.addWidget(self.explain_button)
        actions.addWidget(self.accept_button)
        actions.addWidget(self.dispute_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self._selection_changed()

    def title(self) -> str:
        return self.tr("Reconciliation")

    # --- loading ---

    def refresh(self) -> None:
        self.mark_fresh()
        self._load_partners()
        self.reload()

    def _load_partners(self) -> None:
        current = self.partner_combo.currentText()
        codes = data.partners(self.context.ledger)
        self.partner_combo.blockSignals(True)
        self.partner_combo.clear()
        self.partner_combo.addItems(codes)
        if current in codes:
            self.partner_combo.setCurrentText(current)
        self.partner_combo.blockSignals(False)

    def reload(self) -> None:
        partner = self.partner_combo.currentText()
        if not partner:
            self._show(None)
            return
        ledger = self.context.ledger
        self.context.tasks.run(lambda: data.latest(ledger, partner),
                               on_success=guarded(self, self._show),
                               on_failure=guarded(self, self._failed))

    def show_reconciliation(self, reconciliation_id: int) -> None:
        ledger = self.context.ledger
        self.context.tasks.run(lambda: data.load(ledger, reconciliation_id),
                               on_success=guarded(self, self._show),
                               on_failure=guarded(self, self._failed))

    def view(self) -> RecordView | None:
        return self._view

    def _show(self, view: RecordView | None) -> None:
        self._view = view
        self._show_rows()
        if view is None:
            self.summary_label.setText(self.tr(
                "Not reconciled yet. Open the partner's statement to compare it with our ledger."))
        else:
            rec = view.record
            self.summary_label.setText(self.tr(
                "Reconciliation #{id} of {f}, saved by {by} on {at} UTC: {a} agreed, "
                "{d} differ, {t} not on their statement, {o} not in our ledger.")
                .format(id=rec.id, f=rec.statement_name, by=rec.recorded_by,
                        at=f"{rec.recorded_at:%Y-%m-%d %H:%M}", a=rec.agreed,
                        d=rec.differs, t=rec.missing_theirs, o=rec.missing_ours))
        self.print_button.setEnabled(view is not None)
        self._selection_changed()

    def _show_rows(self) -> None:
        states = self.filter_combo.currentData() or ()
        items = list(self._view.items) if self._view is not None else []
        if states == ("open",):
            items = [i for i in items if i.state != State.AGREED and not i.action]
        elif states:
            items = [i for i in items if i.state in states]
        self.model.set_rows(items)

    def _failed(self, error: LedgerError) -> None:
        self.context.dialogs.warning(self.tr("Reconciliation"), ui_message(str(error)))

    # --- opening a statement ---

    def choose_statement(self) -> None:
        path = self.context.dialogs.open_file(
            self.tr("Open the partner's statement"),
            filters=file_filter(self.tr("Partner statement (CSV)"), "*.csv"))
        if path is not None:
            self.open_statement(path)

    def open_statement(self, path: Path) -> None:
        partner = self.partner_combo.currentText()
        if not partner:
            self.context.dialogs.warning(self.tr("Reconciliation"),
                                         self.tr("Choose the partner first."))
            return
        ledger, actor = self.context.ledger, self.context.actor
        self.open_button.setEnabled(False)

        def done(reconciliation_id: int) -> None:
            self.open_button.setEnabled(True)
            self.context.messages.info(self.tr("Statement {f} reconciled and saved.")
                                       .format(f=path.name))
            self.show_reconciliation(reconciliation_id)
            emit(self.changed, reconciliation_id)

        def refused(error: LedgerError) -> None:
            self.open_button.setEnabled(True)
            self.context.dialogs.warning(self.tr("Statement not read"), ui_message(str(error)))

        self.context.tasks.run(lambda: data.open_statement(ledger, actor, partner, path),
                               on_success=guarded(self, done), on_failure=guarded(self, refused),
                               title=self.tr("Reconcile"))

    # --- acting on an item ---

    def selected(self) -> ItemView | None:
        row = selected_row(self.table)
        return self.model.row_at(row) if row is not None else None

    def _selection_changed(self) -> None:
        item = self.selected()
        actionable = item is not None and item.state != State.AGREED
        has_reason = bool(self.reason_edit.text().strip())
        for button in (self.explain_button, self.dispute_button):
            button.setEnabled(actionable and has_reason)
        self.accept_button.setEnabled(actionable and has_reason and item is not None
                                      and item.state == State.DIFFERS)

    def act_on_selected(self, action: str) -> None:
        item, view = self.selected(), self._view
        if item is None or view is None:
            return
        ledger, actor, reason = self.context.ledger, self.context.actor, self.reason_edit.text()
        reconciliation_id = view.record.id
        assert reconciliation_id is not None

        def done(notes: tuple[str, ...]) -> None:
            self.reason_edit.clear()
            self.show_reconciliation(reconciliation_id)
            emit(self.changed, reconciliation_id)
            if action == "accept":
                self.context.events.changed("orders")
            if notes:  # what the order's rules leave to do (from the core, in English)
                self.context.messages.info(" ".join(ui_message(note) for note in notes))

        def refused(error: LedgerError) -> None:
            self.context.dialogs.warning(self.tr("Not recorded"), ui_message(str(error)))

        self.context.tasks.run(lambda: data.act(ledger, actor, item.id, action, reason),
                               on_success=guarded(self, done), on_failure=guarded(self, refused))

    def _activated(self, index: object) -> None:
        item = self.selected()
        if item is not None and item.order_id is not None:
            self.context.events.request_order(item.order_id)

    # --- printing ---

    def save_statement(self) -> None:
        view = self._view
        if view is None or view.record.id is None:
            return
        path = self.context.dialogs.save_file(
            self.tr("Save the reconciliation statement"),
            filters=file_filter(self.tr("PDF document"), "*.pdf"))
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        from acsa_desk.ui.sealing import choose_sealing

        try:  # the ledger's highest marking (never lower than the statement's)
            target = choose_sealing(self.context, self.tr("Reconciliation statement"), path,
                                    kind="reconciliation-statement",
                                    rendering=self.context.marking.rendering())
        except LedgerError as error:
            self.context.dialogs.warning(self.tr("Not saved"), ui_message(str(error)))
            return
        if target is None:
            return
        path = target.path
        ledger, reconciliation_id = self.context.ledger, view.record.id
        langs = ("en", "ja") if view.record.partner_code == "JPN" else ("en",)

        def done(written: Path) -> None:
            self.context.messages.info(self.tr("Reconciliation statement saved to {p}")
                                       .format(p=str(written)))

        def refused(error: LedgerError) -> None:
            self.context.dialogs.warning(self.tr("Not saved"), ui_message(str(error)))

        signer = self.context.actor
        self.context.tasks.run(lambda: data.statement_pdf(ledger, reconciliation_id, path, langs,
                                                          target.passphrase, target.recipients,
                                                          signer=signer),
                               on_success=guarded(self, done), on_failure=guarded(self, refused),
                               title=self.tr("Reconciliation statement"))
