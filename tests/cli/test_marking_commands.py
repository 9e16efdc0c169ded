"""`marking set` and `marking show --json`, as interchange.md describes them."""

from __future__ import annotations

import json
import sqlite3

from tests.cli.helpers import cli, one_line_error


def test_set_and_show_protected_b_rel_to_can_jpn(tmp_path):
    db = tmp_path / "ledger.sqlite"
    cli("--db", db, "demo", "--orders", "5")
    out = cli("--db", db, "marking", "set", "--scheme", "ca", "--level", "PROTECTED B",
              "--rel-to", "CAN,JPN", "--originator", "JPN").stdout
    assert "PROTECTED B//REL TO CAN, JPN" in out
    shown = json.loads(cli("--db", db, "marking", "show", "--json").stdout)
    assert shown["scheme"] == "ca" and shown["level"] == "PROTECTED B"
    assert shown["rel_to"] == ["CAN", "JPN"] and shown["originators"] == ["JPN"]
    assert (shown["banner"], shown["placement"], shown["colour"]) == (
        "PROTECTED B//REL TO CAN, JPN", "top_right", "#502b85")
    assert shown["notice"] == "Contains foreign government information: JPN"
    # the change is in the audit log, and verify still passes
    assert "ok:" in cli("--db", db, "verify").stdout


def test_an_order_marked_higher_and_refusals(tmp_path):
    db = tmp_path / "ledger.sqlite"
    cli("--db", db, "demo", "--orders", "3")
    cli("--db", db, "marking", "set", "--scheme", "us", "--level", "cui", "--controlled-by", "DoD")
    with sqlite3.connect(db) as con:
        first = con.execute("SELECT number FROM acsa_order ORDER BY id LIMIT 1").fetchone()[0]
    cli("--db", db, "marking", "set", "--scheme", "us", "--level", "SECRET", "--order", first)
    shown = json.loads(cli("--db", db, "marking", "show", "--json", "--order", first).stdout)
    assert shown["banner"] == "SECRET"
    assert json.loads(cli("--db", db, "marking", "show", "--json").stdout)["banner"] == "CUI"
    one_line_error(cli("--db", db, "marking", "set", "--scheme", "us", "--level", "UNCLASSIFIED",
                       "--order", first, check=False), "may only be marked higher")
    one_line_error(cli("--db", db, "marking", "set", "--scheme", "us", "--level", "PROTECTED B",
                       check=False), "is not a level of the United States scheme")
    one_line_error(cli("--db", db, "marking", "set", "--scheme", "xx", "--level", "SECRET",
                       check=False), "'xx' is not a marking scheme")
    one_line_error(cli("--db", db, "marking", "set", "--scheme", "us", "--level", "SECRET",
                       "--rel-to", "USA,JP", check=False), "'JP' is not an ISO 3166-1 alpha-3")
    one_line_error(cli("--db", db, "marking", "set", "--scheme", "us", "--level",
                       "UNCLASSIFIED", "--order", "NOPE", check=False), "no order numbered 'NOPE'")
    usage = cli("--db", db, "marking", "set", "--level", "SECRET", check=False)
    assert usage.returncode == 2
    one_line_error(cli("--db", tmp_path / "missing.sqlite", "marking", "show", "--json",
                       check=False), "missing.sqlite")
