"""Every writing command acts as the authenticated user (--as and the passphrase on a
multi-user SQLite ledger), and a document's home signature is who is authenticated, never
the operating-system login (run in-process: the same main() the program runs)."""

import pytest
from sqlalchemy import select

from acsa_desk.cli import main
from acsa_desk.db.engine import open_ledger
from acsa_desk.db.models import AuditEntry, Settlement, SettlementApproval
from acsa_desk.services import auth, users
from tests.services.reconcile_helpers import exercise, invoiced

A_PASS, B_PASS = "anne's own passphrase", "bob's own passphrase"


@pytest.fixture
def shared(tmp_path, monkeypatch):
    """Anne (admin, the OS login here) and Bob (officer), both with passphrases; orders
    a clerk entered and officers signed, to offset against each other."""
    monkeypatch.setenv("ACSA_DESK_USER", "anne")
    path = tmp_path / "l.sqlite"
    ledger = open_ledger(path)
    with ledger.session(actor="anne") as s:
        users.ensure_first_user(session=s, login="anne", display_name="Anne Tremblay")
        auth.set_passphrase(session=s, login="anne", passphrase=A_PASS, by="anne")
        auth.register(session=s, login="bob", role="officer", by="anne", passphrase=B_PASS,
                      display_name="Robert Roy")
        for login, role in (("clerk", "clerk"), ("officer", "officer")):
            auth.register(session=s, login=login, role=role, by="anne", passphrase=B_PASS)
    ex = exercise(ledger)
    invoiced(ledger, ex, "CAN-1", settled=40000)
    invoiced(ledger, ex, "CAN-2", direction="received", price_minor=250)
    ledger.close()
    files = {}
    for who, text in (("anne", A_PASS), ("bob", B_PASS)):
        files[who] = tmp_path / f"{who}.txt"
        files[who].write_text(text + "\n")
    return path, files


def run(capsys, monkeypatch, *argv, passphrase=None, approver=None):
    for env, path in (("ACSA_DESK_PASSPHRASE_FILE", passphrase),
                      ("ACSA_DESK_APPROVER_PASSPHRASE_FILE", approver)):
        if path is None:
            monkeypatch.delenv(env, raising=False)
        else:
            monkeypatch.setenv(env, str(path))
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out + out.err


def last_actor(path, entity):
    ledger = open_ledger(path)
    with ledger.reader() as s:
        actor = s.scalars(select(AuditEntry.actor).where(AuditEntry.entity == entity)
                          .order_by(AuditEntry.id.desc())).first()
    ledger.close()
    return actor


def test_marking_commands_act_as_the_authenticated_admin(shared, capsys, monkeypatch):
    path, files = shared
    marking = ("--db", path, "marking", "set", "--scheme", "ca", "--level", "PROTECTED B")
    code, text = run(capsys, monkeypatch, *marking)
    assert code == 1 and "say who you are with --as" in text  # the OS login proves nothing
    code, text = run(capsys, monkeypatch, *marking, "--as", "bob", passphrase=files["anne"])
    assert code == 1 and "wrong passphrase for bob" in text
    code, text = run(capsys, monkeypatch, *marking, "--as", "bob", passphrase=files["bob"])
    assert code == 1 and "only an admin can set the handling marking" in text
    code, text = run(capsys, monkeypatch, *marking, "--as", "ANNE", passphrase=files["anne"])
    assert code == 0, text
    assert last_actor(path, "ledger_setting") == "anne"
    scheme = ("--db", path, "marking", "scheme", "jp", "--name", "Japan", "--home", "JPN",
              "--levels", "秘=confidential")
    code, text = run(capsys, monkeypatch, *scheme)
    assert code == 1 and "say who you are with --as" in text
    code, text = run(capsys, monkeypatch, *scheme, "--as", "bob", passphrase=files["bob"])
    assert code == 1 and "only an admin" in text
    code, text = run(capsys, monkeypatch, *scheme, "--as", "anne", passphrase=files["anne"])
    assert code == 0, text


def test_offset_record_acts_as_the_authenticated_user_and_countersigns(shared, capsys,
                                                                        monkeypatch):
    path, files = shared
    record = ("--db", path, "offset", "record", "--partner", "JPN", "--currency", "CAD",
              "--amount", "25.00", "--reference", "OFF-1", "--signed-on", "2025-07-01")
    code, text = run(capsys, monkeypatch, *record)
    assert code == 1 and "say who you are with --as" in text
    # our approving official is authenticated too, with their own passphrase
    code, text = run(capsys, monkeypatch, *record, "--as", "bob", "--approved-by", "anne",
                     passphrase=files["bob"], approver=files["bob"])
    assert code == 1 and "wrong passphrase for anne" in text
    code, text = run(capsys, monkeypatch, *record, "--as", "bob", "--approved-by", "anne",
                     passphrase=files["bob"], approver=files["anne"])
    assert code == 0, text
    ledger = open_ledger(path)
    with ledger.reader() as s:
        offsets = list(s.scalars(select(Settlement).where(Settlement.method == "offset")))
        assert {e.recorded_by for e in offsets} == {"bob"} and len(offsets) == 2
        approvals = list(s.scalars(select(SettlementApproval).where(
            SettlementApproval.settlement_id.in_([e.id for e in offsets]))))
        assert {a.approved_by for a in approvals} == {"anne"}
    ledger.close()


def test_a_documents_home_signature_is_the_authenticated_user(shared, capsys, monkeypatch,
                                                              tmp_path):
    import acsa_desk.documents as documents

    path, files = shared
    signed = []
    real = documents.build_statement
    monkeypatch.setattr(documents, "build_statement",
                        lambda data, langs, **kw: signed.append(data.home_signature)
                        or real(data, langs, **kw))
    statement = ("--db", path, "statement", "--partner", "JPN", "--out", tmp_path / "s.pdf")
    code, text = run(capsys, monkeypatch, *statement)
    assert code == 0, text
    assert signed[-1].name == ""  # several users and no --as: left to sign by hand
    code, text = run(capsys, monkeypatch, *statement, "--as", "bob", passphrase=files["anne"])
    assert code == 1 and "wrong passphrase for bob" in text
    code, text = run(capsys, monkeypatch, *statement, "--as", "bob", passphrase=files["bob"])
    assert code == 0, text
    assert signed[-1].name == "Robert Roy"  # who authenticated, not the OS login (anne)
