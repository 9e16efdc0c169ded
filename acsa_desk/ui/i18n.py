"""Translations of the user interface.

Every user-visible string is written in English in the code and passed through Qt's
translation functions: ``self.tr("...")`` inside QObject subclasses, and
``QCoreApplication.translate("Context", "...")`` elsewhere. ``pyside6-lupdate`` collects them
into ``resources/translations/acsa_desk_<lang>.ts``; ``pyside6-lrelease`` compiles those into the
``.qm`` files this module loads (see resources/translations/README.md).

A language without a ``.qm`` file simply shows English.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from acsa_desk import resources_dir
from acsa_desk.ui.settings import LANGUAGE_PROPERTY, LANGUAGES

log = logging.getLogger(__name__)

CATALOGUE = "acsa_desk"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def qm_path(language: str, directory: Path | None = None) -> Path:
    return (directory or translations_dir()) / f"{CATALOGUE}_{language}.qm"


def install_translators(
    app: QCoreApplication, language: str, directory: Path | None = None
) -> list[QTranslator]:
    """Installs ACSA Desk's and Qt's own translations for ``language`` ("en", "fr", "ja").

    Translators installed by an earlier call are removed first. Returns those installed (none
    for English, or when no catalogue exists); they are children of ``app``, which keeps them.
    """
    if language not in LANGUAGES:
        raise ValueError(f"unknown user interface language {language!r}")
    app.setProperty(LANGUAGE_PROPERTY, language)
    for old in app.findChildren(QTranslator, _OBJECT_NAME):
        app.removeTranslator(old)
        old.deleteLater()
    if language == "en":
        return []
    installed: list[QTranslator] = []
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for path in (qt_dir / f"qtbase_{language}.qm", fresh_catalogue(language, directory)):
        if not path.is_file():
            log.info("no translation catalogue %s", path)
            continue
        translator = QTranslator(app)
        translator.setObjectName(_OBJECT_NAME)
        if translator.load(str(path)) and app.installTranslator(translator):
            installed.append(translator)
            log.info("translation %s installed", path)
        else:
            log.warning("translation %s could not be loaded", path)
            translator.deleteLater()
    return installed


_OBJECT_NAME = "acsa_desk_translator"


def fresh_catalogue(language: str, directory: Path | None = None) -> Path:
    """The ``.qm`` to load for ``language``: the one beside the ``.ts`` when it is up to date
    (``make run`` builds it), else the ``.ts`` compiled into the user's cache folder, so that a
    catalogue updated by a pull never shows stale or no translations."""
    qm = qm_path(language, directory)
    ts = qm.with_suffix(".ts")
    if not ts.is_file() or (qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime):
        return qm
    import hashlib
    import subprocess

    import platformdirs

    from acsa_desk.ui.catalogues import tool

    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    cached = Path(platformdirs.user_cache_dir("acsa-desk")) / "translations" / f"{qm.stem}-{digest}.qm"
    if cached.is_file():
        return cached
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(cached)], check=True,
                       capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("could not compile %s (%s); using %s", ts, exc, qm)
        return qm
    return cached
