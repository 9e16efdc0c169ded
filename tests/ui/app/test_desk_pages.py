"""The Exercises, Settlements and History pages, driven as a user would."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from acsa_desk.db import audit
from acsa_desk.db.engine import Ledger
from acsa_desk.db.models import SettlementApproval
from acsa_desk.services import agreements, reference
from acsa_desk.services.demo import fill_demo
from acsa_desk.services.queries import OrderFilter
from acsa_desk.ui.context import AppContext
from acsa_desk.ui.dialogs import ScriptedDialogs
from acsa_desk.ui.exercises import ExerciseDialog, ExercisesPage
from acsa_desk.ui.history import HistoryFilter, HistoryPage
from acsa_desk.ui.settlements import SettlementsPage
from tests.conftest import ACTOR, admin_in
from tests.ui.app.conftest import TODAY, WAIT_MS, Known, add_order, wait_idle

ContextFactory = Callable[..., AppContext]
#: Audit entries per page in the history tests (the application's page is larger).
PAGE = 20


def show(qtbot: QtBot, page: object) -> None:
    qtbot.addWidget(page)  # type: ignore[arg-type]
    page.resize(1100, 700)  # type: ignore[attr-defined]
    page.show()  # type: ignore[attr-defined]
    qtbot.waitExposed(page)  # type: ignore[arg-type]


def names_in(ledger: Ledger) -> list[str]:
    with ledger.reader() as s:
        return sorted(e.name for e in reference.list_exercises(session=s))


# --- exercises --------------------------------------------------------------------------------------


@pytest.fixture
def exercises(qtbot: QtBot, ledger: Ledger, known: Known, make_context: ContextFactory) -> ExercisesPage:
    page = ExercisesPage(make_context(ledger))
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        show(qtbot, page)
    return page


def open_new(qtbot: QtBot, page: ExercisesPage) -> ExerciseDialog:
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.editor
    assert dialog is not None and dialog.isVisible()
    return dialog


def press_ok(qtbot: QtBot, dialog: ExerciseDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_the_list_shows_each_exercise_with_its_partners_and_orders(exercises: ExercisesPage) -> None:
    model = exercises.model
    assert model.rowCount() == 1
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row == ["KAEDEX 2025", "Training or exercise", "2025-06-01", "2025-06-20", "Sea of Japan",
                   "JPN", "4"]


def test_selecting_an_exercise_shows_its_balances(qtbot: QtBot, exercises: ExercisesPage) -> None:
    with qtbot.waitSignal(exercises.balances_loaded, timeout=WAIT_MS):
        exercises.view.selectRow(0)
    balances = exercises.balances_model
    assert [[balances.index(r, c).data() for c in range(5)] for r in range(balances.rowCount())] == [
        ["JPN", "CAD", "$160.00", "$0.00", "$160.00"],
        ["JPN", "JPY", "JP¥0", "JP¥1,500", "-JP¥1,500"],
    ]
    assert exercises.balances_heading.text() == "Balances of KAEDEX 2025"


def test_double_clicking_a_balance_lists_the_exercises_orders(
    qtbot: QtBot, exercises: ExercisesPage, known: Known
) -> None:
    with qtbot.waitSignal(exercises.balances_loaded, timeout=WAIT_MS):
        exercises.view.selectRow(0)
    view = exercises.balances_view
    index = view.model().index(1, 3)  # JPY payable
    where = view.visualRect(index).center()
    with qtbot.waitSignal(exercises.context.events.show_orders, timeout=WAIT_MS) as shown:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert shown.args == [OrderFilter(exercise_id=known.exercise_id, partner="JPN", direction="received")]


def test_the_editor_refuses_an_end_before_the_start_beside_the_field(
    qtbot: QtBot, exercises: ExercisesPage, ledger: Ledger
) -> None:
    dialog = open_new(qtbot, exercises)
    qtbot.keyClicks(dialog.name, "Operation NEON 2026")
    dialog.starts_on.setDate(QDate(2026, 7, 10))
    dialog.ends_on.setDate(QDate(2026, 7, 1))
    assert dialog.message_for("ends_on") == "The end is before the start (2026-07-10)."
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.message_label("ends_on").isVisible()
    assert dialog.message_for("ends_on") == "The end is before the start (2026-07-10)."
    wait_idle(qtbot, exercises.context.tasks)
    assert names_in(ledger) == ["KAEDEX 2025"]


def test_the_editor_refuses_a_bad_partner_code_and_a_missing_name(
    qtbot: QtBot, exercises: ExercisesPage, ledger: Ledger
) -> None:
    dialog = open_new(qtbot, exercises)
    dialog.partners.setText("JPN, XYZ")
    press_ok(qtbot, dialog)
    assert dialog.message_for("name") == "Give the exercise or operation a name."
    assert dialog.message_for("partners") == "XYZ is not an ISO 3166 country code."
    assert dialog.isVisible()
    assert names_in(ledger) == ["KAEDEX 2025"]


def test_a_name_already_taken_is_refused_by_the_service_beside_the_name(
    qtbot: QtBot, exercises: ExercisesPage, ledger: Ledger
) -> None:
    dialog = open_new(qtbot, exercises)
    qtbot.keyClicks(dialog.name, "KAEDEX 2025")
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.message_for("name") != "", timeout=WAIT_MS)
    assert dialog.message_for("name") == "an exercise named 'KAEDEX 2025' already exists"
    assert dialog.isVisible()


def test_a_new_exercise_is_saved_and_listed(qtbot: QtBot, exercises: ExercisesPage, ledger: Ledger) -> None:
    dialog = open_new(qtbot, exercises)
    qtbot.keyClicks(dialog.name, "Operation NEON 2026")
    dialog.activity_type.setCurrentIndex(dialog.activity_type.findData("routine"))
    dialog.starts_on.setDate(QDate(2026, 7, 1))
    dialog.ends_on.setDate(QDate(2026, 9, 30))
    qtbot.keyClicks(dialog.place, "East China Sea")
    qtbot.keyClicks(dialog.partners, "jpn usa")
    with qtbot.waitSignal(exercises.loaded, timeout=WAIT_MS):
        press_ok(qtbot, dialog)
    wait_idle(qtbot, exercises.context.tasks)
    assert names_in(ledger) == ["KAEDEX 2025", "Operation NEON 2026"]
    chosen = exercises.selected()
    assert chosen is not None and chosen.name == "Operation NEON 2026"
    assert chosen.partners == ("JPN", "USA") and chosen.activity_type == "routine"
    assert chosen.starts_on == date(2026, 7, 1)


def test_editing_keeps_unknown_dates_unknown(
    qtbot: QtBot, ledger: Ledger, make_context: ContextFactory
) -> None:
    with ledger.session(actor=ACTOR) as s:
        exercise_id = reference.create_exercise(
            session=s, data=reference.ExerciseInput(name="Imported exercise")).id
    context = make_context(ledger)
    dialog = ExerciseDialog(context, exercise_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.isEnabled, timeout=WAIT_MS)
    assert dialog.starts_on.value() is None and dialog.starts_on.text() == "not set"
    dialog.place.setText("Yokosuka")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        dialog.accept()
    with ledger.reader() as s:
        saved = reference.get_exercise(session=s, exercise_id=exercise_id)
        assert (saved.place, saved.starts_on, saved.ends_on) == ("Yokosuka", None, None)


# --- settlements ------------------------------------------------------------------------------------


@pytest.fixture
def settled(ledger: Ledger, known: Known) -> int:
    """A second partly settled order whose settlement "clerk" entered (not yet approved)."""
    return add_order(ledger, known.exercise_id, "F-SETTLED", delivered=TODAY, settle=2500)


def settlements_page(qtbot: QtBot, context: AppContext) -> SettlementsPage:
    page = SettlementsPage(context)
    show(qtbot, page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and page.model.is_complete(), timeout=WAIT_MS)
    return page


def test_settlements_are_listed_newest_first(
    qtbot: QtBot, ledger: Ledger, settled: int, make_context: ContextFactory
) -> None:
    page = settlements_page(qtbot, make_context(ledger))
    rows = [[page.model.index(r, c).data() for c in range(page.model.columnCount())] for r in range(2)]
    assert rows == [
        ["F-SETTLED", "2026-06-30", "Cash", "$25.00", "PAY-F-SETTLED", ACTOR, "awaiting approval"],
        ["D-PART", "2026-06-20", "Cash", "$40.00", "PAY-D-PART", ACTOR, "awaiting approval"],
    ]
    assert page.status_label.text() == "2 settlements"


def test_approval_is_certified_by_a_chosen_officer_other_than_who_entered_it(
    qtbot: QtBot, ledger: Ledger, settled: int, make_context: ContextFactory, dialogs: ScriptedDialogs
) -> None:
    from acsa_desk.services import marking as marking_svc

    context = make_context(ledger, actor=ACTOR)
    with ledger.reader() as s:  # the window's marking: what the ledger as a whole carries
        context.marking.set_rendering(marking_svc.rendering(
            session=s, marking=marking_svc.marking_for(session=s)))
    page = settlements_page(qtbot, context)
    page.view.selectRow(0)
    assert page.approve_button.isEnabled()
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    dialog = page.approve_dialog
    assert dialog is not None and dialog.isVisible()
    # it shows the settlement's order and amount: under the ledger's marking, as every window
    assert dialog.banners.top.marking() == dialog.banners.bottom.marking() == "UNCLASSIFIED"
    box = dialog.countersign
    offered = [box.officer.itemData(i) for i in range(box.officer.count())]
    assert offered == [None, "o", "officer", "officer2"]  # chosen, never typed; not the clerk
    dialog.accept()  # nobody chosen: refused on the spot
    assert "choose the officer who certifies this" in dialog.message.text()
    with ledger.reader() as s:
        assert s.query(SettlementApproval).count() == 0
    assert box.choose("officer2")
    with qtbot.waitSignal(page.approved, timeout=WAIT_MS):
        dialog.accept()
    with ledger.reader() as s:
        assert [a.approved_by for a in s.query(SettlementApproval)] == ["officer2"]


def test_another_officer_approves_and_the_filter_follows(
    qtbot: QtBot, ledger: Ledger, settled: int, make_context: ContextFactory
) -> None:
    page = settlements_page(qtbot, make_context(ledger, actor="officer"))
    qtbot.mouseClick(page.awaiting_only, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.is_complete() and page.model.rowCount() == 2, timeout=WAIT_MS)
    page.view.selectRow(0)
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert page.approve_dialog.countersign.chosen() == "officer"  # the officer working
    with qtbot.waitSignal(page.approved, timeout=WAIT_MS):
        page.approve_dialog.accept()
    qtbot.waitUntil(lambda: page.model.is_complete() and page.model.rowCount() == 1, timeout=WAIT_MS)
    assert page.model.row_at(0).order_number == "D-PART"
    assert page.status_label.text() == "1 awaiting approval"
    with ledger.reader() as s:
        assert [a.approved_by for a in s.query(SettlementApproval)] == ["officer"]


def test_double_clicking_a_settlement_opens_its_order(
    qtbot: QtBot, ledger: Ledger, settled: int, make_context: ContextFactory
) -> None:
    page = settlements_page(qtbot, make_context(ledger))
    view = page.view
    where = view.visualRect(view.model().index(0, 0)).center()
    with qtbot.waitSignal(page.context.events.open_order, timeout=WAIT_MS) as opened:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert opened.args == [settled]


# --- history ----------------------------------------------------------------------------------------


@pytest.fixture
def busy_ledger(ledger: Ledger) -> Ledger:
    """Enough audit entries for several pages (demo orders write one entry per row)."""
    with ledger.session(actor="demo") as s:
        fill_demo(session=s, orders=60, seed=3, today=TODAY)
    with ledger.session(actor="clerk") as s:
        reference.create_exercise(session=s, data=reference.ExerciseInput(name="Clerk's exercise"))
    return ledger


def entry_count(ledger: Ledger, flt: HistoryFilter | None = None) -> int:
    from acsa_desk.db.models import AuditEntry

    with ledger.reader() as s:
        query = s.query(AuditEntry)
        if flt is not None and flt.entity:
            query = query.filter(AuditEntry.entity == flt.entity)
        if flt is not None and flt.actor:
            query = query.filter(AuditEntry.actor.contains(flt.actor))
        return query.count()


@pytest.fixture
def history(qtbot: QtBot, busy_ledger: Ledger, make_context: ContextFactory) -> HistoryPage:
    page = HistoryPage(make_context(busy_ledger), page_size=PAGE)
    show(qtbot, page)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=WAIT_MS)
    return page


def test_the_trail_is_paged_newest_first(qtbot: QtBot, history: HistoryPage, busy_ledger: Ledger) -> None:
    total = entry_count(busy_ledger)
    model = history.model
    assert total > 3 * model.page_size
    wait_idle(qtbot, history.context.tasks)
    # a page at a time, as many as the view needs to fill itself
    assert model.rowCount() % model.page_size == 0 and model.rowCount() < total
    first = model.row_at(0)
    assert (first.actor, first.entity, first.action) == ("clerk", "exercise", "insert")
    assert model.index(0, 3).data() == "Exercise"
    assert model.canFetchMore()
    while model.canFetchMore() or model.is_loading():
        if model.canFetchMore():
            model.fetchMore()
        qtbot.waitUntil(lambda: not model.is_loading(), timeout=WAIT_MS)
    assert model.rowCount() == total
    ids = [model.row_at(r).id for r in range(model.rowCount())]
    assert ids == sorted(ids, reverse=True)


def test_the_view_fetches_more_as_it_scrolls(qtbot: QtBot, history: HistoryPage) -> None:
    model = history.model
    wait_idle(qtbot, history.context.tasks)
    shown = model.rowCount()
    history.view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > shown, timeout=WAIT_MS)


def test_filter_by_record_and_by_who(qtbot: QtBot, history: HistoryPage, busy_ledger: Ledger) -> None:
    history.set_filter(HistoryFilter(entity="exercise"))
    qtbot.waitUntil(lambda: history.model.is_complete(), timeout=WAIT_MS)
    rows = history.model.rows()
    assert len(rows) == entry_count(busy_ledger, HistoryFilter(entity="exercise"))
    assert {r.entity for r in rows} == {"exercise"}
    history.entity.setCurrentIndex(0)  # all records
    qtbot.keyClicks(history.actor, "CLER")
    qtbot.waitUntil(lambda: history.current_filter() == HistoryFilter(actor="CLER")
                    and history.model.is_complete(), timeout=WAIT_MS)
    assert {r.actor for r in history.model.rows()} == {"clerk"}
    assert history.model.rowCount() == entry_count(busy_ledger, HistoryFilter(actor="clerk"))


def test_verify_chain_reports_ok_and_the_head(
    qtbot: QtBot, history: HistoryPage, busy_ledger: Ledger
) -> None:
    with qtbot.waitSignal(history.verified, timeout=WAIT_MS) as done:
        qtbot.mouseClick(history.verify_button, Qt.MouseButton.LeftButton)
    report = done.args[0]
    assert report.ok
    with busy_ledger.reader() as s:
        head = audit.chain_head(s)
    text = history.verify_result.text()
    assert text.startswith("OK: ") and "MAC-checked" in text and f":{head[:32]}" in text
    assert history.verify_result.isVisible()


def test_anchors_are_written_down_listed_and_checked_from_paper(
    qtbot: QtBot, history: HistoryPage, busy_ledger: Ledger, tmp_path: Path
) -> None:
    panel = history.anchors
    panel.refresh()
    qtbot.waitUntil(lambda: panel.current.text().startswith("acsa1:"), timeout=WAIT_MS)
    anchor = panel.current.text()
    qtbot.mouseClick(panel.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.written.count() == 1, timeout=WAIT_MS)
    assert panel.written.item(0).text().startswith(anchor + " ")
    panel.typed.setText(anchor[:-10])  # typed from paper, shortened: still 22 hex digits
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.result.text().startswith("OK: "), timeout=WAIT_MS)
    count = int(anchor.split(":")[1])
    panel.typed.setText(f"acsa1:{count}:{'0' * 20}")
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "rewritten" in panel.result.text(), timeout=WAIT_MS)
    assert panel.result.text().startswith("PROBLEM: ")
    panel.typed.setText(f"acsa1:{count + 5}:{anchor.split(':')[2]}")
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "cut short" in panel.result.text(), timeout=WAIT_MS)
    history.resize(1100, 700)
    history.grab().save("/tmp/h11-history-anchors.png")


# --- model tester -----------------------------------------------------------------------------------


def test_every_page_model_passes_the_model_tester(
    qtmodeltester: object, qtbot: QtBot, busy_ledger: Ledger, make_context: ContextFactory
) -> None:
    context = make_context(busy_ledger)
    with busy_ledger.session(actor="admin") as s:  # the demo's JPN agreement names who may sign
        agreements.add_official(session=s, actor=admin_in(s), data=agreements.OfficialInput(
            partner_code="JPN", name="Anne Tremblay", rank="Cdr", limit_minor=10**12,
            limit_currency="CAD", valid_from=date(2000, 1, 1), login="officer"))
    known_rows = add_order(busy_ledger, 1, "G-SETTLED", delivered=TODAY, settle=100)
    assert known_rows
    exercises = ExercisesPage(context)
    with qtbot.waitSignal(exercises.loaded, timeout=WAIT_MS):
        show(qtbot, exercises)
    with qtbot.waitSignal(exercises.balances_loaded, timeout=WAIT_MS):
        exercises.view.selectRow(0)
    settlements = SettlementsPage(context)
    show(qtbot, settlements)
    history = HistoryPage(context)
    show(qtbot, history)
    for model in (settlements.model, history.model):
        qtbot.waitUntil(lambda m=model: m.rowCount() > 0 and not m.is_loading(), timeout=WAIT_MS)
    for model in (exercises.model, exercises.balances_model, settlements.model, history.model):
        qtmodeltester.check(model)  # type: ignore[attr-defined]
    exercises.model.sort(0, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(exercises.model)  # type: ignore[attr-defined]


