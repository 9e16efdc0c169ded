"""The life of an order, enforced here and nowhere else.

requested -> signed -> delivered (partially or fully) -> received -> invoiced -> settled
-> closed, plus cancelled. Nothing is deleted: a wrong delivery or settlement is reversed
by a new entry. Every status change is written to the order's history with who, when,
from, to and why. Each refusal raises ``RuleViolation`` naming the rule.

The cached totals (line ``delivered_quantity``/``billable_minor``, order ``billable_minor``
/ ``settled_minor``) are only ever changed by this service, in the same transaction as the entries.

The service is in three modules, re-exported here (callers and tests use this one):
``order_records`` (input shapes, reading, validation, the bookkeeping of a change),
``order_steps`` (entering, editing, signing, delivering, receiving, invoicing, closing,
cancelling, allowed actions) and ``order_settlements`` (settling, approving, reversing).
"""

from __future__ import annotations

from acsa_desk.services.order_records import (
    CONTACT_FIELDS,
    TEXT_LIMITS,
    LineInput,
    Official,
    OrderInput,
    _check_order_input,
    _check_reversible,
    _check_version,
    _require_status,
    _set_status,
    _touch,
    check_line,
    check_rik,
    check_version,
    deliveries,
    fully_delivered,
    get_order,
    has_both_signatures,
    history,
    invoices,
    missing_data,
    order_by_number,
    order_lines,
    outstanding_minor,
    receipts,
    refresh_oldest_unpaid,
    settlements,
    touch,
)
from acsa_desk.services.order_settlements import (
    SETTLEABLE,
    apply_settlement,
    approve_settlement,
    record_settlement,
    reverse_settlement,
    settle_if_nothing_outstanding,
    settlement_facts,
    unapproved_settlements,
)
from acsa_desk.services.order_steps import (
    DELIVERABLE,
    _replace_lines,
    allowed_actions,
    apply_delivery,
    cancel_order,
    close_order,
    create_order,
    raise_invoice,
    record_delivery,
    record_receipt,
    reverse_delivery,
    sign,
    update_order,
)

# Everything the module defined before the split, private helpers used elsewhere included.
__all__ = [
    "CONTACT_FIELDS",
    "DELIVERABLE",
    "SETTLEABLE",
    "TEXT_LIMITS",
    "LineInput",
    "Official",
    "OrderInput",
    "_check_order_input",
    "_check_reversible",
    "_check_version",
    "_replace_lines",
    "_require_status",
    "_set_status",
    "_touch",
    "allowed_actions",
    "apply_delivery",
    "apply_settlement",
    "approve_settlement",
    "cancel_order",
    "check_line",
    "check_rik",
    "check_version",
    "close_order",
    "create_order",
    "deliveries",
    "fully_delivered",
    "get_order",
    "has_both_signatures",
    "history",
    "invoices",
    "missing_data",
    "order_by_number",
    "order_lines",
    "outstanding_minor",
    "raise_invoice",
    "receipts",
    "record_delivery",
    "record_receipt",
    "record_settlement",
    "refresh_oldest_unpaid",
    "reverse_delivery",
    "reverse_settlement",
    "settle_if_nothing_outstanding",
    "settlement_facts",
    "settlements",
    "sign",
    "touch",
    "unapproved_settlements",
    "update_order",
]
