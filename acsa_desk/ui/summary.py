"""The short look at an open ledger that the window takes first (Qt-free, no ORM model).

What the window needs before it shows any figure: how the ledger is marked (the banners) and
whether it is empty (the welcome page). It is read through the services
(``ledger_work.ledger_summary``) and kept with the dashboard's last figures
(``ui/dashboard/snapshot.py``, under the same content fingerprint), so that an unchanged
ledger's kept figures are painted with their banners before the ORM models are imported; it is
then read again (issue 16, goal 1).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from acsa_desk.core.marking import LevelClass, Placement, Rendering


@dataclass(frozen=True)
class LedgerSummary:
    exercises: int
    orders: int
    #: The highest marking of the whole ledger (what the main window shows).
    marking: Rendering | None = None

    @property
    def empty(self) -> bool:
        return self.exercises == 0 and self.orders == 0


def encode(summary: LedgerSummary) -> dict[str, Any]:
    r = summary.marking
    marking = None if r is None else {
        "banner": r.banner, "placement": r.placement.value, "colour": r.colour, "ink": r.ink,
        "notice": r.notice, "designation": list(r.designation), "cls": r.cls.value,
        "originators": list(r.originators), "designation_values": list(r.designation_values),
    }
    return {"exercises": summary.exercises, "orders": summary.orders, "marking": marking}


def decode(raw: dict[str, Any]) -> LedgerSummary:
    m = raw["marking"]
    marking = None if m is None else Rendering(
        banner=str(m["banner"]), placement=Placement(m["placement"]), colour=str(m["colour"]),
        ink=str(m["ink"]), notice=str(m["notice"]),
        designation=tuple(str(x) for x in m["designation"]), cls=LevelClass(m["cls"]),
        originators=tuple(str(x) for x in m["originators"]),
        designation_values=tuple(str(x) for x in m["designation_values"]),
    )
    return LedgerSummary(exercises=int(raw["exercises"]), orders=int(raw["orders"]),
                         marking=marking)
