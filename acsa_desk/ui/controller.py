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
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from acsa_desk.core.errors import ImportRejected, LedgerError
from acsa_desk.core.marking import Rendering, legacy_marking
from acsa_desk.core.sealed import is_sealed
from acsa_desk.db.engine import Ledger, open_ledger
from acsa_desk.interchange.csvfile import ImportCancelled
from acsa_desk.interchange.orders_import import REQUIRED as ORDERS_REQUIRED
from acsa_desk.interchange.orders_import import OrdersImportResult, import_orders
from acsa_desk.interchange.settlements_import import SettlementsImportResult, import_settlements
from acsa_desk.interchange.spreadsheet import fits_as_is
from acsa_desk.services import marking as marking_svc
from acsa_desk.services import reference
from acsa_desk.services.demo import fill_demo
from acsa_desk.services.exports import export_finance_marked
from acsa_desk.services.queries import OrderFilter, count_orders
from acsa_desk.ui.agreements.page import AgreementsPage
from acsa_desk.ui.context import AppContext, LedgerEvents
from acsa_desk.ui.dashboard import DashboardPage
from acsa_desk.ui.dialogs import Dialogs, all_files_filter, file_filter
from acsa_desk.ui.documents import DocumentsPage
from acsa_desk.ui.exercises import ExerciseDialog, ExercisesPage, open_exercise_editor
from acsa_desk.ui.history import HistoryPage
from acsa_desk.ui.import_assistant import ImportAssistant, open_import_assistant
from acsa_desk.ui.ledger_watch import LedgerWatch
from acsa_desk.ui.mainwindow import MainWindow
from acsa_desk.ui.messages import MessageBridge, counted
from acsa_desk.ui.orders import OrderEditor, OrdersPage
from acsa_desk.ui.page import PageId
from acsa_desk.ui.preferences import LedgerPreferences as EditedPreferences
from acsa_desk.ui.preferences import PreferencesDialog
from acsa_desk.ui.qtfix import emit
from acsa_desk.ui.readiness.page import ReadinessPage
from acsa_desk.ui.reconciliation import ReconciliationPage
from acsa_desk.ui.sealing import SealedTarget, choose_sealing
from acsa_desk.ui.service_text import ui_defect
from acsa_desk.ui.settings import Settings
from acsa_desk.ui.settlements import SettlementsPage
from acsa_desk.ui.tasks import Task, TaskCancelled, TaskControl, TaskManager
from acsa_desk.ui.who import WhoIsWorking

log = logging.getLogger(__name__)

#: How many orders the demo ledger gets.
DEMO_ORDERS = 500

PreferencesEditor = Callable[..., EditedPreferences | None]  # (settings, shown, parent[, users=])


# --- work done in worker threads (plain values in, plain values out) -----------------------------


@dataclass(frozen=True)
class LedgerSummary:
    preferences: reference.LedgerPreferences
    exercises: int
    orders: int
    #: The highest marking of the whole ledger (what the main window shows).
    marking: Rendering | None = None

    @property
    def empty(self) -> bool:
        return self.exercises == 0 and self.orders == 0


def ledger_summary(ledger: Ledger) -> LedgerSummary:
    with ledger.reader() as session:
        return LedgerSummary(
            preferences=reference.get_preferences(session=session),
            exercises=len(reference.list_exercises(session=session)),
            orders=count_orders(session=session, flt=OrderFilter()),
            marking=marking_svc.rendering(session=session,
                                          marking=marking_svc.marking_for(session=session)),
        )


def write_backup(source: Path, target: SealedTarget) -> Path:
    """File > Backup: a consistent copy (plain, or sealed as the user chose), by the same
    service as the command line's ``backup --out`` (``services.protection.write_backup``)."""
    from acsa_desk.services.protection import write_backup as write

    try:
        write(source, target.path, passphrase=target.passphrase, recipients=target.recipients)
    except (sqlite3.Error, OSError) as exc:
        raise LedgerError(f"the backup could not be written to {target.path}: {exc}") from exc
    return target.path


def write_finance_csv(ledger: Ledger, path: Path, target: SealedTarget | None = None) -> int:
    target = target or SealedTarget(path)
    try:
        # with its marking sidecar and the audit record of where it was written
        return int(export_finance_marked(ledger, target.path, passphrase=target.passphrase,
                                         recipients=target.recipients)["rows"])
    except OSError as exc:
        raise LedgerError(f"{target.path} could not be written: {exc.strerror or exc}") from exc


def _import(
    ledger: Ledger, actor: str, path: Path, control: TaskControl, importer: Callable[..., Any],
    passphrase: str | None = None,
) -> Any:
    """Runs an importer in one unit of work: all or nothing, cancel rolls everything back.

    A sealed exchange file is opened first (``services.protection.opened_exchange``, as the
    command line does): what is refused names the user's file, never the opened copy."""
    from acsa_desk.services.protection import opened_exchange

    try:
        with opened_exchange(path, passphrase=passphrase, private_keys=()) as plain, \
                ledger.session(actor=actor) as session:
            return importer(session=session, path=plain, actor=actor, progress=control.progress,
                            cancelled=control.cancelled)
    except ImportCancelled:
        raise TaskCancelled() from None
    except OSError as exc:
        raise LedgerError(f"{path} could not be read: {exc.strerror or exc}") from exc


def build_demo_ledger(path: Path, actor: str, control: TaskControl, orders: int = DEMO_ORDERS) -> Ledger:
    """A new ledger at ``path`` filled with demo orders (cancel: nothing is written)."""
    control.progress(0, 0)
    ledger = open_ledger(path)
    try:
        with ledger.session(actor=actor) as session:
            fill_demo(session=session, orders=orders)
            control.raise_if_cancelled()
        return ledger
    except BaseException:
        ledger.close()
        raise


def close_ledger(ledger: Ledger, remove: Path | None = None) -> None:
    ledger.close()
    if remove is not None:
        shutil.rmtree(remove, ignore_errors=True)


# --- the controller --------------------------------------------------------------------------------


class AppController(QObject):
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
        self.actor = actor
        self._os_login = actor  # the default identity of a single-user ledger
        self.locale = locale
        self.context: AppContext | None = None
        #: Shows the preferences dialog (replaceable in tests: it is modal).
        self.preferences_editor: PreferencesEditor = PreferencesDialog.edit
        self._demo_dir: Path | None = None
        self._showing_welcome = False
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
            marking=self.window.marking_state,
        )
        self._demo_dir = demo_dir
        self._watch_file(ledger)
        events.show_orders.connect(self.show_orders)
        events.show_page.connect(lambda page_id: self.window.show_page(PageId(page_id)))
        events.ledger_changed.connect(self._ledger_changed)
        self._build_pages(self.context)
        self.who.start(self.context, self._os_login)
        self._show_database(ledger)
        if remember and ledger.path is not None:
            self.settings.remember_database(ledger.path)
        if old_context is not None:
            old_ledger = old_context.ledger
            old_context.events.deleteLater()
            # Queued behind whatever the old pages started (tasks run one at a time, in order).
            self.tasks.run(lambda: close_ledger(old_ledger, old_demo))
        emit(self.ledger_opened, ledger)
        self.check_first_run()

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

    def check_first_run(self) -> Task[LedgerSummary] | None:
        """Sets the banner; shows the welcome page while the ledger is empty."""
        if self.context is None:
            return None
        ledger = self.context.ledger
        return self.tasks.run(lambda: ledger_summary(ledger),
                              on_success=lambda summary: self._summarised(ledger, summary),
                              title=self.tr("Open database"))

    def _summarised(self, ledger: Ledger, summary: LedgerSummary) -> None:
        if ledger is not self.ledger:
            return  # another ledger was opened meanwhile
        self.window.set_marking(summary.marking)
        if summary.empty:
            self._showing_welcome = True
            self.window.show_welcome()
            # Focus on the first choice: were the navigation list to take the focus when the
            # window is activated, it would select its first entry and leave the welcome page.
            self.window.welcome_page.new_exercise_button.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self._showing_welcome or self.window.current_page_id() is None:
            self._showing_welcome = False
            self.window.show_page(PageId.DASHBOARD)
        emit(self.ready, summary)

    def _ledger_changed(self, _what: str) -> None:
        if self._showing_welcome:
            self.check_first_run()

    def _page_changed(self, page_id: object) -> None:
        if page_id is not None:
            self._showing_welcome = False

    def _build_pages(self, context: AppContext) -> None:
        w = self.window
        w.add_page(PageId.DASHBOARD, DashboardPage(context))
        w.add_page(PageId.EXERCISES, ExercisesPage(context))
        # editors opened from the Orders page register with Edit > Undo
        w.add_page(PageId.ORDERS, OrdersPage(context, undo_group=w.undo_group))
        w.add_page(PageId.SETTLEMENTS, SettlementsPage(context))
        w.add_page(PageId.DOCUMENTS, DocumentsPage(context))
        w.add_page(PageId.HISTORY, HistoryPage(context))
        w.add_page(PageId.RECONCILIATION, ReconciliationPage(context))
        w.add_page(PageId.AGREEMENTS, AgreementsPage(context))
        w.add_page(PageId.READINESS, ReadinessPage(context))

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
            self.tr("New database"), directory=self._start_folder(),
            filters=self._filters(self.tr("ACSA Desk ledgers"), "*.sqlite"))
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
            self.tr("Open database"), directory=self._start_folder(),
            filters=self._filters(self.tr("ACSA Desk ledgers"), "*.sqlite", "*.db"))
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

    # --- File menu: import, export, backup -----------------------------------------------------

    def import_orders(self) -> Task[OrdersImportResult] | None:
        """File > Import orders…: a CSV in our columns goes straight in (with progress and
        Cancel); a workbook, or a file with its own column names, opens the assistant."""
        if self.context is None:
            return None
        title = self.tr("Import orders")
        path = self.dialogs.open_file(title, directory=self._start_folder(), filters=";;".join([
            file_filter(self.tr("Orders files"), "*.csv", "*.xlsx", "*.ods"),
            file_filter(self.tr("CSV files"), "*.csv"), all_files_filter()]))
        if path is None:
            return None
        if not is_sealed(path) and not fits_as_is(path, ORDERS_REQUIRED):
            self.open_import_assistant(path)
            return None
        return self._start_import(title, import_orders, self._orders_imported, path=path)

    def open_import_assistant(self, path: Path) -> ImportAssistant | None:
        """The import assistant on ``path`` (also what dropping a file on the window does)."""
        if self.context is None:
            return None
        assistant = open_import_assistant(self.context, Path(path), self.window)
        assistant.imported.connect(lambda result, p=Path(path): self._orders_imported(p, result))
        return assistant

    def import_settlements(self) -> Task[SettlementsImportResult] | None:
        return self._start_import(self.tr("Import settlements"), import_settlements,
                                  self._settlements_imported)

    def _start_import(self, title: str, importer: Callable[..., Any],
                      report: Callable[[Path, Any], None],
                      path: Path | None = None) -> Task[Any] | None:
        context = self.context
        if context is None:
            return None
        if path is None:
            path = self.dialogs.open_file(title, directory=self._start_folder(),
                                          filters=self._filters(self.tr("CSV files"), "*.csv"))
        if path is None:
            return None
        secret = None
        if is_sealed(path):
            secret = self._sealed_passphrase(title, path)
            if secret is None:
                return None
        ledger, actor = context.ledger, self.actor
        task = self.tasks.run_with_progress(
            lambda control: _import(ledger, actor, path, control, importer, secret),
            label=self.tr("Importing {name}…").format(name=path.name),
            title=title,
            on_success=lambda result: report(path, result),
            on_failure=lambda error: self._import_failed(title, path, error),
        )
        task.cancelled.connect(lambda: self.messages.info(
            self.tr("Import of {name} cancelled: nothing was imported.").format(name=path.name)))
        return task

    def _sealed_passphrase(self, title: str, path: Path) -> str | None:
        """The passphrase of a sealed exchange file (its clear header says how it is marked)."""
        from acsa_desk.core.sealed import SealError, read_header

        try:
            with path.open("rb") as f:
                header, _ = read_header(f)
        except (OSError, SealError) as exc:
            self.dialogs.warning(title, f"{path}: {exc}")
            return None
        return self.dialogs.passphrase(title, file_name=path.name,
                                       banner=str(header.get("banner") or ""))

    def _orders_imported(self, path: Path, result: OrdersImportResult) -> None:
        lines = [self.tr("{orders} ({lines}) imported from {name}.").format(
            orders=counted(self.tr("%n order(s)", "", result.orders), result.orders),
            lines=counted(self.tr("%n line(s)", "", result.lines), result.lines), name=path.name)]
        if result.new_exercises:
            lines.append(self.tr("New exercises: {names}.").format(names=", ".join(result.new_exercises)))
        if result.new_partners:
            lines.append(self.tr("New partners: {codes}.").format(codes=", ".join(result.new_partners)))
        self._imported(self.tr("Import orders"), "\n".join(lines), result)

    def _settlements_imported(self, path: Path, result: SettlementsImportResult) -> None:
        text = self.tr("{settlements} imported from {name}; now settled: {orders}.").format(
            settlements=counted(self.tr("%n settlement(s)", "", result.settlements),
                                result.settlements),
            name=path.name,
            orders=counted(self.tr("%n order(s)", "", result.orders_settled), result.orders_settled))
        self._imported(self.tr("Import settlements"), text, result)

    def _imported(self, title: str, text: str, result: object) -> None:
        if self.context is not None:
            self.context.events.changed("orders")
        self.dialogs.information(title, text)
        emit(self.imported, result)

    def _import_failed(self, title: str, path: Path, error: LedgerError) -> None:
        if isinstance(error, ImportRejected):
            count = len(error.defects)
            text = counted(self.tr(
                "{name} was refused: %n problem(s) found, each listed with its row and column "
                "in the details. Nothing was imported.\n\nFirst: {first}", "", count), count,
            ).format(name=path.name, first=ui_defect(error.defects[0]) if error.defects else "")
            details = "\n".join(ui_defect(defect) for defect in error.defects)
            self.dialogs.warning(title, text, details=details)
        else:
            self.tasks.show_expected_error(error, title)

    def export_finance(self) -> Task[int] | None:
        context = self.context
        if context is None:
            return None
        title = self.tr("Export finance CSV")
        suggestion = str(Path(self._start_folder()) / f"finance-{date.today().isoformat()}.csv")
        path = self.dialogs.save_file(title, directory=suggestion,
                                      filters=self._filters(self.tr("CSV files"), "*.csv"))
        if path is None:
            return None
        target = self._sealing(title, path, kind="finance-csv")
        if target is None:
            return None
        ledger = context.ledger
        return self.tasks.run(
            lambda: write_finance_csv(ledger, path, target),
            on_success=lambda rows: self.messages.info(
                (counted(self.tr("%n order line(s) written to {path}, sealed.", "", rows), rows)
                 if target.sealed else
                 counted(self.tr("%n order line(s) written to {path}.", "", rows), rows)).format(
                    path=target.path)),
            title=title,
        )

    def _sealing(self, title: str, path: Path, *, kind: str) -> SealedTarget | None:
        """Whether ``path`` is sealed (ui/sealing.choose_sealing: the rule the command line
        follows); None when cancelled or refused (the reason shown)."""
        try:
            return choose_sealing(self.context, title, path, kind=kind)
        except LedgerError as error:
            self.tasks.show_expected_error(error, title)
            return None

    def backup(self) -> Task[Path] | None:
        context = self.context
        if context is None:
            return None
        ledger = context.ledger
        source = ledger.path
        title = self.tr("Backup")
        if source is None:
            self.dialogs.information(
                title,
                self.tr("This ledger is kept on a database server ({where}). Backing it up is the "
                        "server's job (for instance pg_dump by its administrator), not ACSA Desk's."
                        ).format(where=ledger.describe()))
            return None
        suggestion = source.with_name(f"{source.stem}-backup-{date.today().isoformat()}.sqlite")
        path = self.dialogs.save_file(title, directory=str(suggestion),
                                      filters=self._filters(self.tr("ACSA Desk ledgers"), "*.sqlite"))
        if path is None:
            return None
        if path.resolve() == source.resolve():
            self.dialogs.warning(title,
                                 self.tr("Choose another file: a backup cannot replace the ledger itself."))
            return None
        target = self._sealing(title, path, kind="backup")
        if target is None:
            return None
        return self.tasks.run(
            lambda: write_backup(source, target),
            on_success=lambda written: self.messages.info(
                (self.tr("Sealed backup written to {path}.") if target.sealed else
                 self.tr("Backup written to {path}.")).format(path=written)),
            title=title,
        )

    # --- first run -----------------------------------------------------------------------------

    def new_exercise(self) -> ExerciseDialog | None:
        if self.context is None:
            return None
        dialog = open_exercise_editor(self.context, None, self.window)
        dialog.saved.connect(self._first_exercise_saved)
        return dialog

    def _first_exercise_saved(self, exercise_id: int) -> None:
        self._showing_welcome = False
        self.window.show_page(PageId.EXERCISES)
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

    def _start_folder(self) -> str:
        ledger = self.ledger
        if ledger is not None and ledger.path is not None and self._demo_dir is None:
            return str(ledger.path.parent)
        return str(Path.home())

    @staticmethod
    def _filters(description: str, *patterns: str) -> str:
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
