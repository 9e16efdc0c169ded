"""Protection of files that leave the machine: keys, the ledger's policy, sealing and opening::

    acsa-desk keygen --out FILE                         an X25519 key pair (FILE private, FILE.pub)
    acsa-desk --db DB protection show --json
    acsa-desk --db DB protection set [--backups outside|always|never] [--recipient NAME=KEY]...
    acsa-desk unseal FILE --out PLAIN [--passphrase-file F | --key KEYFILE] / unseal FILE --header

A passphrase is read from --passphrase-file (its first line) or ACSA_DESK_PASSPHRASE, never
from the command line. `backup --out` and `restore` take the same key options (see
trust_commands); `backup` seals by the ledger's policy.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from acsa_desk.cli.identity import acting_login, add_as_option
from acsa_desk.core.errors import RuleViolation

PASSPHRASE_ENV = "ACSA_DESK_PASSPHRASE"


def add_key_arguments(p: argparse.ArgumentParser, *, sealing: bool) -> None:
    p.add_argument("--passphrase-file", type=Path, metavar="FILE",
                   help=f"the passphrase, first line of FILE (or set {PASSPHRASE_ENV})")
    if sealing:
        p.add_argument("--recipient", action="append", default=[], metavar="NAME",
                       help="also seal for this partner office (see `protection set`)")
    else:
        p.add_argument("--key", action="append", default=[], type=Path, metavar="KEYFILE",
                       help="a private key made by `acsa-desk keygen`")


def passphrase(args: argparse.Namespace) -> str | None:
    from acsa_desk.services.protection import check_passphrase

    if getattr(args, "passphrase_file", None) is not None:
        try:
            text = args.passphrase_file.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise RuleViolation("--passphrase-file", f"{args.passphrase_file}: "
                                                     f"{exc.strerror or exc}") from None
        return check_passphrase(text[0] if text else "")
    value = os.environ.get(PASSPHRASE_ENV)
    return check_passphrase(value) if value else None


def private_keys(args: argparse.Namespace) -> list[str]:
    keys = []
    for path in getattr(args, "key", []) or []:
        try:
            keys.append(Path(path).read_text(encoding="ascii").strip())
        except (OSError, UnicodeDecodeError) as exc:
            raise RuleViolation("--key", f"{path}: cannot read the key ({exc})") from None
    return keys


def backup_to(ledger_path: Path, out: Path, args: argparse.Namespace) -> str:
    """A backup written to ``out``: sealed when the ledger's policy says so. Returns a note."""
    from acsa_desk.services import protection

    policy, whole, known = protection.backup_marking(ledger_path)
    advice = protection.seal_advice(protection=policy, marking=whole, known=known, kind="backup",
                                    ledger_path=ledger_path, target=out)
    if not advice.required:
        return protection.write_backup(ledger_path, out)
    return protection.write_backup(ledger_path, out, passphrase=passphrase(args),
                                   recipients=protection.pick_recipients(policy, args.recipient))


def restore_from(backup_file: Path, ledger_path: Path, args: argparse.Namespace) -> Path | None:
    """Restores a plain or a sealed backup (opened beside the ledger, then removed)."""
    from acsa_desk.core import sealed
    from acsa_desk.db import backup
    from acsa_desk.services import protection

    if not sealed.is_sealed(backup_file):
        return backup.restore(backup_file, ledger_path)
    plain = protection.open_backup(backup_file, ledger_path, passphrase=passphrase(args),
                                   private_keys=private_keys(args))
    try:
        return backup.restore(plain, ledger_path)
    finally:
        plain.unlink(missing_ok=True)


@contextmanager
def opened(path: Path, args: argparse.Namespace) -> Iterator[Path]:
    """``path`` itself, or for a sealed exchange file its plain content in a private folder
    (``services.protection.opened_exchange``: errors name ``path``, never the copy)."""
    from acsa_desk.core import sealed
    from acsa_desk.services.protection import opened_exchange

    secret = passphrase(args) if sealed.is_sealed(path) else None
    keys = private_keys(args) if sealed.is_sealed(path) else []
    with opened_exchange(path, passphrase=secret, private_keys=keys) as plain:
        yield plain


def register(sub: Any) -> None:
    p = sub.add_parser("keygen", help="make a key pair for receiving sealed files")
    p.add_argument("--out", required=True, type=Path, metavar="FILE",
                   help="private key (owner-only); the public key goes to FILE.pub")
    p.set_defaults(handler=cmd_keygen)

    p = sub.add_parser("protection", help="how files leaving the machine are sealed")
    actions = p.add_subparsers(dest="protection_action", metavar="ACTION", required=True,
                               parser_class=type(p))
    s = actions.add_parser("show", help="print the ledger's protection settings")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=cmd_show)
    s = actions.add_parser("set", help="set the backups policy or a partner office's key")
    s.add_argument("--backups", choices=("outside", "always", "never"),
                   help="which `backup` files are sealed (default outside the backups folder)")
    s.add_argument("--recipient", action="append", default=[], metavar="NAME=PUBLIC_KEY",
                   help="a partner office's public key (NAME= with no key forgets it)")
    s.add_argument("--backup-key", metavar="NAME",
                   help="the recipient (our own office's key) rotated backups are sealed for "
                        "(\"\" for none)")
    add_as_option(s)
    s.set_defaults(handler=cmd_set)

    p = sub.add_parser("unseal", help="open a sealed file (backup, export, exchange file)")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--out", type=Path, metavar="PLAIN", help="where to write the plain content")
    p.add_argument("--header", action="store_true", help="print the clear header (marking) only")
    add_key_arguments(p, sealing=False)
    p.set_defaults(handler=cmd_unseal)


def cmd_keygen(args: argparse.Namespace) -> int:
    from acsa_desk.core import sealed

    if args.out.exists():
        raise RuleViolation("--out", f"{args.out} exists: a key is never overwritten")
    pair = sealed.generate_keypair()
    fd = os.open(args.out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as f:
        f.write(pair.private + "\n")
    public = args.out.with_name(args.out.name + ".pub")
    public.write_text(pair.public + "\n", encoding="ascii")
    print(pair.public)
    print(f"private key in {args.out} (keep it secret); public key in {public}", file=sys.stderr)
    return 0


def _ledger(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from acsa_desk.cli.marking_commands import _existing

    return _existing(args)


def cmd_show(args: argparse.Namespace) -> int:
    from acsa_desk.services import protection

    with _ledger(args).reader() as session:
        data = protection.get_protection(session=session).to_json()
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print(f"backups sealed: {data['backups']}")
        print(f"rotated backups sealed for: {data['backup_key'] or 'none'}")
        for name, key in data["recipients"].items():
            print(f"recipient {name}: {key}")
    return 0


def cmd_set(args: argparse.Namespace) -> int:
    from acsa_desk.services import marking as marking_svc
    from acsa_desk.services import protection

    pairs = []
    for item in args.recipient:
        name, sep, key = item.partition("=")
        if not sep:
            raise RuleViolation("--recipient", f"'{item}' is not NAME=PUBLIC_KEY")
        pairs.append((name.strip(), key.strip()))
    ledger = _ledger(args)
    actor = acting_login(args, ledger)
    with ledger.session(actor=actor) as session:
        marking_svc.require_admin(session=session, login=actor)
        for name, key in pairs:
            if key:
                protection.set_recipient(session=session, name=name, public_key=key)
        if args.backup_key is not None:
            protection.set_backup_key(session=session, name=args.backup_key.strip())
        if args.backups:
            protection.set_policy(session=session, backups=args.backups)
        for name, key in pairs:
            if not key:
                protection.set_recipient(session=session, name=name, public_key=key)
        data = protection.get_protection(session=session).to_json()
    print(f"backups sealed: {data['backups']}; recipients: "
          f"{', '.join(data['recipients']) or 'none'}; rotated backups sealed for: "
          f"{data['backup_key'] or 'none'}")
    return 0


def cmd_unseal(args: argparse.Namespace) -> int:
    from acsa_desk.core import sealed

    if args.header:
        try:
            with args.file.open("rb") as f:
                header, _ = sealed.read_header(f)
        except OSError as exc:
            raise RuleViolation("FILE", f"{args.file}: {exc.strerror or exc}") from None
        shown = {k: v for k, v in header.items() if k not in ("passphrase", "nonce_prefix")}
        shown["recipients"] = [r.get("name") for r in header.get("recipients", ())]
        json.dump(shown, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if args.out is None:
        raise RuleViolation("--out", "say where to write the plain content (--out PLAIN)")
    header = sealed.open_file(args.file, args.out, passphrase=passphrase(args),
                              private_keys=private_keys(args))
    print(f"opened {args.file} into {args.out} (marked {header.get('banner', 'unmarked')})",
          file=sys.stderr)
    return 0
