"""Work the controller runs in worker threads: plain values in, plain values out (no widget).

The services behind File > Backup, Export finance, the imports and the demo ledger are
imported inside each function: none of them is on the path to the first painted window.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from acsa_desk.core.errors import LedgerError
from acsa_desk.db.engine import Ledger, open_ledger
from acsa_desk.ui.summary import LedgerSummary
from acsa_desk.ui.tasks import TaskCancelled, TaskControl

if TYPE_CHECKING:
    from acsa_desk.ui.dashboard.snapshot import Snapshot
    from acsa_desk.ui.sealing import SealedTarget

#: How many orders the demo ledger gets.
DEMO_ORDERS = 500


def ledger_summary(ledger: Ledger) -> LedgerSummary:
    """The ledger's marking and counts, read through the services (the ORM models)."""
    from acsa_desk.services import marking as marking_svc
    from acsa_desk.services import reference
    from acsa_desk.services.queries import OrderFilter, count_orders

    with ledger.reader() as session:
        return LedgerSummary(
            exercises=len(reference.list_exercises(session=session)),
            orders=count_orders(session=session, flt=OrderFilter()),
            marking=marking_svc.rendering(session=session,
                                          marking=marking_svc.marking_for(session=session)),
        )


def first_look(ledger: Ledger, snapshots: Path | None) -> Snapshot | LedgerSummary:
    """The dashboard's last figures with the ledger summary kept with them, when the ledger is
    unchanged since (no ORM model needed: its content fingerprint, a small file); else the
    summary read now (``snapshots``: the folder of the kept figures, None for none)."""
    if snapshots is not None and ledger.path is not None:
        from acsa_desk.ui.dashboard import snapshot

        kept = snapshot.load(snapshots, ledger.path, snapshot.fingerprint(ledger.path))
        if kept is not None:
            return kept
    return ledger_summary(ledger)


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
    from acsa_desk.services.exports import export_finance_marked
    from acsa_desk.ui.sealing import SealedTarget

    target = target or SealedTarget(path)
    try:
        # with its marking sidecar and the audit record of where it was written
        return int(export_finance_marked(ledger, target.path, passphrase=target.passphrase,
                                         recipients=target.recipients)["rows"])
    except OSError as exc:
        raise LedgerError(f"{target.path} could not be written: {exc.strerror or exc}") from exc


def run_import(
    ledger: Ledger, actor: str, path: Path, control: TaskControl, importer: Callable[..., Any],
    passphrase: str | None = None,
) -> Any:
    """Runs an importer in one unit of work: all or nothing, cancel rolls everything back.

    A sealed exchange file is opened first (``services.protection.opened_exchange``, as the
    command line does): what is refused names the user's file, never the opened copy."""
    from acsa_desk.interchange.csvfile import ImportCancelled
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
    from acsa_desk.services.demo import fill_demo

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

