"""The Reconciliation page: a partner's statement against our ledger, acted on item by item."""

from acsa_desk.ui.reconciliation.page import ReconciliationPage

__all__ = ["ReconciliationPage"]
