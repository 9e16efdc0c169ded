"""A spill file: rows checked by an import's first pass, kept on disk until it writes them.

An import is all or nothing and names every defect, so nothing is written before the whole
file is checked; the checked rows wait here (a temporary file, removed when closed), not in
memory, so the import's memory does not grow with the file's text. Rows are plain tuples of
str, int and None (``marshal``), written and read back in batches, in the file's order.
"""

from __future__ import annotations

import marshal
import tempfile
from collections.abc import Iterator
from typing import Any

from acsa_desk.core.errors import WriteFailed, out_of_space

BATCH = 256  # rows a batch: a few hundred kilobytes at most, written and read at once


class Spill:
    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile(prefix="acsa-import-")  # closed by close()
        self._batch: list[tuple[Any, ...]] = []
        self.rows = 0

    def add(self, row: tuple[Any, ...]) -> None:
        self._batch.append(row)
        self.rows += 1
        if len(self._batch) >= BATCH:
            self._flush()

    def _flush(self) -> None:
        if self._batch:
            try:
                marshal.dump(self._batch, self._file)
            except OSError as exc:
                raise WriteFailed(
                    f"the import's temporary file (in {tempfile.gettempdir()}) could not be "
                    f"written: {out_of_space(exc) or exc}; nothing was imported") from exc
            self._batch = []

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        """The rows in the order they were added (once)."""
        self._flush()
        try:
            self._file.flush()
        except OSError as exc:
            raise WriteFailed(
                f"the import's temporary file (in {tempfile.gettempdir()}) could not be "
                f"written: {out_of_space(exc) or exc}; nothing was imported") from exc
        self._file.seek(0)
        while True:
            try:
                batch = marshal.load(self._file)
            except EOFError:
                return
            yield from batch

    def close(self) -> None:
        self._batch = []
        self._file.close()

    def __enter__(self) -> Spill:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
