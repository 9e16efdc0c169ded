"""A 1366x768 laptop (issue #14 point 6): the main window, every page and the order editor
fit, with the bottom banner and the status bar on screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QSize
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from acsa_desk.db.engine import Ledger
from acsa_desk.ui.mainwindow import fitting_size as window_size
from acsa_desk.ui.orders import OrderEditor, OrdersPage
from acsa_desk.ui.page import PageId, fitting_size
from tests.ui.app.conftest import OFFSCREEN_NOISE, Desk, Known

#: 1366x768 less a desktop panel and the window's title bar.
AVAILABLE = QSize(1366, 768 - 32 - 28)


def inside(widget: QWidget, window: QWidget) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return (top_left.y() + widget.height() <= window.height()
            and top_left.x() + widget.width() <= window.width())


def test_the_default_size_fits_the_screen() -> None:
    assert window_size(QSize(1366, 768 - 32)).height() <= 768 - 32 - 28
    assert window_size(QSize(1920, 1080)) == QSize(1280, 800)


@pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, r"^This plugin does not support raise\(\)$")
def test_every_page_and_the_editor_fit_a_1366x768_laptop(
    qtbot: QtBot, desk: Desk, ledger: Ledger, known: Known
) -> None:
    desk.start(ledger)
    window = desk.window
    window.set_banner("PROTECTED B")
    for page_id in PageId:
        window.show_page(page_id)
        desk.idle()
        window.resize(AVAILABLE)
        QApplication.processEvents()
        assert window.height() <= AVAILABLE.height(), (page_id, window.minimumSizeHint())
        assert window.width() <= AVAILABLE.width(), (page_id, window.minimumSizeHint())
        # the layout follows the resize on the next events: it must then fit
        qtbot.waitUntil(lambda: inside(window.status_bar, window) and (
            not window.bottom_banner.isVisible() or inside(window.bottom_banner, window)),
            timeout=3000)
        assert window.status_bar.isVisible() and window.top_banner.isVisible()
    page = window.page(PageId.ORDERS)
    assert isinstance(page, OrdersPage)
    editor = page.editors.open(known.part_settled)
    qtbot.waitExposed(editor)
    assert fitting_size(QSize(1366, 736), QSize(1180, 780)).height() <= AVAILABLE.height()
    editor.resize(AVAILABLE)
    QApplication.processEvents()
    assert isinstance(editor, OrderEditor)
    assert editor.height() <= AVAILABLE.height(), editor.minimumSizeHint()
    assert editor.width() <= AVAILABLE.width()
    editor.close()
