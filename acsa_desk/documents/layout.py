"""The look shared by every document: font, styles, escaping, amounts, page furniture, tables.

Rules kept here so that every builder follows them:
- one embedded TrueType font (IPAex Gothic, shipped in resources/fonts/) for every glyph, so that
  Japanese and the yen sign render in any viewer; never reportlab's non-embedded CID fonts;
- user text reaches a reportlab Paragraph only through :func:`paragraph` (escaped); table cells
  are plain strings where possible, wrapped by :func:`cell` (reportlab prints plain strings
  literally, and fast), Paragraphs only for free text such as an order line's description;
- long tables are laid out page by page (:class:`PagedTable`), never as one huge Table, with
  fixed column widths;
- amounts are formatted from int minor units by acsa_desk.core.money, never through float.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any
from weakref import WeakKeyDictionary
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from acsa_desk import resources_dir
from acsa_desk.core.marking import Rendering
from acsa_desk.core.money import format_money, format_plain
from acsa_desk.documents import labels as L
from acsa_desk.documents.marking_page import draw_marking, first_page_flowables

FONT = "IPAexGothic"
FONT_FILE = "ipaexg.ttf"

PORTRAIT = A4
LANDSCAPE = landscape(A4)
MARGIN = 12 * mm
TOP_RESERVED = 17 * mm  # banner and running header above the frame
BOTTOM_RESERVED = 16 * mm  # footer line and banner below the frame

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


def text_width(text: str, size: float = CELL_SIZE) -> float:
    return float(pdfmetrics.stringWidth(text, FONT, size))


# --------------------------------------------------------------------------- styles


def _has_cjk(text: str) -> bool:
    return any(ord(ch) >= 0x2E80 for ch in text)


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
        if _has_cjk(ch):
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


# --------------------------------------------------------------------------- values


def fmt_date(day: date | None) -> str:
    return "" if day is None else day.isoformat()


def amount(minor: int, currency: str, lang: str = "en") -> str:
    """An amount for a table column: digits grouped, the currency's decimals, no symbol.

    English and Japanese: 1,234,567 and 12,345.67; French: 12 345,67 (no-break spaces).
    """
    return group_digits(format_plain(minor, currency), lang)


def group_digits(plain: str, lang: str = "en") -> str:
    """Groups the digits of a plain decimal string ("-12345.67") for reading."""
    sign = "-" if plain.startswith("-") else ""
    whole, _, fraction = plain.lstrip("-").partition(".")
    group, point = ("\u00a0", ",") if lang == "fr" else (",", ".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return sign + group.join(groups) + (point + fraction if fraction else "")


_MONEY_LOCALES = {"en": "en", "ja": "ja", "fr": "fr_CA"}


def money(minor: int, currency: str, lang: str) -> str:
    """An amount with its currency sign for a sentence: ¥150,000, CA$12.50, 12 345,67 $.

    The yen sign is always U+00A5 (Japanese locales give the full-width U+FFE5), and narrow
    no-break spaces become no-break spaces, which every viewer's font has.
    """
    text = format_money(minor, currency, _MONEY_LOCALES.get(lang, "en"))
    return text.replace("\uffe5", "\u00a5").replace("\u202f", "\u00a0")


def category_label(codes: Sequence[str], lang: str) -> str:
    return " + ".join(L.category_name(code, lang) for code in codes)


# --------------------------------------------------------------------------- page furniture


def generated_on(day: date, langs: Sequence[str]) -> str:
    """ "Generated on 2025-01-31 / 作成日 2025-01-31": the date line of every page."""
    return L.join(L.text("generated_on_value", lang, date=fmt_date(day)) for lang in langs)


def with_anchor(generated: str, anchor: str, langs: Sequence[str]) -> str:
    """The footer's date line followed by the audit anchor (when there is one)."""
    if not anchor:
        return generated
    return f"{generated}    {L.label('anchor', tuple(langs))} {anchor}"


@dataclass(frozen=True)
class PageDecor:
    """What every page carries: the marking, a running title, date, page N of M.

    ``banner`` is the marking as its scheme renders it (see documents/marking_page.py); a plain
    string is still accepted and printed centred in black.
    """

    banner: Rendering | str
    running_title: str  # left of the running header
    running_right: str  # right of the running header (e.g. the agreement reference)
    generated: str  # "Generated on 2025-01-31 / 作成日 2025-01-31"
    langs: tuple[str, ...]

    def page_text(self, n: int, m: int) -> str:
        return L.join(L.text("page_of", lang, n=n, m=m) for lang in self.langs)


def _fit(text: str, size: float, width: float) -> float:
    """The font size, at most ``size``, at which ``text`` fits ``width``."""
    needed = text_width(text, size)
    return size if needed <= width else max(4.0, size * width / needed)


def _draw_page(canv: rl_canvas.Canvas, decor: PageDecor, n: int, m: int) -> None:
    width, height = canv._pagesize
    left, right = MARGIN, width - MARGIN
    usable = right - left
    # handling marking, by its scheme's rules (top and bottom, or top right)
    draw_marking(canv, decor.banner, font=FONT, margin=MARGIN, top=height - 8.2 * mm,
                 bottom=5.0 * mm, langs=decor.langs)
    canv.saveState()
    canv.setFillColor(BANNER_INK)
    canv.setStrokeColor(RULE)
    # running header
    canv.setFont(FONT, 7)
    right_w = text_width(decor.running_right, 7)
    title_size = _fit(decor.running_title, 7, usable - right_w - 6 * mm)
    canv.setFont(FONT, title_size)
    canv.drawString(left, height - 13.2 * mm, decor.running_title)
    canv.setFont(FONT, 7)
    canv.drawRightString(right, height - 13.2 * mm, decor.running_right)
    canv.setLineWidth(0.6)
    canv.line(left, height - 14.6 * mm, right, height - 14.6 * mm)
    # footer
    canv.line(left, 12.6 * mm, right, 12.6 * mm)
    canv.drawString(left, 9.6 * mm, decor.generated)
    canv.drawRightString(right, 9.6 * mm, decor.page_text(n, m))
    canv.restoreState()


def _canvas_class(decor: PageDecor) -> type[rl_canvas.Canvas]:
    """A canvas that holds pages back until the end so each can say "page N of M"."""

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held_pages)
            for number, state in enumerate(self._held_pages, start=1):
                self.__dict__.update(state)
                _draw_page(self, decor, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def build_pdf(
    story: list[Flowable],
    *,
    pagesize: tuple[float, float],
    decor: PageDecor,
    title: str,
    subject: str,
    invariant: bool,
) -> bytes:
    register_font()
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP_RESERVED,
        bottomMargin=BOTTOM_RESERVED,
        title=title,
        subject=subject,
        author="ACSA Desk",
        creator="ACSA Desk",
        invariant=1 if invariant else 0,
        # else every page refers to Helvetica, a font the document never draws with
        initialFontName=FONT,
        initialFontSize=BODY_SIZE,
    )
    # A frame without inner padding: the fixed column widths add up to exactly its width.
    frame = Frame(
        MARGIN, BOTTOM_RESERVED, frame_width(pagesize), pagesize[1] - TOP_RESERVED - BOTTOM_RESERVED,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    # Binary (Flate only) streams: ASCII85 on top makes the file 25% larger and, without the
    # optional rl_accel package, costs a tenth of a long statement's build time.
    story = first_page_flowables(decor.banner, font=FONT, frame_width=frame_width(pagesize),
                                 langs=decor.langs) + story
    saved_a85 = rl_config.useA85
    rl_config.useA85 = 0
    try:
        doc.build(story, canvasmaker=_canvas_class(decor))
    finally:
        rl_config.useA85 = saved_a85
    return out.getvalue()


def frame_width(pagesize: tuple[float, float]) -> float:
    return float(pagesize[0] - 2 * MARGIN)


# --------------------------------------------------------------------------- tables


HEAD_SIZE = 6.8
HEAD_LEADING = 8.0
PAD_TOP = 1.6
PAD_BOTTOM = 1.9


def grid_style(header_rows: int = 1) -> list[tuple[Any, ...]]:
    """Ruled table: hairline grid, boxed, shaded header. Few commands: each costs per cell."""
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, CELL_SIZE, CELL_LEADING),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), PAD_TOP),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_BOTTOM),
        ("GRID", (0, 0), (-1, -1), 0.25, RULE),
        ("BOX", (0, 0), (-1, -1), 0.8, INK),
    ]
    if header_rows:
        last = header_rows - 1
        commands += [
            ("FONT", (0, 0), (-1, last), FONT, HEAD_SIZE, HEAD_LEADING),
            ("BACKGROUND", (0, 0), (-1, last), HEADER_FILL),
            ("VALIGN", (0, 0), (-1, last), "BOTTOM"),
            ("LINEBELOW", (0, last), (-1, last), 0.8, INK),
        ]
    return commands


@dataclass(frozen=True)
class Column:
    key: str  # label key
    width_mm: float
    align: str = "LEFT"  # LEFT, RIGHT or CENTER

    @property
    def width(self) -> float:
        return float(self.width_mm * mm)


def header_row(columns: Sequence[Column], langs: Sequence[str]) -> list[str]:
    """Column headers as plain strings, one line per language, wrapped to the column."""
    return [
        "\n".join(
            wrap_plain(part, round(c.width - 2 * CELL_PAD, 2), HEAD_SIZE)
            for part in L.join(L.stacked(c.key, langs), "\n").split("\n")
        )
        for c in columns
    ]


def column_style(columns: Sequence[Column]) -> list[tuple[Any, ...]]:
    return [
        ("ALIGN", (i, 0), (i, -1), c.align) for i, c in enumerate(columns) if c.align != "LEFT"
    ]


def row_height(row: Sequence[Any], widths: Sequence[float], leading: float) -> float:
    """The height reportlab gives a row of plain strings and flowables, from the fixed widths."""
    content = leading
    for value, width in zip(row, widths, strict=True):
        if isinstance(value, str):
            content = max(content, (value.count("\n") + 1) * leading)
        else:
            items = value if isinstance(value, (list, tuple)) else [value]
            inner = width - 2 * CELL_PAD
            content = max(content, sum(
                item.wrap(inner, 1e6)[1] + item.getSpaceBefore() + item.getSpaceAfter()
                for item in items
            ))
    return content + PAD_TOP + PAD_BOTTOM


class _DocText:
    """Per PDF document: the encoded cell lines, subset font names and formatted numbers.

    A TrueType subset assigns its glyph codes as characters are first used *in one document*
    (reportlab keys that state by the document), so an encoded line is only valid in the
    document it was encoded for: hence one cache per document, dropped with the document.
    Within a document a character's code never changes once assigned, so a line encodes the
    same way on every page.
    """

    __slots__ = ("__weakref__", "lines", "names", "nums")

    def __init__(self) -> None:
        # (font name, size, line) -> (width, ((subset, "(...) Tj"), ...))
        self.lines: dict[tuple[str, float, str], tuple[float, tuple[tuple[int, str], ...]]] = {}
        self.names: dict[tuple[str, int], str] = {}  # (font name, subset) -> "/F1+0"
        self.nums: dict[float, str] = {}  # coordinate -> fp_str(coordinate)


_DOC_TEXT: WeakKeyDictionary[Any, _DocText] = WeakKeyDictionary()


def _doc_text(doc: Any) -> _DocText:
    cache = _DOC_TEXT.get(doc)
    if cache is None:
        cache = _DOC_TEXT[doc] = _DocText()
    return cache


class FastTable(Table):
    """A reportlab Table whose plain-string cells go into one text object per table.

    reportlab draws every string cell with its own text object (BT ... ET, a full text matrix);
    in a 10,000-row statement that is most of the build time. Flowable cells, links, non-TrueType
    fonts and bidirectional or shaped text still go through reportlab's own code.

    String cells are written as the very operators reportlab's ``TextObject.setTextOrigin`` and
    ``textOut`` would write (``Tm``, a subset's ``Tf`` when it changes, ``Tj``), but each
    distinct line is encoded (``TTFont.splitString`` + PDF string escaping) once per document.
    """

    _text: Any = None
    _text_font: tuple[str, float, float] | None = None
    _text_color: Any = None
    _subset: tuple[str, int] | None = None
    _tf: str = ""
    _cache: _DocText | None = None

    def draw(self) -> None:
        self._text = self.canv.beginText()
        self._text_font = None
        self._text_color = None
        self._subset = None
        self._cache = _doc_text(self.canv._doc)
        try:
            super().draw()
            self.canv.drawText(self._text)
        finally:
            self._text = None
            self._cache = None

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: Any, size: Any) -> None:
        text = self._text
        just = cellstyle.alignment
        if (
            text is None
            or not isinstance(cellval, str)
            or just not in ("LEFT", "RIGHT", "CENTER", "CENTRE")
            or cellstyle.href
            or cellstyle.destination
            or cellstyle.direction
            or cellstyle.shaping
            or not pdfmetrics.getFont(cellstyle.fontname)._dynamicFont
        ):
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        if not cellval:
            return
        colpos, rowpos = pos
        colwidth, rowheight = size
        lines = cellval.split("\n")
        leading, fontsize = cellstyle.leading, cellstyle.fontsize
        if cellstyle.valign == "BOTTOM":
            y = rowpos + cellstyle.bottomPadding + len(lines) * leading - fontsize
        elif cellstyle.valign == "MIDDLE":
            y = rowpos + (cellstyle.bottomPadding + rowheight - cellstyle.topPadding
                          + len(lines) * leading) / 2.0 - fontsize
        else:
            y = rowpos + rowheight - cellstyle.topPadding - fontsize
        fontname = cellstyle.fontname
        font = (fontname, fontsize, leading)
        if font != self._text_font:
            # what TextObject.setFont does for a TrueType font: no operator until the first Tj
            text.setFont(*font)
            self._text_font = font
            self._subset = None
            self._tf = f"{fp_str(fontsize)} Tf {fp_str(text._leading)} TL"
        if cellstyle.color != self._text_color:
            text.setFillColor(cellstyle.color)
            self._text_color = cellstyle.color
        cache = self._cache
        assert cache is not None
        code = text._code
        nums = cache.nums
        bottomup = self.canv.bottomup
        for line in lines:
            encoded = cache.lines.get((fontname, fontsize, line))
            if encoded is None:
                encoded = self._encode(fontname, fontsize, line)
            width, chunks = encoded
            if just == "LEFT":
                x = colpos + cellstyle.leftPadding
            elif just == "RIGHT":
                x = colpos + colwidth - cellstyle.rightPadding - width
            else:
                x = colpos + (colwidth + cellstyle.leftPadding - cellstyle.rightPadding - width) / 2
            # TextObject.setTextOrigin
            xs = nums.get(x)
            if xs is None:
                xs = nums[x] = fp_str(x)
            ys = nums.get(y)
            if ys is None:
                ys = nums[y] = fp_str(y)
            code.append(f"1 0 0 1 {xs} {ys} Tm" if bottomup else f"1 0 0 -1 {xs} {ys} Tm")
            # TextObject.textOut (its _formatText): a subset's Tf when the subset changes
            parts = []
            for subset, tj in chunks:
                if (fontname, subset) != self._subset:
                    parts.append(f"{self._subset_name(fontname, subset)} {self._tf}")
                    self._subset = (fontname, subset)
                parts.append(tj)
            code.append(" ".join(parts))
            y -= leading

    def _encode(
        self, fontname: str, fontsize: float, line: str
    ) -> tuple[float, tuple[tuple[int, str], ...]]:
        """A line's width and its ``(subset, "(codes) Tj")`` chunks, computed once per document.

        ``splitString`` assigns subset codes to characters not seen before in this document,
        so it runs (once) for every distinct line, in drawing order, exactly as textOut would.
        """
        canv = self.canv
        font = pdfmetrics.getFont(fontname)
        escape_pdf = canv._escape
        chunks = tuple(
            (subset, f"({escape_pdf(t)}) Tj") for subset, t in font.splitString(line, canv._doc)
        )
        encoded = (pdfmetrics.stringWidth(line, fontname, fontsize), chunks)
        assert self._cache is not None
        self._cache.lines[(fontname, fontsize, line)] = encoded
        return encoded

    def _subset_name(self, fontname: str, subset: int) -> str:
        assert self._cache is not None
        names = self._cache.names
        name = names.get((fontname, subset))
        if name is None:
            font = pdfmetrics.getFont(fontname)
            name = names[(fontname, subset)] = font.getSubsetInternalName(subset, self.canv._doc)
        return name


def make_table(
    data: list[list[Any]],
    col_widths: Sequence[float],
    commands: Sequence[tuple[Any, ...]],
    *,
    row_heights: Sequence[float | None] | None = None,
    repeat_rows: int = 0,
) -> FastTable:
    """Every table of the documents: the document font first (reportlab's default would pull
    Helvetica into the file), then ``commands``."""
    return FastTable(
        data,
        colWidths=list(col_widths),
        rowHeights=None if row_heights is None else list(row_heights),
        repeatRows=repeat_rows,
        style=TableStyle([("FONT", (0, 0), (-1, -1), FONT, CELL_SIZE, CELL_LEADING), *commands]),
        hAlign="LEFT",
    )


RowStyle = Callable[[int, int, int], list[tuple[Any, ...]]]
#: Rows of a table that go over with what is kept with its end (never a block alone on a page).
TAIL_ROWS = 2


class PagedTable(Flowable):
    """A long table laid out one page at a time.

    Each page gets its own reportlab Table: its body rows plus the header, so the work grows
    linearly with the rows and every page starts with the column headers, once. ``max_rows``
    only bounds a table's size; it is above what an A4 page holds. Every row's height is known
    in advance (fixed column widths), so a page's rows are counted, not found by trial layouts.
    ``row_style(first, last, offset)`` returns style commands for body rows ``first..last-1``
    placed at table row ``offset`` onwards (e.g. overdue shading).
    """

    def __init__(
        self,
        header: list[list[Any]],
        rows: list[list[Any]],
        col_widths: Sequence[float],
        style: list[tuple[Any, ...]],
        row_style: RowStyle | None = None,
        *,
        max_rows: int = 150,
        start: int = 0,
        heights: list[float] | None = None,
        keep_with_next: float = 0.0,
    ) -> None:
        super().__init__()
        #: Height of what follows that must share the table's last page (signature blocks):
        #: when the last rows fit but that does not, the last rows move on with it.
        self.keep_with_next = keep_with_next
        self.header = header
        self.rows = rows
        self.col_widths = list(col_widths)
        self.style = style
        self.row_style = row_style
        self.max_rows = max_rows
        self.start = start
        if heights is None:
            heights = [row_height(r, self.col_widths, HEAD_LEADING) for r in header]
            heights += [row_height(r, self.col_widths, CELL_LEADING) for r in rows]
        self.heights = heights
        self._table: Table | None = None

    def _make(self, end: int) -> Table:
        commands = list(self.style)
        if self.row_style is not None:
            commands += self.row_style(self.start, end, len(self.header))
        n_head = len(self.header)
        return make_table(
            self.header + self.rows[self.start:end],
            self.col_widths,
            commands,
            row_heights=self.heights[:n_head] + self.heights[n_head + self.start:n_head + end],
            repeat_rows=n_head,
        )

    def _rest(self, start: int) -> PagedTable:
        return PagedTable(
            self.header, self.rows, self.col_widths, self.style, self.row_style,
            max_rows=self.max_rows, start=start, heights=self.heights,
            keep_with_next=self.keep_with_next,
        )

    def _fitting(self, available: float) -> int:
        """How many body rows from ``start`` fit ``available`` under the header."""
        n_head = len(self.header)
        used = sum(self.heights[:n_head])
        end = min(len(self.rows), self.start + self.max_rows)
        count = 0
        for h in self.heights[n_head + self.start:n_head + end]:
            if used + h > available + 1e-6:
                break
            used += h
            count += 1
        return count

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        remaining = len(self.rows) - self.start
        if remaining <= self.max_rows and self._fitting(availHeight - self.keep_with_next) == remaining:
            self._table = self._make(len(self.rows))
            self.width, self.height = self._table.wrap(availWidth, availHeight)
        else:  # more than the space left: ask to be split
            self._table = None
            self.width, self.height = availWidth, availHeight + 1
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        count = self._fitting(availHeight)
        remaining = len(self.rows) - self.start
        if self.keep_with_next and count == remaining:
            # everything fits but what must follow does not: leave rows for the next page
            count = min(count, self._fitting(availHeight - self.keep_with_next), remaining - TAIL_ROWS)
        if count <= 0:
            return []
        end = self.start + count
        table = self._make(end)
        return [table] if end == len(self.rows) else [table, self._rest(end)]

    def draw(self) -> None:
        assert self._table is not None
        self._table.drawOn(self.canv, 0, 0)


def simple_table(
    columns: Sequence[Column],
    langs: Sequence[str],
    rows: list[list[Any]],
    *,
    extra: list[tuple[Any, ...]] | None = None,
    row_style: RowStyle | None = None,
    max_rows: int = 150,
) -> PagedTable:
    style = grid_style() + column_style(columns) + (extra or [])
    style.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, STRIPE_FILL]))
    return PagedTable(
        [header_row(columns, langs)], rows, [c.width for c in columns], style, row_style,
        max_rows=max_rows,
    )


def heading(key: str, langs: Sequence[str], **fields: object) -> list[Flowable]:
    """A section heading that never ends a page alone."""
    return [CondPageBreak(30 * mm), paragraph(L.label(key, langs, **fields), styles().heading)]


def field_table(
    pairs: Sequence[tuple[str, str]], width: float, *, columns: int = 2, label_mm: float = 38
) -> Table:
    """An identification block: shaded label cells beside their values, ``columns`` pairs a row."""
    st = styles()
    label_w = label_mm * mm
    value_w = width / columns - label_w
    data: list[list[Any]] = []
    for i in range(0, len(pairs), columns):
        row: list[Any] = []
        for lab, value in pairs[i:i + columns]:
            row += [paragraph(lab, st.head), paragraph(value, st.cell)]
        row += [""] * (2 * columns - len(row))
        data.append(row)
    commands = [*grid_style(header_rows=0), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    commands += [("BACKGROUND", (2 * k, 0), (2 * k, -1), LABEL_FILL) for k in range(columns)]
    return make_table(data, [label_w, value_w] * columns, commands)


def signature_block(
    title: str, block: Any, langs: Sequence[str], width: float, *, appointment: bool = True
) -> Table:
    """Name, rank, appointment, signature and date; blank values leave a line to write on."""
    st = styles()
    keys = ["name", "rank"] + (["appointment"] if appointment else []) + ["signature", "date"]
    values = {
        "name": block.name,
        "rank": block.rank,
        "appointment": getattr(block, "appointment", ""),
        "signature": "",
        "date": fmt_date(block.signed_on),
    }
    label_w = 34 * mm
    data: list[list[Any]] = [[paragraph(title, st.head), ""]]
    for key in keys:
        data.append([paragraph(L.label(key, langs), st.head), paragraph(values[key], st.cell)])
    heights = [None] + [9 * mm if k == "signature" else 7 * mm for k in keys]
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("SPAN", (0, 0), (1, 0)),
        ("BACKGROUND", (0, 0), (1, 0), HEADER_FILL),
        ("BOX", (0, 0), (-1, -1), 0.8, INK),
        ("LINEBELOW", (0, 0), (1, 0), 0.8, INK),
        ("LINEBELOW", (1, 1), (1, -1), 0.4, RULE),
        ("VALIGN", (0, 1), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD + 2),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 2),
    ]
    return make_table(data, [label_w, width - label_w], commands, row_heights=heights)


def side_by_side(left: Flowable, right: Flowable, width: float, gap: float = 8 * mm) -> Table:
    half = (width - gap) / 2
    return make_table(
        [[left, "", right]],
        [half, gap, half],
        [
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ],
    )


def keep(*flowables: Flowable) -> KeepTogether:
    return KeepTogether(list(flowables))


def ending_with(section: list[Flowable], closing: list[Flowable], width: float) -> list[Flowable]:
    """``section`` (a heading and a table or a paragraph) then ``closing`` (signature blocks),
    which is never alone on a page: the table's last rows go over with it, or a short section
    goes over whole."""
    height = 0.0
    parts = [f for c in closing for f in (c._content if isinstance(c, KeepTogether) else [c])]
    for flowable in parts:
        if isinstance(flowable, CondPageBreak):
            continue
        height += flowable.wrap(width, 10_000)[1] + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    reserve = max(height, 30 * mm) + 4
    last = section[-1] if section else None
    if isinstance(last, PagedTable) and len(last.rows) > TAIL_ROWS:
        last.keep_with_next = reserve
        return [*section, *closing]
    return [keep(*[f for f in [*section, *closing] if not isinstance(f, CondPageBreak)])]


def space(height_mm: float) -> Spacer:
    return Spacer(1, height_mm * mm)


def title_block(key: str, langs: Sequence[str], subtitle: str = "", **fields: object) -> list[Any]:
    st = styles()
    items: list[Any] = stacked(L.stacked(key, langs, **fields), st.title)
    if subtitle:
        items.append(paragraph(subtitle, st.subtitle))
    items.append(space(3))
    return items
