"""The life-cycle rules of an order, each written once.

Pure functions of plain values (no session, no ORM object), so that the one-by-one
services (``services/orders.py``, which the window and the command line call) and the bulk
imports (``interchange/``) apply the very same rule: a file can do nothing the window may
not. Each refusal raises ``RuleViolation`` naming the field it concerns, so an import can
turn it into a defect naming row and column.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from acsa_desk.core.categories import BY_CODE, is_supply
from acsa_desk.core.domain import SettlementMethod, Status
from acsa_desk.core.errors import RuleViolation
from acsa_desk.core.limits import MAX_AMOUNT_MINOR, check_identifier, check_reference_text
from acsa_desk.core.money import format_plain

DELIVERABLE = (Status.SIGNED, Status.DELIVERED, Status.RECEIVED, Status.INVOICED, Status.SETTLED)
SETTLEABLE = (Status.INVOICED, Status.SETTLED)
# Imported history may stand at these stages without signatures; an officer records them.
HISTORY_STAGES = (Status.DELIVERED, Status.RECEIVED, Status.INVOICED, Status.SETTLED,
                  Status.CLOSED)
SETTLEMENT_METHODS = tuple(m.value for m in SettlementMethod)


def require_status(number: str, status: str, action: str, allowed: Sequence[Status]) -> None:
    if status not in allowed:
        names = ", ".join(s.value for s in allowed)
        raise RuleViolation(
            "status", f"cannot {action} order {number}: it is {status} (allowed when {names})")


def check_order_number(number: str) -> str:
    return check_identifier(number, "order_number")


def check_reference(reference: str, what: str = "reference") -> str:
    """A payment or document reference: empty, or printable ASCII words."""
    return check_reference_text(reference, what) if reference else reference


def check_rik(categories: Sequence[str]) -> None:
    """Replacement in kind is only for supplies."""
    services = sorted({c for c in categories if not is_supply(c)})
    if services:
        names = ", ".join(BY_CODE[c].en for c in services)
        raise RuleViolation(
            "settlement_method",
            f"replacement in kind is only for supplies, and this order has services ({names})",
        )


def check_order_total(number: str, billable_minor: int, currency: str) -> None:
    """An order's billable amount stays within the ledger's bound (10^15 minor units)."""
    if billable_minor > MAX_AMOUNT_MINOR:
        raise RuleViolation(
            "billable",
            f"order {number} would bill {format_plain(billable_minor, currency)} {currency}, "
            "above the largest amount the ledger holds (10^15 minor units)")


# --- deliveries --------------------------------------------------------------------------


def check_deliverable(number: str, status: str) -> None:
    if status == Status.REQUESTED:
        raise RuleViolation(
            "status", f"order {number} cannot be delivered before both sides have signed it")
    require_status(number, status, "record a delivery on", DELIVERABLE)


def check_delivery_date(ordered_on: date, delivered_on: date) -> None:
    if delivered_on < ordered_on:
        raise RuleViolation(
            "delivered_on",
            f"a delivery ({delivered_on}) cannot be dated before the order date ({ordered_on})")


# --- receipt and invoice -----------------------------------------------------------------


def check_receipt(number: str, status: str, received_on: date,
                  last_delivered_on: date | None) -> None:
    """The receiving side acknowledges a delivery: after it, never before."""
    if last_delivered_on is None:
        raise RuleViolation("received_on", f"order {number} has no delivery to acknowledge")
    require_status(number, status, "acknowledge receipt of", (Status.DELIVERED,))
    if received_on < last_delivered_on:
        raise RuleViolation(
            "received_on",
            f"receipt ({received_on}) cannot be dated before the delivery ({last_delivered_on})")


def status_after_receipt(billable_minor: int, fully_delivered: bool) -> Status:
    """Received; or closed at once when everything came at no charge."""
    return Status.CLOSED if billable_minor == 0 and fully_delivered else Status.RECEIVED


def check_invoice(number: str, status: str, billable_minor: int, issued_on: date,
                  received_on: date | None, reference: str) -> None:
    """The claim is raised after the receipt, for something billable."""
    if received_on is None:
        raise RuleViolation("invoiced_on", f"order {number} has no receipt: invoice after it")
    require_status(number, status, "invoice", (Status.RECEIVED,))
    if not reference.strip():
        raise RuleViolation("reference", "the invoice or claim needs a reference")
    if billable_minor <= 0:
        raise RuleViolation("billable", "nothing has been delivered, so there is nothing to bill")
    if issued_on < received_on:
        raise RuleViolation(
            "invoiced_on",
            f"the invoice ({issued_on}) cannot be dated before the receipt ({received_on})")


# --- settlements -------------------------------------------------------------------------


PaymentKey = tuple[date, int, str]  # settled_on, amount in minor units, reference


def payment_key(settled_on: date, amount_minor: int, reference: str) -> PaymentKey:
    return (settled_on, amount_minor, reference.strip())


def check_settlement(
    *,
    number: str,
    status: str,
    order_currency: str,
    currency: str,
    method: str,
    amount_minor: int,
    left_minor: int,
    categories: Sequence[str],
    invoiced_on: date | None,
    settled_on: date,
    reference: str,
    recorded: frozenset[PaymentKey] | set[PaymentKey],
) -> None:
    """Every rule a settlement obeys, typed in or imported.

    ``left_minor`` is what the order still has outstanding (after earlier rows of a file);
    ``recorded`` holds the payments the order already has (and earlier rows of a file), so
    the same payment (order, date, amount, reference) is never recorded twice.
    """
    if method not in SETTLEMENT_METHODS:
        raise RuleViolation("method", "the method must be cash, rik, eve or offset")
    if currency != order_currency:
        raise RuleViolation(
            "currency", f"{currency} is not the currency of order {number} ({order_currency})")
    if amount_minor <= 0:
        raise RuleViolation("amount", "a settlement amount must be more than 0")
    if status == Status.CANCELLED:
        raise RuleViolation("order_number", f"order {number} is cancelled")
    require_status(number, status, "settle", SETTLEABLE)
    if invoiced_on is not None and settled_on < invoiced_on:
        raise RuleViolation(
            "settled_on",
            f"a settlement ({settled_on}) cannot be dated before order {number}'s invoice "
            f"({invoiced_on})")
    if method == SettlementMethod.RIK:
        try:
            check_rik(categories)
        except RuleViolation as exc:
            raise RuleViolation("method", exc.message) from exc
    check_reference(reference)
    if amount_minor > left_minor:
        raise RuleViolation(
            "amount",
            f"{format_plain(amount_minor, currency)} {currency} would take order {number} "
            f"above its billable amount ({format_plain(left_minor, currency)} {currency} "
            "left to settle)",
        )
    if payment_key(settled_on, amount_minor, reference) in recorded:
        raise RuleViolation(
            "reference",
            f"the same payment (order {number}, {settled_on}, "
            f"{format_plain(amount_minor, currency)} {currency}, reference "
            f"'{reference.strip()}') is already recorded")


# --- signatures on imported history ------------------------------------------------------


def check_history_signable(number: str, status: str, source: str, signed: bool) -> None:
    """An imported order at a later stage without signatures may have them recorded."""
    if signed:
        raise RuleViolation("status", f"order {number} already carries both signatures")
    if source != "import" or status not in HISTORY_STAGES:
        raise RuleViolation(
            "status", f"cannot sign order {number}: it is {status}; only a requested order, or "
            "imported history without signatures, is signed")
