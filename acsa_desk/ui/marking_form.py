"""The ledger's handling marking, edited in Preferences: scheme, level, REL TO, originators, caveat.

Plain data in, plain data out: the form shows a :class:`acsa_desk.core.marking.Marking` and
the schemes the ledger knows, and :meth:`MarkingForm.marking` returns the edited marking, or
raises the core's RuleViolation naming what is wrong (shown beside the form by the dialog).
Saving it is the controller's job (``services.marking.set_marking``: admin only, audited).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from acsa_desk.core import marking as M
from acsa_desk.core.errors import RuleViolation
from acsa_desk.ui import theme
from acsa_desk.ui.banner import BannerStrip

ERROR_COLOUR = "#b00020"


def _codes(text: str) -> list[str]:
    return [c.strip().upper() for c in text.replace(" ", ",").split(",") if c.strip()]


class MarkingForm(QGroupBox):
    def __init__(self, marking: M.Marking, schemes: Mapping[str, M.Scheme],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Handling marking (every screen, page and export)"))
        self.setObjectName("marking_form")
        self._schemes = dict(schemes)
        self._original = marking
        self.scheme = QComboBox()
        self.scheme.setObjectName("marking_scheme")
        names = {"ca": self.tr("Canada"), "us": self.tr("United States"), "jp": self.tr("Japan")}
        for code, scheme in self._schemes.items():
            self.scheme.addItem(f"{names.get(code, scheme.name)} ({code})", code)
        self.level = QComboBox()
        self.level.setObjectName("marking_level")
        self.rel_to = QLineEdit(", ".join(marking.rel_to))
        self.rel_to.setObjectName("marking_rel_to")
        self.rel_to.setPlaceholderText(self.tr("e.g. CAN, JPN"))
        self.originators = QLineEdit(", ".join(marking.originators))
        self.originators.setObjectName("marking_originators")
        self.originators.setPlaceholderText(self.tr("e.g. JPN"))
        self.caveat = QLineEdit("//".join(marking.caveats))
        self.caveat.setObjectName("marking_caveat")
        self.caveat.setMaxLength(M.MAX_TEXT)
        self.preview = BannerStrip(self, position="top")
        self.preview.setObjectName("marking_preview")
        self.message = QLabel()
        self.message.setObjectName("marking_message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        palette = self.message.palette()
        palette.setColor(QPalette.ColorRole.WindowText, theme.colour("error", palette))
        self.message.setPalette(palette)

        self.form = QFormLayout(self)
        self.form.addRow(self.tr("&Scheme:"), self.scheme)
        self.form.addRow(self.tr("&Level:"), self.level)
        self.form.addRow(self.tr("&Releasable to (REL TO):"), self.rel_to)
        self.form.addRow(self.tr("Foreign &government information of:"), self.originators)
        self.form.addRow(self.tr("Ca&veat:"), self.caveat)
        self.form.addRow(self.tr("Shown as:"), self.preview)
        self.form.addRow("", self.message)

        self.scheme.setCurrentIndex(max(0, self.scheme.findData(marking.scheme)))
        self._fill_levels(marking.level)
        self.scheme.currentIndexChanged.connect(lambda _i: self._fill_levels(None))
        for widget in (self.rel_to, self.originators, self.caveat):
            widget.textChanged.connect(self._update_preview)
        self.level.currentIndexChanged.connect(self._update_preview)
        self._update_preview()

    def _fill_levels(self, wanted: str | None) -> None:
        scheme = self._schemes[str(self.scheme.currentData())]
        self.level.blockSignals(True)
        self.level.clear()
        for level in scheme.levels:
            self.level.addItem(level.term, level.term)
        index = self.level.findData(wanted) if wanted else 0
        self.level.setCurrentIndex(max(0, index))
        self.level.blockSignals(False)
        self._update_preview()

    def marking(self) -> M.Marking:
        """The marking as typed; raises RuleViolation naming what is wrong."""
        scheme = self._schemes[str(self.scheme.currentData())]
        caveats = [c for c in self.caveat.text().split("//") if c.strip()]
        designation = self._original.designation if scheme.code == self._original.scheme else None
        return M.make_marking(scheme, str(self.level.currentData()), rel_to=_codes(self.rel_to.text()),
                              originators=_codes(self.originators.text()), caveats=caveats,
                              designation=designation)

    def validate(self) -> bool:
        try:
            self.marking()
        except RuleViolation as exc:
            self.message.setText(exc.message)
            return False
        self.message.setText("")
        return True

    def _update_preview(self, *_args: object) -> None:
        if not hasattr(self, "preview") or self.level.count() == 0:
            return
        try:
            self.preview.set_rendering(M.render(self.marking(), self._schemes))
            self.message.setText("")
        except RuleViolation as exc:
            self.message.setText(exc.message)
