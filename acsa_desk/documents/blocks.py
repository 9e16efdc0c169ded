"""Blocks that the two-sided documents share (reconciliation statement, offset agreement).

Both sides' names in each language the document shows (the ledger's English name, the CLDR
name in French and Japanese: Japan, Japon, 日本), labels and headings filled with them, the
identification block with the audit chain head, and the two signature blocks side by side.
Kept apart from ``layout`` (the page machinery), which these only call.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from acsa_desk.core.domain import country_name_in
from acsa_desk.documents import labels as L
from acsa_desk.documents import layout as ly
from acsa_desk.documents.data import SignatureBlock

L.register({
    # the two sides' numbers for one order (reconciliation, offsets)
    "our_number": ("Our no.", "自国番号", "Notre n°"),
    "their_number": ("Their no.", "相手国番号", "Leur n°"),
    # what documents_data.NO_AGREEMENT says, in each language
    "no_agreement": ("(no agreement recorded)", "（協定の記録なし）", "(aucun accord enregistré)"),
})


def agreement_reference(reference: str, langs: Sequence[str]) -> str:
    """The agreement's reference; "(no agreement recorded)" in the document's languages."""
    return L.label("no_agreement", langs) if reference == L.text("no_agreement", "en") \
        else reference


@dataclass(frozen=True, slots=True)
class Nations:
    """The two sides of a document: English names as the ledger keeps them, ISO alpha-3 codes."""

    home_name: str
    home_code: str
    partner_name: str
    partner_code: str

    def home(self, lang: str) -> str:
        return _name(self.home_name, self.home_code, lang)

    def partner(self, lang: str) -> str:
        return _name(self.partner_name, self.partner_code, lang)

    def home_in(self, langs: Sequence[str]) -> str:
        return L.join(self.home(lang) for lang in langs)

    def partner_in(self, langs: Sequence[str]) -> str:
        """"Japan / 日本"; with the code: "Japan / 日本 (JPN)" is for the caller to add."""
        return L.join(self.partner(lang) for lang in langs)


def _name(english: str, code: str, lang: str) -> str:
    if lang == "en" or not code:
        return english
    return country_name_in(code, lang)


def text(key: str, lang: str, nations: Nations, **fields: object) -> str:
    """One label in one language, ``{home}`` and ``{partner}`` named in that language."""
    return L.text(key, lang, home=nations.home(lang), partner=nations.partner(lang), **fields)


def label(key: str, langs: Sequence[str], nations: Nations, **fields: object) -> str:
    return L.join(text(key, lang, nations, **fields) for lang in langs)


def heading(key: str, langs: Sequence[str], nations: Nations) -> list[Flowable]:
    """A section heading naming the sides, never alone at the foot of a page."""
    return [CondPageBreak(30 * mm), ly.paragraph(label(key, langs, nations),
                                                    ly.styles().heading)]


def identification(pairs: Sequence[tuple[str, str]], chain_head: str, langs: Sequence[str],
                   width: float, *, label_mm: float) -> list[Any]:
    """The identification block, and under it the audit anchor when the ledger has one."""
    items: list[Any] = [ly.field_table(pairs, width, label_mm=label_mm)]
    if chain_head:
        items.append(ly.field_table([(L.label("chain_head", langs), chain_head)], width,
                                    columns=1, label_mm=label_mm))
    return items


def signatures(nations: Nations, home: SignatureBlock, partner: SignatureBlock,
               langs: Sequence[str], width: float) -> list[Flowable]:
    """Both sides' signature blocks side by side, kept together with their heading."""
    half = (width - 8 * mm) / 2
    blocks = [
        ly.signature_block(L.join(L.text("for_nation", lang, nation=name(lang)) for lang in langs),
                           block, langs, half)
        for name, block in ((nations.home, home), (nations.partner, partner))
    ]
    head = ly.heading("signatures", langs)
    return [head[0], ly.keep(head[1], ly.side_by_side(blocks[0], blocks[1], width))]
