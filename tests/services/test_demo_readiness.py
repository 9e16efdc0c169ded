"""The demo ledger shows a realistic spread of readiness exceptions, awaiting_approval
included, within the ledger's rules (verify passes)."""

from datetime import date

from acsa_desk.db import audit
from acsa_desk.services import four_eyes, orders, readiness
from acsa_desk.services.demo import fill_demo

TODAY = date(2026, 11, 25)


def test_the_demo_has_every_kind_of_exception(ledger):
    with ledger.session() as s:
        fill_demo(session=s, orders=400, seed=7, today=TODAY)
    with ledger.reader() as s:
        rows = readiness.assess(session=s, as_of=TODAY)
        seen = {code for r in rows for code in r.exceptions}
        assert seen == set(readiness.CODES), set(readiness.CODES) - seen
        waiting = [r for r in rows if "awaiting_approval" in r.exceptions]
        for r in waiting:  # a part-payment awaits approval: the order stays invoiced
            assert r.status == "invoiced" and r.outstanding_minor > 0
            assert four_eyes.pending_approvals(s, r.order_id) == 1
            assert orders.get_order(session=s, order_id=r.order_id).settled_minor > 0
        assert audit.verify(s).ok
