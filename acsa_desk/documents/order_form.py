"""The order form for one order, A4 portrait."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from acsa_desk.core.categories import BY_CODE
from acsa_desk.core.domain import country_name_in
from acsa_desk.documents import labels as L
from acsa_desk.documents import layout as ly
from acsa_desk.documents.data import OrderFormData, Party

PAGE = ly.PORTRAIT

LINE_COLUMNS = (
    ly.Column("line_no", 9, "CENTER"),
    ly.Column("category", 30),
    ly.Column("description", 42),
    ly.Column("nsn", 27),
    ly.Column("unit_of_issue", 14, "CENTER"),
    ly.Column("quantity", 18, "RIGHT"),
    ly.Column("unit_price", 19, "RIGHT"),
    ly.Column("total", 27, "RIGHT"),
)


def build_order_form(
    data: OrderFormData, langs: str | Sequence[str] = ("en",), *, invariant: bool = False
) -> bytes:
    """The order form as PDF bytes, in one language or two side by side."""
    langs = L.normalize_langs(langs)
    ly.register_font()
    width = ly.frame_width(PAGE)
    title = L.label("order_form_title", langs)
    decor = ly.PageDecor(
        banner=data.banner,
        running_title=f"{L.label('order_number', langs)} {data.order_number}",
        running_right=data.agreement_reference,
        generated=ly.with_anchor(ly.generated_on(data.generated_on, langs), data.anchor, langs),
        langs=langs,
    )
    story: list[Any] = []
    story += ly.title_block("order_form_title", langs, subtitle=data.order_number)
    story += _identification(data, langs, width)
    story += _parties(data, langs, width)
    story += _lines(data, langs)
    story += _officials(data, langs, width)
    story += _receipt(data, langs, width)
    return ly.build_pdf(
        story,
        pagesize=PAGE,
        decor=decor,
        title=f"{title}: {data.order_number}",
        subject=data.agreement_reference,
        invariant=invariant,
    )


def _identification(data: OrderFormData, langs: tuple[str, ...], width: float) -> list[Any]:
    pairs = [
        (L.label("agreement_reference", langs), data.agreement_reference),
        (L.label("order_number", langs), data.order_number),
        (L.label("partner_order_number", langs), data.partner_order_number),
        (L.label("exercise", langs), data.exercise),
        (L.label("direction", langs), L.label(data.direction, langs)),
        (L.label("ordered_on", langs), ly.fmt_date(data.ordered_on)),
        (L.label("required_on", langs), ly.fmt_date(data.required_on)),
        (L.label("settlement_method", langs), L.label(f"method_{data.settlement_method}", langs)),
        (L.label("order_currency", langs), data.currency),
        (L.label("funding_reference", langs), data.funding_reference),
        ("", ""),
    ]
    return [
        ly.field_table(pairs, width, label_mm=34),
        ly.field_table([(L.label("delivery_place", langs), data.delivery_place)], width,
                       columns=1, label_mm=34),
    ]


def _party_table(title: str, party: Party, langs: tuple[str, ...], width: float) -> Table:
    st = ly.styles()
    label_w = 34 * mm
    data: list[list[Any]] = [[ly.paragraph(title, st.head), ""]]
    nation = party.nation if not party.code else L.join(
        party.nation if lg == "en" else country_name_in(party.code, lg) for lg in langs)
    for key, value in (("nation", nation), ("unit", party.unit),
                       ("point_of_contact", party.point_of_contact), ("phone", party.phone),
                       ("email", party.email)):
        data.append([ly.paragraph(L.label(key, langs), st.head), ly.paragraph(value, st.cell)])
    commands = [
        *ly.grid_style(header_rows=1),
        ("SPAN", (0, 0), (1, 0)),
        ("BACKGROUND", (0, 1), (0, -1), ly.LABEL_FILL),
        ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
    ]
    return ly.make_table(data, [label_w, width - label_w], commands)


def _parties(data: OrderFormData, langs: tuple[str, ...], width: float) -> list[Flowable]:
    half = (width - 6 * mm) / 2
    requesting = _party_table(L.label("requesting_party", langs), data.requesting, langs, half)
    supplying = _party_table(L.label("supplying_party", langs), data.supplying, langs, half)
    heading = ly.heading("parties", langs)
    return [heading[0], ly.keep(heading[1], ly.side_by_side(requesting, supplying, width,
                                                             gap=6 * mm))]


def _lines(data: OrderFormData, langs: tuple[str, ...]) -> list[Flowable]:
    st = ly.styles()
    lang = langs[0]
    cols = LINE_COLUMNS
    rows: list[list[Any]] = []
    for line in data.lines:
        category = BY_CODE[line.category]
        rows.append([
            str(line.line_no),
            ly.cell(L.join(category.label(lg) for lg in langs), cols[1].width),
            # free text: an escaped Paragraph (markup prints literally)
            ly.paragraph(line.description, st.cell),
            ly.cell(line.nsn, cols[3].width),
            ly.cell(line.unit_of_issue, cols[4].width),
            ly.cell(ly.group_digits(line.quantity.strip(), lang), cols[5].width),
            ly.amount(line.unit_price_minor, data.currency, lang),
            ly.amount(line.total_minor, data.currency, lang),
        ])
    total_label = L.join(L.text("order_total", lg, currency=data.currency) for lg in langs)
    rows.append(["", ly.cell(total_label, sum(c.width for c in cols[1:7])), "", "", "", "", "",
                 ly.amount(data.total_minor, data.currency, lang)])
    last = len(rows) - 1

    def row_style(first: int, end: int, offset: int) -> list[tuple[Any, ...]]:
        if not first <= last < end:
            return []
        y = last - first + offset
        return [
            ("SPAN", (1, y), (6, y)),
            ("ALIGN", (1, y), (6, y), "RIGHT"),
            ("BACKGROUND", (0, y), (-1, y), ly.TOTAL_FILL),
            ("LINEABOVE", (0, y), (-1, y), 0.8, ly.INK),
        ]

    items: list[Flowable] = ly.heading("lines", langs)
    items.append(ly.simple_table(cols, langs, rows, row_style=row_style))
    return items


def _officials(data: OrderFormData, langs: tuple[str, ...], width: float) -> list[Flowable]:
    half = (width - 6 * mm) / 2
    ordering = ly.signature_block(
        L.label("ordering_official", langs), data.ordering_official, langs, half
    )
    issuing = ly.signature_block(
        L.label("issuing_official", langs), data.issuing_official, langs, half
    )
    heading = ly.heading("signatures", langs)
    return [heading[0], ly.keep(heading[1], ly.side_by_side(ordering, issuing, width,
                                                             gap=6 * mm))]


def _receipt(data: OrderFormData, langs: tuple[str, ...], width: float) -> list[Flowable]:
    st = ly.styles()
    receipt = data.receipt
    label_w = 52 * mm
    fields = (
        ("received_on", ly.fmt_date(receipt.received_on), 7),
        ("received_by", receipt.received_by, 7),
        ("signature", "", 9),
        ("receipt_remarks", receipt.remarks, 14),
    )
    rows: list[list[Any]] = [
        [ly.paragraph(L.label(key, langs), st.head), ly.paragraph(value, st.cell)]
        for key, value, _ in fields
    ]
    table = ly.make_table(
        rows,
        [label_w, width - label_w],
        [
            ("BOX", (0, 0), (-1, -1), 0.8, ly.INK),
            ("LINEBELOW", (1, 0), (1, -1), 0.4, ly.RULE),
            ("BACKGROUND", (0, 0), (0, -1), ly.LABEL_FILL),
            ("LINEAFTER", (0, 0), (0, -1), 0.25, ly.RULE),
            ("LINEBELOW", (0, 0), (0, -1), 0.25, ly.RULE),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), ly.CELL_PAD),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ],
        row_heights=[h * mm for _, _, h in fields],
    )
    heading = ly.heading("receipt", langs)
    return [heading[0], ly.keep(heading[1], table)]
