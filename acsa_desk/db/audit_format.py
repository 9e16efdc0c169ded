"""How an audit entry is stored and what its hash covers: the one place that says so.

Two formats, told apart by the ``packed`` column, both read by ``verify`` for ever:

- **v1** (entries written before 0015_audit_packed): ``before`` and ``after`` hold the rows as
  canonical JSON text (``canonical``), ``packed`` is NULL. The hash covers that text.
- **v2** (from 0015 on): ``before`` and ``after`` are empty and ``packed`` holds
  ``b"\\x02"`` + raw DEFLATE (4 KiB window, the fixed dictionary ``DICTIONARY_2``) of the
  canonical JSON ``{"b": before}`` / ``{"a": after}`` / ``{"b": before, "d": {changed
  columns}}`` (an update keeps the whole row before and only the columns it changed; the
  replay rebuilds the row after as ``before`` overlaid with ``d``). The hash covers the
  stored bytes themselves, after the same fields as v1, so verify hashes what is stored and
  never re-encodes; any change to a stored byte changes the hash.

Old entries are never rewritten (the log is append-only and the anchors printed on documents
name their hashes): a ledger keeps its v1 entries as they are and writes v2 from then on.
``DICTIONARY_2`` is part of the format: changing it would make every v2 entry unreadable (a
test pins its digest); a new dictionary is a new format byte.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any

FORMAT_2 = 2
_TAG_2 = b"\x02"
_WBITS = -12  # raw DEFLATE, 4 KiB window (a few small rows; cheap to set up per entry)
_MEM_LEVEL = 8  # zlib's default: 6 us an entry less than 4 (45 against 51 us), the same size
_LEVEL = 6

# Frozen with format 2 (what the rows' JSON is made of: the column names of the ledger's tables
# as of 0015, the most frequent last, where DEFLATE reaches them most cheaply).
_DICTIONARY_2_TEXT = (
    '{"login":"","display_name":"","rank":"","appointment":"","role":"","active":true,'
    '"on_date":"","base":"","quote":"","rate":"","name":"","activity_type":"","starts_on":"",'
    '"ends_on":"","place":"","key":"","value":"","code":"","reference":"","categories":"",'
    '"settlement_months":"","title":"","signed_on":"","in_force_from":"","in_force_until":"",'
    '"notified_on":"","currencies":"","claim_days":"","required_elements":"",'
    '"effective_from":"","limit_minor":"","limit_currency":"","valid_from":"",'
    '"valid_until":"","delegated_by":"","statement_name":"","statement_sha256":"",'
    '"date_from":"","date_to":"","statement_rows":"","agreed":"","differs":"",'
    '"missing_theirs":"","missing_ours":"","previous_id":"","passphrase_hash":"",'
    '"failed_attempts":0,"locked_until":null,"item_key":"","state":"","differences":"",'
    '"ours":"","theirs":"","reconciliation_id":"","item_id":"","action":"",'
    '"withdrawn_by":"","withdrawn_at":"","attachment_id":"",'
    '"notified_to":"","issued_on":"","received_on":"","received_by":"","condition":"",'
    '"delivery_id":null,"settlement_id":null,"file_name":"","media_type":"application/pdf",'
    '"kind":"","note":"","attached_by":"","attached_at":"",'
    '{"id":1,"sha256":"","size_bytes":1,"content":"sha256:"}'
    '"number":"","partner_order_number":"","exercise_id":1,"partner_code":"",'
    '"direction":"provided","requesting_unit":"","requesting_poc":"","supplying_unit":"",'
    '"supplying_poc":"","ordered_on":"","required_on":"","delivery_place":"",'
    '"settlement_method":"","currency":"","ordering_official_name":"",'
    '"ordering_official_rank":"","issuing_official_name":"","issuing_official_rank":"",'
    '"our_official_login":"","billable_minor":0,"settled_minor":0,"source":"",'
    '"requesting_poc_phone":"","requesting_poc_email":"","supplying_poc_phone":"",'
    '"supplying_poc_email":"","funding_reference":"","status":"","oldest_unpaid_on":null,'
    '"search_text":"","entered_by":"","updated_by":"","created_at":"","updated_at":"",'
    '"version":1,"id":1,"+":{"order_line":[{"line_no":1,"category":"","description":"",'
    '"nsn":"","unit_of_issue":"","quantity":"","unit_price_minor":0,"delivered_quantity":"",'
    '"billable_minor":0,"order_id":1,"id":1}],"delivery":[{"order_id":1,"line_id":1,'
    '"delivered_on":"","quantity":"","billable_delta_minor":0,"reverses_id":null,"reason":"",'
    '"recorded_by":"","recorded_at":"","id":1}],"settlement":[{"order_id":1,"settled_on":"",'
    '"method":"","amount_minor":0,"currency":"","reference":"","reverses_id":null,'
    '"reason":"","recorded_by":"","recorded_at":"","id":1}],"settlement_approval":'
    '[{"settlement_id":1,"approved_by":"","approved_at":"","id":1,"order_id":1}],'
    '"status_change":[{"order_id":1,"at":"","by":"","from_status":"","to_status":"",'
    '"reason":"","id":1},{"order_id":1,"at":"T00:00:00.000000+00:00","by":"",'
    '"from_status":"","to_status":"","reason":"","id":1}]}}'
)
DICTIONARY_2 = _DICTIONARY_2_TEXT.encode("utf-8")


_ISO: dict[int, tuple[Any, str]] = {}  # id -> (the object, its text); the object is held


def _plain(value: Any) -> Any:
    """JSON for the values json does not know (called only for those)."""
    if isinstance(value, date):  # a datetime too (a date's subclass)
        # A bulk entry repeats the same stamp and dates (the same objects) on many rows:
        # each object is formatted once, keyed by identity (the cache holds the object, so
        # its id is not reused while it is cached).
        found = _ISO.get(id(value))
        if found is not None and found[0] is value:
            return found[1]
        if len(_ISO) >= 4096:
            _ISO.clear()
        text = value.isoformat()
        _ISO[id(value)] = (value, text)
        return text
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):  # an attachment's content: the log keeps its hash, not the bytes
        return "sha256:" + hashlib.sha256(value).hexdigest()
    raise TypeError(f"cannot log a {type(value).__name__}")


# The settings of ``json.dumps(data, ensure_ascii=False, separators=(",", ":"),
# default=_plain)``, made once (the same text): without the check for circular references,
# which no row (plain values, lists and dicts built for the entry) can hold.
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_plain,
                           check_circular=False).encode

try:  # the same bytes, about three times faster (tests/db/test_audit_json.py compares them)
    from orjson import dumps as _orjson_dumps
except ImportError:  # pragma: no cover - a dependency; the standard library's text is the same
    _orjson_dumps = None


def canonical_bytes(data: Mapping[str, Any]) -> bytes:
    """``canonical(data)`` as UTF-8. orjson writes exactly the standard library's text for
    the values rows hold (compact, keys in order, non-ASCII as it is, dates and stamps as
    ``isoformat``, the rest through ``_plain``); anything it refuses (an integer past 64
    bits, a key that is not a string) is written by the standard library, as before."""
    if _orjson_dumps is not None:
        try:
            return _orjson_dumps(data, default=_plain)  # type: ignore[no-any-return]
        except TypeError:  # orjson.JSONEncodeError: the standard library's way (or its error)
            pass
    return _ENCODE(data).encode("utf-8")


def canonical(data: Mapping[str, Any] | None) -> str:
    if data is None:
        return ""
    # Keys in the order the record gives them: verify re-hashes the stored text as it is.
    return canonical_bytes(data).decode("utf-8")


def entry_hash(prev_hash: str, entry_id: int, at: str, actor: str, entity: str, entity_id: str,
               action: str, before: str, after: str, packed: bytes | None = None) -> str:
    """The chain's hash of one entry: v1 over the JSON texts, v2 over the packed bytes."""
    parts = (prev_hash, str(entry_id), at, actor, entity, entity_id, action, before, after)
    data = "\x1f".join(parts).encode("utf-8")
    if packed is not None:
        data += b"\x1f" + bytes(packed)
    return hashlib.sha256(data).hexdigest()


def pack(action: str, before: Mapping[str, Any] | None, after: Mapping[str, Any] | None
         ) -> bytes:
    """The v2 payload of an entry (what changed, compactly)."""
    body: dict[str, Any] = {}
    if before is not None:
        body["b"] = before
    if after is not None:
        if action == "update" and before is not None:
            old, new = json.loads(canonical(before)), json.loads(canonical(after))
            if list(old) == list(new):
                body["d"] = {k: v for k, v in new.items() if old[k] != v or
                             type(old[k]) is not type(v)}
            else:  # the columns themselves differ: keep the row after whole
                body["a"] = after
        else:
            body["a"] = after
    compressor = zlib.compressobj(_LEVEL, zlib.DEFLATED, _WBITS, _MEM_LEVEL, zdict=DICTIONARY_2)
    data = canonical_bytes(body)
    return _TAG_2 + compressor.compress(data) + compressor.flush()


def unpack(packed: bytes) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """(before, after) rows of a v2 payload; ValueError if it is not one."""
    data = bytes(packed)
    if data[:1] != _TAG_2:
        raise ValueError("not an audit payload of a known format")
    try:
        decompressor = zlib.decompressobj(_WBITS, zdict=DICTIONARY_2)
        text = decompressor.decompress(data[1:]) + decompressor.flush()
        if not decompressor.eof or decompressor.unused_data:
            raise ValueError("truncated or trailing data")
        body = json.loads(text)
    except (zlib.error, UnicodeDecodeError) as exc:
        raise ValueError(str(exc)) from exc
    if not isinstance(body, dict):
        raise ValueError("not an audit payload of a known format")
    before = body.get("b")
    after = body.get("a")
    changed = body.get("d")
    if isinstance(changed, dict) and isinstance(before, dict):
        after = {**before, **changed}
    return before, after


def rows(before: str, after: str, packed: bytes | None
         ) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """The rows an entry of either format records, before and after (None: none); raises
    ValueError on a payload no program wrote."""
    if packed is not None:
        return unpack(packed)
    return (json.loads(before) if before else None), (json.loads(after) if after else None)


def texts(before: str, after: str, packed: bytes | None) -> tuple[str, str]:
    """The entry's rows as v1 JSON text (for display), whatever its format."""
    if packed is None:
        return before, after
    try:
        old, new = unpack(packed)
    except ValueError:
        return "", "(unreadable payload)"
    return canonical(old), canonical(new)
