"""Finance export through SQLAlchemy (any database); see finance_rows for the contract."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from acsa_desk.interchange.csvfile import write_csv
from acsa_desk.interchange.finance_rows import COLUMNS, TEXT_COLUMNS, finance_cells, finance_query
from acsa_desk.services.balances import statement_of

__all__ = ["COLUMNS", "TEXT_COLUMNS", "export_finance", "finance_rows"]


def finance_rows(
    *, session: Session, date_from: date | None = None, date_to: date | None = None
) -> Iterator[list[str]]:
    query = finance_query(date_from, date_to)
    result = session.execute(statement_of(query).execution_options(yield_per=2000), query.params)
    return finance_cells(result)


def export_finance(
    *, session: Session, path: Path, date_from: date | None = None, date_to: date | None = None
) -> int:
    """Writes the finance CSV; returns the number of line rows."""
    return write_csv(path, COLUMNS, finance_rows(session=session, date_from=date_from,
                                                 date_to=date_to))
