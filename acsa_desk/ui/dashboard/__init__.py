"""The dashboard page (and the table helpers the other ledger pages share, in tables.py)."""

from acsa_desk.ui.dashboard.page import DashboardPage
from acsa_desk.ui.dashboard.tiles import Tile

__all__ = ["DashboardPage", "Tile"]
