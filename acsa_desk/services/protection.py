"""Protection of files that leave the machine: the ledger's policy and its partners' keys.

Settings of the ledger (audited like every change):

    protect.backups          "outside" (default): a backup written anywhere but the ledger's own
                             backups/ folder (a USB key, a share) is sealed; "always": every
                             backup the `backup` command writes; "never": none
    protect.recipient.<NAME> the X25519 public key of a partner office (acsa-x25519:...): files
                             sealed for NAME open with that office's private key

Sealing itself is :mod:`acsa_desk.core.sealed`; this module decides when, and seals backups
without ever writing a plain copy outside the ledger's own folder.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from acsa_desk.core import sealed
from acsa_desk.core.errors import RuleViolation
from acsa_desk.db.models import LedgerSetting

POLICY_KEY = "protect.backups"
RECIPIENT_PREFIX = "protect.recipient."
POLICIES = ("outside", "always", "never")
MIN_PASSPHRASE = 12
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,39}")


@dataclass(frozen=True, slots=True)
class Protection:
    backups: str = "outside"
    recipients: Mapping[str, str] | None = None  # name -> public key

    def to_json(self) -> dict[str, Any]:
        return {"backups": self.backups, "recipients": dict(self.recipients or {})}


def get_protection(*, session: Session) -> Protection:
    rows = {row.key: row.value for row in session.scalars(
        select(LedgerSetting).where(LedgerSetting.key.startswith("protect.")))}  # type: ignore[attr-defined]
    recipients = {key[len(RECIPIENT_PREFIX):]: value for key, value in sorted(rows.items())
                  if key.startswith(RECIPIENT_PREFIX) and value}
    return Protection(rows.get(POLICY_KEY, "outside"), recipients)


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
    _put(session, POLICY_KEY, backups)
    return get_protection(session=session)


def set_recipient(*, session: Session, name: str, public_key: str) -> Protection:
    """Records (or, with public_key "", forgets) a partner office's public key."""
    if not _NAME.fullmatch(name):
        raise RuleViolation("recipient", f"'{name}' is not a recipient name (letters, digits, "
                                         "- _ ., e.g. JPN-JMSDF)")
    if public_key:
        public_key = sealed.check_public_key(public_key)
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


def is_outside(ledger_path: Path, target: Path) -> bool:
    """Whether ``target`` is anywhere but the ledger's own backups folder."""
    from acsa_desk.db.backup import backups_dir

    return target.resolve().parent != backups_dir(ledger_path).resolve()


def must_seal(protection: Protection, ledger_path: Path, target: Path | None) -> bool:
    if protection.backups == "never":
        return False
    if protection.backups == "always":
        return True
    return target is not None and is_outside(ledger_path, target)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, not ours to signal
    return True


def remove_leftovers(folder: Path, prefix: str) -> list[Path]:
    """Plain copies left by a sealing or opening that was killed (its process is gone)."""
    removed = []
    for path in folder.glob(f"{prefix}*"):
        pid = path.name[len(prefix):].split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


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


def open_backup(sealed_path: Path, ledger_path: Path, *, passphrase: str | None,
                private_keys: Sequence[str]) -> Path:
    """A sealed backup opened beside the ledger (owner-only); the caller restores and removes it."""
    remove_leftovers(ledger_path.parent, ".opening-")
    plain = ledger_path.with_name(f".opening-{os.getpid()}-{ledger_path.name}")
    sealed.open_file(sealed_path, plain, passphrase=passphrase, private_keys=private_keys)
    return plain
