"""The agreement as configuration: terms in force per order, designated officials."""

from datetime import date

import pytest

from acsa_desk.core.errors import RuleViolation
from acsa_desk.db.models import AuditEntry
from acsa_desk.services import agreements, orders
from tests.conftest import ADMIN, admin_in, both_officials
from tests.services.readiness_helpers import agreement, build


def test_set_keeps_what_is_not_given_and_audits_each_change(ledger):
    with ledger.session() as s:
        agreement(s, title="Agreement between Canada and Japan", signed_on=date(2018, 4, 21),
                  in_force_from=date(2019, 7, 1), notified_on=date(2018, 5, 1),
                  categories=("fuel", "water"), currencies=("CAD", "JPY"), claim_days=45)
    with ledger.session() as s:
        a = agreements.set_agreement(session=s, partner_code="JPN", reference_text="CAN-JPN ACSA",
                                     actor=admin_in(s), settlement_months=6,
                                     effective_from=date(2025, 1, 1))
        assert (a.title, a.signed_on, a.in_force_from, a.claim_days, a.settlement_months) == (
            "Agreement between Canada and Japan", date(2018, 4, 21), date(2019, 7, 1), 45, 6)
        assert agreements.currencies_of(a) == ("CAD", "JPY")
        assert agreements.elements_of(a) == agreements.DEFAULT_ELEMENTS
        history = agreements.terms_history(session=s, partner_code="JPN")
        assert [(t.effective_from, t.settlement_months) for t in history] == [
            (date(2018, 1, 1), 12), (date(2025, 1, 1), 6)]
        logged = s.query(AuditEntry).filter(AuditEntry.entity == "agreement").count()
        assert logged == 2
        old = agreements.terms_for(session=s, partner_code="JPN", ordered_on=date(2024, 12, 31))
        new = agreements.terms_for(session=s, partner_code="JPN", ordered_on=date(2025, 1, 1))
        assert (old.settlement_months, old.claim_days) == (12, 45)
        assert (new.settlement_months, new.reference) == (6, "CAN-JPN ACSA")
        unknown = agreements.terms_for(session=s, partner_code="USA", ordered_on=date(2025, 1, 1))
        assert unknown == agreements.DEFAULT_TERMS


@pytest.mark.parametrize(("changes", "message"), [
    ({"settlement_months": 0}, "1 to 60 months"),
    ({"claim_days": 0}, "1 to 365"),
    ({"categories": ("fuel", "beer")}, "'beer' is not one of the 16"),
    ({"currencies": ("CAD", "XXY")}, "XXY"),
    ({"required_elements": ("order_number", "colour")}, "'colour' is not a data element"),
    ({"in_force_from": date(2020, 1, 1), "in_force_until": date(2019, 1, 1)}, "cannot end"),
])
def test_refused_settings_leave_the_agreement_as_it_was(ledger, changes, message):
    with ledger.session() as s:
        agreement(s, claim_days=20)
    with pytest.raises(RuleViolation, match=message), ledger.session() as s:
        agreement(s, **changes)
    with ledger.reader() as s:
        (a,) = agreements.list_agreements(session=s)
        assert (a.claim_days, a.settlement_months, a.categories, a.in_force_until) == (
            20, 12, "", None)


def test_designated_officials_sign_within_their_limit_and_dates(ledger, exercise_id):
    with ledger.session() as s:
        agreement(s)
        agreements.add_official(session=s, actor=admin_in(s), data=agreements.OfficialInput(
            partner_code="JPN", name="Anne Tremblay", rank="Cdr", limit_minor=10_000_000,
            limit_currency="CAD", valid_from=date(2025, 1, 1), valid_until=date(2025, 6, 30),
            login="officer"))
        agreements.add_official(session=s, actor=admin_in(s), data=agreements.OfficialInput(
            partner_code="JPN", name="Marc Roy", rank="LCdr", limit_minor=5_000_000,
            limit_currency="CAD", valid_from=date(2025, 6, 1), delegated_by="Anne Tremblay",
            login="officer2"))
    big = build(ledger, exercise_id, "S-1", "requested")  # CAD 98,440.00
    with ledger.session() as s:
        def sign(ours, on=date(2025, 6, 3), actor="officer"):
            officials = both_officials()
            officials["issuing_official"] = orders.Official(ours)  # we provide: we issue
            orders.sign(session=s, order_id=big, signed_on=on, actor=actor, **officials)

        with pytest.raises(RuleViolation, match=r"above Marc Roy's authority limit of 50000\.00"):
            sign("Marc Roy", actor="officer2")
        # the designation is the user's: another officer cannot sign in Marc Roy's name
        with pytest.raises(RuleViolation, match="Marc Roy signs in as officer2 to sign, not officer"):
            sign("Marc Roy")
        with pytest.raises(RuleViolation, match="not a designated official"):
            sign("Someone Else")
        with pytest.raises(RuleViolation, match="not in force on 2025-07-01"):
            sign("Anne Tremblay", date(2025, 7, 1))
        assert orders.get_order(session=s, order_id=big).status == "requested"
        sign("anne tremblay")
        assert orders.get_order(session=s, order_id=big).status == "signed"
    jpy = build(ledger, exercise_id, "S-2", "requested", currency="JPY")
    with ledger.session() as s, pytest.raises(RuleViolation, match="no authority limit in JPY"):
        orders.sign(session=s, order_id=jpy, signed_on=date(2025, 6, 3), actor="officer",
                    **both_officials())


@pytest.mark.parametrize(("login", "message"), [
    (None, "say which registered user Anne Tremblay signs in as"),
    ("nobody", "no registered user 'nobody'"),
    ("clerk", "clerk is a clerk: only an officer signs orders"),
    ("named", "named is registered as 'Marc Roy', not 'Anne Tremblay'"),
])
def test_a_designation_links_a_registered_officer_of_that_name(ledger, login, message):
    from acsa_desk.db.models import AppUser

    with ledger.session() as s:
        agreement(s)
        s.add(AppUser(login="named", display_name="Marc Roy", role="officer"))
    with pytest.raises(RuleViolation, match=message), ledger.session() as s:
        agreements.add_official(session=s, actor=admin_in(s), data=agreements.OfficialInput(
            partner_code="JPN", name="Anne Tremblay", limit_minor=100, limit_currency="CAD",
            valid_from=date(2025, 1, 1), login=login))
    with ledger.session() as s:
        assert agreements.officials(session=s) == []
        official = agreements.add_official(session=s, actor=admin_in(s), data=agreements.OfficialInput(
            partner_code="JPN", name="marc  roy", limit_minor=100, limit_currency="CAD",
            valid_from=date(2025, 1, 1), login=" Named "))
        assert official.login == "named"


def test_no_designated_officials_means_no_limit(ledger, exercise_id):
    with ledger.session() as s:
        agreement(s)
    build(ledger, exercise_id, "S-3", "signed")


@pytest.mark.parametrize("who", ["clerk", "officer"])
def test_only_an_admin_changes_the_agreements_and_officials(ledger, who):
    with ledger.session(actor=ADMIN) as s:
        agreement(s, claim_days=20)
        official = agreements.add_official(session=s, actor=admin_in(s),
                                           data=agreements.OfficialInput(
            partner_code="JPN", name="Anne Tremblay", limit_minor=100, limit_currency="CAD",
            valid_from=date(2025, 1, 1), login="officer"))
        official_id = official.id
    before = _agreements_state(ledger)
    attempts = (
        lambda s: agreements.set_agreement(session=s, partner_code="JPN", reference_text="X",
                                           actor=who, claim_days=5),
        lambda s: agreements.add_official(session=s, actor=who, data=agreements.OfficialInput(
            partner_code="JPN", name="Marc Roy", limit_minor=100, limit_currency="CAD",
            valid_from=date(2025, 1, 1), login="officer2")),
        lambda s: agreements.end_official(session=s, actor=who, official_id=official_id,
                                          valid_until=date(2025, 6, 30)),
    )
    for attempt in attempts:
        with pytest.raises(RuleViolation) as refused, ledger.session(actor=who) as s:
            attempt(s)
        assert str(refused.value) == agreements.REFUSAL  # one line, translated in the window
        assert _agreements_state(ledger) == before
    with ledger.session(actor=ADMIN) as s:  # the admin may
        agreements.end_official(session=s, actor=ADMIN, official_id=official_id,
                                valid_until=date(2025, 6, 30))
        agreements.set_agreement(session=s, partner_code="JPN", reference_text="X",
                                 actor=ADMIN, claim_days=5)
    with ledger.reader() as s:
        (a,) = agreements.list_agreements(session=s)
        (o,) = agreements.officials(session=s)
        assert (a.reference, a.claim_days, o.valid_until) == ("X", 5, date(2025, 6, 30))


def _agreements_state(ledger):
    with ledger.reader() as s:
        return ([(a.reference, a.claim_days) for a in agreements.list_agreements(session=s)],
                [(o.name, o.valid_until) for o in agreements.officials(session=s)],
                len(agreements.terms_history(session=s, partner_code="JPN")),
                s.query(AuditEntry).count())
