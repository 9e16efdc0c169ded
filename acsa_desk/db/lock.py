"""The ledger-in-use lock of a SQLite ledger: ``PATH.lock`` beside it, held with flock(2).

Every program that opens a ledger (the window, every command) holds a shared lock on it
until it closes the ledger; ``restore`` and ``copy-to`` into a SQLite file need it
exclusively, so they are refused while any copy of the program has the ledger open (the
saves of that copy would otherwise land in a file that is then replaced). A separate file
is locked, never the ledger itself: closing a second descriptor of the ledger would drop
SQLite's own POSIX locks. The lock goes with the process, so a killed program leaves none.
"""

from __future__ import annotations

import fcntl
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from acsa_desk.core.errors import DatabaseProblem


def lock_path(ledger: Path) -> Path:
    return ledger.with_name(ledger.name + ".lock")


@dataclass
class Held:
    fd: int | None
    _taking: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def release(self) -> None:
        """Lets go of the hold, once: a window closes a ledger it leaves in a worker thread
        while its owner may close it too, and a descriptor closed twice could be another
        file's by then (the number is reused at once)."""
        with self._taking:
            fd, self.fd = self.fd, None
        if fd is not None:
            os.close(fd)  # closing the descriptor releases the flock


def _open(ledger: Path) -> int | None:
    try:
        return os.open(lock_path(ledger), os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    except OSError:
        return None  # a read-only folder: nobody can write there, so nothing to guard


def hold(ledger: Path) -> Held:
    """A shared hold on the ledger for as long as it is open (waits for a restore to end)."""
    fd = _open(ledger)
    if fd is not None:
        fcntl.flock(fd, fcntl.LOCK_SH)
    return Held(fd)


@contextmanager
def exclusive(ledger: Path, what: str) -> Iterator[None]:
    """Holds the ledger alone for ``what`` (restore, copy-to); refused while it is in use."""
    fd = _open(ledger)
    if fd is None:
        yield
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise DatabaseProblem(
                f"the ledger {ledger} is in use by another copy of ACSA Desk (a window or a "
                f"command); close it first, then {what} again") from None
        yield
    finally:
        os.close(fd)
