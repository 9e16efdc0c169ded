"""A condition "this column is one of these values" that holds for any number of values.

A list of values bound one parameter each stops working at the driver's or the engine's
limit: 65,535 parameters a statement on PostgreSQL, SQLite's ``SQLITE_MAX_VARIABLE_NUMBER``
(32,766 by default since 3.32, 999 before; a build may set it otherwise). A ledger of a few
hundred thousand orders reaches it with the orders behind a dashboard figure or the
transactions of an annual report. Here a short list stays a plain ``IN``; a long one is one
parameter: a JSON array read by ``json_each`` on SQLite, an array compared with ``= ANY`` on
PostgreSQL (binding one parameter per value also costs the Python side a few microseconds
each, which a long list feels).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, any_, bindparam, func, select
from sqlalchemy.dialects.postgresql import ARRAY

#: Up to this many values, a plain ``IN`` with one parameter each.
SHORT = 500


def among(column: Any, values: Iterable[Any], dialect: str) -> ColumnElement[bool]:
    """``column IN values`` for any number of ``values`` (ints or strings) on ``dialect``
    ("sqlite", "postgresql")."""
    listed = list(values)
    if len(listed) <= SHORT:
        return column.in_(listed)  # type: ignore[no-any-return]
    if dialect == "sqlite":
        each = func.json_each(bindparam(None, json.dumps(listed), unique=True)).table_valued("value")
        return column.in_(select(each.c.value))  # type: ignore[no-any-return]
    return column == any_(bindparam(None, listed, type_=ARRAY(column.type), unique=True))  # type: ignore[no-any-return]
