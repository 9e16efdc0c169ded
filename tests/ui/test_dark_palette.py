"""Issue 14 point 6: a dark desktop palette gives readable colours (messages, red and green
amounts, muted rows, the chart), and the chart without data has no nonsense axis."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from acsa_desk.services.balances import Balance
from acsa_desk.ui import theme
from acsa_desk.ui.dashboard.chart import BalanceChart, axis_decimals
from acsa_desk.ui.dashboard.tables import net_colour
from acsa_desk.ui.orders.steps import error_label


def dark_palette() -> QPalette:
    """A dark desktop theme's palette (as KDE Breeze Dark or GNOME's dark style set it)."""
    palette = QPalette()
    dark, darker, text = QColor("#2a2e32"), QColor("#1b1e20"), QColor("#fcfcfc")
    for role, value in ((QPalette.ColorRole.Window, dark), (QPalette.ColorRole.Base, darker),
                        (QPalette.ColorRole.AlternateBase, dark),
                        (QPalette.ColorRole.WindowText, text), (QPalette.ColorRole.Text, text),
                        (QPalette.ColorRole.Button, dark), (QPalette.ColorRole.ButtonText, text)):
        palette.setColor(role, value)
    return palette


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[QPalette]:
    before = QGuiApplication.palette()
    QApplication.setPalette(dark_palette())
    yield QGuiApplication.palette()
    QApplication.setPalette(before)


def _readable(foreground: QColor, palette: QPalette) -> bool:
    return all(theme.contrast(foreground, palette.color(role)) >= 4.5
               for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Window))


def test_the_palette_is_seen_as_dark_or_light(dark: QPalette) -> None:
    assert theme.is_dark(dark)
    assert not theme.is_dark(QPalette(QColor("#efefef")))


@pytest.mark.parametrize("role", sorted(theme.LIGHT))
def test_every_text_colour_is_readable_on_dark_and_light(role: str, dark: QPalette) -> None:
    assert _readable(theme.colour(role), dark), role
    light = QPalette(QColor("#efefef"))
    light.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    assert _readable(theme.colour(role, light), light), role


def test_amounts_and_messages_follow_the_dark_palette(dark: QPalette) -> None:
    for net in (1, -1):
        shown = net_colour(net)
        assert shown is not None and _readable(shown, dark)
    label = error_label("probe")
    assert _readable(label.palette().color(QPalette.ColorRole.WindowText), dark)


def test_the_chart_takes_the_dark_theme_and_has_no_axis_without_data(dark: QPalette,
                                                                       qtbot: object) -> None:
    from PySide6.QtCharts import QChart

    chart = BalanceChart("en_CA")
    qtbot.addWidget(chart)  # type: ignore[attr-defined]
    chart.ensure_built()
    view = chart._view.chart()
    chart.set_balances([Balance("JPN", "CAD", 0, 0)])  # every balance even
    assert view.axes() == [] and view.series() == []
    assert view.title() == "Nothing outstanding."
    chart.set_balances([Balance("JPN", "CAD", 1234, 0)])  # CAD 12.34 owed to us
    assert view.theme() == QChart.ChartTheme.ChartThemeDark
    (values,) = [a for a in view.axes() if a.orientation().name == "Vertical"]
    assert values.min() <= 0 < 12.34 <= values.max()
    labels = [values.labelFormat() % (values.min() + i * (values.max() - values.min())
                                      / (values.tickCount() - 1))
              for i in range(values.tickCount())]
    assert len(set(labels)) == len(labels), labels  # every tick tells itself apart


def test_axis_decimals() -> None:
    assert axis_decimals(0, 20, 5) == 0
    assert axis_decimals(0, 1, 5) == 2     # 0.25 steps
    assert axis_decimals(0, 0.5, 6) == 1   # 0.1 steps
    assert axis_decimals(0, 0, 5) == 0
