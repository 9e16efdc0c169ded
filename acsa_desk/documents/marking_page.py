"""The handling marking on every page of every document, by its scheme's rules.

A document's data carries ``banner``: a :class:`acsa_desk.core.marking.Rendering` (what
``services.marking.rendering`` returns for the highest marking of the document's contents) or,
from older callers, a plain string (printed centred in black, top and bottom).

- Centred markings (UNCLASSIFIED, CONFIDENTIAL, SECRET, US CUI, Japan's terms): a band of the
  level's colour with the banner text, centred at the top and the bottom of every page.
- Canadian PROTECTED: the band at the top right of every page, nothing at the bottom.
- The originator notice ("Contains foreign government information: JPN") in the footer of
  every page; a US CUI designation block at the top of the first page only
  (:func:`first_page_flowables`, added by ``layout.build_pdf``).

The notice and the block's labels are in the document's languages (its own labels below,
registered with ``documents.labels``); the marking itself (the banner: a scheme's official
terms, REL TO and trigraphs) prints as the scheme defines it. The CUI block keeps the US
labels of 32 CFR 2002 ("Controlled by", ...) beside the document's own words when English is
not one of its languages.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from acsa_desk.core.marking import Placement, Rendering
from acsa_desk.documents import labels as L

L.register({
    "foreign_info": ("Contains foreign government information: {codes}",
                     "外国政府情報を含む: {codes}",
                     "Contient des renseignements de gouvernements étrangers : {codes}"),
    "cui_controlled_by": ("Controlled by", "管理者", "Contrôlé par"),
    "cui_category": ("CUI Category", "CUI区分", "Catégorie CUI"),
    "cui_dissemination": ("Distribution/Dissemination Control", "配布・伝達管理",
                          "Contrôle de diffusion"),
    "cui_poc": ("POC", "連絡先", "Point de contact"),
})
_CUI_KEYS = ("cui_controlled_by", "cui_category", "cui_dissemination", "cui_poc")


def notice_text(banner: Rendering, langs: tuple[str, ...] = ("en",)) -> str:
    """The originator notice in the document's languages ("" for none)."""
    if not banner.originators:
        return banner.notice
    codes = ", ".join(banner.originators)
    return L.join(L.text("foreign_info", lang, codes=codes) for lang in langs)


def designation_lines(banner: Rendering, langs: tuple[str, ...] = ("en",)) -> tuple[str, ...]:
    """The CUI designation block's lines, labelled in the document's languages (the US
    labels first when English is not among them)."""
    if not banner.designation_values:
        return banner.designation
    shown = langs if "en" in langs else ("en", *langs)
    return tuple(f"{L.label(key, shown)}: {value}"
                 for key, value in zip(_CUI_KEYS, banner.designation_values, strict=True))

BANNER_SIZE = 10.5
NOTICE_SIZE = 6.5
_PAD = 2.0 * mm


def _colour(hex_colour: str) -> colors.Color:
    return colors.HexColor(hex_colour)


def _band(canv: rl_canvas.Canvas, font: str, size: float, text: str, *, x: float, baseline: float,
          align: str, fill: str, ink: str) -> None:
    """A filled band behind ``text``; ``x`` is its centre (align 'centre') or right edge."""
    width = canv.stringWidth(text, font, size)
    box_w, box_h = width + 2 * _PAD, size * 1.25
    left = x - box_w / 2 if align == "centre" else x - box_w
    canv.setFillColor(_colour(fill))
    canv.rect(left, baseline - size * 0.3, box_w, box_h, stroke=0, fill=1)
    canv.setFillColor(_colour(ink))
    canv.setFont(font, size)
    if align == "centre":
        canv.drawCentredString(x, baseline, text)
    else:
        canv.drawRightString(x - _PAD, baseline, text)


def fit(canv: rl_canvas.Canvas, font: str, text: str, size: float, width: float) -> float:
    needed = canv.stringWidth(text, font, size)
    return size if needed <= width else max(4.0, size * width / needed)


def draw_marking(canv: rl_canvas.Canvas, banner: Rendering | str, *, font: str, margin: float,
                 top: float, bottom: float, langs: tuple[str, ...] = ("en",)) -> None:
    """Draws the marking of one page (``top``/``bottom``: the banners' baselines)."""
    width, _height = canv._pagesize
    usable = width - 2 * margin - 2 * _PAD
    canv.saveState()
    if isinstance(banner, str):  # a caller that still passes text: centred, black
        canv.setFillColor(colors.black)
        size = fit(canv, font, banner, BANNER_SIZE, usable)
        canv.setFont(font, size)
        canv.drawCentredString(width / 2, top, banner)
        canv.drawCentredString(width / 2, bottom, banner)
        canv.restoreState()
        return
    size = fit(canv, font, banner.banner, BANNER_SIZE, usable)
    if banner.placement is Placement.TOP_RIGHT:
        _band(canv, font, size, banner.banner, x=width - margin, baseline=top, align="right",
              fill=banner.colour, ink=banner.ink)
    else:
        for baseline in (top, bottom):
            _band(canv, font, size, banner.banner, x=width / 2, baseline=baseline, align="centre",
                  fill=banner.colour, ink=banner.ink)
    notice = notice_text(banner, langs)
    if notice:
        canv.setFillColor(colors.black)
        notice_size = fit(canv, font, notice, NOTICE_SIZE, usable * 0.5)
        canv.setFont(font, notice_size)
        canv.drawCentredString(width / 2, bottom + 4.6 * mm, notice)
    canv.restoreState()


def first_page_flowables(banner: Rendering | str, *, font: str, frame_width: float,
                         langs: tuple[str, ...] = ("en",)) -> list[Flowable]:
    """The CUI designation block, right-aligned at the top of the first page ([] for none)."""
    if isinstance(banner, str) or not banner.designation:
        return []
    rows: list[list[Any]] = [[line] for line in designation_lines(banner, langs)]
    table = Table(rows, colWidths=[min(95 * mm, frame_width)], hAlign="RIGHT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), font, 7),
        ("BOX", (0, 0), (-1, -1), 0.8, _colour(banner.colour)),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ]))
    return [table, Spacer(1, 3 * mm)]
