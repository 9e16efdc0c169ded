"""What the order editor shows of the order as typed, after every edit: the problems beside
the fields and under the lines (touched fields only until a save is tried), the totals, what
the order still needs before it can be signed, and the focus moved to the first problem.
Functions of an ``OrderEditor``; strings keep the editor's translation context ("OrderEditor").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel

from acsa_desk.core.domain import Status
from acsa_desk.core.money import format_money
from acsa_desk.ui.messages import counted
from acsa_desk.ui.orders import form
from acsa_desk.ui.orders.editor_sections import _FIELD_KEYS
from acsa_desk.ui.orders.form import OrderDraft, Problems
from acsa_desk.ui.orders.lines_model import column_of
from acsa_desk.ui.orders.refusal import clear_when_fixed
from acsa_desk.ui.orders.steps import show_text
from acsa_desk.ui.service_text import ui_message

if TYPE_CHECKING:
    from acsa_desk.ui.orders.editor import OrderEditor

translate = QCoreApplication.translate  # the editor's context: translate("OrderEditor", ...)


def after_edit(ed: OrderEditor) -> None:
    """Validation, totals and the signing checklist follow every edit."""
    if ed._loading:
        return
    draft = ed.draft()
    if ed.lines_model.currency() != draft.currency_code:
        ed._loading += 1
        try:
            ed.lines_model.set_currency(draft.currency_code)
        finally:
            ed._loading -= 1
    if ed.is_editable():
        problems = form.check_draft(draft)
        show_problems(ed, problems)
    else:
        show_problems(ed, Problems())
    show_totals(ed, draft)
    show_missing(ed, draft)
    if not ed.is_editable():  # Save and Undo appear once the partner's number is typed
        changed = ed._partner_number_changed()
        for action in (ed.save_action, ed.undo_action, ed.redo_action,
                       ed.toolbar_undo, ed.toolbar_redo):
            action.setVisible(changed)


def show_problems(ed: OrderEditor, problems: Problems) -> None:
    for key, box in ed._boxes.items():
        shown = key in ed._touched or ed._show_all
        box.show_message(problems.fields.get(key, "") if shown else "")
    messages = problems.line_messages() if ("lines" in ed._touched or ed._show_all) else []
    text = ""
    if messages:
        more = len(messages) - 3
        text = "\n".join(capitalised(ui_message(m)) for m in messages[:3])
        if more > 0:
            text += "\n" + counted(
                translate("OrderEditor", "… and %n more (see the red cells)", "", more), more)
    show_text(ed.lines_message, text)
    clear_when_fixed(ed.message_bar, problems)


def show_totals(ed: OrderEditor, draft: OrderDraft) -> None:
    totals = form.totals(draft)
    if not totals.by_currency:
        ed.totals_label.setText(translate("OrderEditor", "Total: enter a valid currency"))
        return
    locale = ed._context.locale
    parts = [format_money(minor, code, locale) for code, minor in totals.by_currency.items()]
    text = translate("OrderEditor", "Total ordered: {total}").format(total=", ".join(parts))
    if totals.uncounted_lines:
        n = totals.uncounted_lines
        text += "  " + counted(translate("OrderEditor", "(%n line(s) not counted)", "", n), n)
    ed.totals_label.setText(text)


def show_missing(ed: OrderEditor, draft: OrderDraft) -> None:
    snapshot = ed._snapshot
    if snapshot is not None and snapshot.status != Status.REQUESTED:
        ed.missing_label.setVisible(False)
        return
    missing = form.missing_for_signature(draft)
    problems = form.check_draft(draft)
    if not missing and problems:
        # nothing is missing, but something typed is wrong: not ready yet
        ed.missing_label.setText(translate(
            "OrderEditor",
            "Not ready for signature: correct the fields and lines marked in red first."))
    elif not missing:
        ed.missing_label.setText(
            translate("OrderEditor", "Ready for signature: nothing required is missing."))
    else:
        ed.missing_label.setText(
            translate("OrderEditor", "Before it can be signed, this order needs: {items}.").format(
                items="; ".join(ui_message(m.removesuffix(" is missing")) for m in missing)))
    ed.missing_label.setVisible(True)


def focus_first_problem(ed: OrderEditor, problems: Problems) -> None:
    for key in _FIELD_KEYS:
        if key in problems.fields:
            ed._boxes[key].editor.setFocus()
            return
    if problems.lines:
        first = problems.lines[0]
        ed.tabs.setCurrentIndex(0)
        index = ed.lines_model.index(first.line - 1, column_of(first.cell))
        no_selection = QItemSelectionModel.SelectionFlag.NoUpdate  # keep the red cells visible
        ed.lines_view.selectionModel().setCurrentIndex(index, no_selection)
        ed.lines_view.scrollTo(index)
        ed.lines_view.setFocus()


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
