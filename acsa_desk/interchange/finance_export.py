"""Finance export through SQLAlchemy (any database); see finance_rows for the contract."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from acsa_desk.interchange.csvfile import write_csv
from acsa_desk.interchange.finance_rows import COLUMNS, TEXT_COLUMNS, finance_table
from acsa_desk.services.balances import statement_of
from acsa_desk.services.ledger_sql import Query

__all__ = ["COLUMNS", "TEXT_COLUMNS", "export_finance", "finance_rows"]

#: Rows fetched at a time (PostgreSQL: through a server-side cursor, so memory stays bounded).
FETCH_ROWS = 10_000


def finance_rows(
    *, session: Session, date_from: date | None = None, date_to: date | None = None
) -> Iterator[tuple[str, ...]]:
    # The export's queries see one state of the ledger: SQLite's transaction does (the
    # engine opens it with BEGIN); PostgreSQL's default (READ COMMITTED) takes a snapshot per
    # statement, so its transaction is made REPEATABLE READ (when it is still to begin).
    if session.get_bind().dialect.name == "postgresql":
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})

    def run(query: Query) -> Iterable[Any]:
        return session.execute(
            statement_of(query).execution_options(yield_per=FETCH_ROWS), query.params)

    return finance_table(run, date_from, date_to)


def export_finance(
    *, session: Session, path: Path, date_from: date | None = None, date_to: date | None = None
) -> int:
    """Writes the finance CSV; returns the number of line rows."""
    return write_csv(path, COLUMNS, finance_rows(session=session, date_from=date_from,
                                                 date_to=date_to))
