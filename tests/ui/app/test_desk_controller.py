"""The window wired to the ledger: menus, import with progress and cancel, preferences, first run."""

from __future__ import annotations

import csv
import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

import acsa_desk.ui.controller as controller_module
from acsa_desk.db.engine import Ledger, open_ledger
from acsa_desk.services import marking as marking_svc
from acsa_desk.services import reference
from acsa_desk.services.queries import OrderFilter, count_orders
from acsa_desk.ui import file_actions
from acsa_desk.ui.dashboard import DashboardPage
from acsa_desk.ui.dialogs import DialogKind
from acsa_desk.ui.page import PageId
from acsa_desk.ui.preferences import LedgerPreferences as EditedPreferences
from acsa_desk.ui.settings import Settings
from tests.ui.app.conftest import OFFSCREEN_NOISE, WAIT_MS, Desk, Known, bad_orders_csv, good_orders_csv

GATE_TIMEOUT_S = 10


def orders_in(ledger: Ledger) -> int:
    with ledger.reader() as s:
        return count_orders(session=s, flt=OrderFilter())


def exercises_in(ledger: Ledger) -> list[str]:
    with ledger.reader() as s:
        return sorted(e.name for e in reference.list_exercises(session=s))


def dump(ledger: Ledger) -> list[str]:
    assert ledger.path is not None
    con = sqlite3.connect(ledger.path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


# --- first run ---------------------------------------------------------------------------------------


def test_an_empty_ledger_opens_on_the_welcome_page(desk: Desk, ledger: Ledger) -> None:
    summary = desk.start(ledger)
    assert summary.empty
    assert desk.window.stack.currentWidget() is desk.window.welcome_page
    assert desk.window.current_page_id() is None
    assert desk.window.top_banner.marking() == "UNCLASSIFIED"  # the ledger's default marking


def test_the_welcome_page_stays_when_the_window_shows_after_the_ledger_opened(
    qtbot: QtBot, settings: Settings, dialogs: object, ledger: Ledger, crashes: list[BaseException]
) -> None:
    """As in acsa-desk: the ledger is opened before the window shows and takes the focus."""
    from acsa_desk.ui.controller import assemble_window

    parts = assemble_window(settings, dialogs, actor="clerk")  # type: ignore[arg-type]
    window = parts.window
    qtbot.addWidget(window)
    with qtbot.waitSignal(parts.controller.ready, timeout=WAIT_MS):
        parts.controller.set_ledger(ledger, remember=False)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not parts.tasks.busy, timeout=WAIT_MS)
    assert window.stack.currentWidget() is window.welcome_page
    assert window.welcome_page.new_exercise_button.hasFocus()
    parts.tasks.shutdown()
    parts.controller.close()


def test_a_ledger_with_orders_opens_on_the_dashboard(desk: Desk, ledger: Ledger, known: Known) -> None:
    summary = desk.start(ledger)
    assert (summary.exercises, summary.orders) == (1, 4)
    assert desk.window.current_page_id() is PageId.DASHBOARD
    # only the page in view is built when a ledger opens; the others on first need
    assert [p for p in PageId if desk.window.is_built(p)] == [PageId.DASHBOARD]
    assert isinstance(desk.window.page(PageId.DASHBOARD), DashboardPage)
    from acsa_desk.ui.page import PlaceholderPage

    assert not [p for p in PageId if isinstance(desk.window.page(p), PlaceholderPage)]
    assert all(desk.window.is_built(p) for p in PageId)


@pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, r"^This plugin does not support raise\(\)$")  # editor.raise_()
def test_an_order_opens_from_the_dashboard_before_the_orders_page_was_ever_built(
    qtbot: QtBot, desk: Desk, ledger: Ledger, known: Known
) -> None:
    from acsa_desk.ui.orders import OrderEditor

    desk.start(ledger)
    assert not desk.window.is_built(PageId.ORDERS)
    assert desk.controller.context is not None
    desk.controller.context.events.request_order(known.overdue)  # a double-click on the dashboard
    editors = [w for w in desk.window.findChildren(OrderEditor) if w.isVisible()]
    assert len(editors) == 1
    desk.controller.context.events.request_order(known.overdue)  # the page answers from now on
    assert [w for w in desk.window.findChildren(OrderEditor) if w.isVisible()] == editors
    desk.idle()
    for editor in editors:
        editor.close()


def test_the_demo_button_opens_a_demo_ledger_and_leaves_the_users_ledger_alone(
    qtbot: QtBot, desk: Desk, ledger: Ledger
) -> None:
    desk.start(ledger)
    before = dump(ledger)
    with qtbot.waitSignal(desk.controller.ledger_opened, timeout=60_000) as opened:
        qtbot.mouseClick(desk.window.welcome_page.demo_button, Qt.MouseButton.LeftButton)
    desk.idle()
    demo: Ledger = opened.args[0]
    assert orders_in(demo) == controller_module.DEMO_ORDERS
    assert desk.controller.ledger is demo
    assert desk.window.current_page_id() is PageId.DASHBOARD
    dashboard = desk.window.page(PageId.DASHBOARD)
    assert isinstance(dashboard, DashboardPage)
    qtbot.waitUntil(lambda: dashboard.balances_model.rowCount() > 0, timeout=WAIT_MS)
    assert "Demo ledger" in desk.window.database_label.text()
    assert dump(ledger) == before  # nothing written to the ledger in use
    demo_folder = demo.path.parent if demo.path else None
    desk.controller.close()
    assert demo_folder is not None and not demo_folder.exists()  # deleted on exit


def test_the_welcome_import_button_imports_and_leaves_the_welcome_page(
    qtbot: QtBot, desk: Desk, ledger: Ledger, tmp_path: Path
) -> None:
    desk.start(ledger)
    desk.dialogs.answer_open_file(good_orders_csv(tmp_path))
    with qtbot.waitSignal(desk.controller.imported, timeout=WAIT_MS):
        qtbot.mouseClick(desk.window.welcome_page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.window.current_page_id() is PageId.DASHBOARD, timeout=WAIT_MS)
    desk.idle()
    assert orders_in(ledger) == 4
    assert exercises_in(ledger) == ["KAEDEX 2025", "Operation NEON 2025"]


def test_the_new_exercise_button_opens_the_editor_and_saving_leaves_the_welcome_page(
    qtbot: QtBot, desk: Desk, ledger: Ledger
) -> None:
    desk.start(ledger)
    qtbot.mouseClick(desk.window.welcome_page.new_exercise_button, Qt.MouseButton.LeftButton)
    from acsa_desk.ui.exercises import ExerciseDialog

    dialog = desk.window.findChild(ExerciseDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.name.setText("Pacific Vanguard 2026")
    dialog.partners.setText("jpn, usa")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    desk.idle()
    assert exercises_in(ledger) == ["Pacific Vanguard 2026"]
    assert desk.window.current_page_id() is PageId.EXERCISES


# --- import from the menus -------------------------------------------------------------------------


def test_importing_a_good_file_from_the_menu_reports_counts_and_refreshes_the_dashboard(
    qtbot: QtBot, desk: Desk, ledger: Ledger, tmp_path: Path, known: Known
) -> None:
    desk.start(ledger)
    dashboard = desk.window.page(PageId.DASHBOARD)
    assert isinstance(dashboard, DashboardPage)
    qtbot.waitUntil(lambda: dashboard.data() is not None, timeout=WAIT_MS)
    partners_before = [b.partner for b in dashboard.data().balances]  # type: ignore[union-attr]
    desk.dialogs.answer_open_file(good_orders_csv(tmp_path))
    with qtbot.waitSignal(desk.controller.imported, timeout=WAIT_MS) as imported:
        desk.window.menu_actions.import_orders.trigger()
    desk.idle()
    result = imported.args[0]
    assert (result.orders, result.lines, result.new_exercises) == (4, 5, ("Operation NEON 2025",))
    shown = desk.dialogs.of_kind(DialogKind.INFORMATION)[-1]
    assert "4 orders (5 lines) imported from orders-good.csv" in shown.text
    assert "New exercises: Operation NEON 2025." in shown.text
    assert orders_in(ledger) == 8
    data = dashboard.data()
    assert data is not None and data.waiting.delivered_without_signatures == 3  # imports are unsigned
    assert partners_before == ["JPN", "JPN"]
    assert dashboard.tiles["delivered_without_signatures"].count() == "3"


def test_a_bad_file_is_refused_with_row_and_column_and_changes_nothing(
    qtbot: QtBot, desk: Desk, ledger: Ledger, tmp_path: Path, known: Known
) -> None:
    desk.start(ledger)
    before = dump(ledger)
    desk.dialogs.answer_open_file(bad_orders_csv(tmp_path))
    task = desk.controller.import_orders()
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
        pass
    desk.idle()
    warning = desk.dialogs.of_kind(DialogKind.WARNING)[-1]
    assert "Nothing was imported" in warning.text
    assert "row 4, column unit_price" in warning.details
    assert dump(ledger) == before


def test_a_bad_settlements_file_lists_every_defect(
    qtbot: QtBot, desk: Desk, ledger: Ledger, tmp_path: Path, known: Known
) -> None:
    desk.start(ledger)
    path = tmp_path / "settlements.csv"
    path.write_text(
        "order_number,settled_on,method,amount,currency\n"
        "NO-SUCH-ORDER,2025-08-01,cash,10.00,CAD\n"
        "A-OVERDUE,01/08/2025,cash,10.00,CAD\n",
        encoding="utf-8",
    )
    before = dump(ledger)
    desk.dialogs.answer_open_file(path)
    task = desk.controller.import_settlements()
    assert task is not None
    with qtbot.waitSignal(task.failed, timeout=WAIT_MS):
        pass
    warning = desk.dialogs.of_kind(DialogKind.WARNING)[-1]
    assert "row 2, column order_number" in warning.details
    assert "row 3, column settled_on" in warning.details
    assert dump(ledger) == before


def test_importing_settlements_from_the_menu(
    qtbot: QtBot, desk: Desk, ledger: Ledger, tmp_path: Path, known: Known
) -> None:
    desk.start(ledger)
    path = tmp_path / "settlements.csv"
    path.write_text("order_number,settled_on,method,amount,currency,reference\n"
                    "D-PART,2026-06-29,cash,60.00,CAD,JMOD 2026-7\n", encoding="utf-8")
    desk.dialogs.answer_open_file(path)
    with qtbot.waitSignal(desk.controller.imported, timeout=WAIT_MS) as imported:
        desk.window.menu_actions.import_settlements.trigger()
    # imported settlements await our officer's approval before they settle an order
    assert (imported.args[0].settlements, imported.args[0].orders_settled) == (1, 0)
    assert "1 settlement imported from settlements.csv; now settled: 0 orders." in \
        desk.dialogs.of_kind(DialogKind.INFORMATION)[-1].text


def big_orders_csv(folder: Path, count: int) -> Path:
    from tests.interchange.conftest import ORDER_HEADER, order_row

    path = folder / "big.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, ORDER_HEADER)
        writer.writeheader()
        for n in range(count):
            writer.writerow(order_row(order_number=f"BIG-{n:05d}", exercise="Exercise BIG"))
    return path


def test_cancelling_a_long_import_leaves_nothing(
    qtbot: QtBot, desk: Desk, ledger: Ledger, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk.start(ledger)
    before = dump(ledger)
    path = big_orders_csv(tmp_path, 1200)  # three chunks of 500
    gate = threading.Event()
    real = file_actions.orders_importer()
    chunks_written: list[int] = []

    def importer_that_waits(**kwargs: object) -> object:
        progress = kwargs.pop("progress")

        def report_then_wait(done: int, total: int) -> None:
            chunks_written.append(done)
            progress(done, total)  # type: ignore[operator]
            gate.wait(GATE_TIMEOUT_S)  # the user presses Cancel now

        return real(progress=report_then_wait, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(file_actions, "orders_importer", lambda: importer_that_waits)
    desk.dialogs.answer_open_file(path)
    task = desk.controller.import_orders()
    assert task is not None

    def press_cancel(_done: int, _total: int) -> None:
        dialog = task.progress_dialog
        button = dialog.findChild(QPushButton) if dialog is not None else None
        if button is not None:
            button.click()  # the progress dialog's Cancel button
        gate.set()

    task.progressed.connect(press_cancel)
    with qtbot.waitSignal(task.cancelled, timeout=WAIT_MS):
        pass
    desk.idle()
    assert chunks_written == [500]  # 500 orders were written, then rolled back
    assert dump(ledger) == before
    assert "cancelled: nothing was imported" in desk.window.status_bar.currentMessage()


def test_cancelling_the_file_picker_does_nothing(desk: Desk, ledger: Ledger) -> None:
    desk.start(ledger)
    desk.dialogs.answer_open_file(None)
    assert desk.controller.import_orders() is None
    desk.dialogs.assert_all_answers_used()


# --- export, backup ----------------------------------------------------------------------------------


def test_export_finance_writes_the_csv_in_the_background(
    qtbot: QtBot, desk: Desk, ledger: Ledger, tmp_path: Path, known: Known
) -> None:
    desk.start(ledger)
    target = tmp_path / "finance.csv"
    desk.dialogs.answer_save_file(target)
    task = desk.controller.export_finance()
    assert task is not None
    with qtbot.waitSignal(task.succeeded, timeout=WAIT_MS) as done:
        pass
    assert done.args == [4]  # one row per order line
    header = target.read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("order_number,exercise,partner,direction")
    assert "4 order lines written" in desk.window.status_bar.currentMessage()


def test_backup_copies_the_ledger_with_sqlites_backup(
    qtbot: QtBot, desk: Desk, ledger: Ledger, tmp_path: Path, known: Known
) -> None:
    from acsa_desk.core import sealed
    from acsa_desk.ui.sealing import SealChoice

    desk.start(ledger)
    target = tmp_path / "backup.sqlite"
    desk.dialogs.answer_save_file(target)
    # a backup outside the ledger's backups/ folder is sealed by the ledger's default policy
    desk.dialogs.answer_seal(SealChoice(True, "correct horse battery staple"))
    task = desk.controller.backup()
    assert task is not None
    with qtbot.waitSignal(task.succeeded, timeout=WAIT_MS):
        pass
    assert not target.exists()
    opened = tmp_path / "opened.sqlite"
    sealed.open_file(tmp_path / "backup.sqlite.acsa", opened,
                     passphrase="correct horse battery staple")
    copy = open_ledger(opened)
    try:
        assert orders_in(copy) == 4
    finally:
        copy.close()
    assert not (tmp_path / "backup.sqlite.partial").exists()


def test_backup_refuses_to_overwrite_the_ledger_itself(desk: Desk, ledger: Ledger) -> None:
    desk.start(ledger)
    assert ledger.path is not None
    desk.dialogs.answer_save_file(ledger.path)
    assert desk.controller.backup() is None
    assert "cannot replace the ledger" in desk.dialogs.last.text


# --- databases ---------------------------------------------------------------------------------------


def test_open_database_switches_ledger_and_rebuilds_the_pages(
    qtbot: QtBot, desk: Desk, ledger: Ledger, known: Known, tmp_path: Path, settings: Settings
) -> None:
    desk.start(ledger)
    old_dashboard = desk.window.page(PageId.DASHBOARD)
    other = tmp_path / "other.sqlite"
    open_ledger(other).close()
    desk.dialogs.answer_open_file(other)
    with qtbot.waitSignal(desk.controller.ready, timeout=WAIT_MS) as ready:
        desk.window.menu_actions.open_database.trigger()
    desk.idle()
    assert ready.args[0].empty
    assert desk.controller.ledger is not None and desk.controller.ledger.path == other.resolve()
    assert desk.window.page(PageId.DASHBOARD) is not old_dashboard
    assert desk.window.stack.currentWidget() is desk.window.welcome_page
    assert desk.window.database() == other.resolve()
    from acsa_desk.ui import settings as opt

    assert settings.get(opt.RECENT_DATABASES)[0] == str(other.resolve())


@pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, r"^This plugin does not support raise\(\)$")  # editor.raise_()
def test_switching_ledger_closes_the_order_editors_first(
    qtbot: QtBot, desk: Desk, ledger: Ledger, known: Known, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QWidget

    desk.start(ledger)
    assert desk.controller.context is not None
    desk.controller.open_order(known.overdue)
    desk.idle()
    editors = [w for w in desk.window.findChildren(QWidget) if w.isWindow() and w.isVisible()]
    assert editors, "the order editor did not open"
    other = tmp_path / "other.sqlite"
    desk.dialogs.answer_open_file(other)
    with qtbot.waitSignal(desk.controller.ready, timeout=WAIT_MS):
        desk.controller.open_database()
    assert not [w for w in desk.window.findChildren(QWidget) if w.isWindow() and w.isVisible()]


def test_a_window_that_will_not_close_keeps_the_ledger_open(
    desk: Desk, ledger: Ledger, tmp_path: Path
) -> None:
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QWidget

    class Unsaved(QWidget):
        def closeEvent(self, event: QCloseEvent) -> None:
            event.ignore()  # the user answered "keep editing"

    desk.start(ledger)
    unsaved = Unsaved(desk.window, Qt.WindowType.Window)
    unsaved.show()
    desk.dialogs.answer_open_file(tmp_path / "other.sqlite")
    assert desk.controller.open_database() is None
    assert desk.controller.ledger is ledger
    assert "Close the open windows first" in desk.window.status_bar.currentMessage()
    unsaved.hide()
    unsaved.deleteLater()


def test_a_file_that_is_not_a_ledger_is_refused_and_the_ledger_stays_open(
    qtbot: QtBot, desk: Desk, ledger: Ledger, tmp_path: Path
) -> None:
    desk.start(ledger)
    junk = tmp_path / "notes.sqlite"
    junk.write_text("not a database", encoding="utf-8")
    desk.dialogs.answer_open_file(junk)
    task = desk.controller.open_database()
    assert task is not None
    with qtbot.waitSignal(task.failed, timeout=WAIT_MS):
        pass
    desk.idle()
    assert desk.dialogs.of_kind(DialogKind.WARNING)
    assert desk.controller.ledger is ledger


def test_new_database_never_overwrites_a_file(desk: Desk, ledger: Ledger, tmp_path: Path) -> None:
    desk.start(ledger)
    existing = tmp_path / "exists.sqlite"
    existing.write_bytes(b"")
    desk.dialogs.answer_save_file(existing)
    assert desk.controller.new_database() is None
    assert "never overwrites" in desk.dialogs.last.text


def test_new_database_creates_and_opens_an_empty_ledger(
    qtbot: QtBot, desk: Desk, ledger: Ledger, tmp_path: Path
) -> None:
    desk.start(ledger)
    desk.dialogs.answer_save_file(tmp_path / "fresh")
    with qtbot.waitSignal(desk.controller.ready, timeout=WAIT_MS):
        desk.window.menu_actions.new_database.trigger()
    assert (tmp_path / "fresh.sqlite").exists()


def test_help_database_in_use_describes_the_ledger(desk: Desk, ledger: Ledger) -> None:
    desk.start(ledger)
    desk.window.menu_actions.database_in_use.trigger()
    shown = desk.dialogs.of_kind(DialogKind.INFORMATION)
    assert len(shown) == 1 and shown[0].title == "Database in use"
    assert ledger.describe() in shown[0].text


# --- preferences, find, click-through ----------------------------------------------------------------


def test_preferences_change_the_banner_and_are_saved_in_the_ledger(
    qtbot: QtBot, desk: Desk, ledger: Ledger, known: Known
) -> None:
    from sqlalchemy import update

    from acsa_desk.db.models import AppUser

    with ledger.engine.begin() as c:  # the marking is an admin's to set
        c.execute(update(AppUser).where(AppUser.login == "clerk").values(role="admin"))
    desk.start(ledger)
    shown: list[EditedPreferences] = []

    offered: list[object] = []

    def editor(_settings: Settings, current: EditedPreferences, _parent: object,
               users: object = None) -> EditedPreferences:
        shown.append(current)
        offered.append(users)  # an admin is given the Users page
        return EditedPreferences(banner="PROTECTED B", home_nation="CAN", home_unit="1 Cdn Div",
                                 default_currency="CAD")

    desk.controller.preferences_editor = editor
    desk.window.menu_actions.preferences.trigger()
    qtbot.waitUntil(lambda: desk.window.top_banner.marking() == "PROTECTED B", timeout=WAIT_MS)
    assert shown[0].banner == "UNCLASSIFIED"
    assert type(offered[0]).__name__ == "UsersPanel"
    # Canadian PROTECTED: at the top right only
    assert desk.window.bottom_banner.marking() == ""
    assert desk.window.top_banner.alignment() & Qt.AlignmentFlag.AlignRight
    with ledger.reader() as s:
        assert marking_svc.get_marking(session=s).level == "PROTECTED B"
    with ledger.reader() as s:
        assert reference.get_preferences(session=s).home_unit == "1 Cdn Div"


def test_cancelled_preferences_change_nothing(qtbot: QtBot, desk: Desk, ledger: Ledger) -> None:
    desk.start(ledger)
    asked: list[EditedPreferences] = []

    def cancel(_settings: Settings, current: EditedPreferences, _parent: object) -> None:
        asked.append(current)  # and the user presses Cancel

    desk.controller.preferences_editor = cancel
    desk.window.menu_actions.preferences.trigger()
    qtbot.waitUntil(lambda: bool(asked), timeout=WAIT_MS)
    desk.idle()
    assert desk.window.top_banner.marking() == "UNCLASSIFIED"
    with ledger.reader() as s:
        assert reference.get_preferences(session=s).banner == "UNCLASSIFIED"


def test_find_focuses_the_search_box_of_the_page_in_view(
    qtbot: QtBot, desk: Desk, ledger: Ledger, known: Known
) -> None:
    desk.start(ledger)
    desk.window.show_page(PageId.HISTORY)
    desk.window.activateWindow()
    desk.window.menu_actions.find.trigger()
    history = desk.window.page(PageId.HISTORY)
    qtbot.waitUntil(lambda: history.actor.hasFocus(), timeout=WAIT_MS)  # type: ignore[attr-defined]


def test_a_dashboard_figure_shows_the_orders_page_filtered(
    qtbot: QtBot, desk: Desk, ledger: Ledger, known: Known
) -> None:
    desk.start(ledger)
    assert desk.controller.context is not None
    flt = OrderFilter(status="invoiced")
    desk.controller.context.events.request_orders(flt)
    assert desk.window.current_page_id() is PageId.ORDERS
    page = desk.window.page(PageId.ORDERS)
    assert page.current_filter().status == "invoiced"  # type: ignore[attr-defined]
    desk.idle()
