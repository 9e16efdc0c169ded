"""The editor's logic without widgets: texts -> OrderInput, messages, totals (no Qt needed)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from acsa_desk.core.errors import RuleViolation
from acsa_desk.ui.orders import form
from acsa_desk.ui.orders.form import DraftInvalid, LineDraft, LineField, OrderDraft


def fuel(**changes: str) -> LineDraft:
    values = dict(category="fuel", description="Marine diesel F-76", nsn="9140002732377",
                  unit_of_issue="L", quantity="85000", unit_price="1.12")
    values.update(changes)
    return LineDraft(**values)


def draft(**changes: object) -> OrderDraft:
    values: dict[str, object] = dict(
        number="CAN-JPN-25-0001", exercise_id=1, partner="jpn", direction="provided",
        ordered_on=date(2025, 6, 3), required_on=date(2025, 6, 4), settlement_method="cash",
        currency="cad", requesting_unit="JS Kirisame", requesting_poc="3佐 田中",
        supplying_unit="MV Asterix", supplying_poc="LCdr Tremblay", delivery_place="Sea of Japan",
        lines=(fuel(), LineDraft("water", "Potable water", "", "KL", "120", "500"),
               LineDraft("port_services", "Tug assistance", "", "HR", "6", "480.00")),
    )
    values.update(changes)
    return OrderDraft(**values)  # type: ignore[arg-type]


def test_a_complete_draft_becomes_the_services_input() -> None:
    data = form.to_order_input(draft())
    assert data.partner_code == "JPN" and data.currency == "CAD"
    assert [ln.unit_price_minor for ln in data.lines] == [112, 50000, 48000]
    assert data.lines[0].quantity == Decimal("85000")
    assert data.lines[0].nsn == "9140-00-273-2377"


def test_a_jpy_price_with_decimals_is_refused_naming_the_cell() -> None:
    bad = draft(currency="JPY", lines=(fuel(unit_price="112.5"),))
    problems = form.check_draft(bad)
    assert [(p.line, p.cell) for p in problems.lines] == [(1, LineField.UNIT_PRICE)]
    assert "more decimals than JPY allows" in problems.lines[0].message
    with pytest.raises(DraftInvalid):
        form.to_order_input(bad)


def test_a_jpy_price_written_with_zero_decimals_is_a_whole_yen() -> None:
    data = form.to_order_input(draft(currency="JPY", lines=(fuel(unit_price="48000.00"),)))
    assert data.lines[0].unit_price_minor == 48000


@pytest.mark.parametrize(
    ("cell", "text", "expected"),
    [
        (LineField.NSN, "9140-00-273", "NATO Stock Number"),
        (LineField.QUANTITY, "0", "more than 0"),
        (LineField.QUANTITY, "-3", "plain decimal"),
        (LineField.QUANTITY, "", "missing"),
        (LineField.UNIT_PRICE, "1,12", "plain decimal"),
        (LineField.DESCRIPTION, "  ", "description is missing"),
        (LineField.UNIT_OF_ISSUE, "", "unit of issue"),
        (LineField.CATEGORY, "weapons", "not one of the 16"),
    ],
)
def test_each_bad_cell_says_why(cell: LineField, text: str, expected: str) -> None:
    problems = form.line_problems(fuel().with_text(cell, text), "CAD")
    assert list(problems) == [cell]
    assert expected in problems[cell]


def test_header_problems_name_their_fields() -> None:
    found = form.header_problems(draft(number=" ", partner="XXX", currency="ZZZ",
                                       required_on=date(2025, 6, 1), exercise_id=None))
    assert set(found) == {"number", "partner", "currency", "required_on", "exercise"}
    assert "alpha-3" in found["partner"]
    assert "before the order date" in found["required_on"]


def test_replacement_in_kind_is_refused_for_services() -> None:
    found = form.header_problems(draft(settlement_method="rik"))
    assert "only for supplies" in found["settlement_method"]


def test_an_order_without_lines_is_refused() -> None:
    problems = form.check_draft(draft(lines=()))
    assert problems.lines_message == "add at least one line"


def test_totals_count_each_line_rounded_once() -> None:
    # 2.5 L at CAD 0.01 is 0.025 -> 0.03 (half away from zero, once per line)
    totals = form.totals(draft(lines=(fuel(quantity="2.5", unit_price="0.01"), fuel(quantity="x"))))
    assert totals.by_currency == {"CAD": 3}
    assert totals.uncounted_lines == 1
    assert form.totals(draft(currency="C")).by_currency == {}


def test_the_signing_checklist_is_the_services_own() -> None:
    missing = form.missing_for_signature(draft(delivery_place="", required_on=None, lines=()))
    assert missing == ["the delivery place is missing", "the date required is missing",
                       "the order has no lines"]
    assert form.missing_for_signature(draft()) == []


def test_delivery_quantities_are_plain_decimals() -> None:
    assert form.parse_delivery({10: (1, "40000"), 11: (2, ""), 12: (3, "0")}) == {10: Decimal(40000)}
    with pytest.raises(RuleViolation, match="line 2: '1e3' is not a plain decimal"):
        form.parse_delivery({10: (1, "1"), 11: (2, "1e3")})
    with pytest.raises(RuleViolation, match="at least one line"):
        form.parse_delivery({10: (1, " ")})


def test_stored_lines_show_the_currency_decimals() -> None:
    line = form.draft_line(line_id=3, category="fuel", description="F-76", nsn="", unit_of_issue="L",
                           quantity="85000.000", unit_price_minor=112, currency="CAD",
                           delivered="2.50")
    assert (line.quantity, line.unit_price, line.delivered) == ("85000", "1.12", "2.5")
    assert form.line_number_of("line 2: the description is missing") == 2
    assert form.line_number_of("the order has no lines") is None
