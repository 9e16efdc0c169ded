"""The marking model: schemes, checks, the highest-marking rule and each scheme's rendering."""

from __future__ import annotations

import pytest

from acsa_desk.core import marking as M
from acsa_desk.core.errors import RuleViolation

S = M.BUILTIN_SCHEMES


def ca(level: str, **kw: object) -> M.Marking:
    return M.make_marking(M.CANADA, level, **kw)  # type: ignore[arg-type]


def test_canadian_protected_b_rel_to_prints_top_right_in_purple():
    r = M.render(ca("protected b", rel_to=["JPN", "CAN"]), S)
    assert r.banner == "PROTECTED B//REL TO CAN, JPN"  # the scheme's own nation first
    assert r.placement is M.Placement.TOP_RIGHT and not r.bottom
    assert r.colour == "#502b85" and r.ink == "#ffffff"
    assert r.designation == ()


@pytest.mark.parametrize(("level", "colour"), [
    ("UNCLASSIFIED", "#007a33"), ("CONFIDENTIAL", "#0033a0"), ("SECRET", "#c8102e"),
    ("TOP SECRET", "#ff8c00"),
])
def test_canadian_unclassified_and_classified_are_centred_top_and_bottom(level, colour):
    r = M.render(ca(level), S)
    assert (r.banner, r.placement, r.colour, r.bottom) == (level, M.Placement.CENTRED, colour, True)


def test_us_cui_is_cui_alone_with_a_designation_block():
    marking = M.make_marking(
        M.UNITED_STATES, "cui", rel_to=["JPN", "USA"], caveats=["FED ONLY"],
        designation=M.Designation("DoD", "PRVCY", "FEDCON", "J4, 555-0100"))
    r = M.render(marking, S)
    assert r.banner == "CUI"
    assert r.colour == "#502b85" and r.placement is M.Placement.CENTRED
    assert r.designation == (
        "Controlled by: DoD", "CUI Category: PRVCY",
        "Distribution/Dissemination Control: FEDCON; REL TO USA, JPN; FED ONLY", "POC: J4, 555-0100")


def test_us_secret_carries_its_controls_in_the_banner():
    r = M.render(M.make_marking(M.UNITED_STATES, "SECRET", rel_to=["JPN", "CAN", "USA"]), S)
    assert r.banner == "SECRET//REL TO USA, CAN, JPN"
    assert r.colour == "#c8102e" and r.designation == ()


def test_originator_notice_and_caveats():
    r = M.render(ca("CONFIDENTIAL", originators=["JPN"], caveats=["CANADIAN EYES ONLY"]), S)
    assert r.banner == "CONFIDENTIAL//CANADIAN EYES ONLY"
    assert r.notice == "Contains foreign government information: JPN"


def test_japan_uses_its_own_terms_and_a_ledger_may_configure_them():
    r = M.render(M.make_marking(M.JAPAN, "秘", rel_to=["CAN", "JPN"]), S)
    assert r.banner == "秘//REL TO JPN, CAN" and r.colour == "#0033a0"
    configured = M.custom_scheme("jp", "Japan", "JPN", [("UNCLASSIFIED", "unclassified"),
                                                        ("注意", "protected"), ("秘", "secret")])
    assert M.render(M.make_marking(configured, "秘"), {"jp": configured}).colour == "#c8102e"
    with pytest.raises(RuleViolation, match="level class"):
        M.custom_scheme("jp", "Japan", "JPN", [("秘", "purple")])


@pytest.mark.parametrize(("call", "fragment"), [
    (lambda: ca("PROTECTED D"), "is not a level of the Canada scheme"),
    (lambda: ca("SECRET", rel_to=["JP"]), "'JP' is not an ISO 3166-1 alpha-3"),
    (lambda: ca("SECRET", rel_to=["XXX"]), "'XXX' is not an ISO 3166-1 alpha-3"),
    (lambda: ca("SECRET", originators=["ZZZ"]), "'ZZZ'"),
    (lambda: ca("SECRET", caveats=["A//B"]), "'//'"),
    (lambda: ca("SECRET", caveats=["x" * 81]), "longer than 80"),
])
def test_bad_markings_are_refused_naming_what_is_wrong(call, fragment):
    with pytest.raises(RuleViolation, match=fragment):
        call()


def test_highest_takes_the_top_level_and_the_most_restrictive_releasability():
    default = ca("PROTECTED A", rel_to=["CAN", "JPN", "USA"])
    order = ca("PROTECTED B", rel_to=["CAN", "JPN"], originators=["JPN"])
    exercise = ca("PROTECTED A", rel_to=["CAN", "JPN", "AUS"], caveats=["ACSA"])
    whole = M.highest([default, order, exercise], S)
    assert whole.level == "PROTECTED B"
    assert whole.rel_to == ("CAN", "JPN")
    assert whole.originators == ("JPN",) and whole.caveats == ("ACSA",)
    # a part that may not be released makes the whole not releasable
    assert M.highest([default, ca("SECRET")], S).rel_to == ()
    # ... unless it is UNCLASSIFIED, which restricts nothing
    assert M.highest([ca("UNCLASSIFIED"), order], S).rel_to == ("CAN", "JPN")
    assert M.highest([ca("UNCLASSIFIED"), ca("UNCLASSIFIED")], S).rel_to == ()
    # never lower than any part, whatever the order
    assert M.highest([order, default], S).level == "PROTECTED B"
    with pytest.raises(RuleViolation, match="different schemes"):
        M.highest([default, M.make_marking(M.UNITED_STATES, "CUI")], S)


def test_a_part_may_only_be_marked_higher():
    M.at_least(ca("SECRET"), ca("PROTECTED B"), S)
    M.at_least(ca("PROTECTED B"), ca("PROTECTED B"), S)
    with pytest.raises(RuleViolation, match="only be marked higher"):
        M.at_least(ca("PROTECTED A"), ca("PROTECTED B"), S)


def test_json_round_trip_and_legacy_banners():
    marking = M.make_marking(M.UNITED_STATES, "CUI", rel_to=["JPN"],
                             designation=M.Designation("DoD", "", "", ""))
    assert M.marking_from_json(marking.to_json(), S) == marking
    assert M.legacy_marking("PROTECTED A", S) == ca("PROTECTED A")
    assert M.legacy_marking("secret//rel to can, jpn", S) == ca("SECRET", rel_to=["CAN", "JPN"])
    assert M.legacy_marking("CUI", S).scheme == "us"
    assert M.legacy_marking("whatever", S) == M.DEFAULT_MARKING
