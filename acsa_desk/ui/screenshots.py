"""Screenshots of the real window on a demo ledger, for looking at and for the documentation.

    python -m acsa_desk.ui.screenshots --out DIR [--orders N] [--size 1280x800]

Builds a demo ledger in a temporary folder (the user's ledger and settings are never touched),
opens the real main window offscreen at 1280x800 and saves one PNG per view: the welcome page
(an empty ledger), dashboard, exercises and the exercise editor (showing a validation
message), orders list, an order editor on a partly settled order (when acsa_desk.ui.orders is
installed), settlements, documents, history and history after "Verify chain". Waits for the background
work of each page, never for a fixed time.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: The longest wait for a page's background work (a safety net; normally much shorter).
IDLE_TIMEOUT_MS = 60_000


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m acsa_desk.ui.screenshots",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder for the PNG files")
    parser.add_argument("--orders", type=int, default=500, help="demo orders (default 500)")
    parser.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--seed", type=int, default=2018)
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="acsa-desk-shots-") as folder:
        written = take(Path(folder), args.out, orders=args.orders, seed=args.seed, size=(width, height))
    for path in written:
        print(path)
    return 0


def take(work: Path, out: Path, *, orders: int, seed: int, size: tuple[int, int]) -> list[Path]:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QSize, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from acsa_desk.db.engine import open_ledger
    from acsa_desk.services import reference
    from acsa_desk.services.demo import fill_demo
    from acsa_desk.services.queries import OrderFilter, count_orders, page_orders
    from acsa_desk.ui.app import create_app
    from acsa_desk.ui.controller import assemble_window
    from acsa_desk.ui.dialogs import ScriptedDialogs
    from acsa_desk.ui.page import PageId
    from acsa_desk.ui.settings import Settings

    ledger = open_ledger(work / "demo.sqlite")
    with ledger.session(actor="demo") as session:
        fill_demo(session=session, orders=orders, seed=seed)
        reference.set_preferences(session=session, preferences=reference.LedgerPreferences(
            banner="UNCLASSIFIED", home_nation="CAN", home_unit="Canadian Joint Operations Command",
            default_currency="CAD"))
    with ledger.reader() as session:
        total = count_orders(session=session, flt=OrderFilter())
        rows = page_orders(session=session, flt=OrderFilter(), sort="number", descending=False, limit=total)
    partly_settled = next((r.id for r in rows if 0 < r.settled_minor < r.billable_minor), None)

    _app = QApplication.instance() or create_app(
        ["acsa-desk"], settings=Settings.from_file(work / "settings.ini"), log_dir=work / "logs",
        enable_faulthandler=False)
    settings = Settings.from_file(work / "settings.ini")
    dialogs = ScriptedDialogs()  # nothing may ask the user anything here
    parts = assemble_window(settings, dialogs, actor="screenshots", locale="en_CA")
    window, tasks, controller = parts.window, parts.tasks, parts.controller

    def settle() -> None:
        """Processes events until no background work is left (and once more for repaints)."""
        deadline = QTimer()
        deadline.setSingleShot(True)
        loop = QEventLoop()
        deadline.timeout.connect(loop.quit)
        deadline.start(IDLE_TIMEOUT_MS)
        for _round in range(3):
            while tasks.busy and deadline.isActive():
                tasks.busy_changed.connect(loop.quit)
                loop.exec()
                tasks.busy_changed.disconnect(loop.quit)
            QCoreApplication.processEvents()
            QCoreApplication.sendPostedEvents()
        deadline.stop()

    written: list[Path] = []

    def shot(name: str, widget: QWidget) -> None:
        settle()
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        written.append(path)

    window.resize(QSize(*size))
    window.show()
    empty = open_ledger(work / "empty.sqlite")  # first run: the welcome page
    controller.set_ledger(empty, remember=False)
    settle()
    shot("welcome", window)
    controller.set_ledger(ledger, remember=False)
    settle()
    window.show_page(PageId.DASHBOARD)
    settle()
    if (window.width(), window.height()) != size:
        widest = max(PageId, key=lambda p: window.page(p).minimumSizeHint().width())
        print(f"warning: the window is {window.width()}x{window.height()}, not {size[0]}x{size[1]}: "
              f"the {widest} page needs {window.page(widest).minimumSizeHint().width()} px",
              file=sys.stderr)

    pages: list[tuple[str, PageId, Callable[[], None] | None]] = [
        ("dashboard", PageId.DASHBOARD, None),
        ("exercises", PageId.EXERCISES, lambda: _select_first(window.page(PageId.EXERCISES))),
        ("orders", PageId.ORDERS, None),
        ("settlements", PageId.SETTLEMENTS, None),
        ("documents", PageId.DOCUMENTS, None),
        ("history", PageId.HISTORY, None),
    ]
    for name, page_id, prepare in pages:
        window.show_page(page_id)
        settle()
        if prepare is not None:
            prepare()
        shot(name, window)
        lists = getattr(window.page(page_id), "lists", None)
        if page_id is PageId.DASHBOARD and lists is not None:
            lists.setCurrentIndex(2)  # the ageing table
            shot("dashboard-ageing", window)
            lists.setCurrentIndex(0)
        if page_id is PageId.EXERCISES:
            editor = controller.new_exercise()
            if editor is not None:
                editor.name.setText("Operation NEON 2027")
                editor.partners.setText("JPN, USA")
                editor.starts_on.setDate(editor.starts_on.date().addDays(20))
                editor.validate()  # shows the end-before-start message beside the field
                shot("exercise-editor", editor)
                editor.reject()
        if page_id is PageId.HISTORY:
            history = window.page(PageId.HISTORY)
            verify = getattr(history, "verify", None)
            if callable(verify):
                verify()
                shot("history-verified", window)
        if page_id is PageId.ORDERS and partly_settled is not None:
            before = set(QApplication.topLevelWidgets())
            controller.open_order(partly_settled)
            settle()
            editor = next(
                (w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()), None)
            if editor is not None:
                shot("order-editor", editor.window())
                editor.window().close()
                settle()
    window.close()
    tasks.shutdown()
    controller.close()
    ledger.close()
    empty.close()
    return written


def _select_first(page: object) -> None:
    view = getattr(page, "view", None)
    if view is not None and view.model() is not None and view.model().rowCount() > 0:
        view.selectRow(0)


if __name__ == "__main__":
    sys.exit(main())
