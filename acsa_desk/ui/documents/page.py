"""The Documents page: choose a document, preview it, save it as PDF or print it.

Statement (a partner, optionally one exercise), order form (an order number) or annual report
(a year), in one language or two side by side. "Preview" builds the PDF through the
TaskManager and shows it in the page; "Save as PDF…" and "Print…" act on what is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from acsa_desk.core.domain import country_name_in
from acsa_desk.core.errors import LedgerError
from acsa_desk.ui import settings as opt
from acsa_desk.ui.banner import add_banners
from acsa_desk.ui.context import AppContext
from acsa_desk.ui.documents.control import DocumentControl
from acsa_desk.ui.documents.jobs import (
    LANGUAGE_CHOICES,
    AnnualReportRequest,
    Choices,
    DocumentRequest,
    Langs,
    OrderFormRequest,
    StatementRequest,
    load_choices,
)
from acsa_desk.ui.documents.viewer import ChoosePrinter, ask_printer
from acsa_desk.ui.page import CoalescedReload, Page
from acsa_desk.ui.qtfix import emit
from acsa_desk.ui.settings import LANGUAGES

if TYPE_CHECKING:
    from acsa_desk.documents.data import SignatureBlock

STATEMENT, ORDER_FORM, ANNUAL_REPORT = "statement", "order_form", "annual_report"


def langs_label(langs: Langs) -> str:
    """"English + 日本語": language names in their own language (never translated)."""
    return " + ".join(LANGUAGES[lang] for lang in langs)


def fill_langs(combo: QComboBox, selected: Langs = ("en",)) -> None:
    combo.clear()
    for langs in LANGUAGE_CHOICES:
        combo.addItem(langs_label(langs), langs)
    select_langs(combo, selected)


def select_langs(combo: QComboBox, langs: Langs) -> None:
    for index in range(combo.count()):
        if tuple(combo.itemData(index)) == tuple(langs):
            combo.setCurrentIndex(index)
            return


def officer_signature(context: AppContext) -> SignatureBlock | None:
    """Our side's signatory from the user's settings; None when no name is set."""
    from acsa_desk.documents.data import SignatureBlock

    name = context.settings.get(opt.OFFICER_NAME).strip()
    if not name:
        return None
    return SignatureBlock(name, context.settings.get(opt.OFFICER_RANK).strip(),
                          context.settings.get(opt.OFFICER_APPOINTMENT).strip())


class DocumentsPage(Page):
    """Pickers on the left, the preview on the right."""

    #: The partner and exercise pickers were (re)loaded.
    choices_loaded = Signal()
    #: A preview is shown. Argument: its page count.
    previewed = Signal(int)
    #: Building a preview failed with an expected error. Argument: the message.
    preview_failed = Signal(str)
    #: A print job was sent. Argument: the number of pages printed.
    printed = Signal(int)

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        choose_printer: ChoosePrinter = ask_printer,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("documents_page")
        self.context = context
        self._last_partner: str | None = None

        self.kind = QComboBox()
        self.kind.setObjectName("document_kind")
        self.kind.addItem(self.tr("Settlement statement"), STATEMENT)
        self.kind.addItem(self.tr("Order form"), ORDER_FORM)
        self.kind.addItem(self.tr("Annual report"), ANNUAL_REPORT)
        self.partner = QComboBox()
        self.partner.setObjectName("document_partner")
        self.exercise = QComboBox()
        self.exercise.setObjectName("document_exercise")
        self.exercise.addItem(self.tr("All exercises"), None)
        self.order_number = QLineEdit()
        self.order_number.setObjectName("document_order_number")
        self.order_number.setPlaceholderText(self.tr("e.g. CAN-JPN-25-0101"))
        self.order_number.setClearButtonEnabled(True)
        self.year = QSpinBox()
        self.year.setObjectName("document_year")
        self.year.setRange(1990, 2100)
        self.year.setValue(date.today().year - 1)
        self.langs = QComboBox()
        self.langs.setObjectName("document_langs")
        fill_langs(self.langs, ("en",))

        self.form = QFormLayout()
        self.form.addRow(self.tr("&Document:"), self.kind)
        self.form.addRow(self.tr("&Partner:"), self.partner)
        self.form.addRow(self.tr("&Exercise:"), self.exercise)
        self.form.addRow(self.tr("&Order number:"), self.order_number)
        self.form.addRow(self.tr("&Year:"), self.year)
        self.form.addRow(self.tr("&Languages:"), self.langs)

        self.preview_button = QPushButton(self.tr("P&review"))
        self.preview_button.setObjectName("preview_button")
        self.preview_button.setDefault(True)
        self.control = DocumentControl(
            context, self, placeholder=self.tr("Choose a document, then press Preview."),
            status_name="document_status", current=self.request, choose_printer=choose_printer,
            title=lambda: self.tr("Preview"))
        self.control.previewed.connect(self.previewed)
        self.control.preview_failed.connect(self.preview_failed)
        self.control.printed.connect(self.printed)
        self.control.busy_changed.connect(self._update_buttons)
        self.viewer = self.control.viewer
        self.status = self.control.status
        self.save_button = self.control.save_button
        self.print_button = self.control.print_button
        self._choices = CoalescedReload(
            self, context.tasks, self._choices_job, show=self._show_choices,
            failed=self._choices_failed, title=lambda: self.tr("Documents"))

        buttons = QVBoxLayout()
        for button in (self.preview_button, self.save_button, self.print_button):
            buttons.addWidget(button)
        side = QVBoxLayout()
        side.addLayout(self.form)
        side.addSpacing(8)
        side.addLayout(buttons)
        side.addWidget(self.status)
        side.addStretch(1)
        panel = QWidget()
        panel.setObjectName("document_choices")
        panel.setLayout(side)
        panel.setFixedWidth(320)

        # the previewed document's own marking above (and, when centred, below) the preview:
        # the window's banner shows the ledger's, a document may be marked otherwise
        shown = QWidget()
        shown.setObjectName("document_shown")
        column = QVBoxLayout(shown)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.viewer, 1)
        self.document_banners = add_banners(shown, state=None)  # hidden until a preview
        self.document_banners.top.setObjectName("document_top_banner")
        self.document_banners.bottom.setObjectName("document_bottom_banner")
        self.control.previewed.connect(self._show_marking)

        layout = QHBoxLayout(self)
        layout.addWidget(panel)
        layout.addWidget(shown, 1)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.partner.currentIndexChanged.connect(self._partner_changed)
        self.preview_button.clicked.connect(self.preview)
        self.order_number.returnPressed.connect(self.preview)
        self.context.events.ledger_changed.connect(self._ledger_changed)
        self._kind_changed()
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Documents")

    def _show_marking(self, *_args: object) -> None:
        built = self.viewer.built
        self.document_banners.set_rendering(built.marking if built is not None else None)

    def document_marking(self) -> str:
        """The marking shown over the preview ("" when none)."""
        return self.document_banners.top.marking()

    # --- choices ---

    def refresh(self) -> None:
        self._choices.reload()

    def _choices_job(self) -> Callable[[], Choices]:
        ledger = self.context.ledger
        return lambda: load_choices(ledger)

    def _choices_failed(self, error: LedgerError) -> None:
        self.context.tasks.show_expected_error(error, self.tr("Documents"))

    def _show_choices(self, choices: Choices) -> None:
        partner = self.partner.currentData()
        exercise = self.exercise.currentData()
        self.partner.blockSignals(True)
        self.partner.clear()
        lang = self.context.locale.replace("-", "_").split("_", 1)[0] or "en"
        for code, name in choices.partners:
            self.partner.addItem(f"{code} — {country_name_in(code, lang) if lang != 'en' else name}", code)
        self.partner.blockSignals(False)
        self.exercise.clear()
        self.exercise.addItem(self.tr("All exercises"), None)
        for name in choices.exercises:
            self.exercise.addItem(name, name)
        if partner is not None:
            self.select_partner(partner)
        else:
            self._partner_changed()
        if exercise is not None:
            self.select_exercise(exercise)
        self._update_buttons()
        emit(self.choices_loaded)

    def select_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))

    def select_partner(self, code: str) -> None:
        index = self.partner.findData(code)
        if index >= 0:
            self.partner.setCurrentIndex(index)
        self._partner_changed()

    def select_exercise(self, name: str | None) -> None:
        self.exercise.setCurrentIndex(max(self.exercise.findData(name), 0))

    def _partner_changed(self, *_args: object) -> None:
        code = self.partner.currentData()
        if code != self._last_partner and code == "JPN":
            select_langs(self.langs, ("en", "ja"))  # Japan reads Japanese: a good first choice
        self._last_partner = code

    def _kind_changed(self, *_args: object) -> None:
        kind = self.kind.currentData()
        self.form.setRowVisible(self.partner, kind == STATEMENT)
        self.form.setRowVisible(self.exercise, kind == STATEMENT)
        self.form.setRowVisible(self.order_number, kind == ORDER_FORM)
        self.form.setRowVisible(self.year, kind == ANNUAL_REPORT)
        self._update_buttons()

    def _ledger_changed(self, _what: str) -> None:
        if self.isVisible():
            self.refresh()

    # --- preview, save, print ---

    def request(self) -> DocumentRequest | None:
        """What the pickers ask for, or None while something needed is missing."""
        kind = self.kind.currentData()
        langs = tuple(self.langs.currentData() or ("en",))
        if kind == STATEMENT:
            partner = self.partner.currentData()
            if not partner:
                return None
            return StatementRequest(partner, self.exercise.currentData(), langs,
                                    officer_signature(self.context), self.context.actor)
        if kind == ORDER_FORM:
            number = self.order_number.text().strip()
            return OrderFormRequest(number, langs) if number else None
        return AnnualReportRequest(self.year.value(), langs)

    def preview(self) -> None:
        request = self.request()
        if request is None:
            self.status.setText(self._missing_text())
            return
        self.control.build(request)

    def _missing_text(self) -> str:
        kind = self.kind.currentData()
        if kind == STATEMENT:
            return self.tr("Choose a partner first (the ledger has none yet).")
        return self.tr("Type the number of the order first.")

    def save(self) -> None:
        """Saves the document selected now (built first when the pickers changed)."""
        self.control.save()

    def print_(self) -> None:
        self.control.print_()

    def _update_buttons(self, *_args: object) -> None:
        self.preview_button.setEnabled(not self.control.building)
        self.control.update_buttons()
