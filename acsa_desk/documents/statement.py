"""The settlement statement: one partner (optionally one exercise or period), A4 landscape."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from acsa_desk.core.domain import country_name_in
from acsa_desk.documents import labels as L
from acsa_desk.documents import layout as ly
from acsa_desk.documents.data import StatementData, StatementOrder
from acsa_desk.documents.row_cells import RepeatedCells
from acsa_desk.documents.totals import StatementTotals, statement_totals

PAGE = ly.LANDSCAPE

ORDER_COLUMNS = (
    ly.Column("order_number", 28),
    ly.Column("exercise_short", 27),
    ly.Column("direction", 21),
    ly.Column("ordered_on", 16.5),
    ly.Column("delivered_on", 16.5),
    ly.Column("categories", 31),
    ly.Column("currency", 9, "CENTER"),
    ly.Column("billable", 23, "RIGHT"),
    ly.Column("settled", 23, "RIGHT"),
    ly.Column("outstanding", 23, "RIGHT"),
    ly.Column("overdue", 29, "CENTER"),
    ly.Column("status", 25),
)
OVERDUE_COL = 10
#: The columns' widths in points (``Column.width`` computes them: once here, not per row).
ORDER_WIDTHS = tuple(c.width for c in ORDER_COLUMNS)

SETTLEMENT_COLUMNS = (
    ly.Column("order_number", 30),
    ly.Column("direction", 24),
    ly.Column("settled_on", 18),
    ly.Column("method", 46),
    ly.Column("currency", 10, "CENTER"),
    ly.Column("amount", 28, "RIGHT"),
    ly.Column("reference", 116),
)

TOTAL_COLUMNS = (
    ly.Column("direction", 30),
    ly.Column("category", 131),
    ly.Column("currency", 13, "CENTER"),
    ly.Column("billable", 33, "RIGHT"),
    ly.Column("settled", 33, "RIGHT"),
    ly.Column("outstanding", 33, "RIGHT"),
)

NET_COLUMNS = (
    ly.Column("currency", 13, "CENTER"),
    ly.Column("receivable", 33, "RIGHT"),
    ly.Column("payable", 33, "RIGHT"),
    ly.Column("net", 33, "RIGHT"),
    ly.Column("who_owes_whom", 161),
)


def build_statement(
    data: StatementData, langs: str | Sequence[str] = ("en",), *, invariant: bool = False,
    out: BinaryIO | None = None,
) -> bytes:
    """The settlement statement as PDF bytes, in one language or two side by side.

    The orders and settlements are read once, in order, page by page (``data.orders`` may be
    a stream from a cursor: only a page of rows is held at a time); the sums come from
    ``data.totals`` when the services computed them, else from adding up ``data.orders``.
    Given ``out`` (a binary file), the PDF is written there as it is made and b"" returned.
    """
    langs = L.normalize_langs(langs)
    totals: StatementTotals = data.totals if data.totals is not None else statement_totals(
        data.orders)
    ly.register_font()
    width = ly.frame_width(PAGE)
    title = L.label("statement_title", langs)
    decor = ly.PageDecor(
        banner=data.banner,
        running_title=f"{title} — {_partner(data, langs)} ({data.partner_code})",
        running_right=data.agreement_reference,
        generated=ly.generated_on(data.generated_on, langs),
        langs=langs,
    )
    story: list[Any] = []
    story += ly.title_block(
        "statement_title", langs, subtitle=f"{_partner(data, langs)} ({data.partner_code})"
    )
    story += _identification(data, langs, width)
    story += _net_section(data, totals, langs)
    story += _totals_section(totals, langs)
    story += _orders_section(data, langs)
    story += ly.ending_with(_settlements_section(data, langs), _signatures(data, langs, width), width)
    return ly.build_pdf(
        story,
        pagesize=PAGE,
        decor=decor,
        title=f"{title}: {data.partner_name}",
        subject=data.agreement_reference,
        invariant=invariant,
        out=out,
    )


def _identification(data: StatementData, langs: tuple[str, ...], width: float) -> list[Any]:
    all_ = L.label("all", langs)
    if data.period_from or data.period_to:
        period = f"{ly.fmt_date(data.period_from)} – {ly.fmt_date(data.period_to)}"
    else:
        period = all_
    pairs = [
        (L.label("agreement_reference", langs), data.agreement_reference),
        (L.label("partner", langs), f"{_partner(data, langs)} ({data.partner_code})"),
        (L.label("home_nation", langs), _home(data, langs)),
        (L.label("exercise", langs), data.exercise or all_),
        (L.label("period", langs), period),
        (L.label("as_of", langs), ly.fmt_date(data.as_of)),
    ]
    items: list[Any] = [ly.field_table(pairs, width, label_mm=44)]
    if data.chain_head:
        items.append(
            ly.field_table([(L.label("anchor", langs), data.chain_head)], width,
                           columns=1, label_mm=44)
        )
    return items


def _net_section(data: StatementData, totals: StatementTotals,
                 langs: tuple[str, ...]) -> list[Flowable]:
    st = ly.styles()
    lang = langs[0]
    rows: list[list[Any]] = []
    for pos in totals.net:
        sentences = []
        for lg in langs:
            partner, home = _partner(data, (lg,)), _home(data, (lg,))
            if pos.net > 0:
                sentences.append(L.text("owes", lg, debtor=partner, creditor=home,
                                        amount=ly.money(pos.net, pos.currency, lg)))
            elif pos.net < 0:
                sentences.append(L.text("owes", lg, debtor=home, creditor=partner,
                                        amount=ly.money(-pos.net, pos.currency, lg)))
            else:
                sentences.append(L.text("owes_nothing", lg, currency=pos.currency))
        rows.append([
            pos.currency,
            ly.amount(pos.receivable, pos.currency, lang),
            ly.amount(pos.payable, pos.currency, lang),
            ly.amount(pos.net, pos.currency, lang),
            ly.stacked(sentences, st.cell),
        ])
    items: list[Flowable] = ly.heading("net_position", langs)
    if rows:
        items.append(ly.simple_table(NET_COLUMNS, langs, rows))
        items.append(ly.paragraph(L.stacked("net_note", langs), st.small))
    else:
        items.append(ly.paragraph(L.label("no_orders", langs), st.body))
    return items


def _totals_section(sums: StatementTotals, langs: tuple[str, ...]) -> list[Flowable]:
    lang = langs[0]
    cols = TOTAL_COLUMNS
    rows: list[list[Any]] = []
    subtotal_rows: list[int] = []
    subtotals = {(t.direction, t.currency): t.amounts for t in sums.directions}
    totals = sums.categories
    for i, total in enumerate(totals):
        names = tuple(ly.category_label(total.categories, lg) for lg in langs)
        rows.append([
            ly.choice_cell(tuple(L.stacked(total.direction, langs)), cols[0].width),
            ly.cell(L.join(names), cols[1].width),
            total.currency,
            ly.amount(total.amounts.billable, total.currency, lang),
            ly.amount(total.amounts.settled, total.currency, lang),
            ly.amount(total.amounts.outstanding, total.currency, lang),
        ])
        nxt = totals[i + 1] if i + 1 < len(totals) else None
        if nxt is None or (nxt.direction, nxt.currency) != (total.direction, total.currency):
            sub = subtotals[(total.direction, total.currency)]
            label_text = L.label(f"total_{total.direction}", langs, currency=total.currency)
            rows.append([
                "",
                ly.cell(label_text, cols[1].width),
                total.currency,
                ly.amount(sub.billable, total.currency, lang),
                ly.amount(sub.settled, total.currency, lang),
                ly.amount(sub.outstanding, total.currency, lang),
            ])
            subtotal_rows.append(len(rows) - 1)

    def row_style(first: int, last: int, offset: int) -> list[tuple[Any, ...]]:
        out: list[tuple[Any, ...]] = []
        for r in subtotal_rows:
            if first <= r < last:
                y = r - first + offset
                out += [("BACKGROUND", (0, y), (-1, y), ly.TOTAL_FILL),
                        ("LINEABOVE", (0, y), (-1, y), 0.8, ly.INK)]
        return out

    items: list[Flowable] = ly.heading("totals", langs)
    if rows:
        items.append(ly.simple_table(cols, langs, rows, row_style=row_style))
    else:
        items.append(ly.paragraph(L.label("no_orders", langs), ly.styles().body))
    return items


def _order_row(order: StatementOrder, cells: RepeatedCells) -> list[Any]:
    widths = ORDER_WIDTHS
    currency = order.currency
    billable, settled, outstanding = cells.amounts(
        order.billable_minor, order.settled_minor, order.outstanding_minor, currency)
    return [
        ly.cell(f"{order.order_number} / {order.partner_order_number}"
                if order.partner_order_number else order.order_number, widths[0]),
        cells.text(order.exercise, widths[1]),
        cells.choice(order.direction, widths[2]),
        ly.fmt_date(order.ordered_on),
        ly.fmt_date(order.delivered_on),
        cells.categories(order.categories, widths[5]),
        currency,
        billable,
        settled,
        outstanding,
        cells.choice("overdue_flag", widths[OVERDUE_COL]) if order.overdue else "",
        cells.choice(f"status_{order.status}", widths[11]),
    ]


def _orders_section(data: StatementData, langs: tuple[str, ...]) -> list[Flowable]:
    cells = RepeatedCells(langs)
    rows = ((_order_row(order, cells), order.overdue) for order in data.orders)

    def row_style(overdue: Sequence[bool], offset: int) -> list[tuple[Any, ...]]:
        out: list[tuple[Any, ...]] = []
        for i, flag in enumerate(overdue):
            if flag:
                y = i + offset
                out += [("BACKGROUND", (0, y), (-1, y), ly.OVERDUE_FILL),
                        ("TEXTCOLOR", (OVERDUE_COL, y), (OVERDUE_COL, y), ly.OVERDUE_INK)]
        return out

    items: list[Flowable] = ly.heading("orders", langs)
    table = ly.streamed_table(ORDER_COLUMNS, langs, rows, row_style=row_style)
    if table.has_more_than(0):
        items.append(table)
    else:
        items.append(ly.paragraph(L.label("no_orders", langs), ly.styles().body))
    return items


def _settlements_section(data: StatementData, langs: tuple[str, ...]) -> list[Flowable]:
    lang = langs[0]
    cols = SETTLEMENT_COLUMNS
    cells = RepeatedCells(langs)
    # a settlement from the services knows its order's direction; one made by hand is looked
    # up among the orders (a tuple then)
    direction_of = {o.order_number: o.direction for o in data.orders} \
        if isinstance(data.orders, tuple) else {}

    def row(s: Any) -> tuple[list[Any], None]:
        direction = s.direction or direction_of.get(s.order_number)
        return [
            ly.cell(s.order_number, cols[0].width),
            cells.choice(direction, cols[1].width) if direction else "",
            ly.fmt_date(s.settled_on),
            cells.choice(f"method_{s.method}", cols[3].width),
            s.currency,
            ly.amount(s.amount_minor, s.currency, lang),
            ly.cell(s.reference, cols[6].width),
        ], None

    items: list[Flowable] = ly.heading("settlements", langs)
    table = ly.streamed_table(cols, langs, (row(s) for s in data.settlements))
    if table.has_more_than(0):
        items.append(table)
    else:
        items.append(ly.paragraph(L.label("no_settlements", langs), ly.styles().body))
    return items


def _signatures(data: StatementData, langs: tuple[str, ...], width: float) -> list[Flowable]:
    half = (width - 8 * mm) / 2
    home = ly.signature_block(
        L.join(L.text("for_nation", lg, nation=_home(data, (lg,))) for lg in langs),
        data.home_signature, langs, half,
    )
    partner = ly.signature_block(
        L.join(L.text("for_nation", lg, nation=_partner(data, (lg,))) for lg in langs),
        data.partner_signature, langs, half,
    )
    heading = ly.heading("signatures", langs)
    return [heading[0], ly.keep(heading[1], ly.side_by_side(home, partner, width))]


def _partner(data: StatementData, langs: tuple[str, ...]) -> str:
    """The partner's name in each language ("Japan / 日本"); English as the ledger keeps it."""
    return L.join(data.partner_name if lg == "en" else country_name_in(data.partner_code, lg)
                  for lg in langs)


def _home(data: StatementData, langs: tuple[str, ...]) -> str:
    if not data.home_code:
        return data.home_nation
    return L.join(data.home_nation if lg == "en" else country_name_in(data.home_code, lg)
                  for lg in langs)
