"""Writing a file so that a reader never sees half of it: a temporary file in the same folder,
fsync, rename. No database, no Qt (the command line's fast paths write with it too)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from acsa_desk.core.errors import NotFound


def write_document(path: Path | str, content: bytes | str) -> Path:
    """Writes a built document atomically: a temporary file beside ``path``, then a rename.

    A reader never sees half a file, and a failure leaves an existing file as it was. Text
    (CSV) is written as UTF-8. An overwritten file keeps its permissions; a new one is
    owner-only, like the ledger.
    """
    data = content.encode("utf-8") if isinstance(content, str) else content
    return write_document_with(path, lambda handle: handle.write(data))


def write_document_with(path: Path | str, fill: Callable[[BinaryIO], object]) -> Path:
    """:func:`write_document` for a document written by ``fill(handle)`` as it is made (a long
    statement, never whole in memory): the same temporary file, fsync, rename and modes."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise NotFound(f"folder {folder} does not exist")
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            fill(handle)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            os.chmod(temp_name, target.stat().st_mode & 0o7777)
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return target
