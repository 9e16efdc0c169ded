"""Tamper evidence outside the ledger: anchors (the chain head written down elsewhere) and
the ledger key (show, back up, restore)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def register(sub: Any) -> None:
    p = sub.add_parser("anchor", help="print the audit chain's anchor (acsa1:COUNT:HASH) and "
                                      "append it to the anchors file beside the ledger")
    p.add_argument("--file", type=Path, metavar="FILE",
                   help="append to this anchors file instead")
    p.set_defaults(handler=cmd_anchor)

    p = sub.add_parser("key", help="the ledger key: show it, back it up, restore it")
    action = p.add_subparsers(dest="key_action", metavar="ACTION")
    action.add_parser("show", help="the ledger's key id and whether this machine holds it")
    action.add_parser("init", help="key a ledger that names no key (a baseline of its rows as "
                                   "they stand is written first)")
    out = action.add_parser("export", help="write a copy of the ledger key (keep it apart "
                                           "from the ledger and its backups)")
    out.add_argument("--out", type=Path, required=True, metavar="FILE")
    imp = action.add_parser("import", help="restore the ledger key from a copy")
    imp.add_argument("key_file", type=Path, metavar="FILE")
    p.set_defaults(handler=cmd_key)


def cmd_anchor(args: argparse.Namespace) -> int:
    from acsa_desk.db.engine import open_ledger
    from acsa_desk.services.integrity import write_anchor

    print(write_anchor(open_ledger(args.db), args.file))
    return 0


def cmd_key(args: argparse.Namespace) -> int:
    from acsa_desk.db import keys
    from acsa_desk.db.engine import open_ledger
    from acsa_desk.services.integrity import ledger_key_id

    ledger = open_ledger(args.db)
    with ledger.reader() as session:
        key_id = ledger_key_id(session)
    if args.key_action == "export":
        if not key_id:
            print("acsa-desk: this ledger is not keyed", file=sys.stderr)
            return 1
        written = keys.export_key(key_id, args.out)
        print(f"key {key_id} written to {written}: keep it apart from the ledger and its "
              f"backups; restore it with `acsa-desk --db DB key import {written}`")
        return 0
    if args.key_action == "init":
        from acsa_desk.db.keying import ensure_keyed

        if key_id:
            print(f"acsa-desk: this ledger is keyed already (key {key_id})",
                  file=sys.stderr)
            return 1
        ensure_keyed(ledger)
        with ledger.reader() as session:
            key_id = ledger_key_id(session)
        print(f"keyed with key {key_id} ({keys.key_path(key_id)}); back it up with "
              "`acsa-desk --db DB key export --out FILE`")
        return 0
    if args.key_action == "import":
        restored = keys.import_key(args.key_file, key_id or None)
        print(f"key {restored} restored to {keys.key_path(restored)}")
        return 0
    if not key_id:
        print("this ledger is not keyed")
    elif keys.load(key_id) is None:
        print(f"key {key_id}: NOT on this machine ({keys.key_path(key_id)})")
    else:
        print(f"key {key_id}: {keys.key_path(key_id)}")
    return 0
