"""The window on a shared laptop: it asks who is working, refuses a wrong passphrase, and
names the person from the users table in the status bar; a single-user ledger is told how
four eyes becomes possible."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from acsa_desk.db.engine import Ledger, open_ledger
from acsa_desk.services import auth, users
from tests.ui.app.conftest import WAIT_MS, Desk


@pytest.fixture
def shared(tmp_path) -> Ledger:
    ledger = open_ledger(tmp_path / "shared.sqlite")
    with ledger.session(actor="admin") as s:
        users.ensure_first_user(session=s, login="admin")
        auth.set_passphrase(session=s, login="admin", passphrase="admin passphrase", by="admin")
        users.add_user(session=s, login="Tremblay", role="officer", by="admin",
                       display_name="Tremblay", rank="Lt(N)")
        auth.set_passphrase(session=s, login="tremblay", passphrase="officer passphrase",
                            by="admin")
    yield ledger
    ledger.close()


def test_a_shared_ledger_asks_who_is_working(qtbot: QtBot, desk: Desk, shared: Ledger) -> None:
    desk.start(shared)
    who = desk.controller.who
    qtbot.waitUntil(lambda: who.dialog is not None and who.dialog.isVisible(), timeout=WAIT_MS)
    dialog = who.dialog
    assert dialog.choose("tremblay")
    dialog.passphrase.setText("wrong passphrase")
    dialog.accept()
    qtbot.waitUntil(lambda: "wrong passphrase for tremblay" in dialog.message.text(),
                    timeout=WAIT_MS)
    assert desk.controller.context.actor != "tremblay"
    dialog.passphrase.setText("officer passphrase")
    with qtbot.waitSignal(who.identified, timeout=WAIT_MS) as identified:
        dialog.accept()
    assert identified.args == ["tremblay"]
    assert desk.controller.context.actor == "tremblay"
    assert desk.window.user_label.text() == "User: Lt(N) Tremblay (tremblay, officer)"


def test_a_single_user_ledger_uses_the_login_and_says_how_to_add_a_second(
    qtbot: QtBot, desk: Desk, tmp_path
) -> None:
    alone = open_ledger(tmp_path / "alone.sqlite")
    desk.start(alone)
    qtbot.waitUntil(lambda: desk.window.user_label.text().startswith("User: "), timeout=WAIT_MS)
    assert desk.controller.who.dialog is None
    assert desk.window.user_label.text() == "User: clerk (clerk, admin)"  # its first user
    with alone.reader() as s:
        assert users.find_user(session=s, login="clerk").role == "admin"
    alone.close()
