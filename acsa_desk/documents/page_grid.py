"""One page of a streamed table, drawn by reportlab's own Table drawing code without building
a reportlab Table for it: :class:`PageTemplate` and :class:`PageGrid`.

Building a Table costs per cell and per style command (each command visits every cell it
covers, on every page), and its layout pass computes what a streamed table already knows
(fixed column widths, every row's height). Every page of a streamed table has the same
columns, header and style; only its rows, their heights and their marks differ. So the
template builds a reportlab Table once for the header and one body row and keeps what it
computed (column positions, the cell styles, the grid's line commands); a page is that
Table's state with its own rows, row positions (reportlab's own summation), the cell styles
of each row's mark and the background and line commands of ``row_style``. It is drawn by
:class:`~acsa_desk.documents.tables.FastTable`'s ``draw``, the same operators as a Table of
the page's rows (tested: the same canvas code, byte for byte), with the grid's coordinates
and fill colours formatted once per document instead of once per line or fill drawn.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from itertools import chain
from typing import Any

from reportlab.pdfgen.canvas import PATH_OPS
from reportlab.platypus import Table
from reportlab.platypus.tables import _isLineCommand

from acsa_desk.documents.tables import (
    STR_ONLY,
    FastTable,
    RowPlan,
    _CellSpec,
    _doc_text,
    make_table,
)

#: ``row_style(marks, offset)``: style commands for one page's body rows, whose marks are
#: ``marks``, placed at table row ``offset`` onwards. A row's commands depend on its mark only
#: and touch its own row only.
MarkStyle = Callable[[Sequence[Any], int], list[tuple[Any, ...]]]
_BACKGROUNDS = ("BACKGROUND", "ROWBACKGROUNDS", "COLBACKGROUNDS")
_UNSUPPORTED = ("SPAN", "NOSPLIT", "ROUNDEDCORNERS")


def row_positions(heights: Sequence[float]) -> tuple[list[float], float]:
    """The rows' top edges from the table's top, and its height: reportlab's own summation
    (``Table._calc_height``: compensated, from the last row up), so every coordinate drawn is
    the float a Table of these rows would draw."""
    positions: list[float] = []
    height = c = 0.0
    for h in reversed(heights):
        positions.append(height)
        y = h - c
        t = height + y
        c = (t - height) - y
        height = t
    positions.append(height)
    positions.reverse()
    return positions, height


class PageTemplate:
    """What every page of one streamed table shares (see the module docstring)."""

    def __init__(
        self,
        header: list[list[Any]],
        col_widths: Sequence[float],
        style: list[tuple[Any, ...]],
        row_style: MarkStyle | None,
        head_heights: Sequence[float],
    ) -> None:
        self.header = header
        self.col_widths = list(col_widths)
        self.style = style
        self.row_style = row_style
        self.head_heights = list(head_heights)
        self.proto = self._table(style)
        self._styles: dict[Hashable, list[Any]] = {}
        self._specs: dict[Hashable, list[tuple[Any, ...]]] = {}
        #: id of a row's cell specs (the template's own lists: head_specs, cell_specs) -> how
        #: its cells are written (RowPlan), None for FastTable's general _write_row
        self.plans: dict[int, RowPlan | None] = {}
        self.head_specs = [[_CellSpec.of(c) for c in row]
                           for row in self.proto._cellStyles[:len(header)]]

    def _table(self, commands: list[tuple[Any, ...]]) -> FastTable:
        """A laid-out Table of the header and one empty body row under ``commands``."""
        blank = [""] * len(self.col_widths)
        table = make_table([*self.header, blank], self.col_widths, commands,
                           row_heights=[*self.head_heights, 10.0], repeat_rows=len(self.header))
        table.wrap(sum(self.col_widths), 1e9)
        if (table._spanCmds or table._nosplitCmds or getattr(table, "_spanRects", None)
                or getattr(table, "_cornerRadii", None) or table._renderCB or table._shadow):
            raise ValueError("a streamed table's style may not span, keep cells, round corners,"
                             " cast a shadow or call back")
        return table

    def cell_styles(self, mark: Hashable) -> list[Any]:
        """The cell styles of a body row with this mark (the style, then its row_style)."""
        found = self._styles.get(mark)
        if found is None:
            commands = list(self.style)
            if self.row_style is not None:
                commands += self.row_style([mark], len(self.header))
            found = self._styles[mark] = self._table(commands)._cellStyles[len(self.header)]
        return found

    def cell_specs(self, mark: Hashable) -> list[tuple[Any, ...]]:
        """What FastTable writes a body row's cells with, for this mark (see _CellSpec)."""
        found = self._specs.get(mark)
        if found is None:
            found = self._specs[mark] = [_CellSpec.of(c) for c in self.cell_styles(mark)]
        return found

    def page(self, rows: Sequence[list[Any]], heights: Sequence[float],
             marks: Sequence[Hashable]) -> PageGrid:
        return PageGrid(self, rows, heights, marks)


class PageGrid(FastTable):
    """A page of a streamed table: the template Table's state with this page's rows (no
    ``Table.__init__``, no style pass, no layout pass: see the module docstring)."""

    def __init__(self, template: PageTemplate, rows: Sequence[list[Any]],
                 heights: Sequence[float], marks: Sequence[Hashable]) -> None:
        proto = template.proto
        n_head = len(template.header)
        self.__dict__.update(proto.__dict__)
        self._template = template
        self._cellvalues = template.header + list(rows)
        self._cellStyles = proto._cellStyles[:n_head] + [template.cell_styles(m) for m in marks]
        self._rowspecs = template.head_specs + [template.cell_specs(m) for m in marks]
        self._rowHeights = self._argH = [*template.head_heights, *heights]
        self._nrows = len(self._rowHeights)
        self._rowpositions, self._height = row_positions(self._rowHeights)
        self._bkgrndcmds = list(proto._bkgrndcmds)
        self._linecmds = list(proto._linecmds)
        if template.row_style is not None and marks:
            for command in template.row_style(list(marks), n_head):
                if command[0] in _UNSUPPORTED:
                    raise ValueError(f"a streamed table's row style may not use {command[0]}")
                if command[0] in _BACKGROUNDS or _isLineCommand(command):
                    Table._addCommand(self, command)
                # any other command styles cells: in the mark's cell styles already

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.availWidth = availWidth
        return self._width, self._height

    def draw(self) -> None:
        """FastTable's drawing, the grid's lines and fills written with numbers formatted once
        per document (the very strings ``Canvas.line`` and ``Canvas.rect`` write)."""
        canv = self.canv
        cache = _doc_text(canv._doc)
        number = cache.number
        set_fill = canv.setFillColor

        def fill(color: Any, alpha: float | None = None) -> None:
            if alpha is None:
                cache.fill(canv, color, set_fill)
            else:
                set_fill(color, alpha)

        def line(x1: float, y1: float, x2: float, y2: float) -> None:
            canv._code.append(f"n {number(x1)} {number(y1)} m {number(x2)} {number(y2)} l S")

        def rect(x: float, y: float, width: float, height: float,
                 stroke: int = 1, fill: int = 0) -> None:
            canv._code.append(f"n {number(x)} {number(y)} {number(width)} {number(height)} re "
                              + PATH_OPS[stroke, fill, canv._fillMode])

        # what Table's drawing calls, on this canvas only
        canv.line, canv.rect, canv.setFillColor = line, rect, fill
        try:
            super().draw()
        finally:
            del canv.line, canv.rect, canv.setFillColor

    def _draw_table(self) -> None:
        """``Table.draw`` for a table without spans, shadow, rounded corners or callbacks (the
        template refuses them), each row's string cells written by one ``_write_row``; a page
        with any other cell (or a cell style FastTable does not write) goes through
        ``Table.draw`` itself."""
        rows = self._cellvalues
        if not all(map(all, chain.from_iterable(self._rowspecs))) or not set(
                map(type, chain.from_iterable(rows))) <= STR_ONLY:
            Table.draw(self)
            return
        canv = self.canv
        canv.saveState()
        self._curweight = self._curcolor = self._curcellstyle = None
        self._makeShadow()
        self._makeRoundedCornersClip()
        self._drawBkgrnd()
        columns = self._colpositions[:-1]
        widths = self._colWidths
        plans = self._template.plans
        for row, specs, rowpos, rowheight in zip(rows, self._rowspecs, self._rowpositions[1:],
                                                 self._rowHeights, strict=True):
            key = id(specs)
            if key in plans:
                plan = plans[key]
            else:
                plan = plans[key] = RowPlan.of(specs, columns, widths)
            if plan is None:
                self._write_row(zip(row, specs, columns, widths, strict=True), rowpos, rowheight)
            else:
                self._write_plain_row(row, plan, rowpos, rowheight)
        self._drawLines()
        canv.restoreState()
