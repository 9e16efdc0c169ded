"""The Reconciliation page's fixtures: the orders widgets' AppContext over a real ledger."""

from tests.ui.orders.conftest import context, make_context, pytest_collection_modifyitems  # noqa: F401
