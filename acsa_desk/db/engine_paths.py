"""Where the default ledger lives (no database imports: read by the fast command paths)."""

from pathlib import Path

DEFAULT_FILENAME = "ledger.sqlite"


def default_database_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("acsa-desk", "ACSA Desk")) / DEFAULT_FILENAME
