"""How statuses, directions and settlement methods look on screen: translated text and colour.

A status is always shown with its text AND a colour (never colour alone). The colours are
light tints with dark text, readable on light and dark themes alike.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from acsa_desk.core.domain import Direction, SettlementMethod, Status


@dataclass(frozen=True, slots=True)
class StatusLook:
    background: str
    foreground: str


STATUS_LOOKS: dict[str, StatusLook] = {
    Status.REQUESTED: StatusLook("#fff1c2", "#5c4400"),  # amber: waiting for signatures
    Status.SIGNED: StatusLook("#d6e6ff", "#0b3d91"),  # blue: a binding commitment
    Status.DELIVERED: StatusLook("#d2f0ee", "#00524c"),  # teal
    Status.RECEIVED: StatusLook("#dcefd9", "#1f5418"),  # green-grey
    Status.INVOICED: StatusLook("#eadcf7", "#4a1f73"),  # purple: a claim exists
    Status.SETTLED: StatusLook("#c9eccb", "#0f5114"),  # green: nothing outstanding
    Status.CLOSED: StatusLook("#e4e4e4", "#303030"),  # grey: done
    Status.CANCELLED: StatusLook("#f7d4d4", "#7a1010"),  # red
}
_UNKNOWN_LOOK = StatusLook("#eeeeee", "#000000")

#: Text and marker colour for an order that lacks signatures it should have.
WARNING_COLOUR = "#b00020"
#: Colour of validation messages (as in the preferences dialog).
ERROR_COLOUR = "#b00020"
#: Background of a cell whose value is refused.
INVALID_CELL_COLOUR = "#fde0e0"


def status_look(status: str) -> StatusLook:
    return STATUS_LOOKS.get(status, _UNKNOWN_LOOK)


def status_background(status: str) -> QColor:
    return QColor(status_look(status).background)


def status_foreground(status: str) -> QColor:
    return QColor(status_look(status).foreground)


def status_label(status: str) -> str:
    translate = QCoreApplication.translate
    labels = {
        Status.REQUESTED: translate("Status", "Requested"),
        Status.SIGNED: translate("Status", "Signed"),
        Status.DELIVERED: translate("Status", "Delivered"),
        Status.RECEIVED: translate("Status", "Received"),
        Status.INVOICED: translate("Status", "Invoiced"),
        Status.SETTLED: translate("Status", "Settled"),
        Status.CLOSED: translate("Status", "Closed"),
        Status.CANCELLED: translate("Status", "Cancelled"),
    }
    return str(labels.get(status, status))  # type: ignore[call-overload]


def direction_label(direction: str) -> str:
    translate = QCoreApplication.translate
    labels = {
        Direction.PROVIDED: translate("Direction", "Provided"),
        Direction.RECEIVED: translate("Direction", "Received"),
    }
    return str(labels.get(direction, direction))  # type: ignore[call-overload]


def direction_long_label(direction: str) -> str:
    translate = QCoreApplication.translate
    labels = {
        Direction.PROVIDED: translate("Direction", "Provided by us (receivable)"),
        Direction.RECEIVED: translate("Direction", "Received by us (payable)"),
    }
    return str(labels.get(direction, direction))  # type: ignore[call-overload]


def method_label(method: str) -> str:
    translate = QCoreApplication.translate
    labels = {
        SettlementMethod.CASH: translate("SettlementMethod", "Cash"),
        SettlementMethod.RIK: translate("SettlementMethod", "Replacement in kind"),
        SettlementMethod.EVE: translate("SettlementMethod", "Equal value exchange"),
        SettlementMethod.OFFSET: translate("SettlementMethod", "Offset"),
    }
    return str(labels.get(method, method))  # type: ignore[call-overload]
