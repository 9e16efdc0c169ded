"""The lines of an order still being requested (a draft), replaced as the user edits them.

Nothing is deleted from the ledger: the lines kept are updated in place (line N of the new
list is line N of the order), new ones are added, and a line taken off is first recorded, as
it stood, in ``order_line_withdrawn`` with who and when, then leaves the order's lines. On
PostgreSQL no application role may DELETE: the line leaves through the owner's function
``acsa_withdraw_draft_line``, which checks the draft and the recorded withdrawal (migration
0013); its audit entry is written here as the ORM writes any other.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import inspect, select, text
from sqlalchemy.orm import Session

from acsa_desk.core.domain import normalize_nsn
from acsa_desk.core.limits import format_quantity
from acsa_desk.db import audit
from acsa_desk.db.identity import now
from acsa_desk.db.models import Order, OrderLine, OrderLineWithdrawn

KEPT = ("line_no", "category", "description", "nsn", "unit_of_issue", "quantity",
        "unit_price_minor")


def _values(index: int, line: Any) -> dict[str, Any]:
    return {"line_no": index, "category": line.category,
            "description": line.description.strip(),
            "nsn": normalize_nsn(line.nsn) if line.nsn.strip() else "",
            "unit_of_issue": line.unit_of_issue.strip(),
            "quantity": format_quantity(line.quantity),
            "unit_price_minor": line.unit_price_minor}


def replace_lines(session: Session, order: Order, lines: Sequence[Any], *, actor: str) -> None:
    """Makes the draft's lines exactly ``lines`` (LineInput), in order."""
    assert order.id is not None
    existing = list(session.scalars(select(OrderLine).where(OrderLine.order_id == order.id)
                                    .order_by(OrderLine.line_no)))
    for index, line in enumerate(lines, start=1):
        values = _values(index, line)
        if index <= len(existing):
            old = existing[index - 1]
            for name, value in values.items():
                if getattr(old, name) != value:
                    setattr(old, name, value)
        else:
            session.add(OrderLine(order_id=order.id, **values))
    surplus = existing[len(lines):]
    session.flush()
    if surplus:
        withdraw(session, surplus, actor=actor)


def withdraw(session: Session, lines: Sequence[OrderLine], *, actor: str) -> None:
    stamp = now()
    for old in lines:
        assert old.id is not None
        session.add(OrderLineWithdrawn(line_id=old.id, order_id=old.order_id,
                                       withdrawn_by=actor, withdrawn_at=stamp,
                                       **{name: getattr(old, name) for name in KEPT}))
    session.flush()
    if session.get_bind().dialect.name != "postgresql":
        for old in lines:
            session.delete(old)
        session.flush()
        return
    mapper = inspect(OrderLine)
    audit.append(session, [audit.Change("order_line", str(old.id), "delete",
                                        {a.key: getattr(old, a.key) for a in mapper.column_attrs},
                                        None) for old in lines])
    for old in lines:
        session.execute(text("SELECT acsa_withdraw_draft_line(:line)"), {"line": old.id})
        session.expunge(old)
