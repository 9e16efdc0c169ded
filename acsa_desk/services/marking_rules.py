"""How the ledger's settings make its markings: the one place, free of SQLAlchemy, used by
``services.marking`` (through the ORM) and by the fast path of ``export-finance``
(``cli/lean_export.py``, plain SQL through ``finance_rows.finance_marking``).

Keys of ``ledger_setting`` (values are JSON): see ``services.marking``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from acsa_desk.core import marking as M
from acsa_desk.services.ledger_sql import Query

DEFAULT_KEY = "marking"
LEGACY_KEY = "banner"
EXERCISE_PREFIX = "marking.exercise."
ORDER_PREFIX = "marking.order."
SCHEME_PREFIX = "marking.scheme."

#: Every setting a marking is made of (a handful of rows), for :func:`from_settings`.
SETTINGS = Query("SELECT key, value FROM ledger_setting "
                 "WHERE key = :default OR key = :legacy OR key LIKE :prefix",
                 {"default": DEFAULT_KEY, "legacy": LEGACY_KEY, "prefix": "marking.%"})

Hits = Callable[[list[int]], Iterable[int]]


def scheme_of(value: str) -> M.Scheme:
    """A scheme as a ``marking.scheme.<code>`` setting keeps it."""
    data = json.loads(value)
    return M.custom_scheme(data["code"], data["name"], data["home"],
                           [tuple(pair) for pair in data["levels"]])


def schemes_from(values: Iterable[str]) -> dict[str, M.Scheme]:
    """The shipped schemes with the ledger's configured ones (which may replace them)."""
    found = dict(M.BUILTIN_SCHEMES)
    for value in values:
        scheme = scheme_of(value)
        found[scheme.code] = scheme
    return found


def read(value: str, known: Mapping[str, M.Scheme]) -> M.Marking:
    return M.marking_from_json(json.loads(value), known)


def default_marking(stored: str | None, banner: str | None,
                    known: Mapping[str, M.Scheme]) -> M.Marking:
    """The ledger's default marking (a ledger that never set one: its old banner's meaning)."""
    if stored is not None:
        return read(stored, known)
    return M.legacy_marking(banner or "UNCLASSIFIED", M.BUILTIN_SCHEMES)


def marked(rows: Iterable[tuple[str, str]], prefix: str) -> dict[int, str]:
    """The parts (order or exercise ids) marked by the settings ``rows`` under ``prefix``."""
    return {int(key[len(prefix):]): value for key, value in rows if key.startswith(prefix)}


def highest_of(default: M.Marking, known: Mapping[str, M.Scheme], orders: Mapping[int, str],
               exercises: Mapping[int, str], hit_orders: Hits,
               hit_exercises: Hits) -> M.Marking:
    """The highest of the ledger's default and of the marked ``orders`` and ``exercises``
    that a document or export contains: ``hit_orders(ids)`` gives those of the marked orders
    it holds, ``hit_exercises(ids)`` the marked exercises its orders belong to (asked only
    when any is marked, so this is cheap on a large ledger)."""
    parts = [default]
    if orders:
        parts += [read(orders[i], known) for i in hit_orders(list(orders))]
    if exercises:
        parts += [read(exercises[i], known) for i in hit_exercises(list(exercises))]
    return M.highest(parts, known)


def from_settings(fetch: Callable[[Query], Iterable[Any]], hit_orders: Hits,
                  hit_exercises: Hits) -> tuple[M.Marking, dict[str, M.Scheme]]:
    """:func:`highest_of` from the settings as ``fetch`` reads them (plain SQL), with the
    schemes it was judged by."""
    rows = [(str(key), str(value)) for key, value in fetch(SETTINGS)]
    settings = dict(rows)
    known = schemes_from(value for key, value in rows if key.startswith(SCHEME_PREFIX))
    default = default_marking(settings.get(DEFAULT_KEY), settings.get(LEGACY_KEY), known)
    return highest_of(default, known, marked(rows, ORDER_PREFIX), marked(rows, EXERCISE_PREFIX),
                      hit_orders, hit_exercises), known
