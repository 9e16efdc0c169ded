"""The annual report (the shape 10 U.S.C. 2342(h) asks of ACSA holders), as PDF and as CSV.

What it covers of the statute's six items: README, "The annual report and the statute".

First the agreements in force in the year with their dates (signed, in force, the legislature
notified); then per category and currency, for support provided and received: total value, amount collected
(or paid) and outstanding; then every transaction still unreconciled after one year.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable

from acsa_desk.core.money import format_plain
from acsa_desk.documents import labels as L
from acsa_desk.documents import layout as ly
from acsa_desk.documents.data import AnnualCategoryRow, AnnualReportData
from acsa_desk.documents.totals import (
    annual_currency_totals,
    sorted_annual_rows,
    unreconciled_totals,
)

PAGE = ly.PORTRAIT


def _category_columns(collected_key: str) -> tuple[ly.Column, ...]:
    return (
        ly.Column("category", 78),
        ly.Column("currency", 14, "CENTER"),
        ly.Column("total_value", 31, "RIGHT"),
        ly.Column(collected_key, 31, "RIGHT"),
        ly.Column("outstanding", 32, "RIGHT"),
    )


UNRECONCILED_COLUMNS = (
    ly.Column("date", 24),
    ly.Column("partner", 36),
    ly.Column("order_number", 66),
    ly.Column("currency", 14, "CENTER"),
    ly.Column("value", 46, "RIGHT"),
)


def build_annual_report_pdf(
    data: AnnualReportData, langs: str | Sequence[str] = ("en",), *, invariant: bool = False
) -> bytes:
    """The annual report as PDF bytes, in one language or two side by side."""
    langs = L.normalize_langs(langs)
    ly.register_font()
    title = L.label("annual_title", langs, year=data.year)
    decor = ly.PageDecor(
        banner=data.banner,
        running_title=title,
        running_right=data.home_nation,
        generated=ly.with_anchor(ly.generated_on(data.generated_on, langs), data.anchor, langs),
        langs=langs,
    )
    story: list[Any] = []
    story += ly.title_block("annual_title", langs, subtitle=data.home_nation, year=data.year)
    story += _agreements_section(data, langs)
    story += _category_section("support_provided", "collected", data.provided, langs)
    story += _category_section("support_received", "paid", data.received, langs)
    story += _unreconciled_section(data, langs)
    return ly.build_pdf(
        story,
        pagesize=PAGE,
        decor=decor,
        title=title,
        subject=f"{data.home_nation} {data.year}",
        invariant=invariant,
    )


AGREEMENT_COLUMNS = (
    ly.Column("partner", 16, "CENTER"),
    ly.Column("agreement_reference", 78),
    ly.Column("signed_on", 24, "CENTER"),
    ly.Column("in_force_from", 24, "CENTER"),
    ly.Column("in_force_until", 22, "CENTER"),
    ly.Column("notified_on", 22, "CENTER"),
)


def _agreements_section(data: AnnualReportData, langs: tuple[str, ...]) -> list[Flowable]:
    cols = AGREEMENT_COLUMNS
    st = ly.styles()
    rows: list[list[Any]] = [[
        a.partner,
        ly.paragraph(a.reference + (f" — {a.title}" if a.title and a.title != a.reference
                                    else ""), st.cell),
        ly.fmt_date(a.signed_on), ly.fmt_date(a.in_force_from), ly.fmt_date(a.in_force_until),
        ly.fmt_date(a.notified_on),
    ] for a in data.agreements]
    items: list[Flowable] = ly.heading("agreements_in_force", langs)
    if rows:
        items.append(ly.simple_table(cols, langs, rows))
    else:
        items.append(ly.paragraph(L.label("no_rows", langs), st.body))
    return items


def _subtotal_style(rows: list[int]) -> ly.RowStyle:
    def row_style(first: int, last: int, offset: int) -> list[tuple[Any, ...]]:
        out: list[tuple[Any, ...]] = []
        for r in rows:
            if first <= r < last:
                y = r - first + offset
                out += [("BACKGROUND", (0, y), (-1, y), ly.TOTAL_FILL),
                        ("LINEABOVE", (0, y), (-1, y), 0.8, ly.INK)]
        return out

    return row_style


def _category_section(
    heading_key: str,
    collected_key: str,
    source: Sequence[AnnualCategoryRow],
    langs: tuple[str, ...],
) -> list[Flowable]:
    lang = langs[0]
    cols = _category_columns(collected_key)
    rows: list[list[Any]] = []
    subtotal_rows: list[int] = []
    ordered = sorted_annual_rows(source)
    totals = dict(annual_currency_totals(source))
    for i, row in enumerate(ordered):
        names = L.join(L.category_name(row.category, lg) for lg in langs)
        rows.append([
            ly.cell(names, cols[0].width),
            row.currency,
            ly.amount(row.total_minor, row.currency, lang),
            ly.amount(row.collected_minor, row.currency, lang),
            ly.amount(row.outstanding_minor, row.currency, lang),
        ])
        if i + 1 == len(ordered) or ordered[i + 1].currency != row.currency:
            sums = totals[row.currency]
            rows.append([
                ly.cell(L.label("total", langs), cols[0].width),
                row.currency,
                ly.amount(sums.billable, row.currency, lang),
                ly.amount(sums.settled, row.currency, lang),
                ly.amount(sums.outstanding, row.currency, lang),
            ])
            subtotal_rows.append(len(rows) - 1)
    items: list[Flowable] = ly.heading(heading_key, langs)
    if rows:
        items.append(ly.simple_table(cols, langs, rows, row_style=_subtotal_style(subtotal_rows)))
    else:
        items.append(ly.paragraph(L.label("no_rows", langs), ly.styles().body))
    return items


def _unreconciled_section(data: AnnualReportData, langs: tuple[str, ...]) -> list[Flowable]:
    lang = langs[0]
    cols = UNRECONCILED_COLUMNS
    ordered = sorted(data.unreconciled, key=lambda t: (t.on, t.partner, t.order_number))
    rows: list[list[Any]] = [
        [
            ly.fmt_date(t.on),
            ly.cell(t.partner, cols[1].width),
            ly.cell(t.order_number, cols[2].width),
            t.currency,
            ly.amount(t.value_minor, t.currency, lang),
        ]
        for t in ordered
    ]
    subtotal_rows: list[int] = []
    for currency, value in unreconciled_totals(data.unreconciled):
        rows.append(["", ly.cell(L.label("total", langs), cols[1].width), "", currency,
                     ly.amount(value, currency, lang)])
        subtotal_rows.append(len(rows) - 1)
    items: list[Flowable] = ly.heading("unreconciled", langs)
    if ordered:
        items.append(ly.simple_table(cols, langs, rows, row_style=_subtotal_style(subtotal_rows)))
    else:
        items.append(ly.paragraph(L.label("no_rows", langs), ly.styles().body))
    return items


# --------------------------------------------------------------------------- CSV

CSV_COLUMNS = (
    "section",
    "category",
    "currency",
    "total_value",
    "collected",
    "outstanding",
    "date",
    "partner",
    "order_number",
    "reference",
    "signed_on",
    "in_force_from",
    "in_force_until",
    "notified_on",
)

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _text(value: str) -> str:
    """Neutralises a text cell a spreadsheet would run as a formula (amounts are not text)."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def annual_report_csv(data: AnnualReportData) -> str:
    """The annual report as CSV text (RFC 4180: CRLF line ends, header row, UTF-8 text).

    One row per category and currency (section ``provided`` or ``received``), a ``*_total`` row
    per currency, and one ``unreconciled`` row per transaction (``value`` in ``total_value``).
    Amounts are decimal strings with the currency's minor units (JPY "1500", CAD "12.50").
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(CSV_COLUMNS)
    blank = [""] * 6
    for a in data.agreements:
        writer.writerow(["agreement", "", "", "", "", "", "", _text(a.partner), "",
                         _text(a.reference), *(d.isoformat() if d else "" for d in (
                             a.signed_on, a.in_force_from, a.in_force_until, a.notified_on))])
    for section, source in (("provided", data.provided), ("received", data.received)):
        for row in sorted_annual_rows(source):
            writer.writerow([
                section, row.category, row.currency,
                format_plain(row.total_minor, row.currency),
                format_plain(row.collected_minor, row.currency),
                format_plain(row.outstanding_minor, row.currency),
                "", "", "", *blank[:5],
            ])
        for currency, sums in annual_currency_totals(source):
            writer.writerow([
                f"{section}_total", "", currency,
                format_plain(sums.billable, currency),
                format_plain(sums.settled, currency),
                format_plain(sums.outstanding, currency),
                "", "", "", *blank[:5],
            ])
    for t in sorted(data.unreconciled, key=lambda t: (t.on, t.partner, t.order_number)):
        writer.writerow([
            "unreconciled", "", t.currency, format_plain(t.value_minor, t.currency), "", "",
            t.on.isoformat(), _text(t.partner), _text(t.order_number), *blank[:5],
        ])
    return out.getvalue()
