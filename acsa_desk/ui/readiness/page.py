"""The Audit readiness page: every order an auditor would fault and why, as of a date.

Counts per exception (orders and, per currency, outstanding), then the orders with their
exceptions; filter by partner and exception; save the register as PDF or CSV; double-click
opens the order. The work runs in the background (``acsa_desk.services.readiness``).
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QModelIndex
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from acsa_desk.core.errors import LedgerError
from acsa_desk.core.marking import Rendering
from acsa_desk.db.engine import Ledger
from acsa_desk.services import readiness
from acsa_desk.ui.context import AppContext
from acsa_desk.ui.dashboard.tables import (
    ALIGN_RIGHT,
    Column,
    RefreshWhenShown,
    RowsModel,
    guarded,
    make_table,
    money,
)
from acsa_desk.ui.dialogs import file_filter
from acsa_desk.ui.messages import counted
from acsa_desk.ui.orders.labels import status_label
from acsa_desk.ui.page import Page, add_labelled
from acsa_desk.ui.readiness.labels import badge_text, exception_label

if TYPE_CHECKING:
    from acsa_desk.ui.sealing import SealedTarget

__all__ = ["ReadinessPage", "badge_text", "exception_label"]  # the labels: readiness.labels


def _load(ledger: Ledger, as_of: date, partner: str | None) -> list[readiness.Readiness]:
    with ledger.reader() as session:
        return readiness.assess(session=session, as_of=as_of, partner=partner)


class _Tally:
    def __init__(self, code: str, orders: int) -> None:
        self.code, self.orders = code, orders


class ReadinessPage(RefreshWhenShown, Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readiness_page")
        self.context = context
        self._rows: list[readiness.Readiness] = []
        locale = context.locale

        self.as_of = QDateEdit(QDate.currentDate())
        self.as_of.setObjectName("readiness_as_of")
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        self.as_of.setCalendarPopup(True)
        self.as_of.dateChanged.connect(lambda _d: self.reload())
        self.partner = QComboBox()
        self.partner.setObjectName("readiness_partner")
        self.partner.addItem(self.tr("All partners"), None)
        self.partner.currentIndexChanged.connect(lambda _i: self.reload())
        self.exception = QComboBox()
        self.exception.setObjectName("readiness_exception")
        self.exception.addItem(self.tr("Every exception"), None)
        for code in readiness.CODES:
            self.exception.addItem(exception_label(code), code)
        self.exception.currentIndexChanged.connect(lambda _i: self._show())
        for combo in (self.partner, self.exception):  # each choice read whole (the row has room)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.save_pdf = QPushButton(self.tr("Save register as &PDF…"))
        self.save_pdf.setObjectName("readiness_save_pdf")
        self.save_pdf.clicked.connect(lambda: self._save("pdf"))
        self.save_csv = QPushButton(self.tr("Save as &CSV…"))
        self.save_csv.setObjectName("readiness_save_csv")
        self.save_csv.clicked.connect(lambda: self._save("csv"))
        self.status_label = QLabel()
        self.status_label.setObjectName("readiness_status")

        self.tally_model: RowsModel[_Tally] = RowsModel([
            Column(self.tr("Exception"), lambda t: exception_label(t.code)),
            Column(self.tr("Orders"), lambda t: str(t.orders), ALIGN_RIGHT, key=lambda t: t.orders),
        ], parent=self)
        self.tally_view = make_table(context.settings, "readiness_tally", self.tally_model)
        self.tally_view.setAccessibleName(self.tr("Exceptions by kind"))
        self.tally_view.activated.connect(self._tally_activated)
        self.tally_view.setToolTip(self.tr("Double-click an exception to list its orders."))

        self.model: RowsModel[readiness.Readiness] = RowsModel([
            Column(self.tr("Order"), lambda r: r.number),
            Column(self.tr("Partner"), lambda r: r.partner),
            Column(self.tr("Exercise"), lambda r: r.exercise),
            Column(self.tr("Status"), lambda r: status_label(r.status)),
            Column(self.tr("Outstanding"), lambda r: money(r.outstanding_minor, r.currency, locale),
                   ALIGN_RIGHT, key=lambda r: (r.currency, r.outstanding_minor)),
            Column(self.tr("Exceptions"), lambda r: ", ".join(exception_label(c)
                                                               for c in r.exceptions),
                   tooltip=lambda r: readiness.details_text(r)),
        ], parent=self)
        self.view = make_table(context.settings, "readiness_orders", self.model)
        self.view.setAccessibleName(self.tr("Orders with exceptions"))
        self.view.activated.connect(self._activated)
        self.view.setToolTip(self.tr("Double-click an order to open it."))

        top = QHBoxLayout()
        add_labelled(top, ((self.tr("&As of:"), self.as_of), (self.tr("&Partner:"), self.partner),
                           (self.tr("E&xception:"), self.exception)))
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.save_pdf)
        bottom.addWidget(self.save_csv)
        split = QSplitter()
        split.addWidget(self.tally_view)
        split.addWidget(self.view)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        context.events.ledger_changed.connect(self._ledger_changed)

    def title(self) -> str:
        return self.tr("Audit readiness")

    def refresh(self) -> None:
        self.reload()

    def as_of_date(self) -> date:
        return self.as_of.date().toPython()  # type: ignore[no-any-return]

    def show_exception(self, code: str | None) -> None:
        """Lists the orders with this exception (None: every exception)."""
        index = self.exception.findData(code)
        self.exception.setCurrentIndex(max(index, 0))

    def reload(self) -> None:
        self.mark_fresh()
        ledger, as_of, partner = self.context.ledger, self.as_of_date(), self.partner.currentData()
        self.status_label.setText(self.tr("Checking every order…"))

        def loaded(rows: list[readiness.Readiness]) -> None:
            self._rows = rows
            self._fill_partners(rows)
            self._show()

        def failed(error: LedgerError) -> None:
            self.status_label.setText(str(error))

        self.context.tasks.run(lambda: _load(ledger, as_of, partner),
                               on_success=guarded(self, loaded), on_failure=guarded(self, failed))

    def _fill_partners(self, rows: list[readiness.Readiness]) -> None:
        known = {self.partner.itemData(i) for i in range(self.partner.count())}
        for code in sorted({r.partner for r in rows} - known):
            self.partner.blockSignals(True)
            self.partner.addItem(code, code)
            self.partner.blockSignals(False)

    def _fit_tally(self) -> None:
        """The tally is read whole, counts included: the splitter leaves it at least the width
        of its columns' contents (in French the counts were cut off behind a scroll bar)."""
        view = self.tally_view
        header = view.horizontalHeader()
        columns = sum(max(header.sectionSizeHint(i), view.sizeHintForColumn(i))
                      for i in range(self.tally_model.columnCount()))
        bar = view.verticalScrollBar()
        wanted = columns + 2 * view.frameWidth() + (bar.sizeHint().width() if bar.isVisible() else 0)
        view.setMinimumWidth(min(wanted, max(self.width() // 2, 200)))

    def _show(self) -> None:
        code = self.exception.currentData()
        counts = Counter(c for r in self._rows for c in r.exceptions)
        self.tally_model.set_rows([_Tally(c, counts[c]) for c in readiness.CODES])
        self._fit_tally()
        shown = [r for r in self._rows if code is None or code in r.exceptions]
        self.model.set_rows(shown)
        self.status_label.setText(counted(self.tr("%n order(s) with exceptions as of {day}", "",
                                                  len(shown)), len(shown)).format(
            day=self.as_of_date().isoformat()))

    def shown_rows(self) -> list[readiness.Readiness]:
        return self.model.rows()

    def _tally_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.show_exception(self.tally_model.row_at(index).code)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.context.events.request_order(self.model.row_at(index).order_id)

    def _ledger_changed(self, _what: str) -> None:
        if self.isVisible():
            self.reload()
        else:
            self.mark_stale()

    def _save(self, kind: str) -> None:
        if kind == "pdf":
            path = self.context.dialogs.save_file(
                self.tr("Save the exceptions register"), directory="exceptions-register.pdf",
                filters=file_filter(self.tr("PDF documents"), "*.pdf"))
        else:
            path = self.context.dialogs.save_file(
                self.tr("Save the exceptions register"), directory="exceptions-register.csv",
                filters=file_filter(self.tr("CSV files"), "*.csv"))
        if path is None:
            return
        ledger, as_of, partner = self.context.ledger, self.as_of_date(), self.partner.currentData()
        title = self.tr("Save the exceptions register")
        from acsa_desk.ui.sealing import choose_sealing

        try:  # the ledger's highest marking (never lower than the register's)
            target = choose_sealing(self.context, title, path, kind="exceptions-register",
                                    rendering=self.context.marking.rendering())
        except LedgerError as error:
            self.context.dialogs.warning(self.tr("The register was not saved"), str(error))
            return
        if target is None:
            return

        def done(written: Path) -> None:
            self.context.messages.info(self.tr("Saved {path}").format(path=written))

        def failed(error: LedgerError) -> None:
            self.context.dialogs.warning(self.tr("The register was not saved"), str(error))

        self.context.tasks.run(lambda: _write(ledger, as_of, partner, target, kind),
                               on_success=guarded(self, done), on_failure=guarded(self, failed))


def _write(ledger: Ledger, as_of: date, partner: str | None, target: SealedTarget,
           kind: str) -> Path:
    """The register at ``target.path`` (plain or sealed, ui/sealing.SealedTarget) with its
    marking sidecar and export record (``services.exports.write_export``)."""
    from acsa_desk.services.exports import write_export

    with ledger.reader() as session:
        data = readiness.register_data(session=session, as_of=as_of, partner=partner)

    def write(where: Path) -> int:
        if kind == "csv":
            from acsa_desk.documents.register import register_csv

            where.write_text(register_csv(data), encoding="utf-8", newline="")
        else:
            from acsa_desk.documents.register import build_register_pdf

            where.write_bytes(build_register_pdf(data, ("en",)))
        return len(data.orders)

    try:
        if isinstance(data.banner, Rendering):
            write_export(ledger, target.path, kind=f"exceptions-register-{kind}", write=write,
                         rendering=data.banner, passphrase=target.passphrase,
                         recipients=target.recipients)
        else:
            write(target.path)
    except OSError as exc:
        raise LedgerError(f"cannot write {target.path}: {exc.strerror or exc}") from exc
    return Path(target.path)
