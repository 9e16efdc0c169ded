"""The ledger's markings: kept, audited, and combined over what a document contains."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from acsa_desk.core import marking as M
from acsa_desk.core.errors import RuleViolation
from acsa_desk.db.models import AuditEntry, Order
from acsa_desk.services import documents_data, orders, reference
from acsa_desk.services import marking as svc
from tests.conftest import ACTOR, order_input

PB = M.make_marking(M.CANADA, "PROTECTED B", rel_to=["CAN", "JPN"])


def test_a_new_ledger_is_unclassified_and_an_old_banner_is_read_as_a_marking(ledger):
    with ledger.reader() as s:
        assert svc.get_marking(session=s) == M.DEFAULT_MARKING
    with ledger.session() as s:
        reference.set_preferences(session=s, preferences=reference.LedgerPreferences(
            banner="PROTECTED A"))
    with ledger.reader() as s:
        assert svc.get_marking(session=s) == M.make_marking(M.CANADA, "PROTECTED A")


def test_setting_the_marking_is_kept_audited_and_updates_the_banner(ledger):
    with ledger.session(actor="admin1") as s:
        svc.set_marking(session=s, marking=PB)
    with ledger.reader() as s:
        assert svc.get_marking(session=s) == PB
        assert reference.get_preferences(session=s).banner == "PROTECTED B//REL TO CAN, JPN"
        entries = s.scalars(select(AuditEntry).where(AuditEntry.entity == "ledger_setting",
                                                     AuditEntry.entity_id == "marking")).all()
        assert [e.actor for e in entries] == ["admin1"]
        assert json.loads(json.loads(entries[0].after_text)["value"])["level"] == "PROTECTED B"
        shown = svc.show(session=s)
        assert (shown["banner"], shown["placement"], shown["colour"]) == (
            "PROTECTED B//REL TO CAN, JPN", "top_right", "#502b85")


def _order(ledger, exercise_id, number, **changes):
    with ledger.session() as s:
        return orders.create_order(session=s, data=order_input(exercise_id, number, **changes),
                                   actor=ACTOR).id


def test_documents_carry_the_highest_marking_of_their_orders(ledger, exercise_id):
    with ledger.session() as s:
        other = reference.create_exercise(session=s, data=reference.ExerciseInput(
            name="NEON", place="East China Sea", partners=("JPN",))).id
    _order(ledger, exercise_id, "A-1")
    _order(ledger, exercise_id, "A-2", ordered_on=date(2025, 7, 1), required_on=None)
    _order(ledger, other, "B-1", ordered_on=date(2025, 8, 1), required_on=None)
    with ledger.session() as s:
        svc.set_marking(session=s, marking=M.make_marking(M.CANADA, "PROTECTED A",
                                                          rel_to=["CAN", "JPN", "USA"]))
        svc.set_part_marking(session=s, order="A-2", marking=PB)
        svc.set_part_marking(session=s, exercise="NEON", marking=M.make_marking(
            M.CANADA, "SECRET", rel_to=["CAN"], originators=["JPN"]))
        with pytest.raises(RuleViolation, match="only be marked higher"):
            svc.set_part_marking(session=s, order="A-1",
                                 marking=M.make_marking(M.CANADA, "UNCLASSIFIED"))
    with ledger.reader() as s:
        def level(**kw):
            return svc.marking_for(session=s, **kw)

        assert level(where=None).level == "PROTECTED A"  # the default alone
        assert level(where=[Order.number == "A-1"]).level == "PROTECTED A"
        both = level(where=[Order.number.in_(["A-1", "A-2"])])
        assert (both.level, both.rel_to) == ("PROTECTED B", ("CAN", "JPN"))
        every = level()
        assert (every.level, every.rel_to, every.originators) == ("SECRET", ("CAN",), ("JPN",))
        # the documents ask the same question
        form = documents_data.order_form_data(session=s, order_number="A-2")
        assert form.banner.banner == "PROTECTED B//REL TO CAN, JPN"
        june = documents_data.statement_data(session=s, partner="JPN",
                                             period_to=date(2025, 6, 30))
        assert june.banner.banner == "PROTECTED A//REL TO CAN, JPN, USA"
        whole = documents_data.statement_data(session=s, partner="JPN")
        assert whole.banner.banner == "SECRET//REL TO CAN"
        assert whole.banner.notice == "Contains foreign government information: JPN"
        annual = documents_data.annual_report_data(session=s, year=2025)
        assert annual.banner.banner == "SECRET//REL TO CAN"


def test_one_scheme_per_ledger(ledger, exercise_id):
    _order(ledger, exercise_id, "A-1")
    with ledger.session() as s:
        svc.set_part_marking(session=s, order="A-1", marking=PB)
        with pytest.raises(RuleViolation, match="all use one scheme"):
            svc.set_marking(session=s, marking=M.make_marking(M.UNITED_STATES, "CUI"))
        with pytest.raises(RuleViolation, match="cannot be marked in us"):
            svc.set_part_marking(session=s, order="A-1",
                                 marking=M.make_marking(M.UNITED_STATES, "SECRET"))


def test_a_configured_scheme_replaces_the_shipped_terms(ledger):
    with ledger.session() as s:
        svc.configure_scheme(session=s, scheme=M.custom_scheme(
            "jp", "Japan", "JPN", [("UNCLASSIFIED", "unclassified"), ("注意", "protected"),
                                   ("特定秘密", "secret")]))
        known = svc.schemes(session=s)
        svc.set_marking(session=s, marking=M.make_marking(known["jp"], "特定秘密", rel_to=["CAN", "JPN"]))
        with pytest.raises(RuleViolation, match="fixed by its national rules"):
            svc.configure_scheme(session=s, scheme=M.custom_scheme(
                "ca", "Canada", "CAN", [("X", "secret")]))
        with pytest.raises(RuleViolation, match="is not a level"):  # the ledger's level must stay
            svc.configure_scheme(session=s, scheme=M.custom_scheme(
                "jp", "Japan", "JPN", [("UNCLASSIFIED", "unclassified")]))
    with ledger.reader() as s:
        assert svc.rendering(session=s).banner == "特定秘密//REL TO JPN, CAN"
        assert svc.rendering(session=s).colour == "#c8102e"
