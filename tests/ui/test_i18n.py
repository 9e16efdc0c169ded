"""Every user-visible string goes through Qt's translation; catalogues load when present."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCommandLinkButton,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QWidget,
)
from pytestqt.qtbot import QtBot

from acsa_desk.core.marking import BUILTIN_SCHEMES
from acsa_desk.ui.dialogs import ScriptedDialogs
from acsa_desk.ui.i18n import install_translators, qm_path
from acsa_desk.ui.mainwindow import MainWindow
from acsa_desk.ui.messages import MessageBridge
from acsa_desk.ui.preferences import LedgerPreferences, PreferencesDialog
from acsa_desk.ui.qtfix import emit
from acsa_desk.ui.settings import LANGUAGES, Settings


class PseudoTranslator(QTranslator):
    """Wraps every translated string in ⟦ ⟧, so an untranslated one stands out."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"⟦{source}⟧"

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def pseudo(qapp: QApplication) -> Iterator[None]:
    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def visible_texts(root: QWidget) -> list[str]:
    """Texts a user can read on ``root`` and its children, menus included."""
    found: list[str] = [root.windowTitle()] if root.isWindow() else []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel):
            found.append(widget.text())
        if isinstance(widget, QAbstractButton):
            found.append(widget.text())
        if isinstance(widget, QCommandLinkButton):
            found.append(widget.description())
        if isinstance(widget, QGroupBox):
            found.append(widget.title())
        if isinstance(widget, QLineEdit):
            found.append(widget.placeholderText())
        if isinstance(widget, QMenu):
            found.append(widget.title())
            found.extend(a.text() for a in widget.actions() if not a.isSeparator())
        found.append(widget.toolTip())
        found.append(widget.accessibleName())
    return [t for t in found if t]


def untranslated(texts: list[str], allowed: frozenset[str] = frozenset()) -> list[str]:
    parts = [p for text in texts for p in text.split(" — ")]
    return [p for p in parts if not (p.startswith("⟦") and p.endswith("⟧")) and p not in allowed]


def test_every_string_of_the_main_window_is_translatable(
    pseudo: None, qtbot: QtBot, settings: Settings
) -> None:
    window = MainWindow(settings, ScriptedDialogs(), MessageBridge())
    qtbot.addWidget(window)
    window.set_database(Path("/data/ledger.db"))
    emit(window.recent_menu.aboutToShow)
    texts = visible_texts(window)
    texts += [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert len(texts) > 40
    assert untranslated(texts, allowed=frozenset({"/data/ledger.db", "ledger.db"})) == []


def test_every_string_of_the_welcome_page_is_translatable(
    pseudo: None, qtbot: QtBot, settings: Settings
) -> None:
    window = MainWindow(settings, ScriptedDialogs(), MessageBridge())
    qtbot.addWidget(window)
    window.show_welcome()
    assert untranslated(visible_texts(window.welcome_page)) == []


def test_every_string_of_the_preferences_dialog_is_translatable(
    pseudo: None, qtbot: QtBot, settings: Settings
) -> None:
    dialog = PreferencesDialog(settings, LedgerPreferences(home_nation="XXX"))
    qtbot.addWidget(dialog)
    dialog.validate()  # shows validation messages too
    languages = {dialog.language.itemText(i) for i in range(dialog.language.count())}
    assert languages == set(LANGUAGES.values())  # each language in its own name, on purpose
    # marking terms are each nation's own words, printed as its rules spell them
    terms = {level.term for scheme in BUILTIN_SCHEMES.values() for level in scheme.levels}
    assert untranslated(visible_texts(dialog), allowed=frozenset({"XXX", *terms})) == []


def test_english_needs_no_catalogue(qapp: QApplication) -> None:
    assert install_translators(qapp, "en") == []


def test_a_missing_catalogue_leaves_english(qapp: QApplication, tmp_path: Path) -> None:
    install_translators(qapp, "ja", tmp_path)  # Qt's own Japanese catalogue may load
    try:
        assert QCoreApplication.translate("PageId", "Orders") == "Orders"
    finally:
        install_translators(qapp, "en")


def test_an_unknown_language_is_refused(qapp: QApplication) -> None:
    with pytest.raises(ValueError):
        install_translators(qapp, "tlh")


# PySide6 installs its tools beside the interpreter (the virtual environment's bin/).
LRELEASE = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which(
    "pyside6-lrelease")


@pytest.mark.skipif(LRELEASE is None, reason="needs pyside6-lrelease")
def test_a_compiled_catalogue_is_installed_and_replaced(qapp: QApplication, tmp_path: Path) -> None:
    ts = tmp_path / "acsa_desk_fr.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="fr">\n<context><name>PageId</name>\n'
        "<message><source>Orders</source><translation>Commandes</translation></message>\n"
        "</context>\n</TS>\n",
        encoding="utf-8",
    )
    subprocess.run(
        [str(LRELEASE), "-silent", str(ts), "-qm", str(qm_path("fr", tmp_path))],
        check=True,
    )
    try:
        installed = install_translators(qapp, "fr", tmp_path)
        assert installed
        assert QCoreApplication.translate("PageId", "Orders") == "Commandes"
        install_translators(qapp, "fr", tmp_path)  # again: the old ones are removed first
        assert QCoreApplication.translate("PageId", "Orders") == "Commandes"
    finally:
        install_translators(qapp, "en")
    assert QCoreApplication.translate("PageId", "Orders") == "Orders"
