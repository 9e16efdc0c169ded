"""What a user can read on a widget, and which of it is still English.

A text is *still English* when it contains a word of the English interface (any word of the
catalogues' English sources, or a common English word) that the language's own translations
never use: "Record delivery…" in the French window is caught by "record" and "delivery",
while "Total" or "Description" (French words too) are not.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QAbstractListModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from acsa_desk.ui.catalogues import messages, ts_path

WORD = re.compile(r"[A-Za-z][A-Za-z']{2,}")
#: Common English words a new, untranslated string is likely to contain even when the
#: catalogues do not (yet) hold it.
ENGLISH = frozenset(
    "the and for with from this that not are was were will has have can cannot you your our "
    "all any new open save show edit delete close cancel print preview order orders line lines "
    "settle settled settlement settlements delivered delivery receipt received invoice invoiced "
    "partner partners exercise exercises amount total outstanding payable receivable signed sign "
    "signature user users login password agreement agreements reconcile reconciliation readiness "
    "ready missing required choose select enter import export backup restore history verify "
    "status date when who why what which none yes help about guide file files name rank".split())
#: Words that are names or codes in every language (the demo data, units, standards).
NAMES = frozenset(
    "acsa desk kaedex neon asterix kirisame yokosuka csv pdf nsn iso utc cdr capt jpn usa can "
    "cad jpy usd pg_dump sqlite unclassified canadian joint operations command ipa ipaex gothic "
    "font license demo tour python pyside linux windows darwin".split())


#: Words a language writes exactly as English does, in texts whose whole translation is the
#: English text itself (other such texts prove nothing: they may be left untranslated).
SAME_AS_ENGLISH = {"fr": frozenset({"documents", "licences"}), "ja": frozenset()}


@cache
def suspicious_words(language: str) -> frozenset[str]:
    """English interface words the language's translations never use."""
    english = set(ENGLISH)
    native: set[str] = set(SAME_AS_ENGLISH.get(language, ()))
    for message in messages(ts_path(language)):
        english.update(w.lower() for w in WORD.findall(message.source))
        if message.finished and message.translation != message.source:
            words = re.sub(r"--[\w-]+|\b[A-Z0-9_]*_[A-Z0-9_]+\b", " ", message.translation)
            native.update(w.lower() for w in WORD.findall(words))  # options and codes aside
    return frozenset(english - native - NAMES)


PATH = re.compile(r"\S*[/\\]\S*|\S+\.(?:sqlite|db|csv|pdf)\b")


def still_english(texts: list[str], language: str, data: frozenset[str] = frozenset()) -> list[str]:
    """The texts that still hold English words, once paths, file names and ``data`` (whole
    values from the ledger: exercises, units, people) are taken out."""
    words = suspicious_words(language)
    ledger_values = _data_pattern(data)
    found = set()
    for text in texts:
        rest = text.replace("&", "")
        if ledger_values is not None:
            rest = ledger_values.sub(" ", rest)
        rest = PATH.sub(" ", rest)
        if any(w.lower() in words for w in WORD.findall(rest)):
            found.add(text)
    return sorted(found)


@cache
def _data_pattern(data: frozenset[str]) -> re.Pattern[str] | None:
    values = sorted((v for v in data if len(v) >= 3), key=len, reverse=True)
    if not values:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(v) for v in values) + r")(?!\w)")


def visible_texts(root: QWidget) -> list[str]:
    """Every text shown on ``root`` and its visible children: titles, labels, buttons, tabs,
    group boxes, placeholders, tooltips, combo items, table and list headers, menus."""
    found: list[str] = [root.windowTitle()]
    widgets = [root, *(w for w in root.findChildren(QWidget) if w.isVisibleTo(root))]
    for widget in widgets:
        found.append(widget.toolTip())
        found.append(widget.accessibleName())
        if isinstance(widget, QLabel):
            found.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            found.append(widget.text())
        elif isinstance(widget, QGroupBox):
            found.append(widget.title())
        elif isinstance(widget, QLineEdit):
            found.append(widget.placeholderText())
        elif isinstance(widget, QTextEdit):
            found.append(widget.placeholderText())
            found.append(widget.toPlainText().strip().split("\n", 1)[0])  # a document's heading
        elif isinstance(widget, QPlainTextEdit):  # messages listed in a box (an import's defects)
            found.append(widget.placeholderText())
            found.extend(widget.toPlainText().splitlines())
        elif isinstance(widget, QComboBox):
            found.extend(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QTabWidget):
            found.extend(widget.tabText(i) for i in range(widget.count()))
            found.extend(widget.tabToolTip(i) for i in range(widget.count()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
            for column in range(columns):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    found.append(str(model.headerData(column, Qt.Orientation.Horizontal, role) or ""))
    if isinstance(root, QMainWindow) and root.menuWidget() is not None:
        # menuWidget(), never menuBar(): that one would replace a custom menu widget
        for menu in root.menuWidget().findChildren(QMenu):
            found.append(menu.title())
            found.extend(a.text() for a in menu.actions())
            found.extend(a.toolTip() for a in menu.actions() if a.toolTip() != a.text())
    for menu in root.findChildren(QMenu):
        found.extend(a.text() for a in menu.actions())
    return [t for t in found if t]
