"""A partner's statement of a (demo) ledger with realistic differences, to explore reconciliation.

The partner sees each of our orders from its side (its number as sender, ours as receiver,
the direction the other way round), and, as two offices' books do, disagrees here and there:
a payment it has not booked yet, a price keyed a little differently, a status a step behind,
an order it never recorded, one we never recorded, a number it has since renumbered.
The same seed on the same ledger gives the same statement.
"""

from __future__ import annotations

import random

from sqlalchemy.orm import Session

from acsa_desk.core.money import exponent
from acsa_desk.interchange.partner_statement import OutgoingRow
from acsa_desk.services.reconciliation import load_our_orders, opposite

_BEHIND = {"settled": "invoiced", "closed": "settled", "invoiced": "received",
           "received": "delivered"}


def partner_statement(*, session: Session, partner: str, seed: int = 2018) -> list[OutgoingRow]:
    """The partner's statement (the partner is the sender) of our orders with ``partner``."""
    rng = random.Random(seed)
    rows: list[OutgoingRow] = []
    for serial, order in enumerate(load_our_orders(session=session, partner=partner)):
        if order.status == "cancelled":
            continue
        fate = rng.random()
        if fate < 0.02:
            continue  # never recorded by the partner
        their_number = order.partner_order_number or f"{partner[:2]}-X-{serial:06d}"
        our_number = order.number if (order.partner_order_number == "" or rng.random() < 0.7) else ""
        billable, settled, status = order.billable_minor, order.settled_minor, order.status
        if 0.02 <= fate < 0.05 and billable > 0:  # a price keyed differently
            unit = 10 ** exponent(order.currency)
            billable += rng.choice((-1, 1)) * rng.choice((1, unit, 5 * unit))
            billable = max(billable, settled)
        elif 0.05 <= fate < 0.09 and settled > 0:  # a payment not booked yet on their side
            settled = 0 if rng.random() < 0.5 else settled // 2
            status = _BEHIND.get(status, status)
        elif 0.09 <= fate < 0.11:
            status = _BEHIND.get(status, status)
        elif 0.11 <= fate < 0.12 and order.partner_order_number:  # renumbered on their side
            their_number = f"{order.partner_order_number}-R"
            our_number = order.number
        rows.append(OutgoingRow(their_number, our_number, order.ordered_on,
                                opposite(order.direction), order.currency, billable, settled,
                                status))
    extra = max(1, len(rows) // 100)
    for index in range(extra):  # orders the partner recorded and we never did
        model = rows[rng.randrange(len(rows))] if rows else None
        if model is None:
            break
        rows.append(OutgoingRow(f"{partner[:2]}-N-{index:05d}", "", model.ordered_on,
                                model.direction, model.currency, model.billable_minor, 0,
                                "invoiced"))
    return rows
