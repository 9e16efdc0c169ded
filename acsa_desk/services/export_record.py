"""What an export leaves behind, free of SQLAlchemy: the file written (plain or sealed), its
marking sidecar ``FILE.marking.json`` and the content of its audit entry. ``services.exports``
(any ledger, through the unit of work) and the fast path of ``export-finance``
(``cli/lean_export.py``, sqlite3) both go through :func:`write_marked` and :func:`record_of`,
so that the two write the same file, the same sidecar and the same record.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from acsa_desk.core import marking as M
from acsa_desk.core import sealed
from acsa_desk.core.errors import LedgerError
from acsa_desk.core.files import write_document
from acsa_desk.core.seal_rules import Protection, seal_advice
from acsa_desk.db.audit_chain import Change

SIDECAR_SUFFIX = ".marking.json"


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.name + SIDECAR_SUFFIX)


def _sha256(path: Path) -> str:
    with path.open("rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def record_of(*, kind: str, path: Path, marking: M.Marking | None, rendering: M.Rendering | str,
              rows: int | None, sealed_for: Sequence[str], actor: str) -> dict[str, Any]:
    """The record of the file written at ``path``: what the sidecar and the audit entry hold."""
    return {
        "kind": kind,
        "file": str(path.resolve()),
        "sha256": _sha256(path),
        "bytes": path.stat().st_size,
        "rows": rows,
        "banner": rendering if isinstance(rendering, str) else rendering.banner,
        "notice": "" if isinstance(rendering, str) else rendering.notice,
        "marking": marking.to_json() if marking is not None else None,
        "sealed": sealed.is_sealed(path),
        "sealed_for": list(sealed_for),
        "written_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "written_by": actor,
    }


def write_sidecar(path: Path, record: Mapping[str, Any]) -> Change:
    """Writes the sidecar beside ``path`` (owner-only); returns the audit entry to append."""
    side = sidecar_path(path)
    # whole or not at all: a reader (or a crash) never finds half a sidecar
    write_document(side, json.dumps(record, ensure_ascii=False, indent=2) + "\n")
    os.chmod(side, 0o600)
    return Change("export", str(record["kind"])[:40], "export", None, record)


def seal_written(plain: Path, target: Path, *, marking: M.Marking | None = None,
                 known: Mapping[str, M.Scheme] | None = None, kind: str,
                 passphrase: str | None, recipients: Mapping[str, str],
                 banner: str | None = None) -> None:
    """Seals ``plain`` into ``target``; the clear header says how it is marked."""
    if banner is None:
        assert marking is not None and known is not None
        banner = M.describe(marking, known)
    sealed.seal_file(plain, target, passphrase=passphrase, recipients=recipients, info={
        "kind": kind, "name": target.name.removesuffix(".acsa") or plain.name,
        "banner": banner, "marking": marking.to_json() if marking is not None else None,
        "created": datetime.now(UTC).isoformat(timespec="seconds")})


def write_marked(path: Path, *, kind: str, write: Callable[[Path], int | None],
                 marking: M.Marking | None, rendering: M.Rendering,
                 known: Mapping[str, M.Scheme], passphrase: str | None,
                 recipients: Mapping[str, str] | None,
                 record: Callable[[int | None], dict[str, Any]]) -> dict[str, Any]:
    """Writes the file (``write(target)`` writes it plain, returns its rows or None), sealed
    when a passphrase or recipients are given (the plain file then exists only in a private
    temporary folder, never beside ``path``); then ``record(rows)`` keeps its record (sidecar
    and audit entry) and returns it, with whether sealing was suggested."""
    try:
        if not passphrase and not recipients:
            rows = write(path)
        else:
            banner = rendering.banner + (f" ({rendering.notice})" if rendering.notice else "")
            with tempfile.TemporaryDirectory(prefix="acsa-desk-export-") as folder:  # 0700
                plain = Path(folder) / (path.name.removesuffix(".acsa") or "export")
                rows = write(plain)
                seal_written(plain, path, marking=marking, known=known, kind=kind,
                             banner=banner, passphrase=passphrase, recipients=recipients or {})
    except OSError as exc:  # a full disk, a read-only folder: one line for the user
        raise LedgerError(f"{path} could not be written: {exc.strerror or exc}") from exc
    kept = record(rows if isinstance(rows, int) else None)  # a writer may return its path
    kept["seal_suggested"] = seal_advice(protection=Protection(), marking=marking, known=known,
                                         rendering=rendering, kind=kind).suggested
    return kept
