"""Money: integer minor units plus an ISO 4217 code; Decimal only at the edges.

Every rounding of a money amount in ACSA Desk goes through :func:`round_half_up`.
Currency exponents come from Babel (CLDR data), never from a hand-typed table.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext
from functools import cache, lru_cache

from babel import numbers as _babel_numbers

from acsa_desk.core.errors import RuleViolation
from acsa_desk.core.limits import MAX_AMOUNT_MINOR, format_quantity

_PLAIN_DECIMAL = re.compile(r"[0-9]+(\.[0-9]+)?", re.ASCII)


# ISO 4217 codes that are not currencies of payment: precious metals, fund and accounting
# units, bond-market units, the testing and "no currency" codes.
NOT_PAYMENT_CURRENCIES = frozenset({
    "XAD", "XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XDR", "XEU", "XFO", "XFU", "XPD", "XPT",
    "XRE", "XSU", "XTS", "XUA", "XXX",
})


@cache
def known_currencies() -> frozenset[str]:
    """The ISO 4217 currencies of payment (Babel's CLDR list without metals and units)."""
    return frozenset(_babel_numbers.list_currencies()) - NOT_PAYMENT_CURRENCIES


def is_currency(code: str) -> bool:
    return code in known_currencies()


def check_currency(code: str) -> str:
    """Returns ``code`` if it is an ISO 4217 code, else raises RuleViolation."""
    if not is_currency(code):
        if code in NOT_PAYMENT_CURRENCIES:
            raise RuleViolation(
                "currency", f"'{code}' is not a currency of payment (a metal or an accounting unit)")
        raise RuleViolation("currency", f"'{code}' is not an ISO 4217 currency code")
    return code


@cache
def exponent(currency: str) -> int:
    """Number of decimals of the currency's minor unit (JPY 0, CAD 2)."""
    check_currency(currency)
    return int(_babel_numbers.get_currency_precision(currency))


def round_half_up(value: Decimal, places: int = 0) -> Decimal:
    """THE rounding of ACSA Desk: half away from zero, to ``places`` decimals."""
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def line_amount_minor(quantity: Decimal, unit_price_minor: int) -> int:
    """Billable amount of a line in minor units: quantity x unit price, rounded once.

    Computed exactly (enough digits for any product), so a huge value is refused by the
    bounds in ``core.limits`` rather than rounded or overflowing here.
    """
    with localcontext() as context:
        context.prec = 80
        return int(round_half_up(Decimal(quantity) * unit_price_minor))


def to_decimal(minor: int, currency: str) -> Decimal:
    """Minor units -> Decimal in major units, with exactly the currency's decimals."""
    return Decimal(minor).scaleb(-exponent(currency))


def format_plain(minor: int, currency: str) -> str:
    """Decimal string with the currency's minor units: JPY "1500", CAD "12.50"."""
    if type(minor) is int:
        return plain_formatter(currency)(minor)
    places = exponent(currency)  # anything but an int (a Decimal): as it always was
    return f"{to_decimal(minor, currency):.{places}f}"


@cache
def plain_formatter(currency: str) -> Callable[[int], str]:
    """The :func:`format_plain` of one currency, for a stream of amounts (an export writes
    four a line): integer arithmetic on the minor units, exact at any size, never a float."""
    places = exponent(currency)
    if places == 0:
        return str
    scale = 10**places
    template = f"%d.%0{places}d"

    def plain(minor: int) -> str:
        text: str = template % divmod(abs(minor), scale)
        return "-" + text if minor < 0 else text

    return plain


def parse_decimal(text: str, *, what: str = "value") -> Decimal:
    """Parses a plain decimal ("12", "12.50"); no signs, exponents or separators."""
    stripped = text.strip()
    if len(stripped) > 40 or not _PLAIN_DECIMAL.fullmatch(stripped):
        raise RuleViolation(what, f"'{text[:40]}' is not a plain decimal number such as 12 "
                            "or 12.50 (at most 40 characters)")
    try:
        return Decimal(stripped)
    except InvalidOperation as exc:  # pragma: no cover - regex already guarantees the form
        raise RuleViolation(what, f"'{text}' is not a decimal number") from exc


def decimal_places(value: Decimal) -> int:
    """Significant decimals of a value: 1.50 -> 1, 48000.00 -> 0."""
    normalized = value.normalize()
    exp = int(normalized.as_tuple().exponent)
    return max(0, -exp)


def to_minor(value: Decimal, currency: str, *, what: str = "amount") -> int:
    """Exact conversion of a major-unit Decimal to minor units.

    Refuses a value with more decimals than the currency has (it would need rounding).
    """
    places = exponent(currency)
    if decimal_places(value) > places:
        raise _too_many_decimals(what, format_quantity(value), currency, places)
    return int(value.scaleb(places))


def _too_many_decimals(what: str, value: str, currency: str, places: int) -> RuleViolation:
    # the value written as the user may type it back (0.0000001, never 1E-7)
    return RuleViolation(what, f"{value} has more decimals than {currency} allows ({places})")


def parse_money(text: str, currency: str, *, what: str = "amount") -> int:
    """Parses a plain decimal amount in ``currency`` into exact minor units (at most 10^15)."""
    minor = to_minor(parse_decimal(text, what=what), currency, what=what)
    if minor > MAX_AMOUNT_MINOR:
        raise RuleViolation(
            what, f"{text[:40]} is above the largest amount the ledger holds (10^15 minor units)")
    return minor


@dataclass(frozen=True, slots=True, order=True)
class Money:
    """An amount in minor units of one currency. Arithmetic only within one currency."""

    minor: int
    currency: str

    @classmethod
    def of(cls, amount: Decimal | str | int, currency: str) -> Money:
        value = amount if isinstance(amount, Decimal) else Decimal(str(amount))
        return cls(to_minor(value, currency), currency)

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(0, currency)

    @property
    def amount(self) -> Decimal:
        return to_decimal(self.minor, self.currency)

    def _same(self, other: Money) -> None:
        if other.currency != self.currency:
            raise RuleViolation(
                "currency",
                f"cannot combine {self.currency} with {other.currency}: "
                "amounts are netted only within one currency",
            )

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor + other.minor, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor - other.minor, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.minor, self.currency)

    def __str__(self) -> str:
        return f"{format_plain(self.minor, self.currency)} {self.currency}"


@lru_cache(maxsize=4096)
def format_money(minor: int, currency: str, locale: str = "en_CA") -> str:
    """Money formatted for a locale, e.g. ``$12,345.67`` or ``¥1,234,567``. (Remembered: a
    table measures and then paints each amount, babel takes about 50 µs.)"""
    return str(
        _babel_numbers.format_currency(to_decimal(minor, currency), currency, locale=locale)
    )


def convert(minor: int, currency: str, rate: Decimal, target: str) -> int:
    """Converts at ``rate`` (units of ``target`` per unit of ``currency``), rounded once."""
    major = to_decimal(minor, currency) * rate
    return int(round_half_up(major, exponent(target)).scaleb(exponent(target)))
