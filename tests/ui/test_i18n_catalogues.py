"""The .ts catalogues are fresh against the code, complete, and consistent with their sources.

When one fails: run ``make translations`` and translate what it lists
(resources/translations/README.md).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from acsa_desk.ui import catalogues
from acsa_desk.ui.catalogues import TARGETS, messages, stale, ts_path, unfinished

FIELD = re.compile(r"\{[a-z_]*\}")
PRINTF = re.compile(r"%(?:n|\.?\d*[dfsk])")


def all_messages() -> list[tuple[str, catalogues.Message]]:
    return [(lang, m) for lang in TARGETS for m in messages(ts_path(lang))]


def test_the_catalogues_are_fresh_against_the_code() -> None:
    assert stale() == [], "run `make translations` and translate the new strings"


def test_a_new_string_in_the_code_makes_the_catalogues_stale(tmp_path: Path) -> None:
    sources = tmp_path / "acsa_desk"
    shutil.copytree(catalogues.SOURCE_DIR, sources, ignore=shutil.ignore_patterns("__pycache__"))
    (sources / "ui" / "zz_new.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n\n"
        'TEXT = QCoreApplication.translate("ZzNew", "A string nobody translated")\n',
        encoding="utf-8",
    )
    assert stale(sources=sources) == [ts_path(lang).name for lang in TARGETS]


def test_every_string_is_collected_under_its_real_context() -> None:
    # A message without a context comes from an alias lupdate cannot follow (tr = self.tr):
    # at run time it is looked up under the class name and never found.
    assert [m.source for _, m in all_messages() if not m.context] == []


def test_every_string_is_translated() -> None:
    assert unfinished() == [], "translate these in resources/translations/*.ts"


@pytest.mark.parametrize("language", sorted(TARGETS))
def test_translations_keep_the_fields_and_the_shortcut(language: str) -> None:
    wrong = []
    for m in messages(ts_path(language)):
        if not m.finished:
            continue
        forms = m.translation.split(" | ") if m.numerus else [m.translation]
        for form in forms:
            if sorted(FIELD.findall(form)) != sorted(FIELD.findall(m.source)):
                wrong.append(f"{m.context}: {m.source!r} -> {form!r}: other {{fields}}")
            src_printf = sorted(PRINTF.findall(m.source))
            if not m.numerus or language == "ja":
                if sorted(PRINTF.findall(form)) != src_printf:
                    wrong.append(f"{m.context}: {m.source!r} -> {form!r}: other % codes")
            if _shortcut(m.source) and not _shortcut(form):
                wrong.append(f"{m.context}: {m.source!r} -> {form!r}: lost its & shortcut")
    assert wrong == []


def _shortcut(text: str) -> bool:
    return re.search(r"&[^&\s]", text.replace("&&", "")) is not None
