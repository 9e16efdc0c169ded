"""The History page: the audit trail and its verification."""

from acsa_desk.ui.history.data import HistoryFilter
from acsa_desk.ui.history.page import HistoryPage

__all__ = ["HistoryFilter", "HistoryPage"]
