"""The main window, driven as a user would: menus, shortcuts, navigation, banner, status bar."""

from __future__ import annotations

import getpass
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from acsa_desk.ui import settings as opt
from acsa_desk.ui.dialogs import ScriptedDialogs
from acsa_desk.ui.mainwindow import MainWindow, standard_shortcuts
from acsa_desk.ui.messages import MessageBridge
from acsa_desk.ui.page import Page, PageId, PlaceholderPage
from acsa_desk.ui.qtfix import emit
from acsa_desk.ui.settings import Settings

STD = QKeySequence.StandardKey


class CountingPage(Page):
    def __init__(self, title: str) -> None:
        super().__init__()
        self._title = title
        self.refreshed = 0

    def title(self) -> str:
        return self._title

    def refresh(self) -> None:
        self.refreshed += 1


def menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menu_bar.actions()]


def menu(window: MainWindow, name: str) -> QMenu:
    found = window.menu_bar.findChild(QMenu, name)
    assert found is not None, name
    return found


def texts(menu_: QMenu) -> list[str]:
    return [a.text() for a in menu_.actions() if not a.isSeparator()]


def test_the_menus_and_their_entries(window: MainWindow) -> None:
    assert menu_titles(window) == ["&File", "&Edit", "&Order", "&View", "&Help"]
    assert texts(menu(window, "file_menu")) == [
        "&New database…",
        "&Open database…",
        "Open &recent",
        "&Import orders…",
        "Import &settlements…",
        "&Export finance CSV…",
        "&Backup…",
        "&Quit",
    ]
    assert texts(menu(window, "edit_menu")) == ["&Undo", "&Redo", "&Find", "&Preferences…"]
    assert texts(menu(window, "order_menu")) == [
        "&New order…", "&Open selected order", "&Sign…", "Record &delivery…",
        "Record &receipt…", "Raise &invoice…", "&Notify finance…", "Record se&ttlement…",
        "Re&verse an entry…",
        "&Cancel order…", "C&lose order…",
    ]
    assert texts(menu(window, "view_menu")) == [p.label() for p in PageId]
    assert texts(menu(window, "help_menu")) == ["&User guide", "&About ACSA Desk", "&Database in use"]


@pytest.mark.parametrize(
    ("action", "key"),
    [
        ("new_database", STD.New),
        ("open_database", STD.Open),
        ("quit", STD.Quit),
        ("undo", STD.Undo),
        ("redo", STD.Redo),
        ("find", STD.Find),
    ],
)
def test_standard_shortcuts(window: MainWindow, action: str, key: QKeySequence.StandardKey) -> None:
    shortcuts = getattr(window.menu_actions, action).shortcuts()
    assert shortcuts, f"{action} has no shortcut"
    assert shortcuts == standard_shortcuts(key)
    platform = QKeySequence.keyBindings(key)
    if platform:  # where the platform has a standard key, it is the one used
        assert shortcuts == platform


def test_view_entries_have_ctrl_1_to_8(window: MainWindow) -> None:
    shortcuts = [window.menu_actions.pages[p].shortcut().toString() for p in PageId]
    assert shortcuts == [f"Ctrl+{n}" for n in range(1, 10)]


def test_actions_ask_through_signals(qtbot: QtBot, window: MainWindow) -> None:
    a = window.menu_actions
    for action, signal in [
        (a.new_database, window.new_database_requested),
        (a.open_database, window.open_database_requested),
        (a.import_orders, window.import_orders_requested),
        (a.import_settlements, window.import_settlements_requested),
        (a.export_finance, window.export_finance_requested),
        (a.backup, window.backup_requested),
        (a.find, window.find_requested),
        (a.preferences, window.preferences_requested),
    ]:
        with qtbot.waitSignal(signal, timeout=1000):
            action.trigger()


def test_shortcut_keys_reach_the_actions(qtbot: QtBot, window: MainWindow) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(window.open_database_requested, timeout=1000):
        qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_id() is PageId.ORDERS


def test_navigation_list_switches_pages(qtbot: QtBot, window: MainWindow) -> None:
    assert window.current_page_id() is PageId.DASHBOARD
    assert window.navigation.count() == len(PageId) == 9
    item = window.navigation.item(3)
    assert item.text() == "Settlements"
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.page_changed, timeout=1000) as changed:
        rect = window.navigation.visualItemRect(item)
        qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert changed.args == [PageId.SETTLEMENTS]
    assert window.stack.currentWidget() is window.page(PageId.SETTLEMENTS)
    assert window.menu_actions.pages[PageId.SETTLEMENTS].isChecked()
    assert "Settlements" in window.windowTitle()


def test_view_menu_switches_pages_and_the_list_follows(window: MainWindow) -> None:
    window.menu_actions.pages[PageId.HISTORY].trigger()
    assert window.current_page_id() is PageId.HISTORY
    assert window.navigation.currentRow() == 5


def test_registered_pages_replace_placeholders_and_refresh_when_shown(
    window: MainWindow,
) -> None:
    assert isinstance(window.page(PageId.ORDERS), PlaceholderPage)
    orders = CountingPage("Orders")
    window.add_page(PageId.ORDERS, orders)
    assert window.page(PageId.ORDERS) is orders
    assert window.stack.indexOf(orders) == 2
    assert orders.refreshed == 0
    window.show_page(PageId.ORDERS)
    assert orders.refreshed == 1
    window.refresh_pages()
    assert orders.refreshed == 2


def test_pages_can_be_given_to_the_constructor(
    qtbot: QtBot, settings: Settings, dialogs: ScriptedDialogs, messages: MessageBridge
) -> None:
    dashboard = CountingPage("Balances")
    win = MainWindow(settings, dialogs, messages, pages={PageId.DASHBOARD: dashboard})
    qtbot.addWidget(win)
    assert win.stack.currentWidget() is dashboard
    assert dashboard.refreshed == 1  # shown at start
    assert win.windowTitle().startswith("ACSA Desk — Balances")


def test_banner_top_and_bottom(qtbot: QtBot, window: MainWindow) -> None:
    window.set_banner("UNCLASSIFIED")
    window.show()
    qtbot.waitExposed(window)
    top, bottom = window.top_banner, window.bottom_banner
    for strip in (top, bottom):
        assert strip.isVisible()
        assert strip.text() == "UNCLASSIFIED"
        assert strip.height() >= strip.fontMetrics().height()
    top_y = top.mapTo(window, QPoint(0, 0)).y()
    bottom_y = bottom.mapTo(window, QPoint(0, 0)).y()
    assert top_y == 0  # above the menu bar
    assert top_y + top.height() <= window.menu_bar.mapTo(window, QPoint(0, 0)).y()
    assert bottom_y + bottom.height() == window.height()  # below the status bar
    assert bottom_y >= window.status_bar.mapTo(window, QPoint(0, 0)).y() + window.status_bar.height()
    assert top.width() == window.width()
    assert top.palette().color(top.backgroundRole()).name() == "#007a33"

    window.set_banner("")
    assert not top.isVisible() and not bottom.isVisible()


def test_status_bar_shows_the_database_and_the_user(
    window: MainWindow, settings: Settings, tmp_path: Path
) -> None:
    login = getpass.getuser()
    assert window.database_label.text() == "No database open"
    assert window.user_label.text() == f"User: {login}"
    db = tmp_path / "kaedex.db"
    window.set_database(db)
    # a long path is shortened in the middle, never at the file's name; the tooltip holds it all
    assert window.database_label.text().startswith("Database: ")
    assert window.database_label.text().endswith("kaedex.db")
    assert window.database_label.toolTip() == str(db)
    assert "kaedex.db" in window.windowTitle()
    settings.set(opt.OFFICER_RANK, "Capt")
    settings.set(opt.OFFICER_NAME, "Jane Doe")
    window.refresh_user()
    assert window.user_label.text() == f"User: {login} (Capt Jane Doe)"


def test_help_menu_tells_about_the_app_and_the_database(
    window: MainWindow, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    window.menu_actions.database_in_use.trigger()  # About: tests/ui/test_help.py
    assert dialogs.last.text == "No database is open."
    window.set_database(tmp_path / "ledger.db")
    window.menu_actions.database_in_use.trigger()
    assert str(tmp_path / "ledger.db") in dialogs.last.text


def test_messages_reach_the_status_bar(window: MainWindow, messages: MessageBridge) -> None:
    messages.info("Backup written")
    assert window.status_bar.currentMessage() == "Backup written"


def test_undo_and_redo_follow_the_active_undo_stack(window: MainWindow) -> None:
    stack = QUndoStack(window)
    window.undo_group.addStack(stack)
    window.undo_group.setActiveStack(stack)
    assert not window.menu_actions.undo.isEnabled()
    changes: list[str] = []

    class Edit(QUndoCommand):
        def redo(self) -> None:
            changes.append("do")

        def undo(self) -> None:
            changes.append("undo")

    stack.push(Edit("typing"))
    assert window.menu_actions.undo.isEnabled()
    window.menu_actions.undo.trigger()
    window.menu_actions.redo.trigger()
    assert changes == ["do", "undo", "do"]


def test_recent_databases_menu(qtbot: QtBot, window: MainWindow, settings: Settings, tmp_path: Path) -> None:
    settings.remember_database(tmp_path / "a.db")
    settings.remember_database(tmp_path / "b.db")
    emit(window.recent_menu.aboutToShow)
    entries = [a for a in window.recent_menu.actions() if not a.isSeparator()]
    assert [a.text() for a in entries] == ["b.db", "a.db", "Clear the list"]
    with qtbot.waitSignal(window.open_recent_requested, timeout=1000) as chosen:
        entries[1].trigger()
    assert chosen.args == [(tmp_path / "a.db").resolve()]
    entries[2].trigger()
    emit(window.recent_menu.aboutToShow)
    assert [a.text() for a in window.recent_menu.actions()] == ["No recent databases"]


def test_welcome_page_offers_three_ways_to_start(qtbot: QtBot, window: MainWindow) -> None:
    window.show_welcome()
    assert window.current_page_id() is None
    assert window.stack.currentWidget() is window.welcome_page
    assert window.navigation.selectedItems() == []
    welcome = window.welcome_page
    for button, signal in [
        (welcome.new_exercise_button, welcome.new_exercise_requested),
        (welcome.import_button, welcome.import_csv_requested),
        (welcome.demo_button, welcome.demo_requested),
    ]:
        with qtbot.waitSignal(signal, timeout=1000):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    window.menu_actions.pages[PageId.DASHBOARD].trigger()
    assert window.stack.currentWidget() is window.page(PageId.DASHBOARD)


def test_geometry_page_and_layout_are_restored(
    qtbot: QtBot,
    settings: Settings,
    settings_path: Path,
    dialogs: ScriptedDialogs,
    messages: MessageBridge,
) -> None:
    first = MainWindow(settings, dialogs, messages)
    qtbot.addWidget(first)
    # first run: 1280x800, or less to fit the screen (the offscreen one is small)
    available = first.screen().availableGeometry().size()
    assert first.size() == QSize(min(1280, available.width() - 16),
                                 min(800, available.height() - 40))
    first.show()
    qtbot.waitExposed(first)
    # the offscreen screen is 800x600 and restoreGeometry() keeps a window on its screen
    first.resize(700, 500)
    first.move(40, 30)
    first.splitter.setSizes([230, 470])
    first.show_page(PageId.EXERCISES)
    size, position, sizes = first.size(), first.pos(), first.splitter.sizes()
    assert size.height() == 500
    first.close()

    second = MainWindow(Settings.from_file(settings_path), dialogs, messages)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.size() == size
    assert second.pos() == position
    assert second.splitter.sizes() == sizes
    assert second.current_page_id() is PageId.EXERCISES


def test_quit_closes_the_window_and_saves_its_state(
    qtbot: QtBot, window: MainWindow, settings: Settings
) -> None:
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.closing, timeout=1000):
        window.menu_actions.quit.trigger()
    assert not window.isVisible()
    assert settings.get(opt.WINDOW_GEOMETRY)
