"""The PDF is written object by object (documents.pages.StreamingDocument), never joined in
memory, and page bodies wait in a spool file: the bytes are reportlab's own all the same."""

import io
import sys
from datetime import date

from pypdf import PdfReader
from reportlab.pdfbase import pdfdoc

from acsa_desk.documents import build_statement, pages
from acsa_desk.documents.data import StatementData, StatementOrder


def _data(count: int) -> StatementData:
    orders = tuple(
        StatementOrder(f"CAN-JPN-25-{i:05d}", "KAEDEX 2025", "provided", date(2025, 1, 1), None,
                       ("fuel",), "CAD", 1000 + i, 0, 1000 + i, i % 7 == 0, "invoiced")
        for i in range(count))
    return StatementData("JPN", "Japan", "ACSA-REF", "Canada", date(2026, 1, 1), date(2026, 1, 1),
                         "UNCLASSIFIED", orders)


def test_the_streamed_file_is_reportlabs_own_bytes(monkeypatch):
    data = _data(400)
    ours = build_statement(data, ("en", "ja"), invariant=True)
    written = io.BytesIO()
    assert build_statement(data, ("en", "ja"), invariant=True, out=written) == b""
    assert written.getvalue() == ours
    # the same document through reportlab's PDFDocument.format (the whole file joined)
    monkeypatch.setattr(pages.StreamingDocument, "SaveToFile", pdfdoc.PDFDocument.SaveToFile)
    assert build_statement(data, ("en", "ja"), invariant=True) == ours
    reader = PdfReader(io.BytesIO(ours))
    assert len(reader.pages) > 10
    last = reader.pages[-1].extract_text()
    assert f"Page {len(reader.pages)} of {len(reader.pages)}" in last


def test_page_bodies_wait_in_the_spool_not_in_memory(monkeypatch):
    seen: list[pages.SpooledStream] = []
    formatted: list[bytes] = []
    original = pages.SpooledStream.format

    def format_(self, document):
        assert self.content == b""  # nothing held before its turn ...
        out = original(self, document)
        assert self.content == b""  # ... nor after
        seen.append(self)
        formatted.append(out)
        return out

    monkeypatch.setattr(pages.SpooledStream, "format", format_)
    pdf = build_statement(_data(300), ("en",), invariant=True)
    assert len(seen) == len(PdfReader(io.BytesIO(pdf)).pages) > 10
    assert all(chunk in pdf for chunk in formatted[:3])


def test_held_pages_keep_only_what_they_hold_and_write_the_same_bytes(monkeypatch):
    """A page object waits in memory until the whole document is written (some 55,000 of them
    for the largest partner at a million orders): it keeps no unset entries and shares the
    empty ones, and the file is byte for byte the one written from reportlab's own pages."""
    data = _data(400)
    held: list[dict] = []  # each page object's entries as they wait to be written
    original = pages.StreamingDocument.SaveToFile

    def save(self, filename, canvas):
        held.extend(dict(vars(page), size=sys.getsizeof(vars(page))) for page in self.Pages.pages)
        return original(self, filename, canvas)

    monkeypatch.setattr(pages.StreamingDocument, "SaveToFile", save)
    lean = build_statement(data, ("en", "ja"), invariant=True)
    assert len(held) > 10
    assert not [name for page in held for name, value in page.items() if value is None]
    assert len({id(page["_colorsUsed"]) for page in held}) == 1
    assert len({id(page["Annots"]) for page in held}) == 1
    assert max(page["size"] for page in held) < 800  # reportlab's: 1,584 bytes
    monkeypatch.setattr(pages, "lean_page", lambda page, shared: None)
    assert build_statement(data, ("en", "ja"), invariant=True) == lean
