"""The ledger-in-use lock is let go once, whichever threads close the ledger."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from acsa_desk.db import lock


def test_a_hold_released_from_two_threads_at_once_closes_its_descriptor_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The window closes a ledger it leaves in a worker thread while its owner may close it
    # too; a descriptor closed twice is EBADF, or another file's if the number was reused.
    held = lock.hold(tmp_path / "ledger.sqlite")
    assert held.fd is not None
    closed: list[int] = []
    real_close = os.close

    def slow_close(fd: int) -> None:
        time.sleep(0.05)  # the other thread arrives while the first is closing
        closed.append(fd)
        real_close(fd)

    monkeypatch.setattr(lock.os, "close", slow_close)
    failures: list[BaseException] = []

    def release() -> None:
        try:
            held.release()
        except BaseException as exc:  # reported below
            failures.append(exc)

    threads = [threading.Thread(target=release) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == [] and len(closed) == 1 and held.fd is None


def test_a_released_hold_lets_a_restore_take_the_ledger(tmp_path: Path) -> None:
    ledger = tmp_path / "ledger.sqlite"
    held = lock.hold(ledger)
    with pytest.raises(Exception, match="in use by another copy"):
        with lock.exclusive(ledger, "restore"):
            pass
    held.release()
    held.release()  # a second close changes nothing
    with lock.exclusive(ledger, "restore"):
        pass
