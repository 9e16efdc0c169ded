"""Reading and writing the interchange CSV files (UTF-8 with or without BOM, RFC 4180).

Rows are counted as a spreadsheet shows them: the header is row 1, the first record row 2
(a quoted cell spanning several lines is still one row).
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import Any, TypeVar

from acsa_desk.core.errors import (
    FileDefect,
    ImportRejected,
    RuleViolation,
    WriteFailed,
    out_of_space,
)

MAX_DEFECTS = 200
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

T = TypeVar("T")
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ImportCancelled(Exception):
    """The user cancelled an import; nothing was imported."""


@dataclass(frozen=True, slots=True)
class Record:
    row: int  # the header is row 1
    cells: dict[str, str]


class DefectList:
    """Collects the defects of a file; the import is refused when there are any."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.items: list[FileDefect] = []
        self.found = 0  # every defect added, those past the cap too

    def add(self, row: int, column: str, message: str) -> None:
        self.found += 1
        if len(self.items) < MAX_DEFECTS:
            self.items.append(FileDefect(row, column, message))

    def cell(self, record: Record, column: str, parse: Callable[..., T], *args: Any) -> T | None:
        """Parses one cell (``parse(text, *args)``); a RuleViolation becomes a defect naming
        row and column."""
        try:
            return parse(record.cells.get(column, ""), *args)
        except RuleViolation as exc:
            self.add(record.row, column, exc.message)
            return None

    def __bool__(self) -> bool:
        return bool(self.items)

    def raise_if_any(self) -> None:
        if self.items:
            raise ImportRejected(self.path, list(self.items))


def read_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        row = data[: exc.start].count(b"\n") + 1
        raise ImportRejected(
            str(path),
            [FileDefect(row, "", f"the file is not UTF-8 text (byte 0x{data[exc.start]:02x})")],
        ) from exc


def read_records(
    path: Path, required: Sequence[str], defects: DefectList
) -> tuple[list[str], list[Record]]:
    """Reads the header and every record (a list); defects of form go to ``defects``."""
    header: list[str] = []
    records = list(iter_records(path, required, defects, header))
    return header, records


def iter_records(
    path: Path, required: Sequence[str], defects: DefectList, header: list[str] | None = None,
) -> Iterator[Record]:
    """The file's records one by one, decoded as they are read (memory stays bounded
    whatever the file's size); defects of form (encoding, CSV, header, ragged rows) go to
    ``defects``. ``header``, when given, receives the header's names."""
    names: list[str] = [] if header is None else header
    handle = _open_text(path)
    reader = csv.reader(handle, strict=True)
    intern: dict[str, str] = {}  # a cell repeated on many rows is kept once
    keep = intern.setdefault
    try:
        for index, raw in enumerate(reader, start=1):
            if index == 1:
                names[:] = [name.strip() for name in raw]
                _check_header(names, required, defects)
                if defects:
                    return
                continue
            values = list(map(str.strip, raw))
            if not any(values):
                continue  # a blank line
            if len(values) != len(names):
                defects.add(
                    index, "", f"has {len(raw)} cells but the header has {len(names)} columns"
                )
                continue
            if len(intern) > 200_000:
                intern.clear()
            yield Record(index, dict(zip(names, [keep(value, value) if len(value) <= 64
                                                 else value for value in values], strict=True)))
    except csv.Error as exc:
        defects.add(reader.line_num, "", f"is not valid CSV ({exc})")
    except UnicodeDecodeError:
        row, byte = _first_bad_byte(path)
        defects.add(row, "", f"the file is not UTF-8 text (byte 0x{byte:02x})")
    finally:
        handle.close()
    if not names:
        defects.add(1, "", "the file is empty: it needs a header row")


def _first_bad_byte(path: Path) -> tuple[int, int]:
    """The line (1-based) and value of the first byte that is not UTF-8, read in blocks."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    line = 1
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            try:
                decoder.decode(block)
            except UnicodeDecodeError as exc:  # its object: an unfinished character + block
                return line + exc.object[: exc.start].count(b"\n"), exc.object[exc.start]
            line += block.count(b"\n")
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError as exc:
            return line, exc.object[exc.start]
    return line, 0


def _open_text(path: Path) -> io.TextIOWrapper:
    return path.open("r", encoding="utf-8-sig", errors="strict", newline="")


def _check_header(header: list[str], required: Sequence[str], defects: DefectList) -> None:
    seen: set[str] = set()
    for name in header:
        if name in seen:
            defects.add(1, name, "the column appears twice in the header")
        seen.add(name)
    for name in required:
        if name not in seen:
            defects.add(1, name, "required column is missing from the header")


def neutralise(cell: str) -> str:
    """A text cell a spreadsheet would run as a formula is made to open as text."""
    return "'" + cell if cell.startswith(FORMULA_PREFIXES) else cell


def write_csv(path: Path, header: Sequence[str], rows: Iterator[Sequence[str]]) -> int:
    """Writes RFC 4180 CSV (CRLF line ends) atomically and owner-only (0600); returns the
    number of rows. A failure leaves no part file and an existing file as it was."""
    tmp = path.with_name(path.name + ".part")
    count = 0
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # owner-only from the start
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\r\n")
            writer.writerow(header)
            counter = itertools.count()  # counts the rows without a Python step per row
            writer.writerows(map(itemgetter(0), zip(rows, counter, strict=False)))
            count = next(counter)
        tmp.replace(path)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        # A row generator left unfinished (the disk filled, the user stopped) is closed now,
        # while the cursors it reads are still open: left to the garbage collector, its own
        # clean-up would run after its connection is closed and fail there.
        close = getattr(rows, "close", None)
        if close is not None:
            close()
        full = out_of_space(exc)
        if full:
            raise WriteFailed(f"{path} could not be written: {full}; nothing was written"
                              f"{' and the earlier file is unchanged' if path.exists() else ''}"
                              ) from exc
        raise
    return count
