"""The order editor's "Documents and claim" tab: supporting documents, the claim notice to
finance, and the order's audit readiness.

Documents are attached (button or drag and drop onto the editor), opened, saved elsewhere,
previewed (PDF pages and images) and withdrawn with a reason; never deleted. Every database
step runs in the background through the services (``attachments``, ``claims``, ``readiness``).
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice, QMimeData, QSize, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from acsa_desk.core.errors import LedgerError, RuleViolation
from acsa_desk.db.engine import Ledger
from acsa_desk.services import attachments, claims, orders, readiness
from acsa_desk.services.attachments import AttachmentView
from acsa_desk.ui import theme
from acsa_desk.ui.context import AppContext
from acsa_desk.ui.dashboard.tables import ALIGN_RIGHT, Column, RowsModel, guarded, make_table
from acsa_desk.ui.dialogs import all_files_filter
from acsa_desk.ui.messages import counted
from acsa_desk.ui.qtfix import emit
from acsa_desk.ui.readiness.labels import badge_text, exception_label


def kind_label(kind: str) -> str:
    from PySide6.QtCore import QCoreApplication

    names = {
        "signed_order_form": QCoreApplication.translate("Attachments", "Signed order form"),
        "proof_of_delivery": QCoreApplication.translate("Attachments", "Proof of delivery"),
        "receipt": QCoreApplication.translate("Attachments", "Receipt"),
        "invoice": QCoreApplication.translate("Attachments", "Invoice"),
        "payment_advice": QCoreApplication.translate("Attachments", "Payment advice"),
        "correspondence": QCoreApplication.translate("Attachments", "Correspondence"),
        "other": QCoreApplication.translate("Attachments", "Other"),
    }
    return names.get(kind, kind)


@dataclass(frozen=True)
class PanelData:
    documents: list[AttachmentView]
    exceptions: tuple[str, ...]
    details: str
    notices: list[tuple[date, str, str]]
    targets: list[attachments.Target] = field(default_factory=list)
    currency: str = "CAD"


def load_panel(ledger: Ledger, order_id: int, as_of: date) -> PanelData:
    with ledger.reader() as session:
        docs = attachments.list_for_order(session=session, order_id=order_id)
        rows = readiness.assess(session=session, as_of=as_of, order_ids=[order_id],
                                only_exceptions=False)
        notices = [(n.notified_on, n.notified_to, n.reference)
                   for n in claims.finance_notices(session=session, order_id=order_id)]
        targets = attachments.targets(session=session, order_id=order_id)
        currency = orders.get_order(session=session, order_id=order_id).currency
    row = rows[0] if rows else None
    return PanelData(docs, row.exceptions if row else (),
                     readiness.details_text(row) if row else "", notices, targets, currency)


def attach_files(ledger: Ledger, actor: str, order_id: int, paths: list[Path], kind: str,
                 note: str, target: tuple[str, int] | None = None) -> int:
    """Attaches the files (all or none: one transaction)."""
    contents = []
    for path in paths:
        try:
            contents.append((path.name, attachments.read_file(path)))
        except OSError as exc:
            raise RuleViolation("file", f"{path}: {exc.strerror or exc}") from exc
    with ledger.session(actor=actor) as session:
        for name, content in contents:
            attachments.attach(
                session=session, order_id=order_id, file_name=name, content=content, kind=kind,
                note=note, actor=actor,
                delivery_id=target[1] if target and target[0] == "delivery" else None,
                settlement_id=target[1] if target and target[0] == "settlement" else None)
    return len(contents)


def read_content(ledger: Ledger, attachment_id: int) -> bytes:
    with ledger.reader() as session:
        return attachments.content(session=session, attachment_id=attachment_id)


def withdraw(ledger: Ledger, actor: str, attachment_id: int, reason: str) -> None:
    with ledger.session(actor=actor) as session:
        attachments.withdraw(session=session, attachment_id=attachment_id, reason=reason,
                             actor=actor)


def notify(ledger: Ledger, actor: str, order_id: int, on: date, to: str, ref: str) -> None:
    with ledger.session(actor=actor) as session:
        claims.notify_finance(session=session, order_id=order_id, notified_on=on,
                              notified_to=to, reference_text=ref, actor=actor)


def local_files(mime: QMimeData) -> list[Path]:
    """The local files a drag carries (nothing else is accepted)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class AttachmentsPanel(QWidget):
    # Documents or the claim notice changed (the editor reloads the order).
    changed = Signal()
    # The panel finished loading (tests wait for it).
    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachments_panel")
        self.context = context
        self.order_id: int | None = None
        self._pending = False
        self.previews: list[QDialog] = []

        self.badge = QLabel()
        self.badge.setObjectName("readiness_badge")
        self.badge.setWordWrap(True)
        self.model: RowsModel[AttachmentView] = RowsModel([
            Column(self.tr("Kind"), lambda a: kind_label(a.kind)),
            Column(self.tr("For"), self._target_text),
            Column(self.tr("File"), lambda a: a.file_name),
            Column(self.tr("Size"), lambda a: f"{a.size_bytes:,}", ALIGN_RIGHT,
                   key=lambda a: a.size_bytes),
            Column(self.tr("Attached"), lambda a: f"{a.attached_at:%Y-%m-%d} {a.attached_by}"),
            Column(self.tr("Note"), lambda a: (self.tr("WITHDRAWN: {reason}").format(
                reason=a.withdrawn_reason) if a.withdrawn else a.note),
                tooltip=lambda a: f"SHA-256 {a.sha256}"),
        ], parent=self)
        self.view = make_table(context.settings, "attachments", self.model)
        self.view.setAccessibleName(self.tr("Documents of the order"))
        self.view.activated.connect(lambda _i: self.open_selected())
        self.kind = QComboBox()
        self.kind.setObjectName("attachment_kind")
        self.kind.setAccessibleName(self.tr("Kind of document"))
        for kind in attachments.KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.target = QComboBox()
        self.target.setObjectName("attachment_target")
        self.target.setAccessibleName(self.tr("Document for"))
        self.target.setToolTip(self.tr("What the document supports: the order, one of its "
                                       "deliveries (e.g. its proof) or one of its settlements"))
        self._targets: dict[tuple[str, int], attachments.Target] = {}
        self._currency = "CAD"
        self._fill_targets([])
        self.note = QLineEdit()
        self.note.setObjectName("attachment_note")
        self.note.setPlaceholderText(self.tr("Note (optional); or a reason to withdraw"))
        self.attach_button = QPushButton(self.tr("&Attach file…"))
        self.attach_button.setObjectName("attach_file")
        self.attach_button.setToolTip(self.tr("Or drop files onto the order."))
        self.attach_button.clicked.connect(self.choose_files)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setObjectName("attachment_open")
        self.open_button.clicked.connect(self.open_selected)
        self.save_button = QPushButton(self.tr("Save &as…"))
        self.save_button.setObjectName("attachment_save")
        self.save_button.clicked.connect(self.save_selected)
        self.preview_button = QPushButton(self.tr("Pre&view"))
        self.preview_button.setObjectName("attachment_preview")
        self.preview_button.clicked.connect(self.preview_selected)
        self.withdraw_button = QPushButton(self.tr("&Withdraw"))
        self.withdraw_button.setObjectName("attachment_withdraw")
        self.withdraw_button.setToolTip(self.tr("Withdraws the selected document, with the reason "
                                                "typed in the note; it stays in the ledger."))
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.problem = QLabel()
        self.problem.setObjectName("attachments_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(theme.css("error"))

        self.notice_on = QDateEdit(QDate.currentDate())
        self.notice_on.setObjectName("notice_on")
        self.notice_on.setAccessibleName(self.tr("Finance notified on"))
        self.notice_on.setDisplayFormat("yyyy-MM-dd")
        self.notice_on.setCalendarPopup(True)
        self.notice_to = QLineEdit()
        self.notice_to.setObjectName("notice_to")
        self.notice_to.setPlaceholderText(self.tr("Finance or revenue office"))
        self.notice_ref = QLineEdit()
        self.notice_ref.setObjectName("notice_reference")
        self.notice_ref.setPlaceholderText(self.tr("Reference"))
        self.notify_button = QPushButton(self.tr("&Notify finance"))
        self.notify_button.setObjectName("notify_finance")
        self.notify_button.clicked.connect(self.record_notice)
        self.notices_label = QLabel()
        self.notices_label.setObjectName("notices_label")
        self.notices_label.setWordWrap(True)

        add_row = QHBoxLayout()
        add_row.addWidget(self.kind)
        add_row.addWidget(self.target)
        add_row.addWidget(self.note, 1)
        add_row.addWidget(self.attach_button)
        act_row = QHBoxLayout()
        for button in (self.open_button, self.save_button, self.preview_button,
                       self.withdraw_button):
            act_row.addWidget(button)
        act_row.addStretch(1)
        claim = QGroupBox(self.tr("Claim notice to finance"))
        claim_row = QHBoxLayout(claim)
        claim_row.addWidget(self.notice_on)
        claim_row.addWidget(self.notice_to, 1)
        claim_row.addWidget(self.notice_ref)
        claim_row.addWidget(self.notify_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.badge)
        layout.addWidget(self.view, 1)
        layout.addLayout(add_row)
        layout.addLayout(act_row)
        layout.addWidget(self.problem)
        layout.addWidget(claim)
        layout.addWidget(self.notices_label)

    # --- loading ---

    def set_order(self, order_id: int | None) -> None:
        """Shows this order's documents (loaded when the tab is first shown, then kept fresh)."""
        self.order_id = order_id
        self._pending = True
        if order_id is None:
            self.model.set_rows([])
            self.badge.clear()
            return
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending and self.order_id is not None:
            self.reload()

    def reload(self) -> None:
        if self.order_id is None:
            return
        self._pending = False
        ledger, order_id, today = self.context.ledger, self.order_id, date.today()

        def shown(data: PanelData) -> None:
            self._currency = data.currency
            self._fill_targets(data.targets)
            self.model.set_rows(data.documents)
            if data.exceptions:
                names = ", ".join(exception_label(c) for c in data.exceptions)
                self.badge.setText(self.tr("Audit readiness: {badge} — {names}").format(
                    badge=badge_text(data.exceptions), names=names))
                self.badge.setToolTip(data.details)
            else:
                self.badge.setText(self.tr("Audit readiness: {badge}").format(
                    badge=badge_text(())))
                self.badge.setToolTip("")
            self.notices_label.setText("; ".join(
                self.tr("notified {office} on {day} ({ref})").format(office=to, day=on.isoformat(), ref=ref)
                for on, to, ref in data.notices))
            emit(self.loaded)

        self.context.tasks.run(lambda: load_panel(ledger, order_id, today),
                               on_success=guarded(self, shown))

    def _fill_targets(self, targets: list[attachments.Target]) -> None:
        current = self.target.currentData()
        self._targets = {(t.kind, t.id): t for t in targets}
        self.target.clear()
        self.target.addItem(self.tr("The order"), None)
        for t in targets:
            self.target.addItem(self._describe(t), (t.kind, t.id))
        found = self.target.findData(current)
        self.target.setCurrentIndex(max(found, 0))

    def _describe(self, t: attachments.Target) -> str:
        if t.kind == "delivery":
            return self.tr("Delivery of {day}").format(day=t.day.isoformat())
        from acsa_desk.core.money import format_money

        return self.tr("Settlement of {day} {reference} ({amount})").format(
            day=t.day.isoformat(), reference=t.reference,
            amount=format_money(t.amount_minor, self._currency, self.context.locale))

    def _target_text(self, a: AttachmentView) -> str:
        key = (("delivery", a.delivery_id) if a.delivery_id is not None else
               ("settlement", a.settlement_id) if a.settlement_id is not None else None)
        if key is None:
            return self.tr("The order")
        target = self._targets.get(key)  # type: ignore[arg-type]
        return self._describe(target) if target is not None else key[0]

    def choose_target(self, kind: str, day: date) -> bool:
        """Selects the delivery or settlement of ``day`` to attach to (False: none)."""
        for index in range(self.target.count()):
            data = self.target.itemData(index)
            if data is not None and data[0] == kind and self._targets[data].day == day:
                self.target.setCurrentIndex(index)
                return True
        return False

    def _done(self, _result: object = None) -> None:
        self.problem.clear()
        emit(self.changed)
        self.context.events.changed("attachments")
        self.reload()

    def _refused(self, error: LedgerError) -> None:
        self.problem.setText(str(error))

    def selected(self) -> AttachmentView | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    # --- attaching ---

    def choose_files(self) -> None:
        path = self.context.dialogs.open_file(self.tr("Attach a supporting document"),
                                              filters=all_files_filter())
        if path is not None:
            self.attach(list([path]))

    def attach(self, paths: list[Path]) -> None:
        if self.order_id is None or not paths:
            return
        ledger, actor, order_id = self.context.ledger, self.context.actor, self.order_id
        kind, note, target = self.kind.currentData(), self.note.text(), self.target.currentData()
        self.context.tasks.run(lambda: attach_files(ledger, actor, order_id, paths, kind, note,
                                                    target),
                               on_success=guarded(self, self._attached),
                               on_failure=guarded(self, self._refused))

    def _attached(self, count: int) -> None:
        self.note.clear()
        self.context.messages.info(counted(self.tr("%n document(s) attached.", "", count),
                                           count))
        self._done()

    def accepts(self, mime: QMimeData) -> bool:
        return self.order_id is not None and bool(local_files(mime))

    def drop(self, mime: QMimeData) -> None:
        self.attach(local_files(mime))

    # --- using a document ---

    def _with_content(self, use: object) -> None:
        item = self.selected()
        if item is None:
            self.problem.setText(self.tr("Select a document first."))
            return
        ledger = self.context.ledger
        self.context.tasks.run(lambda: read_content(ledger, item.id),
                               on_success=guarded(self, lambda data: use(item, data)),  # type: ignore[operator]
                               on_failure=guarded(self, self._refused))

    def open_selected(self) -> None:
        def opened(item: AttachmentView, data: bytes) -> None:
            folder = Path(tempfile.mkdtemp(prefix="acsa-desk-"))
            target = folder / item.file_name
            target.write_bytes(data)
            target.chmod(0o600)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

        self._with_content(opened)

    def save_selected(self) -> None:
        item = self.selected()
        if item is None:
            self.problem.setText(self.tr("Select a document first."))
            return
        path = self.context.dialogs.save_file(self.tr("Save the document as"),
                                              directory=item.file_name,
                                              filters=all_files_filter())
        if path is None:
            return
        from acsa_desk.db.models import Order
        from acsa_desk.services.exports import write_export
        from acsa_desk.services.marking import marking_for
        from acsa_desk.ui.sealing import choose_sealing

        ledger, title = self.context.ledger, self.tr("Save the document as")
        try:  # a document of the order leaves with the order's marking (sealed when offered)
            with ledger.reader() as session:
                marking = marking_for(session=session, where=[Order.id == item.order_id])
            target = choose_sealing(self.context, title, path, kind="attachment", marking=marking)
        except LedgerError as error:
            self.problem.setText(str(error))
            return
        if target is None:
            return

        def save(_item: AttachmentView, data: bytes) -> None:
            def work() -> Path:
                write_export(ledger, target.path, kind="attachment", marking=marking,
                             write=lambda where: where.write_bytes(data) and None,
                             passphrase=target.passphrase, recipients=target.recipients)
                return target.path

            def failed(error: LedgerError) -> None:
                self.problem.setText(str(error))

            self.context.tasks.run(work, title=title, on_failure=failed, on_success=lambda p:
                                   self.context.messages.info(self.tr("Saved {path}").format(
                                       path=p)))

        self._with_content(save)

    def preview_selected(self) -> None:
        self._with_content(self.show_preview)

    def show_preview(self, item: AttachmentView, data: bytes) -> QDialog:
        dialog = QDialog(self)
        dialog.setObjectName("attachment_preview_dialog")
        dialog.setWindowTitle(item.file_name)
        image = _first_page(item.media_type, data)
        label = QLabel()
        if image is None or image.isNull():
            label.setText(self.tr("No preview for this kind of file: open it instead."))
        else:
            label.setPixmap(QPixmap.fromImage(image))
        scroll = QScrollArea()
        scroll.setWidget(label)
        layout = QVBoxLayout(dialog)
        layout.addWidget(scroll)
        dialog.resize(QSize(700, 800))
        dialog.show()
        self.previews.append(dialog)
        return dialog

    def withdraw_selected(self) -> None:
        item = self.selected()
        if item is None:
            self.problem.setText(self.tr("Select a document first."))
            return
        ledger, actor, reason = self.context.ledger, self.context.actor, self.note.text()
        self.context.tasks.run(lambda: withdraw(ledger, actor, item.id, reason),
                               on_success=guarded(self, self._done),
                               on_failure=guarded(self, self._refused))

    # --- the claim notice ---

    def record_notice(self) -> None:
        if self.order_id is None:
            return
        ledger, actor, order_id = self.context.ledger, self.context.actor, self.order_id
        on = self.notice_on.date().toPython()
        to, ref = self.notice_to.text(), self.notice_ref.text()
        self.context.tasks.run(lambda: notify(ledger, actor, order_id, on, to, ref),  # type: ignore[arg-type]
                               on_success=guarded(self, self._done),
                               on_failure=guarded(self, self._refused))


def _first_page(media_type: str, data: bytes) -> QImage | None:
    """The first page of a PDF, or the image itself (None for other files)."""
    if media_type.startswith("image/"):
        return QImage.fromData(data)
    if media_type != "application/pdf":
        return None
    from PySide6.QtPdf import QPdfDocument

    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.pageCount() < 1:
        return None
    size = document.pagePointSize(0).toSize()
    return document.render(0, QSize(max(size.width(), 1), max(size.height(), 1)))
