"""The Partners and agreements page: each partner's agreement as configuration.

The list of agreements; the selected one's settings (reference, title, dates, categories,
currencies of payment, settlement deadline, claim days) edited and saved through
``acsa_desk.services.agreements`` (a change of terms applies to orders from the date given);
our side's designated officials with their authority limit per order, dates and delegations.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from acsa_desk.core.domain import check_country, parse_iso_date
from acsa_desk.core.errors import LedgerError, RuleViolation
from acsa_desk.core.money import parse_money
from acsa_desk.db.engine import Ledger
from acsa_desk.db.models import Agreement, DesignatedOfficial
from acsa_desk.services import agreements
from acsa_desk.ui import theme
from acsa_desk.ui.context import AppContext
from acsa_desk.ui.dashboard.tables import (
    ALIGN_RIGHT,
    Column,
    RefreshWhenShown,
    RowsModel,
    guarded,
    make_table,
    money,
    selected_row,
)
from acsa_desk.ui.number_entry import NumberEdit, to_locale
from acsa_desk.ui.page import Page
from acsa_desk.ui.service_text import ui_message


@dataclass(frozen=True)
class AgreementForm:
    partner: str
    reference: str
    title: str
    signed_on: date | None
    in_force_from: date | None
    in_force_until: date | None
    notified_on: date | None
    categories: tuple[str, ...]
    currencies: tuple[str, ...]
    settlement_months: int
    claim_days: int
    effective_from: date | None


def _split(text: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in text.split(",") if p.strip())


def _day(text: str, what: str) -> date | None:
    return parse_iso_date(text, what=what) if text.strip() else None


def _load(ledger: Ledger) -> tuple[list[Agreement], list[DesignatedOfficial]]:
    with ledger.reader() as session:
        return (agreements.list_agreements(session=session),
                agreements.officials(session=session))


def _save(ledger: Ledger, actor: str, form: AgreementForm) -> None:
    with ledger.session(actor=actor) as session:
        agreements.set_agreement(
            session=session, partner_code=form.partner, reference_text=form.reference,
            actor=actor, title=form.title, signed_on=form.signed_on,
            in_force_from=form.in_force_from, in_force_until=form.in_force_until,
            notified_on=form.notified_on, categories=form.categories,
            currencies=form.currencies, settlement_months=form.settlement_months,
            claim_days=form.claim_days, effective_from=form.effective_from)


def _add_official(ledger: Ledger, actor: str, data: agreements.OfficialInput) -> None:
    with ledger.session(actor=actor) as session:
        agreements.add_official(session=session, actor=actor, data=data)


class AgreementsPage(RefreshWhenShown, Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreements_page")
        self.context = context
        self._officials: list[DesignatedOfficial] = []
        locale = context.locale

        self.model: RowsModel[Agreement] = RowsModel([
            Column(self.tr("Partner"), lambda a: a.partner_code),
            Column(self.tr("Reference"), lambda a: a.reference),
            Column(self.tr("Signed"), lambda a: a.signed_on.isoformat() if a.signed_on else ""),
            Column(self.tr("In force from"),
                   lambda a: a.in_force_from.isoformat() if a.in_force_from else ""),
            Column(self.tr("Deadline (months)"), lambda a: str(a.settlement_months), ALIGN_RIGHT),
            Column(self.tr("Claim days"), lambda a: str(a.claim_days), ALIGN_RIGHT),
        ], parent=self)
        self.view = make_table(context.settings, "agreements", self.model)
        self.view.setAccessibleName(self.tr("Agreements"))
        self.view.selectionModel().selectionChanged.connect(self._selected)

        self.partner = QLineEdit()
        self.partner.setObjectName("agreement_partner")
        self.partner.setPlaceholderText(self.tr("ISO 3166 alpha-3, e.g. JPN"))
        self.reference = QLineEdit()
        self.reference.setObjectName("agreement_reference")
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("agreement_title")
        self.dates = {name: QLineEdit() for name in
                      ("signed_on", "in_force_from", "in_force_until", "notified_on",
                       "effective_from")}
        for name, edit in self.dates.items():
            edit.setObjectName(f"agreement_{name}")
            edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.categories = QLineEdit()
        self.categories.setObjectName("agreement_categories")
        self.categories.setPlaceholderText(self.tr("empty: all 16 categories"))
        self.currencies = QLineEdit()
        self.currencies.setObjectName("agreement_currencies")
        self.currencies.setPlaceholderText(self.tr("e.g. CAD,JPY (empty: any)"))
        self.months = QSpinBox()
        self.months.setObjectName("agreement_months")
        self.months.setRange(1, 60)
        self.months.setValue(12)
        self.claim_days = QSpinBox()
        self.claim_days.setObjectName("agreement_claim_days")
        self.claim_days.setRange(1, 365)
        self.claim_days.setValue(30)
        self.save_button = QPushButton(self.tr("&Save agreement"))
        self.save_button.setObjectName("agreement_save")
        self.save_button.clicked.connect(self.save)
        self.new_button = QPushButton(self.tr("&New agreement"))
        self.new_button.setObjectName("agreement_new")
        self.new_button.clicked.connect(self.clear_form)
        self.problem = QLabel()
        self.problem.setObjectName("agreement_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(theme.css("error"))

        form = QFormLayout()
        form.addRow(self.tr("&Partner:"), self.partner)
        form.addRow(self.tr("&Reference:"), self.reference)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("Signed on:"), self.dates["signed_on"])
        form.addRow(self.tr("In force from:"), self.dates["in_force_from"])
        form.addRow(self.tr("In force until:"), self.dates["in_force_until"])
        form.addRow(self.tr("Legislature notified on:"), self.dates["notified_on"])
        form.addRow(self.tr("Categories:"), self.categories)
        form.addRow(self.tr("Currencies of payment:"), self.currencies)
        form.addRow(self.tr("Settlement deadline (months):"), self.months)
        form.addRow(self.tr("Claim within (days of delivery):"), self.claim_days)
        form.addRow(self.tr("Changed terms apply to orders from:"), self.dates["effective_from"])
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        box = QGroupBox(self.tr("Agreement"))
        inner = QVBoxLayout(box)
        inner.addLayout(form)
        inner.addLayout(buttons)
        inner.addWidget(self.problem)

        self.officials_model: RowsModel[DesignatedOfficial] = RowsModel([
            Column(self.tr("Official"), lambda o: f"{o.rank} {o.name}".strip()),
            Column(self.tr("Signs in as"), lambda o: o.login or self.tr("(not linked)")),
            Column(self.tr("Limit per order"), lambda o: money(o.limit_minor, o.limit_currency,
                                                                locale), ALIGN_RIGHT),
            Column(self.tr("From"), lambda o: o.valid_from.isoformat()),
            Column(self.tr("Until"), lambda o: o.valid_until.isoformat() if o.valid_until else ""),
            Column(self.tr("Delegated by"), lambda o: o.delegated_by),
        ], parent=self)
        self.officials_view = make_table(context.settings, "officials", self.officials_model)
        self.officials_view.setAccessibleName(self.tr("Designated officials"))
        self.official_name = QLineEdit()
        self.official_name.setObjectName("official_name")
        self.official_name.setPlaceholderText(self.tr("Name"))
        self.official_login = QLineEdit()
        self.official_login.setObjectName("official_login")
        self.official_login.setPlaceholderText(self.tr("User (login)"))
        self.official_login.setToolTip(self.tr(
            "The registered officer who signs under this designation, signed in as themself"))
        self.official_rank = QLineEdit()
        self.official_rank.setObjectName("official_rank")
        self.official_rank.setPlaceholderText(self.tr("Rank"))
        self.official_limit = NumberEdit(locale, "official_limit")
        self.official_limit.setPlaceholderText(self.tr("Limit, e.g. {amount}").format(
            amount=to_locale("500000.00", locale)))
        self.official_currency = QLineEdit("CAD")
        self.official_currency.setObjectName("official_currency")
        self.official_currency.setAccessibleName(self.tr("Currency of the limit"))
        self.official_from = QLineEdit()
        self.official_from.setObjectName("official_from")
        self.official_from.setPlaceholderText(self.tr("From YYYY-MM-DD"))
        self.official_until = QLineEdit()
        self.official_until.setObjectName("official_until")
        self.official_until.setPlaceholderText(self.tr("Until (optional)"))
        self.official_delegated_by = QLineEdit()
        self.official_delegated_by.setObjectName("official_delegated_by")
        self.official_delegated_by.setPlaceholderText(self.tr("Delegated by (optional)"))
        self.add_official_button = QPushButton(self.tr("&Add official"))
        self.add_official_button.setObjectName("official_add")
        self.add_official_button.clicked.connect(self.add_official)
        # two rows of fields (who and the limit; the dates and the button): the page stays
        # within a 1280-pixel window in every language
        add_row = QVBoxLayout()
        for widgets in ((self.official_name, self.official_login, self.official_rank,
                         self.official_limit, self.official_currency),
                        (self.official_from, self.official_until, self.official_delegated_by,
                         self.add_official_button)):
            line = QHBoxLayout()
            for widget in widgets:
                line.addWidget(widget)
            add_row.addLayout(line)
        officials_box = QGroupBox(self.tr("Our designated officials (sign up to their limit)"))
        officials_layout = QVBoxLayout(officials_box)
        officials_layout.addWidget(self.officials_view)
        officials_layout.addLayout(add_row)

        upper = QHBoxLayout()
        upper.addWidget(self.view, 3)
        upper.addWidget(box, 2)
        content = QWidget()
        content.setObjectName("agreements_content")
        inner_layout = QVBoxLayout(content)
        inner_layout.setContentsMargins(12, 10, 12, 10)
        inner_layout.addLayout(upper, 3)
        inner_layout.addWidget(officials_box, 2)
        scroll = QScrollArea()  # a small window scrolls the page instead of growing
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        context.events.ledger_changed.connect(self._ledger_changed)
        self._usual_tips = {id(w): w.toolTip() for w in self.editing_controls()}
        self.apply_permission()

    def title(self) -> str:
        return self.tr("Partners and agreements")

    def refresh(self) -> None:
        self.reload()

    def editing_controls(self) -> list[QWidget]:
        """What changes the agreements: an admin's work (the services refuse anyone else)."""
        return [self.partner, self.reference, self.title_edit, *self.dates.values(),
                self.categories, self.currencies, self.months, self.claim_days,
                self.new_button, self.save_button, self.official_name, self.official_login,
                self.official_rank, self.official_limit, self.official_currency,
                self.official_from, self.official_until, self.official_delegated_by,
                self.add_official_button]

    def apply_permission(self) -> None:
        """Editing for an admin only; anyone else reads, and each control says why not."""
        admin = self.context.people.is_admin(self.context.actor)
        why = self.tr("Only an admin can change the agreements and designated officials")
        for widget in self.editing_controls():
            widget.setEnabled(admin)
            widget.setToolTip(self._usual_tips.get(id(widget), "") if admin else why)

    def reload(self) -> None:
        self.mark_fresh()
        self.apply_permission()
        ledger = self.context.ledger

        def loaded(result: tuple[list[Agreement], list[DesignatedOfficial]]) -> None:
            chosen = self.partner.text().strip().upper()
            self.model.set_rows(result[0])
            self._officials = result[1]
            for row, agreement in enumerate(result[0]):
                if agreement.partner_code == chosen:
                    self.view.selectRow(row)
            self._show_officials()

        self.context.tasks.run(lambda: _load(ledger), on_success=guarded(self, loaded))

    def _ledger_changed(self, what: str) -> None:
        if self.isVisible():
            self.reload()
        else:
            self.mark_stale()

    def _selected(self, *_args: object) -> None:
        row = selected_row(self.view)
        if row is None:
            return
        a = self.model.row_at(row)
        self.partner.setText(a.partner_code)
        self.reference.setText(a.reference)
        self.title_edit.setText(a.title)
        for name, edit in self.dates.items():
            value = getattr(a, name, None)
            edit.setText(value.isoformat() if value else "")
        self.categories.setText(a.categories)
        self.currencies.setText(a.currencies)
        self.months.setValue(a.settlement_months)
        self.claim_days.setValue(a.claim_days)
        self.problem.clear()
        self._show_officials()

    def _show_officials(self) -> None:
        code = self.partner.text().strip().upper()
        self.officials_model.set_rows([o for o in self._officials if o.partner_code == code])

    def clear_form(self) -> None:
        self.view.clearSelection()
        for edit in (self.partner, self.reference, self.title_edit, self.categories,
                     self.currencies, *self.dates.values()):
            edit.clear()
        self.months.setValue(12)
        self.claim_days.setValue(30)
        self.problem.clear()
        self._show_officials()
        self.partner.setFocus()

    def form(self) -> AgreementForm:
        """What the form says (refused with the rule's message when a field is malformed)."""
        code = check_country(self.partner.text().strip().upper())
        d = {name: _day(edit.text(), name) for name, edit in self.dates.items()}
        return AgreementForm(code, self.reference.text(), self.title_edit.text(), d["signed_on"],
                             d["in_force_from"], d["in_force_until"], d["notified_on"],
                             _split(self.categories.text()), _split(self.currencies.text().upper()),
                             self.months.value(), self.claim_days.value(), d["effective_from"])

    def _refused(self, error: LedgerError) -> None:
        self.problem.setText(ui_message(str(error)))

    def save(self) -> None:
        try:
            form = self.form()
        except RuleViolation as error:
            self._refused(error)
            return
        self.problem.clear()
        ledger, actor = self.context.ledger, self.context.actor

        def done(_result: object) -> None:
            self.context.messages.info(
                self.tr("Agreement with {partner} saved.").format(partner=form.partner))
            self.context.events.changed("agreements")

        self.context.tasks.run(lambda: _save(ledger, actor, form), on_success=guarded(self, done),
                               on_failure=guarded(self, self._refused))

    def add_official(self) -> None:
        try:
            code = check_country(self.partner.text().strip().upper())
            currency = self.official_currency.text().strip().upper()
            start = _day(self.official_from.text(), "valid_from")
            if start is None:
                raise RuleViolation("valid_from", self.tr("say from when the official may sign"))
            data = agreements.OfficialInput(
                partner_code=code, name=self.official_name.text(),
                limit_minor=parse_money(self.official_limit.plain(), currency, what="limit"),
                limit_currency=currency, valid_from=start,
                valid_until=_day(self.official_until.text(), "valid_until"),
                rank=self.official_rank.text(), delegated_by=self.official_delegated_by.text(),
                login=self.official_login.text())
        except RuleViolation as error:
            self._refused(error)
            return
        self.problem.clear()
        ledger, actor = self.context.ledger, self.context.actor

        def done(_result: object) -> None:
            for edit in (self.official_name, self.official_login, self.official_rank,
                         self.official_limit,
                         self.official_from, self.official_until, self.official_delegated_by):
                edit.clear()
            self.context.events.changed("agreements")

        self.context.tasks.run(lambda: _add_official(ledger, actor, data),
                               on_success=guarded(self, done), on_failure=guarded(self, self._refused))

    def select_partner(self, code: str) -> bool:
        for row, a in enumerate(self.model.rows()):
            if a.partner_code == code:
                self.view.selectRow(row)
                return True
        return False

    def shown(self) -> QModelIndex:
        return self.view.currentIndex()
