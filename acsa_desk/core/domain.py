"""Words of the trade as types: directions, statuses, settlement methods, activities, NSNs, dates."""

from __future__ import annotations

import re
from datetime import date, timedelta
from enum import StrEnum

from acsa_desk.core.errors import RuleViolation
from acsa_desk.core.limits import check_date


class Direction(StrEnum):
    PROVIDED = "provided"  # we supplied the partner: receivable
    RECEIVED = "received"  # the partner supplied us: payable


class SettlementMethod(StrEnum):
    CASH = "cash"
    RIK = "rik"  # replacement in kind (supplies only)
    EVE = "eve"  # equal value exchange
    OFFSET = "offset"  # netting against what the other side owes


ORDER_SETTLEMENT_METHODS = (SettlementMethod.CASH, SettlementMethod.RIK, SettlementMethod.EVE)


class Status(StrEnum):
    REQUESTED = "requested"
    SIGNED = "signed"
    DELIVERED = "delivered"
    RECEIVED = "received"
    INVOICED = "invoiced"
    SETTLED = "settled"
    CLOSED = "closed"
    CANCELLED = "cancelled"


# The statuses in which an order still needs someone to act, in life-cycle order.
OPEN_STATUSES = (
    Status.REQUESTED,
    Status.SIGNED,
    Status.DELIVERED,
    Status.RECEIVED,
    Status.INVOICED,
    Status.SETTLED,
)
#: Statuses past signing: an order in one of them should carry both signatures.
PAST_SIGNING = (Status.DELIVERED, Status.RECEIVED, Status.INVOICED, Status.SETTLED,
                Status.CLOSED)
#: "Delivered, not yet invoiced": the dashboard's tile counts these and lists them.
DELIVERED_NOT_INVOICED = (Status.DELIVERED, Status.RECEIVED)


class ActivityType(StrEnum):
    EXERCISE = "exercise"  # bilateral or multilateral training and exercises
    PEACEKEEPING = "peacekeeping"  # UN peacekeeping and coordinated operations
    HUMANITARIAN = "humanitarian"  # humanitarian relief and disaster response
    EVACUATION = "evacuation"  # protection or transport of nationals abroad
    ROUTINE = "routine"  # liaison and routine activities: port calls, surveillance
    OTHER = "other"  # other activities national law permits


# ASCII digits only: \d would also take Arabic-Indic and full-width digits.
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
_NSN_PLAIN = re.compile(r"[0-9]{13}", re.ASCII)
_NSN_HYPHENATED = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{3}-[0-9]{4}", re.ASCII)
_ALPHA3 = re.compile(r"[A-Z]{3}", re.ASCII)


def parse_iso_date(text: str, *, what: str = "date") -> date:
    """Parses exactly YYYY-MM-DD (no other ISO forms)."""
    stripped = text.strip()
    if not _ISO_DATE.fullmatch(stripped):
        raise RuleViolation(what, f"'{text[:40]}' is not a date written YYYY-MM-DD")
    try:
        value = date.fromisoformat(stripped)
    except ValueError as exc:
        raise RuleViolation(what, f"'{text}' is not a real calendar date") from exc
    return check_date(value, what)


def normalize_nsn(text: str) -> str:
    """A NATO Stock Number, 13 digits with or without hyphens -> NNNN-NN-NNN-NNNN."""
    stripped = text.strip()
    if not (_NSN_PLAIN.fullmatch(stripped) or _NSN_HYPHENATED.fullmatch(stripped)):
        raise RuleViolation(
            "nsn", f"'{text[:40]}' is not a NATO Stock Number (13 digits, NNNN-NN-NNN-NNNN)"
        )
    d = stripped.replace("-", "")
    return f"{d[0:4]}-{d[4:6]}-{d[6:9]}-{d[9:13]}"


def check_country(code: str) -> str:
    """Returns an ISO 3166-1 alpha-3 code, else raises RuleViolation."""
    if not _ALPHA3.fullmatch(code) or country_name(code) is None:
        raise RuleViolation("partner", f"'{code}' is not an ISO 3166-1 alpha-3 country code")
    return code


def country_name(code: str) -> str | None:
    import pycountry  # loaded on first use: its database is large

    found = pycountry.countries.get(alpha_3=code)
    return None if found is None else str(found.name)


def country_name_in(code: str, lang: str) -> str:
    """The nation's short name in ``lang`` ("en", "fr", "ja": Japan, Japon, 日本) from CLDR,
    for an ISO alpha-3 code; the English name, else the code, when CLDR has none."""
    import pycountry
    from babel import Locale, UnknownLocaleError

    found = pycountry.countries.get(alpha_3=code)
    if found is None:
        return code
    try:
        name = Locale.parse(lang).territories.get(str(found.alpha_2))
    except (UnknownLocaleError, ValueError):
        name = None
    return str(name) if name else str(found.name)


def add_months(day: date, months: int) -> date:
    """Calendar months later (negative: earlier); the 31st becomes the month's last day."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    next_month = date(year + (month // 12), month % 12 + 1, 1)
    last_day = (next_month - timedelta(days=1)).day
    return date(year, month, min(day.day, last_day))
