"""Errors a user can cause. Each names the rule (or field) it breaks; none is a bug."""

from __future__ import annotations

from dataclasses import dataclass


def N_(text: str) -> str:
    """Marks a message (or a part messages are built from) for translation where the window
    shows it (acsa_desk/ui/service_catalogue.py collects them); returns ``text`` unchanged."""
    return text


class LedgerError(Exception):
    """Base of every expected error: the message is for the user, never a traceback."""


class RuleViolation(LedgerError):
    """An action or value refused by a ledger rule. ``rule`` names the field or rule."""

    def __init__(self, rule: str, message: str) -> None:
        super().__init__(message)
        self.rule = rule
        self.message = message

    def __str__(self) -> str:
        return self.message


class NotFound(LedgerError):
    """A record the user named does not exist."""


class DatabaseProblem(LedgerError):
    """The database cannot be used (newer schema, unreadable file, locked)."""


class StaleRecord(LedgerError):
    """A save refused because somebody else changed the record first."""


@dataclass(frozen=True, slots=True)
class FileDefect:
    """One defect of an import file: row counts the header as row 1."""

    row: int
    column: str
    message: str

    def __str__(self) -> str:
        where = f"row {self.row}" + (f", column {self.column}" if self.column else "")
        return f"{where}: {self.message}"


class ImportRejected(LedgerError):
    """An import file broke one or more rules; nothing was imported."""

    def __init__(self, path: str, defects: list[FileDefect]) -> None:
        self.path = path
        self.defects = defects
        first = defects[0] if defects else FileDefect(1, "", "unknown defect")
        more = f" (and {len(defects) - 1} more)" if len(defects) > 1 else ""
        super().__init__(f"{path}: {first}{more}; nothing was imported")
