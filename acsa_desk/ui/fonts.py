"""The bundled IPAex Gothic font, for Japanese text in the window.

Without it Qt draws kana and kanji with whatever the system has, often a Chinese font (other
glyph shapes for the same characters), or boxes. :func:`register_fonts` adds
``resources/fonts/ipaexg.ttf`` to the application's fonts and puts it right after the
desktop's own family: Latin text keeps the desktop font, Japanese text (the interface in
Japanese, or 鈴木 as a point of contact in any language) is set in IPAex Gothic. In Japanese
the interface itself uses IPAex Gothic first. IPA Font License: resources/fonts/.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from acsa_desk import resources_dir

log = logging.getLogger(__name__)

JAPANESE_FAMILY = "IPAexGothic"
_registered: list[str] = []


def font_path() -> str:
    return str(resources_dir() / "fonts" / "ipaexg.ttf")


def japanese_family() -> str | None:
    """Registers IPAex Gothic once; its family name, or None when the file cannot be loaded."""
    if not _registered:
        font_id = QFontDatabase.addApplicationFont(font_path())
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not families:
            log.warning("the Japanese font %s could not be loaded", font_path())
            return None
        _registered.append(families[0])
    return _registered[0]


def register_fonts(app: QGuiApplication, language: str) -> str | None:
    """Makes IPAex Gothic the font of Japanese text in ``app``; returns its family name."""
    family = japanese_family()
    if family is None:
        return None
    font = QFont(app.font())
    desktop = [f for f in font.families() if f != family] or [font.family()]
    font.setFamilies([family, *desktop] if language == "ja" else [*desktop, family])
    app.setFont(font)
    return family
