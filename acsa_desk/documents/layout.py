"""The look shared by every document, in one namespace: the builders call ``layout as ly``.

Rules kept here and in the modules below, so that every builder follows them:
- one embedded TrueType font (IPAex Gothic, shipped in resources/fonts/) for every glyph, so that
  Japanese and the yen sign render in any viewer; never reportlab's non-embedded CID fonts;
- user text reaches a reportlab Paragraph only through :func:`paragraph` (escaped); table cells
  are plain strings where possible, wrapped by :func:`cell` (reportlab prints plain strings
  literally, and fast), Paragraphs only for free text such as an order line's description;
- long tables are laid out page by page (:class:`PagedTable`), never as one huge Table, with
  fixed column widths;
- amounts are formatted from int minor units by acsa_desk.core.money, never through float.

Where each part lives (all re-exported here):
- :mod:`~acsa_desk.documents.typography`: font, sizes, colours, styles, escaping, wrapping;
- :mod:`~acsa_desk.documents.formats`: dates and amounts as printed;
- :mod:`~acsa_desk.documents.pages`: page sizes, page furniture (marking, running header,
  footer, page N of M) and :func:`build_pdf`;
- :mod:`~acsa_desk.documents.tables`: grid styles, columns, :class:`FastTable`,
  :class:`PagedTable`, :func:`simple_table`;
- this module: the composed blocks (headings, field and signature blocks, title block).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table

from acsa_desk.documents import labels as L
from acsa_desk.documents.formats import (
    amount,
    category_label,
    fmt_date,
    group_digits,
    money,
)
from acsa_desk.documents.pages import (
    BOTTOM_RESERVED,
    LANDSCAPE,
    MARGIN,
    PORTRAIT,
    TOP_RESERVED,
    PageDecor,
    build_pdf,
    frame_width,
    generated_on,
    with_anchor,
)
from acsa_desk.documents.streamed import StreamedTable, streamed_table
from acsa_desk.documents.tables import (
    HEAD_LEADING,
    HEAD_SIZE,
    PAD_BOTTOM,
    PAD_TOP,
    TAIL_ROWS,
    Column,
    FastTable,
    PagedTable,
    RowStyle,
    column_style,
    grid_style,
    header_row,
    make_table,
    row_height,
    simple_table,
)
from acsa_desk.documents.typography import (
    BANNER_INK,
    BODY_SIZE,
    CELL_LEADING,
    CELL_PAD,
    CELL_SIZE,
    FONT,
    FONT_FILE,
    HEADER_FILL,
    INK,
    LABEL_FILL,
    OVERDUE_FILL,
    OVERDUE_INK,
    RULE,
    STRIPE_FILL,
    TOTAL_FILL,
    Styles,
    cell,
    choice_cell,
    paragraph,
    register_font,
    stacked,
    styles,
    text_width,
    wrap_plain,
)

__all__ = [
    "BANNER_INK",
    "BODY_SIZE",
    "BOTTOM_RESERVED",
    "CELL_LEADING",
    "CELL_PAD",
    "CELL_SIZE",
    "FONT",
    "FONT_FILE",
    "HEADER_FILL",
    "HEAD_LEADING",
    "HEAD_SIZE",
    "INK",
    "LABEL_FILL",
    "LANDSCAPE",
    "MARGIN",
    "OVERDUE_FILL",
    "OVERDUE_INK",
    "PAD_BOTTOM",
    "PAD_TOP",
    "PORTRAIT",
    "RULE",
    "STRIPE_FILL",
    "TAIL_ROWS",
    "TOP_RESERVED",
    "TOTAL_FILL",
    "Column",
    "FastTable",
    "PageDecor",
    "PagedTable",
    "RowStyle",
    "StreamedTable",
    "Styles",
    "amount",
    "build_pdf",
    "category_label",
    "cell",
    "choice_cell",
    "column_style",
    "ending_with",
    "field_table",
    "fmt_date",
    "frame_width",
    "generated_on",
    "grid_style",
    "group_digits",
    "header_row",
    "heading",
    "keep",
    "make_table",
    "money",
    "paragraph",
    "register_font",
    "row_height",
    "side_by_side",
    "signature_block",
    "simple_table",
    "space",
    "stacked",
    "streamed_table",
    "styles",
    "text_width",
    "title_block",
    "with_anchor",
    "wrap_plain",
]


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
    if (isinstance(last, PagedTable) and len(last.rows) > TAIL_ROWS) or (
            isinstance(last, StreamedTable) and last.has_more_than(TAIL_ROWS)):
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
