"""CoalescedReload: the pages' one-load-at-a-time pattern, in one place (issue #9)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from acsa_desk.ui.page import CoalescedReload


class Tasks:
    """Records the work asked for; the test finishes it when it wants."""

    def __init__(self) -> None:
        self.running: list[tuple[Callable[[], Any], Callable[[Any], None], Callable[[Any], None]]] = []

    def run(self, work: Callable[[], Any], *, on_success: Callable[[Any], None],
            on_failure: Callable[[Any], None], title: str = "") -> None:
        self.running.append((work, on_success, on_failure))

    def finish(self) -> None:
        work, success, _failure = self.running.pop(0)
        success(work())

    def fail(self, error: Exception) -> None:
        _work, _success, failure = self.running.pop(0)
        failure(error)


def make(owner: QObject) -> tuple[CoalescedReload[int], Tasks, list[int], list[Exception], list[int]]:
    tasks = Tasks()
    shown: list[int] = []
    errors: list[Exception] = []
    state = [0]

    def job() -> Callable[[], int]:
        state[0] += 1
        value = state[0]
        return lambda: value

    reload: CoalescedReload[int] = CoalescedReload(owner, tasks, job, show=shown.append,  # type: ignore[arg-type]
                                                   failed=errors.append)
    return reload, tasks, shown, errors, state


def test_asked_again_while_loading_it_loads_once_more_and_shows_only_the_newest(qapp: Any) -> None:
    owner = QObject()
    reload, tasks, shown, _errors, _state = make(owner)
    reload.reload()
    reload.reload()
    reload.reload()
    assert len(tasks.running) == 1 and reload.is_loading()
    tasks.finish()  # the first result is stale: not shown, one more load instead
    assert shown == [] and len(tasks.running) == 1
    tasks.finish()
    assert shown == [2] and not reload.is_loading()
    reload.reload()
    tasks.finish()
    assert shown == [2, 3]


def test_a_failure_is_reported_and_the_next_reload_runs(qapp: Any) -> None:
    owner = QObject()
    reload, tasks, shown, errors, _state = make(owner)
    reload.reload()
    tasks.fail(RuntimeError("down"))
    assert [str(e) for e in errors] == ["down"] and not reload.is_loading()
    reload.reload()
    tasks.finish()
    assert shown == [2]


def test_nothing_is_shown_once_the_owner_is_gone(qapp: Any) -> None:
    owner = QObject()
    reload, tasks, shown, _errors, _state = make(owner)
    reload.reload()
    from shiboken6 import Shiboken

    Shiboken.delete(owner)
    tasks.finish()
    assert shown == []
