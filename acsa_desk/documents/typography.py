"""The documents' type: the embedded font, sizes and colours, paragraph styles, escaping, wrapping.

- one embedded TrueType font (IPAex Gothic, shipped in resources/fonts/) for every glyph, so that
  Japanese and the yen sign render in any viewer; never reportlab's non-embedded CID fonts;
- user text reaches a reportlab Paragraph only through :func:`paragraph` (escaped); table cells
  are plain strings where possible, wrapped by :func:`cell` (reportlab prints plain strings
  literally, and fast), Paragraphs only for free text such as an order line's description.

Re-exported by :mod:`acsa_desk.documents.layout`, which the builders import.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph

from acsa_desk import resources_dir
from acsa_desk.documents import labels as L

FONT = "IPAexGothic"
FONT_FILE = "ipaexg.ttf"

BODY_SIZE = 8.0
CELL_SIZE = 7.2
CELL_LEADING = 8.6
CELL_PAD = 2.2  # left/right padding of table cells, points

INK = colors.black
RULE = colors.Color(0.35, 0.35, 0.35)
HEADER_FILL = colors.Color(0.86, 0.88, 0.91)
LABEL_FILL = colors.Color(0.93, 0.94, 0.95)
TOTAL_FILL = colors.Color(0.90, 0.90, 0.90)
STRIPE_FILL = colors.Color(0.975, 0.975, 0.975)
OVERDUE_FILL = colors.Color(1.0, 0.88, 0.88)
OVERDUE_INK = colors.Color(0.70, 0.0, 0.0)
BANNER_INK = colors.Color(0.0, 0.0, 0.0)


# --------------------------------------------------------------------------- font


@lru_cache(maxsize=1)
def register_font() -> str:
    """Registers the embedded Japanese/Latin TrueType font once; returns its name."""
    path = resources_dir() / "fonts" / FONT_FILE
    if not path.is_file():
        raise FileNotFoundError(f"document font missing: {path}")
    pdfmetrics.registerFont(TTFont(FONT, str(path)))
    # Paragraph markup may ask for bold/italic variants: map them to the same face.
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT, italic=FONT, boldItalic=FONT)
    return FONT


class _Advances(dict[str, float]):
    """A font's advance widths (in 1/1000 em) by character, looked up in the font once each."""

    def __init__(self, font: TTFont) -> None:
        super().__init__()
        self._get = font.face.charWidths.get
        self._default = font.face.defaultWidth

    def __missing__(self, ch: str) -> float:
        width = self[ch] = self._get(ord(ch), self._default)
        return width


_ADVANCES: dict[str, _Advances | None] = {}


def _advances(fontname: str) -> _Advances | None:
    """The per-character width table of a TrueType font, None for any other font.

    A TrueType font's width in reportlab is ``0.001 * size * sum(advance of each character)``
    (no kerning; reportlab shapes only in paragraphs). Its advances are multiples of 1/256
    (units of 1000/unitsPerEm, unitsPerEm 2048 for IPAex Gothic), so the sum is exact in a
    float in any order and the table gives the very float ``pdfmetrics.stringWidth`` does.
    A font whose advances are not such multiples gets None (and reportlab's own function).
    """
    found = _ADVANCES.get(fontname, False)
    if found is False:
        font = pdfmetrics.getFont(fontname)
        found = None
        if isinstance(font, TTFont) and type(font).stringWidth is TTFont.stringWidth:
            values = [*font.face.charWidths.values(), font.face.defaultWidth]
            if all((v * 256).is_integer() and 0 <= v < 1 << 20 for v in values):
                found = _Advances(font)
        _ADVANCES[fontname] = found
    return found


def string_width(text: str, fontname: str, size: float) -> float:
    """``pdfmetrics.stringWidth(text, fontname, size)``, the same float, from a per-character
    table (see :func:`_advances`)."""
    table = _ADVANCES[fontname] if fontname in _ADVANCES else _advances(fontname)
    if table is None:
        return float(pdfmetrics.stringWidth(text, fontname, size))
    return 0.001 * size * sum(map(table.__getitem__, text))


def text_width(text: str, size: float = CELL_SIZE) -> float:
    return string_width(text, FONT, size)


# --------------------------------------------------------------------------- styles


#: The first CJK character (U+2E80): Japanese wraps between any two characters from here on.
_CJK_FIRST = "\u2e80"


def _has_cjk(text: str) -> bool:
    return max(text, default="") >= _CJK_FIRST


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_center: ParagraphStyle
    head: ParagraphStyle
    head_right: ParagraphStyle
    head_center: ParagraphStyle


@lru_cache(maxsize=1)
def styles() -> Styles:
    register_font()

    def style(name: str, size: float, leading: float, align: int = TA_LEFT, **kw: Any) -> Any:
        return ParagraphStyle(
            name, fontName=FONT, fontSize=size, leading=leading, alignment=align,
            textColor=INK, splitLongWords=1, **kw,
        )

    return Styles(
        body=style("body", BODY_SIZE, BODY_SIZE * 1.35, spaceAfter=2),
        small=style("small", 6.8, 8.4),
        title=style("title", 14, 18, TA_CENTER),
        subtitle=style("subtitle", 9, 12, TA_CENTER),
        heading=style("heading", 10, 13, spaceBefore=7, spaceAfter=3),
        cell=style("cell", CELL_SIZE, CELL_LEADING),
        cell_right=style("cell_right", CELL_SIZE, CELL_LEADING, TA_RIGHT),
        cell_center=style("cell_center", CELL_SIZE, CELL_LEADING, TA_CENTER),
        head=style("head", 6.8, 8.2),
        head_right=style("head_right", 6.8, 8.2, TA_RIGHT),
        head_center=style("head_center", 6.8, 8.2, TA_CENTER),
    )


# --------------------------------------------------------------------------- escaping


def escape(text: str) -> str:
    """``xml.sax.saxutils.escape`` (``&``, ``>`` and ``<`` as entities, in that order),
    without importing that module: it pulls in urllib.request, http.client, ssl and the email
    package, about a tenth of a statement process's imports."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def paragraph(text: str | Sequence[str], style: ParagraphStyle) -> Paragraph:
    """THE way text becomes a Paragraph: every part escaped, parts joined by line breaks.

    ``<b>fuel & oil</b>`` prints literally. Japanese text wraps between any two characters.
    """
    parts = [text] if isinstance(text, str) else list(text)
    markup = "<br/>".join(escape(part).replace("\n", "<br/>") for part in parts)
    if any(_has_cjk(part) for part in parts):
        style = _cjk_variant(style)
    return Paragraph(markup, style)


_CJK_STYLES: dict[str, ParagraphStyle] = {}


def _cjk_variant(style: ParagraphStyle) -> ParagraphStyle:
    found = _CJK_STYLES.get(style.name)
    if found is None:
        found = ParagraphStyle(style.name + "-cjk", parent=style, wordWrap="CJK")
        _CJK_STYLES[style.name] = found
    return found


def stacked(parts: Sequence[str], style: ParagraphStyle) -> list[Paragraph]:
    """One paragraph per language (a bilingual header cell); each wraps on its own terms."""
    return [paragraph(part, style) for part in L.join(parts, "\n").split("\n")]


def cell(text: str, width: float) -> str:
    """A table cell as a plain string (printed literally, no markup), wrapped to ``width``.

    Plain strings are far cheaper than Paragraphs in a 10,000-row table; the wrapping of a text
    is computed once per distinct text and width.
    """
    return wrap_plain(text, round(width - 2 * CELL_PAD, 2))


@lru_cache(maxsize=1024)
def choice_cell(parts: tuple[str, ...], width: float) -> str:
    """A value shown in each language: "Provided / 提供" on one line when it fits, else one
    line per language."""
    one_line = L.join(parts)
    if text_width(one_line) <= width - 2 * CELL_PAD:
        return one_line
    return "\n".join(cell(part, width) for part in L.join(parts, "\n").split("\n"))


@lru_cache(maxsize=8192)
def wrap_plain(text: str, width: float, size: float = CELL_SIZE) -> str:
    """Greedy line breaking: between words, between any two CJK characters, and inside a word
    that is wider than the column on its own. Returns the lines joined by newlines."""
    if "\n" not in text and text_width(text, size) <= width:
        return text
    lines: list[str] = []
    for source_line in text.split("\n"):
        line = ""
        for token in _tokens(source_line):
            candidate = line + token
            if not line or text_width(candidate.rstrip(), size) <= width:
                line = candidate
                if text_width(line.rstrip(), size) > width:  # one token wider than the column
                    line = _break_long(line, width, size, lines)
                continue
            lines.append(line.rstrip())
            line = token.lstrip()
            if text_width(line.rstrip(), size) > width:
                line = _break_long(line, width, size, lines)
        lines.append(line.rstrip())
    return "\n".join(lines)


def _tokens(line: str) -> list[str]:
    """Words with their trailing space; every CJK character is a token of its own."""
    tokens: list[str] = []
    word = ""
    for ch in line:
        if ch >= _CJK_FIRST:
            if word:
                tokens.append(word)
                word = ""
            tokens.append(ch)
        elif ch == " ":
            word += ch
            tokens.append(word)
            word = ""
        else:
            word += ch
    if word:
        tokens.append(word)
    return tokens


def _break_long(text: str, width: float, size: float, lines: list[str]) -> str:
    """Moves full-width pieces of ``text`` into ``lines``; returns the last, partial piece."""
    piece = ""
    for ch in text:
        if piece and text_width(piece + ch, size) > width:
            lines.append(piece)
            piece = ""
        piece += ch
    return piece
