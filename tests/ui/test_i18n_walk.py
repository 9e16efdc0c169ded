"""Every page and dialog of the real window, in French and in Japanese, shows no English.

The tour (acsa_desk/ui/tour.py) opens each page of a demo ledger, the order editor, each step
dialog, the exercise editor, the preferences, the document preview and every message box it
caused; each view's texts are read (labels, buttons, menus, tabs, headers, placeholders,
tooltips, combo items) and any still holding a word of the English interface fails the test
(tests/ui/i18n_texts.py). The data of the demo ledger (names of exercises, units, people,
line descriptions) is not interface text and is set aside. The catalogues are compiled from
the .ts files for the test, so a stale .qm on disk cannot hide a missing translation.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMessageBox,
    QWidget,
)
from sqlalchemy import inspect, text

import acsa_desk.ui
from acsa_desk.core.marking import BUILTIN_SCHEMES
from acsa_desk.db.engine import open_ledger
from acsa_desk.interchange.mappings import ORDER_COLUMNS
from acsa_desk.ui.catalogues import compile_all
from acsa_desk.ui.dialogs import ScriptedDialogs
from acsa_desk.ui.i18n import install_translators
from acsa_desk.ui.tour import IMPORT_SAMPLE_HEADER, Tour, build_demo, tour
from tests.ui.i18n_texts import still_english, visible_texts

#: Dialog classes the tour cannot reach on a demo ledger, each with the reason.
NOT_TOURED: dict[str, str] = {}


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("qm")
    compile_all(out=out)
    return out


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, frozenset[str]]]:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    build_demo(path, orders=40, seed=2018)
    yield path, ledger_data(path)


def ledger_data(path: Path) -> frozenset[str]:
    """Every text value stored in the ledger (names, units, places, descriptions, logins)."""
    ledger = open_ledger(path)
    found: set[str] = {"demo", "tour"}
    try:
        with ledger.reader() as session:
            connection = session.connection()
            for table in inspect(connection).get_table_names():
                if table.startswith("alembic") or table == "audit_log":
                    continue
                for row in connection.execute(text(f'SELECT * FROM "{table}"')):
                    found.update(v for v in row if isinstance(v, str) and any(c.isalpha() for c in v))
    finally:
        ledger.close()
    return frozenset(found)


def walk(qapp: QApplication, work: Path, demo: Path, language: str,
         qm: Path, widths: dict[str, int] | None = None,
         overflow: dict[str, int] | None = None) -> tuple[dict[str, list[str]], Tour]:
    info = Tour(ScriptedDialogs(), set())
    texts: dict[str, list[str]] = {}
    for name, widget in tour(work, demo, language, qm_dir=qm, info=info):
        texts[name] = visible_texts(widget)
        if widths is not None and isinstance(widget, QMainWindow):
            widths[name] = widget.width()
        if overflow is not None and name == "dashboard":
            view = widget.findChild(QWidget, "dashboard_page").balances_view  # type: ignore[union-attr]
            overflow[name] = view.horizontalHeader().length() - view.viewport().width()
    return texts, info


@pytest.mark.slow
@pytest.mark.parametrize("language", ["fr", "ja"])
def test_every_page_and_dialog_is_in_the_language(
    qapp: QApplication, tmp_path: Path, demo: tuple[Path, frozenset[str]], compiled: Path, language: str
) -> None:
    path, data = demo
    widths: dict[str, int] = {}
    overflow: dict[str, int] = {}
    texts, _info = walk(qapp, tmp_path, path, language, compiled, widths, overflow)
    # codes and names, not interface text: our columns (interchange.md), the sample's own
    codes = {*ORDER_COLUMNS, *(f"{c} *" for c in ORDER_COLUMNS), *IMPORT_SAMPLE_HEADER, "Diesel"}
    # handling markings are each scheme's official terms (a Canadian SECRET reads SECRET in Japan)
    codes |= {level.term for scheme in BUILTIN_SCHEMES.values() for level in scheme.levels}
    data = data | frozenset(codes)
    english = {name: still_english(found, language, data) for name, found in texts.items()}
    assert {name: found for name, found in english.items() if found} == {}
    # the walk saw what it should: every page, the editor, its steps, the message boxes
    assert {"welcome", "dashboard", "orders", "order-editor", "order-editor-sign",
            "order-editor-settle", "exercise-editor", "preferences", "order-form-preview"} <= set(texts)
    # Qt's own buttons in the language: Save/Discard/Cancel of closing an unsaved order
    assert any(name.startswith("message-") and name.endswith(("-question", "-unsaved"))
               for name in texts)
    assert sum(len(found) for found in texts.values()) > 1000
    # every page of the window keeps to the 1280-pixel default in the language's words
    assert "orders" in widths and {n: w for n, w in widths.items() if w > 1280} == {}
    # and the dashboard's balances show every column at that width (no column cut off)
    assert "dashboard" in overflow and overflow["dashboard"] <= 0, overflow


def test_the_walk_catches_an_untranslated_string(
    qapp: QApplication, tmp_path: Path, demo: tuple[Path, frozenset[str]], compiled: Path
) -> None:
    """Without the catalogue, the French tour is English, and the check says so."""
    path, data = demo
    empty = tmp_path / "no-catalogues"
    empty.mkdir()
    texts, _info = walk(qapp, tmp_path, path, "fr", empty)
    flagged = [t for found in texts.values() for t in still_english(found, "fr", data)]
    assert len(flagged) > 50
    assert any(t.startswith("Record a settlement on order") for t in flagged)


def _dialog_classes() -> set[type]:
    for module in pkgutil.walk_packages(acsa_desk.ui.__path__, "acsa_desk.ui."):
        if module.name in ("acsa_desk.ui.screenshots", "acsa_desk.ui.catalogues"):
            continue
        importlib.import_module(module.name)
    found: set[type] = set()
    todo = [QDialog]
    while todo:
        cls = todo.pop()
        for sub in cls.__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("acsa_desk."):
                found.add(sub)
    return found


def test_the_tour_opens_every_dialog_of_the_window(
    qapp: QApplication, tmp_path: Path, demo: tuple[Path, frozenset[str]], compiled: Path
) -> None:
    """A new dialog class must be reached by acsa_desk/ui/tour.py (or listed in NOT_TOURED)."""
    path, _data = demo
    _texts, info = walk(qapp, tmp_path, path, "en", compiled)
    abstract = {c for c in _dialog_classes() if any(c in s.__mro__[1:] for s in _dialog_classes())}
    missing = {f"{c.__module__}.{c.__qualname__}" for c in _dialog_classes() - abstract
               - info.seen_dialog_classes} - set(NOT_TOURED)
    assert missing == set()


@pytest.mark.parametrize(("language", "yes", "no", "cancel"),
                         [("fr", "&Oui", "&Non", "Annuler"), ("ja", "はい(&Y)", "いいえ(&N)", "キャンセル")])
def test_qt_standard_buttons_follow_the_language(
    qapp: QApplication, compiled: Path, language: str, yes: str, no: str, cancel: str
) -> None:
    install_translators(qapp, language, compiled)
    try:
        box = QMessageBox(QMessageBox.Icon.Question, "t", "q",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        texts = (box.button(QMessageBox.StandardButton.Yes).text(),
                 box.button(QMessageBox.StandardButton.No).text(),
                 buttons.button(QDialogButtonBox.StandardButton.Cancel).text())
        assert texts == (yes, no, cancel)
    finally:
        install_translators(qapp, "en")
