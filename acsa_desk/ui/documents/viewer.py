"""Showing, saving and printing a built PDF: shared by the Documents page and preview windows.

QtPdf and QtPrintSupport are imported on first use, not when the window starts.

Printing goes through a ``ChoosePrinter`` function (the print dialog by default): it is given
the parent widget and whether the document is landscape, and returns a set-up QPrinter or None
when the user cancels. Tests pass their own, which returns a QPrinter writing to a PDF file.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QPointF,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QPainter
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from acsa_desk.ui.context import AppContext
from acsa_desk.ui.dialogs import all_files_filter, file_filter
from acsa_desk.ui.documents.jobs import BuiltDocument, save
from acsa_desk.ui.qtfix import emit

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView
    from PySide6.QtPrintSupport import QPrinter

log = logging.getLogger(__name__)

#: Pages are rendered for the printer at no more than this resolution (dots per inch): a
#: 1200 dpi A4 page would be a 500 MB image, and 300 dpi is finer than the type needs.
MAX_PRINT_DPI = 300

ChoosePrinter = Callable[[QWidget | None, bool], "QPrinter | None"]


def ask_printer(parent: QWidget | None, landscape: bool) -> QPrinter | None:
    """The print dialog: a printer set up by the user, or None if they cancelled."""
    from PySide6.QtGui import QPageLayout
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Paints the document's pages (the printer's page range, else all) onto ``printer``,
    each scaled to fit its printable area. Returns the number of pages printed."""
    count = document.pageCount()
    first = max(printer.fromPage(), 1) - 1 if printer.fromPage() else 0
    last = min(printer.toPage(), count) - 1 if printer.toPage() else count - 1
    if count == 0 or first > last:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    printed = 0
    try:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        for index in range(first, last + 1):
            if printed:
                printer.newPage()
            area = painter.viewport()
            points = document.pagePointSize(index)
            scale = min(area.width() / points.width(), area.height() / points.height())
            width, height = int(points.width() * scale), int(points.height() * scale)
            image = document.render(
                index, QSize(int(points.width() * dpi / 72), int(points.height() * dpi / 72))
            )
            target = QRect(area.x() + (area.width() - width) // 2,
                           area.y() + (area.height() - height) // 2, width, height)
            painter.drawImage(target, image)
            printed += 1
    finally:
        painter.end()
    return printed


class PdfViewer(QWidget):
    """A placeholder text until a PDF is shown, then the pages in a QPdfView."""

    #: A document is shown and ready. Argument: its page count.
    shown = Signal(int)

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdf_viewer")
        self.built: BuiltDocument | None = None
        self.document: QPdfDocument | None = None
        self.view: QPdfView | None = None
        self._buffer: QBuffer | None = None
        self.placeholder = QLabel(placeholder)
        self.placeholder.setObjectName("pdf_placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def _ensure_view(self) -> None:
        if self.view is not None:
            return
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdf_view")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setDocument(self.document)
        self.stack.addWidget(self.view)

    def show_pdf(self, built: BuiltDocument) -> int:
        """Shows the document; returns its page count (0 if Qt could not read it)."""
        self._ensure_view()
        assert self.document is not None and self.view is not None
        buffer = QBuffer(self)
        buffer.setData(QByteArray(built.pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)  # reads the buffer now; the old one can go
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
        self._buffer = buffer
        self.built = built
        pages = self.document.pageCount()
        self.stack.setCurrentWidget(self.view)
        self.view.pageNavigator().jump(0, QPointF(), 0)
        emit(self.shown, pages)
        return pages

    def clear(self, text: str) -> None:
        """Back to a placeholder text (e.g. after the ledger changed)."""
        self.placeholder.setText(text)
        self.stack.setCurrentWidget(self.placeholder)
        self.built = None
        if self.document is not None:
            self.document.close()

    def page_count(self) -> int:
        return self.document.pageCount() if self.document is not None and self.built else 0

    def is_landscape(self) -> bool:
        if self.document is None or not self.page_count():
            return False
        size = self.document.pagePointSize(0)
        return size.width() > size.height()


def document_kind(file_name: str) -> str:
    """The kind an export record gives a saved document, from its suggested file name."""
    for prefix, kind in (("statement-", "statement"), ("order-", "order-form"),
                         ("annual-report-", "annual-report")):
        if file_name.startswith(prefix):
            return kind
    return "document"


def save_shown(context: AppContext, viewer: PdfViewer) -> None:
    """Asks where (and, when its marking calls for it, whether to seal), then writes the shown
    document in the background with its marking sidecar and export record; tells the user."""
    from acsa_desk.core.errors import LedgerError
    from acsa_desk.services.exports import write_export
    from acsa_desk.ui.sealing import choose_sealing

    built = viewer.built
    if built is None:
        return
    title = QCoreApplication.translate("Documents", "Save as PDF")
    pdf_files = QCoreApplication.translate("Documents", "PDF files")
    path = context.dialogs.save_file(
        title,
        directory=built.file_name,
        filters=";;".join([file_filter(pdf_files, "*.pdf"), all_files_filter()]),
    )
    if path is None:
        return
    if not path.suffix:
        path = path.with_suffix(".pdf")
    rendering = built.marking or context.marking.rendering()
    content = built.pdf
    if rendering is None:  # a document with no marking of its own, on a ledger with none
        context.tasks.run(lambda: save(path, content), title=title, on_success=lambda written:
                          context.messages.info(QCoreApplication.translate(
                              "Documents", "Saved {path}").format(path=written)))
        return
    try:
        target = choose_sealing(context, title, path, kind=document_kind(built.file_name),
                                rendering=rendering)
    except LedgerError as error:
        context.tasks.show_expected_error(error, title)
        return
    if target is None:
        return
    ledger, kind = context.ledger, document_kind(built.file_name)

    def work() -> Path:
        write_export(ledger, target.path, kind=kind, rendering=rendering,
                     write=lambda where: (save(where, content), None)[1],
                     passphrase=target.passphrase, recipients=target.recipients)
        return target.path

    done = (QCoreApplication.translate("Documents", "Saved {path}, sealed") if target.sealed
            else QCoreApplication.translate("Documents", "Saved {path}"))
    context.tasks.run(work, title=title,
                      on_success=lambda written: context.messages.info(done.format(path=written)))


def print_shown(viewer: PdfViewer, choose_printer: ChoosePrinter, parent: QWidget) -> int:
    """Asks for a printer (``choose_printer``), then prints the shown document."""
    if viewer.document is None or not viewer.page_count():
        return 0
    printer = choose_printer(parent, viewer.is_landscape())
    if printer is None:
        return 0
    if viewer.built is not None:
        printer.setDocName(viewer.built.file_name)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return print_document(viewer.document, printer)
    finally:
        QGuiApplication.restoreOverrideCursor()
