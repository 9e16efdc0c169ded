"""The main window: handling banners, menus, navigation between pages, status bar.

The window does no ledger work. Its menu actions emit signals that the application wiring
(acsa_desk/cli/window.py) connects to services run through the TaskManager; pages are plugged
in with :meth:`MainWindow.add_page`.

Layout, top to bottom: banner strip, menu bar, [navigation list | page stack], status bar,
banner strip. The banners are outermost so that the marking frames everything on screen.
"""

from __future__ import annotations

import getpass
import logging
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QByteArray, QMimeData, QSize, Qt, Signal, SignalInstance
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMenuBar,
    QSplitter,
    QStackedWidget,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from acsa_desk.core.marking import Rendering
from acsa_desk.ui import settings as opt
from acsa_desk.ui.banner import BannerStrip, MarkingState, text_rendering
from acsa_desk.ui.capture import protect
from acsa_desk.ui.dialogs import Dialogs
from acsa_desk.ui.messages import MessageBridge, MessagePresenter
from acsa_desk.ui.orders import keys
from acsa_desk.ui.page import Page, PageId, PlaceholderPage, resize_to_fit
from acsa_desk.ui.page import fitting_size as page_fitting_size
from acsa_desk.ui.qtfix import emit
from acsa_desk.ui.settings import Settings
from acsa_desk.ui.welcome import WelcomePage

log = logging.getLogger(__name__)

DEFAULT_SIZE = QSize(1280, 800)
#: Files that dropped on the window start the orders import assistant.
DROPPED_SUFFIXES = (".csv", ".xlsx", ".ods")
#: Longer database paths are shortened in the middle in the status bar (full path: tooltip).
DATABASE_PATH_WIDTH = 480

#: Shortcuts where the platform defines no standard one (e.g. Quit on Windows).
_FALLBACK_SHORTCUTS = {
    QKeySequence.StandardKey.Quit: "Ctrl+Q",
    QKeySequence.StandardKey.Preferences: "Ctrl+,",
}


def fitting_size(available: QSize) -> QSize:
    """The window's first size on a screen: DEFAULT_SIZE, or less on a small screen."""
    return page_fitting_size(available, DEFAULT_SIZE)


def standard_shortcuts(key: QKeySequence.StandardKey) -> list[QKeySequence]:
    """The platform's shortcuts for ``key``, or ACSA Desk's fallback when it has none."""
    bindings = QKeySequence.keyBindings(key)
    if not bindings and key in _FALLBACK_SHORTCUTS:
        return [QKeySequence(_FALLBACK_SHORTCUTS[key])]
    return list(bindings)


class WindowActions:
    """The window's menu actions, for tests and for wiring that enables/disables them."""

    def __init__(self) -> None:
        self.new_database: QAction
        self.open_database: QAction
        self.import_orders: QAction
        self.import_settlements: QAction
        self.export_finance: QAction
        self.backup: QAction
        self.quit: QAction
        self.undo: QAction
        self.redo: QAction
        self.find: QAction
        self.preferences: QAction
        self.new_order: QAction
        self.open_order: QAction
        self.order_steps: dict[str, QAction] = {}
        self.about: QAction
        self.user_guide: QAction
        self.database_in_use: QAction
        self.pages: dict[PageId, QAction] = {}


class MainWindow(QMainWindow):
    """The ACSA Desk window. Does no database work; it asks through signals."""

    # File menu
    #: File > New database…: the wiring asks where (dialogs.save_file) and creates it.
    new_database_requested = Signal()
    #: File > Open database…: the wiring asks which file (dialogs.open_file) and opens it.
    open_database_requested = Signal()
    #: File > Open recent > a database. Argument: its Path.
    open_recent_requested = Signal(object)
    #: File > Import orders…
    import_orders_requested = Signal()
    #: File > Import settlements…
    import_settlements_requested = Signal()
    #: File > Export finance CSV…
    export_finance_requested = Signal()
    #: File > Backup…
    backup_requested = Signal()
    # Edit menu (Undo/Redo act on the active stack of ``undo_group``)
    #: Edit > Find: the current page should focus its search box.
    find_requested = Signal()
    #: Edit > Preferences…: the wiring loads LedgerPreferences and calls PreferencesDialog.edit.
    preferences_requested = Signal()
    # Order menu (on the order selected in the Orders list)
    #: Order > New order…
    new_order_requested = Signal()
    #: Order > Open order
    open_order_requested = Signal()
    #: Order > a life-cycle step. Argument: its action name ("sign", "deliver"...).
    order_step_requested = Signal(str)
    # Navigation
    #: Another page is shown. Argument: its PageId, or None for the welcome page.
    page_changed = Signal(object)
    #: The window is closing (its state is already saved).
    closing = Signal()
    #: An orders file (.csv, .xlsx, .ods) was dropped on the window. Argument: its Path.
    file_dropped = Signal(object)

    def __init__(
        self,
        settings: Settings,
        dialogs: Dialogs,
        messages: MessageBridge,
        *,
        pages: Mapping[PageId, Page] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self._settings = settings
        self._dialogs = dialogs
        self._database: Path | None = None
        self._pages: dict[PageId, Page] = {}
        #: Pages made the first time they are needed (add_page_factory).
        self._factories: dict[PageId, Callable[[], Page]] = {}
        self._showing_welcome = False
        self._ready = False  # set once the window is built and its state restored
        #: Asked before the window closes: False keeps it open (DeskController.may_quit).
        self.close_guard: Callable[[], bool] | None = None
        #: Editors register their QUndoStack here (addStack / setActiveStack); Edit > Undo and
        #: Redo follow the active stack.
        self.undo_group = QUndoGroup(self)
        self.menu_actions = WindowActions()

        #: The marking of the ledger in view; dialogs' banners follow it (ui/banner.py).
        self.marking_state = MarkingState(self)
        self.top_banner = BannerStrip(self, position="top")
        self.top_banner.setObjectName("top_banner")
        self.bottom_banner = BannerStrip(self, position="bottom")
        self.bottom_banner.setObjectName("bottom_banner")
        self.marking_state.changed.connect(self.top_banner.set_rendering)
        self.marking_state.changed.connect(self.bottom_banner.set_rendering)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.navigation.setAccessibleName(self.tr("Pages"))
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        for page_id in PageId:
            item = QListWidgetItem(page_id.label())
            item.setData(Qt.ItemDataRole.UserRole, page_id)
            item.setSizeHint(QSize(0, self.navigation.fontMetrics().height() + 14))
            self.navigation.addItem(item)
            self._put_page(page_id, PlaceholderPage(page_id))
        self.navigation.setMinimumWidth(self._navigation_width())
        self.navigation.setSpacing(2)
        self.welcome_page = WelcomePage()
        self.stack.addWidget(self.welcome_page)
        self.navigation.currentRowChanged.connect(self._on_navigation_row)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("navigation_splitter")
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([self._navigation_width(), DEFAULT_SIZE.width()])

        self.status_bar = QStatusBar()
        self.status_bar.setObjectName("status_bar")
        self.database_label = QLabel()
        self.database_label.setObjectName("database_label")
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.user_label = QLabel()
        self.user_label.setObjectName("user_label")
        self.user_label.setContentsMargins(12, 0, 4, 0)
        self.status_bar.addPermanentWidget(self.database_label)
        self.status_bar.addPermanentWidget(self.user_label)
        self._presenter = MessagePresenter(messages, dialogs, self.status_bar, self)

        self.menu_bar = QMenuBar()
        self.menu_bar.setObjectName("menu_bar")
        self._build_menus()
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(0)
        top_layout.addWidget(self.top_banner)
        top_layout.addWidget(self.menu_bar)
        self.setMenuWidget(top)

        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.splitter, 1)
        central_layout.addWidget(self.status_bar)
        central_layout.addWidget(self.bottom_banner)
        self.setCentralWidget(central)

        for page_id, page in (pages or {}).items():
            self.add_page(page_id, page)
        self.setAcceptDrops(True)
        self.set_banner("")
        self.set_database(None)
        self.refresh_user()
        self._restore_ui_state()
        self._ready = True

    # --- pages ---

    def add_page(self, page_id: PageId, page: Page) -> None:
        """Puts ``page`` in the navigation slot ``page_id`` (replacing what was there)."""
        self._factories.pop(page_id, None)
        old = self._pages.get(page_id)
        was_current = old is not None and self.stack.currentWidget() is old
        self._put_page(page_id, page)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        if was_current and self._ready:
            self.show_page(page_id)

    def add_page_factory(self, page_id: PageId, factory: Callable[[], Page]) -> None:
        """Plugs a page that ``factory()`` makes the first time it is needed: shown, or asked
        for with :meth:`page` (only the page in view is built when a ledger opens). What was
        in the slot goes; the page in view is built at once."""
        old = self._pages.get(page_id)
        was_current = old is not None and self.stack.currentWidget() is old
        self._put_page(page_id, PlaceholderPage(page_id))
        self._factories[page_id] = factory
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        if was_current and self._ready:
            self.show_page(page_id)

    def page(self, page_id: PageId) -> Page:
        """The page of ``page_id`` (built now if it was plugged as a factory)."""
        factory = self._factories.pop(page_id, None)
        if factory is not None:
            placeholder = self._pages[page_id]
            was_current = self.stack.currentWidget() is placeholder
            page = factory()
            self._put_page(page_id, page)
            if was_current:
                self.stack.setCurrentWidget(page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        return self._pages[page_id]

    def is_built(self, page_id: PageId) -> bool:
        """False while the page's factory has not been called yet."""
        return page_id not in self._factories

    def current_page_id(self) -> PageId | None:
        """The page in view; None while the welcome page is shown."""
        if self._showing_welcome:
            return None
        for page_id, page in self._pages.items():
            if page is self.stack.currentWidget():
                return page_id
        return None

    def show_page(self, page_id: PageId) -> None:
        """Brings the page into view and refreshes it."""
        page = self.page(page_id)
        self._showing_welcome = False
        self.stack.setCurrentWidget(page)
        self._select_navigation(page_id)
        self.menu_actions.pages[page_id].setChecked(True)
        self._update_title()
        page.refresh()
        emit(self.page_changed, page_id)

    def show_welcome(self) -> None:
        """Shows the first-run page (for an empty ledger); the navigation stays usable."""
        self._showing_welcome = True
        self.stack.setCurrentWidget(self.welcome_page)
        self._select_navigation(None)
        checked = self._page_group.checkedAction()
        if checked is not None:
            checked.setChecked(False)
        self._update_title()
        emit(self.page_changed, None)

    def refresh_pages(self) -> None:
        """Refreshes the page in view (after another database was opened, for instance)."""
        page_id = self.current_page_id()
        if page_id is not None:
            self.page(page_id).refresh()

    # --- what the window shows ---

    def set_banner(self, text: str) -> None:
        """A plain-text marking shown at the top and bottom ("" hides both strips)."""
        self.set_marking(text_rendering(text))

    def set_marking(self, rendering: Rendering | None) -> None:
        """The ledger's marking, by its scheme's rules; every dialog's banners follow it.

        Above UNCLASSIFIED the window is also kept out of screen captures where the platform
        allows it (``capture_decision`` says whether it could be; never on Linux).
        """
        self.marking_state.set_rendering(rendering)
        self.capture_decision = protect(self, rendering, self._settings.get(opt.SCREEN_CAPTURE))

    def set_database(self, path: Path | None) -> None:
        """Shows which database is open (None: none)."""
        self._database = path
        if path is None:
            self.database_label.setText(self.tr("No database open"))
            self.database_label.setToolTip("")
        else:
            shown = self.database_label.fontMetrics().elidedText(
                str(path), Qt.TextElideMode.ElideMiddle, DATABASE_PATH_WIDTH
            )
            self.database_label.setText(self.tr("Database: {path}").format(path=shown))
            self.database_label.setToolTip(str(path))
        self._update_title()

    def database(self) -> Path | None:
        return self._database

    def show_user(self, text: str) -> None:
        """Who is working, as the ledger's users table names them (set once identified)."""
        self._user_text = text
        self.user_label.setText(text)

    def refresh_user(self) -> None:
        """Re-reads the officer's name and rank from the settings (after preferences); once
        the ledger has said who is working, that is shown instead."""
        if getattr(self, "_user_text", ""):
            self.user_label.setText(self._user_text)
            return
        login = _login_name()
        officer = self._settings.officer_signature()
        if officer:
            text = self.tr("User: {login} ({officer})").format(login=login, officer=officer)
        else:
            text = self.tr("User: {login}").format(login=login)
        self.user_label.setText(text)

    # --- state ---

    def save_ui_state(self) -> None:
        settings = self._settings
        settings.set(opt.WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        settings.set(opt.WINDOW_STATE, bytes(self.saveState().data()))
        settings.set(opt.NAVIGATION_SPLITTER, bytes(self.splitter.saveState().data()))
        page_id = self.current_page_id()
        settings.set(opt.CURRENT_PAGE, str(page_id) if page_id is not None else "")
        settings.sync()

    def _restore_ui_state(self) -> None:
        settings = self._settings
        geometry = settings.get(opt.WINDOW_GEOMETRY)
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            resize_to_fit(self, DEFAULT_SIZE)
        state = settings.get(opt.WINDOW_STATE)
        if state:
            self.restoreState(QByteArray(state))
        splitter = settings.get(opt.NAVIGATION_SPLITTER)
        if splitter:
            self.splitter.restoreState(QByteArray(splitter))
        try:
            page_id = PageId(settings.get(opt.CURRENT_PAGE))
        except ValueError:
            page_id = PageId.DASHBOARD
        self.show_page(page_id)

    @staticmethod
    def dropped_file(mime: QMimeData) -> Path | None:
        """The one local orders file (.csv, .xlsx, .ods) being dragged, or None."""
        urls = [url for url in mime.urls() if url.isLocalFile()]
        if len(urls) != 1:
            return None
        path = Path(urls[0].toLocalFile())
        return path if path.suffix.lower() in DROPPED_SUFFIXES and path.is_file() else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self.dropped_file(event.mimeData())
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        emit(self.file_dropped, path)

    def closeEvent(self, event: QCloseEvent) -> None:
        # the windows on the ledger (order editors) close first, each asking about unsaved
        # work: quitting never leaves one behind, nor the program running without a window
        if self.close_guard is not None and not self.close_guard():
            event.ignore()
            return
        self.save_ui_state()
        emit(self.closing)
        super().closeEvent(event)

    # --- menus ---

    def _build_menus(self) -> None:
        a = self.menu_actions
        std = QKeySequence.StandardKey

        file_menu = self.menu_bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("file_menu")
        a.new_database = self._action(self.tr("&New database…"), self.new_database_requested, std.New)
        a.open_database = self._action(self.tr("&Open database…"), self.open_database_requested, std.Open)
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.recent_menu.setObjectName("recent_menu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        a.import_orders = self._action(self.tr("&Import orders…"), self.import_orders_requested)
        a.import_settlements = self._action(
            self.tr("Import &settlements…"), self.import_settlements_requested
        )
        a.export_finance = self._action(self.tr("&Export finance CSV…"), self.export_finance_requested)
        a.backup = self._action(self.tr("&Backup…"), self.backup_requested)
        a.quit = self._action(self.tr("&Quit"), None, std.Quit)
        a.quit.setMenuRole(QAction.MenuRole.QuitRole)
        a.quit.triggered.connect(self.close)
        file_menu.addAction(a.new_database)
        file_menu.addAction(a.open_database)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(a.import_orders)
        file_menu.addAction(a.import_settlements)
        file_menu.addAction(a.export_finance)
        file_menu.addSeparator()
        file_menu.addAction(a.backup)
        file_menu.addSeparator()
        file_menu.addAction(a.quit)

        edit_menu = self.menu_bar.addMenu(self.tr("&Edit"))
        edit_menu.setObjectName("edit_menu")
        a.undo = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        a.undo.setShortcuts(standard_shortcuts(std.Undo))
        a.redo = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        a.redo.setShortcuts(keys.with_extra(standard_shortcuts(std.Redo), keys.REDO_EXTRA))
        a.find = self._action(self.tr("&Find"), self.find_requested, std.Find)
        a.preferences = self._action(self.tr("&Preferences…"), self.preferences_requested, std.Preferences)
        a.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        edit_menu.addAction(a.undo)
        edit_menu.addAction(a.redo)
        edit_menu.addSeparator()
        edit_menu.addAction(a.find)
        edit_menu.addSeparator()
        edit_menu.addAction(a.preferences)

        order_menu = self.menu_bar.addMenu(self.tr("&Order"))
        order_menu.setObjectName("order_menu")
        a.new_order = self._action(self.tr("&New order…"), self.new_order_requested)
        a.new_order.setObjectName("menu_new_order")
        a.new_order.setShortcut(QKeySequence(keys.NEW_ORDER_SHORTCUT))
        a.open_order = self._action(self.tr("&Open selected order"), self.open_order_requested)
        a.open_order.setObjectName("menu_open_order")
        order_menu.addAction(a.new_order)
        order_menu.addAction(a.open_order)
        order_menu.addSeparator()
        a.order_steps = keys.step_actions(
            self, [s for s in keys.STEP_SHORTCUTS if s in keys.STEP_ACTIONS],
            lambda name: emit(self.order_step_requested, name))
        for action in a.order_steps.values():
            order_menu.addAction(action)

        view_menu = self.menu_bar.addMenu(self.tr("&View"))
        view_menu.setObjectName("view_menu")
        self._page_group = QActionGroup(self)
        self._page_group.setExclusive(True)
        for number, page_id in enumerate(PageId, start=1):
            action = QAction(page_id.label(), self)
            action.setObjectName(f"view_{page_id}")
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, p=page_id: self.show_page(p))
            self._page_group.addAction(action)
            view_menu.addAction(action)
            a.pages[page_id] = action

        help_menu = self.menu_bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("help_menu")
        a.about = self._action(self.tr("&About ACSA Desk"), None)
        a.about.setMenuRole(QAction.MenuRole.AboutRole)
        a.about.triggered.connect(self.show_about)
        a.database_in_use = self._action(self.tr("&Database in use"), None)
        a.database_in_use.triggered.connect(self.show_database_in_use)
        a.user_guide = self._action(self.tr("&User guide"), None, QKeySequence.StandardKey.HelpContents)
        if not a.user_guide.shortcuts():
            a.user_guide.setShortcut(QKeySequence(Qt.Key.Key_F1))
        a.user_guide.triggered.connect(self.show_user_guide)
        help_menu.addAction(a.user_guide)
        help_menu.addSeparator()
        help_menu.addAction(a.about)
        help_menu.addAction(a.database_in_use)

    def _action(
        self,
        text: str,
        signal: SignalInstance | None,
        key: QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if key is not None:
            action.setShortcuts(standard_shortcuts(key))
        if signal is not None:
            action.triggered.connect(lambda _checked=False, s=signal: emit(s))
        return action

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self._settings.get(opt.RECENT_DATABASES)
        for text in recent:
            path = Path(text)
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(text)
            action.setStatusTip(text)
            action.triggered.connect(lambda _checked=False, p=path: emit(self.open_recent_requested, p))
        if not recent:
            empty = self.recent_menu.addAction(self.tr("No recent databases"))
            empty.setEnabled(False)
            return
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(self.tr("Clear the list"))
        clear.triggered.connect(lambda: self._settings.reset(opt.RECENT_DATABASES))

    # --- help ---

    def show_about(self) -> QDialog:
        """The About box: version, the ledger in use, the licences (IPA Font License in full)."""
        from acsa_desk.ui.help import AboutDialog

        where = self.database_label.toolTip() or (str(self._database) if self._database else "")
        dialog = AboutDialog(where, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def show_user_guide(self) -> QDialog:
        """The user guide (F1) in the interface language."""
        from acsa_desk.ui.help import UserGuide

        guide = UserGuide(self._settings.get(opt.UI_LANGUAGE), self)
        guide.show()
        return guide

    def show_database_in_use(self) -> None:
        if self._database is None:
            text = self.tr("No database is open.")
        else:
            text = self.tr("The database in use is:\n{path}").format(path=self._database)
        self._dialogs.information(self.tr("Database in use"), text)

    # --- internals ---

    def _put_page(self, page_id: PageId, page: Page) -> None:
        index = list(PageId).index(page_id)
        self._pages[page_id] = page
        self.stack.insertWidget(index, page)

    def _on_navigation_row(self, row: int) -> None:
        if row >= 0:
            self.show_page(list(PageId)[row])

    def _select_navigation(self, page_id: PageId | None) -> None:
        row = -1 if page_id is None else list(PageId).index(page_id)
        self.navigation.blockSignals(True)
        try:
            self.navigation.setCurrentRow(row)
            if row < 0:
                self.navigation.clearSelection()
        finally:
            self.navigation.blockSignals(False)

    def _navigation_width(self) -> int:
        metrics = self.navigation.fontMetrics()
        widest = max(metrics.horizontalAdvance(p.label()) for p in PageId)
        return max(160, widest + 48)

    def _update_title(self) -> None:
        if self._showing_welcome:
            page_title = self.welcome_page.title()
        else:
            page_id = self.current_page_id()
            page_title = self._pages[page_id].title() if page_id is not None else ""
        parts = [self.tr("ACSA Desk"), page_title]
        if self._database is not None:
            parts.append(self._database.name)
        self.setWindowTitle(" — ".join(p for p in parts if p))


def _login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in the environment (some containers)
        return "?"
