"""The dashboard's chart: net balance by partner, one currency at a time (never netted across).

Qt Charts is imported when the chart is first shown, not when the window starts.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QCursor, QPainter
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolTip, QVBoxLayout, QWidget

from acsa_desk.core.money import exponent
from acsa_desk.services.ledger_sql import Balance
from acsa_desk.ui import theme
from acsa_desk.ui.dashboard.tables import money, who_owes_whom
from acsa_desk.ui.qtfix import emit

log = logging.getLogger(__name__)


def _scale(largest: float) -> tuple[float, str]:
    """A divisor that keeps axis labels short, and its name for the axis title."""
    if largest >= 10_000_000:
        return 1_000_000.0, "millions"
    if largest >= 100_000:
        return 1_000.0, "thousands"
    return 1.0, ""


def axis_decimals(low: float, high: float, ticks: int) -> int:
    """Decimals that tell each tick of the axis apart (0 for a step of 1 or more)."""
    step = (high - low) / max(ticks - 1, 1)
    if step <= 0:
        return 0
    for decimals in range(7):  # the fewest that write the step exactly (0.25: 2, 2.5: 1, 5: 0)
        scaled = step * 10**decimals
        if abs(scaled - round(scaled)) < 1e-6 * max(1.0, scaled):
            return decimals
    return 6


class BalanceChart(QWidget):
    """A bar per partner: above zero the partner owes us, below zero we owe the partner."""

    #: A bar was clicked. Arguments: partner code, currency.
    partner_clicked = Signal(str, str)

    def __init__(self, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("balance_chart")
        self._locale = locale
        self._balances: list[Balance] = []
        self._shown: list[Balance] = []
        self._view: Any = None  # a QChartView, once built

        self.currency = QComboBox()
        self.currency.setObjectName("chart_currency")
        self.currency.setAccessibleName(self.tr("Currency shown in the chart"))
        self.currency.currentIndexChanged.connect(self._redraw)
        heading = QLabel(self.tr("Net balance by partner in"))
        heading.setBuddy(self.currency)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(heading)
        top.addWidget(self.currency)
        top.addStretch(1)
        self._placeholder = QLabel(self.tr("Nothing outstanding."))
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addLayout(top)
        self._layout.addWidget(self._placeholder, 1)

    # --- API ---

    def is_built(self) -> bool:
        return self._view is not None

    def set_balances(self, balances: Sequence[Balance]) -> None:
        self._balances = list(balances)
        wanted = self.currency.currentText()
        currencies = sorted({b.currency for b in self._balances})
        self.currency.blockSignals(True)
        self.currency.clear()
        self.currency.addItems(currencies)
        if wanted in currencies:
            self.currency.setCurrentText(wanted)
        self.currency.blockSignals(False)
        self._redraw()

    def ensure_built(self) -> None:
        """Imports Qt Charts and makes the chart view (first show)."""
        if self._view is not None:
            return
        from PySide6.QtCharts import QChart, QChartView

        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(0)
        view = QChartView(chart)
        view.setObjectName("balance_chart_view")
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(180)
        self._layout.replaceWidget(self._placeholder, view)
        self._placeholder.hide()
        self._view = view
        self._redraw()

    def shown_partners(self) -> list[str]:
        return [b.partner for b in self._shown]

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.ensure_built()

    # --- drawing ---

    def _redraw(self) -> None:
        currency = self.currency.currentText()
        self._shown = [b for b in self._balances if b.currency == currency]
        if self._view is None:
            return
        from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QStackedBarSeries, QValueAxis

        chart = self._view.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTheme(QChart.ChartTheme.ChartThemeDark if theme.is_dark(self.palette())
                       else QChart.ChartTheme.ChartThemeLight)
        chart.setBackgroundRoundness(0)
        if not any(b.net_minor for b in self._shown):  # no partner, or every one even:
            chart.setTitle(self.tr("Nothing outstanding."))  # no bars, so no axis to draw
            return
        chart.setTitle("")
        places = exponent(currency)
        nets = [b.net_minor / 10**places for b in self._shown]
        divisor, unit = _scale(max(abs(n) for n in nets) if nets else 0.0)
        owed = QBarSet(self.tr("Partner owes us"))
        owe = QBarSet(self.tr("We owe the partner"))
        owed.setColor(theme.colour("owed"))
        owe.setColor(theme.colour("owe"))
        for net in nets:
            owed.append(max(net, 0.0) / divisor)
            owe.append(min(net, 0.0) / divisor)
        series = QStackedBarSeries()
        series.append(owed)
        series.append(owe)
        series.setBarWidth(0.6)
        for bar_set in (owed, owe):
            bar_set.clicked.connect(self._on_clicked)
            bar_set.hovered.connect(self._on_hovered)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([b.partner for b in self._shown])
        values = QValueAxis()
        low = min(min(nets), 0.0) / divisor
        high = max(max(nets), 0.0) / divisor
        values.setRange(low, high)
        values.applyNiceNumbers()
        # printf formats of the axis labels (millions and thousands get a short suffix), with
        # as many decimals as the ticks' step needs: never "0, 0, 1, 1" for a small balance
        decimals = axis_decimals(values.min(), values.max(), values.tickCount())
        formats = {"millions": self.tr("%.{decimals}fM"), "thousands": self.tr("%.{decimals}fk")}
        label_format = formats.get(unit, "%.{decimals}f").format(decimals=decimals)
        titles = {"millions": self.tr("(millions)"), "thousands": self.tr("(thousands)")}
        if label_format.isascii():
            values.setLabelFormat(label_format)
            values.setTitleText("")
        else:  # Qt Charts prints the labels through Latin-1: 千 would come out as '?'
            values.setLabelFormat(f"%.{decimals}f")
            values.setTitleText(titles.get(unit, ""))
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)

    def _on_clicked(self, index: int) -> None:
        if 0 <= index < len(self._shown):
            balance = self._shown[index]
            emit(self.partner_clicked, balance.partner, balance.currency)

    def _on_hovered(self, status: bool, index: int) -> None:
        if not status or not (0 <= index < len(self._shown)):
            QToolTip.hideText()
            return
        b = self._shown[index]
        QToolTip.showText(
            QCursor.pos(),
            self.tr("{position}: {net}\nClick to see the orders.").format(
                position=who_owes_whom(b.partner, b.net_minor),
                net=money(abs(b.net_minor), b.currency, self._locale),
            ),
        )
