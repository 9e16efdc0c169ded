"""The `acsa-desk` command line: the same program that opens the window.

Each command module registers its sub-commands through ``register(subparsers)``; a
handler takes the parsed arguments and returns the exit status. Heavy libraries
(reportlab, PySide6) are imported inside handlers, so every command starts fast.
Expected errors (bad input, missing files, a refused rule) print one line on
standard error and exit non-zero, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from acsa_desk import __version__

COMMAND_MODULES = (
    "acsa_desk.cli.ledger_commands",
    "acsa_desk.cli.trust_commands",
    "acsa_desk.cli.document_commands",
    "acsa_desk.cli.anchor_commands",
    "acsa_desk.cli.readiness_commands",
    "acsa_desk.cli.user_commands",
    "acsa_desk.cli.reconcile_commands",
    "acsa_desk.cli.marking_commands",
    "acsa_desk.cli.protection_commands",
)
# Which module registers which command, so that a run loads only its own module.
# (tests/cli/test_cli.py checks this against what the modules register.)
COMMANDS = {
    "import-orders": "acsa_desk.cli.ledger_commands",
    "import-settlements": "acsa_desk.cli.ledger_commands",
    "balances": "acsa_desk.cli.ledger_commands",
    "overdue": "acsa_desk.cli.ledger_commands",
    "export-finance": "acsa_desk.cli.ledger_commands",
    "demo": "acsa_desk.cli.ledger_commands",
    "verify": "acsa_desk.cli.trust_commands",
    "backup": "acsa_desk.cli.trust_commands",
    "user": "acsa_desk.cli.user_commands",
    "admin": "acsa_desk.cli.user_commands",
    "copy-to": "acsa_desk.cli.trust_commands",
    "restore": "acsa_desk.cli.trust_commands",
    "statement": "acsa_desk.cli.document_commands",
    "order-form": "acsa_desk.cli.document_commands",
    "annual-report": "acsa_desk.cli.document_commands",
    "anchor": "acsa_desk.cli.anchor_commands",
    "key": "acsa_desk.cli.anchor_commands",
    "agreement": "acsa_desk.cli.readiness_commands",
    "attach": "acsa_desk.cli.readiness_commands",
    "attachments": "acsa_desk.cli.readiness_commands",
    "readiness": "acsa_desk.cli.readiness_commands",
    "reconcile": "acsa_desk.cli.reconcile_commands",
    "offset": "acsa_desk.cli.reconcile_commands",
    "marking": "acsa_desk.cli.marking_commands",
    "keygen": "acsa_desk.cli.protection_commands",
    "protection": "acsa_desk.cli.protection_commands",
    "unseal": "acsa_desk.cli.protection_commands",
}

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\n")


def _first_other(argv: Sequence[str]) -> str | None:
    """The first argument after the global ``--db`` options, if any."""
    args = list(argv)
    index = 0
    while index < len(args):
        arg = args[index]
        if arg == "--db":
            index += 2
            continue
        if arg.startswith("--db="):
            index += 1
            continue
        return arg
    return None


def _named_command(argv: Sequence[str]) -> str | None:
    """The command the arguments name (skipping the global options), if any."""
    arg = _first_other(argv)
    return None if arg is None or arg.startswith("-") else arg


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    parser = _Parser(
        prog="acsa-desk",
        description="ACSA Desk: orders, settlements and balances under an ACSA.",
    )
    parser.add_argument("--version", action="version", version=f"acsa-desk {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="SQLite file or SQLAlchemy URL (default: ledger in the user's data folder)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    given = sys.argv[1:] if argv is None else argv
    command = _named_command(given)
    modules = (COMMANDS[command],) if command in COMMANDS else COMMAND_MODULES
    if _first_other(given) is None:
        modules = ()  # the window (nothing but --db): no command module on its path
    for name in modules:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from acsa_desk.core.errors import LedgerError

    parser = build_parser(argv)
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    try:
        if handler is None:
            from acsa_desk.cli.window import open_window

            return open_window(args)
        return int(handler(args))
    except LedgerError as exc:
        print(f"acsa-desk: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return EXIT_OK
    except OSError as exc:
        print(f"acsa-desk: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        print("acsa-desk: interrupted", file=sys.stderr)
        return 130
    except MemoryError:
        print("acsa-desk: out of memory; nothing was saved", file=sys.stderr)
        return EXIT_FAILURE
    except Exception as exc:
        # a fault of the database or the machine that no layer named: still one line
        if not type(exc).__module__.startswith(("sqlalchemy", "sqlite3", "psycopg")):
            raise
        detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()
        print(f"acsa-desk: the database failed: {detail[0] if detail else type(exc).__name__}; "
              "nothing was saved", file=sys.stderr)
        return EXIT_FAILURE
