"""Message boxes and file pickers behind one small interface, so tests answer them.

Widgets never call QMessageBox or QFileDialog directly: they are given a :class:`Dialogs`
(:class:`QtDialogs` in the application, :class:`ScriptedDialogs` in tests). The scripted fake
records every dialog and answers from a script, without any modal event loop.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

if TYPE_CHECKING:
    from acsa_desk.ui.sealing import SealChoice


class Unsaved(StrEnum):
    """The answer about unsaved work (a window closing, the program quitting)."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class Dialogs(Protocol):
    """What the window may ask the user. Every method blocks until the user answers."""

    def information(self, title: str, text: str, *, details: str = "") -> None: ...

    def warning(self, title: str, text: str, *, details: str = "") -> None: ...

    def error(self, title: str, text: str, *, details: str = "") -> None: ...

    def question(self, title: str, text: str) -> bool:
        """Yes -> True, No (or closing the box) -> False."""
        ...

    def unsaved(self, title: str, text: str) -> Unsaved:
        """Save, Discard or Cancel (closing the box) for work not saved yet."""
        ...

    def open_file(self, title: str, *, directory: str = "", filters: str = "") -> Path | None:
        """The chosen existing file, or None if the user cancelled.

        ``filters`` is in QFileDialog form, e.g. ``"CSV files (*.csv);;All files (*)"``.
        """
        ...

    def save_file(self, title: str, *, directory: str = "", filters: str = "") -> Path | None:
        """The chosen file to write (the picker confirms overwriting), or None if cancelled."""
        ...

    def seal(self, title: str, *, file_name: str, advice: Any, rendering: Any = None,
             recipients: tuple[str, ...] = ()) -> SealChoice | None:
        """Whether to seal a file about to be written (``advice``: services.protection's
        SealAdvice), with what passphrase or partner offices; None if cancelled."""
        ...

    def passphrase(self, title: str, *, file_name: str, banner: str = "") -> str | None:
        """The passphrase of a sealed file being opened, or None if cancelled."""
        ...


class QtDialogs:
    """The real dialogs, modal to ``parent`` (a window, or None before one exists)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._parent = parent

    def set_parent(self, parent: QWidget | None) -> None:
        self._parent = parent

    def _box(self, icon: QMessageBox.Icon, title: str, text: str, details: str) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self._parent)
        if details:
            box.setDetailedText(details)
        box.exec()

    def information(self, title: str, text: str, *, details: str = "") -> None:
        self._box(QMessageBox.Icon.Information, title, text, details)

    def warning(self, title: str, text: str, *, details: str = "") -> None:
        self._box(QMessageBox.Icon.Warning, title, text, details)

    def error(self, title: str, text: str, *, details: str = "") -> None:
        self._box(QMessageBox.Icon.Critical, title, text, details)

    def question(self, title: str, text: str) -> bool:
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        answer = QMessageBox.question(self._parent, title, text, yes | no, no)
        return answer == yes

    def unsaved(self, title: str, text: str) -> Unsaved:
        buttons = QMessageBox.StandardButton
        box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                          buttons.Save | buttons.Discard | buttons.Cancel, self._parent)
        box.setDefaultButton(buttons.Save)
        box.setEscapeButton(buttons.Cancel)
        answer = box.exec()
        if answer == buttons.Save:
            return Unsaved.SAVE
        return Unsaved.DISCARD if answer == buttons.Discard else Unsaved.CANCEL

    def open_file(self, title: str, *, directory: str = "", filters: str = "") -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self._parent, title, directory, filters)
        return Path(name) if name else None

    def save_file(self, title: str, *, directory: str = "", filters: str = "") -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self._parent, title, directory, filters)
        return Path(name) if name else None

    def seal(self, title: str, *, file_name: str, advice: Any, rendering: Any = None,
             recipients: tuple[str, ...] = ()) -> SealChoice | None:
        from acsa_desk.ui.sealing import ask_seal

        return ask_seal(title, file_name=file_name, advice=advice, rendering=rendering,
                        recipients=recipients, parent=self._parent)

    def passphrase(self, title: str, *, file_name: str, banner: str = "") -> str | None:
        from acsa_desk.ui.sealing import ask_passphrase

        return ask_passphrase(title, file_name=file_name, banner=banner, parent=self._parent)


class DialogKind(StrEnum):
    INFORMATION = "information"
    WARNING = "warning"
    ERROR = "error"
    QUESTION = "question"
    UNSAVED = "unsaved"
    OPEN_FILE = "open_file"
    SAVE_FILE = "save_file"
    SEAL = "seal"
    PASSPHRASE = "passphrase"


@dataclass(frozen=True)
class DialogCall:
    """One dialog the code under test showed."""

    kind: DialogKind
    title: str
    text: str = ""
    details: str = ""


class UnexpectedDialog(AssertionError):
    """A question or file picker was shown that the test did not script an answer for."""


class ScriptedDialogs:
    """A fake for tests: records every dialog and answers questions and pickers from a script.

    >>> dialogs = ScriptedDialogs()
    >>> dialogs.answer_question(True)
    >>> dialogs.answer_open_file(None)   # the user cancels the picker
    """

    def __init__(self) -> None:
        self.calls: list[DialogCall] = []
        self._questions: deque[bool] = deque()
        self._unsaved: deque[Unsaved] = deque()
        self._open_files: deque[Path | None] = deque()
        self._save_files: deque[Path | None] = deque()
        self._seals: deque[SealChoice | None] = deque()
        self._passphrases: deque[str | None] = deque()

    # --- scripting ---

    def answer_question(self, *answers: bool) -> None:
        self._questions.extend(answers)

    def answer_unsaved(self, *answers: Unsaved | str) -> None:
        self._unsaved.extend(Unsaved(a) for a in answers)

    def answer_open_file(self, *paths: Path | str | None) -> None:
        self._open_files.extend(None if p is None else Path(p) for p in paths)

    def answer_save_file(self, *paths: Path | str | None) -> None:
        self._save_files.extend(None if p is None else Path(p) for p in paths)

    def answer_seal(self, *choices: SealChoice | None) -> None:
        self._seals.extend(choices)

    def answer_passphrase(self, *passphrases: str | None) -> None:
        self._passphrases.extend(passphrases)

    def of_kind(self, kind: DialogKind) -> list[DialogCall]:
        return [c for c in self.calls if c.kind == kind]

    @property
    def last(self) -> DialogCall:
        if not self.calls:
            raise AssertionError("no dialog was shown")
        return self.calls[-1]

    def assert_all_answers_used(self) -> None:
        left = (len(self._questions) + len(self._unsaved) + len(self._open_files)
                + len(self._save_files) + len(self._seals) + len(self._passphrases))
        if left:
            raise AssertionError(f"{left} scripted dialog answer(s) were never asked for")

    # --- the Dialogs interface ---

    def information(self, title: str, text: str, *, details: str = "") -> None:
        self.calls.append(DialogCall(DialogKind.INFORMATION, title, text, details))

    def warning(self, title: str, text: str, *, details: str = "") -> None:
        self.calls.append(DialogCall(DialogKind.WARNING, title, text, details))

    def error(self, title: str, text: str, *, details: str = "") -> None:
        self.calls.append(DialogCall(DialogKind.ERROR, title, text, details))

    def question(self, title: str, text: str) -> bool:
        self.calls.append(DialogCall(DialogKind.QUESTION, title, text))
        if not self._questions:
            raise UnexpectedDialog(f"unscripted question: {title}: {text}")
        return self._questions.popleft()

    def unsaved(self, title: str, text: str) -> Unsaved:
        self.calls.append(DialogCall(DialogKind.UNSAVED, title, text))
        if not self._unsaved:
            raise UnexpectedDialog(f"unscripted save/discard/cancel: {title}: {text}")
        return self._unsaved.popleft()

    def open_file(self, title: str, *, directory: str = "", filters: str = "") -> Path | None:
        self.calls.append(DialogCall(DialogKind.OPEN_FILE, title))
        if not self._open_files:
            raise UnexpectedDialog(f"unscripted open-file picker: {title}")
        return self._open_files.popleft()

    def save_file(self, title: str, *, directory: str = "", filters: str = "") -> Path | None:
        self.calls.append(DialogCall(DialogKind.SAVE_FILE, title))
        if not self._save_files:
            raise UnexpectedDialog(f"unscripted save-file picker: {title}")
        return self._save_files.popleft()

    def seal(self, title: str, *, file_name: str, advice: Any, rendering: Any = None,
             recipients: tuple[str, ...] = ()) -> SealChoice | None:
        self.calls.append(DialogCall(DialogKind.SEAL, title, f"{file_name}: {advice.banner}"))
        if not self._seals:
            raise UnexpectedDialog(f"unscripted sealing dialog: {title}")
        return self._seals.popleft()

    def passphrase(self, title: str, *, file_name: str, banner: str = "") -> str | None:
        self.calls.append(DialogCall(DialogKind.PASSPHRASE, title, file_name))
        if not self._passphrases:
            raise UnexpectedDialog(f"unscripted passphrase dialog: {title}")
        return self._passphrases.popleft()


def file_filter(description: str, *patterns: str) -> str:
    """One QFileDialog filter entry, e.g. file_filter(tr("CSV files"), "*.csv")."""
    return f"{description} ({' '.join(patterns)})"


def all_files_filter() -> str:
    return file_filter(QCoreApplication.translate("Dialogs", "All files"), "*")
