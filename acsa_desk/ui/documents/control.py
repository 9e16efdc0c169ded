"""Build, show, save and print one document: the piece the Documents page and the preview
window share.

``DocumentControl`` owns the viewer, the status line and the Save/Print buttons. It builds a
request's PDF through the TaskManager (only the latest build asked for is shown) and remembers
which request the shown document answers. Save and Print act on the document the owner asks
for now (``current()``): when that is not the one shown (the pickers changed since the
preview), it is built first, so what is saved is always what is selected.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from acsa_desk.core.errors import LedgerError
from acsa_desk.ui.context import AppContext
from acsa_desk.ui.documents.jobs import BuiltDocument, DocumentRequest
from acsa_desk.ui.documents.viewer import (
    ChoosePrinter,
    PdfViewer,
    print_shown,
    save_shown,
)
from acsa_desk.ui.qtfix import emit
from acsa_desk.ui.service_text import ui_message


class DocumentControl(QObject):
    """The viewer, status line and Save/Print buttons of one document on screen."""

    #: A document is shown. Argument: its page count.
    previewed = Signal(int)
    #: Building failed with an expected error. Argument: the message.
    preview_failed = Signal(str)
    #: A print job was sent. Argument: the number of pages printed.
    printed = Signal(int)
    #: Building started or ended (the owner may enable its own buttons).
    busy_changed = Signal(bool)

    def __init__(
        self,
        context: AppContext,
        host: QWidget,
        *,
        placeholder: str,
        status_name: str,
        current: Callable[[], DocumentRequest | None],
        choose_printer: ChoosePrinter,
        title: Callable[[], str],
    ) -> None:
        super().__init__(host)
        self.context = context
        self._host = host
        self._current = current
        self._choose_printer = choose_printer
        self._title = title
        self._generation = 0  # only the latest build asked for is shown
        self.building = False
        #: The request the shown document was built from (None: nothing shown).
        self.shown_request: DocumentRequest | None = None
        self.viewer = PdfViewer(placeholder)
        self.status = QLabel()
        self.status.setObjectName(status_name)
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setObjectName("save_button")
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("print_button")
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_)
        self.update_buttons()

    # --- building ---

    def build(
        self,
        request: DocumentRequest,
        then: Callable[[], None] | None = None,
        on_shown: Callable[[BuiltDocument], None] | None = None,
    ) -> None:
        """Builds ``request`` in the background and shows it; ``then()`` once it is shown."""
        self._generation += 1
        generation = self._generation
        self._set_building(True)
        self.status.setText(self.tr("Building the document…"))
        ledger = self.context.ledger

        def shown(built: BuiltDocument) -> None:
            if generation != self._generation:
                return
            self._set_building(False)
            # a request may leave the languages to the partner: remember what was chosen
            self.shown_request = _with_langs(request, built.langs)
            if on_shown is not None:
                on_shown(built)
            pages = self.viewer.show_pdf(built)
            self.status.setText(self.tr("Pages: {count}").format(count=pages))
            self.update_buttons()
            emit(self.previewed, pages)
            if then is not None:
                then()

        def failed(error: LedgerError) -> None:
            if generation != self._generation:
                return
            self._set_building(False)
            self.shown_request = None
            self.viewer.clear(ui_message(str(error)))
            self.status.setText(ui_message(str(error)))
            self.update_buttons()
            emit(self.preview_failed, str(error))

        self.context.tasks.run(lambda: request.build(ledger), on_success=shown,
                               on_failure=failed, title=self._title())

    def _set_building(self, building: bool) -> None:
        self.building = building
        self.update_buttons()
        emit(self.busy_changed, building)

    # --- save and print what is selected ---

    def _up_to_date(self, then: Callable[[], None]) -> bool:
        """True when the shown document is the one asked for now; else builds it, then ``then``."""
        wanted = self._current()
        if wanted is None or self.shown_request is None:
            return self.viewer.built is not None
        if _same(wanted, self.shown_request):
            return True
        self.build(wanted, then=then)
        return False

    def save(self) -> None:
        if self._up_to_date(self.save):
            save_shown(self.context, self.viewer)

    def print_(self) -> None:
        if not self._up_to_date(self.print_):
            return
        try:
            pages = print_shown(self.viewer, self._choose_printer, self._host)
        except OSError as exc:
            self.context.messages.warning(ui_message(str(exc)), title=self.tr("Print"))
            return
        if pages:
            self.context.messages.info(
                self.tr("Pages sent to the printer: {count}").format(count=pages))
        emit(self.printed, pages)

    def update_buttons(self) -> None:
        shown = self.viewer.built is not None and not self.building
        self.save_button.setEnabled(shown)
        self.print_button.setEnabled(shown)


def _with_langs(request: DocumentRequest, langs: Any) -> DocumentRequest:
    from dataclasses import replace

    return replace(request, langs=tuple(langs))


def _same(a: DocumentRequest, b: DocumentRequest) -> bool:
    """Same document, languages included (a request without languages takes the shown ones)."""
    if type(a) is not type(b):
        return False
    if getattr(a, "langs", None) in (None, ()):
        a = _with_langs(a, getattr(b, "langs", ()))
    return a == b
