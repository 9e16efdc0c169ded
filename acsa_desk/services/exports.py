"""Every file the ledger writes out carries its marking and leaves a record of where it went.

:func:`record_export` writes the marking sidecar ``FILE.marking.json`` beside the file (the
finance CSV's header stays as the contract says, so the marking cannot go inside it) and
appends an audit entry ``export`` with what was written, where, how it is marked, its SHA-256
and whether it is sealed. :func:`export_finance_marked` is the finance export the command line
and the window both use; :func:`write_export` is any other export (lists, documents), plain
or sealed, and :func:`advice` tells a caller whether to seal (``protection.seal_advice``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement
from sqlalchemy.orm import Session

from acsa_desk.core import marking as M
from acsa_desk.db import audit
from acsa_desk.services import marking as marking_svc
from acsa_desk.services import protection
from acsa_desk.services.export_record import (  # noqa: F401  (re-exported)
    SIDECAR_SUFFIX,
    record_of,
    seal_written,
    sidecar_path,
    write_marked,
    write_sidecar,
)


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
    record = record_of(kind=kind, path=path, marking=marking, rendering=r, rows=rows,
                       sealed_for=sealed_for, actor=audit.actor_of(session))
    audit.append(session, [write_sidecar(path, record)])
    return record


def sealed_name(path: Path) -> Path:
    """Where a sealed file goes: ``FILE.acsa`` (``FILE`` itself if it already ends so)."""
    return path if path.name.endswith(".acsa") else path.with_name(path.name + ".acsa")


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

    def record(rows: int | None) -> dict[str, Any]:
        with ledger.session() as session:
            return record_export(session=session, kind=kind, path=path, marking=marking,
                                 rendering=rendering, rows=rows,
                                 sealed_for=sorted((recipients or {}).keys()))

    return write_marked(path, kind=kind, write=write, marking=marking, rendering=rendering,
                        known=known, passphrase=passphrase, recipients=recipients, record=record)


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
    from acsa_desk.interchange.finance_rows import finance_marking
    from acsa_desk.services.balances import fetcher

    def default_write(target: Path) -> int:
        with ledger.reader() as session:
            return int(export_finance(session=session, path=target, date_from=date_from,
                                      date_to=date_to))

    with ledger.reader() as session:  # the same rule and SQL as the command line's fast path
        marking, _known = finance_marking(fetcher(session), date_from, date_to)
    return write_export(ledger, path, kind="finance-csv", write=write or default_write,
                        marking=marking, passphrase=passphrase, recipients=recipients)
