"""The offset agreement: what each side owes the other, netted in one currency, for both to sign.

A pure function from :class:`OffsetAgreementData` to PDF bytes: identification, the amount
offset and who owes whom before and after, the orders and amounts on each side (oldest unpaid
delivery first), and signature blocks for both sides.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from acsa_desk.core.marking import Rendering
from acsa_desk.documents import labels as L
from acsa_desk.documents import layout as ly
from acsa_desk.documents import reconciliation as _recon  # noqa: F401  (its column labels)
from acsa_desk.documents.data import SignatureBlock

L.register({
    "offset_title": ("Offset agreement", "相殺合意書", "Entente de compensation"),
    "offset_amount": ("Amount offset", "相殺額", "Montant compensé"),
    "offset_receivable_total": ("{partner} owes {home} (settleable)",
                                "{partner}から{home}への債務（決済可能分）",
                                "{partner} doit à {home} (réglable)"),
    "offset_payable_total": ("{home} owes {partner} (settleable)",
                             "{home}から{partner}への債務（決済可能分）",
                             "{home} doit à {partner} (réglable)"),
    "offset_we_are_owed": ("Orders {home} provided: settled by this offset",
                           "{home}が提供した要請：本相殺により決済",
                           "Commandes fournies par {home} : réglées par cette compensation"),
    "offset_we_owe": ("Orders {partner} provided: settled by this offset",
                      "{partner}が提供した要請：本相殺により決済",
                      "Commandes fournies par {partner} : réglées par cette compensation"),
    "offset_statement": (
        "Both sides agree that the amounts below are settled by offset, each order by the "
        "amount shown, in {currency}, on the date both have signed.",
        "両国は、下記の金額を{currency}建てで相殺により決済することに合意する。各要請の決済額は"
        "記載のとおりとし、決済日は両国の署名日とする。",
        "Les deux parties conviennent que les montants ci-dessous sont réglés par compensation, "
        "chaque commande pour le montant indiqué, en {currency}, à la date des deux signatures.",
    ),
    "offset_deadline": ("Deadline", "決済期限", "Échéance"),
    "offset_outstanding": ("Outstanding", "未決済額", "Solde dû"),
    "offset_this": ("Offset", "相殺額", "Compensé"),
    "offset_none": ("Nothing to offset.", "相殺対象なし。", "Rien à compenser."),
})

PAGE = ly.PORTRAIT

LEG_COLUMNS = (
    ly.Column("recon_our_number", 40),
    ly.Column("recon_their_number", 36),
    ly.Column("ordered_on", 20),
    ly.Column("offset_deadline", 20),
    ly.Column("offset_outstanding", 28, "RIGHT"),
    ly.Column("offset_this", 28, "RIGHT"),
)


@dataclass(frozen=True, slots=True)
class OffsetLeg:
    order_number: str
    partner_order_number: str
    ordered_on: date
    deadline: date | None
    outstanding_minor: int
    amount_minor: int


@dataclass(frozen=True, slots=True)
class OffsetAgreementData:
    partner_code: str
    partner_name: str
    home_nation: str
    agreement_reference: str
    banner: Rendering | str
    generated_on: date
    currency: str
    receivable_minor: int
    payable_minor: int
    amount_minor: int
    receivable: tuple[OffsetLeg, ...] = ()
    payable: tuple[OffsetLeg, ...] = ()
    chain_head: str = ""
    home_signature: SignatureBlock = field(default_factory=SignatureBlock)
    partner_signature: SignatureBlock = field(default_factory=SignatureBlock)


def build_offset_agreement(data: OffsetAgreementData, langs: str | Sequence[str] = ("en",), *,
                           invariant: bool = False) -> bytes:
    langs = L.normalize_langs(langs)
    ly.register_font()
    width = ly.frame_width(PAGE)
    title = L.label("offset_title", langs)
    names = {"home": data.home_nation, "partner": data.partner_name}
    decor = ly.PageDecor(
        banner=data.banner,
        running_title=f"{title} — {data.partner_name} ({data.partner_code}), {data.currency}",
        running_right=data.agreement_reference,
        generated=ly.generated_on(data.generated_on, langs),
        langs=langs,
    )
    cur, lang = data.currency, langs[0]
    st = ly.styles()
    story: list[Any] = ly.title_block("offset_title", langs,
                                      subtitle=f"{data.partner_name} ({data.partner_code}) — {cur}")
    pairs = [
        (L.label("agreement_reference", langs), data.agreement_reference),
        (L.label("partner", langs), f"{data.partner_name} ({data.partner_code})"),
        (L.label("offset_receivable_total", langs, **names), ly.money(data.receivable_minor, cur, lang)),
        (L.label("offset_payable_total", langs, **names), ly.money(data.payable_minor, cur, lang)),
        (L.label("offset_amount", langs), ly.money(data.amount_minor, cur, lang)),
        (L.label("generated_on", langs), ly.fmt_date(data.generated_on)),
    ]
    story.append(ly.field_table(pairs, width, label_mm=48))
    if data.chain_head:
        story.append(ly.field_table([(L.label("chain_head", langs), data.chain_head)], width,
                                    columns=1, label_mm=48))
    story.append(ly.space(3))
    story.append(ly.paragraph(L.stacked("offset_statement", langs, currency=cur), st.body))
    story += _legs("offset_we_are_owed", data.receivable, data, langs, names)
    story += _legs("offset_we_owe", data.payable, data, langs, names)
    story += _signatures(data, langs, width)
    return ly.build_pdf(story, pagesize=PAGE, decor=decor, title=f"{title}: {data.partner_name}",
                        subject=data.agreement_reference, invariant=invariant)


def _legs(key: str, legs: tuple[OffsetLeg, ...], data: OffsetAgreementData,
          langs: tuple[str, ...], names: dict[str, str]) -> list[Flowable]:
    cols, lang, cur = LEG_COLUMNS, langs[0], data.currency
    rows = [[
        ly.cell(leg.order_number, cols[0].width),
        ly.cell(leg.partner_order_number, cols[1].width),
        ly.fmt_date(leg.ordered_on),
        ly.fmt_date(leg.deadline),
        ly.amount(leg.outstanding_minor, cur, lang),
        ly.amount(leg.amount_minor, cur, lang),
    ] for leg in legs]
    items: list[Flowable] = ly.heading(key, langs, **names)
    if rows:
        items.append(ly.simple_table(cols, langs, rows))
    else:
        items.append(ly.paragraph(L.label("offset_none", langs), ly.styles().body))
    return items


def _signatures(data: OffsetAgreementData, langs: tuple[str, ...], width: float
                ) -> list[Flowable]:
    half = (width - 8 * mm) / 2
    home = ly.signature_block(L.label("for_nation", langs, nation=data.home_nation),
                              data.home_signature, langs, half)
    partner = ly.signature_block(L.label("for_nation", langs, nation=data.partner_name),
                                 data.partner_signature, langs, half)
    heading = ly.heading("signatures", langs)
    return [heading[0], ly.keep(heading[1], ly.side_by_side(home, partner, width))]
