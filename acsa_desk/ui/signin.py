"""Who is working, in the window: the sign-in of a shared laptop, and countersigning.

``SignInDialog`` asks who is working when a SQLite ledger has more than one user.
``CountersignBox`` is our certifying officer in a step's dialog (Sign, a settlement's
approval): chosen from the registered officers, never typed, with their passphrase typed on
the same screen, so a clerk and an officer complete four eyes on one laptop. ``Countersigned``
wraps a step so the runner authenticates the officer in the worker before the step runs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from acsa_desk.core.errors import LedgerError, RuleViolation
from acsa_desk.db.engine import Ledger
from acsa_desk.ui.banner import add_banners
from acsa_desk.ui.people import People, certify
from acsa_desk.ui.qtfix import emit
from acsa_desk.ui.service_text import ui_message

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class WrappedWhole(QObject):
    """A word-wrapped label keeps the height of every line its width wraps it to. A form
    row is sized by the label's preferred lines (about two), not by those it wraps to in the
    row's width, and the four eyes' note was cut top and bottom in the settlement dialog."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label)
        self._label = label
        label.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self._label:
            label = self._label
            needed = label.heightForWidth(label.width()) if label.text() else 0
            if needed > 0 and label.minimumHeight() != needed:
                label.setMinimumHeight(needed)  # the window grows with its layout's minimum
        return False


class CountersignBox(QWidget):
    """Our side's certifying officer (a combo of registered officers) and their passphrase."""

    def __init__(self, people: People, *, entered_by: str, optional: bool = False,
                 actor: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people = people
        self.officer = QComboBox()
        self.officer.setObjectName("countersign_officer")
        self.officer.setAccessibleName(self.tr("Certifying officer"))
        certifiers = [p.login for p in people.certifiers(excluding=entered_by)]
        if optional:
            self.officer.addItem(self.tr("nobody yet (awaits an officer's approval)"), None)
        elif actor not in certifiers:
            self.officer.addItem(self.tr("choose the officer who signs"), None)
        for person in people.certifiers(excluding=entered_by):
            if not people.is_sqlite and person.login != actor:
                continue  # on PostgreSQL you certify as your own server login
            self.officer.addItem(f"{person.shown} ({person.login})", person.login)
        mine = self.officer.findData(actor)
        if mine >= 0 and not optional:
            self.officer.setCurrentIndex(mine)
        self.passphrase = _password_field("countersign_passphrase")
        self.passphrase.setPlaceholderText(self.tr("the officer's own passphrase"))
        self.passphrase.setVisible(people.countersign_needs_passphrase)
        self.note = QLabel()
        self.note.setObjectName("countersign_note")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        WrappedWhole(self.note)
        entered = people.shown(entered_by) if entered_by else ""
        if self.officer.count() == (1 if optional else 0):
            self.note.setText(self.tr(
                "Four eyes: {entered} entered this, and no other officer is registered in this "
                "ledger. An admin adds one in Preferences > Users (or: acsa-desk user add LOGIN "
                "--role officer).").format(entered=entered or "?"))
        elif entered:
            self.note.setText(self.tr(
                "Four eyes: {entered} entered this, so another officer certifies it; they type "
                "their own passphrase here.").format(entered=entered))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.officer)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.note)
        self.officer.currentIndexChanged.connect(self._chosen)
        self._chosen()

    def _chosen(self, *_args: object) -> None:
        self.passphrase.setEnabled(self.chosen() is not None)

    def choose(self, login: str) -> bool:
        index = self.officer.findData(login)
        if index >= 0:
            self.officer.setCurrentIndex(index)
        return index >= 0

    def chosen(self) -> str | None:
        data = self.officer.currentData()
        return str(data) if data else None

    def countersign(self, step: Callable[[Session, str], object], *, what: str,
                    officer_acts: bool) -> Countersigned:
        """Wraps ``step``; refuses at once when nobody is chosen for a required signature."""
        login = self.chosen()
        if login is None:
            raise RuleViolation("four_eyes", self.tr("choose the officer who certifies this"))
        if self.people.countersign_needs_passphrase and not self.passphrase.text():
            raise RuleViolation("four_eyes", self.tr("{login} types their passphrase to "
                                                     "certify this").format(login=login))
        return Countersigned(step, self.people, login, self.passphrase.text(), what, officer_acts)


@dataclass(frozen=True)
class Countersigned:
    """A step certified by an officer authenticated now (in the worker, before the step)."""

    step: Callable[[Session, str], object]
    people: People
    login: str
    passphrase: str
    what: str
    officer_acts: bool  # the officer is the unit's actor (Sign); else they only approve

    def authenticate(self, ledger: Ledger) -> str:
        return certify(ledger, self.people, self.login, self.passphrase, self.what)

    def __call__(self, session: Session, actor: str) -> object:
        return self.step(session, actor)


def run_countersigned(ledger: Ledger, step: Callable[[Session, str], object],
                      actor: str) -> None:
    """Runs a (possibly countersigned) step in one unit of work."""
    acting = actor
    if isinstance(step, Countersigned):
        officer = step.authenticate(ledger)
        if step.officer_acts:
            acting = officer
    with ledger.session(actor=acting) as session:
        step(session, acting)


class SignInDialog(QDialog):
    """Who is working on this shared ledger: login (chosen) and passphrase.

    Nobody works in a shared ledger unsigned: the dialog offers Sign in, Open another
    ledger... and Quit; Escape or closing it only says so (it never quits by accident)."""

    #: The signed-in login (normalised).
    signed_in = Signal(str)
    #: "Open another ledger...": the window offers its file dialog; this one stays until
    #: another ledger opens.
    other_ledger = Signal()

    def __init__(self, people: People, check: Callable[[str, str, Callable[[str], object],
                                                        Callable[[LedgerError], object]], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sign_in_dialog")
        self.setWindowTitle(self.tr("Who is working?"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self._check = check
        self.login = QComboBox()
        self.login.setObjectName("sign_in_login")
        for person in people.active:
            if person.has_passphrase:
                self.login.addItem(f"{person.shown} ({person.login})", person.login)
        mine = self.login.findData(people.default_login)
        self.login.setCurrentIndex(max(mine, 0))
        self.passphrase = _password_field("sign_in_passphrase")
        self.message = QLabel()
        self.message.setObjectName("sign_in_message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        intro = QLabel(self.tr("This ledger has several users: choose who you are and type your "
                               "passphrase. Every change is recorded under your name. A "
                               "forgotten passphrase is reset by an admin (Preferences > "
                               "Users)."))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&User:"), self.login)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        self.buttons = QDialogButtonBox()
        self.sign_in_button = self.buttons.addButton(self.tr("&Sign in"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in_button.setObjectName("sign_in_ok")
        self.sign_in_button.setDefault(True)
        self.other_button = self.buttons.addButton(self.tr("&Open another ledger…"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.other_button.setObjectName("sign_in_other_ledger")
        self.quit_button = self.buttons.addButton(self.tr("&Quit"),
                                                  QDialogButtonBox.ButtonRole.DestructiveRole)
        self.quit_button.setObjectName("sign_in_quit")
        self.buttons.accepted.connect(self.accept)
        self.other_button.clicked.connect(lambda: emit(self.other_ledger))
        self.quit_button.clicked.connect(self.quit)
        self._leaving = False
        #: True once withdrawn because another ledger opened (not a refusal to sign in).
        self.withdrawn = False
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.passphrase.setFocus()

    def choose(self, login: str) -> bool:
        index = self.login.findData(login)
        if index >= 0:
            self.login.setCurrentIndex(index)
        return index >= 0

    def quit(self) -> None:
        """Nobody signs in: the program closes (the ledger is left as it was)."""
        self._leaving = True
        super().reject()

    def withdraw(self) -> None:
        """Another ledger opened: this one's sign-in is no longer asked."""
        self._leaving = self.withdrawn = True
        super().reject()

    def reject(self) -> None:
        """Escape or the window's close button: says what the choices are, and stays."""
        if self._leaving:
            super().reject()
            return
        self.message.setText(self.tr("Nobody is signed in yet: sign in, open another ledger, "
                                     "or quit."))

    def accept(self) -> None:
        login = self.login.currentData()
        if not login:
            return
        self.buttons.setEnabled(False)
        self.message.setText("")

        def ok(signed: str) -> None:
            emit(self.signed_in, signed)
            super(SignInDialog, self).accept()

        def refused(error: LedgerError) -> None:
            self.buttons.setEnabled(True)
            self.message.setText(ui_message(str(error)))
            self.passphrase.clear()

        self._check(str(login), self.passphrase.text(), ok, refused)


class CertifyDialog(QDialog):
    """Our officer certifies one record (a settlement's approval): chosen and authenticated
    here; the page runs the step and answers with ``done`` or ``show_problem``."""

    #: The officer accepted: the Countersigned step to run.
    certified = Signal(object)

    def __init__(self, title: str, text: str, people: People, *, entered_by: str, actor: str,
                 step: Callable[[Session, str], object], what: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("certify_dialog")
        self.setWindowTitle(title)
        self._step, self._what = step, what
        intro = QLabel(text)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.countersign = CountersignBox(people, entered_by=entered_by, actor=actor)
        self.message = QLabel()
        self.message.setObjectName("certify_message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.countersign)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.banners = add_banners(self)  # the record's order and amount: the ledger's marking
        self.setMinimumWidth(440)

    def accept(self) -> None:
        try:
            wrapped = self.countersign.countersign(self._step, what=self._what, officer_acts=True)
        except RuleViolation as exc:
            self.show_problem(exc)
            return
        self.buttons.setEnabled(False)
        self.message.setText("")
        emit(self.certified, wrapped)

    def show_problem(self, error: LedgerError) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(ui_message(str(error)))
        self.countersign.passphrase.clear()

    def done_ok(self) -> None:
        super().accept()
