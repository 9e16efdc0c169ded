"""``acsa-desk`` with no command opens the window: run as a subprocess, headless, quitting by itself."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from acsa_desk.db.engine import open_ledger
from acsa_desk.services.queries import OrderFilter, count_orders

PROGRAM = Path(sys.executable).parent / "acsa-desk"


def run(args: list[str], home: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "ACSA_DESK_EXIT_AFTER_MS": "1500",
        # settings, crash logs and the default ledger stay in the test's folder
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        **extra,
    }
    return subprocess.run([str(PROGRAM), *args], capture_output=True, text=True, env=env, timeout=120,
                          check=False)


@pytest.fixture(autouse=True)
def _installed() -> None:
    assert PROGRAM.exists(), f"acsa-desk is not installed next to {sys.executable}"


def test_the_window_opens_on_a_new_ledger_and_exits_cleanly(tmp_path: Path) -> None:
    db = tmp_path / "ledger.sqlite"
    done = run(["--db", str(db)], tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert db.exists()
    assert not list((tmp_path / "data").rglob("crash-*.log"))


def test_the_window_opens_on_a_demo_ledger(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    filled = run(["--db", str(db), "demo", "--orders", "40"], tmp_path)
    assert filled.returncode == 0, filled.stderr
    done = run(["--db", str(db)], tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    ledger = open_ledger(db)
    try:
        with ledger.reader() as s:
            assert count_orders(session=s, flt=OrderFilter()) == 40
    finally:
        ledger.close()


def test_importing_the_entry_point_loads_no_qt() -> None:
    code = "import sys, acsa_desk.cli.window; sys.exit('PySide6' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          check=False)
    assert done.returncode == 0, done.stderr


def test_the_screenshot_command_saves_every_view(tmp_path: Path) -> None:
    out = tmp_path / "shots"
    done = subprocess.run(
        [sys.executable, "-m", "acsa_desk.ui.screenshots", "--out", str(out), "--orders", "30",
         "--lang", "en,ja"],
        capture_output=True, text=True, timeout=300, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
             "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")},
    )
    assert done.returncode == 0, done.stderr
    names = {p.stem for p in (out / "en").glob("*.png")}
    assert {"welcome", "dashboard", "dashboard-ageing", "exercises", "exercise-editor", "orders",
            "settlements", "documents", "history", "history-verified", "order-editor",
            "order-editor-sign", "order-editor-new", "preferences", "user-guide", "about"} <= names
    assert {p.stem for p in (out / "ja").glob("*.png")} == names  # every view in each language
    assert all(p.stat().st_size > 1000 for p in out.glob("*/*.png"))


def test_a_database_that_cannot_be_used_is_explained_with_the_offer_of_another(
    qapp: object, tmp_path: Path
) -> None:
    from acsa_desk.cli.window import open_first_ledger
    from acsa_desk.ui.dialogs import DialogKind, ScriptedDialogs

    junk = tmp_path / "notes.sqlite"
    junk.write_text("not a database", encoding="utf-8")
    dialogs = ScriptedDialogs()
    dialogs.answer_question(True)
    dialogs.answer_open_file(tmp_path / "good.sqlite")
    ledger = open_first_ledger(str(junk), dialogs)
    assert ledger is not None
    try:
        assert ledger.path == (tmp_path / "good.sqlite").resolve()
    finally:
        ledger.close()
    question = dialogs.of_kind(DialogKind.QUESTION)[0]
    assert question.title == "Cannot open the database"
    assert "notes.sqlite" in question.text and "Choose another database file?" in question.text

    declined = ScriptedDialogs()
    declined.answer_question(False)
    assert open_first_ledger(str(junk), declined) is None
