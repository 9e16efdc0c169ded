from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from acsa_desk.core.errors import RuleViolation
from acsa_desk.core.money import (
    Money,
    convert,
    exponent,
    format_money,
    format_plain,
    line_amount_minor,
    parse_money,
    plain_formatter,
    round_half_up,
    to_decimal,
    to_minor,
)


def test_exponents_come_from_babel():
    assert exponent("JPY") == 0
    assert exponent("CAD") == 2
    assert exponent("USD") == 2
    assert exponent("KWD") == 3


def test_unknown_currency_is_refused_by_name():
    with pytest.raises(RuleViolation, match="'XXY' is not an ISO 4217"):
        exponent("XXY")


@pytest.mark.parametrize(
    ("quantity", "price_minor", "expected"),
    [
        (Decimal("0.5"), 5, 3),  # JPY 0.5 x 5 = 2.5 -> 3 (half-up, not half-even's 2)
        (Decimal("2.5"), 1, 3),  # CAD 2.5 x 0.01 = 0.025 -> 0.03
        (Decimal("1.5"), 1, 2),
        (Decimal("2.5"), 2, 5),
        (Decimal("0.49"), 1, 0),
        (Decimal("85000"), 112, 9_520_000),
    ],
)
def test_line_amount_rounds_half_up_once(quantity, price_minor, expected):
    assert line_amount_minor(quantity, price_minor) == expected


def test_round_half_up_differs_from_bankers_rounding():
    assert round_half_up(Decimal("0.125"), 2) == Decimal("0.13")
    assert round_half_up(Decimal("2.5")) == Decimal("3")
    assert round_half_up(Decimal("-2.5")) == Decimal("-3")


@pytest.mark.parametrize(
    ("minor", "currency", "text"),
    [(1500, "JPY", "1500"), (1250, "CAD", "12.50"), (0, "CAD", "0.00"), (-5, "CAD", "-0.05")],
)
def test_plain_format_has_the_currency_minor_units(minor, currency, text):
    assert format_plain(minor, currency) == text


def test_parse_money_refuses_more_decimals_than_the_currency_has():
    assert parse_money("12.50", "CAD") == 1250
    assert parse_money("48000", "JPY") == 48000
    assert parse_money("48000.00", "JPY") == 48000  # the value has no decimals
    with pytest.raises(RuleViolation, match="more decimals than JPY allows"):
        parse_money("0.5", "JPY")
    with pytest.raises(RuleViolation, match="more decimals than CAD allows"):
        parse_money("1.125", "CAD")
    with pytest.raises(RuleViolation) as info:  # named as typed, not as 1E-7
        parse_money("0.0000001", "JPY", what="unit_price")
    assert info.value.message == "0.0000001 has more decimals than JPY allows (0)"


@pytest.mark.parametrize("text", ["1e3", "-5", "1,000", "", "12.", ".5", "NaN", "Infinity", "１２"])
def test_parse_money_accepts_only_plain_decimals(text):
    with pytest.raises(RuleViolation):
        parse_money(text, "CAD")


def test_money_never_mixes_currencies():
    with pytest.raises(RuleViolation, match="only within one currency"):
        Money(100, "CAD") + Money(100, "JPY")
    assert Money(100, "CAD") + Money(250, "CAD") == Money(350, "CAD")


def test_locale_formatting():
    assert format_money(123456789, "JPY", "en_US") == "¥123,456,789"
    assert format_money(1234567, "CAD", "en_CA") == "$12,345.67"


def test_conversion_rounds_once_half_up():
    # 100.00 CAD at 108.345 JPY/CAD = 10834.5 JPY -> 10835
    assert convert(10000, "CAD", Decimal("108.345"), "JPY") == 10835


@given(minor=st.integers(min_value=-10**15, max_value=10**15),
       currency=st.sampled_from(["JPY", "CAD", "USD", "KWD"]))
def test_minor_units_round_trip_through_decimal(minor, currency):
    assert to_minor(to_decimal(minor, currency), currency) == minor
    assert parse_money(format_plain(abs(minor), currency), currency) == abs(minor)


@given(quantity=st.decimals(min_value=Decimal("0.001"), max_value=Decimal("1000000"), places=3),
       price=st.integers(min_value=0, max_value=10**9))
def test_rounding_is_half_up_within_half_a_minor_unit(quantity, price):
    exact = quantity * price
    rounded = line_amount_minor(quantity, price)
    assert abs(Decimal(rounded) - exact) <= Decimal("0.5")
    if exact - int(exact) == Decimal("0.5"):
        assert rounded == int(exact) + 1


@pytest.mark.parametrize("currency", ["JPY", "CAD", "USD", "KWD", "CLF"])
@given(minor=st.integers(min_value=-(10**24), max_value=10**24))  # Decimal: 28 digits
def test_the_streaming_formatter_writes_what_decimal_writes(currency, minor):
    """plain_formatter (integer arithmetic, for the finance export) is format_plain exactly:
    the sign, the leading zeros of the minor part, any size; Decimal is the reference."""
    places = exponent(currency)
    assert plain_formatter(currency)(minor) == f"{Decimal(minor).scaleb(-places):.{places}f}"
    assert format_plain(minor, currency) == plain_formatter(currency)(minor)


def test_the_streaming_formatter_edges():
    assert [plain_formatter("CAD")(m) for m in (0, -1, 5, -5, 100, -100, 12345)] == [
        "0.00", "-0.01", "0.05", "-0.05", "1.00", "-1.00", "123.45"]
    assert plain_formatter("JPY")(-1500) == "-1500"
    assert plain_formatter("KWD")(-1) == "-0.001"
