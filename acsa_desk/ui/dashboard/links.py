"""Where the dashboard's figures lead: a tile or a balance asks for an Orders list, an overdue
order opens in the editor, a balance's statement is previewed (``DashboardPage``'s clicks).

The Orders filter (``services.queries``) and the reads behind a figure (``data.py``) need the
ORM models: imported on the click, never on the path to the first paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QTableView, QWidget

from acsa_desk.core.domain import Direction, Status
from acsa_desk.services.ledger_sql import AgeingRow, Balance, OverdueOrder
from acsa_desk.ui.dashboard.tables import RowsModel, guarded

if TYPE_CHECKING:
    from acsa_desk.ui.context import AppContext
    from acsa_desk.ui.dashboard.figures import DashboardData


class ClickThrough:
    """The dashboard page's clicks (a mixin of ``DashboardPage``, which has these)."""

    context: AppContext
    _data: DashboardData | None
    balances_model: RowsModel[Balance]
    balances_view: QTableView
    ageing_model: RowsModel[AgeingRow]


    def _tile_clicked(self, name: str) -> None:
        from acsa_desk.services.queries import OrderFilter

        events = self.context.events
        if name == "awaiting_signatures":
            events.request_orders(OrderFilter(status=Status.REQUESTED.value))
        elif name == "delivered_without_signatures":
            events.request_orders(OrderFilter(unsigned_past_signing=True))
        elif name == "delivered_not_invoiced":  # two statuses: the list's multi-select
            from acsa_desk.core.domain import DELIVERED_NOT_INVOICED

            events.request_orders(OrderFilter(statuses=tuple(
                s.value for s in DELIVERED_NOT_INVOICED)))
        elif name == "invoiced_unsettled":
            events.request_orders(OrderFilter(status=Status.INVOICED.value))
        elif name == "audit_exceptions":  # the register, with every exception and its count
            events.request_page("readiness")

    def show_statement(self) -> QWidget | None:
        """Previews the statement of the partner of the selected balance (or the first)."""
        if self.balances_model.rowCount() == 0:
            return None
        current = self.balances_view.currentIndex()
        row = current if current.isValid() else self.balances_model.index(0, 0)
        partner = self.balances_model.row_at(row).partner
        from acsa_desk.ui.documents import preview_statement

        return preview_statement(self.context, partner, parent=self)

    def _balance_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        balance = self.balances_model.row_at(index)
        if index.column() == 2:
            directions: tuple[str, ...] = (Direction.PROVIDED.value,)
        elif index.column() == 3:
            directions = (Direction.RECEIVED.value,)
        else:
            directions = (Direction.PROVIDED.value, Direction.RECEIVED.value)
        self._request_behind(balance.partner, balance.currency, directions)

    def _ageing_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            row = self.ageing_model.row_at(index)
            self._request_behind(row.partner, row.currency, (row.direction,))

    def _chart_clicked(self, partner: str, currency: str) -> None:
        self._request_behind(partner, currency, (Direction.PROVIDED.value, Direction.RECEIVED.value))

    def _request_behind(self, partner: str, currency: str, directions: tuple[str, ...]) -> None:
        """Lists the orders with something outstanding behind a (partner, currency) figure."""
        from acsa_desk.services.queries import OrderFilter
        from acsa_desk.ui.dashboard.data import orders_behind

        ledger, events = self.context.ledger, self.context.events
        direction = directions[0] if len(directions) == 1 else None

        def show(ids: tuple[int, ...]) -> None:
            events.request_orders(OrderFilter(partner=partner, direction=direction, order_ids=ids))

        self.context.tasks.run(
            lambda: orders_behind(ledger, partner=partner, currency=currency, directions=directions),
            on_success=guarded(self, show),
        )

    def _late_activated(self, model: RowsModel[OverdueOrder], index: QModelIndex) -> None:
        if index.isValid():
            self.context.events.request_order(model.row_at(index).order_id)

    def _show_all_overdue(self) -> None:
        from acsa_desk.services.queries import OrderFilter

        if self._data is not None:
            self.context.events.request_orders(OrderFilter(overdue_as_of=self._data.as_of))

    def _show_all_due_soon(self) -> None:
        from acsa_desk.services.queries import OrderFilter

        if self._data is not None:
            self.context.events.request_orders(OrderFilter(order_ids=self._data.due_soon_ids))
