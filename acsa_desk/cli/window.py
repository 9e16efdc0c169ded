"""``acsa-desk`` without a command: the desktop application.

Importing this module loads no Qt; :func:`open_window` does, when called. The wiring follows
``acsa_desk/ui/app.py``: application, message bridge, dialogs, main window, task manager, then
the ledger (opened before the window shows, so that a database that cannot be used is
explained first, with the offer to choose another file) and the controller that plugs the
pages in and answers the menus.

``ACSA_DESK_EXIT_AFTER_MS``: when set, the application quits by itself after that many
milliseconds (smoke tests run the real program under ``QT_QPA_PLATFORM=offscreen``).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from acsa_desk.db.engine import Ledger
    from acsa_desk.ui.controller import AppController
    from acsa_desk.ui.dialogs import Dialogs

log = logging.getLogger(__name__)

EXIT_AFTER_ENV = "ACSA_DESK_EXIT_AFTER_MS"
#: When "1": print ``painted <seconds since the process started>`` on standard error once the
#: window has painted with the dashboard's figures (or the welcome page) -- the benchmark's marker
#: -- and ``refreshed <seconds>`` once the figures just read are painted (the same moment when
#: there was no snapshot to show first); each followed by ``cpu <seconds>``, the process's CPU
#: time (user + system, all threads) so far.
REPORT_PAINTED_ENV = "ACSA_DESK_REPORT_PAINTED"

#: The locale money is formatted in, per interface language.
MONEY_LOCALES = {"en": "en_CA", "fr": "fr_CA", "ja": "ja_JP"}

# The Qt-free modules the first paint needs, imported before PySide6: once PySide6 is
# imported, its import hook (shibokensupport ``feature_imported``) reads the source of every
# module imported after it (``inspect.getsource``, looking for "PySide6"), about 0.1 s of CPU
# for these. What the first paint does not need is imported later, and pays it then. An
# up-to-date SQLite ledger is opened without SQLAlchemy (``open_ledger_deferred``): it is
# imported after the first paint of the kept figures, by the first unit of work.
QT_FREE_FIRST = (
    "acsa_desk.db.engine",
    "acsa_desk.db.backup",
    "acsa_desk.db.lock",
    "acsa_desk.db.search_index",
    "acsa_desk.db.actor_guard",
    "acsa_desk.services.identity",
    "acsa_desk.services.ledger_sql",
    "acsa_desk.ui.people",
    "acsa_desk.ui.summary",
    "acsa_desk.ui.dashboard.snapshot",  # (the package imports its page on first use)
)


def open_window(args: argparse.Namespace) -> int:
    """Runs the window on ``args.db`` (None: the default ledger); returns the exit status."""
    import importlib

    for name in QT_FREE_FIRST:
        importlib.import_module(name)

    from PySide6.QtCore import QCoreApplication, QTimer

    from acsa_desk.services.identity import current_user
    from acsa_desk.ui import settings as opt
    from acsa_desk.ui.app import create_app
    from acsa_desk.ui.controller import assemble_window
    from acsa_desk.ui.dialogs import QtDialogs

    entered = time.perf_counter()
    app = create_app([sys.argv[0] if sys.argv else "acsa-desk"])
    dialogs = QtDialogs()
    ledger = open_first_ledger(getattr(args, "db", None), dialogs)
    if ledger is None:
        return 1

    parts = assemble_window(
        app.settings, dialogs, actor=current_user(),
        locale=MONEY_LOCALES.get(app.settings.get(opt.UI_LANGUAGE), "en_CA"), messages_parent=app,
    )
    window, tasks, controller = parts.window, parts.tasks, parts.controller
    app.dialogs.set_parent(window)  # crash dialogs become modal to the window
    app.aboutToQuit.connect(tasks.shutdown)
    app.aboutToQuit.connect(controller.maintenance.shutdown)  # stops a check in progress
    app.crash_handler.add_rescue(controller.rescue)
    controller.set_ledger(ledger)
    # The integrity check and the backup of a large ledger take seconds: they run in the
    # background once the window has painted, and a damaged ledger is then closed.
    QTimer.singleShot(0, lambda: check_in_background(controller, dialogs))
    if os.environ.get(REPORT_PAINTED_ENV, "").strip() == "1":
        report_painted(controller, entered)

    exit_after = os.environ.get(EXIT_AFTER_ENV, "").strip()
    if exit_after:
        try:
            delay = max(0, int(exit_after))
        except ValueError:
            print(f"acsa-desk: {EXIT_AFTER_ENV} must be a number of milliseconds", file=sys.stderr)
            return 2
        QTimer.singleShot(delay, window.close)
        QTimer.singleShot(delay, QCoreApplication.quit)

    window.show()
    app.crash_handler.offer_leftover_report()
    status = app.exec()
    controller.maintenance.shutdown()
    tasks.shutdown()
    controller.close()
    return int(status)


def open_first_ledger(db: str | None, dialogs: Dialogs) -> Ledger | None:
    """Opens the ledger to start with; on a database that cannot be used, says why and offers
    to choose another file. None if the user declines."""
    from PySide6.QtCore import QCoreApplication

    from acsa_desk.core.errors import DatabaseProblem
    from acsa_desk.db import backup
    from acsa_desk.db.engine import open_ledger, open_ledger_deferred

    translate = QCoreApplication.translate

    target: str | Path | None = db
    while True:
        try:
            # The integrity check and the backup follow in the background (check_in_background).
            # An up-to-date SQLite ledger without SQLAlchemy (its engine is made after the
            # first paint); anything else the full way, which upgrades, creates or explains.
            return open_ledger_deferred(target) or open_ledger(target)
        except backup.DatabaseDamaged as damaged:
            log.error("damaged ledger %s: %s", damaged.path, damaged.problems[:3])
            if damaged.backup is not None and dialogs.question(
                translate("Startup", "The ledger is damaged"),
                translate("Startup", "{path} fails its integrity check ({problem}).\n\n"
                      "Restore the latest good backup, {backup}? The damaged file is kept aside.").format(
                    path=damaged.path, problem=damaged.problems[0], backup=damaged.backup),
            ):
                backup.restore(damaged.backup, damaged.path)
                target = damaged.path
                continue
            problem: DatabaseProblem = damaged
        except DatabaseProblem as exc:
            problem = exc
        log.warning("cannot open %s: %s", target, problem)
        again = dialogs.question(
            translate("Startup", "Cannot open the database"),
            translate("Startup", "{problem}\n\nChoose another database file?").format(
                problem=problem),
        )
        if not again:
            return None
        chosen = dialogs.open_file(
            translate("Startup", "Open database"),
            filters=translate("Startup", "ACSA Desk ledgers (*.sqlite *.db);;All files (*)"))
        if chosen is None:
            return None
        target = chosen


def check_in_background(controller: AppController, dialogs: Dialogs) -> object:
    """Checks the open SQLite ledger (``PRAGMA integrity_check``) and backs it up (rotated),
    off the UI thread. A damaged ledger: the latest good backup is offered; on yes the ledger
    is closed, the backup restored (the damaged file kept aside) and reopened.

    The check reads the whole file (seconds at 100,000 orders, 20 s at a million): it runs on
    the controller's low-priority housekeeping manager (``controller.maintenance``), never in
    the queue of the pages' reads, and closing the window stops it at once."""
    from PySide6.QtCore import QCoreApplication

    from acsa_desk.db import backup
    from acsa_desk.db.engine import open_ledger
    from acsa_desk.ui.tasks import TaskCancelled

    translate = QCoreApplication.translate

    ledger = controller.ledger
    if ledger is None or ledger.path is None:
        return None
    path = ledger.path
    stopper = backup.Stopper()
    controller.maintenance.on_shutdown(stopper.stop)

    def check() -> tuple[list[str], Path | None]:
        try:
            problems = backup.integrity_problems(path, stopper=stopper)
            if problems:
                return problems, backup.latest_good_backup(path)
            if not backup.unchanged_since_last_backup(path):  # no second copy of the same ledger
                backup.backup(path, stopper=stopper)
        except backup.Stopped:
            raise TaskCancelled() from None
        return [], None

    def checked(result: tuple[list[str], Path | None]) -> None:
        problems, good = result
        if not problems:
            return
        log.error("damaged ledger %s: %s", path, problems[:3])
        if good is not None and dialogs.question(
            translate("Startup", "The ledger is damaged"),
            translate("Startup", "{path} fails its integrity check ({problem}).\n\n"
                      "Restore the latest good backup, {backup}? The damaged file is kept aside.").format(
                path=path, problem=problems[0], backup=good),
        ):
            current = controller.ledger
            if current is not None:
                current.close()
            backup.restore(good, path)
            controller.set_ledger(open_ledger(path))
            return
        dialogs.error(translate("Startup", "The ledger is damaged"),
                      translate("Startup", "{path} fails its integrity check ({problem}). "
                                "Do not enter anything "
                         "until it is restored from a backup (acsa-desk restore).").format(
                          path=path, problem=problems[0]))

    return controller.maintenance.run(check, on_success=checked,
                                      title=translate("Startup", "Checking the ledger"))


def seconds_since_process_start(fallback_start: float) -> float:
    """Seconds since this process started (Linux: /proc/self/stat), else since
    ``fallback_start`` (a time.perf_counter() stamp)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")  # starttime: ticks since boot
        return time.clock_gettime(time.CLOCK_BOOTTIME) - started
    except (OSError, ValueError, IndexError, AttributeError):
        return time.perf_counter() - fallback_start


def report_painted(controller: AppController, entered: float) -> None:
    """Prints the ``painted`` marker once, after the paint that follows the dashboard's first
    figures (or the welcome page of an empty ledger)."""
    from PySide6.QtCore import QTimer

    from acsa_desk.ui.page import PageId

    done: set[str] = set()

    def report(marker: str) -> None:
        if marker not in done:
            done.add(marker)
            used = os.times()  # the process's CPU so far, every thread's (user + system)
            print(f"{marker} {seconds_since_process_start(entered):.3f} "
                  f"cpu {used.user + used.system:.3f}", file=sys.stderr, flush=True)

    def soon(fresh: bool = True) -> None:
        def markers() -> None:  # after the repaint the new figures asked for
            report("painted")
            if fresh:
                report("refreshed")

        QTimer.singleShot(0, markers)

    controller.ready.connect(lambda summary: soon() if getattr(summary, "empty", False) else None)
    try:
        dashboard = controller.window.page(PageId.DASHBOARD)
    except KeyError:
        return
    # the first figures painted: the last ones shown (kept per ledger, marked as such) when the
    # ledger is unchanged since, else the figures just read
    dashboard.figures_shown.connect(soon)  # type: ignore[attr-defined]
    if dashboard.data() is not None:  # type: ignore[attr-defined]  # shown before the window
        soon(not dashboard.is_from_snapshot())  # type: ignore[attr-defined]
