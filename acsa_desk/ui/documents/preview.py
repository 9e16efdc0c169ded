"""A small preview window for one document, opened from other pages.

``preview_order_form(context, "CAN-JPN-25-0101")`` from an order, ``preview_statement(context,
"JPN")`` from a partner's balance: the window builds the PDF in the background, shows it, and
offers the languages, "Save as PDF…", "Print…" and "Close". It is not modal and deletes itself
when closed.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from acsa_desk.core.errors import LedgerError
from acsa_desk.ui.context import AppContext
from acsa_desk.ui.documents.jobs import BuiltDocument, OrderFormRequest, StatementRequest
from acsa_desk.ui.documents.page import fill_langs, officer_signature, select_langs
from acsa_desk.ui.documents.viewer import (
    ChoosePrinter,
    PdfViewer,
    ask_printer,
    print_shown,
    save_shown,
)
from acsa_desk.ui.qtfix import emit
from acsa_desk.ui.service_text import ui_message

PreviewRequest = OrderFormRequest | StatementRequest


class PreviewDialog(QDialog):
    """One document: languages, the pages, Save, Print, Close."""

    #: The document is shown. Argument: its page count.
    previewed = Signal(int)
    #: Building it failed with an expected error. Argument: the message.
    preview_failed = Signal(str)
    #: A print job was sent. Argument: the number of pages printed.
    printed = Signal(int)

    def __init__(
        self,
        context: AppContext,
        request: PreviewRequest,
        parent: QWidget | None = None,
        *,
        choose_printer: ChoosePrinter = ask_printer,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("document_preview")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context = context
        self.request = request
        self._choose_printer = choose_printer
        self._generation = 0
        if isinstance(request, OrderFormRequest):
            self.setWindowTitle(self.tr("Order form {number}").format(number=request.order_number))
        else:
            self.setWindowTitle(self.tr("Settlement statement {partner}").format(
                partner=request.partner))

        self.langs = QComboBox()
        self.langs.setObjectName("preview_langs")
        fill_langs(self.langs, request.langs or ("en",))
        langs_label = QLabel(self.tr("&Languages:"))
        langs_label.setBuddy(self.langs)
        self.status = QLabel()
        self.status.setObjectName("preview_status")
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setObjectName("save_button")
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("print_button")
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("close_button")
        self.viewer = PdfViewer(self.tr("Building the document…"))

        top = QHBoxLayout()
        top.addWidget(langs_label)
        top.addWidget(self.langs)
        top.addWidget(self.status, 1)
        top.addWidget(self.save_button)
        top.addWidget(self.print_button)
        top.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.viewer, 1)
        self.resize(900, 1000 if isinstance(request, OrderFormRequest) else 720)

        self.langs.currentIndexChanged.connect(self._langs_changed)
        self.save_button.clicked.connect(lambda: save_shown(self.context, self.viewer))
        self.print_button.clicked.connect(self.print_)
        self.close_button.clicked.connect(self.close)
        self._update_buttons()
        self.build()

    def build(self) -> None:
        self._generation += 1
        generation = self._generation
        request, ledger = self.request, self.context.ledger
        self.status.setText(self.tr("Building the document…"))
        self._update_buttons()
        self.context.tasks.run(
            lambda: request.build(ledger),
            on_success=lambda built: self._show(generation, built),
            on_failure=lambda error: self._failed(generation, error),
            title=self.windowTitle(),
        )

    def _langs_changed(self, *_args: object) -> None:
        langs = tuple(self.langs.currentData() or ("en",))
        if langs != self.request.langs:
            self.request = replace(self.request, langs=langs)
            self.build()

    def _show(self, generation: int, built: BuiltDocument) -> None:
        if generation != self._generation:
            return
        # the request may have left the languages to the partner: show what was chosen
        self.langs.blockSignals(True)
        select_langs(self.langs, built.langs)
        self.langs.blockSignals(False)
        self.request = replace(self.request, langs=built.langs)
        pages = self.viewer.show_pdf(built)
        self.status.setText(self.tr("Pages: {count}").format(count=pages))
        self._update_buttons()
        emit(self.previewed, pages)

    def _failed(self, generation: int, error: LedgerError) -> None:
        if generation != self._generation:
            return
        self.status.setText(ui_message(str(error)))
        self.viewer.clear(ui_message(str(error)))
        self._update_buttons()
        emit(self.preview_failed, str(error))

    def print_(self) -> None:
        try:
            pages = print_shown(self.viewer, self._choose_printer, self)
        except OSError as exc:
            self.context.messages.warning(ui_message(str(exc)), title=self.tr("Print"))
            return
        if pages:
            self.context.messages.info(
                self.tr("Pages sent to the printer: {count}").format(count=pages))
        emit(self.printed, pages)

    def _update_buttons(self) -> None:
        shown = self.viewer.built is not None
        self.save_button.setEnabled(shown)
        self.print_button.setEnabled(shown)


def preview_order_form(
    context: AppContext, order_number: str, parent: QWidget | None = None,
    *, choose_printer: ChoosePrinter = ask_printer,
) -> PreviewDialog:
    """Opens a preview window of the order's form (languages chosen by its partner)."""
    dialog = PreviewDialog(context, OrderFormRequest(order_number), parent,
                           choose_printer=choose_printer)
    dialog.show()
    return dialog


def preview_statement(
    context: AppContext, partner: str, exercise: str | None = None,
    parent: QWidget | None = None, *, choose_printer: ChoosePrinter = ask_printer,
) -> PreviewDialog:
    """Opens a preview window of the partner's settlement statement (optionally one exercise)."""
    request = StatementRequest(partner, exercise, None, officer_signature(context), context.actor)
    dialog = PreviewDialog(context, request, parent, choose_printer=choose_printer)
    dialog.show()
    return dialog
