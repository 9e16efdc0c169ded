"""Argument types of the command line: the core's validators, their refusals made usage errors."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import TypeVar

from acsa_desk.core.domain import check_country, parse_iso_date
from acsa_desk.core.errors import RuleViolation

T = TypeVar("T")


def from_rule(parse: Callable[[str], T]) -> Callable[[str], T]:
    """An argparse type that refuses, with the rule's own message, what ``parse`` refuses."""

    def convert(text: str) -> T:
        try:
            return parse(text)
        except RuleViolation as exc:
            raise argparse.ArgumentTypeError(exc.message) from exc

    convert.__name__ = getattr(parse, "__name__", "value")
    return convert


iso_date: Callable[[str], date] = from_rule(parse_iso_date)
country: Callable[[str], str] = from_rule(check_country)
