"""The dashboard on a small ledger whose figures are known: the numbers, and where clicks lead."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from acsa_desk.db.engine import Ledger
from acsa_desk.services import balances, reference
from acsa_desk.services.demo import fill_demo
from acsa_desk.services.queries import OrderFilter
from acsa_desk.ui import theme
from acsa_desk.ui.context import AppContext
from acsa_desk.ui.dashboard import DashboardPage, snapshot
from acsa_desk.ui.dashboard import page as page_module
from acsa_desk.ui.dashboard.data import late_figures, load_dashboard
from acsa_desk.ui.ledger_work import first_look, ledger_summary
from tests.conftest import register_admin
from tests.ui.app.conftest import TODAY, WAIT_MS, Known

DISPLAY = Qt.ItemDataRole.DisplayRole


def texts(view: QTableView) -> list[list[str]]:
    model = view.model()
    return [[model.index(r, c).data(DISPLAY) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def double_click(qtbot: QtBot, view: QTableView, index: QModelIndex) -> None:
    """What a user does: click the row, then double-click it (activation)."""
    view.scrollTo(index)
    where = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)


@pytest.fixture
def dashboard(qtbot: QtBot, known: Known, ledger: Ledger, make_context: Callable[..., AppContext]
              ) -> DashboardPage:
    context = make_context(ledger)
    page = DashboardPage(context, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.show()
    qtbot.waitExposed(page)
    return page


def test_the_figures_of_a_known_ledger(dashboard: DashboardPage, known: Known) -> None:
    assert texts(dashboard.balances_view) == [
        ["JPN", "CAD", "$160.00", "$0.00", "$160.00", "JPN owes us", "never"],
        ["JPN", "JPY", "JP¥0", "JP¥1,500", "-JP¥1,500", "We owe JPN", "never"],
    ]
    model = dashboard.balances_model
    assert model.index(0, 4).data(Qt.ItemDataRole.ForegroundRole) == theme.colour("owed")
    assert model.index(1, 4).data(Qt.ItemDataRole.ForegroundRole) == theme.colour("owe")
    assert {name: tile.count() for name, tile in dashboard.tiles.items()} == {
        "awaiting_signatures": "1",
        "delivered_without_signatures": "0",
        "delivered_not_invoiced": "0",
        "invoiced_unsettled": "3",
        "audit_exceptions": "4",  # every order here lacks something an auditor asks for
    }
    assert texts(dashboard.overdue_view) == [
        ["A-OVERDUE", "JPN", "Provided", "2025-05-27", "$100.00", "$100.00"]]
    assert texts(dashboard.due_soon_view) == [
        ["B-DUESOON", "JPN", "Received", "2025-07-25", "JP¥1,500", "JP¥1,500"]]
    assert texts(dashboard.ageing_view) == [
        ["JPN", "CAD", "Provided", "$60.00", "$0.00", "$0.00", "$100.00", "$160.00"],
        ["JPN", "JPY", "Received", "JP¥0", "JP¥0", "JP¥1,500", "JP¥0", "JP¥1,500"],
    ]
    assert dashboard.lists.tabText(0) == "Overdue (1)"
    assert dashboard.lists.tabText(1) == "Due within 60 days (1)"
    assert "2026-06-30" in dashboard.as_of_label.text()
    assert dashboard.overdue_panel.shown.isHidden()  # every row shown: nothing to say
    assert dashboard.due_soon_panel.shown.isHidden()


def test_the_chart_is_built_on_first_show_and_shows_net_by_partner(dashboard: DashboardPage) -> None:
    chart = dashboard.chart
    assert chart.is_built()
    assert chart.currency.currentText() == "CAD"
    assert chart.shown_partners() == ["JPN"]
    chart.currency.setCurrentText("JPY")
    assert chart.shown_partners() == ["JPN"]


def test_clicking_an_overdue_order_opens_it(qtbot: QtBot, dashboard: DashboardPage, known: Known) -> None:
    view = dashboard.overdue_view
    with qtbot.waitSignal(dashboard.context.events.open_order, timeout=WAIT_MS) as opened:
        double_click(qtbot, view, view.model().index(0, 0))
    assert opened.args == [known.overdue]


def test_clicking_a_due_soon_order_opens_it(qtbot: QtBot, dashboard: DashboardPage, known: Known) -> None:
    dashboard.lists.setCurrentIndex(1)
    view = dashboard.due_soon_view
    with qtbot.waitSignal(dashboard.context.events.open_order, timeout=WAIT_MS) as opened:
        double_click(qtbot, view, view.model().index(0, 3))
    assert opened.args == [known.due_soon]


@pytest.mark.parametrize(
    ("tile", "expected"),
    [
        ("awaiting_signatures", OrderFilter(status="requested")),
        ("delivered_without_signatures", OrderFilter(unsigned_past_signing=True)),
        ("delivered_not_invoiced", OrderFilter(statuses=("delivered", "received"))),
        ("invoiced_unsettled", OrderFilter(status="invoiced")),
    ],
)
def test_clicking_a_tile_lists_its_orders(
    qtbot: QtBot, dashboard: DashboardPage, tile: str, expected: OrderFilter
) -> None:
    with qtbot.waitSignal(dashboard.context.events.show_orders, timeout=WAIT_MS) as shown:
        qtbot.mouseClick(dashboard.tiles[tile], Qt.MouseButton.LeftButton)
    assert shown.args == [expected]


def test_show_all_overdue_filters_on_the_day(qtbot: QtBot, dashboard: DashboardPage) -> None:
    with qtbot.waitSignal(dashboard.context.events.show_orders, timeout=WAIT_MS) as shown:
        qtbot.mouseClick(dashboard.overdue_panel.show_all, Qt.MouseButton.LeftButton)
    assert shown.args == [OrderFilter(overdue_as_of=TODAY)]


def test_show_all_due_soon_lists_every_due_soon_order(
    qtbot: QtBot, dashboard: DashboardPage, known: Known
) -> None:
    dashboard.lists.setCurrentIndex(1)
    with qtbot.waitSignal(dashboard.context.events.show_orders, timeout=WAIT_MS) as shown:
        qtbot.mouseClick(dashboard.due_soon_panel.show_all, Qt.MouseButton.LeftButton)
    assert shown.args == [OrderFilter(order_ids=(known.due_soon,))]


def test_a_long_list_shows_its_oldest_rows_and_the_count_of_all(
    qtbot: QtBot, known: Known, ledger: Ledger, make_context: Callable[..., AppContext],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(page_module, "load_dashboard",
                        lambda led, as_of: load_dashboard(led, as_of, limit=0))
    page = DashboardPage(make_context(ledger), today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.show()
    assert page.overdue_model.rowCount() == 0
    assert page.lists.tabText(0) == "Overdue (1)"
    assert page.overdue_panel.show_all.isEnabled()
    assert page.overdue_panel.shown.isVisible()
    assert page.overdue_panel.shown.text().startswith("1 overdue — showing the 0 oldest")
    page.lists.setCurrentIndex(1)
    assert page.due_soon_panel.shown.isVisible()
    assert page.due_soon_panel.shown.text().startswith("1 due within 60 days")
    with qtbot.waitSignal(page.context.events.show_orders, timeout=WAIT_MS) as shown:
        qtbot.mouseClick(page.due_soon_panel.show_all, Qt.MouseButton.LeftButton)
    assert shown.args == [OrderFilter(order_ids=(known.due_soon,))]


def test_the_delivered_not_invoiced_tile_lists_those_orders(
    qtbot: QtBot, ledger: Ledger, make_context: Callable[..., AppContext]
) -> None:
    with ledger.session(actor="demo") as s:
        fill_demo(session=s, orders=80, seed=11, today=TODAY)
    from acsa_desk.services.queries import count_orders, page_orders

    with ledger.reader() as s:
        expected: list[int] = []
        for status in ("delivered", "received"):
            flt = OrderFilter(status=status)
            expected += [r.id for r in page_orders(session=s, flt=flt,
                                                   limit=count_orders(session=s, flt=flt))]
    assert expected, "the demo ledger should have delivered orders"
    page = DashboardPage(make_context(ledger), today=lambda: TODAY)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.show()
    assert page.tiles["delivered_not_invoiced"].count() == str(len(expected))
    with qtbot.waitSignal(page.context.events.show_orders, timeout=WAIT_MS) as shown:
        qtbot.mouseClick(page.tiles["delivered_not_invoiced"], Qt.MouseButton.LeftButton)
    flt = OrderFilter(statuses=("delivered", "received"))  # the list's multi-select
    assert shown.args == [flt]
    with ledger.reader() as s:
        assert sorted(r.id for r in page_orders(session=s, flt=flt, limit=1000)) == \
            sorted(expected)


@pytest.mark.parametrize("as_of", [date(2024, 1, 15), TODAY, date(2027, 3, 1)])
def test_the_one_pass_figures_equal_the_services(ledger: Ledger, as_of: date) -> None:
    """Overdue, due soon and ageing read in one pass are exactly what the services compute,
    with a partner whose agreement has its own settlement deadline."""
    with ledger.session(actor="demo") as s:
        fill_demo(session=s, orders=400, seed=5, today=TODAY)
    with ledger.session(actor=register_admin(ledger)) as s:  # agreements: an admin's work
        codes = sorted(reference.settlement_months_by_partner(session=s))
        for code, months in zip(codes[:2], (6, 24), strict=False):
            agreement = reference.agreement_for(session=s, partner_code=code)
            assert agreement is not None
            reference.set_agreement(session=s, partner_code=code, reference=agreement.reference,
                                    settlement_months=months)
    with ledger.reader() as s:
        late = late_figures(s, as_of)
        assert list(late.overdue) == balances.overdue(session=s, as_of=as_of)
        assert list(late.due_soon) == balances.due_soon(session=s, as_of=as_of)
        assert list(late.ageing) == balances.ageing(session=s, as_of=as_of)
    data = load_dashboard(ledger, as_of, limit=5)
    assert data.overdue == late.overdue[:5] and data.overdue_count == len(late.overdue)
    assert data.due_soon == late.due_soon[:5] and data.due_soon_count == len(late.due_soon)
    assert data.due_soon_ids == tuple(sorted(o.order_id for o in late.due_soon))


def test_a_receivable_figure_lists_the_orders_behind_it(
    qtbot: QtBot, dashboard: DashboardPage, known: Known
) -> None:
    view = dashboard.balances_view
    with qtbot.waitSignal(dashboard.context.events.show_orders, timeout=WAIT_MS) as shown:
        double_click(qtbot, view, view.model().index(0, 2))  # JPN CAD receivable
    assert shown.args == [OrderFilter(partner="JPN", direction="provided",
                                      order_ids=tuple(sorted((known.overdue, known.part_settled))))]


def test_a_net_figure_lists_both_directions(qtbot: QtBot, dashboard: DashboardPage, known: Known) -> None:
    view = dashboard.balances_view
    with qtbot.waitSignal(dashboard.context.events.show_orders, timeout=WAIT_MS) as shown:
        double_click(qtbot, view, view.model().index(1, 4))  # JPN JPY net
    assert shown.args == [OrderFilter(partner="JPN", order_ids=(known.due_soon,))]


def test_a_chart_bar_lists_the_partners_orders(qtbot: QtBot, dashboard: DashboardPage, known: Known) -> None:
    with qtbot.waitSignal(dashboard.context.events.show_orders, timeout=WAIT_MS) as shown:
        dashboard.chart._on_clicked(0)  # what QBarSet.clicked(0) calls
    assert shown.args == [OrderFilter(partner="JPN", order_ids=tuple(sorted((known.overdue,
                                                                            known.part_settled))))]


def test_it_reloads_when_the_ledger_changes(
    qtbot: QtBot, dashboard: DashboardPage, ledger: Ledger, known: Known
) -> None:
    from tests.ui.app.conftest import add_order

    add_order(ledger, known.exercise_id, "E-NEW")  # a second order awaiting signatures
    with qtbot.waitSignal(dashboard.loaded, timeout=WAIT_MS):
        dashboard.context.events.changed("orders")
    assert dashboard.tiles["awaiting_signatures"].count() == "2"


def test_the_models_pass_the_model_tester(qtmodeltester: object, dashboard: DashboardPage) -> None:
    for model in (dashboard.balances_model, dashboard.ageing_model, dashboard.overdue_model,
                  dashboard.due_soon_model):
        qtmodeltester.check(model)  # type: ignore[attr-defined]


# --- the last figures shown, painted at once on an unchanged ledger ---------------------------------


def _open_dashboard(qtbot: QtBot, context: AppContext) -> tuple[DashboardPage, list[bool]]:
    """A dashboard shown as the window shows it; the kinds of figures painted, in order."""
    page = DashboardPage(context, today=lambda: TODAY)
    qtbot.addWidget(page)
    painted: list[bool] = []
    page.figures_shown.connect(painted.append)
    page.resize(1100, 700)
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.show()
    qtbot.waitUntil(lambda: not context.tasks.busy, timeout=WAIT_MS)  # the snapshot is written
    return page, painted


def test_an_unchanged_ledger_opens_with_the_last_figures_then_reads_them_again(
    qtbot: QtBot, known: Known, ledger: Ledger, make_context: Callable[..., AppContext]
) -> None:
    first, painted = _open_dashboard(qtbot, make_context(ledger))
    assert painted and all(painted)  # nothing kept yet: the figures are read, then painted
    shown = {name: tile.count() for name, tile in first.tiles.items()}
    first.close()

    context = make_context(ledger)
    second = DashboardPage(context, today=lambda: TODAY)
    qtbot.addWidget(second)
    second.resize(1100, 700)
    read_again: list[bool] = []
    second.figures_shown.connect(read_again.append)
    kept = first_look(ledger, page_module.snapshot_folder(context.settings))
    assert isinstance(kept, snapshot.Snapshot)  # the ledger summary kept with the figures:
    assert kept.summary == ledger_summary(ledger)  # as read through the services
    assert second.show_last_figures(kept)  # as the window does once the ledger's marking is known
    # painted at once, before any read: the kept figures, said to be the last ones shown
    assert read_again == [False] and second.is_from_snapshot()
    assert {name: tile.count() for name, tile in second.tiles.items()} == shown
    assert [n for n, tile in second.tiles.items() if tile.is_pending()] == ["audit_exceptions"]
    assert texts(second.overdue_view) == texts(first.overdue_view)
    assert "Last figures shown" in second.as_of_label.text()
    second.show()  # comes into view: the figures are read again
    qtbot.waitUntil(lambda: read_again[1:] == [True], timeout=WAIT_MS)  # the same ledger:
    # its kept audit-exceptions count stays good, nothing else is read
    assert not second.is_from_snapshot()
    assert "Last figures shown" not in second.as_of_label.text()
    assert not second.tiles["audit_exceptions"].is_pending()
    assert {name: tile.count() for name, tile in second.tiles.items()} == shown


def test_a_ledger_changed_since_shows_no_kept_figures(
    qtbot: QtBot, known: Known, ledger: Ledger, make_context: Callable[..., AppContext]
) -> None:
    from tests.ui.app.conftest import add_order

    first, _ = _open_dashboard(qtbot, make_context(ledger))
    first.close()
    add_order(ledger, known.exercise_id, "D-LATER")  # another program wrote to the ledger
    # the window's first look finds nothing kept: the summary is read
    assert first_look(ledger, page_module.snapshot_folder(first.context.settings)) == \
        ledger_summary(ledger)
    second, painted = _open_dashboard(qtbot, make_context(ledger))
    assert painted[0] is True  # its figures are read first, never the stale ones shown
    assert second.tiles["awaiting_signatures"].count() == "2"


def test_held_reads_start_once_the_kept_figures_are_painted(
    qtbot: QtBot, known: Known, ledger: Ledger, make_context: Callable[..., AppContext]
) -> None:
    # the reads import the ORM models: in the window they wait for the first paint
    first, _ = _open_dashboard(qtbot, make_context(ledger))
    first.close()
    context = make_context(ledger)
    page = DashboardPage(context, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    shown: list[bool] = []
    page.figures_shown.connect(shown.append)
    released: list[bool] = []
    page.reads_may_start.connect(lambda: released.append(page.is_from_snapshot()))
    page.hold_reads()  # as the window does until its first look at the ledger answers
    page.show()
    qtbot.waitExposed(page)
    qtbot.wait(100)
    assert shown == [] and not page.is_loading() and released == []  # nothing read yet
    assert page.show_last_figures(first_look(ledger, page_module.snapshot_folder(context.settings)))
    assert shown == [False] and not page.is_loading()  # the kept figures, painted first
    qtbot.waitUntil(lambda: shown == [False, True], timeout=WAIT_MS)  # then read again
    assert released == [True]


def test_without_kept_figures_held_reads_start_at_once(
    qtbot: QtBot, known: Known, ledger: Ledger, make_context: Callable[..., AppContext]
) -> None:
    page = DashboardPage(make_context(ledger), today=lambda: TODAY)
    qtbot.addWidget(page)
    page.hold_reads()
    page.show()
    qtbot.waitExposed(page)
    assert not page.is_loading()
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        assert not page.show_last_figures(None)
    assert page.data() is not None
