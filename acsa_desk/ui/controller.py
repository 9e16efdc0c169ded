"""The composition root's logic: the open ledger, the pages, and what the menus do.

``acsa_desk/cli/window.py`` creates the application objects (see ``app.py``) and one
:class:`AppController`, then hands it a ledger with :meth:`AppController.set_ledger`. The
controller builds an :class:`~acsa_desk.ui.context.AppContext` for that ledger, plugs the pages
into the main window, and answers the window's ``*_requested`` signals. Every piece of
database or file work goes through the TaskManager; the controller only asks (dialogs), starts
the work and reports the outcome (dialogs for results worth reading, the status bar for the
rest). Methods that start work return the :class:`~acsa_desk.ui.tasks.Task` (or None when the
user cancelled a file picker), so that tests can wait for it.

The Orders page (which also answers ``events.open_order`` with its order editors) comes from
``acsa_desk.ui.orders``, the Documents page from ``acsa_desk.ui.documents``.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from acsa_desk.db.engine import Ledger, open_ledger
from acsa_desk.ui import file_actions
from acsa_desk.ui.context import AppContext, LedgerEvents
from acsa_desk.ui.dialogs import Dialogs, all_files_filter, file_filter
from acsa_desk.ui.first_look import FirstLook
from acsa_desk.ui.ledger_watch import LedgerWatch
from acsa_desk.ui.ledger_work import (
    DEMO_ORDERS,
    LedgerSummary,
    build_demo_ledger,
    close_ledger,
    ledger_summary,
)
from acsa_desk.ui.mainwindow import MainWindow
from acsa_desk.ui.messages import MessageBridge
from acsa_desk.ui.page import PageId
from acsa_desk.ui.page_factories import page_factories
from acsa_desk.ui.qtfix import emit
from acsa_desk.ui.settings import Settings
from acsa_desk.ui.tasks import Task, TaskManager
from acsa_desk.ui.who import WhoIsWorking

if TYPE_CHECKING:
    from acsa_desk.interchange.orders_import import OrdersImportResult
    from acsa_desk.interchange.settlements_import import SettlementsImportResult
    from acsa_desk.ui.exercises import ExerciseDialog
    from acsa_desk.ui.import_assistant import ImportAssistant
    from acsa_desk.ui.orders import OrderEditor, OrdersPage
    from acsa_desk.ui.preferences import LedgerPreferences as EditedPreferences

__all__ = ["DEMO_ORDERS", "AppController", "Assembly", "LedgerSummary", "assemble_window",
           "build_demo_ledger", "close_ledger", "ledger_summary"]

log = logging.getLogger(__name__)

PreferencesEditor = Callable[..., "EditedPreferences | None"]  # (settings, shown, parent[, users=])


def edit_in_preferences_dialog(*args: Any, **kwargs: Any) -> EditedPreferences | None:
    """``PreferencesDialog.edit`` (the dialog's module is imported when first opened)."""
    from acsa_desk.ui.preferences import PreferencesDialog

    return PreferencesDialog.edit(*args, **kwargs)


# --- the controller --------------------------------------------------------------------------------


class AppController(FirstLook, QObject):
    """Owns the open ledger and its AppContext; wires the main window to the services."""

    #: A ledger was opened and the pages rebuilt for it. Argument: the Ledger.
    ledger_opened = Signal(object)
    #: The first look at a newly opened ledger is done (banner set; welcome page shown if empty).
    #: Argument: the LedgerSummary.
    ready = Signal(object)
    #: An import finished and its result was reported. Argument: the result.
    imported = Signal(object)

    def __init__(
        self,
        window: MainWindow,
        *,
        settings: Settings,
        dialogs: Dialogs,
        messages: MessageBridge,
        tasks: TaskManager,
        actor: str,
        locale: str = "en_CA",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent if parent is not None else window)
        self.window = window
        self.settings = settings
        self.dialogs = dialogs
        self.messages = messages
        self.tasks = tasks
        #: Housekeeping and slow figures (the integrity check and backup after the window
        #: opens, the dashboard's audit-exceptions count): low-priority workers of their own, so
        #: that the pages' reads never queue behind them; two, so that the count does not
        #: wait for the check (which runs in SQLite, off the interpreter's lock).
        self.maintenance = TaskManager(messages, parent_widget=window, low_priority=True,
                                       max_threads=2, parent=self)
        self.actor = actor
        self._os_login = actor  # the default identity of a single-user ledger
        self.locale = locale
        self.context: AppContext | None = None
        #: Shows the preferences dialog (replaceable in tests: it is modal).
        self.preferences_editor: PreferencesEditor = edit_in_preferences_dialog
        self._demo_dir: Path | None = None
        self._showing_welcome = False
        #: The ledger whose first look (check_first_run) is awaited, if any.
        self._first_look: Ledger | None = None
        #: Watches the open ledger's file (deleted or replaced by another program).
        self.ledger_watch: LedgerWatch | None = None
        #: Who is working: loads the ledger's users, asks on a shared ledger, names them.
        self.who = WhoIsWorking(window, window.show_user, self)
        self.who.identified.connect(self._identified)
        self.who.declined.connect(window.close)
        self.who.open_other.connect(self.open_database)

        w = window
        w.close_guard = self.may_quit
        w.new_database_requested.connect(self.new_database)
        w.open_database_requested.connect(self.open_database)
        w.open_recent_requested.connect(self.open_recent)
        w.import_orders_requested.connect(self.import_orders)
        w.import_settlements_requested.connect(self.import_settlements)
        w.export_finance_requested.connect(self.export_finance)
        w.backup_requested.connect(self.backup)
        w.find_requested.connect(self.find)
        w.preferences_requested.connect(self.edit_preferences)
        w.new_order_requested.connect(self.new_order)
        w.open_order_requested.connect(self.open_selected_order)
        w.order_step_requested.connect(self.order_step)
        w.file_dropped.connect(self.open_import_assistant)
        w.page_changed.connect(self._page_changed)
        # Help > Database in use: describe the ledger (a server URL has no path for the window).
        w.menu_actions.database_in_use.triggered.disconnect()
        w.menu_actions.database_in_use.triggered.connect(self.show_database_in_use)
        w.welcome_page.new_exercise_requested.connect(self.new_exercise)
        w.welcome_page.import_csv_requested.connect(self.import_orders)
        w.welcome_page.demo_requested.connect(self.build_demo)

    # --- the ledger ----------------------------------------------------------------------------

    @property
    def ledger(self) -> Ledger | None:
        return self.context.ledger if self.context is not None else None

    def set_ledger(self, ledger: Ledger, *, remember: bool = True, demo_dir: Path | None = None) -> None:
        """Makes ``ledger`` the open one: new context, new pages; the previous one is closed."""
        old_context, old_demo = self.context, self._demo_dir
        events = LedgerEvents(self)
        self.context = AppContext(
            ledger=ledger, tasks=self.tasks, dialogs=self.dialogs, messages=self.messages,
            settings=self.settings, events=events, actor=self.actor, locale=self.locale,
            marking=self.window.marking_state, background=self.maintenance,
        )
        self._demo_dir = demo_dir
        self._watch_file(ledger)
        events.show_orders.connect(self.show_orders)
        events.show_page.connect(lambda page_id: self.window.show_page(PageId(page_id)))
        events.ledger_changed.connect(self._ledger_changed)
        # First in the queue, ahead of the pages' reads: who is working (a shared ledger shows
        # nothing before the sign-in), then the banners and the welcome page (or the
        # dashboard's last figures) follow at once from this short read.
        self.who.start(self.context, self._os_login)
        self.check_first_run()
        self._build_pages(self.context)
        self._show_database(ledger)
        if remember and ledger.path is not None:
            self.settings.remember_database(ledger.path)
        if old_context is not None:
            old_ledger = old_context.ledger
            old_context.events.deleteLater()
            # Queued behind whatever the old pages started (tasks run one at a time, in order).
            self.tasks.run(lambda: close_ledger(old_ledger, old_demo))
        emit(self.ledger_opened, ledger)

    def _watch_file(self, ledger: Ledger) -> None:
        """Tells the user at once when the ledger's file is deleted or replaced under it."""
        if self.ledger_watch is not None:
            self.ledger_watch.stop()
            self.ledger_watch.deleteLater()
        self.ledger_watch = watch = LedgerWatch(ledger, self)
        watch.lost.connect(lambda how: self._ledger_lost(watch, how))

    def _ledger_lost(self, watch: LedgerWatch, how: str) -> None:
        if watch is not self.ledger_watch:
            return  # another ledger was opened meanwhile
        title, text, label = watch.texts(how)
        self.window.database_label.setText(label)
        self.dialogs.warning(title, text)

    def _identified(self, login: str) -> None:
        self.actor = login

    def _users_panel(self) -> QWidget | None:
        """Preferences > Users, for the ledger's admins."""
        context = self.context
        if context is None or not context.people.is_admin(context.actor):
            return None
        from acsa_desk.ui.users_panel import UsersPanel

        panel = UsersPanel(context)
        panel.changed.connect(self.who.reload)
        return panel

    def _ledger_changed(self, _what: str) -> None:
        if self._showing_welcome:
            self.check_first_run()

    def _page_changed(self, page_id: object) -> None:
        if page_id is not None:
            self._showing_welcome = False

    def _build_pages(self, context: AppContext) -> None:
        """Plugs the pages of the new ledger; only the page in view is built now."""
        factories = page_factories(context, self.window)
        factories[PageId.DASHBOARD] = self.held_until_first_look(factories[PageId.DASHBOARD],
                                                                 context.ledger)
        for page_id, factory in factories.items():
            self.window.add_page_factory(page_id, factory)
        # The Orders page answers events.open_order once built; until then, this builds it.
        context.events.open_order.connect(
            lambda order_id, events=context.events: self._open_order_unbuilt(events, order_id))

    def _open_order_unbuilt(self, events: LedgerEvents, order_id: int) -> None:
        if self.context is None or self.context.events is not events:
            return  # the events of a ledger closed since
        if not self.window.is_built(PageId.ORDERS):
            page = self._orders_page()  # built now; it answers the next requests itself
            if page is not None:
                page.editors.open(order_id)

    def _show_database(self, ledger: Ledger) -> None:
        self.window.set_database(ledger.path)
        if ledger.path is None:  # a server: the window shows paths only
            where = ledger.describe()
            self.window.database_label.setText(self.tr("Database: {where}").format(where=where))
            self.window.database_label.setToolTip(where)
        elif self._demo_dir is not None:
            self.window.database_label.setText(
                self.tr("Demo ledger (temporary, deleted on exit): {path}").format(path=ledger.path))

    def close(self) -> None:
        """Closes the ledger (at exit, after the task manager has finished)."""
        self.window.close_guard = None  # nothing is left to save
        if self.ledger_watch is not None:
            self.ledger_watch.stop()
        if self.context is not None:
            close_ledger(self.context.ledger, self._demo_dir)
            self.context = None
            self._demo_dir = None

    def rescue(self) -> None:
        """Crash rescue: the ledger commits each unit of work, so only the window state is saved."""
        self.window.save_ui_state()

    # --- File menu: databases ------------------------------------------------------------------

    def new_database(self) -> Task[Ledger] | None:
        path = self.dialogs.save_file(
            self.tr("New database"), directory=self.start_folder(),
            filters=self.filters(self.tr("ACSA Desk ledgers"), "*.sqlite"))
        if path is None:
            return None
        if path.suffix == "":
            path = path.with_suffix(".sqlite")
        if path.exists():
            self.dialogs.warning(
                self.tr("New database"),
                self.tr("{path} already exists. ACSA Desk never overwrites a database: choose a new "
                        "name, or use Open database… to open it.").format(path=path))
            return None
        return self.open_database_at(path)

    def open_database(self) -> Task[Ledger] | None:
        path = self.dialogs.open_file(
            self.tr("Open database"), directory=self.start_folder(),
            filters=self.filters(self.tr("ACSA Desk ledgers"), "*.sqlite", "*.db"))
        if path is None:
            return None
        return self.open_database_at(path)

    def open_recent(self, path: Path) -> Task[Ledger] | None:
        if not Path(path).exists():
            self.dialogs.warning(self.tr("Open database"),
                                 self.tr("{path} no longer exists.").format(path=path))
            return None
        return self.open_database_at(Path(path))

    def open_database_at(self, target: Path | str) -> Task[Ledger] | None:
        """Opens (creating if new) a ledger in the background, then switches to it. A database
        that cannot be used is reported and the current one stays open."""
        if not self.close_ledger_windows():
            return None
        return self.tasks.run(lambda: open_ledger(target), on_success=self.set_ledger,
                              title=self.tr("Open database"))

    def may_quit(self) -> bool:
        """The main window is closing: every other window closes first, each order editor
        asking Save, Discard or Cancel about unsaved changes. False (the main window stays)
        when one stays open: cancelled, or saving (it closes itself once written)."""
        for widget in self.window.findChildren(QWidget):
            if widget.isWindow() and widget.isVisible():
                widget.close()
        still_open = [w for w in self.window.findChildren(QWidget) if w.isWindow() and w.isVisible()]
        if still_open:
            self.messages.info(self.tr("ACSA Desk stays open: a window has work not saved yet."))
        return not still_open

    def close_ledger_windows(self) -> bool:
        """Closes the windows working on the open ledger (order editors), each asking about
        unsaved changes. False if one stays open: the ledger must not change under it."""
        asking = self.who.dialog  # the sign-in stays until another ledger opens
        for widget in self.window.findChildren(QWidget):
            if widget.isWindow() and widget.isVisible() and widget is not asking:
                widget.close()
        still_open = [w for w in self.window.findChildren(QWidget)
                      if w.isWindow() and w.isVisible() and w is not asking]
        if still_open:
            self.messages.info(self.tr("Close the open windows first; another ledger was not opened."))
        return not still_open

    # --- File menu: import, export, backup (ui/file_actions.py) --------------------------------

    def import_orders(self) -> Task[OrdersImportResult] | None:
        """File > Import orders…: a CSV in our columns goes straight in (with progress and
        Cancel); a workbook, or a file with its own column names, opens the assistant."""
        return file_actions.import_orders_file(self)

    def open_import_assistant(self, path: Path) -> ImportAssistant | None:
        """The import assistant on ``path`` (also what dropping a file on the window does)."""
        return file_actions.open_import_assistant(self, path)

    def import_settlements(self) -> Task[SettlementsImportResult] | None:
        return file_actions.import_settlements_file(self)

    def export_finance(self) -> Task[int] | None:
        return file_actions.export_finance(self)

    def backup(self) -> Task[Path] | None:
        return file_actions.backup(self)

    # --- first run -----------------------------------------------------------------------------

    def new_exercise(self) -> ExerciseDialog | None:
        if self.context is None:
            return None
        from acsa_desk.ui.exercises import open_exercise_editor

        dialog = open_exercise_editor(self.context, None, self.window)
        dialog.saved.connect(self._first_exercise_saved)
        return dialog

    def _first_exercise_saved(self, exercise_id: int) -> None:
        self._showing_welcome = False
        self.window.show_page(PageId.EXERCISES)
        from acsa_desk.ui.exercises import ExercisesPage

        page = self.window.page(PageId.EXERCISES)
        if isinstance(page, ExercisesPage):
            page._selected_id = exercise_id  # selected once the list has reloaded

    def build_demo(self) -> Task[Ledger] | None:
        """Opens a demo ledger of DEMO_ORDERS orders in a temporary file (deleted on exit).

        The ledger in use is left as it was: demo orders could never be removed from it (the
        audit trail is append-only), and the welcome page promises that nothing is kept.
        """
        if not self.close_ledger_windows():
            return None
        folder = Path(tempfile.mkdtemp(prefix="acsa-desk-demo-"))
        path = folder / "demo-ledger.sqlite"
        actor = self.actor
        task = self.tasks.run_with_progress(
            lambda control: build_demo_ledger(path, actor, control),
            label=self.tr("Building a demo ledger of {count} orders…").format(count=DEMO_ORDERS),
            title=self.tr("Demo ledger"),
            on_success=lambda ledger: self._demo_ready(ledger, folder),
        )
        task.cancelled.connect(lambda: shutil.rmtree(folder, ignore_errors=True))
        task.failed.connect(lambda _e: shutil.rmtree(folder, ignore_errors=True))
        return task

    def _demo_ready(self, ledger: Ledger, folder: Path) -> None:
        previous = self.ledger.describe() if self.ledger is not None else ""
        self.set_ledger(ledger, remember=False, demo_dir=folder)
        self._showing_welcome = False
        self.window.show_page(PageId.DASHBOARD)
        self.messages.info(
            self.tr("Demo ledger of {count} orders open; it is deleted when ACSA Desk closes. "
                    "Your ledger {previous} is unchanged (File > Open recent).").format(
                count=DEMO_ORDERS, previous=previous))

    # --- Edit menu ------------------------------------------------------------------------------

    def find(self) -> None:
        page_id = self.window.current_page_id()
        if page_id is None:
            return
        focus = getattr(self.window.page(page_id), "focus_search", None)
        if callable(focus):
            focus()

    def edit_preferences(self) -> Task[EditedPreferences] | None:
        context = self.context
        if context is None:
            return None
        ledger = context.ledger
        from acsa_desk.services import marking as marking_svc
        from acsa_desk.services import reference
        from acsa_desk.ui.preferences import LedgerPreferences as EditedPreferences

        def read() -> EditedPreferences:
            with ledger.reader() as session:
                current = reference.get_preferences(session=session)
                return EditedPreferences(
                    banner=current.banner, home_nation=current.home_nation,
                    home_unit=current.home_unit, default_currency=current.default_currency,
                    marking=marking_svc.get_marking(session=session),
                    schemes=marking_svc.schemes(session=session))

        def edit(current: EditedPreferences) -> None:
            # The dialog is modal: open it after the task has fully finished, not inside its callback.
            QTimer.singleShot(0, self, lambda: self._edit_preferences_with(current))

        return self.tasks.run(read, on_success=edit, title=self.tr("Preferences"))

    def _edit_preferences_with(self, shown: EditedPreferences) -> None:
        panel = self._users_panel()
        changed = (self.preferences_editor(self.settings, shown, self.window, users=panel)
                   if panel is not None else self.preferences_editor(self.settings, shown,
                                                                     self.window))
        if changed is None:
            return
        self.window.refresh_user()  # the officer's name and rank are user settings
        if self.context is None:
            return
        from acsa_desk.core.marking import legacy_marking
        from acsa_desk.services import marking as marking_svc
        from acsa_desk.services import reference

        ledger, actor = self.context.ledger, self.actor
        marking = changed.marking or legacy_marking(changed.banner, shown.schemes)

        def save() -> LedgerSummary:
            with ledger.session(actor=actor) as session:
                current = reference.get_preferences(session=session)
                reference.set_preferences(session=session, preferences=replace(
                    current, home_nation=changed.home_nation, home_unit=changed.home_unit,
                    default_currency=changed.default_currency))
                if marking != marking_svc.get_marking(session=session):
                    marking_svc.require_admin(session=session, login=actor)
                    marking_svc.set_marking(session=session, marking=marking)
            return ledger_summary(ledger)

        self.tasks.run(save, on_success=self._preferences_saved, title=self.tr("Preferences"))

    def _preferences_saved(self, summary: LedgerSummary) -> None:
        self.window.set_marking(summary.marking)
        if self.context is not None:
            self.context.events.changed("preferences")

    # --- click-through ---------------------------------------------------------------------------

    def show_orders(self, flt: object) -> None:
        """Shows the Orders page with ``flt`` (an OrderFilter) applied."""
        from acsa_desk.services.queries import OrderFilter

        page = self.window.page(PageId.ORDERS)
        apply_filter = getattr(page, "apply_filter", None)
        if callable(apply_filter) and isinstance(flt, OrderFilter):
            apply_filter(flt)
        self.window.show_page(PageId.ORDERS)

    def open_order(self, order_id: int) -> None:
        """Opens the order in its editor (the Orders page answers events.open_order)."""
        if self.context is not None:
            self.context.events.request_order(order_id)

    # --- Order menu ------------------------------------------------------------------------------

    def _orders_page(self) -> OrdersPage | None:
        from acsa_desk.ui.orders import OrdersPage

        page = self.window.page(PageId.ORDERS) if self.context is not None else None
        return page if isinstance(page, OrdersPage) else None

    def new_order(self) -> OrderEditor | None:
        page = self._orders_page()
        return page.new_order() if page is not None else None

    def open_selected_order(self) -> OrderEditor | None:
        page = self._orders_page()
        order_id = page.current_order_id() if page is not None else None
        if page is None or order_id is None:
            self.messages.info(self.tr("Select an order in the Orders list first (Ctrl+3)."))
            return None
        return page.editors.open(order_id)

    def order_step(self, action: str) -> OrderEditor | None:
        """Order > a step: opens the selected order's editor and that step's dialog."""
        editor = self.open_selected_order()
        if editor is None:
            return None
        snapshot = editor.snapshot()
        if snapshot is not None and action in snapshot.allowed and not editor.is_busy():
            editor.start_step(action)
        elif snapshot is not None:
            self.messages.info(self.tr("Order {number} does not allow this step now.").format(
                number=snapshot.number))
        return editor

    # --- Help menu -------------------------------------------------------------------------------

    def show_database_in_use(self) -> None:
        if self.context is None:
            text = self.tr("No database is open.")
        else:
            text = self.tr("The database in use is:\n{where}").format(where=self.context.ledger.describe())
            if self._demo_dir is not None:
                text += "\n\n" + self.tr("It is a temporary demo ledger, deleted when ACSA Desk closes.")
        self.dialogs.information(self.tr("Database in use"), text)

    # --- helpers ---------------------------------------------------------------------------------

    def start_folder(self) -> str:
        ledger = self.ledger
        if ledger is not None and ledger.path is not None and self._demo_dir is None:
            return str(ledger.path.parent)
        return str(Path.home())

    @staticmethod
    def filters(description: str, *patterns: str) -> str:
        return f"{file_filter(description, *patterns)};;{all_files_filter()}"


# --- assembly ---------------------------------------------------------------------------------------


@dataclass
class Assembly:
    """The objects of one main window, made the way app.py describes."""

    window: MainWindow
    messages: MessageBridge
    tasks: TaskManager
    controller: AppController


def assemble_window(
    settings: Settings,
    dialogs: Dialogs,
    *,
    actor: str,
    locale: str = "en_CA",
    messages_parent: QObject | None = None,
) -> Assembly:
    """Main window, task manager and controller, wired together (no ledger yet, not shown)."""
    from acsa_desk.ui import accessible

    accessible.install()  # every input named for screen readers as its window shows
    messages = MessageBridge(messages_parent)
    window = MainWindow(settings, dialogs, messages)
    set_parent = getattr(dialogs, "set_parent", None)
    if callable(set_parent):
        set_parent(window)
    tasks = TaskManager(messages, parent_widget=window, parent=window)
    controller = AppController(window, settings=settings, dialogs=dialogs, messages=messages,
                               tasks=tasks, actor=actor, locale=locale)
    return Assembly(window, messages, tasks, controller)
