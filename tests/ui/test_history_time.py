"""Issue 14 point 2: History shows times in local time with the zone (stored in UTC)."""

from __future__ import annotations

from datetime import UTC, timedelta, timezone
from zoneinfo import ZoneInfo

from acsa_desk.ui.history.data import AuditRow, local_time_text


def test_a_utc_time_is_shown_in_the_local_zone_with_its_name_and_offset() -> None:
    at = "2026-12-02T06:09:14.200953+00:00"
    assert local_time_text(at, ZoneInfo("Asia/Tokyo")) == "2026-12-02 15:09:14 JST (UTC+09:00)"
    assert local_time_text(at, ZoneInfo("America/Toronto")) == "2026-12-02 01:09:14 EST (UTC-05:00)"
    assert local_time_text(at, timezone(timedelta(hours=5, minutes=30))) == \
        "2026-12-02 11:39:14 UTC+05:30"
    assert local_time_text("2026-12-02T06:09:14", ZoneInfo("Asia/Tokyo")).startswith(
        "2026-12-02 15:09:14")  # no offset written: read as UTC, never as local
    assert local_time_text(at, UTC) == "2026-12-02 06:09:14 UTC"
    assert local_time_text("not a time") == "not a time"


def test_the_history_row_uses_it() -> None:
    row = AuditRow(1, "2026-07-01T00:00:00+00:00", "clerk", "acsa_order", "1", "insert", "", "")
    assert row.local_time(ZoneInfo("America/Toronto")) == "2026-06-30 20:00:00 EDT (UTC-04:00)"
