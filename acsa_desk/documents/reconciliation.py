"""The reconciliation statement: our figures and the partner's, side by side, for both to sign.

A pure function from :class:`ReconciliationData` to PDF bytes: identification (partner,
agreement, the partner's statement file, period, the audit chain head), the totals per
currency of what is agreed, disputed and missing, every difference with its reason, the
orders missing on either side, the count of agreed orders, and signature blocks for both.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reportlab.platypus import Flowable

from acsa_desk.core.marking import Rendering
from acsa_desk.documents import blocks
from acsa_desk.documents import labels as L
from acsa_desk.documents import layout as ly
from acsa_desk.documents.data import SignatureBlock

L.register({
    "recon_title": ("Reconciliation statement", "照合明細書", "État de rapprochement"),
    "recon_statement_file": ("Partner's statement", "相手国の明細", "Relevé du partenaire"),
    "recon_summary": ("Totals per currency (billable)", "通貨別合計（請求額）",
                      "Totaux par devise (facturable)"),
    "recon_agreed": ("Agreed", "一致", "Concordant"),
    "recon_disputed_ours": ("Disputed: ours", "不一致：自国", "Contesté : nous"),
    "recon_disputed_theirs": ("Disputed: theirs", "不一致：相手国", "Contesté : partenaire"),
    "recon_missing_theirs": ("Not on their statement", "相手国の明細になし",
                             "Absent de leur relevé"),
    "recon_missing_ours": ("Not in our ledger", "自国の台帳になし", "Absent de notre registre"),
    "recon_differences": ("Differences", "不一致の明細", "Écarts"),
    "recon_missing": ("Orders missing on one side", "一方にのみある要請", "Commandes d'un seul côté"),
    "recon_field": ("Field", "項目", "Champ"),
    "recon_ours": ("Ours", "自国", "Nous"),
    "recon_theirs": ("Theirs", "相手国", "Partenaire"),
    "recon_reason": ("Reason / action", "理由・処置", "Motif / suite"),
    "recon_state": ("Where", "所在", "Où"),
    "recon_agreed_count": ("{n} orders agree on every figure.", "{n}件の要請は全項目が一致。",
                           "{n} commandes concordent en tout point."),
    "recon_none": ("No differences.", "不一致なし。", "Aucun écart."),
    "recon_out_of_scope": (
        "{n} rows of their statement concern orders outside the period and are not compared.",
        "相手国の明細のうち{n}行は期間外の要請のため照合対象外。",
        "{n} lignes de leur relevé visent des commandes hors période et ne sont pas comparées.",
    ),
})

# The compared fields print under the ledger's own labels (labels.py): one word, one place.
FIELD_LABELS = {"direction": "direction", "currency": "order_currency", "billable": "billable",
                "settled": "settled", "status": "status",
                "partner_order_number": "partner_order_number"}

PAGE = ly.LANDSCAPE

SUMMARY_COLUMNS = (
    ly.Column("currency", 16, "CENTER"),
    ly.Column("recon_agreed", 42, "RIGHT"),
    ly.Column("recon_disputed_ours", 42, "RIGHT"),
    ly.Column("recon_disputed_theirs", 42, "RIGHT"),
    ly.Column("recon_missing_theirs", 42, "RIGHT"),
    ly.Column("recon_missing_ours", 42, "RIGHT"),
)

DIFF_COLUMNS = (
    ly.Column("our_number", 38),
    ly.Column("their_number", 38),
    ly.Column("currency", 12, "CENTER"),
    ly.Column("recon_field", 28),
    ly.Column("recon_ours", 34, "RIGHT"),
    ly.Column("recon_theirs", 34, "RIGHT"),
    ly.Column("recon_reason", 83),
)

MISSING_COLUMNS = (
    ly.Column("recon_state", 44),
    ly.Column("our_number", 38),
    ly.Column("their_number", 38),
    ly.Column("ordered_on", 20),
    ly.Column("currency", 12, "CENTER"),
    ly.Column("billable", 32, "RIGHT"),
    ly.Column("settled", 32, "RIGHT"),
    ly.Column("recon_reason", 51),
)


@dataclass(frozen=True, slots=True)
class Difference:
    """One field of one order on which the two sides disagree."""

    our_number: str
    their_number: str
    currency: str
    field: str  # one of reconciliation.FIELDS
    ours: str  # as printed (amounts already formatted as plain decimals)
    theirs: str
    reason: str = ""


@dataclass(frozen=True, slots=True)
class MissingOrder:
    state: str  # missing_theirs or missing_ours
    our_number: str
    their_number: str
    ordered_on: date | None
    currency: str
    billable_minor: int
    settled_minor: int
    reason: str = ""


@dataclass(frozen=True, slots=True)
class CurrencyTotals:
    currency: str
    agreed_minor: int
    disputed_ours_minor: int
    disputed_theirs_minor: int
    missing_theirs_minor: int
    missing_ours_minor: int


@dataclass(frozen=True, slots=True)
class ReconciliationData:
    partner_code: str
    partner_name: str  # in English, as the ledger keeps it (French and Japanese from CLDR)
    home_nation: str
    agreement_reference: str
    banner: Rendering | str
    generated_on: date
    statement_name: str
    chain_head: str
    agreed_count: int
    totals: tuple[CurrencyTotals, ...] = ()
    differences: tuple[Difference, ...] = ()
    missing: tuple[MissingOrder, ...] = ()
    period_from: date | None = None
    period_to: date | None = None
    out_of_scope_rows: int = 0
    reference: str = ""  # the saved reconciliation's reference, when there is one
    home_signature: SignatureBlock = field(default_factory=SignatureBlock)
    partner_signature: SignatureBlock = field(default_factory=SignatureBlock)
    home_code: str = ""  # ISO alpha-3 of the home nation ("": its name printed as it is)

    @property
    def nations(self) -> blocks.Nations:
        return blocks.Nations(self.home_nation, self.home_code, self.partner_name,
                              self.partner_code)


def build_reconciliation(data: ReconciliationData, langs: str | Sequence[str] = ("en",), *,
                         invariant: bool = False) -> bytes:
    langs = L.normalize_langs(langs)
    ly.register_font()
    width = ly.frame_width(PAGE)
    title = L.label("recon_title", langs)
    partner = f"{data.nations.partner_in(langs)} ({data.partner_code})"
    reference = blocks.agreement_reference(data.agreement_reference, langs)
    decor = ly.PageDecor(
        banner=data.banner,
        running_title=f"{title} — {partner}",
        running_right=reference,
        generated=ly.generated_on(data.generated_on, langs),
        langs=langs,
    )
    story: list[Any] = []
    story += ly.title_block("recon_title", langs, subtitle=partner)
    story += _identification(data, langs, width)
    story += _summary(data, langs)
    story += _differences(data, langs)
    story += _missing(data, langs)
    story += blocks.signatures(data.nations, data.home_signature, data.partner_signature,
                               langs, width)
    return ly.build_pdf(story, pagesize=PAGE, decor=decor, title=f"{title}: {data.partner_name}",
                        subject=reference, invariant=invariant)


def _identification(data: ReconciliationData, langs: tuple[str, ...], width: float) -> list[Any]:
    if data.period_from or data.period_to:
        period = f"{ly.fmt_date(data.period_from)} – {ly.fmt_date(data.period_to)}"
    else:
        period = L.label("all", langs)
    pairs = [
        (L.label("agreement_reference", langs),
         blocks.agreement_reference(data.agreement_reference, langs)),
        (L.label("partner", langs), f"{data.nations.partner_in(langs)} ({data.partner_code})"),
        (L.label("home_nation", langs), data.nations.home_in(langs)),
        (L.label("period", langs), period),
        (L.label("recon_statement_file", langs), data.statement_name),
        (L.label("generated_on", langs), ly.fmt_date(data.generated_on)),
    ]
    return blocks.identification(pairs, data.chain_head, langs, width, label_mm=44)


def _summary(data: ReconciliationData, langs: tuple[str, ...]) -> list[Flowable]:
    lang = langs[0]
    rows = [[t.currency,
             ly.amount(t.agreed_minor, t.currency, lang),
             ly.amount(t.disputed_ours_minor, t.currency, lang),
             ly.amount(t.disputed_theirs_minor, t.currency, lang),
             ly.amount(t.missing_theirs_minor, t.currency, lang),
             ly.amount(t.missing_ours_minor, t.currency, lang)] for t in data.totals]
    st = ly.styles()
    items: list[Flowable] = ly.heading("recon_summary", langs)
    if rows:
        items.append(ly.simple_table(SUMMARY_COLUMNS, langs, rows))
    items.append(ly.paragraph(L.stacked("recon_agreed_count", langs, n=data.agreed_count),
                              st.small))
    if data.out_of_scope_rows:
        items.append(ly.paragraph(L.stacked("recon_out_of_scope", langs,
                                            n=data.out_of_scope_rows), st.small))
    return items


def _differences(data: ReconciliationData, langs: tuple[str, ...]) -> list[Flowable]:
    cols = DIFF_COLUMNS
    rows = [[
        ly.cell(d.our_number, cols[0].width),
        ly.cell(d.their_number, cols[1].width),
        d.currency,
        ly.choice_cell(tuple(L.stacked(FIELD_LABELS.get(d.field, d.field), langs)),
                       cols[3].width),
        ly.cell(_value(d.field, d.ours, langs), cols[4].width),
        ly.cell(_value(d.field, d.theirs, langs), cols[5].width),
        ly.cell(d.reason, cols[6].width),
    ] for d in data.differences]
    items: list[Flowable] = ly.heading("recon_differences", langs)
    if rows:
        items.append(ly.simple_table(cols, langs, rows))
    else:
        items.append(ly.paragraph(L.label("recon_none", langs), ly.styles().body))
    return items


def _value(field_name: str, value: str, langs: tuple[str, ...]) -> str:
    """Direction and our status words are printed in the document's languages."""
    if field_name == "direction" and value in ("provided", "received"):
        return L.label(value, langs)
    if field_name == "status" and f"status_{value}" in L.keys():
        return L.label(f"status_{value}", langs)
    if field_name in ("billable", "settled") and value:
        return ly.group_digits(value, langs[0])
    return value


def _missing(data: ReconciliationData, langs: tuple[str, ...]) -> list[Flowable]:
    if not data.missing:
        return []
    lang = langs[0]
    cols = MISSING_COLUMNS
    rows = [[
        ly.choice_cell(tuple(L.stacked(f"recon_{m.state}", langs)), cols[0].width),
        ly.cell(m.our_number, cols[1].width),
        ly.cell(m.their_number, cols[2].width),
        ly.fmt_date(m.ordered_on),
        m.currency,
        ly.amount(m.billable_minor, m.currency, lang),
        ly.amount(m.settled_minor, m.currency, lang),
        ly.cell(m.reason, cols[7].width),
    ] for m in data.missing]
    items: list[Flowable] = ly.heading("recon_missing", langs)
    items.append(ly.simple_table(cols, langs, rows))
    return items

