"""Errors a user can cause. Each names the rule (or field) it breaks; none is a bug."""

from __future__ import annotations

import errno
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


class WriteFailed(DatabaseProblem):
    """A file (backup, export, an import's temporary file) could not be written, e.g. the
    disk is full: the partial file is removed and nothing in the ledger is lost."""


_OUT_OF_SPACE = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}


def out_of_space(exc: BaseException) -> str | None:
    """What says the disk (or the file's allowed size) is full, or None for another fault:
    an OSError with ENOSPC/EDQUOT/EFBIG, or SQLite's SQLITE_FULL ("database or disk is full")."""
    if isinstance(exc, OSError) and exc.errno in _OUT_OF_SPACE:
        return exc.strerror or "no space left on the device"
    if "disk is full" in str(exc):
        return "no space left on the device (database or disk is full)"
    return None


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
