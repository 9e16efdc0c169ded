"""How the orders search compares text (Qt-free, no database)."""

from __future__ import annotations

import unicodedata


def search_fold(text: str | None) -> str | None:
    """Text as the search compares it: NFKC (full-width ＳＵＺＵＫＩ and half-width ｶﾅ to their
    usual forms) then Unicode lower case (É -> é, Σ -> σ). The same on both backends: SQLite
    calls this function (registered on each connection as ``acsa_fold``), PostgreSQL runs the
    same two steps (``lower(normalize(x, NFKC))`` under the ICU root collation, whatever the
    server's locale); see services/queries.py."""
    return None if text is None else unicodedata.normalize("NFKC", text).lower()
