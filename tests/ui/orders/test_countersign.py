"""Four eyes on one laptop: a clerk signed in, the officer countersigns in the step's dialog
with their own passphrase (a wrong one is refused and counted), and the order goes from
request to closed without anyone restarting the program."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from acsa_desk.db.engine import Ledger, open_ledger
from acsa_desk.db.models import AuditEntry, SettlementApproval
from acsa_desk.services import auth, orders, reference, users
from acsa_desk.ui.context import AppContext
from acsa_desk.ui.orders import open_order_editor
from acsa_desk.ui.orders.steps import SettlementDialog, SignDialog
from tests.conftest import order_input
from tests.ui.orders.conftest import ContextFactory

TIMEOUT_MS = 15_000
CLERK_PASS, OFFICER_PASS = "clerk passphrase", "officer passphrase"


@pytest.fixture
def laptop(tmp_path) -> Ledger:
    """One laptop's ledger: Roy the clerk and Lt(N) Tremblay the officer, each with a
    passphrase (and the admin who added them)."""
    ledger = open_ledger(tmp_path / "laptop.sqlite")
    with ledger.session(actor="admin") as s:
        users.ensure_first_user(session=s, login="admin")
        auth.set_passphrase(session=s, login="admin", passphrase="admin passphrase", by="admin")
        users.add_user(session=s, login="roy", role="clerk", by="admin", display_name="M. Roy",
                       rank="PO1")
        users.add_user(session=s, login="Tremblay", role="officer", by="admin",
                       display_name="Tremblay", rank="Lt(N)")
        auth.set_passphrase(session=s, login="roy", passphrase=CLERK_PASS, by="admin")
        auth.set_passphrase(session=s, login="tremblay", passphrase=OFFICER_PASS, by="admin")
    with ledger.session(actor="roy") as s:
        exercise = reference.create_exercise(session=s, data=reference.ExerciseInput(
            name="KAEDEX 2025", partners=("JPN",)))
        orders.create_order(session=s, data=order_input(exercise.id), actor="roy")
    yield ledger
    ledger.close()


def run_step(qtbot: QtBot, editor, action: str, fill) -> object:
    editor.step_actions[action].trigger()
    dialog = editor.step_dialog
    fill(dialog)
    with qtbot.waitSignal(editor.step_recorded, timeout=TIMEOUT_MS):
        dialog.accept()
    return dialog


def test_a_clerk_and_an_officer_complete_four_eyes_on_one_laptop(
    qtbot: QtBot, laptop: Ledger, make_context: ContextFactory
) -> None:
    context: AppContext = make_context(laptop)
    from acsa_desk.ui.people import load_people

    context.people = load_people(laptop, "roy")
    context.actor = "roy"  # the clerk signed in
    assert context.people.needs_sign_in
    editor = open_order_editor(context, 1)
    qtbot.addWidget(editor, before_close_func=lambda e: e.undo_stack.setClean())

    editor.step_actions["sign"].trigger()
    dialog = editor.step_dialog
    assert isinstance(dialog, SignDialog)
    box = dialog.countersign
    assert [box.officer.itemText(i) for i in range(box.officer.count())] == [
        "choose the officer who signs", "admin (admin)", "Lt(N) Tremblay (tremblay)"]  # chosen
    assert box.passphrase.isVisible() or not dialog.isVisible()
    assert "PO1 M. Roy" in dialog.findChild(type(dialog.message), "four_eyes_note").text()
    dialog.ordering_name.setText("Hiroshi Sato")
    dialog.issuing_name.setText("Anne Tremblay")
    assert box.choose("tremblay")
    box.passphrase.setText("not the passphrase")
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=TIMEOUT_MS)
    assert f"wrong passphrase for tremblay ({auth.MAX_TRIES - 1} tries left" in dialog.problem_text()
    assert editor.status_text() == "Requested"
    box.passphrase.setText(OFFICER_PASS)
    with qtbot.waitSignal(editor.step_recorded, timeout=TIMEOUT_MS):
        dialog.accept()
    assert editor.status_text() == "Signed"
    assert editor.history_model.rows()[1][1] == "Lt(N) Tremblay"  # named from the users table
    with laptop.reader() as s:
        order = orders.get_order(session=s, order_id=1)
        assert (order.entered_by, order.our_official_login) == ("roy", "tremblay")
        signed = s.scalars(select(AuditEntry).where(AuditEntry.entity == "acsa_order",
                                                    AuditEntry.action == "update")).all()
        assert signed[-1].actor == "tremblay"  # the officer, authenticated, is who signed

    # the clerk carries on without anyone restarting: delivery (all), receipt, invoice
    run_step(qtbot, editor, "deliver", lambda d: None)
    run_step(qtbot, editor, "receive", lambda d: d.received_by.setText("3佐 田中"))
    run_step(qtbot, editor, "invoice", lambda d: d.reference.setText("INV-1"))
    assert editor.status_text() == "Invoiced"

    # the settlement, approved on the same screen by the officer with their passphrase
    def settle(d) -> None:
        assert isinstance(d, SettlementDialog)
        offered = [d.approved_by.officer.itemData(i) for i in range(d.approved_by.officer.count())]
        assert offered == [None, "admin", "tremblay"]  # the clerk entering it is not offered
        assert d.approved_by.choose("tremblay")
        d.approved_by.passphrase.setText(OFFICER_PASS)

    run_step(qtbot, editor, "settle", settle)
    assert editor.status_text() == "Closed"
    with laptop.reader() as s:
        approval = s.scalars(select(SettlementApproval)).one()
        assert approval.approved_by == "tremblay"
        actors = {e.actor for e in s.scalars(select(AuditEntry).where(
            AuditEntry.entity.in_(["delivery", "settlement"])))}
        assert actors == {"roy"}
        assert orders.get_order(session=s, order_id=1).status == "closed"

