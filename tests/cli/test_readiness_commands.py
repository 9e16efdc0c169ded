"""agreement set/list, attach, attachments and readiness, run as the installed program."""

import hashlib
import json

import pytest

from tests.cli.helpers import cli, one_line_error
from tests.interchange.conftest import csv_text, order_row


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "ledger.sqlite"
    sheet = tmp_path / "orders.csv"
    sheet.write_text(csv_text([
        order_row(),  # CAN-JPN-25-0101, delivered 2025-08-01 by the sample row, no signatures
        order_row(order_number="N-1", quantity="14", delivered_quantity="0", delivered_on="",
                  unit_price="85.50", category="maintenance", nsn=""),
    ]), encoding="utf-8")
    cli("--db", path, "import-orders", sheet)
    return path


def test_agreement_set_and_list_json(db):
    cli("--db", db, "agreement", "set", "--partner", "JPN", "--reference", "CAN-JPN ACSA 2018",
        "--title", "Canada-Japan ACSA", "--signed-on", "2018-04-21", "--in-force-from",
        "2019-07-01", "--notified-on", "2018-05-01", "--categories", "fuel,water,maintenance",
        "--settlement-months", "6", "--claim-days", "45")
    cli("--db", db, "agreement", "set", "--partner", "JPN", "--reference", "CAN-JPN ACSA 2018",
        "--claim-days", "40")  # what is not given is kept
    (row,) = json.loads(cli("--db", db, "agreement", "list", "--json").stdout)
    assert {k: row[k] for k in ("partner", "reference", "signed_on", "in_force_from",
                                "notified_on", "categories", "settlement_months",
                                "claim_days", "title")} == {
        "partner": "JPN", "reference": "CAN-JPN ACSA 2018", "signed_on": "2018-04-21",
        "in_force_from": "2019-07-01", "notified_on": "2018-05-01",
        "categories": ["fuel", "water", "maintenance"], "settlement_months": 6,
        "claim_days": 40, "title": "Canada-Japan ACSA"}
    assert "funding_reference" in row["required_elements"]


@pytest.mark.parametrize(("args", "fragment", "status"), [
    (["--claim-days", "0"], "must be 1 to 365", 2),
    (["--signed-on", "21/04/2018"], "YYYY-MM-DD", 2),
    (["--categories", "fuel,beer"], "'beer' is not one of the 16", 1),
    (["--settlement-months", "x"], "not a whole number", 2),
])
def test_agreement_set_refusals(db, args, fragment, status):
    proc = cli("--db", db, "agreement", "set", "--partner", "JPN", "--reference", "R", *args,
               check=False)
    one_line_error(proc, fragment)
    assert proc.returncode == status
    assert json.loads(cli("--db", db, "agreement", "list", "--json").stdout) == []


def test_attach_and_list(db, tmp_path):
    scan = tmp_path / "signed form.pdf"
    scan.write_bytes(b"%PDF-1.4 signed")
    out = cli("--db", db, "attach", "CAN-JPN-25-0101", scan, "--kind", "signed_order_form",
              "--note", "both signatures").stdout
    digest = hashlib.sha256(b"%PDF-1.4 signed").hexdigest()
    assert digest in out
    (row,) = json.loads(cli("--db", db, "attachments", "CAN-JPN-25-0101", "--json").stdout)
    assert {k: row[k] for k in ("order_number", "file_name", "kind", "note", "size", "sha256",
                                "withdrawn")} == {
        "order_number": "CAN-JPN-25-0101", "file_name": "signed form.pdf",
        "kind": "signed_order_form", "note": "both signatures", "size": 15, "sha256": digest,
        "withdrawn": False}
    assert json.loads(cli("--db", db, "attachments", "N-1", "--json").stdout) == []


def test_attach_refusals(db, tmp_path):
    big = tmp_path / "big.tif"
    with open(big, "wb") as f:
        f.truncate(50 * 1024 * 1024 + 1)
    one_line_error(cli("--db", db, "attach", "N-1", big, "--kind", "other", check=False),
                   "limited to 50 MB")
    small = tmp_path / "a.pdf"
    small.write_bytes(b"a")
    one_line_error(cli("--db", db, "attach", "N-1", small, "--kind", "photo", check=False),
                   "'photo' is not a kind of document")
    one_line_error(cli("--db", db, "attach", "NOPE", small, "--kind", "other", check=False),
                   "no order numbered 'NOPE'")
    one_line_error(cli("--db", db, "attach", "N-1", tmp_path / "none.pdf", "--kind", "other",
                       check=False), "no file")
    missing = tmp_path / "missing.sqlite"
    one_line_error(cli("--db", missing, "attachments", "N-1", "--json", check=False), "no ledger")
    assert not missing.exists()
    assert json.loads(cli("--db", db, "attachments", "N-1", "--json").stdout) == []


def test_readiness_json(db):
    rows = json.loads(cli("--db", db, "readiness", "--as-of", "2025-12-01", "--json").stdout)
    by_number = {r["order_number"]: r for r in rows}
    first = by_number["CAN-JPN-25-0101"]
    assert set(first) >= {"order_number", "partner", "currency", "outstanding", "exceptions"}
    assert (first["partner"], first["currency"], first["outstanding"]) == ("JPN", "CAD", "95200.00")
    assert first["exceptions"] == ["missing_data", "missing_signatures", "missing_documents",
                                   "claim_late"]
    assert "agreement_reference" in first["details"]["missing_data"]
    assert by_number["N-1"]["exceptions"] == ["missing_data"]
    assert json.loads(cli("--db", db, "readiness", "--partner", "USA", "--json").stdout) == []
    one_line_error(cli("--db", db, "readiness", "--as-of", "2025-13-01", check=False),
                   "not a real calendar date")


def test_designated_officials_on_the_command_line(tmp_path):
    db = tmp_path / "officials.sqlite"
    secret = tmp_path / "secret.txt"
    secret.write_text("anne's passphrase 1\n")
    env = {"ACSA_DESK_USER": "anne"}
    cli("--db", db, "user", "--name", "Anne Tremblay", "--rank", "Cdr", env=env)  # registered
    cli("--db", db, "user", "passphrase", "--passphrase-file", secret, env=env)
    env = {**env, "ACSA_DESK_PASSPHRASE_FILE": str(secret)}
    cli("--db", db, "agreement", "set", "--partner", "JPN", "--reference", "CAN-JPN ACSA 2018",
        "--as", "anne", env=env)
    base = ("--db", db, "agreement", "official-add", "--partner", "JPN", "--limit", "500000.00",
            "--currency", "CAD", "--from", "2025-01-01")
    for extra, fragment in (
        (("--name", "Anne Tremblay", "--login", "nobody"), "no registered user 'nobody'"),
        (("--name", "Marc Roy", "--login", "anne"), "registered as 'Anne Tremblay'"),
        (("--name", "Anne Tremblay", "--login", "anne", "--until", "2024-01-01"), "cannot end"),
    ):
        proc = cli(*base, *extra, "--as", "anne", check=False, env=env)
        one_line_error(proc, fragment)
        assert proc.returncode == 1
    assert json.loads(cli("--db", db, "agreement", "officials", "--json").stdout) == []
    cli(*base, "--name", "Anne Tremblay", "--login", "ANNE", "--rank", "Cdr", "--as", "anne",
        env=env)
    (row,) = json.loads(cli("--db", db, "agreement", "officials", "--json").stdout)
    assert {k: row[k] for k in ("partner", "name", "login", "limit", "currency", "valid_from",
                                "valid_until")} == {
        "partner": "JPN", "name": "Anne Tremblay", "login": "anne", "limit": "500000.00",
        "currency": "CAD", "valid_from": "2025-01-01", "valid_until": None}
    cli("--db", db, "agreement", "official-end", str(row["id"]), "--until", "2025-12-31",
        "--as", "anne", env=env)
    (row,) = json.loads(cli("--db", db, "agreement", "officials", "--partner", "JPN",
                            "--json").stdout)
    assert row["valid_until"] == "2025-12-31"
    one_line_error(cli("--db", db, "agreement", "official-end", "99", "--until", "2025-12-31",
                       "--as", "anne", check=False, env=env), "no designated official with id 99")
    # changing the agreements is an admin's work: a clerk is refused in one line, nothing changes
    theirs = tmp_path / "carl.txt"
    theirs.write_text("carl's passphrase 2\n")
    cli("--db", db, "user", "add", "carl", "--role", "clerk", "--passphrase-file", theirs,
        "--as", "anne", env=env)
    carl = {**env, "ACSA_DESK_PASSPHRASE_FILE": str(theirs)}
    for command in (
        ("agreement", "set", "--partner", "JPN", "--reference", "CHANGED", "--claim-days", "5"),
        ("agreement", "official-add", "--partner", "JPN", "--limit", "1.00", "--currency", "CAD",
         "--from", "2025-01-01", "--name", "Anne Tremblay", "--login", "anne"),
        ("agreement", "official-end", str(row["id"]), "--until", "2025-06-30"),
    ):
        proc = cli("--db", db, *command, "--as", "carl", check=False, env=carl)
        one_line_error(proc, "only an admin can change the agreements")
        assert proc.returncode == 1
    (agreement,) = json.loads(cli("--db", db, "agreement", "list", "--json").stdout)
    assert (agreement["reference"], agreement["claim_days"]) == ("CAN-JPN ACSA 2018", 30)
    (row,) = json.loads(cli("--db", db, "agreement", "officials", "--json").stdout)
    assert row["valid_until"] == "2025-12-31"


def test_attach_to_a_delivery_or_a_settlement(db, tmp_path):
    pod = tmp_path / "pod.pdf"
    pod.write_bytes(b"%PDF-1.4 proof of delivery")
    out = cli("--db", db, "attach", "CAN-JPN-25-0101", pod, "--kind", "proof_of_delivery",
              "--delivery", "2025-06-04").stdout
    assert "to the delivery of 2025-06-04 of order CAN-JPN-25-0101" in out
    (row,) = json.loads(cli("--db", db, "attachments", "CAN-JPN-25-0101", "--json").stdout)
    assert row["delivery_id"] is not None and row["settlement_id"] is None
    for extra, fragment in ((("--delivery", "2025-08-02"), "has no delivery on 2025-08-02"),
                            (("--settlement", "PAY-1"), "has no settlement with reference"),
                            (("--delivery", "2025-06-04", "--settlement", "PAY-1"),
                             "not allowed with argument")):
        one_line_error(cli("--db", db, "attach", "CAN-JPN-25-0101", pod, "--kind", "receipt",
                           *extra, check=False), fragment)
    assert len(json.loads(cli("--db", db, "attachments", "CAN-JPN-25-0101", "--json").stdout)) == 1
