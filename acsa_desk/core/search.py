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


#: The characters a search document's mask records: bit i is set when the document holds
#: ``MASKED[i]`` (folded text: no capitals; full-width digits are plain digits by then).
MASKED = "abcdefghijklmnopqrstuvwxyz0123456789"
_BITS = [(ch, 1 << i) for i, ch in enumerate(MASKED)]


def char_mask(folded: str | None) -> int:
    """Which of ``MASKED`` the folded text holds, one bit each (36 bits: a 64-bit integer on
    both backends). A document holds a search only if its mask has every bit of the search's;
    for a search of one of these characters the bit alone decides. SQLite calls this function
    (``acsa_chars``); PostgreSQL computes the same bits in SQL (``db.search_chars``)."""
    if not folded:
        return 0
    # 36 substring tests in C: 2 us for a 200-character document (a set of its characters,
    # 5 us; this runs for every document a write makes)
    return sum([bit for ch, bit in _BITS if ch in folded])
