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

from acsa_desk.ui.banner import add_banners
from acsa_desk.ui.context import AppContext
from acsa_desk.ui.documents.control import DocumentControl
from acsa_desk.ui.documents.jobs import BuiltDocument, OrderFormRequest, StatementRequest
from acsa_desk.ui.documents.page import fill_langs, officer_signature, select_langs
from acsa_desk.ui.documents.viewer import ChoosePrinter, ask_printer

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
        self.control = DocumentControl(
            context, self, placeholder=self.tr("Building the document…"),
            status_name="preview_status", current=lambda: self.request,
            choose_printer=choose_printer, title=self.windowTitle)
        self.control.previewed.connect(self.previewed)
        self.control.preview_failed.connect(self.preview_failed)
        self.control.printed.connect(self.printed)
        self.viewer = self.control.viewer
        self.status = self.control.status
        self.save_button = self.control.save_button
        self.print_button = self.control.print_button
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("close_button")

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
        # the ledger's marking while building, then the document's own
        self.banners = add_banners(self, state=context.marking)
        self.resize(900, 1000 if isinstance(request, OrderFormRequest) else 720)

        self.langs.currentIndexChanged.connect(self._langs_changed)
        self.close_button.clicked.connect(self.close)
        self.build()

    def build(self) -> None:
        self.control.build(self.request, on_shown=self._shown)

    def _langs_changed(self, *_args: object) -> None:
        langs = tuple(self.langs.currentData() or ("en",))
        if langs != self.request.langs:
            self.request = replace(self.request, langs=langs)
            self.build()

    def _shown(self, built: BuiltDocument) -> None:
        if built.marking is not None:
            self.banners.set_rendering(built.marking)
        # the request may have left the languages to the partner: show what was chosen
        self.langs.blockSignals(True)
        select_langs(self.langs, built.langs)
        self.langs.blockSignals(False)
        self.request = replace(self.request, langs=built.langs)

    def print_(self) -> None:
        self.control.print_()


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
