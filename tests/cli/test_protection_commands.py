"""Backups that leave the machine are sealed; restore opens them; partner keys; nothing plain."""

from __future__ import annotations

import json
import os
import sqlite3

from tests.cli.helpers import cli, one_line_error

PASS = "correct horse battery staple"
SQLITE_MAGIC = b"SQLite format 3\x00"


def _ledger(tmp_path):
    db = tmp_path / "ledger.sqlite"
    cli("--db", db, "demo", "--orders", "8")
    cli("--db", db, "marking", "set", "--scheme", "ca", "--level", "PROTECTED B",
        "--rel-to", "CAN,JPN")
    return db


def _orders(db):
    with sqlite3.connect(db) as con:
        return con.execute("SELECT count(*) FROM acsa_order").fetchone()[0]


def _no_plain_file_in(folder):
    for path in folder.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            assert not content.startswith(SQLITE_MAGIC), path
            assert b"acsa_order" not in content, path  # not even a plain fragment


def test_a_backup_to_a_usb_key_is_sealed_and_restore_opens_it(tmp_path):
    db = _ledger(tmp_path)
    usb = tmp_path / "usb"
    usb.mkdir()
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASS + "\n")
    # without a passphrase nothing is written at all
    one_line_error(cli("--db", db, "backup", "--out", usb / "b.acsa", check=False),
                   "backups to another folder are sealed")
    assert list(usb.iterdir()) == []
    out = cli("--db", db, "backup", "--out", usb / "b.acsa", "--passphrase-file", secret).stdout
    assert "sealed, marked PROTECTED B//REL TO CAN, JPN" in out
    assert [p.name for p in usb.iterdir()] == ["b.acsa"]
    _no_plain_file_in(usb)
    header = json.loads(cli("unseal", usb / "b.acsa", "--header").stdout)
    assert header["banner"] == "PROTECTED B//REL TO CAN, JPN" and header["kind"] == "backup"

    before = _orders(db)
    cli("--db", db, "demo", "--orders", "3")  # the ledger moves on...
    assert _orders(db) == before + 3
    one_line_error(cli("--db", db, "restore", usb / "b.acsa", check=False), "give its passphrase")
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase at all\n")
    one_line_error(cli("--db", db, "restore", usb / "b.acsa", "--passphrase-file", wrong,
                       check=False), "wrong passphrase or key")
    assert _orders(db) == before + 3  # a refused restore changes nothing
    tampered = usb / "tampered.acsa"
    blob = bytearray((usb / "b.acsa").read_bytes())
    blob[-100] ^= 0x20
    tampered.write_bytes(bytes(blob))
    one_line_error(cli("--db", db, "restore", tampered, "--passphrase-file", secret,
                       check=False), "changed or cut short")
    assert _orders(db) == before + 3
    cli("--db", db, "restore", usb / "b.acsa", env={"ACSA_DESK_PASSPHRASE": PASS})
    assert _orders(db) == before  # ...and the sealed backup brings it back
    assert "ok:" in cli("--db", db, "verify").stdout
    assert not list(tmp_path.glob(".opening-*"))  # the opened copy is gone


def test_a_partner_office_opens_a_backup_sealed_for_its_key(tmp_path):
    db = _ledger(tmp_path)
    key = tmp_path / "jmsdf.key"
    public = cli("keygen", "--out", key).stdout.strip()
    assert public.startswith("acsa-x25519:")
    assert oct(key.stat().st_mode & 0o777) == "0o600"
    one_line_error(cli("keygen", "--out", key, check=False), "never overwritten")
    cli("--db", db, "protection", "set", "--recipient", f"JPN-JMSDF={public}")
    shown = json.loads(cli("--db", db, "protection", "show", "--json").stdout)
    assert shown == {"backups": "outside", "recipients": {"JPN-JMSDF": public}, "backup_key": ""}
    share = tmp_path / "share"
    share.mkdir()
    cli("--db", db, "backup", "--out", share / "for-jmsdf.acsa", "--recipient", "JPN-JMSDF")
    _no_plain_file_in(share)
    opened = tmp_path / "opened.sqlite"
    one_line_error(cli("unseal", share / "for-jmsdf.acsa", "--out", opened, check=False),
                   "wrong passphrase or key")
    cli("unseal", share / "for-jmsdf.acsa", "--out", opened, "--key", key)
    assert _orders(opened) == _orders(db)
    one_line_error(cli("--db", db, "backup", "--out", share / "x.acsa", "--recipient", "USA",
                       check=False), "no recipient USA")
    one_line_error(cli("--db", db, "protection", "set", "--recipient", "X=ssh-rsa AAA",
                       check=False), "should start with acsa-x25519:")


def test_the_policy_is_per_ledger(tmp_path):
    db = _ledger(tmp_path)
    cli("--db", db, "protection", "set", "--backups", "never")
    out = tmp_path / "plain-copy.sqlite"
    assert "not sealed" in cli("--db", db, "backup", "--out", out).stdout
    assert out.read_bytes().startswith(SQLITE_MAGIC)
    # rotated backups beside the ledger are plain copies, protected like the ledger itself
    cli("--db", db, "protection", "set", "--backups", "outside")
    cli("--db", db, "backup")
    assert all(p.read_bytes().startswith(SQLITE_MAGIC) for p in (tmp_path / "backups").iterdir())
    one_line_error(cli("--db", db, "backup", "--out", out, "--passphrase-file", tmp_path / "nope",
                       check=False), "nope")
    short = tmp_path / "short.txt"
    short.write_text("short\n")
    one_line_error(cli("--db", db, "backup", "--out", tmp_path / "o.acsa", "--passphrase-file",
                       short, check=False), "at least 12 characters")


def test_plain_copies_left_by_a_killed_sealing_are_removed(tmp_path):
    from acsa_desk.services.protection import remove_leftovers

    folder = tmp_path / "backups"
    folder.mkdir()
    dead = folder / ".sealing-999999999-b.acsa"  # no such process
    dead.write_bytes(SQLITE_MAGIC)
    alive = folder / f".sealing-{os.getpid()}-c.acsa"  # still being written
    alive.write_bytes(SQLITE_MAGIC)
    assert remove_leftovers(folder, ".sealing-") == [dead]
    assert not dead.exists() and alive.exists()


def _rotated(db):
    return sorted(p for p in (db.parent / "backups").iterdir() if not p.name.startswith("."))


def test_rotated_backups_follow_the_rule(tmp_path):
    db = _ledger(tmp_path)  # PROTECTED B
    own = tmp_path / "office.key"
    public = cli("keygen", "--out", own).stdout.strip()
    cli("--db", db, "protection", "set", "--recipient", f"OWN={public}")
    # every backup sealed: rotated ones too, so they need a key (taken without asking)
    one_line_error(cli("--db", db, "protection", "set", "--backups", "always", check=False),
                   "--backup-key NAME")
    one_line_error(cli("--db", db, "protection", "set", "--backup-key", "NOBODY", check=False),
                   "no recipient NOBODY")
    cli("--db", db, "protection", "set", "--backup-key", "OWN", "--backups", "always")
    assert json.loads(cli("--db", db, "protection", "show", "--json").stdout)["backup_key"] == "OWN"
    written = cli("--db", db, "backup").stdout
    newest = _rotated(db)[-1]
    assert newest.name.endswith(".sqlite.acsa") and str(newest) in written
    content = newest.read_bytes()
    assert not content.startswith(SQLITE_MAGIC) and b"acsa_order" not in content
    header = json.loads(cli("unseal", newest, "--header").stdout)
    assert header["banner"] == "PROTECTED B//REL TO CAN, JPN" and header["recipients"] == ["OWN"]
    assert not list((db.parent / "backups").glob(".sealing-*"))  # no plain copy left
    from acsa_desk.db.backup import unchanged_since_last_backup

    assert unchanged_since_last_backup(db)  # the window's start takes no second copy of it
    # rotation counts sealed backups too
    for _ in range(3):
        cli("--db", db, "backup", "--keep", "2")
    assert len(_rotated(db)) == 2
    # it restores with the office's private key, and only with it
    before = _orders(db)
    cli("--db", db, "demo", "--orders", "2")
    one_line_error(cli("--db", db, "restore", _rotated(db)[-1], check=False), "cannot be opened")
    cli("--db", db, "restore", _rotated(db)[-1], "--key", own)
    # (the restore's own safety backup is sealed as well)
    assert _orders(db) in (before, before + 2)
    assert all(p.name.endswith(".acsa") for p in _rotated(db)[-2:])
    # "outside": the rotated ones are sealed because the ledger is marked above UNCLASSIFIED
    cli("--db", db, "protection", "set", "--backups", "outside")
    cli("--db", db, "backup")
    assert _rotated(db)[-1].name.endswith(".acsa")
    cli("--db", db, "marking", "set", "--scheme", "ca", "--level", "UNCLASSIFIED")
    cli("--db", db, "backup")
    assert _rotated(db)[-1].read_bytes().startswith(SQLITE_MAGIC)
    cli("--db", db, "protection", "set", "--backups", "never")
    cli("--db", db, "marking", "set", "--scheme", "ca", "--level", "PROTECTED B")
    cli("--db", db, "backup")
    assert _rotated(db)[-1].read_bytes().startswith(SQLITE_MAGIC)
    one_line_error(cli("--db", db, "protection", "set", "--recipient", "OWN=", check=False),
                   "rotated backups are sealed for OWN")


def test_what_a_sealed_import_refuses_names_the_users_file(tmp_path):
    db = _ledger(tmp_path)
    bad = tmp_path / "orders.csv"
    bad.write_text("order_number,exercise\nX-1,KAEDEX\n", encoding="utf-8")  # columns missing
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASS + "\n")
    mine = tmp_path / "from-jpn.csv.acsa"
    from acsa_desk.core import sealed

    sealed.seal_file(bad, mine, passphrase=PASS, info={"kind": "orders", "name": "orders.csv"})
    proc = cli("--db", db, "import-orders", mine, "--passphrase-file", secret, check=False)
    one_line_error(proc, str(mine))
    assert "acsa-desk-open-" not in proc.stderr


def test_documents_and_exchange_files_seal_on_the_command_line_too(tmp_path):
    db = _ledger(tmp_path)  # PROTECTED B
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASS + "\n")
    out = tmp_path / "out"
    out.mkdir()
    plain = cli("--db", db, "statement", "--partner", "JPN", "--out", out / "plain.pdf")
    assert "should leave the machine sealed" in plain.stderr  # marked above UNCLASSIFIED
    one_line_error(cli("--db", db, "order-form", "X", "--seal", "--out", out / "o.pdf",
                       check=False), "no order")
    one_line_error(cli("--db", db, "statement", "--partner", "JPN", "--seal", "--out",
                       out / "s.pdf", check=False), "needs a passphrase")
    done = cli("--db", db, "statement", "--partner", "JPN", "--seal", "--passphrase-file", secret,
               "--out", out / "s.pdf")
    assert "sealed, marked PROTECTED B//REL TO CAN, JPN" in done.stderr
    assert not (out / "s.pdf").exists()
    header = json.loads(cli("unseal", out / "s.pdf.acsa", "--header").stdout)
    assert header["banner"].startswith("PROTECTED B//REL TO CAN, JPN")
    side = json.loads((out / "s.pdf.acsa.marking.json").read_text(encoding="utf-8"))
    assert side["sealed"] is True and side["kind"] == "statement"
    # the exchange file a partner office reconciles: sealed, then opened by reconcile
    cli("--db", db, "statement", "--partner", "JPN", "--csv", "--seal", "--passphrase-file",
        secret, "--out", out / "ours.csv")
    for path in out.iterdir():
        if path.name.endswith(".acsa"):
            assert b"sender_order_number" not in path.read_bytes() and b"%PDF" not in path.read_bytes()
    found = json.loads(cli("--db", db, "reconcile", "--partner", "JPN", "--statement",
                           out / "ours.csv.acsa", "--passphrase-file", secret, "--json").stdout)
    assert found and all("state" in item for item in found)
