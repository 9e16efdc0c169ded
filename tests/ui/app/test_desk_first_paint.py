"""What the window has imported when it first paints its figures (issue 16, goal 1).

The real program runs in a subprocess, headless, on a small demo ledger, twice (the second
start paints the figures kept from the first). A wrapper around standard error writes the
modules loaded, in the order they were first imported (``sys.modules`` keeps it), at the
``painted`` marker. Not timed: it checks what is on the path to the first paint, not how long
it takes (``python -m acsa_desk.bench`` measures that).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from acsa_desk.cli.window import QT_FREE_FIRST

PROGRAM = Path(sys.executable).parent / "acsa-desk"

#: Runs the window as ``acsa-desk --db LEDGER`` does, and at the ``painted`` marker writes the
#: names in ``sys.modules`` (in import order) to the file named by its first argument.
DRIVER = """
import io, json, sys
out = sys.argv[1]
class Err(io.TextIOBase):
    def write(self, text):
        if text.startswith("painted "):
            with open(out, "w", encoding="utf-8") as f:
                json.dump(list(sys.modules), f)
        return sys.__stderr__.write(text)
    def flush(self):
        sys.__stderr__.flush()
sys.stderr = Err()
from acsa_desk.cli import main
sys.exit(main(sys.argv[2:]))
"""

#: Never needed before the first paint: the other pages and what they alone use (PDFs, the
#: imports, Alembic for an up-to-date ledger). (At a first start the figures' read, which runs
#: meanwhile, imports services of its own: not listed, it races; at a kept-figures start it
#: waits for the paint, see the models' test below.)
NOT_BEFORE_THE_PAINT = (
    "acsa_desk.ui.orders.list_page",
    "acsa_desk.ui.orders.editor",
    "acsa_desk.ui.documents",
    "acsa_desk.ui.exercises",
    "acsa_desk.ui.settlements",
    "acsa_desk.ui.history",
    "acsa_desk.ui.reconciliation",
    "acsa_desk.ui.agreements",
    "acsa_desk.ui.readiness",
    "acsa_desk.interchange.orders_import",
    "acsa_desk.cli.ledger_commands",  # the command modules: the window registers none
    "acsa_desk.cli.readiness_commands",
    "reportlab",
    "alembic",
)


def env_for(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ACSA_DESK_")}
    env.update({
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "ACSA_DESK_EXIT_AFTER_MS": "8000",  # a first start paints after its read: slow under load
        "ACSA_DESK_REPORT_PAINTED": "1",
    })
    return env


def modules_at_paint(ledger: Path, home: Path, out: Path) -> list[str]:
    done = subprocess.run([sys.executable, "-c", DRIVER, str(out), "--db", str(ledger)],
                          capture_output=True, text=True, env=env_for(home), timeout=180,
                          check=False)
    assert done.returncode == 0, done.stderr
    assert "painted " in done.stderr, done.stderr
    loaded: list[str] = json.loads(out.read_text(encoding="utf-8"))
    return loaded


@pytest.fixture(scope="module")
def paints(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], list[str]]:
    """The modules at the first paint of a first start and of the next one (kept figures)."""
    home = tmp_path_factory.mktemp("home")
    ledger = home / "ledger.sqlite"
    demo = subprocess.run([str(PROGRAM), "--db", str(ledger), "demo", "--orders", "30"],
                          capture_output=True, text=True, env=env_for(home), timeout=180,
                          check=False)
    assert demo.returncode == 0, demo.stderr
    first = modules_at_paint(ledger, home, home / "first.json")
    kept = modules_at_paint(ledger, home, home / "kept.json")
    return first, kept


def test_nothing_the_first_paint_does_not_need_is_imported_before_it(
        paints: tuple[list[str], list[str]]) -> None:
    for loaded in paints:
        early = [name for name in loaded
                 if any(name == heavy or name.startswith(heavy + ".")
                        for heavy in NOT_BEFORE_THE_PAINT)]
        assert early == []


def test_the_audit_exceptions_are_not_counted_before_the_kept_figures_paint(
        paints: tuple[list[str], list[str]]) -> None:
    # every order weighed (27 s at 100,000 orders): the count kept with the figures is shown
    _first, kept = paints
    assert "acsa_desk.services.readiness" not in kept


def test_the_qt_free_modules_of_the_first_paint_are_imported_before_pyside(
        paints: tuple[list[str], list[str]]) -> None:
    # PySide6's import hook reads the source of every module imported after it
    for loaded in paints:
        qt = loaded.index("PySide6")
        late = [name for name in QT_FREE_FIRST if loaded.index(name) > qt]
        assert late == []


def test_the_kept_figures_paint_before_sqlalchemy_is_imported(
        paints: tuple[list[str], list[str]]) -> None:
    # the up-to-date ledger is opened and its users read through sqlite3 (its engine is made
    # after the paint): SQLAlchemy's import (about 0.3 s) is off the path to the kept figures
    first, kept = paints
    assert [name for name in kept if name == "sqlalchemy" or name.startswith("sqlalchemy.")] == []
    assert "sqlalchemy.orm" in first  # a first start reads its figures before the paint


#: The ORM models and what they bring: 0.15-0.2 s of imports (more after PySide6's hook).
MODELS = ("acsa_desk.db.models", "sqlmodel", "pydantic")


def test_the_kept_figures_paint_before_the_orm_models_are_imported(
        paints: tuple[list[str], list[str]]) -> None:
    # the ledger summary is kept with the figures, the users are read in plain SQL, and the
    # dashboard's reads (and the summary read again) wait for the paint
    first, kept = paints
    assert [name for name in MODELS if name in kept] == []
    assert "acsa_desk.ui.dashboard.page" in kept and "acsa_desk.ui.dashboard.data" not in kept
    assert "acsa_desk.db.models" in first  # a first start reads its figures before the paint


def test_the_window_really_painted_its_figures(paints: tuple[list[str], list[str]]) -> None:
    for loaded in paints:
        assert "acsa_desk.ui.dashboard.page" in loaded


def test_the_kept_figures_load_without_the_orm_models(tmp_path: Path) -> None:
    # the snapshot's figures and the ledger's opening need no model
    script = ("import json, sys\n"
              "from acsa_desk.db.engine import open_ledger\n"
              "from acsa_desk.ui.dashboard import snapshot\n"
              "open_ledger(sys.argv[1], create=False).close()\n"
              "print(json.dumps([n for n in ('acsa_desk.db.models', 'sqlmodel', 'pydantic')"
              " if n in sys.modules]))\n")
    ledger = tmp_path / "ledger.sqlite"
    from acsa_desk.db.engine import open_ledger

    open_ledger(ledger).close()
    done = subprocess.run([sys.executable, "-c", script, str(ledger)], capture_output=True,
                          text=True, env=env_for(tmp_path), timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []
