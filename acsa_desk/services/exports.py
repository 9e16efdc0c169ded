"""Every file the ledger writes out carries its marking and leaves a record of where it went.

:func:`record_export` writes the marking sidecar ``FILE.marking.json`` beside the file (the
finance CSV's header stays as the contract says, so the marking cannot go inside it) and
appends an audit entry ``export`` with what was written, where, how it is marked, its SHA-256
and whether it is sealed. :func:`export_finance_marked` is the finance export the command line
and the window both use; :func:`write_export` is any other export (lists, documents), plain
or sealed, and :func:`advice` tells a caller whether to seal (``protection.seal_advice``).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement
from sqlalchemy.orm import Session

from acsa_desk.core import marking as M
from acsa_desk.core import sealed
from acsa_desk.core.errors import LedgerError
from acsa_desk.db import audit
from acsa_desk.db.models import Order
from acsa_desk.services import marking as marking_svc
from acsa_desk.services import protection

SIDECAR_SUFFIX = ".marking.json"


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.name + SIDECAR_SUFFIX)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def record_export(*, session: Session, kind: str, path: Path, marking: M.Marking | None = None,
                  rendering: M.Rendering | str | None = None, rows: int | None = None,
                  sealed_for: Sequence[str] = ()) -> dict[str, Any]:
    """The sidecar beside ``path`` and the audit entry of the export; returns the record.

    ``marking`` (or, for a document, the ``rendering`` its pages print) says how it is marked.
    """
    known = marking_svc.schemes(session=session)
    if marking is not None:
        r: M.Rendering | str = M.render(marking, known)
    elif rendering is not None:
        r = rendering
    else:
        raise ValueError("record_export needs the marking or its rendering")
    record: dict[str, Any] = {
        "kind": kind,
        "file": str(path.resolve()),
        "sha256": _sha256(path),
        "bytes": path.stat().st_size,
        "rows": rows,
        "banner": r if isinstance(r, str) else r.banner,
        "notice": "" if isinstance(r, str) else r.notice,
        "marking": marking.to_json() if marking is not None else None,
        "sealed": sealed.is_sealed(path),
        "sealed_for": list(sealed_for),
        "written_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "written_by": audit.actor_of(session),
    }
    side = sidecar_path(path)
    side.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.chmod(side, 0o600)
    audit.append(session, [audit.Change("export", kind[:40], "export", None, record)])
    return record


def finance_conditions(date_from: date | None, date_to: date | None) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if date_from is not None:
        conditions.append(Order.ordered_on >= date_from)
    if date_to is not None:
        conditions.append(Order.ordered_on <= date_to)
    return conditions


def sealed_name(path: Path) -> Path:
    """Where a sealed file goes: ``FILE.acsa`` (``FILE`` itself if it already ends so)."""
    return path if path.name.endswith(".acsa") else path.with_name(path.name + ".acsa")


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


def advice(ledger: Any, *, kind: str, marking: M.Marking | None = None,
           rendering: M.Rendering | None = None,
           where: Sequence[ColumnElement[bool]] | None = None,
           target: Path | None = None) -> protection.SealAdvice:
    """Whether a file about to be written is sealed (``protection.seal_advice``, the one rule):
    for ``marking`` or a built document's ``rendering``, else the highest marking of the
    orders ``where`` selects (None: the ledger's default and every marked part, as a backup
    or a whole-ledger export holds)."""
    with ledger.reader() as session:
        policy = protection.get_protection(session=session)
        known = marking_svc.schemes(session=session)
        if marking is None and rendering is None:
            marking = marking_svc.marking_for(session=session, where=() if where is None else where)
    return protection.seal_advice(protection=policy, marking=marking, known=known,
                                  rendering=rendering, kind=kind,
                                  ledger_path=getattr(ledger, "path", None), target=target)


def write_export(ledger: Any, path: Path, *, kind: str, write: Callable[[Path], int | None],
                 marking: M.Marking | None = None, rendering: M.Rendering | None = None,
                 passphrase: str | None = None,
                 recipients: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Any export (a list, a document) written at ``path``, plain or sealed, with its marking
    sidecar and the audit record of where it went; returns the record.

    ``write(target)`` writes the plain file (returns its rows, or None). Sealed when a
    passphrase or recipients are given: then the plain file exists only in a private
    temporary folder, never beside ``path``.
    """
    if marking is None and rendering is None:
        raise ValueError("write_export needs the marking or its rendering")
    with ledger.reader() as session:
        known = marking_svc.schemes(session=session)
        if marking is not None:
            rendering = M.render(marking, known)
    assert rendering is not None
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
    rows = rows if isinstance(rows, int) else None  # a writer may return its path
    with ledger.session() as session:
        record = record_export(session=session, kind=kind, path=path, marking=marking,
                               rendering=rendering, rows=rows,
                               sealed_for=sorted((recipients or {}).keys()))
    record["seal_suggested"] = protection.seal_advice(
        protection=protection.Protection(), marking=marking, known=known, rendering=rendering,
        kind=kind).suggested
    return record


def export_finance_marked(ledger: Any, path: Path, *, date_from: date | None = None,
                          date_to: date | None = None, passphrase: str | None = None,
                          recipients: Mapping[str, str] | None = None,
                          write: Any = None) -> dict[str, Any]:
    """The finance CSV at ``path`` (sealed when a passphrase or recipients are given), its
    marking sidecar and its audit record; returns the record.

    ``write(target) -> rows`` writes the plain CSV (default: through the ledger's ORM). A
    sealed export's plain CSV exists only in a private temporary folder, never beside
    ``path``. The file is written outside any write transaction (other users are not held up);
    the record follows in its own.
    """
    from acsa_desk.interchange.finance_export import export_finance

    def default_write(target: Path) -> int:
        with ledger.reader() as session:
            return int(export_finance(session=session, path=target, date_from=date_from,
                                      date_to=date_to))

    with ledger.reader() as session:
        marking = marking_svc.marking_for(session=session,
                                          where=finance_conditions(date_from, date_to))
    return write_export(ledger, path, kind="finance-csv", write=write or default_write,
                        marking=marking, passphrase=passphrase, recipients=recipients)
