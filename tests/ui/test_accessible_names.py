"""Issue 14 point 6: every input of every page and dialog has an accessible name.

The screenshot tour (acsa_desk/ui/tour.py) opens every page of a demo ledger, the order editor,
each step dialog, the exercise editor, the preferences, sign-in, the import assistant and the
message boxes; in each view every visible input (line edits, combo boxes, date and spin boxes,
check boxes, text edits, tables) must carry a name a screen reader speaks: its own accessible
name, a label whose buddy it is (QFormLayout's addRow sets that), or a text of its own (a check
box, a button). The names are read in English, the language the checks are written in.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from acsa_desk.ui.dialogs import ScriptedDialogs
from acsa_desk.ui.tour import Tour, build_demo, tour

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractButton, QPlainTextEdit, QTextEdit,
          QAbstractItemView)


def _inner_of(widget: QWidget) -> QWidget | None:
    """The widget an input belongs to (a combo's line edit, a spin box's line edit)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            return parent
        parent = parent.parentWidget()
    return None


def unnamed_inputs(view: QWidget) -> list[str]:
    """``"Class objectName"`` of each visible input without an accessible name."""
    buddies = {id(label.buddy()) for label in view.findChildren(QLabel)
               if label.buddy() is not None and label.text().strip()}
    missing = []
    for widget in view.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not widget.isVisibleTo(view):
            continue
        if _inner_of(widget) is not None or isinstance(widget, QHeaderView) \
                or widget.objectName() == "qt_tableview_cornerbutton":
            continue  # a part of a combo, a spin box or a table, named with it
        if widget.accessibleName().strip() or id(widget) in buddies:
            continue
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
            continue  # a button or check box says what it is
        if isinstance(widget, QAbstractButton) and widget.toolTip().strip():
            continue  # an icon-only button: Qt speaks its tooltip
        missing.append(f"{type(widget).__name__} {widget.objectName() or '(no object name)'}")
    return missing


@pytest.mark.slow
def test_every_input_of_every_view_has_an_accessible_name(qapp: QApplication,
                                                          tmp_path: Path) -> None:
    demo = tmp_path / "demo.sqlite"
    build_demo(demo, orders=40, seed=2018)
    info = Tour(ScriptedDialogs(), set())
    found: dict[str, list[str]] = {}
    views = 0
    for name, widget in tour(tmp_path, demo, "en", info=info):
        views += 1
        missing = unnamed_inputs(widget)
        if missing:
            found[name] = missing
    assert views > 30  # the tour really went round
    assert not found, "\n".join(f"{view}: {', '.join(names)}" for view, names in found.items())
