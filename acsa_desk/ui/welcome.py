"""The first-run page: an empty ledger offers three ways to start."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QLabel,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from acsa_desk.ui.page import Page

COLUMN_WIDTH = 560


class WelcomePage(Page):
    """Shown instead of the dashboard while the ledger is empty. Emits; does no work itself."""

    #: The user wants to create the first exercise.
    new_exercise_requested = Signal()
    #: The user wants to import orders from a spreadsheet saved as CSV.
    import_csv_requested = Signal()
    #: The user wants to explore a demo ledger.
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome_page")

        heading = QLabel(self.tr("Welcome to ACSA Desk"))
        heading_font = QFont(heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.8)
        heading_font.setBold(True)
        heading.setFont(heading_font)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)

        intro = QLabel(
            self.tr(
                "This ledger is empty. Record the logistic support your forces provide to and "
                "receive from a partner nation, and see at a glance who owes what."
            )
        )
        intro.setWordWrap(True)
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)

        style = self.style()
        self.new_exercise_button = self._big_button(
            style.standardIcon(QStyle.StandardPixmap.SP_FileIcon),
            self.tr("New exercise"),
            self.tr("Start with the exercise or operation the orders belong to."),
        )
        self.import_button = self._big_button(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton),
            self.tr("Import from a spreadsheet (CSV)"),
            self.tr("Bring in orders kept so far in a spreadsheet saved as CSV."),
        )
        self.demo_button = self._big_button(
            style.standardIcon(QStyle.StandardPixmap.SP_ComputerIcon),
            self.tr("Explore a demo ledger"),
            self.tr("Look around a ledger filled with made-up orders; nothing is kept."),
        )
        self.new_exercise_button.clicked.connect(self.new_exercise_requested)
        self.import_button.clicked.connect(self.import_csv_requested)
        self.demo_button.clicked.connect(self.demo_requested)

        # A column of fixed width, centred: word-wrapped labels then get their full height.
        column_widget = QWidget()
        column_widget.setFixedWidth(COLUMN_WIDTH)
        column = QVBoxLayout(column_widget)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addWidget(heading)
        column.addWidget(intro)
        column.addSpacing(16)
        for button in (self.new_exercise_button, self.import_button, self.demo_button):
            column.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(column_widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def title(self) -> str:
        return self.tr("Welcome")

    def _big_button(self, icon: QIcon, text: str, explanation: str) -> QCommandLinkButton:
        button = QCommandLinkButton(text, explanation, self)
        button.setIcon(icon)
        button.setIconSize(QSize(32, 32))
        button.setAccessibleName(text)
        button.setAccessibleDescription(explanation)
        return button
