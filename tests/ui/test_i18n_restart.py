"""Choosing a language needs no hand-editing: it applies the next time ACSA Desk starts, and a
catalogue newer than its compiled form (after a pull) is compiled for the user on the fly."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from acsa_desk.ui.catalogues import ts_path
from acsa_desk.ui.i18n import fresh_catalogue, install_translators

CHOOSE = """
from acsa_desk.ui.app import create_app
from acsa_desk.ui import settings as opt
app = create_app(["acsa-desk"], enable_faulthandler=False)
app.settings.set(opt.UI_LANGUAGE, {language!r})   # what Preferences does on OK
"""
START = """
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox
from acsa_desk.ui.app import create_app
app = create_app(["acsa-desk"], enable_faulthandler=False)
box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
print(QCoreApplication.translate("PageId", "Orders"))
print(box.button(QDialogButtonBox.StandardButton.Cancel).text())
print(app.font().families())
"""


def run(code: str, home: Path) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_CACHE_HOME": str(home / "cache"),
           "XDG_DATA_HOME": str(home / "data")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


@pytest.mark.parametrize(("language", "orders", "cancel"),
                         [("fr", "Commandes", "Annuler"), ("ja", "要請", "キャンセル"),
                          ("en", "Orders", "Cancel")])
def test_the_language_chosen_applies_at_the_next_start(
    tmp_path: Path, language: str, orders: str, cancel: str
) -> None:
    run(CHOOSE.format(language=language), tmp_path)
    shown = run(START, tmp_path)
    assert shown[:2] == [orders, cancel]
    assert "IPAexGothic" in shown[2]  # Japanese text set in the bundled font, in every language
    if language == "ja":
        assert shown[2].startswith("['IPAexGothic'")


def test_a_catalogue_newer_than_its_compiled_form_is_compiled_for_the_user(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    shutil.copy(ts_path("fr"), tmp_path)
    chosen = fresh_catalogue("fr", tmp_path)  # no .qm beside the .ts
    assert chosen.is_file() and chosen.is_relative_to(tmp_path / "cache")
    try:
        install_translators(qapp, "fr", tmp_path)
        assert QCoreApplication.translate("PageId", "Orders") == "Commandes"
    finally:
        install_translators(qapp, "en")
    assert fresh_catalogue("fr", tmp_path) == chosen  # compiled once per catalogue text
