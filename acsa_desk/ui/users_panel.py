"""Preferences > Users (admins only): the ledger's users; add one, deactivate, reset a
passphrase, change a role, and the lock-out policy. Every change goes through the users and
passphrase services in a unit of work as the admin, so the command line and the window
follow the same rules. On PostgreSQL the same changes create, move or shut the user's server
login role (the passphrase is then the server's password, optional)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from acsa_desk.core.errors import LedgerError
from acsa_desk.core.people import Role
from acsa_desk.db.engine import Ledger
from acsa_desk.services import auth, users
from acsa_desk.ui.context import AppContext
from acsa_desk.ui.people import People, load_people
from acsa_desk.ui.qtfix import emit
from acsa_desk.ui.service_text import ui_message


def role_name(role: str) -> str:
    """A role as the interface language names it (the value itself when unknown)."""
    names = {
        Role.CLERK.value: QCoreApplication.translate("UsersPanel", "clerk"),
        Role.OFFICER.value: QCoreApplication.translate("UsersPanel", "officer"),
        Role.AUDITOR.value: QCoreApplication.translate("UsersPanel", "auditor"),
        Role.ADMIN.value: QCoreApplication.translate("UsersPanel", "admin"),
    }
    return names.get(role, role)


def _role_box(name: str) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    for role in Role:
        box.addItem(role_name(role.value), role.value)
    return box


class UsersPanel(QWidget):
    """The users of the open ledger, for its admin."""

    #: The users changed (the window re-reads who may certify).
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("users_panel")
        self.context = context
        self.people: People = context.people
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("users_table")
        self.table.setAccessibleName(self.tr("Users"))
        self.table.setHorizontalHeaderLabels([self.tr("Login"), self.tr("Name"), self.tr("Role"),
                                              self.tr("Active"), self.tr("Passphrase")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.message = QLabel()
        self.message.setObjectName("users_message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        sqlite = context.ledger.is_sqlite
        # add a user
        self.login = QLineEdit()
        self.login.setObjectName("new_login")
        self.name = QLineEdit()
        self.name.setObjectName("new_name")
        self.rank = QLineEdit()
        self.rank.setObjectName("new_rank")
        self.role = _role_box("new_role")
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("new_passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_button = QPushButton(self.tr("&Add user"))
        self.add_button.setObjectName("add_user")
        form = QFormLayout()
        form.addRow(self.tr("Login:"), self.login)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Rank:"), self.rank)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("Passphrase:") if sqlite else self.tr("Server password (optional):"),
                    self.passphrase)
        form.addRow("", self.add_button)
        # the selected user
        self.selected_role = _role_box("selected_role")
        self.selected_role.setAccessibleName(self.tr("Role of the selected user"))
        self.role_button = QPushButton(self.tr("Change &role"))
        self.role_button.setObjectName("change_role")
        self.reset_passphrase = QLineEdit()
        self.reset_passphrase.setObjectName("reset_passphrase")
        self.reset_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.reset_passphrase.setPlaceholderText(self.tr("new passphrase") if sqlite
                                                 else self.tr("new server password"))
        self.reset_button = QPushButton(self.tr("Reset &passphrase") if sqlite
                                        else self.tr("Set server &password"))
        self.reset_button.setObjectName("reset_passphrase_button")
        self.deactivate_button = QPushButton(self.tr("&Deactivate"))
        self.deactivate_button.setObjectName("deactivate_user")
        row = QHBoxLayout()
        row.addWidget(self.selected_role)
        row.addWidget(self.role_button)
        row.addWidget(self.reset_passphrase)
        row.addWidget(self.reset_button)
        row.addWidget(self.deactivate_button)
        # the lock-out policy (a SQLite ledger's passphrases; the server has its own)
        self.lock_tries = QSpinBox()
        self.lock_tries.setObjectName("lockout_tries")
        self.lock_tries.setAccessibleName(self.tr("Wrong passphrases before a lock-out"))
        self.lock_tries.setRange(*auth.TRIES_RANGE)
        self.lock_tries.setValue(auth.MAX_TRIES)
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setObjectName("lockout_minutes")
        self.lock_minutes.setAccessibleName(self.tr("Minutes a lock-out lasts"))
        self.lock_minutes.setRange(*auth.MINUTES_RANGE)
        self.lock_minutes.setValue(auth.LOCK_MINUTES)
        self.lock_button = QPushButton(self.tr("Set &lock-out"))
        self.lock_button.setObjectName("set_lockout")
        lock = QHBoxLayout()
        lock.addWidget(QLabel(self.tr("Lock a user out after")))
        lock.addWidget(self.lock_tries)
        lock.addWidget(QLabel(self.tr("wrong passphrases in a row, for")))
        lock.addWidget(self.lock_minutes)
        lock.addWidget(QLabel(self.tr("minutes")))
        lock.addWidget(self.lock_button)
        lock.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if not sqlite:
            note = QLabel(self.tr("On PostgreSQL each user logs in as their own database role: "
                                  "adding a user here creates their login role in its group, "
                                  "a new role moves it, and deactivating refuses it the "
                                  "connection. The database administrator adds the first admin: "
                                  "acsa-desk --db URL admin add-user LOGIN --role admin."))
            note.setObjectName("users_server_note")
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addLayout(form)
        if sqlite:
            layout.addLayout(lock)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self.add)
        self.role_button.clicked.connect(self.change_role)
        self.reset_button.clicked.connect(self.reset)
        self.deactivate_button.clicked.connect(self.deactivate)
        self.lock_button.clicked.connect(self.set_lockout)
        self.table.itemSelectionChanged.connect(self._selected)
        self._fill()
        if sqlite:
            ledger = context.ledger

            def policy() -> tuple[int, int]:
                with ledger.reader() as session:
                    return auth.lockout_policy(session=session)

            context.tasks.run(policy, on_success=self._show_policy, title=self.tr("Users"))

    def _show_policy(self, policy: tuple[int, int]) -> None:
        self.lock_tries.setValue(policy[0])
        self.lock_minutes.setValue(policy[1])

    def _fill(self) -> None:
        self.table.setRowCount(0)
        for person in self.people.people:
            r = self.table.rowCount()
            self.table.insertRow(r)
            cells = (person.login, person.shown, role_name(person.role),
                     self.tr("yes") if person.active else self.tr("no"),
                     self.tr("set") if person.has_passphrase else "")
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self._selected()

    def _selected(self) -> None:
        login = self.selected_login()
        for button in (self.role_button, self.reset_button, self.deactivate_button):
            button.setEnabled(login is not None)
        if login is not None:
            self.selected_role.setCurrentIndex(max(0, self.selected_role.findData(
                self.people.role_of(login))))

    def select(self, login: str) -> bool:
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            if item is not None and item.text() == login:
                self.table.selectRow(r)
                return True
        return False

    def selected_login(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return item.text() if item is not None else None

    # --- changes, each in a unit of work as the admin ---

    def _run(self, work: Callable[[Ledger, str], object], done_text: str) -> None:
        ledger, admin = self.context.ledger, self.context.actor

        def job() -> People:
            work(ledger, admin)
            return load_people(ledger, admin)

        def done(people: People) -> None:
            self.people = people
            self.context.people = people
            self.message.setText(done_text)
            self._fill()
            emit(self.changed)

        def refused(error: LedgerError) -> None:
            self.message.setText(ui_message(str(error)))

        self.message.setText("")
        self.context.tasks.run(job, on_success=done, on_failure=refused, title=self.tr("Users"))

    def add(self) -> None:
        login, name, rank = self.login.text(), self.name.text(), self.rank.text()
        role = str(self.role.currentData())
        passphrase = self.passphrase.text() or (None if not self.context.ledger.is_sqlite
                                                else "")

        def work(ledger: Ledger, admin: str) -> None:
            with ledger.session(actor=admin) as session:
                auth.register(session=session, login=login, role=role, by=admin,
                              passphrase=passphrase, display_name=name, rank=rank)

        self.passphrase.clear()
        self._run(work, self.tr("{login} added.").format(login=login.strip()))

    def change_role(self) -> None:
        login, role = self.selected_login(), str(self.selected_role.currentData())
        if login is None:
            return

        def work(ledger: Ledger, admin: str) -> None:
            with ledger.session(actor=admin) as session:
                users.set_role(session=session, login=login, role=role, by=admin)

        self._run(work, self.tr("{login} is now {role}.").format(login=login,
                                                                 role=role_name(role)))

    def reset(self) -> None:
        login, passphrase = self.selected_login(), self.reset_passphrase.text()
        if login is None:
            return

        def work(ledger: Ledger, admin: str) -> None:
            with ledger.session(actor=admin) as session:
                auth.set_passphrase(session=session, login=login, passphrase=passphrase, by=admin)

        self.reset_passphrase.clear()
        self._run(work, self.tr("Passphrase of {login} reset.").format(login=login))

    def deactivate(self) -> None:
        login = self.selected_login()
        if login is None:
            return

        def work(ledger: Ledger, admin: str) -> None:
            with ledger.session(actor=admin) as session:
                users.deactivate(session=session, login=login, by=admin)

        self._run(work, self.tr("{login} can no longer act; their records stay theirs.").format(
            login=login))

    def set_lockout(self) -> None:
        tries, minutes = self.lock_tries.value(), self.lock_minutes.value()

        def work(ledger: Ledger, admin: str) -> None:
            with ledger.session(actor=admin) as session:
                auth.set_lockout_policy(session=session, by=admin, tries=tries, minutes=minutes)

        self._run(work, self.tr("{tries} wrong passphrases in a row now lock a user out for "
                                "{minutes} minutes.").format(tries=tries, minutes=minutes))
