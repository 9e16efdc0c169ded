"""Sealing a file the window writes, and opening a sealed one: the passphrase dialogs.

Whether a file is sealed is decided by the same rule as on the command line
(``services.protection.seal_advice``, via ``services.exports.advice``); these dialogs only ask.
In the manner of KeePassXC's: the passphrase hidden by default with a Show button, typed twice,
and a hint that follows the rule as it is typed (``services.protection.MIN_PASSPHRASE``
characters or more). Partner offices whose keys the ledger holds can be ticked as well.

Callers go through ``context.dialogs.seal(...)`` / ``context.dialogs.passphrase(...)`` (see
:mod:`acsa_desk.ui.dialogs`), so tests answer them from a script.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from acsa_desk.core.marking import Rendering
from acsa_desk.services.protection import MIN_PASSPHRASE, SealAdvice
from acsa_desk.ui.banner import add_banners, text_rendering


@dataclass(frozen=True, slots=True)
class SealChoice:
    """What the user chose: ``seal`` with a passphrase and/or partner offices, or plain."""

    seal: bool
    passphrase: str | None = None
    recipients: tuple[str, ...] = ()


def strength(passphrase: str) -> tuple[int, bool]:
    """(how many characters are still needed, long enough) by the program's one rule."""
    missing = max(0, MIN_PASSPHRASE - len(passphrase))
    return missing, missing == 0


class PassphraseField(QWidget):
    """A hidden passphrase with a Show/Hide button (the button toggles both fields)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setObjectName("passphrase")
        self.show_button = QPushButton(self.tr("Show"), self)
        self.show_button.setObjectName("show_passphrase")
        self.show_button.setCheckable(True)
        self.show_button.setToolTip(self.tr("Show or hide the passphrase as it is typed"))
        self.show_button.toggled.connect(self._toggle)
        self.companions: list[QLineEdit] = []
        row.addWidget(self.edit, 1)
        row.addWidget(self.show_button)

    def _toggle(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for edit in (self.edit, *self.companions):
            edit.setEchoMode(mode)
        self.show_button.setText(self.tr("Hide") if shown else self.tr("Show"))

    def text(self) -> str:
        return self.edit.text()


class SealDialog(QDialog):
    """Asks whether to seal a file about to be written, and under what passphrase or keys."""

    def __init__(self, title: str, *, file_name: str, advice: SealAdvice,
                 rendering: Rendering | None, recipients: Sequence[str] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.advice = advice
        layout = QVBoxLayout(self)
        if advice.required:
            why = self.tr("{file} is marked {marking}. This ledger's policy seals this file: it "
                          "is written encrypted and opens only with the passphrase or a partner "
                          "office's key.")
        else:
            why = self.tr("{file} is marked {marking}. A file marked above UNCLASSIFIED should "
                          "leave this machine sealed: encrypted, opened only with the passphrase "
                          "or a partner office's key.")
        self.explanation = QLabel(why.format(file=file_name, marking=advice.banner), self)
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)

        self.seal_box = QCheckBox(self.tr("&Seal the file (AES-256-GCM; saved as .acsa)"), self)
        self.seal_box.setObjectName("seal")
        self.seal_box.setChecked(advice.suggested or advice.required)
        self.seal_box.setEnabled(not advice.required)
        layout.addWidget(self.seal_box)

        self.details = QWidget(self)
        form = QFormLayout(self.details)
        form.setContentsMargins(0, 0, 0, 0)
        self.passphrase = PassphraseField(self.details)
        self.repeat = QLineEdit(self.details)
        self.repeat.setObjectName("repeat_passphrase")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.companions.append(self.repeat)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("&Repeat:"), self.repeat)
        self.meter = QProgressBar(self.details)
        self.meter.setObjectName("passphrase_strength")
        self.meter.setRange(0, MIN_PASSPHRASE * 2)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.hint = QLabel(self.details)
        self.hint.setObjectName("passphrase_hint")
        self.hint.setWordWrap(True)
        form.addRow("", self.meter)
        form.addRow("", self.hint)
        self.offices = QListWidget(self.details)
        self.offices.setObjectName("recipients")
        for name in recipients:
            item = QListWidgetItem(name, self.offices)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.offices.setMaximumHeight(80)
        if recipients:
            form.addRow(self.tr("Also for partner offices:"), self.offices)
        else:
            self.offices.hide()
        layout.addWidget(self.details)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        for signal in (self.seal_box.toggled, self.passphrase.edit.textChanged,
                       self.repeat.textChanged, self.offices.itemChanged):
            signal.connect(self.validate)
        self.validate()
        self.banners = add_banners(self, rendering=rendering)

    def chosen_offices(self) -> tuple[str, ...]:
        return tuple(self.offices.item(i).text() for i in range(self.offices.count())
                     if self.offices.item(i).checkState() == Qt.CheckState.Checked)

    def validate(self, *_args: object) -> bool:
        sealing = self.seal_box.isChecked()
        self.details.setEnabled(sealing)
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok_button.setText(self.tr("Seal and save") if sealing else self.tr("Save unsealed"))
        text, repeat = self.passphrase.text(), self.repeat.text()
        missing, long_enough = strength(text)
        self.meter.setValue(min(len(text), MIN_PASSPHRASE * 2))
        offices = self.chosen_offices()
        if not text and offices:
            hint, ok = self.tr("Sealed for the partner offices ticked (no passphrase)."), True
        elif not long_enough:
            hint = self.tr("Too short: a passphrase has at least {min} characters "
                           "({missing} more).").format(min=MIN_PASSPHRASE, missing=missing)
            ok = False
        elif repeat != text:
            hint, ok = self.tr("The two passphrases differ."), False
        elif len(text) >= MIN_PASSPHRASE * 2:
            hint, ok = self.tr("Long: a strong passphrase. Keep it apart from the file."), True
        else:
            hint, ok = self.tr("Long enough. Longer is stronger: several words are easy to "
                               "remember."), True
        self.hint.setText(hint)
        valid = not sealing or ok
        ok_button.setEnabled(valid)
        return valid

    def choice(self) -> SealChoice:
        if not self.seal_box.isChecked():
            return SealChoice(False)
        return SealChoice(True, self.passphrase.text() or None, self.chosen_offices())


class OpenSealedDialog(QDialog):
    """The passphrase of a sealed file being opened (a restore, an import)."""

    def __init__(self, title: str, *, file_name: str, banner: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        text = self.tr("{file} is sealed (marked {marking}). Give its passphrase to open it; a "
                       "copy is opened in a private folder and removed afterwards.")
        self.explanation = QLabel(text.format(file=file_name, marking=banner or "-"), self)
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        form = QFormLayout()
        self.passphrase = PassphraseField(self)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.passphrase.edit.textChanged.connect(self.validate)
        self.validate()
        self.banners = add_banners(self, rendering=text_rendering(banner) if banner else None)

    def validate(self, *_args: object) -> bool:
        ok = bool(self.passphrase.text())
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(ok)
        return ok


def ask_seal(title: str, *, file_name: str, advice: SealAdvice, rendering: Rendering | None,
             recipients: Sequence[str], parent: QWidget | None) -> SealChoice | None:
    dialog = SealDialog(title, file_name=file_name, advice=advice, rendering=rendering,
                        recipients=recipients, parent=parent)
    try:
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def ask_passphrase(title: str, *, file_name: str, banner: str,
                   parent: QWidget | None) -> str | None:
    dialog = OpenSealedDialog(title, file_name=file_name, banner=banner, parent=parent)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.passphrase.text() if accepted else None
    finally:
        dialog.deleteLater()


@dataclass(frozen=True, slots=True)
class SealedTarget:
    """Where a file goes and how: ``path`` (``FILE.acsa`` when sealed) with the key material."""

    path: Path
    passphrase: str | None = None
    recipients: dict[str, str] | None = None

    @property
    def sealed(self) -> bool:
        return bool(self.passphrase or self.recipients)


def choose_sealing(context: Any, title: str, path: Path, *, kind: str,
                   marking: Any = None, rendering: Rendering | None = None) -> SealedTarget | None:
    """Asks whether to seal ``path`` when the rule offers it (``services.exports.advice``:
    required for a backup by the ledger's policy, suggested above UNCLASSIFIED); None when the
    user cancelled. A file the rule does not offer to seal is written plain without asking."""
    from acsa_desk.services import exports
    from acsa_desk.services.protection import check_passphrase

    advice = exports.advice(context.ledger, kind=kind, marking=marking, rendering=rendering,
                            target=path)
    if not advice.offered:
        return SealedTarget(path)
    choice = context.dialogs.seal(title, file_name=path.name, advice=advice,
                                  rendering=rendering or context.marking.rendering(),
                                  recipients=tuple(name for name, _key in advice.recipients))
    if choice is None:
        return None
    if not choice.seal:
        if advice.required:
            return None  # never written plain against the ledger's policy
        return SealedTarget(path)
    keys = dict(advice.recipients)
    offices = {name: keys[name] for name in choice.recipients if name in keys}
    secret = check_passphrase(choice.passphrase) if choice.passphrase else None
    if not secret and not offices:
        return None
    return SealedTarget(exports.sealed_name(path), secret, offices or None)
