"""Handling markings: schemes, levels, releasability, originators, caveats, and how each prints.

A marking is data (:class:`Marking`), never a free string: a level drawn from a scheme
(Canada, United States, Japan as configured), the countries it may be released to
(``REL TO CAN, JPN``, ISO 3166-1 alpha-3), the countries whose information it contains
("contains foreign government information: JPN"), caveats, and for US CUI the designation
block. :func:`highest` combines the markings of a document's contents (a document carries the
highest of what it contains, never lower); :func:`render` turns a marking into what a page or
a screen shows, by its scheme's rules:

- Canada: PROTECTED A/B/C at the top right of every page (no bottom line); UNCLASSIFIED,
  CONFIDENTIAL and SECRET centred at the top and bottom of every page.
- United States: CUI is "CUI" alone in the top and bottom banner, with a designation block
  (controlled by, category, dissemination, POC) on the first page only; other levels centred
  top and bottom with their dissemination controls (``SECRET//REL TO USA, JPN``).
- Japan (or any configured scheme): centred top and bottom, the partner's own terms.

Colours follow the level's class: green unclassified, purple CUI and PROTECTED, blue
confidential, red secret, orange top secret. Qt-free and database-free: the window, the PDFs,
the command line and the exports all call these functions.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from acsa_desk.core.errors import RuleViolation


class LevelClass(StrEnum):
    """What a scheme's level amounts to: decides its colour and where it prints."""

    UNCLASSIFIED = "unclassified"
    CUI = "cui"  # US Controlled Unclassified Information
    PROTECTED = "protected"  # Canadian PROTECTED A/B/C
    CONFIDENTIAL = "confidential"
    SECRET = "secret"
    TOP_SECRET = "top_secret"


#: Background colour per class (text colour is chosen for contrast).
CLASS_COLOURS: Mapping[LevelClass, str] = {
    LevelClass.UNCLASSIFIED: "#007a33",  # green
    LevelClass.CUI: "#502b85",  # purple
    LevelClass.PROTECTED: "#502b85",  # purple: controlled, not classified
    LevelClass.CONFIDENTIAL: "#0033a0",  # blue
    LevelClass.SECRET: "#c8102e",  # red
    LevelClass.TOP_SECRET: "#ff8c00",  # orange
}


class Placement(StrEnum):
    CENTRED = "centred"  # centred at the top and the bottom of every page / screen
    TOP_RIGHT = "top_right"  # at the top right of every page only


@dataclass(frozen=True, slots=True)
class Level:
    term: str  # as printed, e.g. "PROTECTED B", "CUI", "秘"
    cls: LevelClass


@dataclass(frozen=True, slots=True)
class Scheme:
    code: str  # "ca", "us", "jp"
    name: str
    home: str  # ISO 3166-1 alpha-3 of the scheme's nation: first in REL TO
    levels: tuple[Level, ...]  # lowest first

    def level(self, term: str) -> Level:
        wanted = " ".join(term.split()).casefold()
        for level in self.levels:
            if level.term.casefold() == wanted:
                return level
        known = ", ".join(level.term for level in self.levels)
        raise RuleViolation("level", f"'{term}' is not a level of the {self.name} scheme "
                                     f"({self.code}); its levels are {known}")

    def rank(self, term: str) -> int:
        return self.levels.index(self.level(term))


CANADA = Scheme("ca", "Canada", "CAN", (
    Level("UNCLASSIFIED", LevelClass.UNCLASSIFIED),
    Level("PROTECTED A", LevelClass.PROTECTED),
    Level("PROTECTED B", LevelClass.PROTECTED),
    Level("PROTECTED C", LevelClass.PROTECTED),
    Level("CONFIDENTIAL", LevelClass.CONFIDENTIAL),
    Level("SECRET", LevelClass.SECRET),
    Level("TOP SECRET", LevelClass.TOP_SECRET),
))
UNITED_STATES = Scheme("us", "United States", "USA", (
    Level("UNCLASSIFIED", LevelClass.UNCLASSIFIED),
    Level("CUI", LevelClass.CUI),
    Level("CONFIDENTIAL", LevelClass.CONFIDENTIAL),
    Level("SECRET", LevelClass.SECRET),
    Level("TOP SECRET", LevelClass.TOP_SECRET),
))
#: Japan's terms as shipped; a ledger may configure its own (:func:`custom_scheme`).
JAPAN = Scheme("jp", "Japan", "JPN", (
    Level("UNCLASSIFIED", LevelClass.UNCLASSIFIED),
    Level("取扱注意", LevelClass.PROTECTED),
    Level("秘", LevelClass.CONFIDENTIAL),
    Level("極秘", LevelClass.SECRET),
    Level("機密", LevelClass.TOP_SECRET),
))
BUILTIN_SCHEMES: Mapping[str, Scheme] = {s.code: s for s in (CANADA, UNITED_STATES, JAPAN)}

_ALPHA3 = re.compile(r"[A-Z]{3}")
_SCHEME_CODE = re.compile(r"[a-z]{2,8}")
MAX_TEXT = 80  # a caveat, a designation field


def custom_scheme(code: str, name: str, home: str, levels: Sequence[tuple[str, str]]) -> Scheme:
    """A scheme configured by a ledger: ``levels`` lowest first as (term, class) pairs."""
    if not _SCHEME_CODE.fullmatch(code):
        raise RuleViolation("scheme", f"'{code}' is not a scheme code (2 to 8 lower-case letters)")
    _country("home", home)
    if not levels:
        raise RuleViolation("levels", "a scheme needs at least one level")
    built: list[Level] = []
    for term, cls in levels:
        term = " ".join(term.split())
        if not term or len(term) > 40 or "/" in term:
            raise RuleViolation("levels", f"'{term}' is not a level term (1 to 40 characters, no /)")
        try:
            built.append(Level(term, LevelClass(cls)))
        except ValueError:
            names = ", ".join(c.value for c in LevelClass)
            raise RuleViolation("levels", f"'{cls}' is not a level class ({names})") from None
    if len({level.term.casefold() for level in built}) != len(built):
        raise RuleViolation("levels", "a scheme's level terms must differ")
    return Scheme(code, " ".join(name.split()) or code.upper(), home, tuple(built))


@dataclass(frozen=True, slots=True)
class Designation:
    """The US CUI designation indicator, printed on the first page."""

    controlled_by: str = ""
    category: str = ""
    dissemination: str = ""
    poc: str = ""


@dataclass(frozen=True, slots=True)
class Marking:
    scheme: str
    level: str
    rel_to: tuple[str, ...] = ()  # ISO 3166-1 alpha-3, the scheme's home first
    originators: tuple[str, ...] = ()  # foreign governments whose information it contains
    caveats: tuple[str, ...] = ()
    designation: Designation = field(default_factory=Designation)

    def to_json(self) -> dict[str, Any]:
        return {
            "scheme": self.scheme,
            "level": self.level,
            "rel_to": list(self.rel_to),
            "originators": list(self.originators),
            "caveats": list(self.caveats),
            "designation": {
                "controlled_by": self.designation.controlled_by,
                "category": self.designation.category,
                "dissemination": self.designation.dissemination,
                "poc": self.designation.poc,
            },
        }

    def dumps(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, separators=(",", ":"))


DEFAULT_MARKING = Marking("ca", "UNCLASSIFIED")


def _country(rule: str, code: str) -> str:
    code = code.strip().upper()
    if not _ALPHA3.fullmatch(code):
        raise RuleViolation(rule, f"'{code}' is not an ISO 3166-1 alpha-3 country code (e.g. JPN)")
    from acsa_desk.core.domain import country_name

    if country_name(code) is None:
        raise RuleViolation(rule, f"'{code}' is not an ISO 3166-1 alpha-3 country code (e.g. JPN)")
    return code


def _text(rule: str, value: str) -> str:
    value = " ".join(value.split())
    if len(value) > MAX_TEXT:
        raise RuleViolation(rule, f"'{value[:20]}...' is longer than {MAX_TEXT} characters")
    if "//" in value:
        raise RuleViolation(rule, f"'{value}': '//' separates a marking's parts and cannot be in one")
    return value


def ordered_countries(codes: Iterable[str], home: str) -> tuple[str, ...]:
    """Releasability order: the scheme's own nation first, then alphabetical; no repeats."""
    unique = sorted(set(codes))
    return tuple(([home] if home in unique else []) + [c for c in unique if c != home])


def make_marking(
    scheme: Scheme,
    level: str,
    *,
    rel_to: Iterable[str] = (),
    originators: Iterable[str] = (),
    caveats: Iterable[str] = (),
    designation: Designation | None = None,
) -> Marking:
    """A checked marking: the level's term as the scheme spells it, countries in order."""
    term = scheme.level(level).term
    rel = ordered_countries((_country("rel_to", c) for c in rel_to), scheme.home)
    orig = tuple(sorted({_country("originator", c) for c in originators}))
    cav = tuple(dict.fromkeys(c for c in (_text("caveat", c) for c in caveats) if c))
    d = designation or Designation()
    d = Designation(*(_text(name, getattr(d, name))
                      for name in ("controlled_by", "category", "dissemination", "poc")))
    return Marking(scheme.code, term, rel, orig, cav, d)


def marking_from_json(data: Mapping[str, Any], schemes: Mapping[str, Scheme]) -> Marking:
    """A marking read back from its JSON (raises RuleViolation if it no longer checks)."""
    code = str(data.get("scheme", ""))
    if code not in schemes:
        raise RuleViolation("scheme", f"'{code}' is not a known marking scheme")
    designation = data.get("designation") or {}
    return make_marking(
        schemes[code],
        str(data.get("level", "")),
        rel_to=[str(c) for c in data.get("rel_to", ())],
        originators=[str(c) for c in data.get("originators", ())],
        caveats=[str(c) for c in data.get("caveats", ())],
        designation=Designation(**{k: str(designation.get(k, "")) for k in
                                   ("controlled_by", "category", "dissemination", "poc")}),
    )


def highest(markings: Iterable[Marking], schemes: Mapping[str, Scheme]) -> Marking:
    """The marking of a whole made of parts: the highest level, and the most restrictive rest.

    Releasability is what every part may be released to (a part without REL TO makes the
    whole not releasable, unless it is UNCLASSIFIED); originators and caveats are all of the
    parts'; the designation block is the first part's that has one at the highest level. All
    parts must use one scheme.
    """
    parts = list(markings)
    if not parts:
        raise ValueError("highest() of no markings")
    codes = {m.scheme for m in parts}
    if len(codes) != 1:
        raise RuleViolation("scheme", "markings of different schemes cannot be combined: "
                                      + ", ".join(sorted(codes)))
    scheme = schemes[parts[0].scheme]
    top = max(parts, key=lambda m: scheme.rank(m.level))
    # an UNCLASSIFIED part without REL TO restricts nothing; any other part without it does
    restricting = [m for m in parts
                   if m.rel_to or scheme.level(m.level).cls is not LevelClass.UNCLASSIFIED]
    rel: set[str] = set(restricting[0].rel_to) if restricting else set()
    for m in restricting[1:]:
        rel &= set(m.rel_to)
    designation = next((m.designation for m in parts
                        if m.level == top.level and m.designation != Designation()), Designation())
    return Marking(
        scheme.code,
        top.level,
        ordered_countries(rel, scheme.home),
        tuple(sorted({c for m in parts for c in m.originators})),
        tuple(dict.fromkeys(c for m in parts for c in m.caveats)),
        designation,
    )


def at_least(marking: Marking, floor: Marking, schemes: Mapping[str, Scheme]) -> None:
    """Refuses a marking lower than ``floor`` (an exercise or order may be marked higher only)."""
    if marking.scheme != floor.scheme:
        raise RuleViolation("scheme", f"the ledger is marked in the {floor.scheme} scheme; "
                                      f"a part cannot be marked in {marking.scheme}")
    scheme = schemes[floor.scheme]
    if scheme.rank(marking.level) < scheme.rank(floor.level):
        raise RuleViolation("level", f"{marking.level} is lower than the ledger's "
                                     f"{floor.level}: a part may only be marked higher")


# --------------------------------------------------------------------------- rendering


@dataclass(frozen=True, slots=True)
class Rendering:
    """What a page or a screen shows for a marking."""

    banner: str  # the top (and, when centred, bottom) line
    placement: Placement
    colour: str  # background, #rrggbb
    ink: str  # text on the colour, #rrggbb
    notice: str  # a second line on every page ("" for none), e.g. the originators
    designation: tuple[str, ...]  # lines of the first page's designation block ("" for none)
    cls: LevelClass
    # the same in parts, for a page or a screen that words them in its own language:
    originators: tuple[str, ...] = ()  # the notice's countries (ISO 3166-1 alpha-3)
    designation_values: tuple[str, ...] = ()  # controlled by, category, dissemination, POC

    @property
    def bottom(self) -> bool:
        """Whether the marking is also shown at the bottom."""
        return self.placement is Placement.CENTRED


def contrasting(colour: str) -> str:
    r, g, b = (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return "#000000" if 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.5 else "#ffffff"


#: The US CUI designation indicator's labels as 32 CFR 2002 words them (a document in another
#: language prints its own words beside them: documents/labels.py, ``cui_*``).
DESIGNATION_LABELS = ("Controlled by", "CUI Category", "Distribution/Dissemination Control",
                      "POC")


def render(marking: Marking, schemes: Mapping[str, Scheme]) -> Rendering:
    scheme = schemes[marking.scheme]
    level = scheme.level(marking.level)
    rel = f"REL TO {', '.join(marking.rel_to)}" if marking.rel_to else ""
    notice = (f"Contains foreign government information: {', '.join(marking.originators)}"
              if marking.originators else "")
    colour = CLASS_COLOURS[level.cls]
    designation: tuple[str, ...] = ()
    values: tuple[str, ...] = ()
    if level.cls is LevelClass.CUI:
        banner = "CUI"  # alone: categories and controls go in the designation block
        d = marking.designation
        dissemination = "; ".join(x for x in (d.dissemination, rel, *marking.caveats) if x)
        values = (d.controlled_by or "-", d.category or "-", dissemination or "-", d.poc or "-")
        designation = tuple(f"{label}: {value}" for label, value in zip(DESIGNATION_LABELS, values,
                                                                        strict=True))
    else:
        banner = "//".join(x for x in (level.term, *marking.caveats, rel) if x)
    placement = (Placement.TOP_RIGHT if scheme.code == "ca" and level.cls is LevelClass.PROTECTED
                 else Placement.CENTRED)
    return Rendering(banner, placement, colour, contrasting(colour), notice, designation, level.cls,
                     tuple(marking.originators), values)


def describe(marking: Marking, schemes: Mapping[str, Scheme]) -> str:
    """One line for a message, a sidecar or the audit log: 'PROTECTED B//REL TO CAN, JPN'."""
    r = render(marking, schemes)
    return r.banner + (f" ({r.notice})" if r.notice else "")


def legacy_marking(text: str, schemes: Mapping[str, Scheme]) -> Marking:
    """The marking a ledger's old free-text banner stood for (unknown text: UNCLASSIFIED)."""
    words = " ".join(text.split()).upper()
    head, *rest = words.split("//") if words else [""]
    for code in ("ca", "us"):
        scheme = schemes[code]
        for level in sorted(scheme.levels, key=lambda lv: -len(lv.term)):
            if head == level.term.upper():
                rel: list[str] = []
                for part in rest:
                    if part.startswith("REL TO "):
                        rel = [c.strip() for c in part[7:].split(",") if _ALPHA3.fullmatch(c.strip())]
                try:
                    return make_marking(scheme, level.term, rel_to=rel)
                except RuleViolation:
                    return make_marking(scheme, level.term)
    return DEFAULT_MARKING


def with_level(marking: Marking, level: str, schemes: Mapping[str, Scheme]) -> Marking:
    return replace(marking, level=schemes[marking.scheme].level(level).term)
