"""What the order editor says when it refuses to save a draft: the real reason.

"Not saved: correct the fields marked in red" hid the reason when the red field was off to the
side or the problem was in the lines; the message bar now names the first problem, in the
interface language, and how many more there are; it disappears once the draft is right.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from acsa_desk.ui.messages import counted
from acsa_desk.ui.orders.form import Problems
from acsa_desk.ui.orders.steps import show_text
from acsa_desk.ui.service_text import ui_message

#: Marks the message bar while it shows a draft's refusal (cleared when fixed).
_REFUSAL = "acsa_draft_refusal"


def refusal_text(problems: Problems) -> str:
    reasons = [*problems.fields.values(), *problems.line_messages()]
    if not reasons:
        return ""
    translate = QCoreApplication.translate
    first = ui_message(reasons[0])
    text = translate("OrderEditor", "Not saved: {reason}").format(reason=first)
    more = len(reasons) - 1
    if more:
        text += " " + counted(translate("OrderEditor", "(%n more problem(s) marked in red)", "",
                                        more), more)
    return text


def show_refusal(bar: QLabel, problems: Problems) -> None:
    show_text(bar, refusal_text(problems))
    bar.setProperty(_REFUSAL, True)


def clear_when_fixed(bar: QLabel, problems: Problems) -> None:
    """The refusal goes away once nothing is wrong with the draft any more."""
    if bar.property(_REFUSAL) and not problems:
        show_text(bar, "")
        bar.setProperty(_REFUSAL, False)
