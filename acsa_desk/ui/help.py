"""Help: the user guide (F1) and the About box with the licences and the ledger's location.

The guide is shipped in resources/help/guide_<lang>.md (English, French, Japanese), written
for the tasks an officer does: the first order, importing a spreadsheet, signing with a
second officer, settling, the statement, reconciling, backup and restore. It opens in the
interface language (English when a language has no guide).
"""

from __future__ import annotations

import platform
import sys

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

import acsa_desk
from acsa_desk import resources_dir

#: Third-party components shipped with or used by ACSA Desk, with their licences (names are
#: proper names: not translated).
COMPONENTS: tuple[tuple[str, str], ...] = (
    ("Qt 6 / PySide6", "GNU Lesser General Public License v3 (LGPL-3.0)"),
    ("IPAex Gothic (resources/fonts/ipaexg.ttf)", "IPA Font License Agreement v1.0"),
    ("SQLAlchemy, SQLModel, Alembic", "MIT License"),
    ("ReportLab", "BSD License"),
    ("Babel (CLDR data)", "BSD License; CLDR: Unicode License"),
    ("pycountry", "GNU Lesser General Public License v2.1 (LGPL-2.1)"),
    ("platformdirs", "MIT License"),
    ("psycopg", "GNU Lesser General Public License v3 (LGPL-3.0)"),
    ("Python", "Python Software Foundation License"),
)


def guide_path(language: str) -> str:
    folder = resources_dir() / "help"
    path = folder / f"guide_{language}.md"
    return str(path if path.is_file() else folder / "guide_en.md")


def language_of(locale: str) -> str:
    return locale.replace("-", "_").split("_", 1)[0].lower() or "en"


class UserGuide(QDialog):
    """The user guide in a window of its own (not modal: the officer follows it while working)."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("user_guide")
        self.setWindowTitle(self.tr("ACSA Desk user guide"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.browser = QTextBrowser()
        self.browser.setObjectName("guide_text")
        self.browser.setOpenExternalLinks(False)
        with open(guide_path(language), encoding="utf-8") as guide:
            self.browser.setMarkdown(guide.read())
        self.browser.setAccessibleName(self.tr("User guide"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(760, 640)


class AboutDialog(QDialog):
    """Version, what ACSA Desk is, the ledger in use, the licences (IPA Font License in full)."""

    def __init__(self, ledger: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About ACSA Desk"))
        tabs = QTabWidget()
        tabs.setObjectName("about_tabs")

        about = QLabel(
            self.tr("ACSA Desk {version}\n\nThe ledger of logistic support exchanged under Acquisition "
                    "and Cross-Servicing Agreements: orders, deliveries, settlements and balances.")
            .format(version=acsa_desk.__version__))
        about.setWordWrap(True)
        about.setTextFormat(Qt.TextFormat.PlainText)
        where = QLabel(self.tr("Ledger in use: {where}").format(
            where=ledger or self.tr("none (no database is open)")))
        where.setObjectName("about_ledger")
        where.setWordWrap(True)
        where.setTextFormat(Qt.TextFormat.PlainText)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        versions = QLabel(self.tr("Python {python}, Qt {qt}, PySide6 {pyside}, {system}").format(
            python=platform.python_version(), qt=QLibraryInfo.version().toString(),
            pyside=PySide6.__version__, system=platform.system() or sys.platform))
        versions.setObjectName("about_versions")
        first = QWidget()
        first_layout = QVBoxLayout(first)
        first_layout.addWidget(about)
        first_layout.addWidget(where)
        first_layout.addWidget(versions)
        first_layout.addStretch(1)
        tabs.addTab(first, self.tr("About"))

        licences = QTextBrowser()
        licences.setObjectName("about_licences")
        rows = "".join(f"<tr><td>{name}</td><td>{licence}</td></tr>" for name, licence in COMPONENTS)
        licences.setHtml(
            "<p>" + self.tr("ACSA Desk is used under its owner's terms. It includes or uses these "
                            "components, each under its own licence:") + "</p>"
            f"<table cellpadding='4'>{rows}</table>"
            "<p>" + self.tr("The full text of the IPA Font License is on the next tab and in "
                            "resources/fonts/ beside the font.") + "</p>")
        tabs.addTab(licences, self.tr("Licences"))

        ipa = QTextBrowser()
        ipa.setObjectName("about_ipa_licence")
        ipa.setPlainText(ipa_licence_text())
        tabs.addTab(ipa, self.tr("IPA Font License"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.resize(640, 480)


def ipa_licence_text() -> str:
    path = resources_dir() / "fonts" / "IPA_Font_License_Agreement_v1.0.txt"
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return QCoreApplication.translate("AboutDialog", "The licence file {path} is missing.").format(
            path=path)
