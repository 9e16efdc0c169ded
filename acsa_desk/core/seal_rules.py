"""When a file that leaves the machine is sealed: the one rule, for every caller.

Qt-free and below the database layer (``db.backup`` asks it for the rotated backups);
``services.protection`` reads the settings and re-exports these. The settings are the
ledger's ``protect.*`` rows (see ``services.protection``).
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from acsa_desk.core import marking as M
from acsa_desk.core.errors import RuleViolation

POLICY_KEY = "protect.backups"
BACKUP_KEY = "protect.backup_key"
RECIPIENT_PREFIX = "protect.recipient."
POLICIES = ("outside", "always", "never")
BACKUPS_FOLDER = "backups"  # beside the ledger


@dataclass(frozen=True, slots=True)
class Protection:
    backups: str = "outside"
    recipients: Mapping[str, str] | None = None  # name -> public key
    backup_key: str = ""  # the recipient rotated backups are sealed for ("" for none)

    def to_json(self) -> dict[str, Any]:
        return {"backups": self.backups, "recipients": dict(self.recipients or {}),
                "backup_key": self.backup_key}


def protection_from(settings: Mapping[str, str]) -> Protection:
    """The policy from the ledger's ``protect.*`` settings (as rows of ``ledger_setting``)."""
    recipients = {key[len(RECIPIENT_PREFIX):]: value for key, value in sorted(settings.items())
                  if key.startswith(RECIPIENT_PREFIX) and value}
    return Protection(settings.get(POLICY_KEY, "outside"), recipients,
                      settings.get(BACKUP_KEY, ""))


def is_outside(ledger_path: Path, target: Path) -> bool:
    """Whether ``target`` is anywhere but the ledger's own backups folder."""
    return target.resolve().parent != (ledger_path.parent / BACKUPS_FOLDER).resolve()


def must_seal(protection: Protection, ledger_path: Path, target: Path | None) -> bool:
    if protection.backups == "never":
        return False
    if protection.backups == "always":
        return True
    return target is not None and is_outside(ledger_path, target)


def above_unclassified(marking: M.Marking, known: Mapping[str, M.Scheme]) -> bool:
    """Whether a marking asks for sealing what leaves the machine (anything above UNCLASSIFIED)."""
    return known[marking.scheme].level(marking.level).cls is not M.LevelClass.UNCLASSIFIED


@dataclass(frozen=True, slots=True)
class SealAdvice:
    """Whether a file about to be written is sealed: ``required`` (plain is refused) or
    ``suggested`` (offered, and chosen unless the user says otherwise)."""

    required: bool
    suggested: bool
    banner: str  # how the file is marked, one line
    recipients: tuple[tuple[str, str], ...] = ()  # the partner offices' (name, public key)

    @property
    def offered(self) -> bool:
        return self.required or self.suggested


def seal_advice(*, protection: Protection, marking: M.Marking | None = None,
                known: Mapping[str, M.Scheme] | None = None, rendering: M.Rendering | None = None,
                kind: str, ledger_path: Path | None = None,
                target: Path | None = None) -> SealAdvice:
    """The one rule for sealing a backup (``kind`` "backup") or an export (any other kind),
    for a file marked ``marking`` (or, for a built document, printed with ``rendering``).

    - a backup is sealed when the ledger's policy says so (:func:`must_seal`: by default
      anywhere but the ledger's own backups folder);
    - any file marked above UNCLASSIFIED is offered sealed (the window preselects it, the
      command line says so when ``--seal`` is not given); exports are never forced.
    """
    if marking is not None and known is not None:
        marked, banner = above_unclassified(marking, known), M.describe(marking, known)
    elif rendering is not None:
        marked = rendering.cls is not M.LevelClass.UNCLASSIFIED
        banner = rendering.banner + (f" ({rendering.notice})" if rendering.notice else "")
    else:
        raise ValueError("seal_advice needs the marking (with its schemes) or its rendering")
    required = (kind == "backup" and ledger_path is not None
                and must_seal(protection, ledger_path, target))
    return SealAdvice(required, required or marked, banner,
                      tuple(sorted((protection.recipients or {}).items())))


def rotated_plan(settings: Mapping[str, str]) -> tuple[dict[str, str], M.Marking, str] | None:
    """For a rotated backup (``backups/``, taken without asking): the recipient it is sealed
    for, the marking and banner of its header; None when it stays plain.

    ``settings``: the ledger's ``protect.*`` and ``marking*`` settings. Sealed when the policy
    is "always", or when the ledger (any of its parts) is marked above UNCLASSIFIED and a
    backup key is set; never under "never". "always" without a usable backup key is refused
    (nothing plain is written instead).
    """
    protection = protection_from(settings)
    known = dict(M.BUILTIN_SCHEMES)
    for key, value in settings.items():
        if key.startswith("marking.scheme."):
            data = json.loads(value)
            known[data["code"]] = M.custom_scheme(data["code"], data["name"], data["home"],
                                                  [tuple(pair) for pair in data["levels"]])
    parts = [M.marking_from_json(json.loads(value), known) for key, value in settings.items()
             if key == "marking" or key.startswith(("marking.exercise.", "marking.order."))]
    if "marking" not in settings:
        parts.append(M.legacy_marking(settings.get("banner") or "UNCLASSIFIED", known))
    whole = M.highest(parts, known)
    if protection.backups == "never":
        return None
    key = protection.backup_key
    public = (protection.recipients or {}).get(key) if key else None
    if protection.backups == "always" and public is None:
        raise RuleViolation("backups", "every backup of this ledger is sealed, but its backup "
                                       "key is not set: name it (`protection set --backup-key "
                                       "NAME`); no backup was written")
    if public is None or (protection.backups != "always"
                          and not above_unclassified(whole, known)):
        return None
    return {key: public}, whole, M.describe(whole, known)


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
