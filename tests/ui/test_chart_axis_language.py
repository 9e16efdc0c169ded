"""The balance chart's value axis in every language: Qt Charts prints its labels through
Latin-1, so a unit such as 千 would come out as '?'; such a unit goes to the axis title."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from acsa_desk.services.balances import Balance
from acsa_desk.ui.catalogues import compile_all
from acsa_desk.ui.dashboard.chart import BalanceChart
from acsa_desk.ui.i18n import install_translators


@pytest.mark.parametrize(("language", "title"), [("en", ""), ("fr", ""), ("ja", "（千）")])
def test_thousands_on_the_axis_print_in_every_language(qapp: QApplication, qtbot: object,
                                                      tmp_path: Path, language: str,
                                                      title: str) -> None:
    compile_all(out=tmp_path)
    install_translators(qapp, language, tmp_path)
    try:
        chart = BalanceChart("ja_JP" if language == "ja" else "en_CA")
        qtbot.addWidget(chart)  # type: ignore[attr-defined]
        chart.ensure_built()
        chart.set_balances([Balance("JPN", "CAD", 543_210_00, 0)])  # CAD 543,210 owed to us
        (values,) = [a for a in chart._view.chart().axes()
                     if a.orientation().name == "Vertical"]
        label = values.labelFormat() % values.max()
        label.encode("latin-1")  # what Qt Charts can print
        assert any(ch.isdigit() for ch in label)
        assert values.titleText() == title
    finally:
        install_translators(qapp, "en")
