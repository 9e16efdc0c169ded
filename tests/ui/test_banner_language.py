"""On screen the marking stays in its scheme's terms; its originator notice is in the
interface's language (French and Japanese from the shipped catalogues)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from acsa_desk.core import marking as M
from acsa_desk.ui.banner import add_banners
from acsa_desk.ui.i18n import install_translators, qm_path

PB = M.render(M.make_marking(M.CANADA, "PROTECTED B", rel_to=["CAN", "JPN"],
                             originators=["JPN", "USA"]), M.BUILTIN_SCHEMES)


@pytest.fixture
def english_after(qapp: QApplication) -> Iterator[None]:
    yield
    install_translators(qapp, "en")


@pytest.mark.parametrize(("language", "notice"), [
    ("en", "Contains foreign government information: JPN, USA"),
    ("fr", "Contient des renseignements de gouvernements étrangers : JPN, USA"),
    ("ja", "外国政府情報を含む: JPN, USA"),
])
def test_the_notice_is_in_the_interface_language(qapp: QApplication, qtbot: QtBot,
                                                 english_after: None, language: str,
                                                 notice: str) -> None:
    if language != "en" and not Path(qm_path(language)).is_file():
        pytest.skip("the .qm catalogues are not compiled (make translations)")
    install_translators(qapp, language)
    host = QWidget()
    QVBoxLayout(host)
    qtbot.addWidget(host)
    banners = add_banners(host, rendering=PB)
    assert banners.top.text() == f"PROTECTED B//REL TO CAN, JPN\n{notice}"
    assert banners.top.toolTip() == notice
