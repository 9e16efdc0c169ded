"""A tour of every page and dialog of the real window on a demo ledger, in one language.

:func:`tour` opens the main window (as cli/window.py wires it, with scripted dialogs: nothing
waits for a user) and yields ``(name, widget)`` for each view once its background work is done:
the welcome page, every page of :class:`PageId`, the order editor (a partly settled order and
a new one), each life-cycle step dialog, the exercise editor, the preferences, the sealing
and passphrase dialogs, the document preview, and every message box the tour made the window
show (as real QMessageBoxes, so Qt's own buttons appear), the user guide and the About box.
``python -m acsa_desk.ui.screenshots`` grabs each view;
``tests/ui/test_i18n_walk.py`` reads the texts of each one in French and Japanese.

Each dialog is closed when the consumer asks for the next view.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QSize, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from acsa_desk.ui.dialogs import DialogCall, DialogKind, ScriptedDialogs

#: The longest wait for a view's background work (a safety net; normally much shorter).
IDLE_TIMEOUT_MS = 60_000
#: How long the order form's preview is given to draw its pages (about 0.2 s is enough).
PDF_RENDER_MS = 1000
#: The money locale of each interface language (as cli/window.py chooses it).
LOCALES = {"en": "en_CA", "fr": "fr_CA", "ja": "ja_JP"}
#: The column names of the spreadsheet the tour gives the import assistant (a unit's own).
IMPORT_SAMPLE_HEADER = ("No de commande", "Exercice", "Partenaire", "Sens", "Date", "Devise",
                        "Catégorie", "Description", "Unité", "Quantité", "Prix")
#: The dashboard's lists after the first (overdue), by tab.
_DASHBOARD_TABS = {1: "due-soon", 2: "ageing"}


@dataclass
class Tour:
    """What a consumer of :func:`tour` may look at besides the views."""

    dialogs: ScriptedDialogs
    seen_dialog_classes: set[type]


def build_demo(path: Path, *, orders: int, seed: int, today: date | None = None) -> None:
    """A demo ledger at ``path`` with the preferences a unit would set."""
    from acsa_desk.db.engine import open_ledger
    from acsa_desk.services import reference
    from acsa_desk.services.demo import fill_demo

    ledger = open_ledger(path)
    try:
        with ledger.session(actor="demo") as session:
            if today is None:
                fill_demo(session=session, orders=orders, seed=seed)
            else:
                fill_demo(session=session, orders=orders, seed=seed, today=today)
            reference.set_preferences(session=session, preferences=reference.LedgerPreferences(
                banner="UNCLASSIFIED", home_nation="CAN", home_unit="Canadian Joint Operations Command",
                default_currency="CAD"))
    finally:
        ledger.close()


def tour(
    work: Path, demo: Path, language: str, *, size: tuple[int, int] = (1280, 800),
    qm_dir: Path | None = None, info: Tour | None = None,
) -> Iterator[tuple[str, QWidget]]:
    """Yields every view of the window over the demo ledger ``demo`` in ``language``.

    ``work`` is a scratch folder (settings, an empty ledger). The translators of ``language``
    are installed for the tour and English restored after it.
    """
    from acsa_desk.db.engine import open_ledger
    from acsa_desk.services.queries import OrderFilter, count_orders, page_orders
    from acsa_desk.ui import settings as opt
    from acsa_desk.ui.controller import assemble_window
    from acsa_desk.ui.fonts import register_fonts
    from acsa_desk.ui.i18n import install_translators
    from acsa_desk.ui.page import PageId
    from acsa_desk.ui.settings import Settings

    app = QApplication.instance()
    assert isinstance(app, QApplication), "tour() needs a QApplication"
    install_translators(app, language, qm_dir)
    register_fonts(app, language)
    info = info if info is not None else Tour(ScriptedDialogs(), set())
    dialogs = info.dialogs
    settings = Settings.from_file(work / f"settings-{language}.ini")
    settings.set(opt.UI_LANGUAGE, language)  # what the guide and the pages read
    parts = assemble_window(settings, dialogs, actor="tour", locale=LOCALES[language])
    window, tasks, controller = parts.window, parts.tasks, parts.controller
    ledger = open_ledger(demo)
    empty = open_ledger(work / f"empty-{language}.sqlite")

    def settle() -> None:
        deadline = QTimer()
        deadline.setSingleShot(True)
        loop = QEventLoop()
        deadline.timeout.connect(loop.quit)
        deadline.start(IDLE_TIMEOUT_MS)
        for _round in range(3):
            # the pages' reads, and the slow figures on the low-priority worker (the
            # dashboard's audit-exceptions count): what the view shows once settled
            for manager in (tasks, controller.maintenance):
                while manager.busy and deadline.isActive():
                    manager.busy_changed.connect(loop.quit)
                    loop.exec()
                    manager.busy_changed.disconnect(loop.quit)
            QCoreApplication.processEvents()
            QCoreApplication.sendPostedEvents()
        deadline.stop()

    def new_top_levels(before: set[QWidget]) -> list[QWidget]:
        return [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]

    def seen(widget: QWidget) -> QWidget:
        for dialog in [widget, *widget.findChildren(QDialog)]:
            if isinstance(dialog, QDialog):
                info.seen_dialog_classes.add(type(dialog))
        return widget

    try:
        window.resize(QSize(*size))
        window.show()
        controller.set_ledger(empty, remember=False)
        settle()
        yield "welcome", window
        controller.set_ledger(ledger, remember=False)
        settle()
        for page_id in PageId:
            window.show_page(page_id)
            settle()
            page = window.page(page_id)
            if page_id is PageId.EXERCISES:
                view = getattr(page, "view", None)
                if view is not None and view.model() is not None and view.model().rowCount() > 0:
                    view.selectRow(0)
                    settle()
            yield str(page_id), window
            lists = getattr(page, "lists", None)
            if page_id is PageId.DASHBOARD and lists is not None:
                for index in range(1, lists.count()):
                    lists.setCurrentIndex(index)
                    settle()
                    yield f"dashboard-{_DASHBOARD_TABS.get(index, index)}", window
                lists.setCurrentIndex(0)
            tile = getattr(page, "tiles", {}).get("delivered_not_invoiced")
            if page_id is PageId.DASHBOARD and tile is not None:
                tile.click()  # the Orders page, filtered by the tile's two statuses
                settle()
                yield "orders-delivered-not-invoiced", window
                controller.show_orders(OrderFilter())  # the list as it was, for its own view
                settle()
                window.show_page(page_id)
                settle()
            if page_id is PageId.HISTORY and callable(getattr(page, "verify", None)):
                page.verify()
                settle()
                yield "history-verified", window

        # the exercise editor, with a validation message shown
        exercise = controller.new_exercise()
        if exercise is not None:
            exercise.name.setText("Operation NEON 2027")
            exercise.partners.setText("JPN, USA")
            exercise.starts_on.setDate(exercise.starts_on.date().addDays(20))
            exercise.validate()
            settle()
            yield "exercise-editor", seen(exercise)
            exercise.reject()

        # preferences (opened directly: the controller's copy would wait in exec())
        from acsa_desk.ui.preferences import LedgerPreferences, PreferencesDialog
        from acsa_desk.ui.users_panel import UsersPanel

        context = controller.context
        panel = UsersPanel(context) if context is not None else None  # an admin's Users page
        preferences = PreferencesDialog(settings, LedgerPreferences(home_nation="XXX"), window,
                                        panel)
        preferences.validate()
        preferences.show()
        settle()
        yield "preferences", seen(preferences)
        preferences.reject()

        # sealing a file that leaves the machine, and opening a sealed one (ui/sealing.py)
        from acsa_desk.core.marking import BUILTIN_SCHEMES, make_marking, render
        from acsa_desk.services.protection import SealAdvice
        from acsa_desk.ui.sealing import OpenSealedDialog, SealDialog

        marked = render(make_marking(BUILTIN_SCHEMES["ca"], "PROTECTED B", rel_to=("CAN", "JPN"),
                                     originators=("JPN",)), BUILTIN_SCHEMES)
        banner = f"{marked.banner}"
        for name, shown in (
            ("seal-backup", SealDialog(QCoreApplication.translate("AppController", "Backup"),
                                       file_name="ledger-backup.sqlite",
                                       advice=SealAdvice(True, True, banner), rendering=marked,
                                       recipients=("JPN-JMSDF",), parent=window)),
            ("seal-export", SealDialog(QCoreApplication.translate("AppController",
                                                                  "Export finance CSV"),
                                       file_name="finance.csv",
                                       advice=SealAdvice(False, True, banner), rendering=marked,
                                       parent=window)),
            ("open-sealed", OpenSealedDialog(QCoreApplication.translate("AppController",
                                                                        "Import orders"),
                                             file_name="from-jpn.csv.acsa", banner=banner,
                                             parent=window)),
        ):
            if name == "seal-backup":
                shown.passphrase.edit.setText("correct horse")  # the hint as it is typed
                shown.repeat.setText("correct horse")
            shown.show()
            settle()
            yield name, seen(shown)
            shown.reject()
            shown.deleteLater()

        # who is working on a shared laptop, and an officer certifying a settlement
        from acsa_desk.ui.people import People, Person
        from acsa_desk.ui.signin import CertifyDialog, SignInDialog

        cast = (Person("roy", "PO1 M. Roy", "clerk", True, True),
                Person("tremblay", "Lt(N) Tremblay", "officer", True, True))
        people = People(cast, "roy", True, {p.login: p for p in cast})
        for name, shown in (
            ("sign-in", SignInDialog(people, lambda *_a: None, window)),
            ("certify", CertifyDialog(QCoreApplication.translate("SettlementsPage",
                                                                 "Approve a settlement"),
                                      "", people, entered_by="roy",
                                      actor="roy", step=lambda *_a: None, what="approve",
                                      parent=window)),
        ):
            shown.show()
            settle()
            yield name, seen(shown)
            shown.reject()
            shown.deleteLater()

        # the order editor: a partly settled order, its step dialogs, a new order
        with ledger.reader() as session:
            total = count_orders(session=session, flt=OrderFilter())
            rows = page_orders(session=session, flt=OrderFilter(), sort="number", descending=False,
                               limit=total)
        partly = next((r for r in rows if 0 < r.settled_minor < r.billable_minor),
                      next((r for r in rows if r.status not in ("requested", "cancelled")), None))
        requested = next((r for r in rows if r.status == "requested"), None)
        for name, row in (("order-editor", partly), ("order-editor-requested", requested)):
            if row is None:
                continue
            before = set(QApplication.topLevelWidgets())
            controller.open_order(row.id)
            settle()
            opened = new_top_levels(before)
            if not opened:
                continue
            editor = opened[0]
            yield name, seen(editor)
            panel = getattr(editor, "attachments_panel", None)
            if panel is not None:  # the Documents and claim tab: what each document is for
                editor.tabs.setCurrentWidget(panel)  # type: ignore[attr-defined]
                settle()
                yield f"{name}-documents", seen(editor)
                editor.tabs.setCurrentIndex(0)  # type: ignore[attr-defined]
            make = getattr(editor, "_make_step_dialog", None)
            snapshot = getattr(editor, "snapshot", None)
            snapshot = snapshot() if callable(snapshot) else snapshot
            for action in list(getattr(editor, "step_actions", {})):
                if make is None or snapshot is None:
                    break
                with contextlib.suppress(ValueError):
                    step = make(action, snapshot)
                    step.show()
                    settle()
                    yield f"{name}-{action}", seen(step)
                    step.reject()
                    step.deleteLater()
            preview = getattr(editor, "order_form_action", None)
            if name == "order-editor" and preview is not None:
                before = set(QApplication.topLevelWidgets())
                preview.trigger()
                settle()
                pause = QEventLoop()  # QPdfView draws its pages in its own threads, after
                QTimer.singleShot(PDF_RENDER_MS, pause.quit)  # the read has settled
                pause.exec()
                for shown in new_top_levels(before):
                    yield "order-form-preview", seen(shown)
                    shown.close()
            editor.close()
            settle()
        page = window.page(PageId.ORDERS)
        new_order = getattr(page, "new_order", None)
        if callable(new_order):
            editor = new_order()
            settle()
            yield "order-editor-new", seen(editor)
            number = getattr(editor, "number_edit", None)
            if number is not None:  # typed something: closing asks (Save/Discard/Cancel below)
                number.setText("CAN-JPN-27-0001")
                dialogs.answer_unsaved("discard")
            editor.close()
            settle()

        # the import assistant on a spreadsheet with its own column names and a defect
        sheet = work / f"orders-{language}.csv"
        sheet.write_text(
            ",".join(IMPORT_SAMPLE_HEADER)
            + "\nX-1,KAEDEX 2024,JPN,provided,2024-06-01,CAD,fuel,Diesel,L,10,1.5\n"
            "X-2,KAEDEX 2024,JPN,provided,2024-06-31,CAD,fuel,Diesel,L,10,1.5\n", encoding="utf-8")
        open_assistant = getattr(controller, "open_import_assistant", None)
        if callable(open_assistant):
            assistant = open_assistant(sheet)
            if assistant is not None:
                settle()
                yield "import-assistant", seen(assistant)
                assistant.close()
                settle()

        # help: the user guide (F1) and the About box
        for name, show in (("user-guide", window.show_user_guide), ("about", window.show_about)):
            shown = show()
            settle()
            yield name, seen(shown)
            shown.close()
            settle()

        # message boxes: the database in use, and every one shown so far
        controller.show_database_in_use()
        settle()
        watch = getattr(controller, "ledger_watch", None)  # what it says when the file goes
        if watch is not None:
            title, text, _label = watch.texts("replaced")
            dialogs.warning(title, text)
        for index, call in enumerate(list(dialogs.calls)):
            if call.kind in (DialogKind.SEAL, DialogKind.PASSPHRASE):
                continue  # not message boxes: the sealing dialogs are shown above
            box = message_box(call, window)
            box.show()
            settle()
            yield f"message-{index}-{call.kind}", box
            box.close()
            box.deleteLater()
    finally:
        settle()
        window.close()
        controller.maintenance.shutdown()
        tasks.shutdown()
        controller.close()
        ledger.close()
        empty.close()
        window.deleteLater()
        QCoreApplication.processEvents()
        install_translators(app, "en")


def message_box(call: DialogCall, parent: QWidget | None) -> QMessageBox:
    """The QMessageBox QtDialogs would show for ``call`` (not executed)."""
    icons = {
        DialogKind.INFORMATION: QMessageBox.Icon.Information,
        DialogKind.WARNING: QMessageBox.Icon.Warning,
        DialogKind.ERROR: QMessageBox.Icon.Critical,
        DialogKind.QUESTION: QMessageBox.Icon.Question,
        DialogKind.UNSAVED: QMessageBox.Icon.Warning,
    }
    standard = QMessageBox.StandardButton
    buttons = {DialogKind.QUESTION: standard.Yes | standard.No,
               DialogKind.UNSAVED: standard.Save | standard.Discard | standard.Cancel,
               }.get(call.kind, standard.Ok)
    box = QMessageBox(icons.get(call.kind, QMessageBox.Icon.Information), call.title, call.text,
                      buttons, parent)
    if call.details:
        box.setDetailedText(call.details)
    return box
