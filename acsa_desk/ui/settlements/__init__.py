"""The Settlements page: recent settlements and their four-eyes approval."""

from acsa_desk.ui.settlements.page import SettlementsPage

__all__ = ["SettlementsPage"]
