"""The dashboard page (and the table helpers the other ledger pages share, in tables.py).

``DashboardPage`` and ``Tile`` are imported on first use: the Qt-free modules of the package
(``snapshot``, ``figures``) are loaded without the page (Qt) and its reads (the ORM models).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from acsa_desk.ui.dashboard.page import DashboardPage
    from acsa_desk.ui.dashboard.tiles import Tile

__all__ = ["DashboardPage", "Tile"]


def __getattr__(name: str) -> Any:
    if name == "DashboardPage":
        from acsa_desk.ui.dashboard.page import DashboardPage

        return DashboardPage
    if name == "Tile":
        from acsa_desk.ui.dashboard.tiles import Tile

        return Tile
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
