"""The orders import assistant: a unit's own spreadsheet (CSV, .xlsx, .ods) into the ledger.

Pick the sheet; map the file's column names to ours (guessed from English, French and Japanese
names, or a mapping saved for this source); see the first rows with every defect shown in
place (the real import runs and is rolled back: ``mappings.preview_import``); then import all
or nothing. A mapping can be saved under the source's name, for the next file and for
``import-orders FILE --mapping NAME``. File > Import orders… and dropping a file on the window
open it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from acsa_desk.core.errors import LedgerError
from acsa_desk.interchange.mappings import (
    ORDER_COLUMNS,
    ImportPreview,
    guess_mapping,
    list_mappings,
    load_mapping,
    preview_import,
    save_mapping,
)
from acsa_desk.interchange.orders_import import REQUIRED, OrdersImportResult, import_orders
from acsa_desk.ui.banner import add_banners
from acsa_desk.ui.context import AppContext
from acsa_desk.ui.messages import counted
from acsa_desk.ui.qtfix import emit
from acsa_desk.ui.service_text import ui_defect, ui_message

#: Rows shown in the preview.
PREVIEW_ROWS = 20
DEFECT_BACKGROUND = "#f8d0d0"
DEFECT_FOREGROUND = "#5a0000"


class ImportAssistant(QDialog):
    """Sheet, column mapping, preview with defects, then Import (all or nothing)."""

    #: A preview (trial import) was shown. Argument: the ImportPreview.
    previewed = Signal(object)
    #: The orders were imported. Argument: the OrdersImportResult.
    imported = Signal(object)

    def __init__(self, context: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_assistant")
        self.setWindowTitle(self.tr("Import orders from {name}").format(name=path.name))
        self.context = context
        self.path = path
        self.preview: ImportPreview | None = None
        self._generation = 0
        self._filling = False

        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("import_sheet")
        self.sheet_combo.setAccessibleName(self.tr("Sheet"))
        self.saved_combo = QComboBox()
        self.saved_combo.setObjectName("import_saved_mapping")
        self.saved_combo.setAccessibleName(self.tr("Saved mapping"))
        self.saved_combo.addItem(self.tr("Guess from the column names"), None)
        for name in list_mappings():
            self.saved_combo.addItem(name, name)
        self.mapping_table = QTableWidget(0, 2)
        self.mapping_table.setObjectName("import_mapping")
        self.mapping_table.setAccessibleName(self.tr("Column mapping"))
        self.mapping_table.setHorizontalHeaderLabels([self.tr("Column in the file"),
                                                      self.tr("ACSA Desk column")])
        self.mapping_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mapping_table.verticalHeader().setVisible(False)
        self.preview_table = QTableWidget(0, 0)
        self.preview_table.setObjectName("import_preview")
        self.preview_table.setAccessibleName(self.tr("First rows of the file"))
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.defects_text = QPlainTextEdit()
        self.defects_text.setObjectName("import_defects")
        self.defects_text.setAccessibleName(self.tr("Problems found"))
        self.defects_text.setReadOnly(True)
        self.defects_text.setMaximumHeight(110)
        self.save_name = QLineEdit()
        self.save_name.setObjectName("import_mapping_name")
        self.save_name.setAccessibleName(self.tr("Save the mapping as"))
        self.save_name.setPlaceholderText(self.tr("e.g. 1st Bn fuel log"))
        self.save_button = QPushButton(self.tr("Save &mapping"))
        self.save_button.setObjectName("import_save_mapping")
        self.save_button.clicked.connect(self.save_current_mapping)

        form = self.form = QFormLayout()
        form.addRow(self.tr("S&heet:"), self.sheet_combo)
        form.addRow(self.tr("&Mapping:"), self.saved_combo)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_name, 1)
        save_row.addWidget(self.save_button)
        form.addRow(self.tr("Save as:"), save_row)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        left_layout.addWidget(self.mapping_table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.preview_table)
        splitter.setStretchFactor(1, 2)

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("&Import all"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("import_all")
        self.import_button.setEnabled(False)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("import_cancel")
        self.import_button.clicked.connect(self.import_all)
        cancel.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.defects_text)
        layout.addWidget(self.buttons)
        self.banners = add_banners(self, state=context.marking)  # the ledger's handling marking
        self.resize(1100, 640)

        self.sheet_combo.currentIndexChanged.connect(self._sheet_changed)
        self.saved_combo.currentIndexChanged.connect(self._saved_changed)
        self.refresh(guess=True)

    # --- what is chosen ---

    def sheet(self) -> str | None:
        data = self.sheet_combo.currentData()
        return str(data) if data else None

    def mapping(self) -> dict[str, str]:
        """File column -> ours, from the mapping table (unmapped columns are left out)."""
        chosen: dict[str, str] = {}
        for row in range(self.mapping_table.rowCount()):
            item = self.mapping_table.item(row, 0)
            combo = self.mapping_table.cellWidget(row, 1)
            if item is None or not isinstance(combo, QComboBox):
                continue
            ours = combo.currentData()
            if ours and ours != item.text():
                chosen[item.text()] = str(ours)
        return chosen

    def set_target(self, file_column: str, ours: str | None) -> None:
        """Maps one of the file's columns (tests and the keyboard use this too)."""
        for row in range(self.mapping_table.rowCount()):
            item = self.mapping_table.item(row, 0)
            combo = self.mapping_table.cellWidget(row, 1)
            if item is not None and item.text() == file_column and isinstance(combo, QComboBox):
                combo.setCurrentIndex(max(combo.findData(ours), 0))

    # --- the trial import ---

    def refresh(self, *, guess: bool = False) -> None:
        """Runs the trial import in the background and shows what it found."""
        self._generation += 1
        generation = self._generation
        ledger, actor, path = self.context.ledger, self.context.actor, self.path
        sheet, mapping = self.sheet(), self.mapping()
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Reading {name}…").format(name=path.name))
        self.context.tasks.run(
            lambda: preview_import(ledger, path, actor=actor, sheet=sheet, mapping=mapping,
                                   rows=PREVIEW_ROWS),
            on_success=lambda preview: self._show(generation, preview, guess),
            on_failure=lambda error: self._failed(generation, error),
            title=self.windowTitle())

    def _failed(self, generation: int, error: LedgerError) -> None:
        if generation == self._generation:
            self.summary.setText(ui_message(str(error)))

    def _show(self, generation: int, preview: ImportPreview, guess: bool) -> None:
        if generation != self._generation:
            return
        self.preview = preview
        self._filling = True
        try:
            if preview.sheets and self.sheet_combo.count() == 0:
                for name in preview.sheets:
                    self.sheet_combo.addItem(name, name)
            self.form.setRowVisible(self.sheet_combo, bool(preview.sheets))  # a CSV has none
            if guess or self.mapping_table.rowCount() != len(preview.file_header):
                self._fill_mapping(preview.file_header, guess_mapping(preview.file_header))
        finally:
            self._filling = False
        if guess and guess_mapping(preview.file_header):
            # the guess changes the columns: read again with it (once)
            if any(k != v for k, v in self.mapping().items()):
                self.refresh()
                return
        self._fill_preview(preview)
        if preview.defects:
            count = len(preview.defects)
            self.summary.setText(counted(self.tr(
                "%n problem(s) found: nothing can be imported until they are corrected "
                "(in the file, or by mapping its columns). The cells concerned are red.", "",
                count), count))
            self.defects_text.setPlainText("\n".join(ui_defect(d) for d in preview.defects))
        else:
            self.summary.setText(self.tr(
                "Ready: {orders} ({lines}) will be imported, all or nothing.").format(
                    orders=counted(self.tr("%n order(s)", "", preview.orders), preview.orders),
                    lines=counted(self.tr("%n line(s)", "", preview.lines), preview.lines)))
            self.defects_text.setPlainText("")
        self.import_button.setEnabled(not preview.defects and preview.orders > 0)
        emit(self.previewed, preview)

    def _fill_mapping(self, file_header: list[str], proposed: dict[str, str]) -> None:
        table = self.mapping_table
        table.setRowCount(len(file_header))
        for row, name in enumerate(file_header):
            item = QTableWidgetItem(name)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(row, 0, item)
            combo = QComboBox()
            combo.setAccessibleName(self.tr("ACSA Desk column for {name}").format(name=name))
            combo.addItem(self.tr("(not imported)"), None)
            for ours in ORDER_COLUMNS:
                label = ours + (" *" if ours in REQUIRED else "")
                combo.addItem(label, ours)
            target = proposed.get(name, name if name in ORDER_COLUMNS else None)
            combo.setCurrentIndex(max(combo.findData(target), 0))
            combo.currentIndexChanged.connect(self._mapping_edited)
            table.setCellWidget(row, 1, combo)

    def _fill_preview(self, preview: ImportPreview) -> None:
        table = self.preview_table
        header = preview.header
        table.clear()
        table.setColumnCount(len(header))
        table.setHorizontalHeaderLabels(header)
        table.setRowCount(len(preview.rows))
        rows = {record.row: index for index, record in enumerate(preview.rows)}
        table.setVerticalHeaderLabels([str(record.row) for record in preview.rows])
        for index, record in enumerate(preview.rows):
            for column, name in enumerate(header):
                table.setItem(index, column, QTableWidgetItem(record.cells.get(name, "")))
        columns = {name: i for i, name in enumerate(header)}
        for defect in preview.defects:
            index = rows.get(defect.row)
            if index is None:
                continue
            targets = [columns[defect.column]] if defect.column in columns else range(len(header))
            for column in targets:
                item = table.item(index, column)
                if item is None:
                    continue
                item.setBackground(QBrush(QColor(DEFECT_BACKGROUND)))
                item.setForeground(QBrush(QColor(DEFECT_FOREGROUND)))
                tip = item.toolTip()
                item.setToolTip((tip + "\n" if tip else "") + ui_message(defect.message))

    def defect_cells(self) -> dict[tuple[int, str], str]:
        """(file row, column) -> the defect shown in that preview cell."""
        found: dict[tuple[int, str], str] = {}
        table = self.preview_table
        for index in range(table.rowCount()):
            label = table.verticalHeaderItem(index)
            for column in range(table.columnCount()):
                item = table.item(index, column)
                name = table.horizontalHeaderItem(column)
                if item is not None and item.toolTip() and label is not None and name is not None:
                    found[(int(label.text()), name.text())] = item.toolTip()
        return found

    # --- choices ---

    def _sheet_changed(self, *_args: object) -> None:
        if not self._filling:
            self.mapping_table.setRowCount(0)
            self.refresh(guess=True)

    def _saved_changed(self, *_args: object) -> None:
        if self._filling or self.preview is None:
            return
        name = self.saved_combo.currentData()
        try:
            proposed = load_mapping(str(name)) if name else guess_mapping(self.preview.file_header)
        except LedgerError as exc:
            self.summary.setText(ui_message(str(exc)))
            return
        self._filling = True
        try:
            self._fill_mapping(self.preview.file_header, proposed)
        finally:
            self._filling = False
        if name:
            self.save_name.setText(str(name))
        self.refresh()

    def _mapping_edited(self, *_args: object) -> None:
        if not self._filling:
            QTimer.singleShot(0, self, self.refresh)  # after the combo has closed

    def save_current_mapping(self) -> None:
        name = self.save_name.text().strip()
        if not name:
            self.summary.setText(self.tr("Type a name for this source's mapping first."))
            self.save_name.setFocus()
            return
        try:
            save_mapping(name, self.mapping())
        except LedgerError as exc:
            self.summary.setText(ui_message(str(exc)))
            return
        if self.saved_combo.findData(name) < 0:
            self._filling = True
            self.saved_combo.addItem(name, name)
            self.saved_combo.setCurrentIndex(self.saved_combo.count() - 1)
            self._filling = False
        self.context.messages.info(self.tr(
            "Mapping {name} saved; on the command line: import-orders FILE --mapping \"{name}\""
        ).format(name=name))

    # --- importing ---

    def import_all(self) -> None:
        ledger, actor, path = self.context.ledger, self.context.actor, self.path
        sheet, mapping = self.sheet(), self.mapping()
        self.import_button.setEnabled(False)

        def work() -> OrdersImportResult:
            with ledger.session(actor=actor) as session:
                return import_orders(session=session, path=path, actor=actor, sheet=sheet,
                                     mapping=mapping)

        def done(result: OrdersImportResult) -> None:
            self.context.events.changed("orders")
            emit(self.imported, result)
            self.accept()

        def failed(error: LedgerError) -> None:
            self.summary.setText(ui_message(str(error)))  # the ledger changed since the preview
            self.refresh()

        self.context.tasks.run(work, on_success=done, on_failure=failed,
                               title=self.windowTitle())


def open_import_assistant(context: AppContext, path: Path,
                          parent: QWidget | None = None) -> ImportAssistant:
    dialog = ImportAssistant(context, path, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.show()
    return dialog
