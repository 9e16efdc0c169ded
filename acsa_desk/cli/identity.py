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
APPROVER_FILE_ENV = "ACSA_DESK_APPROVER_PASSPHRASE_FILE"


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


def read_passphrase(login: str, env: str = PASSPHRASE_FILE_ENV) -> str:
    """The acting user's passphrase: from the file named by ACSA_DESK_PASSPHRASE_FILE (or
    ``env``), or typed at a prompt that does not echo."""
    named = os.environ.get(env, "").strip()
    if named:
        return read_file_passphrase(named, f"the passphrase file (${env})")
    if not sys.stdin.isatty():
        raise RuleViolation("passphrase", f"no terminal to ask {login}'s passphrase: name a "
                                          f"file holding it in ${env}")
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


def reading_login(args: argparse.Namespace, ledger: Any) -> str | None:
    """Who a reading command prints as (a document's home signature): ``--as`` once
    authenticated, the server login on PostgreSQL, the sole user of a SQLite ledger; None
    (the name is left to sign by hand) on a SQLite ledger with several users and no --as."""
    from acsa_desk.services.identity import reading_login as resolve_reader

    return resolve_reader(ledger, as_login=getattr(args, "as_login", None),
                          read_passphrase=read_passphrase)


def approving_login(ledger: Any, login: str) -> str:
    """Our approving official named by ``--approved-by``, authenticated now (countersigning):
    on SQLite their passphrase, typed at the prompt or read from the file named by
    ACSA_DESK_APPROVER_PASSPHRASE_FILE; on PostgreSQL an officer approves from their own
    server login only, never named from another's connection."""
    from acsa_desk.core.people import Ability, normalize_login
    from acsa_desk.services import auth
    from acsa_desk.services.identity import server_login

    with ledger.reader() as session:
        server = server_login(session)
    if server is not None:
        if normalize_login(login) != server:
            raise RuleViolation("approved-by", "on PostgreSQL the approving officer approves "
                                               "from their own login (the window's Approve)")
        return server
    return auth.authenticate(ledger, login, read_passphrase(login, APPROVER_FILE_ENV),
                             Ability.CERTIFY, "approve settlements").login
