"""What every page and editor of the window is given: the open ledger and the app's services.

Pages never open the database themselves and never reach for globals: they receive an
``AppContext``. Database work runs through ``context.tasks`` (off the UI thread) and every
write is announced on ``context.events.ledger_changed`` so that other pages refresh.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from acsa_desk.db.engine import Ledger
from acsa_desk.ui.banner import MarkingState
from acsa_desk.ui.dialogs import Dialogs
from acsa_desk.ui.messages import MessageBridge
from acsa_desk.ui.people import People
from acsa_desk.ui.qtfix import emit
from acsa_desk.ui.settings import Settings
from acsa_desk.ui.tasks import TaskManager


class LedgerEvents(QObject):
    """Announces changes of the ledger to every page (always in the main thread)."""

    #: Something in the ledger changed; the argument names what (e.g. "orders", "exercises").
    ledger_changed = Signal(str)
    #: Show the orders behind a figure: an ``acsa_desk.services.queries.OrderFilter``.
    show_orders = Signal(object)
    #: Open one order in the editor, by id.
    open_order = Signal(int)
    #: Show a page of the main window, by its ``PageId`` value (e.g. "readiness").
    show_page = Signal(str)

    def changed(self, what: str) -> None:
        emit(self.ledger_changed, what)

    def request_orders(self, flt: object) -> None:
        emit(self.show_orders, flt)

    def request_order(self, order_id: int) -> None:
        emit(self.open_order, order_id)

    def request_page(self, page_id: str) -> None:
        emit(self.show_page, page_id)


@dataclass
class AppContext:
    ledger: Ledger
    tasks: TaskManager
    dialogs: Dialogs
    messages: MessageBridge
    settings: Settings
    events: LedgerEvents
    #: Who is using the program (operating-system login unless configured); recorded as the
    #: actor of every change and checked by the four-eyes rules.
    actor: str
    locale: str = "en_CA"
    #: The ledger's users (who may certify; names to show), loaded when the ledger opens.
    people: People = field(default_factory=People)
    #: The ledger's marking; every window's banners follow it (ui/banner.py, add_banners).
    marking: MarkingState = field(default_factory=MarkingState)
    #: Housekeeping and slow figures that must never hold up ``tasks`` (the integrity check,
    #: the audit-exceptions count): a low-priority manager of its own; None: ``tasks``.
    background: TaskManager | None = None

    @property
    def slow_tasks(self) -> TaskManager:
        return self.background if self.background is not None else self.tasks
