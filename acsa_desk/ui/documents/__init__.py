"""Documents in the window: the Documents page and preview windows other pages open.

  page.py     DocumentsPage: choose statement / order form / annual report, preview, save, print
  preview.py  preview_order_form(), preview_statement(): a small preview window (QDialog)
  viewer.py   PdfViewer (QtPdf, loaded on first use), saving, printing via an injectable dialog
  jobs.py     Qt-free requests that build the PDF bytes in the worker thread
"""

from acsa_desk.ui.documents.page import DocumentsPage
from acsa_desk.ui.documents.preview import PreviewDialog, preview_order_form, preview_statement

__all__ = ["DocumentsPage", "PreviewDialog", "preview_order_form", "preview_statement"]
