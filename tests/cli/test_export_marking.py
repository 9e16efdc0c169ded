"""Exports carry their marking (sidecar, audit record of where they went); sealed exports."""

from __future__ import annotations

import json
import sqlite3

from acsa_desk.db import audit_format
from tests.cli.helpers import cli

PASS = "correct horse battery staple"
HEADER = ("order_number,exercise,partner,direction,category,description,currency,quantity,"
          "delivered_quantity,unit_price,line_amount,settled_amount,outstanding_amount,ordered_on,"
          "delivered_on,settlement_method")


def _exports(db):
    with sqlite3.connect(db) as con:
        return [json.loads(audit_format.texts(*row)[1]) for row in con.execute(
            "SELECT before, after, packed FROM audit_entry WHERE action = 'export' ORDER BY id")]


def test_finance_export_marked_by_its_highest_order_and_recorded(tmp_path):
    db = tmp_path / "ledger.sqlite"
    cli("--db", db, "demo", "--orders", "12")
    cli("--db", db, "marking", "set", "--scheme", "ca", "--level", "PROTECTED B",
        "--rel-to", "CAN,JPN")
    with sqlite3.connect(db) as con:
        newest, day = con.execute(
            "SELECT number, ordered_on FROM acsa_order ORDER BY ordered_on DESC, id DESC").fetchone()
        before = con.execute("SELECT max(ordered_on) FROM acsa_order WHERE ordered_on < ?",
                             (day,)).fetchone()[0]
    cli("--db", db, "marking", "set", "--scheme", "ca", "--level", "SECRET", "--rel-to", "CAN",
        "--order", newest)

    out = tmp_path / "finance.csv"
    cli("--db", db, "export-finance", "--out", out)
    assert out.read_text(encoding="utf-8").startswith(HEADER)  # the contract's header, untouched
    side = json.loads((tmp_path / "finance.csv.marking.json").read_text(encoding="utf-8"))
    assert side["banner"] == "SECRET//REL TO CAN"  # the highest of what it contains
    assert side["file"] == str(out.resolve()) and side["sealed"] is False
    early = tmp_path / "early.csv"
    cli("--db", db, "export-finance", "--out", early, "--to", before)
    assert json.loads((tmp_path / "early.csv.marking.json").read_text())["banner"] == \
        "PROTECTED B//REL TO CAN, JPN"  # without the SECRET order
    records = _exports(db)
    assert [(r["kind"], r["file"], r["banner"]) for r in records] == [
        ("finance-csv", str(out.resolve()), "SECRET//REL TO CAN"),
        ("finance-csv", str(early.resolve()), "PROTECTED B//REL TO CAN, JPN")]
    assert records[0]["rows"] == len(out.read_text().splitlines()) - 1
    assert "ok:" in cli("--db", db, "verify").stdout  # the records are in the chain

    # a sealed export: nothing plain in its folder; it opens back to the same CSV
    share = tmp_path / "share"
    share.mkdir()
    cli("--db", db, "export-finance", "--out", share / "finance.csv.acsa", "--seal",
        env={"ACSA_DESK_PASSPHRASE": PASS})
    assert sorted(p.name for p in share.iterdir()) == ["finance.csv.acsa",
                                                        "finance.csv.acsa.marking.json"]
    assert b"order_number" not in (share / "finance.csv.acsa").read_bytes()
    header = json.loads(cli("unseal", share / "finance.csv.acsa", "--header").stdout)
    assert header["banner"] == "SECRET//REL TO CAN" and header["kind"] == "finance-csv"
    opened = tmp_path / "opened.csv"
    cli("unseal", share / "finance.csv.acsa", "--out", opened, env={"ACSA_DESK_PASSPHRASE": PASS})
    assert opened.read_bytes() == out.read_bytes()
    assert _exports(db)[-1]["sealed"] is True


def test_documents_record_where_they_were_written(tmp_path):
    db = tmp_path / "ledger.sqlite"
    cli("--db", db, "demo", "--orders", "6")
    cli("--db", db, "marking", "set", "--scheme", "us", "--level", "CUI", "--controlled-by", "DoD")
    with sqlite3.connect(db) as con:
        partner = con.execute("SELECT partner_code FROM acsa_order LIMIT 1").fetchone()[0]
    pdf = tmp_path / "statement.pdf"
    cli("--db", db, "statement", "--partner", partner, "--out", pdf)
    record = _exports(db)[-1]
    assert (record["kind"], record["file"], record["banner"]) == ("statement", str(pdf.resolve()),
                                                                   "CUI")
    assert json.loads((tmp_path / "statement.pdf.marking.json").read_text())["banner"] == "CUI"
