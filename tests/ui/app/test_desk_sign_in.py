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
    pages = desk.window.centralWidget()
    assert not pages.isVisible()  # no figure of the ledger behind the sign-in
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
    assert pages.isVisible()
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


def test_nobody_signed_in_is_offered_sign_in_another_ledger_or_quit(
    qtbot: QtBot, desk: Desk, shared: Ledger, tmp_path
) -> None:
    desk.start(shared)
    who = desk.controller.who
    qtbot.waitUntil(lambda: who.dialog is not None and who.dialog.isVisible(), timeout=WAIT_MS)
    dialog = who.dialog
    texts = [b.text() for b in dialog.buttons.buttons()]
    assert {"&Sign in", "&Open another ledger…", "&Quit"} <= set(texts)
    quit_blocker = []
    who.declined.connect(lambda: quit_blocker.append(True))
    dialog.reject()  # Escape, or the dialog's close button: never quits by accident
    dialog.close()
    assert dialog.isVisible() and not quit_blocker and desk.window.isVisible()
    assert "sign in, open another ledger, or quit" in dialog.message.text()
    # Open another ledger...: cancelling the file dialog leaves the sign-in asked
    desk.dialogs.answer_open_file(None)
    dialog.other_button.click()
    assert dialog.isVisible() and who.dialog is dialog
    # choosing one opens it; the old sign-in is withdrawn, and the window stays
    other = tmp_path / "mine.sqlite"
    open_ledger(other).close()
    desk.dialogs.answer_open_file(other)
    with qtbot.waitSignal(desk.controller.ledger_opened, timeout=WAIT_MS):
        dialog.other_button.click()
    desk.idle()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    assert not quit_blocker and desk.window.isVisible()
    assert desk.controller.ledger.path == other
    qtbot.waitUntil(lambda: desk.window.user_label.text().startswith("User: "), timeout=WAIT_MS)


def test_quit_in_the_sign_in_closes_the_program(qtbot: QtBot, desk: Desk, shared: Ledger) -> None:
    desk.start(shared)
    who = desk.controller.who
    qtbot.waitUntil(lambda: who.dialog is not None and who.dialog.isVisible(), timeout=WAIT_MS)
    with qtbot.waitSignal(who.declined, timeout=WAIT_MS):
        who.dialog.quit_button.click()
    qtbot.waitUntil(lambda: not desk.window.isVisible(), timeout=WAIT_MS)
