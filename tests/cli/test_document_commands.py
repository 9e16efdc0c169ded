"""statement, order-form and annual-report, run as the installed `acsa-desk` in a subprocess."""

import csv
import io
import sqlite3
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageStat
from pypdf import PdfReader

from tests.cli.helpers import EXE, cli, one_line_error  # noqa: F401


def pages_text(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def not_blank(pdf: Path, folder: Path) -> None:
    """Renders page 1 with poppler and checks there is ink on it."""
    subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", str(pdf),
                    str(folder / "look")], check=True, capture_output=True)
    (png,) = folder.glob("look*.png")
    with Image.open(png) as image:
        grey = image.convert("L")
        dark = sum(grey.histogram()[:128])
        assert dark > 2000, f"{png}: only {dark} dark pixels"
        assert ImageStat.Stat(grey).mean[0] < 250


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    db = tmp_path_factory.mktemp("demo") / "ledger.sqlite"
    cli("--db", db, "demo", "--orders", "150", "--seed", "5")
    return db


def query(db, sql, *params):
    with sqlite3.connect(db) as con:
        return con.execute(sql, params).fetchall()


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_statement_en_ja_of_the_demo_ledger(demo, out):
    pdf = out / "statement-JPN.pdf"
    proc = cli("--db", demo, "statement", "--partner", "JPN", "--lang", "en,ja", "--out", pdf)
    assert "statement of JPN" in proc.stderr
    assert pdf.read_bytes().startswith(b"%PDF-")
    pages = pages_text(pdf)
    text = "\n".join(pages)
    numbers = [n for (n,) in query(demo, "SELECT number FROM acsa_order WHERE partner_code = "
                                         "'JPN' AND status <> 'cancelled'")]
    assert len(numbers) > 50
    for number in numbers:
        assert number in text
    for english, japanese in [("Settlement statement", "決済明細書"), ("Outstanding", "未決済額"),
                              ("Settlements", "決済"), ("Signature", "署名")]:
        assert english in text and japanese in text
    total = len(pages)
    assert total >= 3
    for n, page in enumerate(pages, start=1):
        assert page.count("UNCLASSIFIED") == 2, f"page {n}: banner top and bottom"
        assert f"Page {n} of {total}" in page and f"{n} / {total} ページ" in page
    # the anchor printed is the chain's when the statement was built, just before the audit
    # entry that records where the statement was written
    (count, head) = query(demo, "SELECT id - 1, prev_hash FROM audit_entry WHERE action = "
                                "'export' ORDER BY id DESC LIMIT 1")[0]
    assert len(head) == 64 and f"acsa1:{count}:{head[:32]}" in text
    (reference,) = query(demo, "SELECT reference FROM agreement WHERE partner_code = 'JPN'")[0]
    assert reference.split(",")[0] in text
    not_blank(pdf, out)
    assert sorted(p.name for p in out.iterdir() if p.suffix == ".pdf") == ["statement-JPN.pdf"]


def test_statement_filters_and_default_language(demo, out):
    exercise = "KAEDEX 2025"
    pdf = out / "s.pdf"
    cli("--db", demo, "statement", "--partner", "JPN", "--exercise", exercise, "--out", pdf)
    text = "\n".join(pages_text(pdf))
    assert "決済明細書" not in text and "Settlement statement" in text  # --lang defaults to en
    mine = {n for (n,) in query(
        demo, "SELECT o.number FROM acsa_order o JOIN exercise e ON e.id = o.exercise_id "
              "WHERE o.partner_code = 'JPN' AND e.name = ? AND o.status <> 'cancelled'",
        exercise)}
    others = {n for (n,) in query(
        demo, "SELECT o.number FROM acsa_order o JOIN exercise e ON e.id = o.exercise_id "
              "WHERE o.partner_code = 'JPN' AND e.name <> ?", exercise)}
    assert mine and all(n in text for n in mine)
    assert not any(n in text for n in others)

    first, last = query(demo, "SELECT MIN(ordered_on), MAX(ordered_on) FROM acsa_order "
                              "WHERE partner_code = 'USA'")[0]
    cli("--db", demo, "statement", "--partner", "USA", "--lang", "en,fr", "--from", first,
        "--to", first, "--as-of", last, "--out", pdf)
    text = "\n".join(pages_text(pdf))
    assert "Relevé de règlement" in text and f"{first} – {first}" in text
    dated_later = {n for (n,) in query(demo, "SELECT number FROM acsa_order WHERE "
                                             "partner_code = 'USA' AND ordered_on > ?", first)}
    assert dated_later and not any(n in text for n in dated_later)


def test_order_form_en_fr(demo, out):
    ((number,),) = query(demo, "SELECT number FROM acsa_order WHERE status = 'invoiced' "
                               "ORDER BY number LIMIT 1")
    descriptions = [d for (d,) in query(
        demo, "SELECT l.description FROM order_line l JOIN acsa_order o ON o.id = l.order_id "
              "WHERE o.number = ? ORDER BY l.line_no", number)]
    pdf = out / "form.pdf"
    cli("--db", demo, "order-form", number, "--lang", "en,fr", "--out", pdf)
    pages = pages_text(pdf)
    text = " ".join(" ".join(pages).split())
    assert number in text
    assert "Order for logistic support" in text and "Commande de soutien logistique" in text
    assert "Requesting party / Partie requérante" in text
    for description in descriptions:
        assert description.split(",")[0] in text
    for n, page in enumerate(pages, start=1):
        assert page.count("UNCLASSIFIED") == 2
        assert f"Page {n} of {len(pages)} / Page {n} de {len(pages)}" in page
    not_blank(pdf, out)


def test_annual_report_pdf_and_csv(demo, out):
    year = query(demo, "SELECT MAX(substr(ordered_on, 1, 4)) - 1 FROM acsa_order")[0][0]
    pdf, table = out / "annual.pdf", out / "annual.csv"
    cli("--db", demo, "annual-report", "--year", year, "--lang", "en,ja", "--out", pdf)
    cli("--db", demo, "annual-report", "--year", year, "--out", table)
    text = "\n".join(pages_text(pdf))
    assert str(year) in text and "unreconciled after one year" in text
    raw = table.read_bytes()
    assert b"\r\n" in raw
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8"))))
    provided_cad = [r for r in rows if r["section"] == "provided" and r["currency"] == "CAD"]
    assert provided_cad
    (total_row,) = [r for r in rows if r["section"] == "provided_total" and r["currency"] == "CAD"]
    expected = query(demo, "SELECT SUM(billable_minor), SUM(settled_minor) FROM acsa_order "
                           "WHERE direction = 'provided' AND currency = 'CAD' AND status <> "
                           "'cancelled' AND substr(ordered_on, 1, 4) = ?", str(year))[0]
    assert total_row["total_value"] == f"{expected[0] / 100:.2f}"
    assert total_row["collected"] == f"{expected[1] / 100:.2f}"
    assert [r for r in rows if r["section"] == "unreconciled"]
    not_blank(pdf, out)


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["statement", "--partner", "JPN", "--lang", "en,de"], "unknown language 'de'"),
        (["statement", "--partner", "JPN", "--lang", "en,ja,fr"], "not more"),
        (["statement", "--partner", "FRA"], "no partner 'FRA'"),
        (["statement", "--partner", "XX"], "alpha-3"),
        (["statement", "--partner", "JPN", "--exercise", "Nope"], "no exercise named 'Nope'"),
        (["statement", "--partner", "JPN", "--from", "2025-02-01", "--to", "2025-01-01"],
         "--to is before --from"),
        (["order-form", "NO-SUCH-ORDER", "--lang", "fr"], "no order numbered 'NO-SUCH-ORDER'"),
        (["order-form", "X", "--lang", "xx"], "unknown language 'xx'"),
        (["annual-report", "--year", "25"], "'25' is not a year"),
    ],
)
def test_mistakes_give_one_line_and_write_nothing(demo, out, args, fragment):
    target = out / "doc.pdf"
    one_line_error(cli("--db", demo, *args, "--out", target, check=False), fragment)
    assert list(out.iterdir()) == []


def test_a_failed_run_leaves_the_old_file_alone(demo, out):
    target = out / "doc.pdf"
    target.write_bytes(b"%PDF-old")
    one_line_error(cli("--db", demo, "statement", "--partner", "FRA", "--out", target,
                       check=False), "no partner")
    one_line_error(cli("--db", demo, "annual-report", "--year", "2025", "--out",
                       out / "report.txt", check=False), "--out must end in .pdf or .csv")
    one_line_error(cli("--db", demo, "statement", "--partner", "JPN", "--out",
                       out / "missing" / "s.pdf", check=False), "does not exist")
    assert target.read_bytes() == b"%PDF-old"
    assert [p.name for p in out.iterdir()] == ["doc.pdf"]
