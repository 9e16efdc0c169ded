"""The lock-out policy of a SQLite ledger: set by an admin, kept in the ledger, in bounds."""

import pytest

from acsa_desk.core.errors import RuleViolation
from acsa_desk.db.engine import open_ledger
from acsa_desk.services import auth, users

PASS = "correct horse battery"


def test_the_lock_out_is_the_ledgers_policy_set_by_an_admin(tmp_path):
    ledger = open_ledger(tmp_path / "l.sqlite")
    with ledger.session(actor="anne") as s:
        users.ensure_first_user(session=s, login="anne")
        auth.set_passphrase(session=s, login="anne", passphrase=PASS, by="anne")
        auth.register(session=s, login="roy", role="clerk", by="anne", passphrase=PASS)
        assert auth.lockout_policy(session=s) == (auth.MAX_TRIES, auth.LOCK_MINUTES)
        with pytest.raises(RuleViolation, match="only an admin can set the lock-out policy"):
            auth.set_lockout_policy(session=s, by="roy", tries=20)
        for tries, minutes, why in ((2, None, "tries must be from 3 to 20"),
                                    (None, 0, "minutes must be from 1 to 1440"),
                                    (21, 5, "not 21")):
            with pytest.raises(RuleViolation, match=why):
                auth.set_lockout_policy(session=s, by="anne", tries=tries, minutes=minutes)
        assert auth.set_lockout_policy(session=s, by="anne", tries=7) == (7, auth.LOCK_MINUTES)
        assert auth.set_lockout_policy(session=s, by="anne", minutes=60) == (7, 60)
    for left in range(6, 0, -1):
        with pytest.raises(RuleViolation, match=f"{left} tries left"):
            auth.authenticate(ledger, "roy", "wrong passphrase")
    with pytest.raises(RuleViolation, match="locked out for 60 minutes"):
        auth.authenticate(ledger, "roy", "wrong passphrase")
    with pytest.raises(RuleViolation, match="locked out after 7 wrong passphrases"):
        auth.authenticate(ledger, "roy", PASS)
    with ledger.reader() as s:  # the policy is an audited setting of the ledger
        from acsa_desk.db import audit

        report = audit.verify(s)
        assert report.ok, report.problems
    ledger.close()
