"""The tree shows the architecture, and imports keep to it."""

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "acsa_desk"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def _modules(folder: str) -> list[Path]:
    return sorted((PACKAGE / folder).rglob("*.py"))


def test_only_the_window_imports_qt():
    allowed = {PACKAGE / "ui", PACKAGE / "cli" / "window.py", PACKAGE / "bench"}
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if any(path == a or a in path.parents for a in allowed):
            continue
        if any(name.split(".")[0] == "PySide6" for name in _imports(path)):
            offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


def test_the_core_knows_neither_qt_nor_the_database():
    for path in _modules("core"):
        roots = {name.split(".")[0] for name in _imports(path)}
        assert not roots & {"PySide6", "sqlalchemy", "sqlmodel", "alembic", "reportlab"}, path
        assert not any(n.startswith(("acsa_desk.db", "acsa_desk.services", "acsa_desk.ui"))
                       for n in _imports(path)), path


def _dynamic_imports(path: Path) -> set[str]:
    """Modules named to ``importlib.import_module`` or ``__import__`` as a literal string."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and node.args
                and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(
            node.func, "id", "")
        if name in {"import_module", "__import__"}:
            found.add(node.args[0].value)
    return found


def _upward(folder: str, above: tuple[str, ...]) -> list[str]:
    """Modules of ``folder`` importing from ``above``, anywhere in the module: at its top,
    inside a function (a deferred import is still a dependency) or by name at run time."""
    return sorted(str(path.relative_to(PACKAGE)) for path in _modules(folder)
                  if any(n.startswith(above) for n in _imports(path) | _dynamic_imports(path)))


def test_the_database_layer_never_imports_the_services():
    """db/ sits below services/ and interchange/: it never imports them, not even inside a
    function (the whole verify, with the services' four-eyes check, is services/integrity)."""
    assert _upward("db", ("acsa_desk.services", "acsa_desk.interchange", "acsa_desk.documents",
                          "acsa_desk.cli")) == []


def test_the_architecture_test_sees_deferred_imports(tmp_path, monkeypatch):
    """The check above reads imports inside functions and import_module calls too."""
    folder = tmp_path / "db"
    folder.mkdir()
    (folder / "late.py").write_text("def f():\n    from acsa_desk.services import x\n")
    (folder / "named.py").write_text("import importlib\nimportlib.import_module('acsa_desk.services.y')\n")
    (folder / "fine.py").write_text("from acsa_desk.core import limits\n")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", tmp_path)
    assert _upward("db", ("acsa_desk.services",)) == ["db/late.py", "db/named.py"]


def test_the_life_cycle_rules_are_pure():
    """services/rules.py is called by the services and the bulk imports alike: no session."""
    names = _imports(PACKAGE / "services" / "rules.py")
    assert not any(n.split(".")[0] in {"sqlalchemy", "sqlmodel"} or n.startswith("acsa_desk.db")
                   for n in names), names


def test_services_never_call_the_window():
    for folder in ("services", "db", "interchange", "documents"):
        for path in _modules(folder):
            assert not any(n.startswith("acsa_desk.ui") for n in _imports(path)), path


def test_the_core_and_services_load_without_qt():
    probe = ("import sys; import acsa_desk.services.orders, acsa_desk.services.balances, "
             "acsa_desk.interchange.orders_import, acsa_desk.documents; "
             "print('PySide6' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"
