"""Preferences > Users: an admin adds a user, changes a role, resets a passphrase and
deactivates a user; each refusal is said in the panel and changes nothing."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from acsa_desk.core.errors import LedgerError
from acsa_desk.db.engine import Ledger, open_ledger
from acsa_desk.services import auth, users
from acsa_desk.ui.people import load_people
from acsa_desk.ui.preferences import LedgerPreferences, PreferencesDialog
from acsa_desk.ui.users_panel import UsersPanel
from tests.ui.app.conftest import WAIT_MS


@pytest.fixture
def one_admin(tmp_path) -> Ledger:
    ledger = open_ledger(tmp_path / "l.sqlite")
    with ledger.session(actor="anne") as s:
        users.ensure_first_user(session=s, login="anne")
    yield ledger
    ledger.close()


def click(qtbot: QtBot, panel: UsersPanel, button) -> str:
    """Presses the button and waits for the panel's answer."""
    assert button.isEnabled()
    panel.message.setText("")
    button.click()
    qtbot.waitUntil(lambda: panel.message.text() != "", timeout=WAIT_MS)
    return panel.message.text()


def test_an_admin_manages_the_users_in_preferences(qtbot: QtBot, one_admin: Ledger,
                                                    make_context, settings, crashes) -> None:
    context = make_context(one_admin, actor="anne")
    context.people = load_people(one_admin, "anne")
    panel = UsersPanel(context)
    dialog = PreferencesDialog(settings, LedgerPreferences(), None, panel)
    qtbot.addWidget(dialog)
    assert dialog.users is panel
    panel.login.setText("Tremblay")
    panel.name.setText("Tremblay")
    panel.rank.setText("Lt(N)")
    panel.role.setCurrentIndex(panel.role.findData("officer"))
    panel.passphrase.setText("officer passphrase")
    assert "set your own passphrase first" in click(qtbot, panel, panel.add_button)
    with one_admin.session(actor="anne") as s:
        auth.set_passphrase(session=s, login="anne", passphrase="admin passphrase", by="anne")
    panel.passphrase.setText("officer passphrase")
    assert click(qtbot, panel, panel.add_button) == "Tremblay added."
    assert [panel.table.item(r, 0).text() for r in range(panel.table.rowCount())] == [
        "anne", "tremblay"]
    assert context.people.certifiers(excluding="anne")[0].shown == "Lt(N) Tremblay"
    panel.login.setText("TREMBLAY")
    panel.passphrase.setText("another passphrase")
    assert "already a user" in click(qtbot, panel, panel.add_button)
    assert panel.select("tremblay")
    assert panel.selected_login() == "tremblay" and panel.role_button.isEnabled()
    panel.selected_role.setCurrentIndex(panel.selected_role.findData("clerk"))
    assert click(qtbot, panel, panel.role_button) == "tremblay is now clerk."
    assert panel.select("tremblay")
    panel.reset_passphrase.setText("a new passphrase")
    assert click(qtbot, panel, panel.reset_button) == "Passphrase of tremblay reset."
    assert auth.authenticate(one_admin, "tremblay", "a new passphrase").role == "clerk"
    assert panel.select("tremblay")
    assert "can no longer act" in click(qtbot, panel, panel.deactivate_button)
    with one_admin.reader() as s:
        assert not users.find_user(session=s, login="tremblay").active
    assert panel.select("anne")
    assert "last admin" in click(qtbot, panel, panel.deactivate_button)


def test_only_an_admin_adds_users(qtbot: QtBot, one_admin: Ledger, make_context) -> None:
    with one_admin.session(actor="anne") as s:
        auth.set_passphrase(session=s, login="anne", passphrase="admin passphrase", by="anne")
        auth.register(session=s, login="roy", role="clerk", by="anne",
                      passphrase="clerk passphrase")
    context = make_context(one_admin, actor="roy")
    context.people = load_people(one_admin, "roy")
    panel = UsersPanel(context)
    qtbot.addWidget(panel)
    panel.login.setText("mallory")
    panel.passphrase.setText("mallory passphrase")
    assert click(qtbot, panel, panel.add_button) == "only an admin can add users"
    with one_admin.reader() as s:
        assert users.find_user(session=s, login="mallory") is None


def test_an_admin_sets_the_lock_out_policy(qtbot: QtBot, one_admin: Ledger, make_context) -> None:
    with one_admin.session(actor="anne") as s:
        auth.set_passphrase(session=s, login="anne", passphrase="admin passphrase", by="anne")
        auth.register(session=s, login="roy", role="clerk", by="anne",
                      passphrase="clerk passphrase")
    context = make_context(one_admin, actor="anne")
    context.people = load_people(one_admin, "anne")
    panel = UsersPanel(context)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.lock_tries.value() == auth.MAX_TRIES, timeout=WAIT_MS)
    panel.lock_tries.setValue(3)
    panel.lock_minutes.setValue(2)
    assert click(qtbot, panel, panel.lock_button) == (
        "3 wrong passphrases in a row now lock a user out for 2 minutes.")
    for _ in range(2):
        with pytest.raises(LedgerError, match="wrong passphrase"):
            auth.authenticate(one_admin, "roy", "not it at all")
    with pytest.raises(LedgerError, match="locked out for 2 minutes"):
        auth.authenticate(one_admin, "roy", "not it at all")
