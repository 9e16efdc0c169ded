"""Exchange rates: each kept with its date and source; a conversion shows the rate it used.

Amounts are always recorded in their original currency; a conversion is a view for a report
(Bank of Canada daily rates and Japan's fixed annual budget rate can differ, so the two
sides may convert differently). Balances are netted only within one currency.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from acsa_desk.core.errors import NotFound, RuleViolation
from acsa_desk.core.money import check_currency, convert, parse_decimal
from acsa_desk.db.models import ExchangeRate


@dataclass(frozen=True, slots=True)
class Conversion:
    minor: int
    currency: str
    converted_minor: int
    target: str
    rate: Decimal  # units of target per unit of currency
    rate_date: date
    source: str

    def describe(self) -> str:
        return f"at {self.rate} {self.target}/{self.currency} of {self.rate_date} ({self.source})"


def add_rate(
    *, session: Session, on_date: date, base: str, quote: str, rate: str, source: str
) -> ExchangeRate:
    check_currency(base)
    check_currency(quote)
    if base == quote:
        raise RuleViolation("quote", "a rate needs two different currencies")
    value = parse_decimal(rate, what="rate")
    if value <= 0:
        raise RuleViolation("rate", "a rate must be more than 0")
    if not source.strip():
        raise RuleViolation("source", "say where the rate comes from (e.g. Bank of Canada)")
    existing = session.scalars(select(ExchangeRate).where(
        ExchangeRate.on_date == on_date, ExchangeRate.base == base, ExchangeRate.quote == quote,
        ExchangeRate.source == source.strip())).first()
    if existing is not None:
        raise RuleViolation("rate", f"a {base}/{quote} rate of {on_date} from {source} is already "
                                    "recorded; rates are not overwritten")
    row = ExchangeRate(on_date=on_date, base=base, quote=quote, rate=str(value),
                       source=source.strip())
    session.add(row)
    session.flush()
    return row


def rate_on(*, session: Session, base: str, quote: str, on_date: date,
            source: str | None = None) -> tuple[Decimal, date, str]:
    """The latest rate on or before ``on_date`` (either direction of the pair)."""
    candidates = []
    for b, q, inverse in ((base, quote, False), (quote, base, True)):
        stmt = select(ExchangeRate).where(ExchangeRate.base == b, ExchangeRate.quote == q,
                                          ExchangeRate.on_date <= on_date)
        if source is not None:
            stmt = stmt.where(ExchangeRate.source == source)
        row = session.scalars(stmt.order_by(ExchangeRate.on_date.desc()).limit(1)).first()  # type: ignore[attr-defined]
        if row is not None:
            candidates.append((row.on_date, inverse, row))
    if not candidates:
        raise NotFound(f"no {base}/{quote} exchange rate on or before {on_date}")
    day, inverse, row = max(candidates, key=lambda c: (c[0], not c[1]))
    rate = Decimal(row.rate)
    return (Decimal(1) / rate if inverse else rate), day, row.source


def convert_amount(*, session: Session, minor: int, currency: str, target: str, on_date: date,
                   source: str | None = None) -> Conversion:
    if currency == target:
        return Conversion(minor, currency, minor, target, Decimal(1), on_date, "same currency")
    rate, day, used_source = rate_on(session=session, base=currency, quote=target,
                                     on_date=on_date, source=source)
    return Conversion(minor, currency, convert(minor, currency, rate, target), target, rate, day,
                      used_source)
