"""Who is working in the window: after a ledger opens, its users are loaded (in a worker);
a shared SQLite ledger asks who is working; the status bar names them from the users
table; a single-user ledger is told plainly how four eyes becomes possible."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow, QWidget

from acsa_desk.core.errors import LedgerError
from acsa_desk.ui.context import AppContext
from acsa_desk.ui.people import People, load_people, sign_in
from acsa_desk.ui.qtfix import emit
from acsa_desk.ui.signin import SignInDialog


class WhoIsWorking(QObject):
    """Keeps ``context.actor`` and the status bar's user right for the open ledger."""

    #: The login now working (after the users are loaded, or after a sign-in).
    identified = Signal(str)
    #: Nobody signed in to the shared ledger: they chose Quit.
    declined = Signal()
    #: The sign-in's "Open another ledger...".
    open_other = Signal()

    def __init__(self, window: QWidget, show_user: Callable[[str], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._show_user = show_user
        self.context: AppContext | None = None
        self.dialog: SignInDialog | None = None

    def start(self, context: AppContext, os_login: str) -> None:
        if self.dialog is not None:  # another ledger opened while the sign-in was asked
            self.dialog.withdraw()
            self.dialog = None
        self.context = context
        ledger = context.ledger
        context.tasks.run(lambda: load_people(ledger, os_login),
                          on_success=lambda people: self._loaded(context, people),
                          title=self.tr("Users"))

    def reload(self) -> None:
        """Re-reads the users (after the Users page changed them)."""
        context = self.context
        if context is None:
            return
        ledger = context.ledger
        context.tasks.run(lambda: load_people(ledger, context.actor),
                          on_success=lambda people: self._refreshed(context, people))

    def _refreshed(self, context: AppContext, people: People) -> None:
        if context is self.context:
            context.people = people
            self._identify(context, context.actor)

    def _loaded(self, context: AppContext, people: People) -> None:
        if context is not self.context:
            return
        context.people = people
        if people.needs_sign_in:
            self._ask(context, people)
            return
        login = people.default_login if people.single_user or not people.is_sqlite else context.actor
        self._identify(context, login)
        if people.single_user and people.default_login:
            context.messages.info(self.tr(
                "You are this ledger's only user. Four eyes needs a second registered user: an "
                "admin adds one in Preferences > Users."))

    def _ask(self, context: AppContext, people: People) -> None:
        ledger = context.ledger

        def check(login: str, passphrase: str, ok: Callable[[str], object],
                  refused: Callable[[LedgerError], object]) -> None:
            context.tasks.run(lambda: sign_in(ledger, login, passphrase), on_success=ok,
                              on_failure=refused, title=self.tr("Sign in"))

        dialog = SignInDialog(people, check, parent=self._window)
        self.dialog = dialog
        self._show_pages(False)  # nothing of the ledger is shown behind the sign-in
        dialog.signed_in.connect(lambda login: self._identify(context, login))
        dialog.rejected.connect(lambda: None if dialog.withdrawn else emit(self.declined))
        dialog.other_ledger.connect(lambda: emit(self.open_other))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()

    def _show_pages(self, shown: bool) -> None:
        pages = self._window.centralWidget() if isinstance(self._window, QMainWindow) else None
        if pages is not None:
            pages.setVisible(shown)

    def _identify(self, context: AppContext, login: str) -> None:
        self._show_pages(True)
        context.actor = login
        people = context.people
        role = people.role_of(login)
        shown = people.shown(login)
        text = (self.tr("User: {name} ({login}, {role})").format(name=shown, login=login, role=role)
                if role else self.tr("User: {login}").format(login=login))
        self._show_user(text)
        emit(self.identified, login)
