"""Who is using the program: the operating-system login by default."""

from __future__ import annotations

import getpass
import os
from datetime import UTC, datetime

USER_ENV = "ACSA_DESK_USER"


def current_user() -> str:
    """The login recorded as the actor of every change: ACSA_DESK_USER if set (a shared
    machine where officers do not log in separately), else the operating-system login."""
    configured = os.environ.get(USER_ENV, "").strip()
    if configured:
        return configured
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (e.g. a container without passwd entry)
        return "unknown"


def now() -> datetime:
    return datetime.now(UTC)
