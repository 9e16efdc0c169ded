"""Protection of files that leave the machine: the ledger's policy and its partners' keys.

Settings of the ledger (audited like every change):

    protect.backups          "outside" (default): a backup written anywhere but the ledger's own
                             backups/ folder (a USB key, a share) is sealed; "always": every
                             backup the `backup` command writes; "never": none
    protect.recipient.<NAME> the X25519 public key of a partner office (acsa-x25519:...): files
                             sealed for NAME open with that office's private key
    protect.backup_key       the recipient (our own office's key pair, its private key kept
                             off this machine) that rotated backups in backups/ are sealed for:
                             they are taken without asking, so never under a passphrase

When a file is sealed is decided once, in :mod:`acsa_desk.core.seal_rules` (re-exported
here), for the command line, the window and the rotated backups alike: :func:`seal_advice`
(a backup or an export: required, or offered because of its marking) and :func:`rotated_plan`
(the rotated backups of ``backups/``).

Sealing itself is :mod:`acsa_desk.core.sealed`; this module decides when, and seals backups
without ever writing a plain copy outside the ledger's own folder.
"""

from __future__ import annotations

import copy
import os
import re
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from acsa_desk.core import marking as M
from acsa_desk.core import sealed
from acsa_desk.core.errors import RuleViolation
from acsa_desk.core.seal_rules import (  # noqa: F401  (the rule, re-exported for its callers)
    BACKUP_KEY,
    POLICIES,
    POLICY_KEY,
    RECIPIENT_PREFIX,
    Protection,
    SealAdvice,
    above_unclassified,
    is_outside,
    must_seal,
    protection_from,
    remove_leftovers,
    rotated_plan,
    seal_advice,
)
from acsa_desk.db.models import LedgerSetting

MIN_PASSPHRASE = 12
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,39}")


def get_protection(*, session: Session) -> Protection:
    rows = {row.key: row.value for row in session.scalars(
        select(LedgerSetting).where(LedgerSetting.key.startswith("protect.")))}  # type: ignore[attr-defined]
    return protection_from(rows)


def _put(session: Session, key: str, value: str) -> None:
    row = session.get(LedgerSetting, key)
    if row is None:
        session.add(LedgerSetting(key=key, value=value))
    elif row.value != value:
        row.value = value
    session.flush()


def set_policy(*, session: Session, backups: str) -> Protection:
    if backups not in POLICIES:
        raise RuleViolation("backups", f"'{backups}' is not one of {', '.join(POLICIES)}")
    current = get_protection(session=session)
    if backups == "always" and not current.backup_key:
        raise RuleViolation("backups", "rotated backups are taken without asking, so they are "
                                       "sealed for a key: name it first (--backup-key NAME)")
    _put(session, POLICY_KEY, backups)
    return get_protection(session=session)


def set_backup_key(*, session: Session, name: str) -> Protection:
    """The recipient rotated backups are sealed for ("" stops sealing them for a key)."""
    current = get_protection(session=session)
    if name and name not in (current.recipients or {}):
        raise RuleViolation("backup_key", f"no recipient {name} in this ledger (add it with "
                                          "`protection set --recipient NAME=PUBLIC_KEY`)")
    if not name and current.backups == "always":
        raise RuleViolation("backup_key", "every backup is sealed (--backups always): a backup "
                                          "key is needed; set another policy first")
    _put(session, BACKUP_KEY, name)
    return get_protection(session=session)


def set_recipient(*, session: Session, name: str, public_key: str) -> Protection:
    """Records (or, with public_key "", forgets) a partner office's public key."""
    if not _NAME.fullmatch(name):
        raise RuleViolation("recipient", f"'{name}' is not a recipient name (letters, digits, "
                                         "- _ ., e.g. JPN-JMSDF)")
    if public_key:
        public_key = sealed.check_public_key(public_key)
    elif get_protection(session=session).backup_key == name:
        raise RuleViolation("recipient", f"rotated backups are sealed for {name}: name another "
                                         "backup key before forgetting it")
    _put(session, RECIPIENT_PREFIX + name, public_key)
    return get_protection(session=session)


def check_passphrase(passphrase: str) -> str:
    if len(passphrase) < MIN_PASSPHRASE:
        raise RuleViolation("passphrase", f"a passphrase has at least {MIN_PASSPHRASE} characters")
    return passphrase


def pick_recipients(protection: Protection, names: Sequence[str]) -> dict[str, str]:
    known = dict(protection.recipients or {})
    missing = [n for n in names if n not in known]
    if missing:
        raise RuleViolation("recipient", f"no recipient {missing[0]} in this ledger (add it with "
                                         "`protection set --recipient NAME=PUBLIC_KEY`)")
    return {n: known[n] for n in names}


@contextmanager
def opened_exchange(path: Path, *, passphrase: str | None,
                    private_keys: Sequence[str]) -> Iterator[Path]:
    """``path`` itself, or for a sealed exchange file its plain content in a private temporary
    folder (removed afterwards). What an import refuses names ``path``, the user's file,
    never the temporary copy."""
    from acsa_desk.core.errors import ImportRejected, LedgerError

    if not sealed.is_sealed(path):
        yield path
        return
    with tempfile.TemporaryDirectory(prefix="acsa-desk-open-") as folder:  # 0700
        with path.open("rb") as f:
            header, _ = sealed.read_header(f)
        name = Path(str(header.get("name") or path.stem)).name or "opened"
        plain = Path(folder) / name
        sealed.open_file(path, plain, passphrase=passphrase, private_keys=private_keys)
        try:
            yield plain
        except ImportRejected as exc:
            raise ImportRejected(str(path), exc.defects) from None
        except LedgerError as exc:
            if str(plain) not in str(exc):
                raise
            renamed = copy.copy(exc)  # the same kind of error, naming the user's file
            renamed.args = tuple(a.replace(str(plain), str(path)) if isinstance(a, str) else a
                                 for a in exc.args)
            if isinstance(getattr(renamed, "message", None), str):
                renamed.message = renamed.message.replace(str(plain), str(path))  # type: ignore[attr-defined]
            raise renamed from None


def seal_backup(ledger_path: Path, target: Path, *, passphrase: str | None,
                recipients: Mapping[str, str], marking: Mapping[str, Any], banner: str) -> Path:
    """A backup of the ledger written to ``target`` sealed; no plain copy ever reaches its folder.

    The consistent copy is taken into the ledger's own backups folder (where the ledger's own
    protection applies), sealed from there, and removed.
    """
    from acsa_desk.db import backup

    if not passphrase and not recipients:
        raise RuleViolation("passphrase", "backups to another folder are sealed: give a passphrase "
                                          "(--passphrase-file or ACSA_DESK_PASSPHRASE) or a "
                                          "recipient (--recipient NAME)")
    folder = backup.backups_dir(ledger_path)
    folder.mkdir(parents=True, exist_ok=True)
    remove_leftovers(folder, ".sealing-")
    plain = folder / f".sealing-{os.getpid()}-{target.name}"
    try:
        backup.copy_database(ledger_path, plain)
        backup.owner_only(plain)
        sealed.seal_file(plain, target, passphrase=passphrase, recipients=recipients, info={
            "kind": "backup", "source": ledger_path.name, "banner": banner, "marking": marking,
            "created": datetime.now(UTC).isoformat(timespec="seconds"),
        })
    finally:
        plain.unlink(missing_ok=True)
    return target


def backup_marking(ledger_path: Path) -> tuple[Protection, M.Marking, dict[str, M.Scheme]]:
    """The policy and the marking of a whole ledger (what a backup of it holds)."""
    from acsa_desk.db.engine import open_ledger
    from acsa_desk.services import marking as marking_svc

    ledger = open_ledger(ledger_path, create=False)
    try:
        with ledger.reader() as session:
            return (get_protection(session=session), marking_svc.marking_for(session=session),
                    marking_svc.schemes(session=session))
    finally:
        ledger.close()


def write_backup(ledger_path: Path, target: Path, *, passphrase: str | None = None,
                 recipients: Mapping[str, str] | None = None) -> str:
    """A backup of the ledger at ``target``, for the command line and the window alike.

    Sealed when a passphrase or recipients are given; plain otherwise, unless the ledger's
    policy seals it (:func:`seal_advice`), which is refused and writes nothing. Returns how
    it was written ("sealed, marked ..." / "not sealed").
    """
    from acsa_desk.db import backup

    policy, whole, known = backup_marking(ledger_path)
    banner = M.describe(whole, known)
    if passphrase or recipients:
        seal_backup(ledger_path, target, passphrase=passphrase, recipients=recipients or {},
                    marking=whole.to_json(), banner=banner)
        return f"sealed, marked {banner}"
    advice = seal_advice(protection=policy, marking=whole, known=known, kind="backup",
                         ledger_path=ledger_path, target=target)
    if advice.required:
        seal_backup(ledger_path, target, passphrase=None, recipients={}, marking={}, banner="")
    backup.copy_database(ledger_path, target)
    backup.owner_only(target)
    return "not sealed (the ledger's policy)"


def open_backup(sealed_path: Path, ledger_path: Path, *, passphrase: str | None,
                private_keys: Sequence[str]) -> Path:
    """A sealed backup opened beside the ledger (owner-only); the caller restores and removes it."""
    remove_leftovers(ledger_path.parent, ".opening-")
    plain = ledger_path.with_name(f".opening-{os.getpid()}-{ledger_path.name}")
    sealed.open_file(sealed_path, plain, passphrase=passphrase, private_keys=private_keys)
    return plain
