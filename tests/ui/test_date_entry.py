"""Typing a full date replaces the whole date (issue #14 point 2): 2027-01-15 typed over a
2026 date is 2027-01-15, wherever the cursor was; dates are ISO in every language."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateTimeEdit
from pytestqt.qtbot import QtBot

from acsa_desk.ui.orders.steps import date_edit

SECTIONS = [QDateTimeEdit.Section.YearSection, QDateTimeEdit.Section.MonthSection,
            QDateTimeEdit.Section.DaySection]


@pytest.mark.parametrize("section", SECTIONS)
def test_a_whole_date_typed_replaces_the_whole_date(qtbot: QtBot, section: QDateTimeEdit.Section
                                                    ) -> None:
    editor = date_edit(date(2026, 3, 4), "when")
    qtbot.addWidget(editor)
    editor.show()
    editor.setFocus()
    editor.setCurrentSection(section)
    qtbot.keyClicks(editor, "2027-01-15")
    assert editor.date() == QDate(2027, 1, 15)
    assert editor.displayFormat() == "yyyy-MM-dd" and editor.text() == "2027-01-15"


def test_a_date_that_is_no_day_is_left_to_the_sections(qtbot: QtBot) -> None:
    editor = date_edit(date(2026, 3, 4), "when")
    qtbot.addWidget(editor)
    editor.show()
    editor.setFocus()
    editor.setCurrentSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClicks(editor, "2027-02-30")
    assert editor.date() != QDate(2027, 2, 30) and editor.date().isValid()
