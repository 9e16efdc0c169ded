from datetime import date
from decimal import Decimal

import pytest

from acsa_desk.core.errors import NotFound, RuleViolation
from acsa_desk.services import rates


def test_conversion_shows_the_rate_date_and_source(ledger):
    with ledger.session() as s:
        rates.add_rate(session=s, on_date=date(2025, 6, 2), base="CAD", quote="JPY",
                       rate="105.20", source="Bank of Canada")
        rates.add_rate(session=s, on_date=date(2025, 6, 4), base="CAD", quote="JPY",
                       rate="106.345", source="Bank of Canada")
        c = rates.convert_amount(session=s, minor=10000, currency="CAD", target="JPY",
                                 on_date=date(2025, 6, 5))
    assert (c.converted_minor, c.rate, c.rate_date, c.source) == (
        10635, Decimal("106.345"), date(2025, 6, 4), "Bank of Canada")  # 10634.5 -> 10635
    assert "106.345 JPY/CAD of 2025-06-04 (Bank of Canada)" in c.describe()


def test_inverse_pair_and_missing_rate(ledger):
    with ledger.session() as s:
        rates.add_rate(session=s, on_date=date(2025, 4, 1), base="JPY", quote="CAD",
                       rate="0.0095", source="MOF annual budget rate")
        c = rates.convert_amount(session=s, minor=100000, currency="CAD", target="JPY",
                                 on_date=date(2025, 6, 1))
        assert c.converted_minor == 105263  # 1000 CAD / 0.0095 = 105263.157... JPY
        with pytest.raises(NotFound, match="no CAD/USD exchange rate"):
            rates.convert_amount(session=s, minor=1, currency="CAD", target="USD",
                                 on_date=date(2025, 6, 1))


def test_rates_are_checked_and_never_overwritten(ledger):
    with ledger.session() as s:
        rates.add_rate(session=s, on_date=date(2025, 6, 2), base="CAD", quote="JPY",
                       rate="105", source="BoC")
    for kwargs, fragment in (
        ({"rate": "105.5"}, "already recorded"),
        ({"rate": "0"}, "more than 0"),
        ({"quote": "CAD"}, "two different"),
        ({"source": " "}, "where the rate comes from"),
        ({"quote": "XXQ"}, "ISO 4217"),
    ):
        args = {"on_date": date(2025, 6, 2), "base": "CAD", "quote": "JPY", "rate": "105",
                "source": "BoC", **kwargs}
        with pytest.raises(RuleViolation, match=fragment), ledger.session() as s:
            rates.add_rate(session=s, **args)
