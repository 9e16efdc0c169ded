"""Who runs a writing command: ``--as LOGIN`` and a passphrase on a SQLite ledger with more
than one user (asked for on the terminal, or read from the file named by
ACSA_DESK_PASSPHRASE_FILE for scripts; never from a plain variable); the server login on
PostgreSQL; the operating-system login on a single-user SQLite ledger."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from acsa_desk.core.errors import RuleViolation

PASSPHRASE_FILE_ENV = "ACSA_DESK_PASSPHRASE_FILE"


def add_as_option(parser: Any) -> None:
    parser.add_argument("--as", dest="as_login", metavar="LOGIN", default=None,
                        help="who you are, on a SQLite ledger with several users (the "
                             f"passphrase is asked for, or read from ${PASSPHRASE_FILE_ENV})")


def read_file_passphrase(path_text: str, what: str) -> str:
    path = Path(path_text).expanduser()
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RuleViolation("passphrase", f"cannot read {what} {path}: "
                                          f"{exc.strerror or exc}") from exc
    return text.splitlines()[0] if text else ""


def read_passphrase(login: str) -> str:
    """The acting user's passphrase: from the file named by ACSA_DESK_PASSPHRASE_FILE, or
    typed at a prompt that does not echo."""
    named = os.environ.get(PASSPHRASE_FILE_ENV, "").strip()
    if named:
        return read_file_passphrase(named, f"the passphrase file (${PASSPHRASE_FILE_ENV})")
    if not sys.stdin.isatty():
        raise RuleViolation("passphrase", f"no terminal to ask {login}'s passphrase: name a "
                                          f"file holding it in ${PASSPHRASE_FILE_ENV}")
    return getpass.getpass(f"passphrase for {login}: ")


def new_passphrase(login: str, path: Path | None) -> str:
    """A passphrase being set: from --passphrase-file, or typed twice."""
    if path is not None:
        return read_file_passphrase(str(path), "the passphrase file")
    if not sys.stdin.isatty():
        raise RuleViolation("passphrase", f"no terminal to ask a new passphrase for {login}: "
                                          "use --passphrase-file FILE")
    first = getpass.getpass(f"new passphrase for {login}: ")
    if getpass.getpass("the same again: ") != first:
        raise RuleViolation("passphrase", "the two passphrases differ; nothing was changed")
    return first


def acting_login(args: argparse.Namespace, ledger: Any) -> str:
    """The authenticated login of whoever runs this command (see the module text)."""
    from acsa_desk.services.identity import resolve

    return resolve(ledger, as_login=getattr(args, "as_login", None),
                   read_passphrase=read_passphrase)
