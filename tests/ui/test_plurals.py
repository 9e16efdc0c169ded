"""Issue 14: counted messages say "1 order", "2 orders" (and "1 commande", "2 commandes",
"2 件の要請"): Qt plural forms from the catalogues, English resolved by messages.counted."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from acsa_desk.ui.catalogues import compile_all
from acsa_desk.ui.i18n import install_translators
from acsa_desk.ui.messages import counted


def shown(n: int) -> str:
    return counted(QCoreApplication.translate("OrdersPage", "%n order(s)", "", n), n)


@pytest.mark.parametrize(("language", "one", "two", "zero"), [
    ("en", "1 order", "2 orders", "0 orders"),
    ("fr", "1 commande", "2 commandes", "0 commande"),  # French: 0 and 1 are singular
    ("ja", "1 件の要請", "2 件の要請", "0 件の要請"),
])
def test_counts_agree_in_every_language(qapp: QApplication, tmp_path: Path, language: str,
                                        one: str, two: str, zero: str) -> None:
    compile_all(out=tmp_path)
    install_translators(qapp, language, tmp_path)
    try:
        assert (shown(1), shown(2), shown(0)) == (one, two, zero)
    finally:
        install_translators(qapp, "en")


def test_the_count_takes_the_locale_grouping() -> None:
    assert counted("%n order(s)".replace("%n", "1234"), 1234, "1 234") == "1 234 orders"
    assert counted("Showing 1 selected order(s)", 1) == "Showing 1 selected order"


@pytest.mark.parametrize(("language", "one", "two"), [
    ("en", "(1 line not counted)", "(2 lines not counted)"),
    ("fr", "(1 ligne non comptée)", "(2 lignes non comptées)"),
    ("ja", "（1 行は未集計）", "（2 行は未集計）"),
])
def test_the_editors_uncounted_lines_agree(qapp: QApplication, tmp_path: Path, language: str,
                                           one: str, two: str) -> None:
    def text(n: int) -> str:
        return counted(QCoreApplication.translate("OrderEditor", "(%n line(s) not counted)", "",
                                                  n), n)

    compile_all(out=tmp_path)
    install_translators(qapp, language, tmp_path)
    try:
        assert (text(1), text(2)) == (one, two)
    finally:
        install_translators(qapp, "en")
