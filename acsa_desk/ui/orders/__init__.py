"""Orders: the list page (a table model over SQL) and the order editor with its life-cycle steps.

The application wiring uses::

    page = OrdersPage(context, undo_group=window.undo_group)   # also answers events.open_order
    window.add_page(PageId.ORDERS, page)
    window.find_requested.connect(page.focus_search)           # when the page is in view
    context.events.show_orders.connect(lambda flt: (page.apply_filter(flt),
                                                    window.show_page(PageId.ORDERS)))
    open_order_editor(context, order_id, parent, undo_group=window.undo_group)

Qt-free logic lives in :mod:`.form` (texts -> OrderInput, validation, totals) and
:mod:`.snapshot` (an order read as plain values).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from acsa_desk.ui.orders.editor import OrderEditor, open_order_editor
    from acsa_desk.ui.orders.editors import OrderEditors
    from acsa_desk.ui.orders.list_page import OrdersPage
    from acsa_desk.ui.orders.table_model import (
        AMOUNT_MINOR_ROLE,
        ORDER_ID_ROLE,
        ORDER_ROW_ROLE,
        STATUS_ROLE,
        Column,
        OrdersTableModel,
    )

#: Name -> the module defining it. Imported when first used, so that the main window (which
#: needs only ``keys``) does not pay for the editor and the list at start-up.
_HOMES = {
    "OrderEditor": "editor", "open_order_editor": "editor", "OrderEditors": "editors",
    "OrdersPage": "list_page", "AMOUNT_MINOR_ROLE": "table_model",
    "ORDER_ID_ROLE": "table_model", "ORDER_ROW_ROLE": "table_model",
    "STATUS_ROLE": "table_model", "Column": "table_model", "OrdersTableModel": "table_model",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value

__all__ = [
    "AMOUNT_MINOR_ROLE",
    "ORDER_ID_ROLE",
    "ORDER_ROW_ROLE",
    "STATUS_ROLE",
    "Column",
    "OrderEditor",
    "OrderEditors",
    "OrdersPage",
    "OrdersTableModel",
    "open_order_editor",
]
