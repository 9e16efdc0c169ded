"""The handling banner on every window and dialog that shows ledger data.

The marking comes from the ledger (``services.marking``), rendered by its scheme's rules
(``core.marking.render``): a strip of the level's colour at the top and the bottom, or, for a
Canadian PROTECTED marking, at the top only with the marking at the right.

To give a window or dialog its banners, one line at the end of its ``__init__`` (after its
layout is set)::

    self.banners = add_banners(self)                 # follows the ledger's marking
    self.banners = add_banners(self, rendering=r)    # a higher one of its own (an order's)

``add_banners`` finds the main window's :class:`MarkingState` through the parent chain (pass
``state=`` when there is no parent), keeps the strips up to date when an admin changes the
marking, and ``banners.set_rendering(r)`` later shows the marking of what the window holds
(never lower than the ledger's: ``services.marking.marking_for`` always includes it).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from acsa_desk.core.marking import (
    BUILTIN_SCHEMES,
    Placement,
    Rendering,
    contrasting,
    legacy_marking,
    render,
)
from acsa_desk.ui.capture import protect
from acsa_desk.ui.qtfix import emit

#: Background colour per marking level for a plain-text marking (first matching prefix).
LEVEL_COLOURS: tuple[tuple[str, str], ...] = (
    ("TOP SECRET", "#ff8c00"),
    ("SECRET", "#c8102e"),
    ("CONFIDENTIAL", "#0033a0"),
    ("PROTECTED", "#502b85"),
    ("CUI", "#502b85"),
    ("RESTRICTED", "#0033a0"),
    ("UNCLASSIFIED", "#007a33"),
)
NEUTRAL_COLOUR = "#3c4650"


def banner_colour(text: str) -> QColor:
    marking = text.strip().upper()
    for prefix, colour in LEVEL_COLOURS:
        if marking.startswith(prefix):
            return QColor(colour)
    return QColor(NEUTRAL_COLOUR)


def text_rendering(text: str) -> Rendering | None:
    """The rendering of a plain-text marking (an old ledger's banner); None for ""."""
    text = " ".join(text.split())
    if not text:
        return None
    found = render(legacy_marking(text, BUILTIN_SCHEMES), BUILTIN_SCHEMES)
    if found.banner.upper() == text.upper():
        return found
    colour = banner_colour(text).name()
    return Rendering(text, Placement.CENTRED, colour, contrasting(colour), "", (), found.cls)


def notice_text(rendering: Rendering) -> str:
    """The originator notice in the interface's language (the countries as their trigraphs)."""
    if not rendering.originators:
        return rendering.notice
    return QCoreApplication.translate("Banner", "Contains foreign government information: "
                                                "{codes}").format(codes=", ".join(rendering.originators))


class BannerStrip(QLabel):
    """One strip (a window has one at the top and one at the bottom). Hidden when empty."""

    def __init__(self, parent: QWidget | None = None, *, position: str = "top") -> None:
        super().__init__(parent)
        self.position = position
        self._rendering: Rendering | None = None
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAutoFillBackground(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setContentsMargins(8, 2, 8, 2)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)  # a narrow dialog wraps the marking, never cuts it
        font = QFont(self.font())
        font.setBold(True)
        self.setFont(font)
        self.set_rendering(None)

    def set_marking(self, text: str) -> None:
        """A plain-text marking (kept for callers that have only the banner's text)."""
        self.set_rendering(text_rendering(text))

    def set_rendering(self, rendering: Rendering | None) -> None:
        self._rendering = rendering
        shown = rendering is not None and (self.position == "top" or rendering.bottom)
        text = ""
        if rendering is not None and shown:
            text = rendering.banner
            if rendering.notice and (self.position == "bottom" or not rendering.bottom):
                text += "\n" + notice_text(rendering)
        self.setText(text)
        right = rendering is not None and rendering.placement is Placement.TOP_RIGHT
        self.setAlignment((Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignHCenter)
                          | Qt.AlignmentFlag.AlignVCenter)
        background = QColor(rendering.colour if rendering else NEUTRAL_COLOUR)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, background)
        palette.setColor(QPalette.ColorRole.WindowText,
                         QColor(rendering.ink if rendering else "#ffffff"))
        self.setPalette(palette)
        self.setAccessibleName(text)
        self.setToolTip(notice_text(rendering) if rendering else "")
        if self.parentWidget() is not None:  # never pop up as a window of its own
            self.setVisible(bool(text))

    def rendering(self) -> Rendering | None:
        return self._rendering

    def marking(self) -> str:
        """The marking's text as shown ("" when this strip is hidden)."""
        return self._rendering.banner if self._rendering is not None and self.text() else ""

    def colour(self) -> str:
        return self.palette().color(QPalette.ColorRole.Window).name()


class MarkingState(QObject):
    """The ledger's current marking for the whole window (held by the main window)."""

    changed = Signal(object)  # Rendering | None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rendering: Rendering | None = None

    def rendering(self) -> Rendering | None:
        return self._rendering

    def set_rendering(self, rendering: Rendering | None) -> None:
        self._rendering = rendering
        emit(self.changed, rendering)


def find_state(widget: QWidget) -> MarkingState | None:
    """The nearest ``marking_state`` (or ``context.marking``) up the parent chain."""
    current: QWidget | None = widget
    while current is not None:
        context = getattr(current, "context", None) or getattr(current, "_context", None)
        for state in (getattr(current, "marking_state", None), getattr(context, "marking", None)):
            if isinstance(state, MarkingState):
                return state
        current = current.parentWidget()
    return None


class Banners(QObject):
    """The two strips of one window or dialog."""

    def __init__(self, widget: QWidget, state: MarkingState | None,
                 rendering: Rendering | None) -> None:
        super().__init__(widget)
        self.top = BannerStrip(widget, position="top")
        self.top.setObjectName("top_banner")
        self.bottom = BannerStrip(widget, position="bottom")
        self.bottom.setObjectName("bottom_banner")
        self._own = rendering
        self._state = state
        if state is not None:
            state.changed.connect(self._ledger_changed)
        self._show()

    def _ledger_changed(self, _rendering: object) -> None:
        self._show()

    def _show(self) -> None:
        shown = self._own or (self._state.rendering() if self._state is not None else None)
        self.top.set_rendering(shown)
        self.bottom.set_rendering(shown)
        # above UNCLASSIFIED, out of screen captures where the platform allows (not Linux)
        self.capture_decision = protect(self.top, shown)

    def set_rendering(self, rendering: Rendering | None) -> None:
        """This window's own marking (None: the ledger's)."""
        self._own = rendering
        self._show()

    def rendering(self) -> Rendering | None:
        return self.top.rendering()


def add_banners(widget: QWidget, *, state: MarkingState | None = None,
                rendering: Rendering | None = None) -> Banners:
    """Puts a banner strip above and below ``widget``'s layout (a box or form layout)."""
    banners = Banners(widget, state or find_state(widget), rendering)
    layout = widget.layout()
    menu_bar = layout.menuBar() if layout is not None else None
    if menu_bar is not None:  # the banner goes above the window's own menu bar
        holder = QWidget(widget)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(banners.top)
        column.addWidget(menu_bar)
        layout.setMenuBar(holder)
        layout.addWidget(banners.bottom)
    elif isinstance(layout, QBoxLayout):
        layout.insertWidget(0, banners.top)
        layout.addWidget(banners.bottom)
    elif isinstance(layout, QFormLayout):
        layout.insertRow(0, banners.top)
        layout.addRow(banners.bottom)
    else:
        raise TypeError(f"add_banners: {type(layout).__name__} layout not supported")
    return banners
