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
)

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
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
    for name in COMMAND_MODULES:
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

    parser = build_parser()
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
