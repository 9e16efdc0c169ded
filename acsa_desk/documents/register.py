"""The exceptions register (audit readiness), as PDF and as CSV.

In the shape auditors report: per exception, per partner and per exercise the number of orders
affected and their value (billable) and outstanding amount per currency; then every order with
its exceptions. Plain data in (``RegisterData``), bytes or text out.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.platypus import Flowable

from acsa_desk.core.marking import Rendering
from acsa_desk.core.money import format_plain
from acsa_desk.documents import labels as L
from acsa_desk.documents import layout as ly

PAGE = ly.LANDSCAPE
CODES = ("missing_data", "missing_signatures", "missing_documents", "claim_late",
         "finance_not_notified", "due_soon", "overdue", "awaiting_approval", "not_closed")


@dataclass(frozen=True, slots=True)
class RegisterOrder:
    order_number: str
    partner: str
    exercise: str
    status: str
    currency: str
    billable_minor: int
    outstanding_minor: int
    exceptions: tuple[str, ...]
    details: str = ""  # e.g. "missing_data: funding_reference; missing_documents: invoice"

    def __post_init__(self) -> None:
        for code in self.exceptions:
            if code not in CODES:
                raise ValueError(f"unknown exception code {code!r}")


@dataclass(frozen=True, slots=True)
class RegisterData:
    banner: Rendering | str  # the marking as its scheme renders it (documents/marking_page.py)
    home_nation: str
    as_of: date
    generated_on: date
    orders: tuple[RegisterOrder, ...] = ()
    partner: str | None = None  # the register of one partner


@dataclass(frozen=True, slots=True)
class Tally:
    key: str
    currency: str
    orders: int
    billable_minor: int
    outstanding_minor: int


def _tally(pairs: Iterable[tuple[str, RegisterOrder]]) -> list[Tally]:
    sums: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for key, o in pairs:
        s = sums[(key, o.currency)]
        s[0] += 1
        s[1] += o.billable_minor
        s[2] += o.outstanding_minor
    return [Tally(k, c, *v) for (k, c), v in sums.items()]


def by_exception(data: RegisterData) -> list[Tally]:
    rows = _tally((code, o) for o in data.orders for code in o.exceptions)
    return sorted(rows, key=lambda t: (CODES.index(t.key), t.currency))


def by_partner(data: RegisterData) -> list[Tally]:
    return sorted(_tally((o.partner, o) for o in data.orders), key=lambda t: (t.key, t.currency))


def by_exercise(data: RegisterData) -> list[Tally]:
    return sorted(_tally((o.exercise, o) for o in data.orders), key=lambda t: (t.key, t.currency))


def _tally_table(key_label: str, key_mm: float, rows: Sequence[Tally], langs: tuple[str, ...],
                 name: Any) -> Flowable:
    cols = (ly.Column(key_label, key_mm), ly.Column("orders_affected", 22, "RIGHT"),
            ly.Column("currency", 16, "CENTER"), ly.Column("billable", 40, "RIGHT"),
            ly.Column("outstanding", 40, "RIGHT"))
    lang = langs[0]
    body = [[ly.cell(name(t.key), cols[0].width), str(t.orders), t.currency,
             ly.amount(t.billable_minor, t.currency, lang),
             ly.amount(t.outstanding_minor, t.currency, lang)] for t in rows]
    if not body:
        return ly.paragraph(L.label("no_rows", langs), ly.styles().body)
    return ly.simple_table(cols, langs, body)


ORDER_COLUMNS = (
    ly.Column("order_number", 40), ly.Column("partner", 16, "CENTER"), ly.Column("exercise", 40),
    ly.Column("status", 22), ly.Column("currency", 14, "CENTER"),
    ly.Column("outstanding", 30, "RIGHT"), ly.Column("exceptions", 115),
)


def build_register_pdf(data: RegisterData, langs: str | Sequence[str] = ("en",), *,
                       invariant: bool = False) -> bytes:
    langs = L.normalize_langs(langs)
    ly.register_font()
    title = L.label("register_title", langs)
    subtitle = f"{data.home_nation}" + (f" — {data.partner}" if data.partner else "")
    decor = ly.PageDecor(banner=data.banner, running_title=title,
                         running_right=f"{L.label('as_of', langs)} {ly.fmt_date(data.as_of)}",
                         generated=ly.generated_on(data.generated_on, langs), langs=langs)

    def exception_name(code: str) -> str:
        return L.label(f"exc_{code}", langs)

    story: list[Any] = []
    story += ly.title_block("register_title", langs, subtitle=subtitle)
    story.append(ly.field_table([(L.label("as_of", langs), ly.fmt_date(data.as_of)),
                                 (L.label("orders", langs), str(len(data.orders)))],
                                ly.frame_width(PAGE), label_mm=30))
    story.append(ly.paragraph(L.label("register_note", langs), ly.styles().body))
    story += ly.heading("by_exception", langs)
    story.append(_tally_table("exception", 110, by_exception(data), langs, exception_name))
    story += ly.heading("by_partner", langs)
    story.append(_tally_table("partner", 110, by_partner(data), langs, str))
    story += ly.heading("by_exercise", langs)
    story.append(_tally_table("exercise", 110, by_exercise(data), langs, str))
    story += ly.heading("exception_orders", langs)
    lang = langs[0]
    cols = ORDER_COLUMNS
    rows = [[
        ly.cell(o.order_number, cols[0].width), o.partner, ly.cell(o.exercise, cols[2].width),
        ly.cell(L.label(f"status_{o.status}", langs), cols[3].width), o.currency,
        ly.amount(o.outstanding_minor, o.currency, lang),
        ly.cell("; ".join(L.text(f"exc_{c}", lang) for c in o.exceptions)
                + (f" ({o.details})" if o.details else ""), cols[6].width),
    ] for o in data.orders]
    if rows:
        story.append(ly.simple_table(cols, langs, rows))
    else:
        story.append(ly.paragraph(L.label("no_rows", langs), ly.styles().body))
    return ly.build_pdf(story, pagesize=PAGE, decor=decor, title=title,
                        subject=f"{data.home_nation} {data.as_of.isoformat()}",
                        invariant=invariant)


CSV_COLUMNS = ("section", "key", "currency", "orders", "billable", "outstanding",
               "order_number", "partner", "exercise", "status", "exceptions", "details")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _text(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def register_csv(data: RegisterData) -> str:
    """RFC 4180 (CRLF): ``by_exception``, ``by_partner``, ``by_exercise`` rows (orders and
    amounts per currency), then one ``order`` row per order with its codes joined by ``|``."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(CSV_COLUMNS)
    for section, rows in (("by_exception", by_exception(data)), ("by_partner", by_partner(data)),
                          ("by_exercise", by_exercise(data))):
        for t in rows:
            w.writerow([section, _text(t.key), t.currency, t.orders,
                        format_plain(t.billable_minor, t.currency),
                        format_plain(t.outstanding_minor, t.currency), "", "", "", "", "", ""])
    for o in data.orders:
        w.writerow(["order", "", o.currency, 1, format_plain(o.billable_minor, o.currency),
                    format_plain(o.outstanding_minor, o.currency), _text(o.order_number),
                    o.partner, _text(o.exercise), o.status, "|".join(o.exceptions),
                    _text(o.details)])
    return out.getvalue()
