"""The tamper suite: edits made as an attacker with the ledger file, sqlite3 and hashlib (no
project code, tests/db/attacker.py), each checked with the real `acsa-desk verify`. Every case
but the last two passed `verify` (exit 0) before the replaying, keyed verify.

The ledger is made and checked by the installed program only (``demo``, ``import-settlements``,
``verify``, ``anchor``), so the suite runs against any version: ACSA_TAMPER_CMD names another
program (e.g. ``python -m acsa_desk`` with an older checkout on PYTHONPATH)."""

import json
import os
import shlex
import sqlite3
import subprocess
from datetime import date
from pathlib import Path

import pytest

from tests.cli.helpers import EXE
from tests.db.attacker import Attacker, entry_hash

COMMAND = shlex.split(os.environ.get("ACSA_TAMPER_CMD", "")) or [EXE]


def acsa(*args):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([*COMMAND, *map(str, args)], capture_output=True, text=True, env=env,
                          timeout=300)


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    """A demo ledger with bulk-written orders and settlements written through the ORM."""
    folder = tmp_path_factory.mktemp("tamper")
    path = folder / "base.sqlite"
    assert acsa("--db", path, "demo", "--orders", "40", "--seed", "7").returncode == 0
    con = sqlite3.connect(path)
    rows = con.execute("SELECT number, currency FROM acsa_order WHERE status = 'invoiced' AND "
                       "billable_minor - settled_minor > 100 ORDER BY id LIMIT 2").fetchall()
    con.close()
    assert rows, "the demo ledger has invoiced orders with something outstanding"
    csv = folder / "settlements.csv"
    csv.write_text("order_number,settled_on,method,amount,currency,reference\n" + "".join(
        f"{number},{date.today().isoformat()},cash,1,{currency},TAMPER-{i}\n" for i, (number, currency)
        in enumerate(rows)), encoding="utf-8")
    done = acsa("--db", path, "import-settlements", csv)
    assert done.returncode == 0, done.stderr
    assert acsa("--db", path, "verify").returncode == 0
    return path


@pytest.fixture
def ledger(base, tmp_path):
    path = tmp_path / "ledger.sqlite"
    src, dst = sqlite3.connect(base), sqlite3.connect(path)
    src.backup(dst)
    src.close()
    dst.close()
    return path


def refused(path, *args, fragment=""):
    proc = acsa("--db", path, "verify", *args)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    assert fragment in proc.stdout + proc.stderr, proc.stdout + proc.stderr
    return proc.stdout


def some(a, sql):
    row = a.one(sql)
    assert row is not None, sql
    return row


# --- consistent edits of the ledger (every cached total made to agree) ---------------------


def test_settlement_and_its_order_lowered_together(ledger):
    with Attacker(ledger) as a:
        sid, oid, value = some(a, "SELECT id, order_id, amount_minor FROM settlement WHERE "
                                  "amount_minor > 10 ORDER BY id LIMIT 1")
        a.run("UPDATE settlement SET amount_minor = ? WHERE id = ?", value // 2, sid)
        a.fix_order(oid)
    out = refused(ledger, fragment=f"settlement {sid}, column amount_minor: logged {value}, "
                                   f"stored {value // 2}")
    assert f"acsa_order {oid}, column settled_minor" in out


def test_line_price_doubled_with_deliveries_and_totals_consistent(ledger):
    with Attacker(ledger) as a:
        lid, oid, price = some(a, "SELECT l.id, l.order_id, l.unit_price_minor FROM order_line l "
                                  "WHERE EXISTS (SELECT 1 FROM delivery d WHERE d.line_id = l.id) "
                                  "ORDER BY l.id LIMIT 1")
        a.run("UPDATE order_line SET unit_price_minor = ? WHERE id = ?", price * 2, lid)
        cumulative, before = 0, 0
        from decimal import Decimal

        from tests.db.attacker import amount
        for did, qty in a.all("SELECT id, quantity FROM delivery WHERE line_id = ? ORDER BY id",
                              lid):
            cumulative += Decimal(qty)
            now = amount(cumulative, price * 2)
            a.run("UPDATE delivery SET billable_delta_minor = ? WHERE id = ?", now - before, did)
            before = now
        a.fix_order(oid)
    refused(ledger, fragment=f"order_line {lid}, column unit_price_minor: logged {price}, "
                             f"stored {price * 2}")


def test_partner_direction_and_line_descriptions_rewritten(ledger):
    with Attacker(ledger) as a:
        oid, partner, direction = some(a, "SELECT id, partner_code, direction FROM acsa_order "
                                          "ORDER BY id LIMIT 1")
        other = some(a, f"SELECT code FROM partner WHERE code <> '{partner}' LIMIT 1")[0]
        flipped = "received" if direction == "provided" else "provided"
        a.run("UPDATE acsa_order SET partner_code = ?, direction = ? WHERE id = ?", other,
              flipped, oid)
        a.run("UPDATE order_line SET description = 'nothing happened' WHERE order_id = ?", oid)
    out = refused(ledger, fragment=f"acsa_order {oid}, column partner_code: logged '{partner}', "
                                   f"stored '{other}'")
    assert f"acsa_order {oid}, column direction: logged '{direction}'" in out
    assert "column description" in out and "stored 'nothing happened'" in out


def test_settlement_deleted_with_its_order_fixed_up(ledger):
    with Attacker(ledger) as a:
        sid, oid = some(a, "SELECT id, order_id FROM settlement ORDER BY id LIMIT 1")
        a.run("DELETE FROM settlement_approval WHERE settlement_id = ?", sid)
        a.run("DELETE FROM settlement WHERE id = ?", sid)
        a.fix_order(oid)
    refused(ledger, fragment=f"settlement {sid}: the logged row is missing from the table")


def test_every_status_change_author_rewritten(ledger):
    with Attacker(ledger) as a:
        a.run("UPDATE status_change SET by = 'mallory'")
    refused(ledger, fragment="column by: logged 'demo', stored 'mallory'")


def test_requesting_unit_edited_by_plain_update_without_dropping_a_trigger(ledger):
    con = sqlite3.connect(ledger)
    oid = con.execute("SELECT id FROM acsa_order ORDER BY id LIMIT 1").fetchone()[0]
    con.execute("UPDATE acsa_order SET requesting_unit = 'HMCS Nowhere' WHERE id = ?", (oid,))
    con.commit()
    con.close()
    refused(ledger, fragment=f"acsa_order {oid}, column requesting_unit")


def test_a_row_added_outside_the_program(ledger):
    with Attacker(ledger) as a:
        oid = some(a, "SELECT id FROM acsa_order ORDER BY id LIMIT 1")[0]
        a.run("INSERT INTO status_change (order_id, at, by, from_status, to_status, reason) "
              "VALUES (?, '2026-01-01 00:00:00', 'mallory', 'invoiced', 'closed', '')", oid)
        new = a.one("SELECT max(id) FROM status_change")[0]
    refused(ledger, fragment=f"status_change {new}: the row is not in the log")


def _tables(path):
    """Every ledger table with rows, and a text column of it that is no key."""
    con = sqlite3.connect(path)
    found = []
    for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name "
                                "NOT IN ('audit_entry', 'audit_head', 'alembic_version') "
                                "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'order_search%' "
                                "ORDER BY name"):  # the search's index: its own test below
        keys = {r[3] for r in con.execute(f"PRAGMA foreign_key_list({table})")}
        for _cid, name, kind, _nn, _d, pk in con.execute(f"PRAGMA table_info({table})"):
            if not pk and name not in keys and ("CHAR" in kind or "TEXT" in kind) and \
                    con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]:
                found.append((table, name))
                break
    con.close()
    return found


@pytest.mark.parametrize("rechained", [False, True], ids=["row-only", "row-and-log-rechained"])
def test_an_edit_of_any_table(ledger, rechained):
    tables = _tables(ledger)
    assert len(tables) >= 10, tables
    for table, column in tables:
        path = ledger.with_name(f"{table}-{rechained}.sqlite")
        src, dst = sqlite3.connect(ledger), sqlite3.connect(path)
        src.backup(dst)
        src.close()
        dst.close()
        with Attacker(path) as a:
            pk = next(r[1] for r in a.all(f"PRAGMA table_info({table})") if r[5])
            key, old = a.one(f"SELECT {pk}, {column} FROM {table} ORDER BY {pk} LIMIT 1")
            a.run(f"UPDATE {table} SET {column} = ? WHERE {pk} = ?", f"{old}x", key)
            if rechained:
                start = a.rewrite_logged(table, key, column, f"{old}x")
                a.rechain(start)
        fragment = ("does not carry the ledger key's MAC" if rechained
                    else f"{table} {key}, column {column}: logged {old!r}, stored '{old}x'")
        refused(path, fragment=fragment)


def test_a_search_document_edited_by_hand(ledger):
    """The orders search's index is derived from the orders (no log entry of its own): verify
    recomputes each document and names the order whose document differs."""
    with Attacker(ledger) as a:
        oid = some(a, "SELECT id FROM order_search_doc ORDER BY id LIMIT 1")[0]
        a.run("UPDATE order_search_doc SET doc = doc || 'x' WHERE id = ?", oid)
    refused(ledger, fragment=f"the orders search's index is not in step with orders {oid}")


# --- the log itself -------------------------------------------------------------------------


def test_an_early_entry_rewritten_and_every_later_hash_recomputed(ledger):
    with Attacker(ledger) as a:
        a.run("UPDATE audit_entry SET actor = 'mallory' WHERE id = 3")
        a.rechain(3)
    refused(ledger, fragment="audit entry 3 does not carry the ledger key's MAC")


def test_two_entries_swapped_and_rechained(ledger):
    with Attacker(ledger) as a:
        cols = "at, actor, entity, entity_id, action, before, after, packed"
        five, six = a.one(f"SELECT {cols} FROM audit_entry WHERE id = 5"), a.one(
            f"SELECT {cols} FROM audit_entry WHERE id = 6")
        sets = ", ".join(f"{c} = ?" for c in cols.split(", "))
        a.run(f"UPDATE audit_entry SET {sets} WHERE id = 5", *six)
        a.run(f"UPDATE audit_entry SET {sets} WHERE id = 6", *five)
        a.rechain(5)
    refused(ledger, fragment="audit entry 5 does not carry the ledger key's MAC")


def test_the_last_five_entries_cut_and_the_head_moved_back(ledger):
    with Attacker(ledger) as a:
        last = a.one("SELECT max(id) FROM audit_entry")[0]
        a.run("DELETE FROM audit_entry WHERE id > ?", last - 5)
        a.run("UPDATE audit_head SET last_id = ?, hash = (SELECT hash FROM audit_entry "
              "WHERE id = ?)", last - 5, last - 5)
    refused(ledger, fragment="the chain head does not carry the ledger key's MAC")


@pytest.mark.parametrize("move_head", [True, False], ids=["head-moved-back", "head-left"])
def test_the_last_entries_cut_with_their_changes_undone(ledger, move_head):
    """A consistent rollback: the tables made as they were before the last entries, the
    entries removed (here the whole settlements import, made after the demo's last entry).
    Chain and replay agree; only the head (its MAC, or its count) tells."""
    with Attacker(ledger) as a:
        last = a.one("SELECT max(id) FROM audit_entry")[0]
        demo_end = a.one("SELECT max(id) FROM audit_entry WHERE entity = 'acsa_order' AND "
                         "action = 'insert'")[0]
        kept = a.cut(last - demo_end, move_head=move_head)
    fragment = ("the chain head does not carry the ledger key's MAC" if move_head else
                f"the chain head says entry {last} but the log ends at entry {kept}")
    out = refused(ledger, fragment=fragment)
    assert "not in the log" not in out and "column" not in out, out  # the rollback is clean


def test_the_whole_log_deleted(ledger):
    with Attacker(ledger) as a:
        a.run("DELETE FROM audit_entry")
        a.run("UPDATE audit_head SET last_id = 0, hash = ?", "0" * 64)
    out = refused(ledger, fragment="the chain head does not carry the ledger key's MAC")
    assert "the row is not in the log" in out


def test_the_whole_log_deleted_and_the_key_forgotten(ledger):
    with Attacker(ledger) as a:
        a.run("DELETE FROM audit_entry")
        a.run("UPDATE audit_head SET last_id = 0, hash = ?, key_id = '', keyed_from = 0, "
              "mac = ''", "0" * 64)
    out = refused(ledger, fragment="this ledger names no key")
    assert "the row is not in the log" in out  # opening it did not re-key and bless the rows


def test_the_key_start_moved_so_entries_look_older_than_the_key(ledger):
    with Attacker(ledger) as a:
        last = a.one("SELECT max(id) FROM audit_entry")[0]
        a.run("UPDATE audit_head SET keyed_from = ?", last + 1)
        a.run("UPDATE audit_entry SET after = after || ' ' WHERE id = 2")
        a.rechain(2)
    refused(ledger, fragment="the chain head does not carry the ledger key's MAC")


def test_a_forged_entry_without_the_key(ledger):
    with Attacker(ledger) as a:
        oid, unit = some(a, "SELECT id, requesting_unit FROM acsa_order ORDER BY id LIMIT 1")
        last, prev = a.one("SELECT last_id, hash FROM audit_head")
        before = {"requesting_unit": unit}
        after = {"requesting_unit": "HMCS Nowhere"}
        row = (last + 1, "2026-01-01T00:00:00.000000+00:00", "officer", "acsa_order", str(oid),
               "update", json.dumps(before), json.dumps(after))
        digest = entry_hash(prev, *row)
        a.run("INSERT INTO audit_entry (id, at, actor, entity, entity_id, action, before, after, "
              "prev_hash, hash, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", *row, prev,
              digest, "0" * 64)
        a.run("UPDATE audit_head SET last_id = ?, hash = ?", last + 1, digest)
        a.run("UPDATE acsa_order SET requesting_unit = 'HMCS Nowhere' WHERE id = ?", oid)
    refused(ledger, fragment=f"audit entry {row[0]} does not carry the ledger key's MAC")


def test_a_dropped_trigger_with_no_row_changed(ledger):
    with Attacker(ledger, restore_triggers=False):
        pass
    out = refused(ledger, fragment="trigger settlement_no_update on settlement is missing")
    assert "trigger audit_entry_no_delete on audit_entry is missing" in out


# --- anchors --------------------------------------------------------------------------------


def test_anchors_prove_entries_and_fail_on_a_shorter_history(ledger):
    anchor = acsa("--db", ledger, "anchor").stdout.strip()
    assert anchor.startswith("acsa1:")
    written = Path(f"{ledger}.anchors")
    assert anchor in written.read_text(encoding="utf-8")
    ok = acsa("--db", ledger, "verify", "--anchor", anchor, "--anchors", written)
    assert ok.returncode == 0 and "2 anchors found" in ok.stdout, ok.stdout + ok.stderr
    with Attacker(ledger) as a:
        last = a.one("SELECT max(id) FROM audit_entry")[0]
        a.run("DELETE FROM audit_entry WHERE id >= ?", last - 1)
        a.rechain(1)
    refused(ledger, "--anchors", written, fragment=f"anchor {anchor}: the log has no entry")


def test_with_the_key_a_rewritten_history_still_fails_against_an_older_anchor(ledger):
    """Someone holding the key file too can rewrite the log so that verify alone passes
    (that is the key's limit, README "Data safety"); an anchor taken before still fails."""
    anchor = acsa("--db", ledger, "anchor").stdout.strip()
    key_dir = Path(os.environ["ACSA_DESK_KEY_DIR"])
    with Attacker(ledger) as a:
        key_id, keyed_from = a.one("SELECT key_id, keyed_from FROM audit_head")
        text = (key_dir / f"{key_id}.key").read_text(encoding="utf-8")
        secret = bytes.fromhex(text.split("secret: ")[1].split()[0])
        import hmac

        def mac(message):
            return hmac.new(secret, message.encode("utf-8"), "sha256").hexdigest()

        a.run("UPDATE audit_entry SET actor = 'mallory' WHERE id = 2")
        a.rechain(1)
        for entry_id, digest in a.all("SELECT id, hash FROM audit_entry"):
            a.run("UPDATE audit_entry SET mac = ? WHERE id = ?", mac(digest), entry_id)
        last, head = a.one("SELECT last_id, hash FROM audit_head")
        a.run("UPDATE audit_head SET mac = ?",
              mac(f"head\x1f{last}\x1f{head}\x1f{key_id}\x1f{keyed_from}"))
    assert acsa("--db", ledger, "verify").returncode == 0
    refused(ledger, "--anchor", anchor, fragment="the history up to it was rewritten")


def test_a_lost_key_is_said_plainly_and_the_ledger_stays_readable(ledger, tmp_path):
    con = sqlite3.connect(ledger)
    key_id = con.execute("SELECT key_id FROM audit_head").fetchone()[0]
    con.close()
    backup = tmp_path / "ledger.key"
    assert acsa("--db", ledger, "key", "export", "--out", backup).returncode == 0
    assert oct(backup.stat().st_mode & 0o777) == "0o600"
    elsewhere = {"ACSA_DESK_KEY_DIR": str(tmp_path / "new-machine")}
    env = {**os.environ, **elsewhere, "QT_QPA_PLATFORM": "offscreen"}

    def run(*args):
        return subprocess.run([*COMMAND, "--db", str(ledger), *map(str, args)],
                              capture_output=True, text=True, env=env, timeout=300)

    lost = run("verify")
    assert lost.returncode == 1 and "the MACs cannot be checked" in lost.stdout + lost.stderr
    assert f"key {key_id} is not on this machine" in lost.stdout
    assert run("balances", "--json").returncode == 0  # the data is still readable
    assert run("key", "import", backup).returncode == 0
    assert run("verify").returncode == 0
