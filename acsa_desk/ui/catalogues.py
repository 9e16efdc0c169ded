"""The translation catalogues: collect the interface's strings, compile them, check them.

``python -m acsa_desk.ui.catalogues update`` (``make translations``) runs ``pyside6-lupdate``
over the whole ``acsa_desk/`` tree (every subfolder, services included: their messages are
marked with ``QT_TRANSLATE_NOOP``) into ``resources/translations/acsa_desk_<lang>.ts``, without
source locations and with contexts and messages sorted, so two engineers adding strings in
different places merge cleanly. New strings arrive ``type="unfinished"``; a translator fills
them in (by hand or with ``pyside6-linguist``).

``compile`` writes the ``.qm`` files the window loads (``make run``/``make test`` do it);
``check`` exits 1 when the catalogues are stale against the code or a translation is missing;
``merge`` resolves a git conflict in the ``.ts`` files (the union of both sides).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from acsa_desk import resources_dir

#: Interface languages with a catalogue, and the locale written into a new ``.ts`` file.
TARGETS = {"fr": "fr_CA", "ja": "ja_JP"}
CATALOGUE = "acsa_desk"
SOURCE_DIR = Path(__file__).resolve().parents[1]  # acsa_desk/


def translations_dir() -> Path:
    return resources_dir() / "translations"


def ts_path(language: str, directory: Path | None = None) -> Path:
    return (directory or translations_dir()) / f"{CATALOGUE}_{language}.ts"


def tool(name: str) -> str:
    """A Qt tool PySide6 installs beside the interpreter (``pyside6-lupdate``...)."""
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(
        f"pyside6-{name}")
    if found is None:
        raise FileNotFoundError(f"pyside6-{name} not found beside {sys.executable} nor on PATH")
    return found


def update(directory: Path | None = None, sources: Path = SOURCE_DIR) -> list[Path]:
    """Brings every ``.ts`` file in ``directory`` up to date with the strings in ``sources``
    (first regenerating ``sources``' ui/service_messages.py from the services' messages)."""
    from acsa_desk.ui import service_catalogue

    service_catalogue.write(sources / "ui" / "service_messages.py", sources)
    paths = []
    for language, locale in TARGETS.items():
        path = ts_path(language, directory)
        subprocess.run(
            [tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete", "-sort-messages",
             "-extensions", "py", "-source-language", "en", "-target-language", locale,
             str(sources), "-ts", str(path)],
            check=True,
        )
        paths.append(path)
    return paths


def compile_all(directory: Path | None = None, out: Path | None = None) -> list[Path]:
    """Compiles each ``.ts`` of ``directory`` into a ``.qm`` in ``out`` (default: beside it)."""
    written = []
    for language in TARGETS:
        ts = ts_path(language, directory)
        qm = (out or ts.parent) / f"{CATALOGUE}_{language}.qm"
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    finished: bool
    numerus: bool


def messages(path: Path) -> list[Message]:
    """The messages of one ``.ts`` file."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            element = message.find("translation")
            assert element is not None, f"{path}: a message without <translation>"
            forms = element.findall("numerusform")
            text = " | ".join(f.text or "" for f in forms) if forms else (element.text or "")
            kind = element.get("type", "")
            found.append(Message(
                context=name,
                source=message.findtext("source") or "",
                translation=text,
                finished=kind not in ("unfinished", "vanished", "obsolete") and bool(text.strip())
                and all((f.text or "").strip() for f in forms),
                numerus=message.get("numerus") == "yes",
            ))
    return found


def stale(directory: Path | None = None, sources: Path = SOURCE_DIR) -> list[str]:
    """The catalogues (and ui/service_messages.py) that ``update`` would change (empty when they
    are fresh). Nothing in ``directory`` or ``sources`` is written."""
    from acsa_desk.ui import service_catalogue

    changed = []
    generated = sources / "ui" / "service_messages.py"
    expected = service_catalogue.render(service_catalogue.extract(sources))
    if not generated.is_file() or generated.read_text(encoding="utf-8") != expected:
        changed.append(generated.name)
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch)
        for language in TARGETS:
            shutil.copy(ts_path(language, directory), copy)
        code = copy / "acsa_desk"
        shutil.copytree(sources, code, ignore=shutil.ignore_patterns("__pycache__"))
        update(copy, code)
        for language in TARGETS:
            if ts_path(language, copy).read_bytes() != ts_path(language, directory).read_bytes():
                changed.append(ts_path(language, directory).name)
    return changed


def unfinished(directory: Path | None = None) -> list[str]:
    """``"<lang> <context>: <source>"`` for every message without a finished translation."""
    return [
        f"{language} {m.context}: {m.source}"
        for language in TARGETS
        for m in messages(ts_path(language, directory))
        if not m.finished
    ]


def merge_conflicted(directory: Path | None = None) -> list[Path]:
    """Resolves a git merge conflict in the ``.ts`` files: the union of both sides' messages,
    a finished translation winning over an unfinished one (ours when both are finished).
    Run ``update`` afterwards (``make translations``) to normalise the files."""
    merged = []
    for language in TARGETS:
        path = ts_path(language, directory)
        if b"<<<<<<<" not in path.read_bytes():
            continue
        relative = path.resolve().relative_to(_git_root(path))
        sides = [subprocess.run(["git", "show", f":{stage}:{relative}"], cwd=_git_root(path),
                                capture_output=True, check=True).stdout for stage in (2, 3)]
        trees = [ET.ElementTree(ET.fromstring(side)) for side in sides]
        ours = trees[0].getroot()
        found = {(c.findtext("name") or "", m.findtext("source") or ""): (c, m)
                 for c in ours.iter("context") for m in c.iter("message")}
        contexts = {c.findtext("name") or "": c for c in ours.iter("context")}
        for context in trees[1].getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                key = (name, message.findtext("source") or "")
                if key not in found:
                    target = contexts.get(name)
                    if target is None:
                        target = contexts[name] = ET.SubElement(ours, "context")
                        ET.SubElement(target, "name").text = name
                    target.append(message)
                    found[key] = (target, message)
                    continue
                own = found[key][1].find("translation")
                theirs = message.find("translation")
                if own is not None and theirs is not None and own.get("type") == "unfinished" \
                        and theirs.get("type") != "unfinished" and (theirs.text or list(theirs)):
                    found[key][0].remove(found[key][1])
                    found[key][0].append(message)
        trees[0].write(path, encoding="utf-8", xml_declaration=True)
        merged.append(path)
    return merged


def _git_root(path: Path) -> Path:
    out = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=path.parent,
                         capture_output=True, text=True, check=True)
    return Path(out.stdout.strip())


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    command = args[0] if args else "update"
    if command == "update":
        for path in update():
            todo = [m for m in messages(path) if not m.finished]
            print(f"{path.relative_to(resources_dir().parent)}: {len(todo)} to translate")
            for m in todo:
                print(f"    [{m.context}] {m.source!r}")
        return 0
    if command == "merge":
        for path in merge_conflicted():
            print(f"merged both sides of {path.name}; now run make translations")
        return 0
    if command == "compile":
        compile_all()
        return 0
    if command == "check":
        problems = [f"stale (run make translations): {name}" for name in stale()]
        problems += [f"not translated: {item}" for item in unfinished()]
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    print("usage: python -m acsa_desk.ui.catalogues [update|compile|check|merge]", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
