"""Every page of every document carries the marking by its scheme's rules, in its colour."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PIL import Image

from acsa_desk.core import marking as M
from acsa_desk.documents import build_annual_report_pdf, build_order_form, build_statement

MM = 72 / 25.4
S = M.BUILTIN_SCHEMES
PB = M.render(M.make_marking(M.CANADA, "PROTECTED B", rel_to=["CAN", "JPN"],
                             originators=["JPN"]), S)
SECRET = M.render(M.make_marking(M.CANADA, "SECRET", rel_to=["CAN", "JPN"]), S)
CUI = M.render(M.make_marking(M.UNITED_STATES, "CUI", designation=M.Designation(
    "DoD", "OPSEC", "FEDCON", "J4 Logistics")), S)


def _hex(rgb: tuple[int, ...]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb[:3])


def _near(found: str, wanted: str, tolerance: int = 40) -> bool:
    return all(abs(int(found[i:i + 2], 16) - int(wanted[i:i + 2], 16)) <= tolerance
               for i in (1, 3, 5))


def _image(png) -> Image.Image:
    with Image.open(png) as image:
        return image.convert("RGB")


def _band_colour(image, *, right: bool, top: bool, resolution: int) -> str:
    """The most common non-white colour in the band where the marking belongs."""
    scale = resolution / 72
    page_width = image.width / scale
    y0, y1 = (3 * MM, 9 * MM) if top else (image.height / scale - 8 * MM, image.height / scale - 3 * MM)
    x0, x1 = ((page_width - 60 * MM, page_width - 12 * MM) if right
              else (page_width / 2 - 15 * MM, page_width / 2 + 15 * MM))
    counts: dict[tuple[int, int, int], int] = {}
    for y in range(int(y0 * scale), int(y1 * scale)):
        for x in range(int(x0 * scale), int(x1 * scale)):
            rgb = image.getpixel((x, y))
            if rgb != (255, 255, 255):
                counts[rgb] = counts.get(rgb, 0) + 1
    return _hex(max(counts, key=counts.__getitem__)) if counts else "#ffffff"


def test_protected_b_is_at_the_top_right_of_every_page_in_purple_and_not_at_the_bottom(
        statement_data, pdf, tmp_path):
    data = replace(statement_data, banner=PB, orders=statement_data.orders * 20)
    built = build_statement(data, ("en", "ja"))
    pages = pdf.pages_text(built)
    assert len(pages) >= 3
    for index, text in enumerate(pages):
        assert text.count("PROTECTED B//REL TO CAN, JPN") == 1
        assert "Contains foreign government information: JPN" in text
        assert "Controlled by" not in text
        words = pdf.words(built, tmp_path, page=index + 1)
        protected = [(x0, x1) for word, x0, x1 in words if word == "PROTECTED"]
        height, positions = pdf.positions(built, index)
        [(x0, _x1)] = protected
        assert x0 > 297 * MM / 2  # right half of a landscape A4 page
        ys = [y for t, _, y in positions if t.startswith("PROTECTED B")]
        assert ys and min(ys) > height - 12 * MM  # the top, only
    pngs = pdf.render(built, tmp_path, resolution=60)
    for png in pngs:
        image = _image(png)
        assert _near(_band_colour(image, right=True, top=True, resolution=60), "#502b85")
        assert _band_colour(image, right=False, top=False, resolution=60) == "#ffffff"


@pytest.mark.parametrize(("rendering", "text", "colour"), [
    (SECRET, "SECRET//REL TO CAN, JPN", "#c8102e"),
    (M.render(M.make_marking(M.CANADA, "UNCLASSIFIED"), S), "UNCLASSIFIED", "#007a33"),
    (M.render(M.make_marking(M.CANADA, "CONFIDENTIAL"), S), "CONFIDENTIAL", "#0033a0"),
    (CUI, "CUI", "#502b85"),
    (M.render(M.make_marking(M.JAPAN, "秘"), S), "秘", "#0033a0"),
])
def test_centred_markings_top_and_bottom_of_every_page_in_their_colour(
        statement_data, pdf, tmp_path, rendering, text, colour):
    data = replace(statement_data, banner=rendering, orders=statement_data.orders * 20)
    built = build_statement(data, ("en",))
    pages = pdf.pages_text(built)
    assert len(pages) >= 3
    for index, _page_text in enumerate(pages):
        height, positions = pdf.positions(built, index)
        ys = sorted(y for t, _, y in positions if t == text)
        assert len(ys) == 2, (index, [t for t, _, _ in positions][:5])
        assert ys[0] < 10 * MM and ys[1] > height - 12 * MM
    for png in pdf.render(built, tmp_path, resolution=60):
        image = _image(png)
        for top in (True, False):
            assert _near(_band_colour(image, right=False, top=top, resolution=60), colour)


def test_cui_designation_block_is_on_the_first_page_only(statement_data, pdf, tmp_path):
    data = replace(statement_data, banner=CUI, orders=statement_data.orders * 20)
    pages = pdf.pages_text(build_statement(data, ("en",)))
    assert len(pages) >= 3
    first, *rest = pages
    for line in ("Controlled by: DoD", "CUI Category: OPSEC",
                 "Distribution/Dissemination Control: FEDCON", "POC: J4 Logistics"):
        assert line in first
        assert all(line not in page for page in rest)


@pytest.mark.parametrize("kind", ["order_form", "annual"])
def test_the_other_documents_follow_the_same_rules(kind, order_form_data, annual_data, pdf):
    if kind == "order_form":
        built = build_order_form(replace(order_form_data, banner=PB), ("en",))
    else:
        built = build_annual_report_pdf(replace(annual_data, banner=CUI), ("en",))
    pages = pdf.pages_text(built)
    for index, text in enumerate(pages):
        if kind == "order_form":
            assert text.count("PROTECTED B//REL TO CAN, JPN") == 1
            assert "Contains foreign government information: JPN" in text
        else:
            _height, positions = pdf.positions(built, index)
            assert len([t for t, _, _ in positions if t == "CUI"]) == 2
            assert ("Controlled by: DoD" in text) == (index == 0)
