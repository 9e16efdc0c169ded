"""The readiness exception codes' names and an order's badge (Qt strings, no other import
from the window: the orders list, the order editor and the readiness page all use them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

__all__ = ["badge_text", "exception_label"]


def exception_label(code: str) -> str:
    """The short translated name of an exception code."""
    names = {
        "missing_data": QCoreApplication.translate("Readiness", "Required data missing"),
        "missing_signatures": QCoreApplication.translate("Readiness", "Signatures missing"),
        "missing_documents": QCoreApplication.translate("Readiness", "Documents missing"),
        "claim_late": QCoreApplication.translate("Readiness", "Claim late"),
        "finance_not_notified": QCoreApplication.translate("Readiness", "Finance not notified"),
        "due_soon": QCoreApplication.translate("Readiness", "Deadline within 60 days"),
        "overdue": QCoreApplication.translate("Readiness", "Overdue"),
        "awaiting_approval": QCoreApplication.translate("Readiness", "Awaiting approval"),
        "not_closed": QCoreApplication.translate("Readiness", "Could close, not closed"),
    }
    return names.get(code, code)


def badge_text(codes: tuple[str, ...]) -> str:
    """What an order's readiness badge says: ready, or how many exceptions."""
    if not codes:
        return QCoreApplication.translate("Readiness", "✓ ready")
    return QCoreApplication.translate("Readiness", "⚠ {count}").format(count=len(codes))
