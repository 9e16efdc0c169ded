"""The File menu's imports, export and backup: what the controller's menu entries do.

Each function takes the :class:`~acsa_desk.ui.controller.AppController` and asks (dialogs),
starts the work on its TaskManager and reports the outcome, as the controller's own methods
do; the texts keep the controller's translation context. The importers, the sealing rules and
the import assistant are imported when first used: none of them is needed to open the window.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from acsa_desk.core.errors import ImportRejected, LedgerError
from acsa_desk.ui.dialogs import all_files_filter, file_filter
from acsa_desk.ui.ledger_work import run_import, write_backup, write_finance_csv
from acsa_desk.ui.messages import counted
from acsa_desk.ui.qtfix import emit

if TYPE_CHECKING:
    from acsa_desk.interchange.orders_import import OrdersImportResult
    from acsa_desk.interchange.settlements_import import SettlementsImportResult
    from acsa_desk.ui.controller import AppController
    from acsa_desk.ui.import_assistant import ImportAssistant
    from acsa_desk.ui.sealing import SealedTarget
    from acsa_desk.ui.tasks import Task

translate = QCoreApplication.translate


def orders_importer() -> Callable[..., Any]:
    """The orders importer the File menu runs (``interchange.orders_import.import_orders``)."""
    from acsa_desk.interchange.orders_import import import_orders

    return import_orders


def import_orders_file(c: AppController) -> Task[OrdersImportResult] | None:
    """File > Import orders…: a CSV in our columns goes straight in (with progress and
    Cancel); a workbook, or a file with its own column names, opens the assistant."""
    if c.context is None:
        return None
    title = translate("AppController", "Import orders")
    path = c.dialogs.open_file(title, directory=c.start_folder(), filters=";;".join([
        file_filter(translate("AppController", "Orders files"), "*.csv", "*.xlsx", "*.ods"),
        file_filter(translate("AppController", "CSV files"), "*.csv"), all_files_filter()]))
    if path is None:
        return None
    from acsa_desk.core.sealed import is_sealed
    from acsa_desk.interchange.orders_import import REQUIRED as ORDERS_REQUIRED
    from acsa_desk.interchange.spreadsheet import fits_as_is

    if not is_sealed(path) and not fits_as_is(path, ORDERS_REQUIRED):
        open_import_assistant(c, path)
        return None
    return start_import(c, title, orders_importer(),
                        lambda p, result: orders_imported(c, p, result), path=path)


def open_import_assistant(c: AppController, path: Path) -> ImportAssistant | None:
    """The import assistant on ``path`` (also what dropping a file on the window does)."""
    if c.context is None:
        return None
    from acsa_desk.ui.import_assistant import open_import_assistant as open_assistant

    assistant = open_assistant(c.context, Path(path), c.window)
    assistant.imported.connect(lambda result, p=Path(path): orders_imported(c, p, result))
    return assistant


def import_settlements_file(c: AppController) -> Task[SettlementsImportResult] | None:
    from acsa_desk.interchange.settlements_import import import_settlements

    return start_import(c, translate("AppController", "Import settlements"), import_settlements,
                        lambda p, result: settlements_imported(c, p, result))


def start_import(c: AppController, title: str, importer: Callable[..., Any],
                  report: Callable[[Path, Any], None],
                  path: Path | None = None) -> Task[Any] | None:
    context = c.context
    if context is None:
        return None
    if path is None:
        path = c.dialogs.open_file(title, directory=c.start_folder(),
                                      filters=c.filters(translate("AppController", "CSV files"), "*.csv"))
    if path is None:
        return None
    from acsa_desk.core.sealed import is_sealed

    secret = None
    if is_sealed(path):
        secret = sealed_passphrase(c, title, path)
        if secret is None:
            return None
    ledger, actor = context.ledger, c.actor
    task = c.tasks.run_with_progress(
        lambda control: run_import(ledger, actor, path, control, importer, secret),
        label=translate("AppController", "Importing {name}…").format(name=path.name),
        title=title,
        on_success=lambda result: report(path, result),
        on_failure=lambda error: import_failed(c, title, path, error),
    )
    task.cancelled.connect(lambda: c.messages.info(
        translate("AppController", "Import of {name} cancelled: nothing was imported.").format(
            name=path.name)))
    return task


def sealed_passphrase(c: AppController, title: str, path: Path) -> str | None:
    """The passphrase of a sealed exchange file (its clear header says how it is marked)."""
    from acsa_desk.core.sealed import SealError, read_header

    try:
        with path.open("rb") as f:
            header, _ = read_header(f)
    except (OSError, SealError) as exc:
        c.dialogs.warning(title, f"{path}: {exc}")
        return None
    return c.dialogs.passphrase(title, file_name=path.name,
                                   banner=str(header.get("banner") or ""))


def orders_imported(c: AppController, path: Path, result: OrdersImportResult) -> None:
    lines = [translate("AppController", "{orders} ({lines}) imported from {name}.").format(
        orders=counted(translate("AppController", "%n order(s)", "", result.orders), result.orders),
        lines=counted(translate("AppController", "%n line(s)", "", result.lines), result.lines),
        name=path.name)]
    if result.new_exercises:
        lines.append(translate("AppController", "New exercises: {names}.").format(
            names=", ".join(result.new_exercises)))
    if result.new_partners:
        lines.append(translate("AppController", "New partners: {codes}.").format(
            codes=", ".join(result.new_partners)))
    imported(c, translate("AppController", "Import orders"), "\n".join(lines), result)


def settlements_imported(c: AppController, path: Path, result: SettlementsImportResult) -> None:
    text = translate("AppController", "{settlements} imported from {name}; now settled: {orders}.").format(
        settlements=counted(translate("AppController", "%n settlement(s)", "", result.settlements),
                            result.settlements),
        name=path.name,
        orders=counted(translate("AppController", "%n order(s)", "", result.orders_settled),
                       result.orders_settled))
    imported(c, translate("AppController", "Import settlements"), text, result)


def imported(c: AppController, title: str, text: str, result: object) -> None:
    if c.context is not None:
        c.context.events.changed("orders")
    c.dialogs.information(title, text)
    emit(c.imported, result)


def import_failed(c: AppController, title: str, path: Path, error: LedgerError) -> None:
    from acsa_desk.ui.service_text import ui_defect

    if isinstance(error, ImportRejected):
        count = len(error.defects)
        text = counted(translate(
            "AppController", "{name} was refused: %n problem(s) found, each listed with its row and column "
            "in the details. Nothing was imported.\n\nFirst: {first}", "", count), count,
        ).format(name=path.name, first=ui_defect(error.defects[0]) if error.defects else "")
        details = "\n".join(ui_defect(defect) for defect in error.defects)
        c.dialogs.warning(title, text, details=details)
    else:
        c.tasks.show_expected_error(error, title)


def export_finance(c: AppController) -> Task[int] | None:
    context = c.context
    if context is None:
        return None
    title = translate("AppController", "Export finance CSV")
    suggestion = str(Path(c.start_folder()) / f"finance-{date.today().isoformat()}.csv")
    path = c.dialogs.save_file(title, directory=suggestion,
                                  filters=c.filters(translate("AppController", "CSV files"), "*.csv"))
    if path is None:
        return None
    target = sealing(c, title, path, kind="finance-csv")
    if target is None:
        return None
    ledger = context.ledger
    return c.tasks.run(
        lambda: write_finance_csv(ledger, path, target),
        on_success=lambda rows: c.messages.info(
            (counted(translate("AppController", "%n order line(s) written to {path}, sealed.", "",
                               rows), rows)
             if target.sealed else
             counted(translate("AppController", "%n order line(s) written to {path}.", "", rows),
                     rows)).format(path=target.path)),
        title=title,
    )


def sealing(c: AppController, title: str, path: Path, *, kind: str) -> SealedTarget | None:
    """Whether ``path`` is sealed (ui/sealing.choose_sealing: the rule the command line
    follows); None when cancelled or refused (the reason shown)."""
    from acsa_desk.ui.sealing import choose_sealing

    try:
        return choose_sealing(c.context, title, path, kind=kind)
    except LedgerError as error:
        c.tasks.show_expected_error(error, title)
        return None


def backup(c: AppController) -> Task[Path] | None:
    context = c.context
    if context is None:
        return None
    ledger = context.ledger
    source = ledger.path
    title = translate("AppController", "Backup")
    if source is None:
        c.dialogs.information(
            title,
            translate("AppController",
                      "This ledger is kept on a database server ({where}). Backing it up is the "
                      "server's job (for instance pg_dump by its administrator), not ACSA Desk's."
                      ).format(where=ledger.describe()))
        return None
    suggestion = source.with_name(f"{source.stem}-backup-{date.today().isoformat()}.sqlite")
    path = c.dialogs.save_file(title, directory=str(suggestion),
                               filters=c.filters(translate("AppController", "ACSA Desk ledgers"),
                                                 "*.sqlite"))
    if path is None:
        return None
    if path.resolve() == source.resolve():
        c.dialogs.warning(title, translate(
            "AppController", "Choose another file: a backup cannot replace the ledger itself."))
        return None
    target = sealing(c, title, path, kind="backup")
    if target is None:
        return None
    return c.tasks.run(
        lambda: write_backup(source, target),
        on_success=lambda written: c.messages.info(
            (translate("AppController", "Sealed backup written to {path}.") if target.sealed else
             translate("AppController", "Backup written to {path}.")).format(path=written)),
        title=title,
    )

