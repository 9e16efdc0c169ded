"""ACSA Desk: the ledger of Acquisition and Cross-Servicing Agreement orders.

Architecture (folders):
  core/         Qt-free domain: money, categories, statuses, errors (no database, no Qt)
  db/           tables, engine set-up and Alembic migrations
  services/     ledger rules and queries over a session (the only writers of the ledger)
  interchange/  CSV imports and the finance export (contract: shared interchange.md)
  documents/    PDF documents: pure functions from plain data to bytes
  cli/          the command line (`acsa-desk`)
  ui/           the PySide6 window; calls services, never the other way round
"""

from pathlib import Path

__version__ = "0.1.0"


def resources_dir() -> Path:
    """The repository's resources/ folder (fonts, icons, translations)."""
    return Path(__file__).resolve().parent.parent / "resources"
