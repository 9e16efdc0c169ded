"""The History page's anchors: the anchor of the chain as it is now, writing it down in the
anchors file beside the ledger, the anchors written so far, and checking one typed from paper
(a printed statement, order form or annual report)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QWidget,
)

from acsa_desk.services.integrity import (
    AnchorState,
    anchor_state,
    check_typed_anchor,
    write_anchor,
)
from acsa_desk.ui import theme
from acsa_desk.ui.context import AppContext
from acsa_desk.ui.dashboard.tables import guarded


class AnchorsPanel(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("anchors_panel")
        self.context = context
        self.current = QLabel()
        self.current.setObjectName("current_anchor")
        self.current.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.write_button = QPushButton(self.tr("Write &down anchor"))
        self.write_button.setObjectName("write_anchor")
        self.write_button.setToolTip(self.tr(
            "Appends the anchor to the anchors file beside the ledger. Keep anchors outside the "
            "ledger's folder too (print, e-mail): a history cut short or rewritten fails against "
            "any older anchor."))
        self.write_button.clicked.connect(self.write)
        self.typed = QLineEdit()
        self.typed.setObjectName("anchor_input")
        self.typed.setPlaceholderText(self.tr("acsa1:… as printed on a statement or order form"))
        self.typed.setClearButtonEnabled(True)
        self.typed.returnPressed.connect(self.check)
        typed_label = QLabel(self.tr("Check an &anchor:"))
        typed_label.setBuddy(self.typed)
        self.check_button = QPushButton(self.tr("&Check"))
        self.check_button.setObjectName("check_anchor")
        self.check_button.clicked.connect(self.check)
        self.result = QLabel()
        self.result.setObjectName("anchor_result")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.hide()
        self.written = QListWidget()
        self.written.setObjectName("anchors_list")
        self.written.setAccessibleName(self.tr("Written anchors"))
        self.written.setMaximumHeight(self.fontMetrics().height() * 4 + 8)
        self.written_label = QLabel(self.tr("Anchors written down:"))

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Anchor now:")), 0, 0)
        grid.addWidget(self.current, 0, 1)
        grid.addWidget(self.write_button, 0, 2)
        grid.addWidget(typed_label, 1, 0)
        grid.addWidget(self.typed, 1, 1)
        grid.addWidget(self.check_button, 1, 2)
        grid.addWidget(self.result, 2, 1, 1, 2)
        grid.addWidget(self.written_label, 3, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.written, 3, 1, 1, 2)
        grid.setColumnStretch(1, 1)

    def refresh(self) -> None:
        ledger = self.context.ledger
        self.context.tasks.run(lambda: anchor_state(ledger), on_success=guarded(self, self._show))

    def _show(self, state: AnchorState) -> None:
        self.current.setText(state.current)
        self.written.clear()
        self.written.addItems(state.written)
        self.written_label.setToolTip(str(state.path))
        self.written.setToolTip(str(state.path))

    def write(self) -> None:
        ledger = self.context.ledger
        self.write_button.setEnabled(False)

        def done(value: str) -> None:
            self.write_button.setEnabled(True)
            self._result(self.tr("Written down: {anchor}").format(anchor=value), True)
            self.refresh()

        self.context.tasks.run(lambda: write_anchor(ledger), on_success=guarded(self, done),
                               on_failure=guarded(self, self._failed))

    def check(self) -> None:
        text = self.typed.text().strip()
        if not text:
            return
        ledger = self.context.ledger
        self.check_button.setEnabled(False)

        def done(what: str) -> None:
            self.check_button.setEnabled(True)
            self._result(self.tr("OK: {what}").format(what=what), True)

        self.context.tasks.run(lambda: check_typed_anchor(ledger, text),
                               on_success=guarded(self, done),
                               on_failure=guarded(self, self._failed))

    def _failed(self, error: Exception) -> None:
        self.check_button.setEnabled(True)
        self.write_button.setEnabled(True)
        self._result(self.tr("PROBLEM: {problem}").format(problem=str(error)), False)

    def _result(self, text: str, ok: bool) -> None:
        palette = self.result.palette()
        palette.setColor(QPalette.ColorRole.WindowText, theme.colour("ok" if ok else "error", palette))
        self.result.setPalette(palette)
        self.result.setText(text)
        self.result.show()
