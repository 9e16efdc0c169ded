"""Help: F1 opens the user guide in the interface language; About names the ledger and the
licences, the IPA Font License in full."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QTabWidget, QTextBrowser
from pytestqt.qtbot import QtBot

from acsa_desk import resources_dir
from acsa_desk.ui import settings as opt
from acsa_desk.ui.catalogues import TARGETS, messages, ts_path
from acsa_desk.ui.help import AboutDialog, UserGuide, guide_path
from acsa_desk.ui.mainwindow import MainWindow
from acsa_desk.ui.settings import Settings

LANGUAGES = ("en", "fr", "ja")
#: The tasks the guide covers, in every language, in this order.
SECTIONS = 8  # the eighth: handling markings and protection (issue 15)


def guide(language: str) -> str:
    return (resources_dir() / "help" / f"guide_{language}.md").read_text(encoding="utf-8")


def plain(label: str) -> str:
    """A label as the guide writes it: no shortcut marker, no trailing colon."""
    text = re.sub(r"\(&.\)", "", label).replace("&", "").replace("\u00a0", " ")
    return " ".join(text.strip().rstrip(":").split())


def interface_labels(language: str) -> set[str]:
    found: set[str] = set()
    for lang in TARGETS:
        for m in messages(ts_path(lang)):
            found.add(plain(m.source if language == "en" else m.translation) if (
                language == "en" or lang == language) else "")
    return found - {""}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_guide_covers_every_task(language: str) -> None:
    headings = re.findall(r"^## (\d)\. ", guide(language), re.MULTILINE)
    assert headings == [str(n) for n in range(1, SECTIONS + 1)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_name_the_guide_gives_is_on_the_screen_in_that_language(language: str) -> None:
    """Bold text in the guide is a label of the interface, translated as the window shows it."""
    named = {" ".join(b.split()) for b in re.findall(r"\*\*(.+?)\*\*", guide(language), re.DOTALL)}
    assert len(named) > 30
    assert named - interface_labels(language) - {"F1"} == set()


def test_a_language_without_a_guide_gets_the_english_one() -> None:
    assert guide_path("tlh").endswith("guide_en.md")
    assert guide_path("ja").endswith("guide_ja.md")


@pytest.mark.parametrize(("language", "heading"), [
    ("en", "ACSA Desk user guide"), ("fr", "Guide de l'utilisateur d'ACSA Desk"),
    ("ja", "ACSA Desk 利用の手引き")])
def test_f1_opens_the_guide_in_the_interface_language(
    qtbot: QtBot, settings: Settings, dialogs: object, messages: object, language: str, heading: str
) -> None:
    settings.set(opt.UI_LANGUAGE, language)
    window = MainWindow(settings, dialogs, messages)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    action = window.menu_actions.user_guide
    assert QKeySequence(Qt.Key.Key_F1) in action.shortcuts()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    before = set(QApplication.topLevelWidgets())
    qtbot.keyClick(window.navigation, Qt.Key.Key_F1)
    opened = [w for w in QApplication.topLevelWidgets() if w not in before and isinstance(w, UserGuide)]
    assert len(opened) == 1
    text = opened[0].findChild(QTextBrowser, "guide_text").toPlainText()
    assert text.startswith(heading)
    opened[0].close()


def test_about_names_the_ledger_and_every_licence(
    qtbot: QtBot, settings: Settings, dialogs: object, messages: object, tmp_path: Path
) -> None:
    window = MainWindow(settings, dialogs, messages)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.set_database(tmp_path / "kaedex.sqlite")
    about = window.show_about()
    qtbot.addWidget(about)
    assert isinstance(about, AboutDialog)
    assert str(tmp_path / "kaedex.sqlite") in about.findChild(QLabel, "about_ledger").text()
    licences = about.findChild(QTextBrowser, "about_licences").toPlainText()
    for name in ("IPA Font License", "LGPL-3.0", "PySide6", "ReportLab", "SQLAlchemy"):
        assert name in licences
    ipa = about.findChild(QTextBrowser, "about_ipa_licence").toPlainText()
    assert "IPA Font License Agreement v1.0" in ipa
    assert len(ipa) > 5000  # the whole agreement, not a mention
    assert about.findChild(QTabWidget, "about_tabs").count() == 3


def test_about_without_a_ledger_says_so(qtbot: QtBot) -> None:
    about = AboutDialog("")
    qtbot.addWidget(about)
    assert "no database is open" in about.findChild(QLabel, "about_ledger").text()


def test_the_guide_window_shows_the_file(qtbot: QtBot) -> None:
    window = UserGuide("fr")
    qtbot.addWidget(window)
    assert "Sauvegarde et restauration" in window.browser.toPlainText()
