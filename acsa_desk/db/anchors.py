"""Anchors: the audit chain's head written down outside the ledger, as ``acsa1:<entry
count>:<hash>`` (the first 32 hex digits of the hash of entry <count>). Printed on every
statement, order form and annual report, appended by ``acsa-desk anchor`` to the anchors
file beside the ledger; ``verify --anchor`` proves the anchored entry is still in the chain
with the same hash, so a truncated or rewritten history fails against any older anchor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from acsa_desk.core.errors import DatabaseProblem

PREFIX = "acsa1"
HASH_DIGITS = 32  # printed: 128 bits
MIN_DIGITS = 16  # accepted when typed from paper: 64 bits
_PATTERN = re.compile(r"^acsa1:(\d{1,12}):([0-9a-f]{16,64})$")


@dataclass(frozen=True)
class Anchor:
    count: int
    hash_prefix: str

    def __str__(self) -> str:
        return f"{PREFIX}:{self.count}:{self.hash_prefix}"

    def matches(self, entry_hash: str) -> bool:
        return entry_hash.lower().startswith(self.hash_prefix)


def make(count: int, head_hash: str) -> Anchor:
    return Anchor(count, head_hash.lower()[:HASH_DIGITS])


def text(count: int, head_hash: str) -> str:
    return str(make(count, head_hash))


def parse(value: str, where: str = "anchor") -> Anchor:
    cleaned = re.sub(r"[\s\u2026.]+$", "", value.strip().lower().replace(" ", ""))
    match = _PATTERN.match(cleaned)
    if match is None:
        raise DatabaseProblem(
            f"{where}: '{value.strip()}' is not an anchor (acsa1:<entry count>:<at least "
            f"{MIN_DIGITS} hex digits>)")
    return Anchor(int(match.group(1)), match.group(2))


def anchors_file(ledger_path: Path | None, describe: str) -> Path:
    """The anchors file beside a SQLite ledger; for a server, one per database in the
    user's data folder."""
    if ledger_path is not None:
        return ledger_path.with_name(ledger_path.name + ".anchors")
    import platformdirs

    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", describe)[:120]
    return Path(platformdirs.user_data_dir("acsa-desk", appauthor=False)) / "anchors" / (
        safe + ".anchors")


def read_file(path: Path) -> list[Anchor]:
    """Every anchor in a file (one a line, the anchor first; other words and '#' comments
    are ignored)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError as exc:
        raise DatabaseProblem(f"no anchors file {path}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise DatabaseProblem(f"cannot read the anchors file {path}") from exc
    found = []
    for number, line in enumerate(lines, 1):
        words = line.split("#", 1)[0].split()
        if words:
            found.append(parse(words[0], f"{path}, line {number}"))
    return found


def append(path: Path, anchor: Anchor, stamp: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as handle:
        handle.write(f"{anchor} {stamp}\n")
