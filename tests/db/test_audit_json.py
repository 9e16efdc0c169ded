"""The audit entries' JSON (``audit_format.canonical_bytes``) is written by orjson, and must be
byte for byte the standard library's text that format 2 was defined with: the packed payload
(and so every hash) is the same whichever wrote it."""

from __future__ import annotations

import json
import string
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from acsa_desk.db import audit_format

STDLIB = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"),
                          default=audit_format._plain, check_circular=False).encode

ZONES = [UTC, timezone(timedelta(hours=9)), timezone(timedelta(hours=-3, minutes=-30)),
         timezone(timedelta(hours=5, minutes=45))]
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40) | st.sampled_from(
    ["", '"', "\\", "\n\t\r\b\f", "\x00\x01\x1f\x7f", "鈴木 一郎", "Équipe — été", "🚢⚓",
     "\u2028\u2029\u200b\ufeff", "</script>", string.printable])
SCALARS = (
    TEXT
    | st.integers(min_value=-(2**63), max_value=2**63 - 1)
    | st.booleans() | st.none()
    | st.decimals(allow_nan=False, allow_infinity=False, places=None)
    | st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))
    | st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30))
    | st.builds(lambda d, z: d.replace(tzinfo=z), st.datetimes(min_value=datetime(1, 1, 2),
                                                               max_value=datetime(9999, 12, 30)),
                st.sampled_from(ZONES))
    | st.binary(max_size=16)
)
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4)
                      | st.dictionaries(TEXT, inner, max_size=4), max_leaves=30)


def test_orjson_writes_the_entries():
    assert audit_format._orjson_dumps is not None  # a dependency (pyproject.toml)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(TEXT, VALUES, max_size=8))
def test_the_same_bytes_as_the_standard_library(data):
    assert audit_format.canonical_bytes(data) == STDLIB(data).encode("utf-8")
    assert audit_format.canonical(data) == STDLIB(data)


def test_the_stamps_and_values_the_ledger_writes():
    stamp = datetime(2026, 12, 3, 15, 0, 23, 256329, tzinfo=UTC)
    row = {"number": "CAN-JPN-26-000001", "ordered_on": date(2026, 9, 7), "required_on": None,
           "created_at": stamp, "whole_second": stamp.replace(microsecond=0),
           "one_microsecond": stamp.replace(microsecond=1), "naive": datetime(2026, 1, 1),
           "quantity": Decimal("0.0000000001"), "billable_minor": 10**15, "active": True,
           "content": b"%PDF-1.4", "+": {"order_line": [{"id": 1, "description": "Fuel\nF-76"}]}}
    assert audit_format.canonical_bytes(row) == STDLIB(row).encode("utf-8")
    packed = audit_format.pack("insert", None, row)
    assert audit_format.unpack(packed)[1] == json.loads(STDLIB(row))


def test_what_orjson_refuses_is_written_as_before():
    big = {"x": 2**70, 1: "a key that is not text"}
    assert audit_format.canonical(big) == STDLIB(big) == \
        '{"x":1180591620717411303424,"1":"a key that is not text"}'
    with pytest.raises(TypeError, match="cannot log a"):
        audit_format.canonical({"x": object()})
