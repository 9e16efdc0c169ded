"""A long table drawn from a stream of rows, one page at a time (the statement's orders and
settlements): :class:`StreamedTable`.

It lays out exactly as :class:`~acsa_desk.documents.tables.PagedTable` (same page breaks, the
header on every page, the last rows kept with what must follow), but its rows come from an
iterator and only the rows of the page being laid out (and at most one page ahead) are held:
the rows a page drew are let go when the next page is laid out. A 750,000-row statement holds
about as much as a 10,000-row one.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Any

from reportlab.platypus import Flowable

from acsa_desk.documents.page_grid import MarkStyle, PageGrid, PageTemplate
from acsa_desk.documents.tables import (
    CELL_LEADING,
    HEAD_LEADING,
    TAIL_ROWS,
    row_height,
)

#: A row as the stream gives it: its cells and a mark the row style reads (e.g. overdue;
#: hashable: the cell styles of a mark are computed once).
Row = tuple[list[Any], Any]


class RowWindow:
    """The rows of a stream that are held: from the first row of the page being laid out to
    as far ahead as the layout has looked (``peak`` records the most ever held)."""

    def __init__(self, rows: Iterable[Row], widths: Sequence[float]) -> None:
        self._source: Iterator[Row] | None = iter(rows)
        self._widths = list(widths)
        self._held: deque[tuple[list[Any], float, Any]] = deque()
        self._base = 0  # index in the stream of the first held row
        self.peak = 0

    @property
    def exhausted(self) -> bool:
        return self._source is None

    def fill(self, end: int) -> int:
        """Reads rows until row ``end - 1`` is held or the stream ends; returns the end held."""
        while self._source is not None and self._base + len(self._held) < end:
            try:
                cells, mark = next(self._source)
            except StopIteration:
                self._source = None
                break
            self._held.append((cells, row_height(cells, self._widths, CELL_LEADING), mark))
        self.peak = max(self.peak, len(self._held))
        return self._base + len(self._held)

    def release(self, start: int) -> None:
        """The rows before ``start`` are drawn: let them go."""
        while self._base < start and self._held:
            self._held.popleft()
            self._base += 1

    def rows(self, start: int, end: int) -> list[tuple[list[Any], float, Any]]:
        if start < self._base:
            raise RuntimeError("a streamed table was asked again for rows it has let go")
        return list(islice(self._held, start - self._base, end - self._base))


class StreamedTable(Flowable):
    """A long table laid out one page at a time from a row stream (see the module docstring).

    Each page is drawn as a reportlab Table of its body rows plus the header would be, from a
    template made once (:mod:`~acsa_desk.documents.page_grid`). ``max_rows`` bounds a page's
    table, as in PagedTable; it is also how far ahead of the page the stream is read.
    """

    def __init__(
        self,
        header: list[list[Any]],
        window: RowWindow,
        col_widths: Sequence[float],
        style: list[tuple[Any, ...]],
        row_style: MarkStyle | None = None,
        *,
        max_rows: int = 150,
        start: int = 0,
        keep_with_next: float = 0.0,
        template: PageTemplate | None = None,
    ) -> None:
        super().__init__()
        self.keep_with_next = keep_with_next
        self.header = header
        self.window = window
        self.col_widths = list(col_widths)
        self.style = style
        self.row_style = row_style
        self.max_rows = max_rows
        self.start = start
        if template is None:
            head_heights = [row_height(r, self.col_widths, HEAD_LEADING) for r in header]
            template = PageTemplate(header, self.col_widths, style, row_style, head_heights)
        self.template = template
        self.head_heights = template.head_heights
        self._table: PageGrid | None = None

    def has_more_than(self, count: int) -> bool:
        """Whether the stream has more than ``count`` rows from here (reads that far)."""
        return self.window.fill(self.start + count + 1) > self.start + count

    def _ahead(self) -> tuple[list[tuple[list[Any], float, Any]], bool]:
        """The rows from ``start`` up to ``max_rows`` ahead, and whether they are the last."""
        self.window.release(self.start)  # the pages before this one are laid out: drop them
        end = self.window.fill(self.start + self.max_rows + 1)
        rows = self.window.rows(self.start, min(end, self.start + self.max_rows))
        return rows, self.window.exhausted and end <= self.start + self.max_rows

    def _fitting(self, rows: list[tuple[list[Any], float, Any]], available: float) -> int:
        used = sum(self.head_heights)
        count = 0
        for _cells, h, _mark in rows:
            if used + h > available + 1e-6:
                break
            used += h
            count += 1
        return count

    def _make(self, rows: list[tuple[list[Any], float, Any]]) -> PageGrid:
        return self.template.page([cells for cells, _h, _m in rows], [h for _c, h, _m in rows],
                                  [mark for _c, _h, mark in rows])

    def _rest(self, start: int) -> StreamedTable:
        return StreamedTable(
            self.header, self.window, self.col_widths, self.style, self.row_style,
            max_rows=self.max_rows, start=start, keep_with_next=self.keep_with_next,
            template=self.template,
        )

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        rows, last = self._ahead()
        if last and self._fitting(rows, availHeight - self.keep_with_next) == len(rows):
            self._table = self._make(rows)
            self.width, self.height = self._table.wrap(availWidth, availHeight)
        else:  # more than the space left: ask to be split
            self._table = None
            self.width, self.height = availWidth, availHeight + 1
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        rows, last = self._ahead()
        count = self._fitting(rows, availHeight)
        remaining = len(rows)
        if self.keep_with_next and last and count == remaining:
            # everything fits but what must follow does not: leave rows for the next page
            count = min(count, self._fitting(rows, availHeight - self.keep_with_next),
                        remaining - TAIL_ROWS)
        if count <= 0:
            return []
        table = self._make(rows[:count])
        if last and count == remaining:
            return [table]
        return [table, self._rest(self.start + count)]

    def draw(self) -> None:
        assert self._table is not None
        self._table.drawOn(self.canv, 0, 0)


def streamed_table(
    columns: Sequence[Any],
    langs: Sequence[str],
    rows: Iterable[Row],
    *,
    row_style: MarkStyle | None = None,
    max_rows: int = 150,
) -> StreamedTable:
    """:func:`~acsa_desk.documents.tables.simple_table`'s look, rows from a stream."""
    from acsa_desk.documents.tables import header_row, simple_style

    widths = [c.width for c in columns]
    return StreamedTable([header_row(columns, langs)], RowWindow(rows, widths), widths,
                         simple_style(columns), row_style, max_rows=max_rows)
