"""Plain data that describes each document: no database rows, no Qt, no floats.

Money is an ``int`` in minor units plus an ISO 4217 code; dates are :class:`datetime.date`;
quantities are decimal strings. The services fill these; the builders only read them.
Every class checks its values on construction (ValueError/TypeError for a bug in the caller,
RuleViolation for an unknown currency) so that a document never prints a sum that does not add up.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any, Generic, Protocol, TypeVar

from acsa_desk.core.categories import BY_CODE
from acsa_desk.core.domain import Direction, SettlementMethod, Status
from acsa_desk.core.marking import Rendering
from acsa_desk.core.money import exponent

T_co = TypeVar("T_co", covariant=True)


class RowStream(Protocol, Generic[T_co]):
    """Rows read lazily (from a cursor) each time they are iterated; ``len`` counts them."""

    def __iter__(self) -> Iterator[T_co]: ...

    def __len__(self) -> int: ...


_PLAIN_DECIMAL = re.compile(r"^[0-9]+(\.[0-9]+)?$")


def _minor(name: str, value: object) -> None:
    if type(value) is not int:  # bool and float are refused on purpose
        raise TypeError(f"{name} must be an int in minor units, not {type(value).__name__}")


#: Currency codes already checked (a statement checks the same few codes on every row).
_KNOWN_CURRENCIES: set[str] = set()


def _currency(value: str) -> None:
    if value in _KNOWN_CURRENCIES:
        return
    exponent(value)  # raises RuleViolation for a code that is not ISO 4217
    _KNOWN_CURRENCIES.add(value)


def _member(kind: type[StrEnum], values: frozenset[str], value: Any) -> None:
    """``kind(value)`` (ValueError for anything else), a set lookup for a member's value."""
    try:
        if value in values:
            return
    except TypeError:  # unhashable: the enum says what is wrong with it
        pass
    kind(value)


_DIRECTIONS = frozenset(m.value for m in Direction)
_STATUSES = frozenset(m.value for m in Status)
_METHODS = frozenset(m.value for m in SettlementMethod)


def _date(name: str, value: object, *, optional: bool = False) -> None:
    if value is None and optional:
        return
    if not isinstance(value, date):
        raise TypeError(f"{name} must be a datetime.date, not {type(value).__name__}")


def _category(code: str) -> None:
    if code not in BY_CODE:
        raise ValueError(f"unknown category code {code!r}")


def _balance(kind: str, which: str, billable: int, settled: int, outstanding: int) -> None:
    """``billable - settled == outstanding``, each an int; ``kind`` and ``which`` name the
    thing checked in the error ("order", its number)."""
    if (type(billable) is int and type(settled) is int and type(outstanding) is int
            and billable - settled == outstanding):
        return  # the common case, without composing the messages
    what = f"{kind} {which}"
    for name, value in (("billable", billable), ("settled", settled), ("outstanding", outstanding)):
        _minor(f"{what} {name}_minor", value)
    if billable - settled != outstanding:
        raise ValueError(
            f"{what}: billable {billable} - settled {settled} != outstanding {outstanding}"
        )


# --------------------------------------------------------------------------- shared parts


@dataclass(frozen=True, slots=True)
class SignatureBlock:
    """One signatory. Blank fields print as lines to be filled in by hand."""

    name: str = ""
    rank: str = ""
    appointment: str = ""
    signed_on: date | None = None

    def __post_init__(self) -> None:
        _date("signed_on", self.signed_on, optional=True)


# --------------------------------------------------------------------------- statement


@dataclass(frozen=True, slots=True)
class CategoryAmount:
    """The part of an order's amounts that falls to one category (orders with several)."""

    category: str
    billable_minor: int
    settled_minor: int
    outstanding_minor: int

    def __post_init__(self) -> None:
        _category(self.category)
        _balance("category", self.category, self.billable_minor, self.settled_minor,
                 self.outstanding_minor)


@dataclass(frozen=True, slots=True)
class StatementOrder:
    """One order on a settlement statement.

    ``category_split`` optionally spreads the amounts over the order's categories; without it an
    order with one category counts wholly to it, and an order with several is totalled under the
    combination (e.g. "Food + Water") rather than guessed apart.
    """

    order_number: str
    exercise: str
    direction: str  # Direction: "provided" (receivable) or "received" (payable)
    ordered_on: date
    delivered_on: date | None  # first delivery; None when nothing is delivered yet
    categories: tuple[str, ...]
    currency: str
    billable_minor: int
    settled_minor: int
    outstanding_minor: int
    overdue: bool
    status: str  # Status value, e.g. "invoiced"
    category_split: tuple[CategoryAmount, ...] = ()
    partner_order_number: str = ""

    def __post_init__(self) -> None:
        _member(Direction, _DIRECTIONS, self.direction)
        _member(Status, _STATUSES, self.status)
        _date("ordered_on", self.ordered_on)
        _date("delivered_on", self.delivered_on, optional=True)
        _currency(self.currency)
        if not self.categories:
            raise ValueError(f"order {self.order_number}: no category")
        for code in self.categories:
            _category(code)
        _balance("order", self.order_number, self.billable_minor, self.settled_minor,
                 self.outstanding_minor)
        if self.category_split:
            for attr in ("billable_minor", "settled_minor", "outstanding_minor"):
                parts = sum(getattr(part, attr) for part in self.category_split)
                if parts != getattr(self, attr):
                    raise ValueError(
                        f"order {self.order_number}: category split {attr} adds up to {parts}, "
                        f"not {getattr(self, attr)}"
                    )


@dataclass(frozen=True, slots=True)
class StatementSettlement:
    order_number: str
    settled_on: date
    method: str  # SettlementMethod: cash, rik, eve or offset
    amount_minor: int
    currency: str
    reference: str = ""
    #: the order's direction ("" : the builder finds it among the statement's orders)
    direction: str = ""

    def __post_init__(self) -> None:
        if self.direction:
            _member(Direction, _DIRECTIONS, self.direction)
        _member(SettlementMethod, _METHODS, self.method)
        _date("settled_on", self.settled_on)
        _minor("amount_minor", self.amount_minor)
        _currency(self.currency)


@dataclass(frozen=True, slots=True)
class StatementData:
    """A settlement statement for one partner, optionally one exercise or period."""

    partner_code: str
    partner_name: str
    agreement_reference: str
    home_nation: str
    generated_on: date
    as_of: date
    banner: Rendering | str  # the handling marking as rendered (core.marking), or plain text
    #: the orders in print order: a tuple, or a stream read while the document is built (the
    #: services' ``StatementRows``: iterable, with ``len``, read from a cursor each time)
    orders: tuple[StatementOrder, ...] | RowStream[StatementOrder] = ()
    settlements: tuple[StatementSettlement, ...] | RowStream[StatementSettlement] = ()
    home_signature: SignatureBlock = field(default_factory=SignatureBlock)
    partner_signature: SignatureBlock = field(default_factory=SignatureBlock)
    exercise: str | None = None
    period_from: date | None = None
    period_to: date | None = None
    chain_head: str | None = None  # the audit anchor (acsa1:COUNT:HASH) printed on the statement
    #: ISO alpha-3 of the home nation: its name is then printed in each document language
    #: (Canada, カナダ), like the partner's from partner_code; "" prints home_nation as given.
    home_code: str = ""
    #: the sums printed (documents.totals.StatementTotals), when the services computed them;
    #: None: the builder adds up ``orders`` (which must then be a tuple, or be read twice)
    totals: Any = None

    def __post_init__(self) -> None:
        _date("generated_on", self.generated_on)
        _date("as_of", self.as_of)
        _date("period_from", self.period_from, optional=True)
        _date("period_to", self.period_to, optional=True)
        if self.period_from and self.period_to and self.period_from > self.period_to:
            raise ValueError("period_from is after period_to")


# --------------------------------------------------------------------------- order form


@dataclass(frozen=True, slots=True)
class Party:
    nation: str
    unit: str = ""
    point_of_contact: str = ""
    #: ISO alpha-3 of the nation: its name is then printed in each document language.
    code: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True, slots=True)
class OrderLine:
    line_no: int
    category: str
    description: str
    unit_of_issue: str
    quantity: str  # decimal string, e.g. "85000" or "12.5"
    unit_price_minor: int
    total_minor: int
    nsn: str = ""  # NNNN-NN-NNN-NNNN, or blank

    def __post_init__(self) -> None:
        _category(self.category)
        _minor("unit_price_minor", self.unit_price_minor)
        _minor("total_minor", self.total_minor)
        if not _PLAIN_DECIMAL.match(self.quantity):
            raise ValueError(
                f"line {self.line_no}: quantity {self.quantity!r} is not a plain decimal (12.5)"
            )


@dataclass(frozen=True, slots=True)
class Receipt:
    """The receipt block; blank fields print as lines to fill in on delivery."""

    received_on: date | None = None
    received_by: str = ""
    remarks: str = ""

    def __post_init__(self) -> None:
        _date("received_on", self.received_on, optional=True)


@dataclass(frozen=True, slots=True)
class OrderFormData:
    agreement_reference: str
    order_number: str
    banner: Rendering | str
    requesting: Party
    supplying: Party
    direction: str  # Direction, from the home nation's point of view
    ordered_on: date
    settlement_method: str  # SettlementMethod
    currency: str
    exercise: str
    generated_on: date
    lines: tuple[OrderLine, ...] = ()
    required_on: date | None = None
    delivery_place: str = ""
    ordering_official: SignatureBlock = field(default_factory=SignatureBlock)
    issuing_official: SignatureBlock = field(default_factory=SignatureBlock)
    receipt: Receipt = field(default_factory=Receipt)
    anchor: str = ""  # the audit anchor (acsa1:COUNT:HASH), printed in the footer
    partner_order_number: str = ""  # the partner's own number for the order, if recorded
    funding_reference: str = ""

    def __post_init__(self) -> None:
        Direction(self.direction)
        SettlementMethod(self.settlement_method)
        _currency(self.currency)
        _date("ordered_on", self.ordered_on)
        _date("required_on", self.required_on, optional=True)
        _date("generated_on", self.generated_on)

    @property
    def total_minor(self) -> int:
        return sum(line.total_minor for line in self.lines)


# --------------------------------------------------------------------------- annual report


@dataclass(frozen=True, slots=True)
class AnnualCategoryRow:
    category: str
    currency: str
    total_minor: int
    collected_minor: int
    outstanding_minor: int

    def __post_init__(self) -> None:
        _category(self.category)
        _currency(self.currency)
        _balance("category", self.category, self.total_minor, self.collected_minor,
                 self.outstanding_minor)


@dataclass(frozen=True, slots=True)
class UnreconciledTransaction:
    on: date
    partner: str
    order_number: str
    currency: str
    value_minor: int

    def __post_init__(self) -> None:
        _date("on", self.on)
        _currency(self.currency)
        _minor("value_minor", self.value_minor)


@dataclass(frozen=True, slots=True)
class AgreementInForce:
    partner: str
    reference: str
    title: str = ""
    signed_on: date | None = None
    in_force_from: date | None = None
    in_force_until: date | None = None
    notified_on: date | None = None


@dataclass(frozen=True, slots=True)
class AnnualReportData:
    """The yearly report in the shape of 10 U.S.C. 2342(h)'s: per category, both directions."""

    year: int
    home_nation: str
    banner: Rendering | str
    generated_on: date
    provided: tuple[AnnualCategoryRow, ...] = ()
    received: tuple[AnnualCategoryRow, ...] = ()
    unreconciled: tuple[UnreconciledTransaction, ...] = ()
    anchor: str = ""  # the audit anchor (acsa1:COUNT:HASH), printed in the footer
    agreements: tuple[AgreementInForce, ...] = ()

    def __post_init__(self) -> None:
        _date("generated_on", self.generated_on)
        if type(self.year) is not int:
            raise TypeError("year must be an int")
