"""Backups of a SQLite ledger through SQLite's online backup API, rotated, owner-only.

A backup is taken before every migration, when the window opens a ledger and before the
command line writes to one; the newest ``keep`` (default 10) are kept in a ``backups``
folder beside the ledger. ``integrity_problems`` runs ``PRAGMA integrity_check``;
``restore`` checks the backup, backs up the current file, then replaces it.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import threading
from datetime import UTC, datetime
from pathlib import Path

from acsa_desk.core.errors import DatabaseProblem, WriteFailed, out_of_space

DEFAULT_KEEP = 10
OWNER_ONLY = stat.S_IRUSR | stat.S_IWUSR  # 0o600


def owner_only(path: Path) -> None:
    """Makes a database file (and its WAL companions) readable by its owner only.

    Only takes permissions away: a read-only (0444) ledger stays read-only (0400).
    """
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            mode = stat.S_IMODE(candidate.stat().st_mode)
            if mode & ~0o700:
                os.chmod(candidate, mode & 0o700)
        except FileNotFoundError:
            continue


def readonly_uri(path: Path) -> str:
    """The read-only SQLite URI of a file, quoted (a name with ``#``, ``?`` or ``%``)."""
    return path.absolute().as_uri() + "?mode=ro"


def private_file(path: Path) -> None:
    """Creates ``path`` empty and owner-only (0600) before anything is written into it."""
    path.unlink(missing_ok=True)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, OWNER_ONLY))


# A .part file older than this is what a killed or failed backup left behind.
STALE_PART_SECONDS = 3600


def backups_dir(ledger_path: Path) -> Path:
    return ledger_path.parent / "backups"


SEALED_SUFFIX = ".acsa"


def list_backups(ledger_path: Path) -> list[Path]:
    """The ledger's backups (plain ``*.sqlite`` and sealed ``*.sqlite.acsa``), newest first."""
    folder = backups_dir(ledger_path)
    if not folder.is_dir():
        return []
    found = [*folder.glob(f"{ledger_path.stem}-*.sqlite"),
             *folder.glob(f"{ledger_path.stem}-*.sqlite{SEALED_SUFFIX}")]
    return sorted(found, key=lambda p: p.name.removesuffix(SEALED_SUFFIX), reverse=True)


def _protection_settings(ledger_path: Path) -> dict[str, str]:
    """The ledger's ``protect.*`` and ``marking*`` settings, read without opening the ledger
    (a backup is also taken before a migration); {} for a ledger too old to have them."""
    try:
        con = sqlite3.connect(readonly_uri(ledger_path), uri=True)
        try:
            rows = con.execute("SELECT key, value FROM ledger_setting WHERE key LIKE 'protect.%' "
                               "OR key LIKE 'marking%' OR key = 'banner'").fetchall()
        finally:
            con.close()
    except sqlite3.Error:
        return {}
    return {str(k): str(v) for k, v in rows}


def _sealed_copy(ledger_path: Path, destination: Path,
                 plan: tuple[dict[str, str], object, str], *,
                 stopper: Stopper | None = None) -> None:
    """A rotated backup sealed for the ledger's backup key: the consistent copy is taken
    beside it (owner-only, hidden), sealed into ``destination`` and removed."""
    from acsa_desk.core import sealed

    recipients, marking, banner = plan
    plain = destination.with_name(f".sealing-{os.getpid()}-{destination.name}")
    try:
        copy_database(ledger_path, plain, stopper=stopper)
        sealed.seal_file(plain, destination, recipients=recipients, info={
            "kind": "backup", "source": ledger_path.name, "banner": banner,
            "fingerprint": content_fingerprint(plain),  # a digest: names no content
            "marking": marking.to_json(),  # type: ignore[attr-defined]
            "created": datetime.now(UTC).isoformat(timespec="seconds"),
        })
        os.chmod(destination, OWNER_ONLY)
    finally:
        plain.unlink(missing_ok=True)


class Stopped(Exception):
    """A check or copy was stopped by its :class:`Stopper` (the program is closing)."""


class Stopper:
    """Lets another thread stop a long integrity check or copy at once (``interrupt``).

    SQLite's ``integrity_check`` is one statement that cannot poll a flag; the connection
    running it is interrupted instead (``sqlite3.Connection.interrupt``, safe from any thread).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None
        self._stopped = False

    @property
    def stopped(self) -> bool:
        return self._stopped

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            if self._connection is not None:
                self._connection.interrupt()

    def attach(self, connection: sqlite3.Connection | None) -> None:
        """The connection to interrupt from now on (None: the statement is over). SQLite
        ignores an interrupt while no statement runs: check :meth:`raise_if_stopped` after."""
        with self._lock:
            self._connection = connection

    def raise_if_stopped(self) -> None:
        if self._stopped:
            raise Stopped()


#: Pages copied per step of a copy that can be stopped (4 KiB pages: 16 MiB a step).
COPY_STEP_PAGES = 4096


def copy_database(source: Path, destination: Path, *, stopper: Stopper | None = None) -> None:
    """A consistent copy of a live SQLite database (other readers and writers may continue).

    Written into ``DESTINATION.part`` (owner-only from its creation), which a failure
    removes; only a complete copy takes the destination's name.
    """
    tmp = destination.with_name(destination.name + ".part")
    private_file(tmp)
    try:
        src = sqlite3.connect(readonly_uri(source), uri=True)
        try:
            dst = sqlite3.connect(tmp)
            try:
                if stopper is None:
                    src.backup(dst)
                else:
                    src.backup(dst, pages=COPY_STEP_PAGES,
                               progress=lambda *_: stopper.raise_if_stopped())
                dst.execute("PRAGMA journal_mode = DELETE")  # a single self-contained file
            finally:
                dst.close()
        finally:
            src.close()
        os.chmod(tmp, OWNER_ONLY)
        tmp.replace(destination)
    except BaseException as exc:
        for leftover in (tmp, Path(f"{tmp}-journal"), Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            leftover.unlink(missing_ok=True)
        full = out_of_space(exc)
        if full:
            raise WriteFailed(f"the copy of {source} could not be written to "
                              f"{destination.parent}: {full}; the partial copy was removed and "
                              f"the ledger is unchanged") from exc
        raise


def backup(ledger_path: Path, *, keep: int = DEFAULT_KEEP, reason: str = "",
           stopper: Stopper | None = None) -> Path:
    """Takes a rotated backup of the ledger; returns its path.

    Sealed (``*.sqlite.acsa``) for the ledger's backup key when its protection says so
    (``services.protection.rotated_plan``, the same rule the command line and window use).
    """
    from acsa_desk.core.seal_rules import remove_leftovers, rotated_plan

    plan = rotated_plan(_protection_settings(ledger_path))
    folder = backups_dir(ledger_path)
    folder.mkdir(mode=0o700, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    suffix = f"-{reason}" if reason else ""
    destination = folder / f"{ledger_path.stem}-{stamp}{suffix}.sqlite"
    if plan is None:
        copy_database(ledger_path, destination, stopper=stopper)
    else:
        remove_leftovers(folder, ".sealing-")
        destination = destination.with_name(destination.name + SEALED_SUFFIX)
        _sealed_copy(ledger_path, destination, plan, stopper=stopper)
    for old in list_backups(ledger_path)[max(keep, 1):]:
        old.unlink(missing_ok=True)
    remove_stale_parts(ledger_path)
    return destination


def remove_stale_parts(ledger_path: Path) -> list[Path]:
    """Removes the ``.part`` files killed or failed backups left (older than an hour, so a
    backup still being written by another program is left alone)."""
    folder = backups_dir(ledger_path)
    removed = []
    now_s = datetime.now(UTC).timestamp()
    for part in folder.glob(f"{ledger_path.stem}-*.sqlite.part*"):
        try:
            if now_s - part.stat().st_mtime > STALE_PART_SECONDS:
                part.unlink()
                removed.append(part)
        except FileNotFoundError:
            continue
    return removed


def unchanged_since_last_backup(ledger_path: Path) -> bool:
    """True when the newest backup holds the same committed ledger: its content fingerprint
    (see ``content_fingerprint``) is the ledger's. File times say nothing: a checkpoint or a
    reader touches the files of an unchanged ledger (four identical backups were seen)."""
    newest = list_backups(ledger_path)[:1]
    if not newest:
        return False
    ours = content_fingerprint(ledger_path)
    return ours is not None and ours == _fingerprint_of_backup(newest[0])


def _fingerprint_of_backup(path: Path) -> str | None:
    """A plain backup's fingerprint, or the one a sealed backup's clear header records."""
    if not path.name.endswith(SEALED_SUFFIX):
        return content_fingerprint(path)
    from acsa_desk.core import sealed

    try:
        with path.open("rb") as f:
            header, _ = sealed.read_header(f)
    except (OSError, sealed.SealError):
        return None
    found = header.get("fingerprint")
    return found if isinstance(found, str) else None


def content_fingerprint(path: Path) -> str | None:
    """What identifies a ledger's committed state, read in one snapshot in milliseconds
    whatever its size (None: not a readable ledger).

    Every change the program makes to a ledger's tables is audited, and the audit chain's head
    (last entry, its hash and MAC) moves with each: the head names the content. With it, the
    schema (its text and revision) and each table's highest rowid, so that a row written
    past the audit changes the fingerprint too (``verify`` names such a row)."""
    try:
        con = sqlite3.connect(readonly_uri(path), uri=True)
        try:
            con.execute("BEGIN")  # one snapshot for every read below
            tables = [str(r[0]) for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE '%WITHOUT ROWID%' "
                # an FTS5 index (the orders search's) changes with its tables, counted above
                "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")]
            if "audit_head" not in tables:
                return None
            parts: list[object] = [
                # the schema itself (its cookie is no use: a backup's copy moves it on)
                con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                            "ORDER BY type, name").fetchall(),
                con.execute("PRAGMA user_version").fetchone(),
                con.execute("SELECT * FROM audit_head ORDER BY id").fetchall(),
            ]
            for table in tables:
                quoted = '"' + table.replace('"', '""') + '"'
                parts.append((table, con.execute(f"SELECT max(rowid) FROM {quoted}").fetchone()))
            if "alembic_version" in tables:
                parts.append(con.execute("SELECT * FROM alembic_version").fetchall())
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return None
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def integrity_problems(path: Path, *, quick: bool = False,
                       stopper: Stopper | None = None) -> list[str]:
    """What ``PRAGMA integrity_check`` finds wrong (empty when the file is sound).
    Stopped by ``stopper``: raises :class:`Stopped` (no verdict either way).

    The file is read read-only, except a file left by a killed writer with a hot journal or
    a log to recover: a read-only connection cannot roll that back ("attempt to write a
    readonly database"), so it is opened for writing once, which does what any opening of it
    does (SQLite's own recovery), and then checked."""
    try:
        return _integrity_problems(readonly_uri(path), quick=quick, stopper=stopper,
                                   recoverable=True)
    except _NeedsRecovery:
        return _integrity_problems(path.absolute().as_uri() + "?mode=rw", quick=quick,
                                   stopper=stopper, recoverable=False)


#: What a read-only connection answers for a file whose interrupted write must be undone.
_NEEDS_RECOVERY = frozenset({"SQLITE_READONLY_ROLLBACK", "SQLITE_READONLY_RECOVERY"})


class _NeedsRecovery(Exception):
    pass


def _integrity_problems(uri: str, *, quick: bool, stopper: Stopper | None,
                        recoverable: bool) -> list[str]:
    """The check through ``uri``; ``recoverable``: raises :class:`_NeedsRecovery` where
    SQLite must first undo an interrupted write (else that is reported as the problem)."""
    try:
        con = sqlite3.connect(uri, uri=True)
        try:
            if stopper is not None:
                stopper.attach(con)
                stopper.raise_if_stopped()  # an interrupt before the statement starts is lost
            pragma = "quick_check" if quick else "integrity_check"
            rows = [str(r[0]) for r in con.execute(f"PRAGMA {pragma}")]
        finally:
            if stopper is not None:
                stopper.attach(None)
            con.close()
    except sqlite3.DatabaseError as exc:
        if stopper is not None and stopper.stopped:
            raise Stopped() from exc
        if recoverable and getattr(exc, "sqlite_errorname", "") in _NEEDS_RECOVERY:
            raise _NeedsRecovery() from exc
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def latest_good_backup(ledger_path: Path) -> Path | None:
    """The newest backup that passes the quick check; a sealed one cannot be checked without
    its key, and counts when its header reads (its chunks are authenticated on restore)."""
    from acsa_desk.core import sealed

    for candidate in list_backups(ledger_path):
        if candidate.name.endswith(SEALED_SUFFIX):
            try:
                with candidate.open("rb") as f:
                    sealed.read_header(f)
                return candidate
            except (OSError, sealed.SealError):
                continue
        if not integrity_problems(candidate, quick=True):
            return candidate
    return None


class DatabaseDamaged(DatabaseProblem):
    """The ledger fails its integrity check; ``backup`` is the newest sound backup, if any."""

    def __init__(self, path: Path, problems: list[str], good: Path | None) -> None:
        offer = (f"; the latest good backup is {good} (restore it with "
                 f"`acsa-desk --db {path} restore {good}`)" if good else "; no good backup found")
        super().__init__(f"the ledger {path} is damaged ({problems[0]}){offer}")
        self.path = path
        self.problems = problems
        self.backup = good


def check_or_raise(ledger_path: Path) -> None:
    problems = integrity_problems(ledger_path)
    if problems:
        raise DatabaseDamaged(ledger_path, problems, latest_good_backup(ledger_path))


def restore(backup_path: Path, ledger_path: Path, *, keep: int = DEFAULT_KEEP) -> Path | None:
    """Replaces the ledger by a backup; the current file is backed up first when readable.

    Returns the safety backup of the replaced ledger (None when it could not be read).
    """
    if not backup_path.is_file():
        raise DatabaseProblem(f"no backup file {backup_path}")
    problems = integrity_problems(backup_path)
    if problems:
        raise DatabaseProblem(f"the backup {backup_path} is damaged too ({problems[0]})")
    safety = None
    if ledger_path.exists():
        if integrity_problems(ledger_path, quick=True):
            # A damaged ledger is kept aside, never thrown away.
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            ledger_path.replace(ledger_path.with_name(f"{ledger_path.name}.damaged-{stamp}"))
        else:
            safety = backup(ledger_path, keep=keep + 1, reason="before-restore")
            _checkpoint(ledger_path)
    tmp = ledger_path.with_name(ledger_path.name + ".restoring")
    copy_database(backup_path, tmp)
    for companion in (Path(f"{ledger_path}-wal"), Path(f"{ledger_path}-shm")):
        companion.unlink(missing_ok=True)
    tmp.replace(ledger_path)
    owner_only(ledger_path)
    return safety


def _checkpoint(ledger_path: Path) -> None:
    """Moves everything the WAL holds into the ledger file, so that a restore killed after
    it removed the WAL loses nothing (the file alone is the whole ledger)."""
    con = sqlite3.connect(ledger_path)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
