"""Page furniture and the PDF build: page sizes and margins, the marking, running header and
footer ("page N of M") drawn on every page, and :func:`build_pdf`.

Re-exported by :mod:`acsa_desk.documents.layout`, which the builders import.
"""

from __future__ import annotations

import io
import struct
import tempfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, BinaryIO

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from acsa_desk.core.marking import Rendering
from acsa_desk.documents import labels as L
from acsa_desk.documents.collector import collector_paused
from acsa_desk.documents.formats import fmt_date
from acsa_desk.documents.marking_page import draw_marking, first_page_flowables
from acsa_desk.documents.typography import BANNER_INK, BODY_SIZE, FONT, RULE, register_font, text_width

PORTRAIT = A4
LANDSCAPE = landscape(A4)
MARGIN = 12 * mm
TOP_RESERVED = 17 * mm  # banner and running header above the frame
BOTTOM_RESERVED = 16 * mm  # footer line and banner below the frame


def generated_on(day: date, langs: Sequence[str]) -> str:
    """ "Generated on 2025-01-31 / 作成日 2025-01-31": the date line of every page."""
    return L.join(L.text("generated_on_value", lang, date=fmt_date(day)) for lang in langs)


def with_anchor(generated: str, anchor: str, langs: Sequence[str]) -> str:
    """The footer's date line followed by the audit anchor (when there is one)."""
    if not anchor:
        return generated
    return f"{generated}    {L.label('anchor', tuple(langs))} {anchor}"


@dataclass(frozen=True)
class PageDecor:
    """What every page carries: the marking, a running title, date, page N of M.

    ``banner`` is the marking as its scheme renders it (see documents/marking_page.py); a plain
    string is still accepted and printed centred in black.
    """

    banner: Rendering | str
    running_title: str  # left of the running header
    running_right: str  # right of the running header (e.g. the agreement reference)
    generated: str  # "Generated on 2025-01-31 / 作成日 2025-01-31"
    langs: tuple[str, ...]

    def page_text(self, n: int, m: int) -> str:
        return L.join(L.text("page_of", lang, n=n, m=m) for lang in self.langs)


def _fit(text: str, size: float, width: float) -> float:
    """The font size, at most ``size``, at which ``text`` fits ``width``."""
    needed = text_width(text, size)
    return size if needed <= width else max(4.0, size * width / needed)


def _draw_page(canv: rl_canvas.Canvas, decor: PageDecor, n: int, m: int) -> None:
    width, height = canv._pagesize
    left, right = MARGIN, width - MARGIN
    usable = right - left
    # handling marking, by its scheme's rules (top and bottom, or top right)
    draw_marking(canv, decor.banner, font=FONT, margin=MARGIN, top=height - 8.2 * mm,
                 bottom=5.0 * mm, langs=decor.langs)
    canv.saveState()
    canv.setFillColor(BANNER_INK)
    canv.setStrokeColor(RULE)
    # running header
    canv.setFont(FONT, 7)
    right_w = text_width(decor.running_right, 7)
    title_size = _fit(decor.running_title, 7, usable - right_w - 6 * mm)
    canv.setFont(FONT, title_size)
    canv.drawString(left, height - 13.2 * mm, decor.running_title)
    canv.setFont(FONT, 7)
    canv.drawRightString(right, height - 13.2 * mm, decor.running_right)
    canv.setLineWidth(0.6)
    canv.line(left, height - 14.6 * mm, right, height - 14.6 * mm)
    # footer
    canv.line(left, 12.6 * mm, right, 12.6 * mm)
    canv.drawString(left, 9.6 * mm, decor.generated)
    canv.drawRightString(right, 9.6 * mm, decor.page_text(n, m))
    canv.restoreState()


class SpooledStream(pdfdoc.PDFStream):
    """A page's content stream (already deflated) that stays in the spool file until the PDF
    is written: only the page's offset, length and small footer tail are in memory."""

    def __init__(self, spool: Any, offset: int, length: int, tail: bytes,
                 dictionary: pdfdoc.PDFDictionary) -> None:
        # one dictionary (FlateDecode) may serve every page: reportlab formats a copy of it
        super().__init__(dictionary, b"")
        self._where = (spool, offset, length)
        self._tail = tail

    def format(self, document: Any) -> bytes:
        spool, offset, length = self._where
        spool.seek(offset)
        self.content = spool.read(length) + self._tail
        try:
            return bytes(super().format(document))
        finally:
            self.content = b""


class LeanPage(pdfdoc.PDFPage):
    """A page object held until the document is written, without its unset entries: reportlab's
    page sets each of its two dozen optional entries to None on the instance (about 1.6 KB a
    page, some 55,000 pages in a 1M-order statement); here None is the class's, and the page
    formats the same (reportlab reads every entry with getattr)."""


for _name in [*pdfdoc.PDFPage.__NoDefault__, "ExtGState"]:  # (the canvas sets ExtGState)
    setattr(LeanPage, _name, None)
#: per-page values that are equal from page to page (empty dictionaries and lists): one kept
_SHAREABLE = ("_colorsUsed", "_shadingUsed", "Annots", "Trans")


def lean_page(page: pdfdoc.PDFPage, shared: dict[str, Any]) -> None:
    """Makes a finished page object hold only what it holds: its unset entries dropped (see
    LeanPage) and each value equal to the first page's (``shared``) replaced by that one."""
    page.__class__ = LeanPage
    # a new dictionary (one with keys deleted keeps its size)
    state = {name: value for name, value in page.__dict__.items()
             if value is not None or getattr(LeanPage, name, 0) is not None}
    page.__dict__ = state
    for name in _SHAREABLE:
        value = state.get(name)
        if value is None:
            continue
        first = shared.setdefault(name, value)
        if first is not value and _same(first, value):
            state[name] = first


def _same(a: Any, b: Any) -> bool:
    if type(a) is not type(b):
        return False
    if isinstance(a, pdfdoc.PDFDictionary):  # (no equality of its own)
        return not a.dict and not b.dict
    return bool(a == b) and not a  # empty ones only: nothing in them can differ by identity


class _FileWriter(pdfdoc.PDFFile):
    """reportlab's output collector, writing to a file as it goes instead of joining a list."""

    def __init__(self, handle: Any, pdf_version: Any) -> None:
        self.strings: list[bytes] = []
        self.write = handle.write
        self.offset = 0
        self.add(pdfdoc.pdfdocEnc("%PDF-{}.{}".format(*pdf_version))
                 + b"\n%\223\214\213\236 ReportLab Generated PDF document (opensource)\n")

    def format(self, document: Any) -> bytes:
        return b""


class StreamingDocument(pdfdoc.PDFDocument):
    """reportlab's PDF document, written to its file object by object (the same bytes as
    ``PDFDocument.format`` joins in memory): a long statement is never held whole."""

    def SaveToFile(self, filename: Any, canvas: Any) -> None:
        if not callable(getattr(filename, "write", None)):
            with open(filename, "wb") as handle:
                self.SaveToFile(handle, canvas)
            return
        if getattr(self, "_savedToFile", False):
            raise RuntimeError("a document can only be saved once")
        self._savedToFile = True
        # what GetPDFData does before formatting
        for font in self.delayedFonts:
            font.addObjects(self)
        self.info.invariant = self.invariant
        self.info.digest(self.signature)
        self.Reference(self.Catalog)
        self.Reference(self.info)
        self.Outlines.prepare(self, canvas)
        if self.Outlines.ready < 0:
            self.Catalog.Outlines = None
        self._write(filename)

    def _write(self, handle: Any) -> None:
        """``PDFDocument.format`` (reportlab 4-5), its output collector writing to ``handle``."""
        self.encrypt.prepare(self)
        cat = self.Catalog
        info = self.info
        self.Reference(cat)
        self.Reference(info)
        encryptref = None
        encryptinfo = self.encrypt.info()
        if encryptinfo:
            encryptref = self.Reference(encryptinfo)
        counter = 0
        ids = []
        numbertoid = self.numberToId
        idToOb = self.idToObject
        idToOf = self.idToOffset
        self.__accum__ = out = _FileWriter(handle, self._pdfVersion)
        while True:
            counter += 1
            if counter not in numbertoid:
                break
            oid = numbertoid[counter]
            obj = idToOb[oid]
            formatted = pdfdoc.PDFIndirectObject(oid, obj).format(self)
            if not rl_config.invariant and rl_config.pdfComments:
                try:
                    classname = obj.__class__.__name__
                except Exception:
                    classname = ascii(obj)
                out.add(f"% {oid!a}: class {classname[:50]} \n")
            idToOf[oid] = out.add(formatted)
            ids.append(oid)
        del self.__accum__
        if counter - 1 != len(numbertoid):
            raise ValueError(f"counter {counter} does not match the objects {len(numbertoid)}")
        xref = pdfdoc.PDFCrossReferenceTable()
        xref.addsection(0, ids)
        xrefoffset = out.add(xref.format(self))
        trailer = pdfdoc.PDFTrailer(
            startxref=xrefoffset,
            Size=len(numbertoid) + 1,
            Root=self.Reference(cat),
            Info=self.Reference(info),
            Encrypt=encryptref,
            ID=self.ID(),
        )
        out.add(trailer.format(self))
        if getattr(self, "_digiSigs", None):
            raise ValueError("digital signatures are not supported in documents")


#: Strings drawn by a canvas kept with their text operators (per canvas: at most this many).
TEXT_OPS_LIMIT = 1024


class RepeatedStrings(rl_canvas.Canvas):
    """A canvas that writes a string it has drawn before, at the same place in the same font,
    from the text operators it wrote the first time.

    Every page of a document draws the same marking, running header and date line: reportlab
    makes a text object for each, measures the string and splits it into the font's subsets
    (``splitString``) on every page. A TrueType subset's codes never change in a document once
    assigned, and ``drawString`` (``drawRightString``, ``drawCentredString``) with the default
    arguments writes one text object that depends only on the position, the string, the font
    name, size and leading and the canvas's direction (``bottomup``): the same code again.
    """

    _text_ops: dict[tuple[Any, ...], str] | None = None

    def _repeated(self, kind: str, draw: Any, x: float, y: float, text: Any) -> None:
        ops = self._text_ops
        if ops is None:
            ops = self._text_ops = {}
        key = (kind, x, y, text, self._fontname, self._fontsize, self._leading, self.bottomup)
        found = ops.get(key)
        if found is not None:
            self._code.append(found)
            return
        before = len(self._code)
        draw(self, x, y, text)
        if len(self._code) == before + 1 and len(ops) < TEXT_OPS_LIMIT:
            ops[key] = self._code[-1]

    # any other argument (mode, charSpace, direction, wordSpace, shaping), or a str subclass
    # (shaped text), is drawn by reportlab each time

    def drawString(self, x: float, y: float, text: Any, *args: Any, **kw: Any) -> None:
        if args or kw or type(text) is not str:
            super().drawString(x, y, text, *args, **kw)
        else:
            self._repeated("left", rl_canvas.Canvas.drawString, x, y, text)

    def drawRightString(self, x: float, y: float, text: Any, *args: Any, **kw: Any) -> None:
        if args or kw or type(text) is not str:
            super().drawRightString(x, y, text, *args, **kw)
        else:
            self._repeated("right", rl_canvas.Canvas.drawRightString, x, y, text)

    def drawCentredString(self, x: float, y: float, text: Any, *args: Any, **kw: Any) -> None:
        if args or kw or type(text) is not str:
            super().drawCentredString(x, y, text, *args, **kw)
        else:
            self._repeated("centre", rl_canvas.Canvas.drawCentredString, x, y, text)


#: a held page once drawn (nothing of it kept)
_DRAWN: tuple[dict[str, Any], int, int, int] = ({}, 0, 0, 0)


def _canvas_class(decor: PageDecor) -> type[rl_canvas.Canvas]:
    """A canvas that holds pages back until the end so each can say "page N of M".

    A held page costs its compressed size, not its drawing: at the page's end its body (what
    ``showPage`` would write before the footer) is deflated at once, with a full flush, and the
    canvas state is kept as the few attributes that differ from the first page's. At the end
    the footer ("page N of M") is deflated as the continuation of the same stream, so each page
    still has one content stream, byte for byte the one drawn in one go (body, then footer).
    """

    class NumberedCanvas(RepeatedStrings):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._doc.__class__ = StreamingDocument  # written object by object (see there)
            #: the deflated page bodies, in a temporary file until the PDF is written
            self._spool: Any = tempfile.TemporaryFile()
            #: per page: its state (a difference from ``_base``), where its deflated body
            #: is in the spool and how long, and the body's Adler-32
            self._held_pages: list[tuple[dict[str, Any], int, int, int]] = []
            self._base: dict[str, Any] | None = None
            self._body: tuple[int, int, int] | None = None
            #: what the page objects share (lean_page), and their streams' one dictionary
            self._page_shared: dict[str, Any] = {}
            self._stream_dictionary = pdfdoc.PDFDictionary(
                {"Filter": pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])})  # (deflated)

        def showPage(self) -> None:
            if self._body is not None:  # at the end: the page goes out (see save)
                self._page_out()
                return
            if self._psCommandsBeforePage or self._psCommandsAfterPage:
                raise ValueError("PostScript passthrough is not supported in documents")
            body = ("\n".join([self._preamble, *self._code]) + "\n").encode("utf8")
            deflate = zlib.compressobj()
            packed = deflate.compress(body) + deflate.flush(zlib.Z_FULL_FLUSH)
            state = dict(self.__dict__)
            state["_code"] = None
            state["_held_pages"] = None
            if self._base is None:
                self._base = state
                diff: dict[str, Any] = {}
            else:
                base = self._base
                diff = {k: v for k, v in state.items() if k not in base or base[k] is not v}
            offset = self._spool.seek(0, io.SEEK_END)
            self._spool.write(packed)
            self._held_pages.append((diff, offset, len(packed), zlib.adler32(body)))
            self._startPage()

        def _page_out(self) -> None:
            offset, length, adler = self._body  # type: ignore[misc]
            footer = ("\n".join([*self._code, " "]) + "\n").encode("utf8")
            deflate = zlib.compressobj(wbits=-15)  # raw deflate: continues the body's stream
            tail = deflate.compress(footer) + deflate.flush()
            self._code = []  # what showPage would write: the body is already in ``packed``
            super().showPage()
            page = self._doc.Pages.pages[-1]
            page.stream = None
            page.Contents = SpooledStream(
                self._spool, offset, length,
                tail + struct.pack(">I", zlib.adler32(footer, adler)),
                dictionary=self._stream_dictionary)
            lean_page(page, self._page_shared)

        def save(self) -> None:
            total = len(self._held_pages)
            held, self._held_pages = self._held_pages, []
            base = self._base or {}
            spool = self._spool
            try:
                for number in range(1, total + 1):
                    diff, offset, length, adler = held[number - 1]
                    held[number - 1] = _DRAWN  # let it go once drawn
                    self.__dict__.update(base)
                    self.__dict__.update(diff)
                    self._code = []
                    self._held_pages = []
                    self._spool = spool
                    self._body = (offset, length, adler)
                    _draw_page(self, decor, number, total)
                    self.showPage()
                self._body = None
                super().save()
            finally:
                spool.close()

    return NumberedCanvas


def build_pdf(
    story: list[Flowable],
    *,
    pagesize: tuple[float, float],
    decor: PageDecor,
    title: str,
    subject: str,
    invariant: bool,
    out: BinaryIO | None = None,
) -> bytes:
    """The PDF as bytes; or, given ``out`` (a binary file), written there as it is made
    (object by object: the whole file is never in memory) and b"" returned."""
    register_font()
    target: BinaryIO = io.BytesIO() if out is None else out
    doc = BaseDocTemplate(
        target,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP_RESERVED,
        bottomMargin=BOTTOM_RESERVED,
        title=title,
        subject=subject,
        author="ACSA Desk",
        creator="ACSA Desk",
        invariant=1 if invariant else 0,
        # else every page refers to Helvetica, a font the document never draws with
        initialFontName=FONT,
        initialFontSize=BODY_SIZE,
    )
    # A frame without inner padding: the fixed column widths add up to exactly its width.
    frame = Frame(
        MARGIN, BOTTOM_RESERVED, frame_width(pagesize), pagesize[1] - TOP_RESERVED - BOTTOM_RESERVED,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    # Binary (Flate only) streams: ASCII85 on top makes the file 25% larger and, without the
    # optional rl_accel package, costs a tenth of a long statement's build time.
    story = first_page_flowables(decor.banner, font=FONT, frame_width=frame_width(pagesize),
                                 langs=decor.langs) + story
    saved_a85 = rl_config.useA85
    rl_config.useA85 = 0
    canvas_class = _canvas_class(decor)
    made: list[Any] = []

    def canvasmaker(*args: Any, **kwargs: Any) -> rl_canvas.Canvas:
        made.append(canvas_class(*args, **kwargs))
        return made[-1]

    try:
        with collector_paused():
            doc.build(story, canvasmaker=canvasmaker)
    finally:
        rl_config.useA85 = saved_a85
        for canv in made:  # a build that failed leaves no spool file open (save closes it)
            canv._spool.close()
    return target.getvalue() if isinstance(target, io.BytesIO) and out is None else b""


def frame_width(pagesize: tuple[float, float]) -> float:
    return float(pagesize[0] - 2 * MARGIN)
