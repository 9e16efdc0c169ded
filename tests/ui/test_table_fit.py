"""Summary tables (dashboard, exercises, settlements) fit their columns to the first rows of
each start: a layout remembered from another language or from shorter figures never leaves a
column too narrow for what it shows."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from acsa_desk.ui.dashboard.tables import Column, RowsModel, fit_columns, make_table
from acsa_desk.ui.settings import Settings

LONG = "Nous devons à JPN, un texte plus long que la colonne"


def _table(qtbot: QtBot, settings: Settings):
    model: RowsModel[str] = RowsModel([Column("Partner", lambda r: r[:3]),
                                       Column("Position", lambda r: r),
                                       Column("Last", lambda r: "")])
    view = make_table(settings, "dashboard_balances", model)
    qtbot.addWidget(view)
    fit_columns(view, (8, 6, 12))
    view.resize(1200, 300)
    view.show()
    return model, view


def test_a_remembered_layout_too_narrow_for_the_rows_is_widened(
        qtbot: QtBot, settings: Settings) -> None:
    first_model, first = _table(qtbot, settings)
    first.horizontalHeader().resizeSection(0, 300)
    assert not settings.header_state("dashboard_balances")  # no rows yet: not a layout to keep
    first_model.set_rows(["AUS"])
    first.horizontalHeader().resizeSection(0, 300)  # the user widened one column
    first.horizontalHeader().resizeSection(1, 40)  # and left another narrow (short rows)
    assert settings.header_state("dashboard_balances")

    model, view = _table(qtbot, settings)  # the next start
    header = view.horizontalHeader()
    assert header.sectionSize(0) == 300 and header.sectionSize(1) == 40  # as remembered
    model.set_rows([LONG, "USA"])
    assert header.sectionSize(1) >= view.fontMetrics().horizontalAdvance(LONG)  # widened
    assert header.sectionSize(0) == 300  # the user's wider column kept


def test_without_a_remembered_layout_the_columns_fit_the_first_rows(
        qtbot: QtBot, settings: Settings) -> None:
    model, view = _table(qtbot, settings)
    model.set_rows([LONG])
    header = view.horizontalHeader()
    assert header.sectionSize(1) >= view.fontMetrics().horizontalAdvance(LONG)
    assert header.sectionSize(0) < view.fontMetrics().horizontalAdvance("0") * 8 + 16  # fitted


def test_each_interface_language_keeps_its_own_column_layout(
        qtbot: QtBot, settings: Settings) -> None:
    from PySide6.QtWidgets import QApplication

    from acsa_desk.ui.settings import LANGUAGE_PROPERTY

    app = QApplication.instance()
    assert app is not None
    try:
        app.setProperty(LANGUAGE_PROPERTY, "en")
        settings.set_header_state("orders", b"english widths")
        app.setProperty(LANGUAGE_PROPERTY, "fr")
        assert settings.header_state("orders") == b""  # French starts fitted to its words
        settings.set_header_state("orders", b"french widths")
        app.setProperty(LANGUAGE_PROPERTY, "en")
        assert settings.header_state("orders") == b"english widths"
    finally:
        app.setProperty(LANGUAGE_PROPERTY, None)
