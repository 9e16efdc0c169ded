from datetime import date

import pytest

from acsa_desk.core.categories import CATEGORIES, SUPPLY_CODES
from acsa_desk.core.domain import add_months, check_country, normalize_nsn, parse_iso_date
from acsa_desk.core.errors import RuleViolation


def test_sixteen_categories_six_of_them_supplies():
    assert len(CATEGORIES) == 16
    assert SUPPLY_CODES == {"food", "water", "fuel", "clothing", "spare_parts", "ammunition"}
    assert all(c.ja and c.fr and c.en for c in CATEGORIES)


@pytest.mark.parametrize("text", ["9140-00-273-2377", "9140002732377", " 9140002732377 "])
def test_nsn_is_normalised(text):
    assert normalize_nsn(text) == "9140-00-273-2377"


@pytest.mark.parametrize("text", ["914000273237", "91400027323771", "9140-002-73-2377", "ABCD002732377"])
def test_bad_nsn_is_refused(text):
    with pytest.raises(RuleViolation, match="NATO Stock Number"):
        normalize_nsn(text)


def test_dates_must_be_exactly_yyyy_mm_dd():
    assert parse_iso_date("2025-06-03") == date(2025, 6, 3)
    for bad in ("20250603", "2025-6-3", "03/06/2025", "2025-02-30", "2025-06-03T00:00"):
        with pytest.raises(RuleViolation):
            parse_iso_date(bad)


def test_country_codes_are_iso_alpha3():
    assert check_country("JPN") == "JPN"
    for bad in ("JP", "jpn", "XXX", "JAP"):
        with pytest.raises(RuleViolation, match="ISO 3166-1 alpha-3"):
            check_country(bad)


def test_add_months_clamps_to_month_end():
    assert add_months(date(2026, 11, 25), -12) == date(2025, 11, 25)
    assert add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)
    assert add_months(date(2025, 3, 31), -1) == date(2025, 2, 28)
    assert add_months(date(2025, 1, 15), -13) == date(2023, 12, 15)
