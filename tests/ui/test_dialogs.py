"""The scripted dialogs answer like a user would, without a modal loop."""

from __future__ import annotations

from pathlib import Path

import pytest

from acsa_desk.ui.dialogs import DialogKind, Dialogs, QtDialogs, ScriptedDialogs, UnexpectedDialog


def test_scripted_dialogs_record_messages(dialogs: ScriptedDialogs) -> None:
    dialogs.information("Title", "Hello")
    dialogs.warning("Careful", "Locked file", details="more")
    dialogs.error("Oops", "Broken")
    assert [c.kind for c in dialogs.calls] == [
        DialogKind.INFORMATION,
        DialogKind.WARNING,
        DialogKind.ERROR,
    ]
    assert dialogs.of_kind(DialogKind.WARNING)[0].details == "more"
    assert dialogs.last.text == "Broken"


def test_scripted_dialogs_answer_questions_and_pickers_in_order(
    dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    dialogs.answer_question(True, False)
    dialogs.answer_open_file(tmp_path / "orders.csv", None)
    dialogs.answer_save_file(str(tmp_path / "out.csv"))
    assert dialogs.question("Q", "Sure?") is True
    assert dialogs.question("Q", "Really?") is False
    assert dialogs.open_file("Open", filters="CSV files (*.csv)") == tmp_path / "orders.csv"
    assert dialogs.open_file("Open") is None
    assert dialogs.save_file("Save") == tmp_path / "out.csv"
    dialogs.assert_all_answers_used()


def test_an_unscripted_question_fails_the_test_loudly(dialogs: ScriptedDialogs) -> None:
    with pytest.raises(UnexpectedDialog, match="Delete"):
        dialogs.question("Delete", "Delete everything?")
    with pytest.raises(UnexpectedDialog):
        dialogs.open_file("Open")
    dialogs.answer_save_file(None)
    with pytest.raises(AssertionError, match="never asked"):
        dialogs.assert_all_answers_used()


def test_both_implementations_satisfy_the_interface(qapp: object) -> None:
    implementations: list[Dialogs] = [QtDialogs(), ScriptedDialogs()]
    for implementation in implementations:
        for name in ("information", "warning", "error", "question", "open_file", "save_file"):
            assert callable(getattr(implementation, name))
