"""Creates the QApplication: names, crash handler, translations. No database work here.

The application wiring (acsa_desk/cli/window.py) does::

    app = create_app(argv)
    messages = MessageBridge(app)
    dialogs = QtDialogs()
    window = MainWindow(app.settings, dialogs, messages)
    dialogs.set_parent(window)
    app.dialogs.set_parent(window)              # crash dialogs become modal to the window
    tasks = TaskManager(messages, parent_widget=window, parent=window)
    app.aboutToQuit.connect(tasks.shutdown)
    app.crash_handler.add_rescue(...)           # e.g. roll back the open session
    ... open the database, window.set_database(path), window.set_banner(prefs.banner),
        plug the pages (window.add_page), connect the window's *_requested signals ...
    window.show()
    app.crash_handler.offer_leftover_report()
    return app.exec()
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication

from acsa_desk.ui import settings as opt
from acsa_desk.ui.crash import CrashHandler
from acsa_desk.ui.dialogs import QtDialogs
from acsa_desk.ui.fonts import register_fonts
from acsa_desk.ui.i18n import install_translators
from acsa_desk.ui.settings import Settings

APP_NAME = "ACSA Desk"
ORGANISATION = "ACSA Desk"


class DeskApplication(QApplication):
    """The QApplication with the objects made at start-up (the composition root's handles)."""

    settings: Settings
    dialogs: QtDialogs
    crash_handler: CrashHandler


def create_app(
    argv: Sequence[str] | None = None,
    *,
    settings: Settings | None = None,
    log_dir: Path | None = None,
    enable_faulthandler: bool = True,
) -> DeskApplication:
    """Creates and returns the application (only one per process).

    ``settings`` defaults to the user's settings file; ``log_dir`` (crash logs and the
    faulthandler file) to the user's data folder.
    """
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName(ORGANISATION)
    app = DeskApplication(list(argv) if argv is not None else sys.argv)
    app.settings = settings if settings is not None else Settings.for_user()
    app.dialogs = QtDialogs()
    app.crash_handler = CrashHandler(app.dialogs, log_dir, parent=app)
    app.crash_handler.install(enable_faulthandler=enable_faulthandler)
    app.aboutToQuit.connect(app.crash_handler.uninstall)
    install_translators(app, app.settings.get(opt.UI_LANGUAGE))
    register_fonts(app, app.settings.get(opt.UI_LANGUAGE))
    return app
