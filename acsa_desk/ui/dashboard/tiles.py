"""The dashboard's widgets: a tile counting orders that wait, a list panel with its table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QTableView, QVBoxLayout, QWidget

from acsa_desk.ui.dashboard.tables import count_text


class Tile(QPushButton):
    """A count of orders waiting for action; clicking it lists them."""

    def __init__(self, name: str, caption: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"tile_{name}")
        self._caption_text = caption
        self._explanation = explanation
        self.count_label = QLabel("–")
        self.count_label.setObjectName(f"tile_{name}_count")
        font = QFont(self.count_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.count_label.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        for label in (self.count_label, self.caption):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(0)
        layout.addWidget(self.count_label)
        layout.addWidget(self.caption)
        self.setToolTip(explanation)
        # room for the count and two lines of caption, the same for every tile
        lines = self.count_label.sizeHint().height() + 2 * self.caption.fontMetrics().lineSpacing()
        self.setFixedHeight(lines + 16)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.set_count(None)

    def set_count(self, count: int | None, *, pending: bool = False) -> None:
        """The count (None: not known yet); ``pending``: being counted again (an ellipsis
        follows the count shown, and the tooltip says so)."""
        shown = "–" if count is None else count_text(count)
        self._count_text, self._pending = shown, pending
        self.count_label.setText(f"{shown} …" if pending else shown)
        self.setAccessibleName(
            self.tr("{count} {caption}").format(
                count="–" if count is None else count, caption=self._caption_text
            )
        )
        self.setToolTip(self.tr("{explanation} Being counted…").format(
            explanation=self._explanation) if pending else self._explanation)

    def count(self) -> str:
        """The count shown ("–" when not known)."""
        return self._count_text

    def is_pending(self) -> bool:
        return self._pending


class ListPanel(QWidget):
    """A table with a line saying what it lists and a "show in Orders" button."""

    def __init__(self, text: str, button: str, view: QTableView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.explanation = QLabel(text)
        self.explanation.setWordWrap(True)
        self.explanation.setBuddy(view)
        self.show_all = QPushButton(button)
        self.view = view
        #: "25,080 overdue — showing the 200 oldest" when the list is cut short.
        self.shown = QLabel()
        self.shown.setWordWrap(True)
        self.shown.hide()
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.explanation, 1)
        top.addWidget(self.show_all)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.shown)
        layout.addWidget(view, 1)

    def set_shown(self, text: str) -> None:
        """Says how much of the list is shown ("" when all of it)."""
        self.shown.setText(text)
        self.shown.setVisible(bool(text))
