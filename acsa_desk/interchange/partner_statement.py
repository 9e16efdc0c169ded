"""The partner statement (interchange.md, "Partner statement"): read whole or refused, and written.

One row per order as the **sender** sees it. ``read_statement`` is the one entry point that
reconciliation uses: it picks a reader by the file's content (today the CSV below; a versioned
exchange file can be added to ``READERS`` without touching reconciliation), and every reader
returns the same :class:`PartnerStatement`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from acsa_desk.core.domain import Direction, parse_iso_date
from acsa_desk.core.errors import FileDefect, LedgerError, RuleViolation
from acsa_desk.core.limits import MAX_IDENTIFIER, check_identifier
from acsa_desk.core.money import check_currency, format_plain, parse_money
from acsa_desk.interchange.csvfile import DefectList, Record, read_records, write_csv

COLUMNS = (
    "sender_order_number", "receiver_order_number", "ordered_on", "direction", "currency",
    "billable", "settled", "status",
)
REQUIRED = ("sender_order_number", "direction", "currency", "billable", "settled")
#: No single amount above this many minor units: 10,000-row sums stay far inside 64 bits.
MAX_MINOR = 10**15
MAX_NUMBER = MAX_IDENTIFIER


class StatementRejected(LedgerError):
    """A partner statement broke one or more rules; it was not read at all."""

    def __init__(self, path: str, defects: list[FileDefect]) -> None:
        self.path = path
        self.defects = defects
        first = defects[0] if defects else FileDefect(1, "", "unknown defect")
        more = f" (and {len(defects) - 1} more)" if len(defects) > 1 else ""
        super().__init__(f"{path}: {first}{more}; the statement was not read")


@dataclass(frozen=True, slots=True)
class StatementRow:
    """One order as the sender sees it; ``row`` is its row in the file (header = 1)."""

    row: int
    sender_order_number: str
    receiver_order_number: str
    ordered_on: date | None
    direction: str  # the sender's point of view
    currency: str
    billable_minor: int
    settled_minor: int
    status: str = ""


@dataclass(frozen=True, slots=True)
class PartnerStatement:
    path: str
    format: str  # "csv"
    rows: tuple[StatementRow, ...]


# --- reading -----------------------------------------------------------------------------


def read_statement(path: Path) -> PartnerStatement:
    """Reads a partner statement in any format known here; refused whole on any defect."""
    for accepts, reader in READERS:
        if accepts(path):
            return reader(path)
    raise StatementRejected(str(path), [FileDefect(1, "", "is not a partner statement")])


def _number(what: str) -> Callable[[str], str]:
    def parse(text: str) -> str:  # an identifier, as our own numbers (core/limits.py)
        return check_identifier(text, what, max_length=MAX_NUMBER) if text else text

    return parse


def _required_number(text: str) -> str:
    if not text:
        raise RuleViolation("sender_order_number", "is empty but required")
    return _number("sender_order_number")(text)


def _direction(text: str) -> str:
    if text not in {d.value for d in Direction}:
        raise RuleViolation("direction", f"'{text}' is not one of: provided, received")
    return text


def _amount(currency: str, what: str) -> Callable[[str], int]:
    def parse(text: str) -> int:
        if not text:
            raise RuleViolation(what, "is empty but required")
        minor = parse_money(text, currency, what=what)
        if minor > MAX_MINOR:
            raise RuleViolation(what, f"{text} is beyond any ledger's amounts")
        return minor

    return parse


def _status(text: str) -> str:
    if len(text) > 40:
        raise RuleViolation("status", "a status word is at most 40 characters")
    return text


def read_csv_statement(path: Path) -> PartnerStatement:
    """The CSV partner statement, all or nothing (every defect named by row and column)."""
    defects = DefectList(str(path))
    _header, records = read_records(path, REQUIRED, defects)
    if defects:
        raise StatementRejected(str(path), list(defects.items))
    rows = [row for rec in records if (row := _parse_row(rec, defects)) is not None]
    _check_unique(records, "sender_order_number", defects)
    _check_unique(records, "receiver_order_number", defects)
    if defects:
        raise StatementRejected(str(path), list(defects.items))
    return PartnerStatement(str(path), "csv", tuple(rows))


def _parse_row(rec: Record, defects: DefectList) -> StatementRow | None:
    sender = defects.cell(rec, "sender_order_number", _required_number)
    receiver = defects.cell(rec, "receiver_order_number", _number("receiver_order_number"))
    ordered_text = rec.cells.get("ordered_on", "")
    ordered_on = (defects.cell(rec, "ordered_on", lambda t: parse_iso_date(t, what="ordered_on"))
                  if ordered_text else None)
    direction = defects.cell(rec, "direction", _direction)
    currency = defects.cell(rec, "currency", check_currency)
    status = defects.cell(rec, "status", _status)
    billable = settled = None
    if currency is not None:
        billable = defects.cell(rec, "billable", _amount(currency, "billable"))
        settled = defects.cell(rec, "settled", _amount(currency, "settled"))
    if billable is not None and settled is not None and settled > billable:
        defects.add(rec.row, "settled",
                    f"{rec.cells['settled']} is more than billable ({rec.cells['billable']})")
        return None
    if None in (sender, receiver, direction, currency, billable, settled, status) or (
            ordered_text and ordered_on is None):
        return None
    return StatementRow(rec.row, str(sender), str(receiver), ordered_on, str(direction),
                        str(currency), int(billable or 0), int(settled or 0), str(status))


def _check_unique(records: Sequence[Record], column: str, defects: DefectList) -> None:
    first: dict[str, int] = {}
    for rec in records:
        value = rec.cells.get(column, "")
        if not value:
            continue
        if value in first:
            defects.add(rec.row, column,
                        f"'{value}' is already on row {first[value]}: one row per order")
        else:
            first[value] = rec.row


def _looks_like_csv(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return True  # let the CSV reader name the problem
    return not head.lstrip().startswith((b"{", b"<"))  # JSON or XML exchange files, later


#: (accepts, reader) pairs, tried in order; the CSV reader also names what is wrong with
#: a file that is no statement at all.
READERS: list[tuple[Callable[[Path], bool], Callable[[Path], PartnerStatement]]] = [
    (_looks_like_csv, read_csv_statement),
]


# --- writing -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OutgoingRow:
    """One of our orders as we send it: we are the sender."""

    order_number: str
    partner_order_number: str
    ordered_on: date
    direction: str
    currency: str
    billable_minor: int
    settled_minor: int
    status: str


def write_statement_csv(path: Path, rows: Iterable[OutgoingRow]) -> int:
    """Writes our statement in the partner-statement format; returns the number of rows.

    Cells are written exactly as stored (no formula neutralising): the partner's reader
    matches order numbers character for character.
    """

    def cells(row: OutgoingRow) -> list[str]:
        return [
            row.order_number, row.partner_order_number, row.ordered_on.isoformat(),
            row.direction, row.currency, format_plain(row.billable_minor, row.currency),
            format_plain(row.settled_minor, row.currency), row.status,
        ]

    return write_csv(path, COLUMNS, (cells(r) for r in rows))
