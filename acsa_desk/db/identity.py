"""Who is using the program: the operating-system login by default."""

from __future__ import annotations

import getpass
from datetime import UTC, datetime


def current_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (e.g. a container without passwd entry)
        return "unknown"


def now() -> datetime:
    return datetime.now(UTC)
