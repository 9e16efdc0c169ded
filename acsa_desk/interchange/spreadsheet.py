"""Orders from the spreadsheet a unit already keeps: .xlsx and .ods as well as CSV.

A row source for the orders import: ``read_rows`` gives the same header and ``Record`` rows as
the CSV reader (cells as text, header row 1), so a spreadsheet goes through exactly the CSV's
rules (``orders_import.parse_orders``). Cells are read as the user typed them:

* a number cell (kept by the spreadsheet as a binary float) becomes the shortest decimal that is
  that float, i.e. what was typed: 3223.59, never 3223.5900000000001; 12.0 becomes 12;
* a date cell becomes YYYY-MM-DD (a date-time with a time of day keeps it, and is refused where
  a date is required);
* a text cell stays as written, even when it looks like a number ("0012", "1,5").

The reader is python-calamine (the first sheet unless ``sheet`` names another). A *mapping*
renames the file's own column names to ours (``{"N° de commande": "order_number"}``); mappings
are saved per source by name (see ``mappings``) and reused with ``import-orders --mapping NAME``.

"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from acsa_desk.core.errors import FileDefect, ImportRejected
from acsa_desk.interchange.csvfile import DefectList, Record, read_records

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".ods")


def is_spreadsheet(path: Path) -> bool:
    return path.suffix.lower() in SPREADSHEET_SUFFIXES


def sheet_names(path: Path) -> list[str]:
    """The workbook's sheets, in order (an unreadable file is refused naming it)."""
    return list(_open(path).sheet_names)


def _open(path: Path) -> Any:
    from python_calamine import CalamineWorkbook

    try:
        return CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises its own errors for a damaged or foreign file
        raise ImportRejected(str(path), [FileDefect(
            1, "", f"is not a readable {path.suffix.lstrip('.').upper()} workbook ({exc})")]) from exc


def cell_text(value: object) -> str:
    """A spreadsheet cell as the text the user typed (see the module's rules)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            return str(value)
        # repr is the shortest decimal that reads back as this float: what was typed
        number = Decimal(repr(value))
        if number == number.to_integral_value():
            return str(int(number))
        return format(number.normalize(), "f")
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time | timedelta):
        return str(value)
    return str(value)


def read_sheet(path: Path, sheet: str | None = None) -> list[list[str]]:
    """Every row of the sheet as text cells (trailing empty cells kept to the widest row)."""
    book = _open(path)
    names = list(book.sheet_names)
    if not names:
        raise ImportRejected(str(path), [FileDefect(1, "", "the workbook has no sheet")])
    if sheet is None:
        sheet = names[0]
    elif sheet not in names:
        raise ImportRejected(str(path), [FileDefect(
            1, "", f"has no sheet named '{sheet}' (its sheets: {', '.join(names)})")])
    rows = book.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
    return [[cell_text(cell) for cell in row] for row in rows]


def read_rows(
    path: Path,
    required: Sequence[str],
    defects: DefectList,
    *,
    sheet: str | None = None,
    mapping: Mapping[str, str] | None = None,
) -> tuple[list[str], list[Record]]:
    """The header and records of a CSV or spreadsheet file, the file's column names renamed by
    ``mapping``; defects of form (missing columns, ragged rows) are added."""
    if is_spreadsheet(path):
        header, records = _sheet_records(read_sheet(path, sheet), required, defects, mapping)
    else:
        if sheet is not None:
            defects.add(1, "", "--sheet is for .xlsx and .ods workbooks, not CSV files")
            return [], []
        if mapping:
            header, records = _mapped_csv(path, required, defects, mapping)
        else:
            header, records = read_records(path, required, defects)
    return header, records


def _renamed(header: list[str], mapping: Mapping[str, str] | None) -> list[str]:
    if not mapping:
        return header
    return [mapping.get(name, name) for name in header]


def _sheet_records(
    rows: list[list[str]], required: Sequence[str], defects: DefectList,
    mapping: Mapping[str, str] | None,
) -> tuple[list[str], list[Record]]:
    # blank rows above the header (a title row is not a header) are skipped, counted as rows
    first = next((i for i, row in enumerate(rows) if any(c.strip() for c in row)), None)
    if first is None:
        defects.add(1, "", "the sheet is empty: it needs a header row")
        return [], []
    raw_header = [name.strip() for name in rows[first]]
    width = max((i + 1 for i, name in enumerate(raw_header) if name), default=0)
    header = _renamed(raw_header[:width], mapping)
    _check_header(header, required, defects, first + 1)
    if defects:
        return header, []
    records: list[Record] = []
    for index, row in enumerate(rows[first + 1:], start=first + 2):
        cells = [c.strip() for c in row]
        if not any(cells):
            continue
        extra = [c for c in cells[width:] if c]
        if extra:
            defects.add(index, "", f"has {width + len(extra)} or more cells but the header has "
                                   f"{width} columns")
            continue
        cells = (cells + [""] * width)[:width]
        records.append(Record(index, dict(zip(header, cells, strict=True))))
    return header, records


def _mapped_csv(path: Path, required: Sequence[str], defects: DefectList,
                mapping: Mapping[str, str]) -> tuple[list[str], list[Record]]:
    probe = DefectList(str(path))
    header, records = read_records(path, (), probe)
    for item in probe.items:
        defects.add(item.row, item.column, item.message)
    if probe:
        return header, []
    renamed = _renamed(header, mapping)
    _check_header(renamed, required, defects, 1)
    if defects:
        return renamed, []
    names = dict(zip(header, renamed, strict=True))
    return renamed, [Record(r.row, {names[k]: v for k, v in r.cells.items()}) for r in records]


def _check_header(header: list[str], required: Sequence[str], defects: DefectList,
                  row: int) -> None:
    seen: set[str] = set()
    for name in header:
        if name and name in seen:
            defects.add(row, name, "the column appears twice in the header")
        seen.add(name)
    for name in required:
        if name not in seen:
            defects.add(row, name, "required column is missing from the header")


def fits_as_is(path: Path, required: Sequence[str]) -> bool:
    """A CSV whose header already has every required column (no assistant needed)."""
    if is_spreadsheet(path):
        return False
    probe = DefectList(str(path))
    try:
        header, _records = read_records(path, (), probe)
    except (ImportRejected, OSError):
        return True  # the import itself will say what is wrong with the file
    return set(required) <= set(header)
