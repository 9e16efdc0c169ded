"""Sample document data (the worked example of interchange.md, plus extras) and PDF helpers."""

from __future__ import annotations

import io
import re
import subprocess
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from pypdf import PdfReader

from acsa_desk.documents.data import (
    AnnualCategoryRow,
    AnnualReportData,
    CategoryAmount,
    OrderFormData,
    OrderLine,
    Party,
    Receipt,
    SignatureBlock,
    StatementData,
    StatementOrder,
    StatementSettlement,
    UnreconciledTransaction,
)

MARKUP_DESCRIPTION = "<b>fuel & oil</b>"
CHAIN_HEAD = "9f2c4e6a1b3d5f7081a2c3e4f5061728394a5b6c7d8e9f00112233445566778"


def sample_orders() -> tuple[StatementOrder, ...]:
    """Hand-computable: CAD receivable 46,397.00 + 1,000.00; JPY payable 35,000; see below."""
    return (
        StatementOrder(  # provided, CAD 95,200.00, 50,000.00 paid -> 45,200.00 outstanding
            "CAN-JPN-25-0101", "KAEDEX 2025", "provided", date(2025, 6, 3), date(2025, 6, 4),
            ("fuel",), "CAD", 9_520_000, 5_000_000, 4_520_000, False, "invoiced",
        ),
        StatementOrder(  # received, JPY 348,000 paid in full
            "CAN-JPN-25-0102", "KAEDEX 2025", "received", date(2025, 6, 5), date(2025, 6, 6),
            ("port_services", "water"), "JPY", 348_000, 348_000, 0, False, "settled",
            category_split=(
                CategoryAmount("port_services", 288_000, 288_000, 0),
                CategoryAmount("water", 60_000, 60_000, 0),
            ),
        ),
        StatementOrder(  # received, not delivered: nothing billable
            "CAN-JPN-25-0103", "Operation NEON 2025", "received", date(2025, 9, 10), None,
            ("fuel",), "JPY", 0, 0, 0, False, "signed",
        ),
        StatementOrder(  # provided, CAD 1,197.00 outstanding
            "CAN-JPN-25-0104", "Operation NEON 2025", "provided", date(2025, 9, 12),
            date(2025, 9, 12), ("maintenance",), "CAD", 119_700, 0, 119_700, False, "delivered",
        ),
        StatementOrder(  # provided long ago, overdue: CAD 1,000.00 outstanding
            "CAN-JPN-24-0042", "Pacific Vanguard 2024", "provided", date(2024, 3, 1),
            date(2024, 3, 2), ("food",), "CAD", 250_000, 150_000, 100_000, True, "invoiced",
        ),
        StatementOrder(  # received, JPY 35,000 outstanding: we owe Japan
            "CAN-JPN-25-0105", "KAEDEX 2025", "received", date(2025, 10, 1), date(2025, 10, 2),
            ("billeting",), "JPY", 35_000, 0, 35_000, False, "invoiced",
        ),
    )


# CAD: receivable 45,200.00 + 1,197.00 + 1,000.00 = 47,397.00; payable 0 -> Japan owes Canada.
EXPECTED_CAD_RECEIVABLE = 4_739_700
# JPY: receivable 0; payable 35,000 -> Canada owes Japan ¥35,000.
EXPECTED_JPY_PAYABLE = 35_000


def sample_settlements() -> tuple[StatementSettlement, ...]:
    return (
        StatementSettlement("CAN-JPN-25-0101", date(2025, 8, 1), "cash", 5_000_000, "CAD",
                            "JMOD payment 2025-114"),
        StatementSettlement("CAN-JPN-25-0102", date(2025, 7, 20), "cash", 348_000, "JPY",
                            "DND payment 44172"),
        StatementSettlement("CAN-JPN-24-0042", date(2024, 6, 30), "eve", 150_000, "CAD",
                            MARKUP_DESCRIPTION),
    )


def sample_statement(**changes: object) -> StatementData:
    data = StatementData(
        partner_code="JPN",
        partner_name="Japan",
        agreement_reference="CAN-JPN ACSA 2018 (in force 2019-07)",
        home_nation="Canada",
        home_code="CAN",
        generated_on=date(2025, 11, 20),
        as_of=date(2025, 11, 20),
        banner="PROTECTED A",
        orders=sample_orders(),
        settlements=sample_settlements(),
        home_signature=SignatureBlock("A. Tremblay", "LCdr", "J4 Finance, CJOC",
                                      date(2025, 11, 21)),
        partner_signature=SignatureBlock(),
        exercise=None,
        chain_head=CHAIN_HEAD,
    )
    return replace(data, **changes) if changes else data


def big_statement(rows: int = 10_000) -> StatementData:
    orders = []
    start = date(2023, 1, 1)
    cats = ("fuel", "food", "water", "maintenance", "port_services", "transportation")
    for i in range(rows):
        currency = "JPY" if i % 3 == 0 else "CAD"
        billable = 1_000 + (i * 7919) % 9_000_000
        settled = billable // 2 if i % 4 else billable
        day = start + timedelta(days=i % 900)
        orders.append(
            StatementOrder(
                f"CAN-JPN-{i:06d}", f"Exercise {i % 17}", "provided" if i % 2 else "received",
                day, day + timedelta(days=1), (cats[i % len(cats)],), currency,
                billable, settled, billable - settled, i % 50 == 0, "invoiced",
            )
        )
    return sample_statement(orders=tuple(orders), settlements=())


def sample_order_form(**changes: object) -> OrderFormData:
    data = OrderFormData(
        agreement_reference="CAN-JPN ACSA 2018",
        order_number="CAN-JPN-25-0101",
        banner="UNCLASSIFIED / NON CLASSIFIÉ",
        requesting=Party("Japan", "JS Kirisame (DD-104)", "LCDR Sato Kenji, +81 46 822 0000"),
        supplying=Party("Canada", "MV Asterix", "Lt(N) Claire Gagnon, claire.gagnon@example.ca"),
        direction="provided",
        ordered_on=date(2025, 6, 3),
        required_on=date(2025, 6, 4),
        delivery_place="Replenishment at sea, 34°N 139°E",
        settlement_method="cash",
        currency="CAD",
        exercise="KAEDEX 2025",
        generated_on=date(2025, 11, 20),
        lines=(
            OrderLine(1, "fuel", "Marine diesel F-76, replenishment at sea", "L", "85000",
                      112, 9_520_000, nsn="9140-00-273-2377"),
            OrderLine(2, "fuel", MARKUP_DESCRIPTION, "L", "200", 350, 70_000),
            OrderLine(3, "maintenance", "Generator repair, 2 technicians", "HR", "14", 8_550,
                      119_700),
        ),
        ordering_official=SignatureBlock("Sato Kenji", "LCDR", "Supply officer"),
        issuing_official=SignatureBlock(),
        receipt=Receipt(),
    )
    return replace(data, **changes) if changes else data


# 95,200.00 + 700.00 + 1,197.00
EXPECTED_ORDER_TOTAL = "97,097.00"


def sample_annual(**changes: object) -> AnnualReportData:
    data = AnnualReportData(
        year=2025,
        home_nation="Canada",
        banner="UNCLASSIFIED",
        generated_on=date(2026, 1, 15),
        provided=(
            AnnualCategoryRow("fuel", "CAD", 9_520_000, 5_000_000, 4_520_000),
            AnnualCategoryRow("maintenance", "CAD", 119_700, 0, 119_700),
            AnnualCategoryRow("food", "JPY", 120_000, 20_000, 100_000),
        ),
        received=(
            AnnualCategoryRow("port_services", "JPY", 288_000, 288_000, 0),
            AnnualCategoryRow("water", "JPY", 60_000, 60_000, 0),
        ),
        unreconciled=(
            UnreconciledTransaction(date(2024, 3, 2), "JPN", "CAN-JPN-24-0042", "CAD", 100_000),
            UnreconciledTransaction(date(2024, 5, 9), "AUS", "=CMD|' /C calc'!A0", "JPY", 5_000),
        ),
    )
    return replace(data, **changes) if changes else data


# --------------------------------------------------------------------------- PDF helpers


def pdf_pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def text_positions(pdf: bytes, page_index: int) -> tuple[float, list[tuple[str, float, float]]]:
    """(page height, [(text, x, y), ...]) of one page, positions in points from bottom left."""
    page = PdfReader(io.BytesIO(pdf)).pages[page_index]
    found: list[tuple[str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: object) -> None:
        if text.strip():
            found.append((text.strip(), cm[4] + tm[4] * cm[0], cm[5] + tm[5] * cm[3]))

    page.extract_text(visitor_text=visit)
    return float(page.mediabox.height), found


def render_pngs(pdf: bytes, folder: Path, resolution: int = 50) -> list[Path]:
    """Renders every page with poppler's pdftoppm (installed by `make test`)."""
    source = folder / "doc.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(resolution), str(source), str(folder / "page")],
        check=True,
        capture_output=True,
    )
    return sorted(folder.glob("page*.png"))


def word_boxes(pdf: bytes, folder: Path, page: int = 1) -> list[tuple[str, float, float]]:
    """[(word, x_min, x_max), ...] of one page (1-based), from poppler's pdftotext -bbox."""
    source = folder / "words.pdf"
    source.write_bytes(pdf)
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(source), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return [
        (word, float(x_min), float(x_max))
        for x_min, x_max, word in re.findall(
            r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>',
            html,
        )
    ]


# --------------------------------------------------------------------------- fixtures


@pytest.fixture
def statement_data() -> StatementData:
    return sample_statement()


@pytest.fixture
def order_form_data() -> OrderFormData:
    return sample_order_form()


@pytest.fixture
def annual_data() -> AnnualReportData:
    return sample_annual()


@pytest.fixture
def samples() -> SimpleNamespace:
    """The sample builders and their hand-computed expectations, for tests that vary them."""
    return SimpleNamespace(
        statement=sample_statement,
        big_statement=big_statement,
        orders=sample_orders,
        order_form=sample_order_form,
        annual=sample_annual,
        markup=MARKUP_DESCRIPTION,
        chain_head=CHAIN_HEAD,
        cad_receivable=EXPECTED_CAD_RECEIVABLE,
        jpy_payable=EXPECTED_JPY_PAYABLE,
        order_total=EXPECTED_ORDER_TOTAL,
    )


@pytest.fixture
def pdf() -> SimpleNamespace:
    """Reading and rendering helpers for built PDFs."""
    return SimpleNamespace(
        pages_text=pdf_pages_text,
        page_count=page_count,
        positions=text_positions,
        render=render_pngs,
        words=word_boxes,
    )
