"""Tables: ruled grid styles, columns and their headers, row heights, and the two tables every
document uses: :class:`FastTable` (plain-string cells in one text object) and :class:`PagedTable`.

Long tables are laid out page by page (:class:`PagedTable`), never as one huge Table, with fixed
column widths. Re-exported by :mod:`acsa_desk.documents.layout`, which the builders import.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from operator import methodcaller
from typing import Any
from weakref import WeakKeyDictionary

from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Table, TableStyle

from acsa_desk.documents import labels as L
from acsa_desk.documents.typography import (
    CELL_LEADING,
    CELL_PAD,
    CELL_SIZE,
    FONT,
    HEADER_FILL,
    INK,
    RULE,
    STRIPE_FILL,
    string_width,
    wrap_plain,
)

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


#: The types of a row's cells when all are plain strings (``set(map(type, row)) <= STR_ONLY``).
STR_ONLY = frozenset((str,))
_newlines = methodcaller("count", "\n")


def row_height(row: Sequence[Any], widths: Sequence[float], leading: float) -> float:
    """The height reportlab gives a row of plain strings and flowables, from the fixed widths."""
    if set(map(type, row)) <= STR_ONLY:  # the common row: lines only
        if len(row) != len(widths):
            raise ValueError("a row has a cell per column")
        return (max(map(_newlines, row)) + 1) * leading + PAD_TOP + PAD_BOTTOM \
            if row else leading + PAD_TOP + PAD_BOTTOM
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

    __slots__ = ("__weakref__", "fills", "first", "lines", "names", "nums")

    def __init__(self) -> None:
        # (font name, size) -> line -> (width, ((subset, "(...) Tj"), ...))
        self.lines: dict[tuple[str, float], dict[str, tuple[float, tuple[tuple[int, str], ...]]]] \
            = {}
        self.names: dict[tuple[str, int], str] = {}  # (font name, subset) -> "/F1+0"
        self.nums: dict[float, str] = {}  # coordinate -> fp_str(coordinate)
        # font name -> (the characters coded in subset 0, their escaped codes by ord)
        self.first: dict[str, tuple[set[str], dict[int, str]]] = {}
        self.fills: dict[tuple[float, float, float], str] = {}  # rgb -> "r g b rg"

    def fill(self, target: Any, color: Any, set_fill: Callable[[Any], None] | None = None) -> None:
        """``target.setFillColor(color)`` on a canvas or a text object: the same code and
        state, an RGB colour's numbers formatted once per document (any other colour through
        ``set_fill``, by default ``target.setFillColor``)."""
        if type(color) is not Color or target._enforceColorSpace is not None:
            (set_fill or target.setFillColor)(color)
            return
        rgb = (color.red, color.green, color.blue)
        op = self.fills.get(rgb)
        if op is None:
            op = self.fills[rgb] = f"{fp_str(rgb)} rg"
        target._fillColorObj = color
        target._code.append(op)
        if color.alpha is not None:
            target.setFillAlpha(color.alpha)

    def number(self, x: float) -> str:
        """``fp_str(x)``, kept (at most LINE_CACHE of them)."""
        found = self.nums.get(x)
        if found is None:
            if len(self.nums) >= LINE_CACHE:
                self.nums.clear()
            found = self.nums[x] = fp_str(x)
        return found


#: Encoded lines kept per document (a line's codes never change once assigned, so a line let
#: go is encoded again the same way: the bound costs time only when lines rarely repeat).
LINE_CACHE = 20_000
_DOC_TEXT: WeakKeyDictionary[Any, _DocText] = WeakKeyDictionary()


def _doc_text(doc: Any) -> _DocText:
    cache = _DOC_TEXT.get(doc)
    if cache is None:
        cache = _DOC_TEXT[doc] = _DocText()
    return cache


class _CellSpec:
    """What FastTable's text writing reads of a cell style, read once per style and draw."""

    @staticmethod
    def of(style: Any) -> tuple[Any, ...]:
        """(alignment, font, size, leading, valign, paddings top, bottom, left, right, colour),
        or () for a cell reportlab must draw: links, bidirectional or shaped text, a font that
        is not a TrueType subset font, an alignment other than left, right or centre."""
        if (
            style.alignment not in ("LEFT", "RIGHT", "CENTER", "CENTRE")
            or style.href
            or style.destination
            or style.direction
            or style.shaping
            or not pdfmetrics.getFont(style.fontname)._dynamicFont
        ):
            return ()
        return (style.alignment, style.fontname, style.fontsize, style.leading, style.valign,
                style.topPadding, style.bottomPadding, style.leftPadding, style.rightPadding,
                style.color)


@dataclass(frozen=True)
class RowPlan:
    """How :meth:`FastTable._write_plain_row` writes a row whose cells' styles (_CellSpec)
    share the font, colour and top alignment: per column (alignment 0 left, 1 right, 2
    centre; the x offset; for centring, the span; for a left-aligned column, its x as
    ``fp_str`` writes it) from the column positions and paddings."""

    font: tuple[str, float, float]
    color: Any
    top: float
    columns: tuple[tuple[int, float, float, str], ...]

    @staticmethod
    def of(specs: Sequence[tuple[Any, ...]], positions: Sequence[float],
           widths: Sequence[float]) -> RowPlan | None:
        """The plan of a row with these cell specs, or None (any other row)."""
        if not specs or not all(specs):
            return None
        first = specs[0]
        columns = []
        for spec, colpos, colwidth in zip(specs, positions, widths, strict=True):
            just, fontname, fontsize, leading, valign, top, _bottom, left, right, color = spec
            if ((fontname, fontsize, leading, top) != (first[1], first[2], first[3], first[5])
                    or valign != "TOP" or color is not first[9]):
                return None
            if just == "LEFT":
                columns.append((0, colpos + left, 0.0, fp_str(colpos + left)))
            elif just == "RIGHT":
                columns.append((1, colpos + colwidth - right, 0.0, ""))
            else:
                columns.append((2, colpos, colwidth + left - right, ""))
        return RowPlan((first[1], first[2], first[3]), first[9], first[5], tuple(columns))


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
    #: id(cell style) -> its _CellSpec (or () when reportlab draws the cell), during a draw
    _specs: dict[int, tuple[Any, ...]] | None = None

    def draw(self) -> None:
        self._text = self.canv.beginText()
        self._text_font = None
        self._text_color = None
        self._subset = None
        self._cache = _doc_text(self.canv._doc)
        self._specs = {}
        try:
            self._draw_table()
            self.canv.drawText(self._text)
        finally:
            self._text = None
            self._cache = None
            self._specs = None

    def _draw_table(self) -> None:
        """The Table's drawing (its string cells go to :meth:`_drawCell`)."""
        Table.draw(self)

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: Any, size: Any) -> None:
        text = self._text
        spec = None
        if text is not None and isinstance(cellval, str):
            specs = self._specs
            assert specs is not None  # set by draw, as _text is
            spec = specs.get(id(cellstyle))
            if spec is None:
                spec = specs[id(cellstyle)] = _CellSpec.of(cellstyle)
        if not spec:
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        self._write_row(((cellval, spec, pos[0], size[0]),), pos[1], size[1])

    def _write_row(self, cells: Iterable[tuple[Any, tuple[Any, ...], float, float]],
                   rowpos: float, rowheight: float) -> None:
        """Writes string cells of one row, each given as (text, its _CellSpec, column x, column
        width), into the table's text object: what reportlab's text object would write.

        The text object's code is joined by spaces, so a line's ``Tm`` and its ``Tj`` are
        appended as one string (the same code); the font, colour and subset in force are kept
        in locals for the row and stored back at its end."""
        text = self._text
        cache = self._cache
        assert text is not None and cache is not None
        append = text._code.append
        nums = cache.nums
        number = cache.number
        origin = "1 0 0 1 " if self.canv.bottomup else "1 0 0 -1 "
        font_now = self._text_font
        color_now = self._text_color
        # the subset in force, of the font in force (None: none yet for this font)
        subset_now = None if self._subset is None else self._subset[1]
        encoded_lines: dict[str, tuple[float, tuple[tuple[int, str], ...]]] | None = None
        last_y: float | None = None
        ys = ""
        try:
            for cellval, spec, colpos, colwidth in cells:
                if not cellval:
                    continue
                just, fontname, fontsize, leading, valign, top, bottom, left, right, color = spec
                lines = cellval.split("\n")
                if valign == "BOTTOM":
                    y = rowpos + bottom + len(lines) * leading - fontsize
                elif valign == "MIDDLE":
                    y = rowpos + (bottom + rowheight - top + len(lines) * leading) / 2.0 - fontsize
                else:
                    y = rowpos + rowheight - top - fontsize
                font = (fontname, fontsize, leading)
                if font != font_now:
                    # what TextObject.setFont does for a TrueType font: no operator until a Tj
                    text.setFont(*font)
                    font_now = self._text_font = font
                    subset_now = None
                    self._subset = None
                    self._tf = f"{fp_str(fontsize)} Tf {fp_str(text._leading)} TL"
                    encoded_lines = None
                if color != color_now:
                    cache.fill(text, color)
                    color_now = self._text_color = color
                if encoded_lines is None:
                    encoded_lines = cache.lines.get((fontname, fontsize))
                    if encoded_lines is None:
                        encoded_lines = cache.lines[(fontname, fontsize)] = {}
                for line in lines:
                    encoded = encoded_lines.get(line)
                    if encoded is None:
                        encoded = self._encode(fontname, fontsize, line)
                    width, chunks = encoded
                    if just == "LEFT":
                        x = colpos + left
                    elif just == "RIGHT":
                        x = colpos + colwidth - right - width
                    else:
                        x = colpos + (colwidth + left - right - width) / 2
                    # TextObject.setTextOrigin
                    xs = nums.get(x) or number(x)
                    if y != last_y:
                        ys = nums.get(y) or number(y)
                        last_y = y
                    # TextObject.textOut (its _formatText): a subset's Tf when the subset changes
                    if len(chunks) == 1 and chunks[0][0] == subset_now:
                        ops = chunks[0][1]  # the common line
                    else:
                        ops, subset_now = self._chunked(fontname, chunks, subset_now)
                    append(f"{origin}{xs} {ys} Tm {ops}")
                    y -= leading
        finally:
            self._subset = None if subset_now is None or font_now is None \
                else (font_now[0], subset_now)

    def _write_plain_row(self, row: Sequence[str], plan: RowPlan, rowpos: float,
                         rowheight: float) -> None:
        """:meth:`_write_row` for a row whose cells share one font, colour and top alignment
        (a :class:`RowPlan`): the same code, the row's baseline and each column's x offset
        computed once (by the same float operations)."""
        if not any(row):  # nothing written, not even the font or colour
            return
        text = self._text
        cache = self._cache
        assert text is not None and cache is not None
        font, color, top, columns = plan.font, plan.color, plan.top, plan.columns
        fontname, fontsize, leading = font
        if font != self._text_font:
            text.setFont(*font)
            self._text_font = font
            self._subset = None
            self._tf = f"{fp_str(fontsize)} Tf {fp_str(text._leading)} TL"
        if color != self._text_color:
            cache.fill(text, color)
            self._text_color = color
        encoded_lines = cache.lines.get((fontname, fontsize))
        if encoded_lines is None:
            encoded_lines = cache.lines[(fontname, fontsize)] = {}
        append = text._code.append
        nums = cache.nums
        number = cache.number
        origin = "1 0 0 1 " if self.canv.bottomup else "1 0 0 -1 "
        subset_now = None if self._subset is None else self._subset[1]
        first_y = rowpos + rowheight - top - fontsize
        first_ys = nums.get(first_y) or number(first_y)
        try:
            for cellval, (just, offset, span, offset_text) in zip(row, columns, strict=True):
                if not cellval:
                    continue
                if "\n" not in cellval:  # the common cell: one line, at the row's baseline
                    encoded = encoded_lines.get(cellval)
                    if encoded is None:
                        encoded = self._encode(fontname, fontsize, cellval)
                    width, chunks = encoded
                    if just == 0:
                        xs = offset_text
                    else:
                        x = offset - width if just == 1 else offset + (span - width) / 2
                        xs = nums.get(x) or number(x)
                    if len(chunks) == 1 and chunks[0][0] == subset_now:
                        ops = chunks[0][1]
                    else:
                        ops, subset_now = self._chunked(fontname, chunks, subset_now)
                    append(f"{origin}{xs} {first_ys} Tm {ops}")
                    continue
                y, ys = first_y, first_ys
                for line in cellval.split("\n"):
                    encoded = encoded_lines.get(line)
                    if encoded is None:
                        encoded = self._encode(fontname, fontsize, line)
                    width, chunks = encoded
                    if just == 0:  # LEFT: colpos + left
                        x = offset
                    elif just == 1:  # RIGHT: colpos + colwidth - right - width
                        x = offset - width
                    else:  # CENTRE: colpos + (colwidth + left - right - width) / 2
                        x = offset + (span - width) / 2
                    xs = nums.get(x) or number(x)
                    if y != first_y:
                        ys = nums.get(y) or number(y)
                    if len(chunks) == 1 and chunks[0][0] == subset_now:
                        ops = chunks[0][1]
                    else:
                        ops, subset_now = self._chunked(fontname, chunks, subset_now)
                    append(f"{origin}{xs} {ys} Tm {ops}")
                    y -= leading
        finally:
            self._subset = None if subset_now is None else (fontname, subset_now)

    def _chunked(self, fontname: str, chunks: tuple[tuple[int, str], ...],
                 subset_now: int | None) -> tuple[str, int | None]:
        """A line's ``Tj`` operators when it is more than one chunk, or not in the subset in
        force: a subset's ``Tf`` before each chunk in another subset (what ``textOut`` writes);
        returns them and the subset in force after."""
        parts = []
        for subset, tj in chunks:
            if subset != subset_now:
                parts.append(f"{self._subset_name(fontname, subset)} {self._tf}")
                subset_now = subset
            parts.append(tj)
        return " ".join(parts), subset_now

    def _encode(
        self, fontname: str, fontsize: float, line: str
    ) -> tuple[float, tuple[tuple[int, str], ...]]:
        """A line's width and its ``(subset, "(codes) Tj")`` chunks, computed once per document.

        ``splitString`` assigns subset codes to characters not seen before in this document,
        so it runs for every distinct line with such a character, in drawing order, exactly as
        textOut would. A line whose characters all have codes in the first subset already is
        one chunk of their codes: written from a table of those codes, escaped (what
        ``splitString`` and the escaping give for it, without assigning anything).
        """
        canv = self.canv
        cache = self._cache
        assert cache is not None
        first = cache.first.get(fontname)
        if first is None:
            first = cache.first[fontname] = (set(), {})
        known, codes = first
        if known.issuperset(line):
            chunks: tuple[tuple[int, str], ...] = ((0, f"({line.translate(codes)}) Tj"),) \
                if line else ()
        else:
            font = pdfmetrics.getFont(fontname)
            escape_pdf = canv._escape
            chunks = tuple(
                (subset, f"({escape_pdf(t)}) Tj")
                for subset, t in font.splitString(line, canv._doc)
            )
            assignments = font.state[canv._doc].assignments
            for ch in set(line):
                n = assignments.get(32 if ch == "\xa0" else ord(ch))
                if n is not None and n >> 8 == 0:
                    known.add(ch)
                    codes[ord(ch)] = escape_pdf(bytes([n]))
        encoded = (string_width(line, fontname, fontsize), chunks)
        lines = cache.lines[(fontname, fontsize)]
        if len(lines) >= LINE_CACHE:  # order numbers and amounts rarely repeat: bound it
            lines.clear()
        lines[line] = encoded
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
    return PagedTable(
        [header_row(columns, langs)], rows, [c.width for c in columns],
        simple_style(columns, extra), row_style, max_rows=max_rows,
    )


def simple_style(columns: Sequence[Column],
                 extra: list[tuple[Any, ...]] | None = None) -> list[tuple[Any, ...]]:
    """The look of :func:`simple_table` (and of a streamed table): grid, columns, stripes."""
    style = grid_style() + column_style(columns) + (extra or [])
    style.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, STRIPE_FILL]))
    return style
