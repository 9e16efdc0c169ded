"""The Partners and agreements page and the Audit readiness page, driven as a user would."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from acsa_desk.db.engine import Ledger
from acsa_desk.services import agreements, readiness
from acsa_desk.services.demo import fill_demo
from acsa_desk.ui.agreements.page import AgreementsPage
from acsa_desk.ui.context import AppContext
from acsa_desk.ui.readiness.page import ReadinessPage
from tests.conftest import register_admin
from tests.ui.app.conftest import WAIT_MS, wait_idle

ContextFactory = Callable[..., AppContext]
SHOTS = Path(os.environ.get("ACSA_SHOTS", "/tmp/acsa-shots"))
DEMO_DAY = date(2026, 11, 25)


def show(qtbot: QtBot, page: object) -> None:
    qtbot.addWidget(page)  # type: ignore[arg-type]
    page.resize(1280, 760)  # type: ignore[attr-defined]
    page.show()  # type: ignore[attr-defined]
    qtbot.waitExposed(page)  # type: ignore[arg-type]


def shot(page: object, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert page.grab().save(str(SHOTS / name))  # type: ignore[attr-defined]


def loaded_register(qtbot: QtBot, ledger: Ledger,
                    make_context: ContextFactory) -> tuple[AppContext, ReadinessPage]:
    """The Audit readiness page as of DEMO_DAY, shown and loaded."""
    context = make_context(ledger)
    page = ReadinessPage(context)
    page.as_of.setDate(QDate(DEMO_DAY.year, DEMO_DAY.month, DEMO_DAY.day))
    show(qtbot, page)
    page.refresh()
    wait_idle(qtbot, context.tasks)
    return context, page


def test_record_an_agreement_and_an_official(qtbot: QtBot, ledger: Ledger,
                                             make_context: ContextFactory) -> None:
    context = make_context(ledger, register_admin(ledger))  # agreements: an admin's work
    page = AgreementsPage(context)
    show(qtbot, page)
    page.refresh()
    wait_idle(qtbot, context.tasks)
    assert page.model.rowCount() == 0
    qtbot.keyClicks(page.partner, "JPN")
    qtbot.keyClicks(page.reference, "CAN-JPN ACSA 2018")
    qtbot.keyClicks(page.dates["signed_on"], "2018-04-21")
    qtbot.keyClicks(page.dates["in_force_from"], "2019-07-01")
    page.claim_days.setValue(45)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_MS)
    with ledger.reader() as s:
        (a,) = agreements.list_agreements(session=s)
        assert (a.reference, a.signed_on, a.in_force_from, a.claim_days) == (
            "CAN-JPN ACSA 2018", date(2018, 4, 21), date(2019, 7, 1), 45)
    # a malformed date is refused beside the form and nothing changes
    page.dates["notified_on"].setText("21/04/2018")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "YYYY-MM-DD" in page.problem.text()
    page.dates["notified_on"].clear()
    for edit, text in ((page.official_name, "Anne Tremblay"), (page.official_login, "officer"),
                       (page.official_rank, "Cdr"),
                       (page.official_limit, "500000.00"), (page.official_from, "2025-01-01")):
        qtbot.keyClicks(edit, text)
    qtbot.mouseClick(page.add_official_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.officials_model.rowCount() == 1, timeout=WAIT_MS)
    assert page.officials_model.index(0, 1).data() == "officer"
    assert page.officials_model.index(0, 2).data() == "$500,000.00"
    shot(page, "agreements-page.png")


def test_a_clerk_reads_the_agreements_and_cannot_change_them(qtbot: QtBot, ledger: Ledger,
                                                             make_context: ContextFactory) -> None:
    context = make_context(ledger, "clerk")
    page = AgreementsPage(context)
    show(qtbot, page)
    page.refresh()
    wait_idle(qtbot, context.tasks)
    controls = page.editing_controls()
    assert page.save_button in controls and page.add_official_button in controls
    for widget in controls:
        assert not widget.isEnabled()
        assert widget.toolTip() == (
            "Only an admin can change the agreements and designated officials")
    shot(page, "agreements-page-clerk.png")
    # refused by the service if it happens anyway: one line beside the form, nothing recorded
    for widget in controls:
        widget.setEnabled(True)
    qtbot.keyClicks(page.partner, "JPN")
    qtbot.keyClicks(page.reference, "CAN-JPN ACSA 2018")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.problem.text() != "", timeout=WAIT_MS)
    assert page.problem.text() == "only an admin can change the agreements"
    with ledger.reader() as s:
        assert agreements.list_agreements(session=s) == []
    # an admin's page is editable, with the usual tooltips
    admin_page = AgreementsPage(make_context(ledger, register_admin(ledger)))
    qtbot.addWidget(admin_page)
    assert all(widget.isEnabled() for widget in admin_page.editing_controls())
    assert admin_page.official_login.toolTip().startswith("The registered officer")


def test_the_register_lists_every_exception_and_saves(qtbot: QtBot, ledger: Ledger,
                                                      make_context: ContextFactory,
                                                      tmp_path: Path) -> None:
    with ledger.session() as s:
        fill_demo(session=s, orders=300, seed=7, today=DEMO_DAY)
    with ledger.reader() as s:
        expected = readiness.assess(session=s, as_of=DEMO_DAY)
    context, page = loaded_register(qtbot, ledger, make_context)
    assert [r.number for r in page.shown_rows()] == [r.number for r in expected]
    counts = {page.tally_model.row_at(i).code: page.tally_model.row_at(i).orders
              for i in range(page.tally_model.rowCount())}
    assert counts["overdue"] == sum("overdue" in r.exceptions for r in expected) > 0
    shot(page, "readiness-page.png")
    page.show_exception("not_closed")
    assert page.shown_rows() and all("not_closed" in r.exceptions for r in page.shown_rows())
    opened: list[int] = []
    context.events.open_order.connect(opened.append)
    page.view.selectRow(0)
    page._activated(page.model.index(0, 0))
    assert opened == [page.shown_rows()[0].order_id]
    target = tmp_path / "register.csv"
    context.dialogs.answer_save_file(target)  # type: ignore[attr-defined]
    qtbot.mouseClick(page.save_csv, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=WAIT_MS)
    wait_idle(qtbot, context.tasks)
    assert target.read_bytes().decode("utf-8").count("\r\norder,") == len(expected)


def test_the_tally_is_read_whole_in_french(qtbot: QtBot, ledger: Ledger,
                                           make_context: ContextFactory) -> None:
    """The counts by exception stay in view beside the longest French label (they were cut
    off behind the tally's scroll bar), and each filter shows its choice whole."""
    from PySide6.QtWidgets import QApplication

    from acsa_desk.ui.i18n import install_translators

    with ledger.session() as s:
        fill_demo(session=s, orders=120, seed=7, today=DEMO_DAY)
    app = QApplication.instance()
    assert install_translators(app, "fr")  # type: ignore[arg-type]
    try:
        _context, page = loaded_register(qtbot, ledger, make_context)
        qtbot.wait(50)  # the splitter's layout after the tally's new minimum
        view = page.tally_view
        assert page.tally_model.headerData(1, Qt.Orientation.Horizontal) == "Commandes"
        last = page.tally_model.columnCount() - 1
        assert view.horizontalScrollBar().maximum() == 0
        assert view.columnViewportPosition(last) + view.sizeHintForColumn(last) \
            <= view.viewport().width()
        for combo in (page.partner, page.exception):
            longest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i))
                          for i in range(combo.count()))
            assert combo.width() > longest
        shot(page, "readiness-page-fr.png")
    finally:
        install_translators(app, "en")  # type: ignore[arg-type]


def test_the_orders_list_shows_and_filters_readiness(qtbot: QtBot, ledger: Ledger,
                                                     make_context: ContextFactory) -> None:
    from acsa_desk.services.queries import OrderFilter, count_orders
    from acsa_desk.ui.orders.list_page import OrdersPage
    from acsa_desk.ui.orders.table_model import READINESS_ROLE, Column

    with ledger.session() as s:
        fill_demo(session=s, orders=120, seed=5, today=DEMO_DAY)
    today = date.today()
    with ledger.reader() as s:
        expected = {r.order_id: r.exceptions for r in readiness.assess(
            session=s, as_of=today, only_exceptions=False)}
        late = sorted(i for i, codes in expected.items() if "claim_late" in codes)
        assert late and count_orders(session=s, flt=OrderFilter(readiness="claim_late")) == len(late)
        assert count_orders(session=s, flt=OrderFilter(readiness="")) == sum(
            1 for codes in expected.values() if codes)
    context = make_context(ledger)
    page = OrdersPage(context)
    show(qtbot, page)
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=WAIT_MS)
    for row in range(page.model.rowCount()):  # each row's badge: the register's own codes
        index = page.model.index(row, Column.READINESS)
        order_id = page.model.order_row(row).id
        assert index.data(READINESS_ROLE) == expected[order_id]
        assert index.data() == ("✓ ready" if not expected[order_id] else f"⚠ {len(expected[order_id])}")
    page.readiness_combo.setCurrentIndex(page.readiness_combo.findData("claim_late"))
    qtbot.waitUntil(lambda: page.model.total_count() == len(late), timeout=WAIT_MS)
    shown = sorted(page.model.order_row(r).id for r in range(page.model.rowCount()))
    assert shown == late
    assert "Claim" in page.model.index(0, Column.READINESS).data(Qt.ItemDataRole.ToolTipRole)
    page.view.horizontalScrollBar().setValue(page.view.horizontalScrollBar().maximum())
    shot(page, "orders-readiness-filter.png")


def test_the_dashboard_tile_opens_audit_readiness(qtbot: QtBot, ledger: Ledger,
                                                  make_context: ContextFactory) -> None:
    from acsa_desk.ui.dashboard.page import DashboardPage

    with ledger.session() as s:
        fill_demo(session=s, orders=60, seed=9, today=DEMO_DAY)
    with ledger.reader() as s:
        count = len(readiness.assess(session=s, as_of=date.today()))
    context = make_context(ledger)
    page = DashboardPage(context)
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        show(qtbot, page)
    tile = page.tiles["audit_exceptions"]
    assert tile.count_label.text() == f"{count:,}" or tile.count_label.text() == str(count)
    with qtbot.waitSignal(context.events.show_page, timeout=WAIT_MS) as asked:
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert asked.args == ["readiness"]
    shot(page, "dashboard-audit-tile.png")
