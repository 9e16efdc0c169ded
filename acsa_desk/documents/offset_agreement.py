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

from reportlab.platypus import Flowable

from acsa_desk.core.marking import Rendering
from acsa_desk.documents import blocks
from acsa_desk.documents import labels as L
from acsa_desk.documents import layout as ly
from acsa_desk.documents.data import SignatureBlock

L.register({
    "offset_title": ("Offset agreement", "相殺合意書", "Entente de compensation"),
    "offset_amount": ("Amount offset", "相殺額", "Montant compensé"),
    "offset_receivable_total": ("{partner} owes {home} (settleable)",
                                "{partner}から{home}への債務（決済可能分）",
                                "Débiteur\u00a0: {partner}\u00a0; créancier\u00a0: {home} (réglable)"),
    "offset_payable_total": ("{home} owes {partner} (settleable)",
                             "{home}から{partner}への債務（決済可能分）",
                             "Débiteur\u00a0: {home}\u00a0; créancier\u00a0: {partner} (réglable)"),
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
    "offset_this": ("Offset", "相殺額", "Compensé"),
    "offset_none": ("Nothing to offset.", "相殺対象なし。", "Rien à compenser."),
})

PAGE = ly.PORTRAIT

LEG_COLUMNS = (
    ly.Column("our_number", 40),
    ly.Column("their_number", 36),
    ly.Column("ordered_on", 20),
    ly.Column("offset_deadline", 20),
    ly.Column("outstanding", 28, "RIGHT"),
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
    home_code: str = ""  # ISO alpha-3 of the home nation ("": its name printed as it is)

    @property
    def nations(self) -> blocks.Nations:
        return blocks.Nations(self.home_nation, self.home_code, self.partner_name,
                              self.partner_code)


def build_offset_agreement(data: OffsetAgreementData, langs: str | Sequence[str] = ("en",), *,
                           invariant: bool = False) -> bytes:
    langs = L.normalize_langs(langs)
    ly.register_font()
    width = ly.frame_width(PAGE)
    title = L.label("offset_title", langs)
    nations = data.nations
    partner = f"{nations.partner_in(langs)} ({data.partner_code})"
    reference = blocks.agreement_reference(data.agreement_reference, langs)
    decor = ly.PageDecor(
        banner=data.banner,
        running_title=f"{title} — {partner}, {data.currency}",
        running_right=reference,
        generated=ly.generated_on(data.generated_on, langs),
        langs=langs,
    )
    cur, lang = data.currency, langs[0]
    st = ly.styles()
    story: list[Any] = ly.title_block("offset_title", langs, subtitle=f"{partner} — {cur}")
    pairs = [
        (L.label("agreement_reference", langs),
         blocks.agreement_reference(data.agreement_reference, langs)),
        (L.label("partner", langs), partner),
        (blocks.label("offset_receivable_total", langs, nations),
         ly.money(data.receivable_minor, cur, lang)),
        (blocks.label("offset_payable_total", langs, nations),
         ly.money(data.payable_minor, cur, lang)),
        (L.label("offset_amount", langs), ly.money(data.amount_minor, cur, lang)),
        (L.label("generated_on", langs), ly.fmt_date(data.generated_on)),
    ]
    story += blocks.identification(pairs, data.chain_head, langs, width, label_mm=48)
    story.append(ly.space(3))
    story.append(ly.paragraph(L.stacked("offset_statement", langs, currency=cur), st.body))
    story += _legs("offset_we_are_owed", data.receivable, data, langs, nations)
    story += _legs("offset_we_owe", data.payable, data, langs, nations)
    story += blocks.signatures(nations, data.home_signature, data.partner_signature, langs,
                               width)
    return ly.build_pdf(story, pagesize=PAGE, decor=decor, title=f"{title}: {data.partner_name}",
                        subject=reference, invariant=invariant)


def _legs(key: str, legs: tuple[OffsetLeg, ...], data: OffsetAgreementData,
          langs: tuple[str, ...], nations: blocks.Nations) -> list[Flowable]:
    cols, lang, cur = LEG_COLUMNS, langs[0], data.currency
    rows = [[
        ly.cell(leg.order_number, cols[0].width),
        ly.cell(leg.partner_order_number, cols[1].width),
        ly.fmt_date(leg.ordered_on),
        ly.fmt_date(leg.deadline),
        ly.amount(leg.outstanding_minor, cur, lang),
        ly.amount(leg.amount_minor, cur, lang),
    ] for leg in legs]
    items: list[Flowable] = blocks.heading(key, langs, nations)
    if rows:
        items.append(ly.simple_table(cols, langs, rows))
    else:
        items.append(ly.paragraph(L.label("offset_none", langs), ly.styles().body))
    return items

